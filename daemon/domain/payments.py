"""Partial payments: what was paid so far on a milestone and what remains (issue 13.1).

Why: a client that pays 40,000 of 100,000 has not paid, and has not failed to pay; the
milestone stays open for the remainder, and every email, status row and report says
"paid X, remaining Y". Money counts only when verified: a ``paid:`` entry in the YAML
(``{on, amount}``) or a staff ``paid AMOUNT`` (kept as the stored state's
``paid_amount`` while the milestone is still open). A client's "we paid part" is a claim
(a :class:`~daemon.domain.events.PaymentRecorded` with ``verified=False``) until the PM
confirms it. When and how much a paid milestone was paid (:func:`payment`) is answered
here too, once, for the letters, the planner's thank-you and the reports. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from decimal import Decimal

from daemon.config.record_ops import replace
from daemon.config.records import Contract, Milestone
from daemon.domain import resolve
from daemon.domain.state import MilestoneState

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class PaidSoFar:
    """The money side of one milestone: amount due, verified payments, what remains."""

    amount: Decimal
    paid: Decimal
    settled: bool
    """Fully paid (a payment covering the amount, or a bare ``paid``)."""
    waived: Decimal = ZERO
    """A disputed part the PM wrote off (``resolved waive``): no longer owed."""

    @property
    def remaining(self) -> Decimal:
        return ZERO if self.settled else max(self.amount - self.paid - self.waived, ZERO)

    @property
    def partly_paid(self) -> bool:
        return not self.settled and self.paid > ZERO

    @property
    def over_paid(self) -> Decimal:
        """How much more than the amount was paid (zero when not over)."""
        return max(self.paid - self.amount, ZERO)


def covers(contract: Contract, milestone: Milestone, paid: Decimal) -> bool:
    """True when ``paid`` settles the milestone (its amount, or its early-payment price)."""
    floor = resolve.milestone_amount(contract, milestone)
    discounted = resolve.discounted_amount(contract, milestone)
    if discounted is not None:
        floor = min(floor, discounted)
    return paid >= floor


def least_that_settles(contract: Contract, milestone: Milestone, state: MilestoneState) -> Decimal:
    """The smallest sum a client could pay now and owe nothing more on ``milestone``: what
    remains, or the early-payment price less what was paid when that is less (as
    :func:`covers` counts it); zero once settled.

    Why: a reply that says "paid 40,000" with no quoted reminder is a part payment only
    when the ledger says more is owed; read against this, it is never taken for the whole.
    """
    so_far = paid_so_far(contract, milestone, state)
    least = so_far.remaining
    discounted = resolve.discounted_amount(contract, milestone)
    if discounted is not None and not so_far.settled:
        least = min(least, max(discounted - so_far.paid - so_far.waived, ZERO))
    return least


def yaml_settles(contract: Contract, milestone: Milestone) -> bool:
    """A ``paid:`` entry in the YAML settles the milestone (no amount, or enough of it)."""
    payment = milestone.paid
    if payment is None:
        return False
    return payment.amount is None or covers(contract, milestone, payment.amount)


def paid_so_far(contract: Contract, milestone: Milestone, state: MilestoneState) -> PaidSoFar:
    """Verified payments on ``milestone``: YAML ``paid:`` plus staff ``paid AMOUNT``."""
    amount = resolve.milestone_amount(contract, milestone)
    if yaml_settles(contract, milestone):
        assert milestone.paid is not None
        return PaidSoFar(amount, milestone.paid.amount or amount, True)
    in_yaml = milestone.paid.amount if milestone.paid and milestone.paid.amount else ZERO
    if state.status == "paid":
        staff = state.paid_amount if state.paid_amount is not None else amount - in_yaml
        return PaidSoFar(amount, in_yaml + staff, True)
    waived = state.waived_amount or ZERO
    return PaidSoFar(amount, in_yaml + (state.paid_amount or ZERO), False, waived)


@dataclass(frozen=True)
class Payment:
    """When and how much a milestone was paid, by the one rule (:func:`payment`)."""

    on: date | None
    """The payment day; None while unpaid, or paid with no day known anywhere."""
    stated: bool
    """``on`` was written by someone (YAML ``paid.on``, staff ``paid DATE``), not derived
    from when the state changed: a letter about it is sent in that day's send slot."""
    recorded_at: datetime | None
    """When the stored state became paid (the day of it is ``on`` when nobody stated one)."""
    amount: Decimal | None
    """What was paid (None when ``on`` is None): the written amount, else the discounted
    price when paid by the discount deadline, else the milestone's amount."""
    discount_taken: bool
    """Paid by the early-payment deadline."""


def payment(contract: Contract, milestone: Milestone, state: MilestoneState, tz: tzinfo) -> Payment:
    """The payment facts of ``milestone``: **a ``paid:`` in the YAML beats the stored state**.

    Day: YAML ``paid.on`` (also for a partial payment); else, when the stored state is
    ``paid``, the staff's ``paid_on``, else the day (in ``tz``) the state became paid.
    Amount: YAML ``paid.amount``; else the staff's ``paid_amount`` when paid; else the
    discounted price when the day is not after the discount deadline; else the amount.
    """
    written: Decimal | None = None
    recorded_at: datetime | None = None
    stated = False
    on: date | None = None
    if milestone.paid is not None:
        on, stated, written = milestone.paid.on, True, milestone.paid.amount
    elif state.status == "paid":
        recorded_at, written = state.updated_at, state.paid_amount
        if state.paid_on is not None:
            on, stated = state.paid_on, True
        elif recorded_at is not None:
            on = recorded_at.astimezone(tz).date()
    if on is None:
        return Payment(None, False, recorded_at, None, False)
    deadline = resolve.discount_deadline(contract, milestone)
    taken = deadline is not None and on <= deadline
    amount = written or (resolve.discounted_amount(contract, milestone) if taken else None)
    return Payment(
        on, stated, recorded_at, amount or resolve.milestone_amount(contract, milestone), taken
    )


def known_on(milestone: Milestone, day: date) -> Milestone:
    """``milestone`` as the YAML would have read on ``day``: a later ``paid:`` not yet there."""
    if milestone.paid is not None and milestone.paid.on > day:
        return replace(milestone, paid=None)
    return milestone
