"""A client's reply to a consolidated letter that names none (or several) of its payments.

Issue 13.2: one letter listed several milestones; the reply is matched to the one its own
words name when it names exactly one (:func:`daemon.inbox.matching.named_in_reply`), and
then decided like any reply about that milestone. Otherwise acting on all of them could be
wrong (a "we paid" may mean one transfer of the three), so nothing changes and the PM is
asked, with the list. The one reply safe to apply to all is an out-of-office with a return
date: every listed open milestone waits for it. Pure.

The question to the PM is about no one payment (its send key names no contract): a PM who
answers it with a bare ``paid`` is asked back which one (the subject still carries every
reference), instead of the answer landing on the first payment listed; ``paid [CK-…]``
names it (:func:`daemon.inbox.staff_actions.staff_decision`).
"""

from __future__ import annotations

from dataclasses import replace

from daemon.domain.emails import reference_token
from daemon.domain.state import SendKey
from daemon.inbox.facts import (
    Decision,
    Facts,
    StateChange,
    describe,
    later,
    pm_alert,
    window_opening,
)


def consolidated_reply(f: Facts) -> Decision:
    """Hold on an auto-reply with a return date; else ask the PM which payment is meant."""
    covers = f.match.covers
    if f.classification.kind == "auto_reply":
        back = f.classification.return_date
        if back is None:
            return Decision("processed", "auto_reply")
        until = window_opening(f, back)
        changes = []
        for contract, milestone in covers:
            view = f.ledger.milestone(contract, milestone)
            if view is None or view.status != "open" or until <= f.now:
                continue
            if later(view.state.hold_until, until) == until:
                new = replace(view.state, hold_until=until, last_contact=f.when)
                changes.append(StateChange(contract, milestone, new, "reply:auto_reply"))
        outcome = "held_auto_reply" if changes else "auto_reply"
        return Decision("processed", outcome, changes=tuple(changes))
    lines, tokens = [], []
    for contract, milestone in covers:
        view = f.ledger.milestone(contract, milestone)
        if view is not None:
            title = view.contract.contract.title
            token = reference_token(contract, milestone)
            lines.append(f"- {view.milestone.name} / {title} {token}")
            tokens.append(token)
    values = {
        **describe(f),
        "count": len(covers),
        "payments": "\n".join(lines),
        "tokens": " ".join(tokens),
    }
    email, event = pm_alert(f, "consolidated_reply", values)
    email = replace(email, key=SendKey("-", None, email.key.stage, email.key.seq))
    return Decision("processed", "forwarded_consolidated", emails=(email,), events=(event,))
