"""Each milestone as a fact: amount, due day, payment day, promises, disputes, emails.

Why separate: the payment day of a milestone can come from three places (``paid:`` in the
YAML, a staff ``paid`` command, a client's claim), a promise's date from the state change,
the reply or the hold; deciding that once here keeps :mod:`daemon.reports.metrics` to
plain sums. Pure: config, state, events and an instant in; facts out.

- payment date: ``paid.on`` in the YAML; else the ``state_change`` to ``paid`` (``paid on
  2026-12-05`` or another date in its reason or cause, else the day of the event); a
  ``claimed_paid`` milestone counts the day of the claim for payment habits but stays
  outstanding until confirmed. Days late = payment date - due date.
- paid amount: ``paid.amount``, or ``amount N`` written by a staff command, or the
  discounted amount when paid by the discount deadline, else the milestone amount.
- a promise is kept when paid by its date plus the policy's ``promise_grace_days``,
  broken when paid later or still unpaid after that.
"""

from __future__ import annotations

import contextlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal
from zoneinfo import ZoneInfo

from daemon.config.schema import Config
from daemon.domain.ledger import Ledger, MilestoneView
from daemon.domain.resolve import discount_deadline, discounted_amount
from daemon.domain.stages import CHASE_STAGES
from daemon.domain.state import StateView
from daemon.reports.asof import Event

BUCKETS: tuple[str, ...] = ("not_due", "1-30", "31-60", "61-90", "90+")
HORIZONS: tuple[int, ...] = (30, 60, 90)
_ISO_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_PAID_ON = re.compile(r"paid on (\d{4}-\d{2}-\d{2})\b")
_AMOUNT = re.compile(r"\bamount (\d+(?:\.\d{1,2})?)\b")

Outcome = Literal["kept", "broken", "pending"]


@dataclass(frozen=True)
class Promise:
    """A promise to pay by ``day``; ``outcome`` on the report day (grace days included)."""

    made_at: datetime
    day: date
    outcome: Outcome


@dataclass(frozen=True)
class MilestoneFact:
    """What a report needs to know about one milestone on the report day ``today``."""

    client: str
    contract: str
    milestone: str
    name: str
    currency: str
    amount: Decimal
    due: date | None
    status: str
    reason: str
    today: date
    paid_on: date | None = None
    claimed_on: date | None = None
    paid_amount: Decimal | None = None
    discount_taken: bool = False
    promised_date: date | None = None
    promises: tuple[Promise, ...] = ()
    disputes: int = 0
    emails_sent: int = 0
    last_contact: datetime | None = None

    @property
    def settled(self) -> bool:
        return self.status == "paid"

    @property
    def outstanding(self) -> Decimal:
        return Decimal("0.00") if self.settled else self.amount

    @property
    def payment_day(self) -> date | None:
        """Confirmed payment day, else the day the client said it paid."""
        return self.paid_on or self.claimed_on

    @property
    def days_late(self) -> int | None:
        """Payment day - due day (negative: early); None while unpaid or undated."""
        if self.payment_day is None or self.due is None:
            return None
        return (self.payment_day - self.due).days

    @property
    def days_overdue(self) -> int | None:
        """Days past due of an unpaid milestone on the report day (0 if not yet due)."""
        if self.settled or self.due is None:
            return None
        return max((self.today - self.due).days, 0)

    @property
    def bucket(self) -> str:
        return bucket_of(self.days_overdue)

    @property
    def expected(self) -> date | None:
        """When the money is expected: the promised day if promised, else the due day."""
        if self.status == "promised" and self.promised_date is not None:
            return self.promised_date
        return self.due


def bucket_of(days_overdue: int | None) -> str:
    """The aging bucket of a number of days overdue (None or 0: not due)."""
    if not days_overdue:
        return "not_due"
    if days_overdue <= 30:
        return "1-30"
    if days_overdue <= 60:
        return "31-60"
    if days_overdue <= 90:
        return "61-90"
    return "90+"


def report_day(config: Config, as_of: datetime) -> date:
    """The report day: ``as_of`` in the PM's timezone (settings.timezone)."""
    return as_of.astimezone(ZoneInfo(config.settings.timezone)).date()


def build_facts(
    config: Config, state: StateView, events: Iterable[Event], as_of: datetime
) -> list[MilestoneFact]:
    """One fact per milestone of ``config`` on the report day of ``as_of``.

    ``state``, ``events`` and ``config`` should already be as of ``as_of``
    (:mod:`daemon.reports.asof`); events after it are ignored anyway.
    """
    tz = ZoneInfo(config.settings.timezone)
    today = as_of.astimezone(tz).date()
    by_milestone: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        if event["at"] <= as_of and event["milestone"] is not None:
            by_milestone[(event["contract"], event["milestone"])].append(event)
    sent: dict[tuple[str, str | None], int] = defaultdict(int)
    for send_key, record in state.sends.items():
        if record.status == "sent" and send_key.stage in CHASE_STAGES:
            sent[(send_key.contract, send_key.milestone)] += 1
    facts = []
    for view in Ledger(config, state).milestones():
        key = (view.contract.id, view.id)
        facts.append(_fact(view, by_milestone.get(key, []), sent.get(key, 0), today, tz))
    return facts


