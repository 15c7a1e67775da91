"""Each milestone as a fact: amount, due day, payment day, promises, disputes, emails.

Why separate: the payment day of a milestone can come from three places (``paid:`` in the
YAML, a staff ``paid`` command, a client's claim), a promise's date from the state change,
the reply or the hold; deciding that once here keeps :mod:`daemon.reports.metrics` to
plain sums. Pure: config, state, events and an instant in; facts out.

- payment date and amount: :func:`daemon.domain.payments.payment` (the ledger's one rule:
  ``paid.on``/``paid.amount`` in the YAML beat the state), fed with the last change to
  ``paid`` (:class:`~daemon.domain.events.StateChanged`) when the history has one; a
  ``claimed_paid`` milestone counts the day of the claim for payment habits but stays
  outstanding until confirmed. Days late = payment date - due date.
- a promise is kept when paid by its date plus the policy's ``promise_grace_days``,
  broken when paid later or still unpaid after that.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, Literal
from zoneinfo import ZoneInfo

from daemon.config.records import Config
from daemon.domain import disputes as dispute_rules
from daemon.domain.events import HistoryEvent, Received, StateChanged, decode
from daemon.domain.ledger import Ledger, MilestoneView
from daemon.domain.limitation import limitations
from daemon.domain.stages import CHASE_STAGES
from daemon.domain.state import StateView
from daemon.reports.asof import Event

BUCKETS: tuple[str, ...] = ("not_due", "1-30", "31-60", "61-90", "90+")
HORIZONS: tuple[int, ...] = (30, 60, 90)

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
    paid_so_far: Decimal = Decimal("0.00")
    """Verified part payments of a milestone still open (issue 13.1); 0 once settled."""
    waived: Decimal = Decimal("0.00")
    """A disputed part written off (``resolved waive``): no longer outstanding."""
    dispute_reason: str = ""
    """The open dispute's reason code (whole or part); empty: none open."""
    disputed_amount: Decimal | None = None
    """What the open dispute holds: the disputed part, or all that remains."""
    dispute_since: date | None = None
    dispute_follow_up: date | None = None
    """The PM's follow-up deadline (:func:`daemon.domain.disputes.follow_up_by`)."""
    limitation_expires: date | None = None
    """The last day to sue (:mod:`daemon.domain.limitation`); None when paid or undated."""

    @property
    def settled(self) -> bool:
        return self.status == "paid"

    @property
    def outstanding(self) -> Decimal:
        """What remains to be paid: the amount less verified part payments (0 once paid)."""
        if self.settled:
            return Decimal("0.00")
        return max(self.amount - self.paid_so_far - self.waived, Decimal("0.00"))

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
    by_milestone: dict[tuple[str, str], list[HistoryEvent]] = defaultdict(list)
    for doc in events:
        event = decode(doc)
        if event.at <= as_of and event.contract is not None and event.milestone is not None:
            by_milestone[(event.contract, event.milestone)].append(event)
    sent: dict[tuple[str, str | None], int] = defaultdict(int)
    for send_key, record in state.sends.items():
        if record.status == "sent" and send_key.stage in CHASE_STAGES:
            sent[(send_key.contract, send_key.milestone)] += 1
    facts = []
    ledger = Ledger(config, state)
    clocks = limitations(ledger, [e for found in by_milestone.values() for e in found], as_of)
    for view in ledger.milestones():
        key = (view.contract.id, view.id)
        fact = _fact(view, by_milestone.get(key, []), sent.get(key, 0), today, tz)
        clock = clocks.get(key)
        facts.append(replace(fact, limitation_expires=clock.expires if clock else None))
    return facts


def _fact(
    view: MilestoneView, events: list[HistoryEvent], emails: int, today: date, tz: ZoneInfo
) -> MilestoneFact:
    contract, milestone, ms, status = (
        view.contract.contract,
        view.milestone,
        view.state,
        view.status,
    )
    changes = [e for e in events if isinstance(e, StateChanged)]
    amount = view.amount
    claimed_on = None
    last = _last_change(changes, "paid") if status == "paid" else None
    if last is not None:  # the history knows when it became paid, the state may be later
        view = replace(
            view,
            state=replace(
                ms, paid_on=last.paid_on, paid_amount=last.paid_amount, updated_at=last.at
            ),
        )
    paid = view.payment(tz)
    paid_on, paid_amount, taken = paid.on, paid.amount, paid.discount_taken
    if status == "claimed_paid":
        claim = _last_change(changes, "claimed_paid")
        claimed_on = _day(claim.at, tz) if claim is not None else None
    promised = ms.promised_date if status == "promised" else None
    grace = view.contract.policy.promise_grace_days
    promises = _promises(changes, events, ms.promised_date, paid_on or claimed_on, today, grace)
    disputes = sum(1 for e in changes if e.new == "disputed" and e.old != "disputed")
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
        paid_so_far=Decimal("0.00") if status == "paid" else view.paid_so_far.paid,
        waived=Decimal("0.00") if status == "paid" else view.paid_so_far.waived,
        **_dispute(view, changes, tz),
    )


def _dispute(view: MilestoneView, changes: list[StateChanged], tz: ZoneInfo) -> dict[str, Any]:
    """The open dispute's fields of the fact (reason, amount, since, follow-up), if any."""
    ms = view.state
    if not (view.status == "disputed" or dispute_rules.is_part(ms)):
        return {}
    since = ms.dispute_since
    if since is None:
        last = _last_change(changes, "disputed")
        since = _day(last.at if last is not None else ms.updated_at, tz)
    if since is None:
        return {}
    remaining = view.paid_so_far.remaining
    return {
        "dispute_reason": ms.dispute_reason
        or dispute_rules.reason_code(ms.dispute_words or ms.reason),
        "disputed_amount": ms.dispute_amount if dispute_rules.is_part(ms) else remaining,
        "dispute_since": since,
        "dispute_follow_up": dispute_rules.follow_up_by(since, view.contract.calendar),
    }


def _day(at: datetime | None, tz: ZoneInfo) -> date | None:
    return at.astimezone(tz).date() if at is not None else None


def _last_change(changes: list[StateChanged], new: str) -> StateChanged | None:
    """The last change to ``new``, if any."""
    return next((e for e in reversed(changes) if e.new == new), None)


def _promises(
    changes: list[StateChanged],
    events: list[HistoryEvent],
    current_promise: date | None,
    paid: date | None,
    today: date,
    grace: int,
) -> tuple[Promise, ...]:
    """Each change to ``promised`` is a promise; its day comes from the richest source."""
    made = [e for e in changes if e.new == "promised"]
    said = [e for e in events if isinstance(e, Received) and e.promised_date is not None]
    out = []
    for i, change in enumerate(made):
        day = change.promised_date
        if day is None:
            before = [e.promised_date for e in said if e.at <= change.at]
            day = before[-1] if before else None
        if day is None and i == len(made) - 1:
            day = current_promise
        if day is None and change.hold_until is not None:
            day = change.hold_until.date()
        if day is None:
            continue
        deadline = day + timedelta(days=grace)
        outcome: Outcome = "pending"
        if paid is not None:
            outcome = "kept" if paid <= deadline else "broken"
        elif today > deadline:
            outcome = "broken"
        out.append(Promise(change.at, day, outcome))
    return tuple(out)
