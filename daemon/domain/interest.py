"""Late-payment interest of a milestone, to a given day (issue 13.5). Pure.

Why: Chinese contracts commonly charge a daily rate on late payment (逾期付款按每日万分之五
计收违约金), and a demand letter that names the figure (principal, interest, total) is
taken more seriously than one that only threatens "interest and charges".

The convention, so that anyone can check a figure by hand:

- **simple interest** on the principal still outstanding (the remainder after verified
  part payments; a part paid late is not charged for its delay, in the client's favour);
- **days** are counted from the day after the anchor up to and including the day of the
  letter: the anchor is the due date (``from: due``) or the day the demand letter went out
  (``from: demand``); due 2026-11-20, letter 2026-12-21: 31 days;
- ``per: day``: principal × rate × days; ``per: year``: principal × rate × days / 365;
- the **cap** (an amount, or a percentage of the principal) bounds the interest;
- rounded once, at the end, to the cent (half up);
- a milestone the PM waived (staff ``waive interest``) bears none; a settled one none.

Example: 80,000.00 at 万分之五 a day, 31 days: 80,000 × 0.0005 × 31 = 1,240.00; total
81,240.00.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo
from decimal import ROUND_HALF_UP, Decimal

from daemon.config.records import Contract, LateInterest, Milestone
from daemon.domain import resolve
from daemon.domain.disputes import undisputed
from daemon.domain.payments import paid_so_far
from daemon.domain.state import StateView

CENT = Decimal("0.01")
DAYS_A_YEAR = 365


@dataclass(frozen=True)
class InterestFigures:
    """Principal, interest and total of one milestone on ``as_of``."""

    principal: Decimal
    interest: Decimal
    days: int
    anchor: date
    """The due date or the demand letter's day; interest runs from the day after."""
    as_of: date
    capped: bool = False
    waived: bool = False

    @property
    def total(self) -> Decimal:
        return self.principal + self.interest

    @property
    def start(self) -> date:
        """The first day charged."""
        return date.fromordinal(self.anchor.toordinal() + 1)


def late_interest(
    clause: LateInterest,
    principal: Decimal,
    anchor: date,
    as_of: date,
    *,
    waived: bool = False,
) -> InterestFigures:
    """Interest on ``principal`` from the day after ``anchor`` to ``as_of`` (module docstring)."""
    days = max(0, (as_of - anchor).days)
    raw = principal * clause.rate * days
    if clause.per == "year":
        raw = raw / DAYS_A_YEAR
    capped = False
    if clause.cap is not None:
        limit = clause.cap.amount
        if limit is None:
            assert clause.cap.percent is not None  # InterestCap checks one of them is given
            limit = principal * clause.cap.percent / 100
        if raw > limit:
            raw, capped = limit, True
    interest = Decimal(0) if waived else raw.quantize(CENT, rounding=ROUND_HALF_UP)
    return InterestFigures(principal, interest, days, anchor, as_of, capped, waived)


def demand_day(state: StateView, contract: str, milestone: str, tz: tzinfo) -> date | None:
    """The day the milestone's demand letter went out (client's timezone), if it did."""
    days = [
        record.at.astimezone(tz).date()
        for key, record in state.sends.items()
        if key.contract == contract
        and key.milestone == milestone
        and key.stage == "demand"
        and record.status == "sent"
    ]
    return min(days) if days else None


def milestone_interest(
    contract: Contract,
    milestone: Milestone,
    state: StateView,
    today: date,
    tz: tzinfo,
    *,
    demand_today: bool = False,
) -> InterestFigures | None:
    """The figures of ``milestone`` on ``today``; None when its contract charges none.

    Also None while nothing can be charged: not yet overdue, no known due date, settled,
    or ``from: demand`` before any demand letter (``demand_today``: the letter being
    written now is the demand, so its day is the anchor).
    """
    clause = contract.late_interest
    due = resolve.due_date(contract, milestone)
    if clause is None or due is None or today <= due:
        return None
    ms = state.milestone(contract.id, milestone.id)
    so_far = paid_so_far(contract, milestone, ms)
    if so_far.settled or so_far.remaining <= 0:
        return None
    anchor: date | None = due
    if clause.start == "demand":
        anchor = demand_day(state, contract.id, milestone.id, tz)
        if anchor is None and demand_today:
            anchor = today
    if anchor is None:
        return None
    principal = undisputed(so_far, ms)  # a part in dispute is not claimed (issue 14.4)
    return late_interest(clause, principal, anchor, today, waived=ms.interest_waived)
