"""``dispute`` and ``resolved`` by email: what a PM's dispute does to a milestone (pure).

Why: a dispute is a piece of work for the PM with a deadline, not a flag (issue 14.4).
``dispute [AMOUNT] [REASON] [WORDS]`` records the reason code, the PM's words and the day,
from which the follow-up deadline counts (:func:`daemon.domain.disputes.follow_up_by`).
Without an amount the whole milestone is held (status ``disputed``); with one, only that
part is: the milestone stays as it was and the rest goes on being chased, the emails
saying what is disputed and what is still due. An amount that covers all that remains is
a dispute of the whole.

``resolved [NOTE]`` ends a dispute of the whole: the chase resumes, the note goes into
the history. A part dispute needs the PM's decision on the money, because the two
outcomes are opposite: ``resolved pay`` (the client accepted: the disputed part is owed
and chased again) or ``resolved waive`` (we gave it up: the part is written off, and the
milestone is paid once the rest is). ``resolved`` alone on a part dispute changes nothing
and says so.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from daemon.domain import disputes, payments
from daemon.domain.ledger import MilestoneView
from daemon.domain.payments import ZERO
from daemon.domain.state import MilestoneState
from daemon.inbox.staff_commands import StaffCommand

CLEARED: dict[str, Any] = {  # the dispute fields of a milestone with no open dispute
    "dispute_reason": "",
    "dispute_words": "",
    "dispute_amount": None,
    "dispute_since": None,
}


def apply(
    cmd: StaffCommand, ms: MilestoneState, view: MilestoneView | None, by: str, today: date
) -> tuple[MilestoneState | None, str]:
    """``dispute`` or ``resolved``: the new state and the answer's detail (None: refused)."""
    if cmd.verb == "dispute":
        return dispute(cmd, ms, view, by, today)
    return resolved(cmd, ms, view, by)


def dispute(
    cmd: StaffCommand, ms: MilestoneState, view: MilestoneView | None, by: str, today: date
) -> tuple[MilestoneState | None, str]:
    """The state after ``dispute …`` and the answer (state None: nothing changed)."""
    code = cmd.code or disputes.reason_code(cmd.text)
    words = cmd.text.strip()
    said = f": {words}" if words else ""
    recorded = replace(
        ms,
        reason=f"{by}: dispute ({code}){said}"[:300],
        dispute_reason=code,
        dispute_words=words[:300],
        dispute_since=today,
        dispute_amount=None,
    )
    deadline = ""
    if view is not None:
        day = disputes.follow_up_by(today, view.contract.calendar)
        deadline = f"; follow up by {day.isoformat()}"
    note = " (the whole milestone is held"
    if cmd.amount is not None and view is not None:
        if cmd.amount <= ZERO:
            return None, "dispute: the disputed part must be more than zero."
        part = cmd.amount.quantize(Decimal("0.01"))
        remaining = view.paid_so_far.remaining
        if part < remaining:
            currency = view.contract.contract.currency
            status = "open" if ms.status == "disputed" else ms.status
            new = replace(recorded, status=status, dispute_amount=part)
            return new, (
                f" (part dispute: {part} {currency} held, reason {code}; the undisputed "
                f"{remaining - part} {currency} is still chased{deadline})"
            )
        note = f" (the disputed {part} covers all that remains: the whole milestone is held"
    new = replace(recorded, status="disputed", hold_until=None)
    return new, f"{note}, reason {code}{deadline})"


def resolved(
    cmd: StaffCommand, ms: MilestoneState, view: MilestoneView | None, by: str
) -> tuple[MilestoneState | None, str]:
    """The state after ``resolved [pay|waive] [NOTE]`` and the answer (None: refused)."""
    note = f": {cmd.text}" if cmd.text else ""
    if disputes.is_part(ms):
        assert ms.dispute_amount is not None
        part = ms.dispute_amount
        if cmd.code == "":
            return None, (
                f"{part} of this milestone is disputed: write 'resolved pay' (the client pays "
                "it: it is chased again) or 'resolved waive' (written off: no longer owed), "
                "with a note if you like, e.g. 'resolved waive agreed discount'."
            )
        if cmd.code == "pay":
            new = replace(ms, reason=f"{by}: resolved, disputed {part} owed again{note}"[:300])
            return replace(new, **CLEARED), f" (the disputed {part} is owed and chased again)"
        waived = (ms.waived_amount or ZERO) + part
        new = replace(ms, reason=f"{by}: resolved, {part} written off{note}"[:300])
        new = replace(new, **CLEARED)
        new = replace(new, waived_amount=waived)
        detail = f" ({part} written off; the rest is still chased)"
        if view is not None and _settled_by_waiver(view, new):
            new = replace(new, status="paid", hold_until=None, paid_on=ms.paid_on)
            detail = f" ({part} written off; what was paid settles the milestone)"
        return new, detail
    if ms.status != "disputed":
        return None, "this milestone has no open dispute: nothing to resolve."
    if cmd.code == "waive":
        return None, (
            "the whole milestone is disputed: to give it up write 'stop'; to resume the chase "
            "write 'resolved' with a note."
        )
    new = replace(ms, status="open", hold_until=None, reason=f"{by}: resolved{note}"[:300])
    return replace(new, **CLEARED), " (the chase resumes)"


def _settled_by_waiver(view: MilestoneView, new: MilestoneState) -> bool:
    """What was paid covers the milestone now that a part is written off."""
    so_far = payments.paid_so_far(view.contract.contract, view.milestone, new)
    return so_far.remaining == ZERO
