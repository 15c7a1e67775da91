"""The statement of account (对账单) of one client: what is open and what was paid (issue 13.3).

Why: Chinese finance departments reconcile monthly against a 对账单, and a client that
sees every open item with its paid / remaining (and interest) in one table settles
differences before they become disputes. Pure: config, state, history and a day in; a
:class:`Statement` out (rendered by :mod:`daemon.reports.statement_render`).

- **period**: the month of ``as_of`` up to and including it (a monthly statement sent on
  ``settings.statements.day`` covers the whole month before: :func:`scheduled_period`);
- **open**: every milestone of the client not settled on ``as_of``, due or not, with its
  amount, verified payments so far, what remains and, under a ``late_interest`` clause,
  the interest to ``as_of`` (:mod:`daemon.domain.interest`);
- **paid in the period**: each verified payment dated inside the period: a ``paid:`` in
  the YAML, each staff ``paid AMOUNT`` (a ``payment`` event), and a bare staff ``paid``
  (the rest of the milestone, on the day staff gave). A client's unverified claim is not
  a payment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from daemon.config.records import Client, Config, Contract, Milestone
from daemon.domain import payments, resolve
from daemon.domain.events import PaymentRecorded
from daemon.domain.interest import InterestFigures, milestone_interest
from daemon.domain.state import MilestoneState, StateView
from daemon.reports.asof import Event, config_as_of, events_until, state_as_of

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class OpenItem:
    """A milestone not settled on the statement's day."""

    contract: Contract
    milestone: Milestone
    amount: Decimal
    paid: Decimal
    remaining: Decimal
    due: date | None
    days_overdue: int
    interest: InterestFigures | None

    @property
    def total(self) -> Decimal:
        """What is owed on it now: the remainder plus interest (waived interest is zero)."""
        return self.remaining + (self.interest.interest if self.interest else ZERO)


@dataclass(frozen=True)
class PaidItem:
    """A verified payment dated inside the period."""

    contract: Contract
    milestone: Milestone
    on: date
    amount: Decimal


@dataclass(frozen=True)
class Statement:
    """The statement of ``client`` for ``start`` .. ``end`` (both included)."""

    client: Client
    language: str
    start: date
    end: date
    open_items: tuple[OpenItem, ...]
    paid_items: tuple[PaidItem, ...]

    def currencies(self) -> list[str]:
        """Every currency in the statement, in the order first met."""
        seen = [i.contract.currency for i in self.open_items]
        seen += [i.contract.currency for i in self.paid_items]
        return list(dict.fromkeys(seen))

    def outstanding(self, currency: str) -> Decimal:
        return sum((i.remaining for i in self.open_items if i.contract.currency == currency), ZERO)

    def interest(self, currency: str) -> Decimal:
        items = [i.interest for i in self.open_items if i.contract.currency == currency]
        return sum((f.interest for f in items if f is not None), ZERO)

    def total_due(self, currency: str) -> Decimal:
        return self.outstanding(currency) + self.interest(currency)

    def paid_total(self, currency: str) -> Decimal:
        return sum((i.amount for i in self.paid_items if i.contract.currency == currency), ZERO)

    @property
    def has_interest(self) -> bool:
        return any(i.interest is not None for i in self.open_items)


def month_period(day: date) -> tuple[date, date]:
    """The statement period of a statement as of ``day``: the 1st of its month .. ``day``."""
    return day.replace(day=1), day


def scheduled_period(today: date, statement_day: int) -> tuple[date, date] | None:
    """The month a statement sent ``today`` covers: the month before, once ``statement_day``
    of this month has come (None before it)."""
    if today.day < statement_day:
        return None
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def end_of_day(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(23, 59, 59), tz)


def build_statement(
    config: Config,
    state: StateView,
    events: Iterable[Event],
    client_id: str,
    start: date,
    end: date,
) -> Statement:
    """The statement of ``client_id`` for ``start`` .. ``end``, as things stood on ``end``.

    Raises KeyError when the config has no such client.
    """
    client = next((c for c in config.clients if c.id == client_id), None)
    if client is None:
        raise KeyError(client_id)
    tz = resolve.client_timezone(config.settings, client)
    instant = end_of_day(end, tz)
    past = events_until(events, instant)
    then = state_as_of(state, past, instant)
    known = config_as_of(config, end)
    client_then = next(c for c in known.clients if c.id == client_id)
    recorded = [e for e in past if isinstance(e, PaymentRecorded) and e.verified]
    open_items: list[OpenItem] = []
    paid_items: list[PaidItem] = []
    for contract in client_then.contracts:
        for milestone in contract.milestones:
            ms = then.milestone(contract.id, milestone.id)
            so_far = payments.paid_so_far(contract, milestone, ms)
            mine = [e for e in recorded if (e.contract, e.milestone) == (contract.id, milestone.id)]
            paid_items += _paid_in(contract, milestone, so_far, ms, mine, tz, start, end)
            if so_far.settled:
                continue
            due = resolve.due_date(contract, milestone)
            overdue = max(0, (end - due).days) if due is not None else 0
            interest = milestone_interest(contract, milestone, then, end, tz)
            open_items.append(
                OpenItem(
                    contract,
                    milestone,
                    so_far.amount,
                    so_far.paid,
                    so_far.remaining,
                    due,
                    overdue,
                    interest,
                )
            )
    language = client.language or config.settings.language
    paid_items.sort(key=lambda p: (p.on, p.contract.id, p.milestone.id))
    return Statement(client, language, start, end, tuple(open_items), tuple(paid_items))


def _paid_in(
    contract: Contract,
    milestone: Milestone,
    so_far: payments.PaidSoFar,
    ms: MilestoneState,
    recorded: list[PaymentRecorded],
    tz: ZoneInfo,
    start: date,
    end: date,
) -> list[PaidItem]:
    """The verified payments of one milestone dated ``start`` .. ``end``."""
    out: list[PaidItem] = []
    counted = ZERO
    if milestone.paid is not None:
        amount = milestone.paid.amount or so_far.amount
        counted += amount
        out.append(PaidItem(contract, milestone, milestone.paid.on, amount))
    for event in recorded:
        if event.amount is None:
            continue
        day = event.paid_on or event.at.astimezone(tz).date()
        counted += event.amount
        out.append(PaidItem(contract, milestone, day, event.amount))
    if so_far.settled and counted < so_far.paid:  # a bare staff ``paid``: the rest of it
        paid = payments.payment(contract, milestone, ms, tz)
        if paid.on is not None:
            out.append(PaidItem(contract, milestone, paid.on, so_far.paid - counted))
    return [p for p in out if start <= p.on <= end]
