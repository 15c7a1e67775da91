"""``approve`` / ``skip`` by reply: the PM's word on a hard step waiting for approval.

Why apart from :mod:`daemon.inbox.staff_actions`: these commands change no milestone
state; they record an :class:`~daemon.domain.events.Approval` about the milestone's next
letter (:func:`daemon.domain.forecast.next_email`), which the tick's gate
(:mod:`daemon.chase.approvals`) reads. A letter may be approved before it falls due.
Pure: (facts, verb) -> (ok, answer, events).
"""

from __future__ import annotations

from daemon.domain import stages
from daemon.domain.approvals import APPROVED, SKIPPED, needs_approval
from daemon.domain.events import Approval, HistoryEvent
from daemon.domain.forecast import next_email
from daemon.inbox.facts import Facts, describe


def letter_decision(f: Facts, verb: str) -> tuple[bool, str, tuple[HistoryEvent, ...]]:
    """(ok, the answer to the sender, the events) of ``approve`` or ``skip``."""
    contract, milestone = f.match.contract or "", f.match.milestone
    what = describe(f)["what"]
    view = f.ledger.contract(contract)
    upcoming = next_email(f.config, f.state, contract, milestone, f.now)
    if view is None or upcoming is None or not needs_approval(view.policy, upcoming.key.stage):
        return False, f"{what}: no letter waits for approval; nothing changed.", ()
    key = upcoming.key
    letter = stages.stage(key.stage).titles.get(f.language, key.stage)
    event = Approval(
        at=f.now,
        contract=key.contract,
        milestone=key.milestone,
        stage=key.stage,
        seq=key.seq,
        decision=APPROVED if verb == "approve" else SKIPPED,
        by=f.mail.from_addr,
    )
    if verb == "approve":
        when = upcoming.at.isoformat(timespec="minutes")
        return True, f"{what}: {letter} approved; it goes out at {when} (send window).", (event,)
    return True, f"{what}: {letter} skipped; it will not be sent.", (event,)
