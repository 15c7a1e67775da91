"""Report numbers as pure functions of (config, state, history, a date).

Why pure: the PM must be able to trust the numbers, so tests pin them on hand-built
histories, and ``--as-of`` recomputes them from a replayed state with the same code.

First each milestone becomes a fact (:mod:`daemon.reports.facts`: amount, due date,
payment date, promises, disputes, emails), then the aggregates read only facts. Money is never
converted between currencies: every total is a ``{currency: amount}`` mapping.

Definitions (the README repeats them):

- payment date: ``paid.on`` in the YAML; else the ``state_change`` to ``paid`` (a date in
  its cause or reason, e.g. ``paid 12,000 2026-12-05``, or else the day of the event);
  a ``claimed_paid`` milestone counts the day of the claim for payment habits but stays
  outstanding until confirmed. Days late = payment date - due date.
- aging: days overdue of each unpaid milestone on the report day, in buckets
  ``not_due`` (not yet due, or due date unknown), ``1-30``, ``31-60``, ``61-90``, ``90+``.
- collected in the period: payments dated inside the ``period_days`` days ending on the
  report day (default 90).
- DSO = receivables (unpaid, already due) / amount falling due in the period x period days.
- forecast: unpaid milestones, not disputed or stopped, counted at their promised date when
  promised, else their due date; ``next_30``/``next_60``/``next_90`` are cumulative,
  ``overdue`` is what is already past that date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from daemon.reports.facts import (
    BUCKETS,
    CHASE_STAGES,
    HORIZONS,
    MilestoneFact,
    Promise,
    bucket_of,
    build_facts,
    report_day,
)

__all__ = [
    "BUCKETS",
    "CHASE_STAGES",
    "HORIZONS",
    "ClientHabits",
    "ContractReview",
    "MilestoneFact",
    "Promise",
    "aging",
    "aging_totals",
    "bucket_of",
    "build_facts",
    "client_habits",
    "collected",
    "contract_review",
    "dso",
    "forecast",
    "habit_score",
    "outstanding_by_contract",
    "outstanding_totals",
    "period_start",
    "report_day",
]

# -- aggregates ----------------------------------------------------------------------


def _add(totals: dict[str, Decimal], currency: str, amount: Decimal) -> None:
    totals[currency] = totals.get(currency, Decimal("0.00")) + amount


def outstanding_totals(facts: Iterable[MilestoneFact]) -> dict[str, Decimal]:
    """Unpaid amount per currency."""
    totals: dict[str, Decimal] = {}
    for f in facts:
        if not f.settled:
            _add(totals, f.currency, f.outstanding)
    return dict(sorted(totals.items()))


def outstanding_by_contract(facts: Iterable[MilestoneFact]) -> list[dict[str, Any]]:
    """Per client and contract: outstanding and overdue amounts (in the contract's currency)."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for f in facts:
        row = rows.setdefault(
            (f.client, f.contract),
            {
                "client": f.client,
                "contract": f.contract,
                "currency": f.currency,
                "outstanding": Decimal("0.00"),
                "overdue": Decimal("0.00"),
                "milestones_open": 0,
            },
        )
        if not f.settled:
            row["outstanding"] += f.outstanding
            row["milestones_open"] += 1
            if f.days_overdue:
                row["overdue"] += f.outstanding
    return [r for r in rows.values() if r["milestones_open"]]


def aging(facts: Iterable[MilestoneFact]) -> dict[str, dict[str, dict[str, Decimal]]]:
    """``{currency: {client: {bucket: amount}}}`` over unpaid milestones."""
    out: dict[str, dict[str, dict[str, Decimal]]] = {}
    for f in facts:
        if f.settled:
            continue
        per_client = out.setdefault(f.currency, {})
        buckets = per_client.setdefault(f.client, {b: Decimal("0.00") for b in BUCKETS})
        buckets[f.bucket] += f.outstanding
    return {c: dict(sorted(v.items())) for c, v in sorted(out.items())}


def aging_totals(facts: Iterable[MilestoneFact]) -> dict[str, dict[str, Decimal]]:
    """``{currency: {bucket: amount}}``."""
    return {
        currency: {b: sum((row[b] for row in clients.values()), Decimal("0.00")) for b in BUCKETS}
        for currency, clients in aging(facts).items()
    }


def period_start(today: date, period_days: int) -> date:
    """First day of the ``period_days`` days that end on ``today`` (inclusive)."""
    return today - timedelta(days=period_days - 1)


def collected(facts: Iterable[MilestoneFact], start: date, end: date) -> dict[str, Decimal]:
    """Confirmed payments dated in ``[start, end]``, per currency."""
    totals: dict[str, Decimal] = {}
    for f in facts:
        if f.settled and f.paid_on is not None and start <= f.paid_on <= end:
            _add(totals, f.currency, f.paid_amount or f.amount)
    return dict(sorted(totals.items()))


def dso(facts: Iterable[MilestoneFact], today: date, period_days: int) -> dict[str, float | None]:
    """Days sales outstanding per currency (None when nothing fell due in the period).

    receivables = unpaid amounts already due on ``today``; billed = amounts of every
    milestone whose due date falls in the period; DSO = receivables / billed x period_days.
    """
    start = period_start(today, period_days)
    receivable: dict[str, Decimal] = {}
    billed: dict[str, Decimal] = {}
    for f in facts:
        receivable.setdefault(f.currency, Decimal(0))
        billed.setdefault(f.currency, Decimal(0))
        if f.due is None:
            continue
        if not f.settled and f.due <= today:
            receivable[f.currency] += f.amount
        if start <= f.due <= today:
            billed[f.currency] += f.amount
    return {
        c: (round(float(receivable[c] / billed[c] * period_days), 1) if billed[c] else None)
        for c in sorted(receivable)
    }


def forecast(facts: Iterable[MilestoneFact], today: date) -> dict[str, dict[str, Decimal]]:
    """Cash expected per currency: ``overdue`` and cumulative ``next_30/60/90``."""
    out: dict[str, dict[str, Decimal]] = {}
    for f in facts:
        if f.settled or f.status in ("disputed", "stopped") or f.expected is None:
            continue
        row = out.setdefault(
            f.currency, {k: Decimal("0.00") for k in ("overdue", "next_30", "next_60", "next_90")}
        )
        ahead = (f.expected - today).days
        if ahead < 0:
            row["overdue"] += f.outstanding
        for horizon in HORIZONS:
            if 0 <= ahead <= horizon:
                row[f"next_{horizon}"] += f.outstanding
    return dict(sorted(out.items()))


@dataclass(frozen=True)
class ClientHabits:
    """How a client pays. ``score`` 0-100, higher is better; None without any history."""

    client: str
    judged: int
    """Milestones judged: paid (or claimed) with a due date, plus unpaid ones past due."""
    on_time: int
    on_time_rate: float | None
    avg_days_late: float | None
    worst_days_late: int | None
    disputes: int
    promises_kept: int
    promises_broken: int
    discounts_taken: int
    score: int | None


def habit_score(
    on_time_rate: float, avg_days_late: float, disputes: int, promises_broken: int
) -> int:
    """``60 x on-time rate + 40 - min(avg days late, 40) - 10 x disputes - 10 x broken
    promises``, rounded and clamped to 0..100."""
    raw = 60 * on_time_rate + 40 - min(avg_days_late, 40.0) - 10 * disputes - 10 * promises_broken
    return max(0, min(100, int(Decimal(str(raw)).quantize(Decimal(1), ROUND_HALF_UP))))


def client_habits(facts: Iterable[MilestoneFact]) -> list[ClientHabits]:
    """Payment habits per client, worst score first (clients without history last)."""
    grouped: dict[str, list[MilestoneFact]] = defaultdict(list)
    for f in facts:
        grouped[f.client].append(f)
    out = []
    for client, items in grouped.items():
        lateness: list[int] = []
        for f in items:
            if f.days_late is not None:
                lateness.append(f.days_late)
            elif f.days_overdue:
                lateness.append(f.days_overdue)
        on_time = sum(1 for d in lateness if d <= 0)
        promises = [p for f in items for p in f.promises]
        kept = sum(1 for p in promises if p.outcome == "kept")
        broken = sum(1 for p in promises if p.outcome == "broken")
        disputes = sum(f.disputes for f in items)
        rate = avg = worst = score = None
        if lateness:
            rate = on_time / len(lateness)
            avg = round(sum(max(d, 0) for d in lateness) / len(lateness), 1)
            worst = max(max(d, 0) for d in lateness)
            score = habit_score(rate, avg, disputes, broken)
        out.append(
            ClientHabits(
                client=client,
                judged=len(lateness),
                on_time=on_time,
                on_time_rate=round(rate, 3) if rate is not None else None,
                avg_days_late=avg,
                worst_days_late=worst,
                disputes=disputes,
                promises_kept=kept,
                promises_broken=broken,
                discounts_taken=sum(1 for f in items if f.discount_taken),
                score=score,
            )
        )
    out.sort(key=lambda h: (h.score is None, h.score if h.score is not None else 0, h.client))
    return out


@dataclass(frozen=True)
class ContractReview:
    """A fully paid contract looked back on: how late, how many emails, disputes."""

    client: str
    contract: str
    currency: str
    total_paid: Decimal
    paid_off: date
    """Day of the last payment."""
    milestones: tuple[dict[str, Any], ...]
    """Per milestone: milestone, due, paid_on, days_late, emails, disputes."""
    emails: int
    disputes: int
    avg_days_late: float
    worst_days_late: int

    def to_json(self) -> dict[str, Any]:
        return {
            "client": self.client,
            "contract": self.contract,
            "currency": self.currency,
            "total_paid": str(self.total_paid),
            "paid_off": self.paid_off.isoformat(),
            "milestones": [dict(m) for m in self.milestones],
            "emails": self.emails,
            "disputes": self.disputes,
            "avg_days_late": self.avg_days_late,
            "worst_days_late": self.worst_days_late,
        }


def contract_review(facts: Iterable[MilestoneFact]) -> ContractReview | None:
    """The review of one contract's milestones; None unless every one is paid."""
    items = list(facts)
    if not items or not all(f.settled and f.paid_on is not None for f in items):
        return None
    rows = tuple(
        {
            "milestone": f.milestone,
            "due": f.due.isoformat() if f.due else None,
            "paid_on": f.paid_on.isoformat() if f.paid_on else None,
            "days_late": f.days_late,
            "emails": f.emails_sent,
            "disputes": f.disputes,
        }
        for f in items
    )
    late = [max(f.days_late or 0, 0) for f in items]
    return ContractReview(
        client=items[0].client,
        contract=items[0].contract,
        currency=items[0].currency,
        total_paid=sum((f.paid_amount or f.amount for f in items), Decimal("0.00")),
        paid_off=max(f.paid_on for f in items if f.paid_on is not None),
        milestones=rows,
        emails=sum(f.emails_sent for f in items),
        disputes=sum(f.disputes for f in items),
        avg_days_late=round(sum(late) / len(late), 1),
        worst_days_late=max(late),
    )
