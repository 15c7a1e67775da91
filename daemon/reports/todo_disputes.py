"""The disputes on the PM's daily list: reason, the PM's follow-up deadline, overdue or not.

Why: a dispute waits for the PM, so its line says why the client disputes (the reason
code), what it said, and by when the PM should have answered (5 working days of the
client's calendar after it was recorded, :mod:`daemon.domain.disputes`); past that day the
line says OVERDUE. A dispute of part of a milestone (``dispute 20,000 …``) has its own line
with the disputed part as the money at risk, while the rest is chased (issue 14.4).

Pure: a milestone view and an instant in, text and dates out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from daemon.domain import disputes
from daemon.domain.ledger import MilestoneView
from daemon.mail import formatting
from daemon.reports import todo_texts

PART_COMMANDS = ("resolved pay", "resolved waive")
"""What settles a part dispute (:mod:`daemon.inbox.staff_disputes`)."""


@dataclass(frozen=True)
class FollowUp:
    """The PM's side of one open dispute."""

    code: str
    """The reason code (:data:`daemon.domain.disputes.REASONS`)."""
    since: date
    by: date
    overdue: bool
    note: str
    """``reason: …, follow up by …`` (``(OVERDUE)`` when late) in the PM's language."""


def follow_up(view: MilestoneView, now: datetime, lang: str) -> FollowUp | None:
    """The follow-up of ``view``'s open dispute (whole or part), None when it has none."""
    ms = view.state
    if not (view.status == "disputed" or disputes.is_part(ms)):
        return None
    tz = view.contract.timezone
    since = ms.dispute_since
    if since is None:
        if ms.updated_at is None:
            return None
        since = ms.updated_at.astimezone(tz).date()
    cal = view.contract.calendar
    code = ms.dispute_reason or disputes.reason_code(ms.dispute_words or ms.reason)
    by = disputes.follow_up_by(since, cal)
    today = now.astimezone(tz).date()
    note = disputes.follow_up_note(ms.reason, since, cal, lang, code=code, today=today)
    return FollowUp(code, since, by, today > by, note)


def part_line(view: MilestoneView, lang: str, words: str) -> tuple[str, Decimal]:
    """The reason text of a part dispute and the disputed part (the money at risk)."""
    ms = view.state
    assert ms.dispute_amount is not None
    currency = view.contract.contract.currency
    undisputed = disputes.undisputed(view.paid_so_far, ms)
    text = todo_texts.line(
        "part_dispute",
        lang,
        client=view.client.name,
        part=formatting.format_money(ms.dispute_amount, currency, lang),
        what=f"{view.milestone.name} / {view.contract.contract.title}",
        amount=formatting.format_money(view.amount, currency, lang),
        words=words,
        undisputed=formatting.format_money(undisputed, currency, lang),
    )
    return text, ms.dispute_amount
