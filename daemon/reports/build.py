"""Assemble a whole report from the stored state, the history and an instant.

``build_report`` replays the state as of ``as_of`` (:mod:`daemon.reports.asof`), turns
every milestone into a fact and computes each section with :mod:`daemon.reports.metrics`.
The result is a plain value that the renderers (text, HTML, CSV, JSON) only format.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from daemon.config.records import Config
from daemon.domain.forecast import plan_window
from daemon.domain.state import StateView
from daemon.reports import dispute_report, metrics
from daemon.reports.asof import Event, config_as_of, events_until, state_as_of
from daemon.reports.metrics import ClientHabits, ContractReview, MilestoneFact
from daemon.reports.period import DEFAULT_PERIOD_DAYS

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called as contracts are processed (for a terminal display)."""

UPCOMING_DAYS = 14


@dataclass(frozen=True)
class Report:
    """Everything a report shows, computed for one instant."""

    as_of: datetime
    day: date
    period_days: int
    language: str
    facts: tuple[MilestoneFact, ...]
    outstanding: dict[str, Decimal]
    by_contract: list[dict[str, Any]]
    aging: dict[str, dict[str, dict[str, Decimal]]]
    aging_totals: dict[str, dict[str, Decimal]]
    collected: dict[str, Decimal]
    dso: dict[str, float | None]
    forecast: dict[str, dict[str, Decimal]]
    habits: list[ClientHabits]
    upcoming: list[dict[str, Any]]
    reviews: list[ContractReview] = field(default_factory=list)
    timezone: str = "UTC"
    """The PM's zone (settings.timezone): tables show local times in it."""

    @property
    def period_start(self) -> date:
        return metrics.period_start(self.day, self.period_days)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON types only; money as strings (exact)."""
        return {
            "as_of": self.as_of.isoformat(),
            "day": self.day.isoformat(),
            "period": {
                "days": self.period_days,
                "start": self.period_start.isoformat(),
                "end": self.day.isoformat(),
            },
            "outstanding": _money(self.outstanding),
            "by_contract": [
                {**r, "outstanding": str(r["outstanding"]), "overdue": str(r["overdue"])}
                for r in self.by_contract
            ],
            "aging": {c: {k: _money(v) for k, v in rows.items()} for c, rows in self.aging.items()},
            "aging_totals": {c: _money(v) for c, v in self.aging_totals.items()},
            "collected": _money(self.collected),
            "dso": self.dso,
            "forecast": {c: _money(v) for c, v in self.forecast.items()},
            "habits": [vars(h) for h in self.habits],
            "milestones": [fact_row(f) for f in self.facts],
            "upcoming": self.upcoming,
            "reviews": [r.to_json() for r in self.reviews],
            **dispute_report.to_json(self.facts),
        }


def _money(values: dict[str, Decimal]) -> dict[str, str]:
    return {k: str(v) for k, v in values.items()}


def fact_row(f: MilestoneFact) -> dict[str, Any]:
    """One milestone as a flat row (CSV and JSON)."""
    return {
        "client": f.client,
        "contract": f.contract,
        "milestone": f.milestone,
        "name": f.name,
        "state": f.status,
        "reason": f.reason,
        "currency": f.currency,
        "amount": str(f.amount),
        "outstanding": str(f.outstanding),
        "due": f.due.isoformat() if f.due else None,
        "days_overdue": f.days_overdue,
        "bucket": None if f.settled else f.bucket,
        "expected": f.expected.isoformat() if f.expected and not f.settled else None,
        "paid_on": f.paid_on.isoformat() if f.paid_on else None,
        "paid_amount": str(f.paid_amount) if f.paid_amount is not None else None,
        "days_late": f.days_late,
        "discount_taken": f.discount_taken,
        "emails_sent": f.emails_sent,
        "disputes": f.disputes,
        "last_contact": f.last_contact.isoformat() if f.last_contact else None,
        "paid": str(f.paid_amount if f.settled and f.paid_amount is not None else f.paid_so_far),
        "remaining": str(f.outstanding),
        "dispute_reason": f.dispute_reason or None,
        "disputed_amount": str(f.disputed_amount) if f.disputed_amount is not None else None,
        "dispute_since": f.dispute_since.isoformat() if f.dispute_since else None,
        "dispute_follow_up_by": f.dispute_follow_up.isoformat() if f.dispute_follow_up else None,
        "limitation_expires": f.limitation_expires.isoformat() if f.limitation_expires else None,
    }


def build_report(
    config: Config,
    state: StateView,
    events: Iterable[Event],
    as_of: datetime,
    *,
    period_days: int = DEFAULT_PERIOD_DAYS,
    upcoming_days: int = UPCOMING_DAYS,
    progress: Progress | None = None,
) -> Report:
    """The report as it stood at ``as_of``, from the current state and the full history."""
    if period_days < 1:
        raise ValueError("period_days must be at least 1")
    day = metrics.report_day(config, as_of)
    past = events_until(events, as_of)
    config = config_as_of(config, day)
    state = state_as_of(state, past, as_of)
    facts = metrics.build_facts(config, state, past, as_of)
    reviews = []
    by_contract: dict[str, list[MilestoneFact]] = defaultdict(list)
    for f in facts:
        by_contract[f.contract].append(f)
    total = len(by_contract)
    for done, items in enumerate(by_contract.values(), start=1):
        review = metrics.contract_review(items)
        if review is not None:
            reviews.append(review)
        if progress is not None:
            progress(done, total)
    return Report(
        as_of=as_of,
        day=day,
        period_days=period_days,
        language=config.settings.language,
        facts=tuple(facts),
        outstanding=metrics.outstanding_totals(facts),
        by_contract=metrics.outstanding_by_contract(facts),
        aging=metrics.aging(facts),
        aging_totals=metrics.aging_totals(facts),
        collected=metrics.collected(facts, metrics.period_start(day, period_days), day),
        dso=metrics.dso(facts, day, period_days),
        forecast=metrics.forecast(facts, day),
        habits=metrics.client_habits(facts),
        upcoming=upcoming_emails(config, state, as_of, upcoming_days),
        reviews=reviews,
        timezone=config.settings.timezone,
    )


def upcoming_emails(
    config: Config, state: StateView, as_of: datetime, days: int = UPCOMING_DAYS
) -> list[dict[str, Any]]:
    """The planner's emails for the next ``days`` days, assuming no one replies."""
    emails = plan_window(config, state, as_of, as_of + timedelta(days=days))
    return [e.as_row() for e in emails]
