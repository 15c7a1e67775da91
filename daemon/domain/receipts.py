"""Recording verified money on a milestone: the one path staff ``paid`` and the bank share.

Why: a staff ``paid 40,000 2026-12-05`` and a bank credit that matches a milestone are
the same fact (verified money arrived on a day), so they must change the milestone the
same way: payments add up, the milestone stays open for the remainder until they cover
it (its amount or its early-payment price), more than the amount is recorded and
flagged. Pure.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from daemon.domain.ledger import MilestoneView
from daemon.domain.payments import ZERO, covers
from daemon.domain.state import MilestoneState


def record_payment(
    view: MilestoneView | None,
    ms: MilestoneState,
    amount: Decimal | None,
    day: date,
    by: str,
    *,
    day_given: bool = True,
) -> tuple[MilestoneState, str]:
    """The milestone's state after ``amount`` arrived on ``day`` (None: all of it).

    ``by`` names who recorded it (``staff pm@x``, ``bank``); the detail returned says what
    happened (part payment, over-payment) for the answer or the history.
    """
    if amount is None or view is None:
        detail = f", paid on {day.isoformat()}" if day_given else ""
        paid = replace(ms, status="paid", hold_until=None, reason=f"{by}: paid{detail}")
        return replace(paid, paid_on=day, paid_amount=amount), detail
    currency = view.contract.contract.currency
    so_far = view.paid_so_far
    detail = f", amount {amount}"
    if amount != so_far.amount:
        detail += f" (the milestone amount is {so_far.amount})"
    if day_given:
        detail += f", paid on {day.isoformat()}"
    before = ms.paid_amount if ms.status != "paid" and ms.paid_amount is not None else ZERO
    total = so_far.paid + amount
    if not covers(view.contract.contract, view.milestone, total + so_far.waived):
        left = so_far.amount - total - so_far.waived
        detail += f"; paid so far {total} {currency}, remaining {left} {currency}"
        detail += " (the milestone stays open for the remainder)"
        status = ms.status if ms.status != "claimed_paid" else "open"
        part = replace(ms, status=status, paid_amount=before + amount, paid_on=day)
        return replace(part, reason=f"{by}: part payment{detail}"[:300]), detail
    over = total + so_far.waived - so_far.amount
    if over > ZERO:
        detail += f"; OVER-PAYMENT: {over} {currency} more than the amount, check and refund"
    verified = replace(
        ms,
        status="paid",
        hold_until=None,
        reason=f"{by}: paid{detail}"[:300],
        paid_on=day,
        paid_amount=before + amount,
    )
    return verified, detail