def _fact(
    view: MilestoneView, events: list[Event], emails: int, today: date, tz: ZoneInfo
) -> MilestoneFact:
    contract, milestone, ms, status = (
        view.contract.contract,
        view.milestone,
        view.state,
        view.status,
    )
    changes = [e for e in events if e["kind"] == "state_change"]
    amount = view.amount
    paid_on = claimed_on = written = None
    if milestone.paid is not None:
        paid_on = milestone.paid.on
        written = milestone.paid.amount
    elif status == "paid":
        paid_on = _change_day(changes, "paid", tz, text_date=True) or _day(ms.updated_at, tz)
        written = _paid_amount(_last_change(changes, "paid"))
    elif status == "claimed_paid":
        claimed_on = _change_day(changes, "claimed_paid", tz, text_date=False)
    deadline = discount_deadline(contract, milestone)
    taken = paid_on is not None and deadline is not None and paid_on <= deadline
    paid_amount = None
    if paid_on is not None:
        paid_amount = written or (discounted_amount(contract, milestone) if taken else None)
        paid_amount = paid_amount or amount
    promised = ms.promised_date if status == "promised" else None
    grace = view.contract.policy.promise_grace_days
    promises = _promises(changes, events, ms.promised_date, paid_on or claimed_on, today, grace)
    disputes = sum(
        1
        for e in changes
        if e["data"].get("new") == "disputed" and e["data"].get("old") != "disputed"
    )
    return MilestoneFact(
        client=view.client.id,
        contract=contract.id,
        milestone=milestone.id,
        name=milestone.name,
        currency=contract.currency,
        amount=amount,
        due=view.due,
        status=status,
        reason=ms.reason,
        today=today,
        paid_on=paid_on,
        claimed_on=claimed_on,
        paid_amount=paid_amount,
        discount_taken=taken,
        promised_date=promised,
        promises=promises,
        disputes=disputes,
        emails_sent=emails,
        last_contact=ms.last_contact,
    )


def _day(at: datetime | None, tz: ZoneInfo) -> date | None:
    return at.astimezone(tz).date() if at is not None else None


def _text_day(data: Mapping[str, Any], *keys: str) -> date | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str):
            match = _ISO_DAY.search(value)
            if match:
                try:
                    return date.fromisoformat(match.group(1))
                except ValueError:
                    continue
    return None


def _paid_day(data: Mapping[str, Any]) -> date | None:
    """The payment day a staff ``paid`` change wrote: ``paid on 2026-12-05``, else any date."""
    for key in ("reason", "cause"):
        value = data.get(key)
        match = _PAID_ON.search(value) if isinstance(value, str) else None
        if match:
            with contextlib.suppress(ValueError):
                return date.fromisoformat(match.group(1))
    return _text_day(data, "paid_on", "cause", "reason")


def _paid_amount(data: Mapping[str, Any]) -> Decimal | None:
    """The amount a staff ``paid`` change wrote (``amount 12000.00``), if any."""
    value = data.get("reason")
    match = _AMOUNT.search(value) if isinstance(value, str) else None
    return Decimal(match.group(1)) if match else None


def _last_change(changes: list[Event], new: str) -> Mapping[str, Any]:
    """Data of the last change to ``new`` (empty if none)."""
    for event in reversed(changes):
        if event["data"].get("new") == new:
            return event["data"]
    return {}


def _change_day(changes: list[Event], new: str, tz: ZoneInfo, *, text_date: bool) -> date | None:
    """Day of the last change to ``new``: a date written in it (``text_date``), else its time."""
    for event in reversed(changes):
        if event["data"].get("new") == new:
            if text_date:
                written = _paid_day(event["data"])
                if written is not None:
                    return written
            return _day(event["at"], tz)
    return None


def _promises(
    changes: list[Event],
    events: list[Event],
    current_promise: date | None,
    paid: date | None,
    today: date,
    grace: int,
) -> tuple[Promise, ...]:
    """Each change to ``promised`` is a promise; its day comes from the richest source."""
    made = [e for e in changes if e["data"].get("new") == "promised"]
    out = []
    for i, change in enumerate(made):
        data = change["data"]
        day = _text_day(data, "promised_date")
        if day is None:
            said = [
                e
                for e in events
                if e["kind"] == "received"
                and e["at"] <= change["at"]
                and e["data"].get("promised_date")
            ]
            day = _text_day(said[-1]["data"], "promised_date") if said else None
        if day is None and i == len(made) - 1:
            day = current_promise
        day = day or _text_day(data, "reason", "cause", "hold_until")
        if day is None:
            continue
        deadline = day + timedelta(days=grace)
        outcome: Outcome = "pending"
        if paid is not None:
            outcome = "kept" if paid <= deadline else "broken"
        elif today > deadline:
            outcome = "broken"
        out.append(Promise(change["at"], day, outcome))
    return tuple(out)
