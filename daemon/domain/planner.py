"""The chase planner: which emails are due, as a pure function of (config, state, now).

Each milestone has a nominal timeline (notice, due, reminders, demand, escalate, legal),
every stage at the opening of the client's send window on a working day. A tick asks
:func:`due_emails` what to send *now*; :func:`plan_window` answers the same question for a
whole period by replaying those ticks on a simulated copy of the state, so ``cuikuan plan``
and ``cuikuan status`` never disagree with what the daemon will do.

Rules worth knowing:

* Catch-up sends the current stage only: if several stages of a milestone are due (the
  daemon was down, the contract was added late, a hold just ended), the latest is sent and
  the earlier ones are listed in ``supersedes`` (the store marks them skipped).
* Nothing is sent outside the client's send window or on a non-working day; the email stays
  due and goes at the next opening.
* ``disputed``, ``stopped``, ``paid`` and ``claimed_paid`` milestones are not chased; a
  ``paid:`` entry in the YAML wins over any state. ``thanks`` (a receipt) follows only a
  *verified* payment (``paid`` state or ``paid:`` in the YAML, never a client's claim), and
  only if the client really received a chase email about that milestone (PM alerts and
  staff replies do not count: :mod:`daemon.domain.correspondence`).
* A client email's thread (In-Reply-To/References) holds only emails the client received.
* A contract added to a running cuikuan sends nothing for ``new_contract_settle_minutes``
  after it first appears (:mod:`daemon.domain.settle`): a half-written edit can be fixed.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from daemon.config.schema import Client, Config, Contract, Milestone, Policy, Settings
from daemon.domain import ladder, resolve, stages
from daemon.domain.calendar import (
    WorkCalendar,
    in_send_window,
    next_opening,
    send_slot,
)
from daemon.domain.clock_guard import limit_catch_up, live_records
from daemon.domain.correspondence import correspondence
from daemon.domain.emails import PlannedEmail, message_id
from daemon.domain.ledger import ContractView, Ledger, effective_status
from daemon.domain.payments import payment
from daemon.domain.recipients import configured, recipients, undeliverable
from daemon.domain.settle import settle_until
from daemon.domain.state import MilestoneState, SendKey, SendRecord, StateView

logger = logging.getLogger(__name__)

Timeline = list[tuple[SendKey, datetime]]
_Records = dict[SendKey, SendRecord]

_STAGE_ORDER = stages.STAGE_ORDER
_NOT_CHASED = frozenset({"disputed", "stopped", "paid", "claimed_paid"})
_THANKED = frozenset({"paid"})
_HELD = frozenset({"promised", "paused"})
_DONE = frozenset({"paid", "claimed_paid", "stopped"})
__all__ = [
    "due_emails",
    "milestone_timeline",
    "next_email",
    "plan_window",
    "recipients",
    "undeliverable",
]


@dataclass(frozen=True)
class _Ctx:
    """Everything derived once per contract."""

    settings: Settings
    client: Client
    contract: Contract
    policy: Policy
    tz: ZoneInfo
    cal: WorkCalendar
    language: str
    domain: str

    def in_window(self, now: datetime) -> bool:
        return in_send_window(now, self.tz, self.policy.send_window, self.cal)

    def opening(self, after: datetime) -> datetime:
        """The next send opening at or after ``after``, in the client's timezone."""
        return next_opening(after, self.tz, self.policy.send_window, self.cal).astimezone(self.tz)


def _context(config: Config, view: ContractView) -> _Ctx:
    return _Ctx(
        settings=config.settings,
        client=view.client,
        contract=view.contract,
        policy=view.policy,
        tz=view.timezone,
        cal=view.calendar,
        language=view.language,
        domain=resolve.message_id_domain(config),
    )


# --- the nominal timeline ------------------------------------------------------------------


def _nominal_dates(
    settings: Settings, contract: Contract, milestone: Milestone, policy: Policy
) -> list[tuple[str, int, date]]:
    """(stage, seq, nominal day) of every scheduled stage, before moving to working days.

    Each stage's :class:`~daemon.domain.stages.Offset` says how; a stage whose addressee
    is not configured (no ``settings.legal``) is left out.
    """
    due = resolve.due_date(contract, milestone)
    if due is None:
        return []
    notice_anchor = resolve.discount_deadline(contract, milestone) or due
    days: list[tuple[str, int, date]] = []
    for stage in stages.SCHEDULED:
        offset = stage.offset
        assert offset is not None  # every scheduled stage has one
        if not configured(settings, stage.recipients):
            continue
        anchor = notice_anchor if offset.anchor == "notice" else due
        shift = getattr(policy, offset.days) if offset.days else 0
        if offset.every is None:
            days.append(
                (stage.name, 0, anchor + timedelta(days=-shift if offset.before else shift))
            )
            continue
        every = getattr(policy, offset.every)
        until = getattr(policy, offset.until) if offset.until else every + 1
        k = 1
        while k * every < until:
            days.append((stage.name, k, anchor + timedelta(days=shift + k * every)))
            k += 1
    return days


def _timeline(ctx: _Ctx, milestone: Milestone) -> Timeline:
    window = ctx.policy.send_window
    return [
        (
            SendKey(ctx.contract.id, milestone.id, stage, seq),
            send_slot(day, ctx.tz, window, ctx.cal),
        )
        for stage, seq, day in _nominal_dates(ctx.settings, ctx.contract, milestone, ctx.policy)
    ]


def milestone_timeline(
    config: Config, client: Client, contract: Contract, milestone: Milestone
) -> Timeline:
    """The nominal chase of one milestone in time order, each stage at its send slot.

    Empty while the due date is unknown (``due_after`` an event that has no date yet).
    Two stages may share a slot; both are kept, in order.
    """
    view = Ledger(config).contract(contract.id)
    assert view is not None and view.contract is contract, "contract not in config"
    return _timeline(_context(config, view), milestone)


# --- one decision -------------------------------------------------------------------------


def _held(status: str, ms: MilestoneState, now: datetime) -> bool:
    """True while no chase email of the milestone may go out."""
    if status in _HELD and ms.hold_until is None:
        return True  # paused (or promised) with no end: wait for staff
    return ms.hold_until is not None and now < ms.hold_until


def _thread(records: Mapping[SendKey, SendRecord]) -> tuple[str, ...]:
    """Message-IDs of this milestone's emails the client received, oldest first.

    PM alerts, staff replies and the legal notice (to counsel) never appear: a client's
    mail program must not learn that they exist.
    """
    if not records:
        return ()
    key = next(iter(records))
    return correspondence(records.values(), key.contract, key.milestone).thread()


def _email(
    ctx: _Ctx,
    key: SendKey,
    at: datetime,
    bad: frozenset[str],
    thread: tuple[str, ...] = (),
    supersedes: tuple[SendKey, ...] = (),
) -> PlannedEmail | None:
    """The email addressed by stage, or None when no ``to`` address is left."""
    to, cc = recipients(ctx.settings, ctx.client, key.stage, bad)
    if not to:
        return None
    language = ctx.language
    return PlannedEmail(key, at, ctx.client.id, language, to, cc, thread, supersedes)


def _thanks_at(ctx: _Ctx, milestone: Milestone, ms: MilestoneState, now: datetime) -> datetime:
    paid = payment(ctx.contract, milestone, ms, ctx.tz)
    if paid.stated and paid.on is not None:
        nominal = send_slot(paid.on, ctx.tz, ctx.policy.send_window, ctx.cal)
    elif paid.recorded_at is not None:
        nominal = paid.recorded_at.astimezone(ctx.tz)
    else:
        nominal = now.astimezone(ctx.tz)
    return min(nominal, now.astimezone(ctx.tz))


def _due_now(
    ctx: _Ctx,
    milestone: Milestone,
    timeline: Timeline | None,
    records: Mapping[SendKey, SendRecord],
    now: datetime,
) -> Timeline:
    """The timeline entries after the last one decided (sent, pending, skipped) due by ``now``.

    With ``timeline`` None it is worked out here, lazily: a tick over thousands of
    milestones only needs the send slot of stages whose nominal day is not after today
    (a later day can only give a later slot), which is few of them.
    """
    if timeline is not None:
        last_done = max((i for i, (k, _) in enumerate(timeline) if k in records), default=-1)
        return [(k, at) for k, at in timeline[last_done + 1 :] if at <= now]
    nominal = _nominal_dates(ctx.settings, ctx.contract, milestone, ctx.policy)
    decided = {(k.stage, k.seq) for k in records}
    last_done = -1
    if decided:
        for i, (stage, seq, _day) in enumerate(nominal):
            if (stage, seq) in decided:
                last_done = i
    today = now.astimezone(ctx.tz).date()
    window = ctx.policy.send_window
    due: Timeline = []
    for stage, seq, day in nominal[last_done + 1 :]:
        if day > today:
            continue
        at = send_slot(day, ctx.tz, window, ctx.cal)
        if at <= now:
            due.append((SendKey(ctx.contract.id, milestone.id, stage, seq), at))
    return due


def _decide(
    ctx: _Ctx,
    milestone: Milestone,
    timeline: Timeline | None,
    ms: MilestoneState,
    records: Mapping[SendKey, SendRecord],
    bad: frozenset[str],
    now: datetime,
) -> PlannedEmail | None:
    """What one milestone sends at ``now`` (the caller checked the send window).

    ``timeline`` None: work out only the part of it that can be due (see :func:`_due_now`).
    """
    status = effective_status(milestone, ms, ctx.contract)
    if status in _THANKED:
        key = SendKey(ctx.contract.id, milestone.id, stages.THANKS, 0)
        chased = correspondence(records.values(), ctx.contract.id, milestone.id).chased
        if key in records or not chased:
            return None
        at = _thanks_at(ctx, milestone, ms, now)
        return _email(ctx, key, at, bad, _thread(records))
    if status in _NOT_CHASED:
        return None
    if _held(status, ms, now):
        if status != "promised":
            return None
        # a promise holds the chase, not the written notice with the invoice
        due = _due_now(ctx, milestone, timeline, records, now)
        if not due or due[0][0].stage != "notice":
            return None
        key, at = due[0]
        return _email(ctx, key, at, bad, _thread(records))
    due = _due_now(ctx, milestone, timeline, records, now)
    letters = correspondence(records.values(), ctx.contract.id, milestone.id)
    last = letters.last()
    since = last.at if last else None
    due = limit_catch_up(due, since, ctx.policy.reminder_every_days, ctx.tz, now)
    broken = _promise_broken(ctx, milestone, ms, records, due, bad, now)
    if broken is not None:
        return broken
    if not due:
        return None
    step = ladder.next_step(due, letters, records, ctx.policy, ctx.tz, ctx.opening, now)
    if step is None:
        return None
    return _email(ctx, step.key, step.at, bad, _thread(records), step.supersedes)


def _promise_broken(
    ctx: _Ctx,
    milestone: Milestone,
    ms: MilestoneState,
    records: Mapping[SendKey, SendRecord],
    due: Timeline,
    bad: frozenset[str],
    now: datetime,
) -> PlannedEmail | None:
    """The follow-up once a promised date (+ grace) passed without the money.

    One per promised date; it stands in for the reminders due meanwhile (they are skipped,
    so the client does not get two emails that morning), and the chase goes on from it.
    """
    if ms.status != "promised" or ms.promised_date is None or ms.hold_until is None:
        return None
    key = SendKey(
        ctx.contract.id, milestone.id, stages.PROMISE_BROKEN, ms.promised_date.toordinal()
    )
    if key in records:
        return None
    soft = tuple(k for k, _ in due if k.stage not in ladder.FORMAL)
    return _email(ctx, key, min(ms.hold_until, now), bad, _thread(records), soft)


def _wants_terms(contract: Contract, state: StateView) -> bool:
    """Terms go out unless every milestone is already settled (paid, claimed or stopped)."""
    return not all(
        effective_status(m, state.milestone(contract.id, m.id), contract) in _DONE
        for m in contract.milestones
    )


def _terms(ctx: _Ctx, state: StateView, at: datetime) -> PlannedEmail | None:
    """The contract's terms email at ``at``, if not sent yet and still worth sending."""
    key = SendKey(ctx.contract.id, None, stages.TERMS, 0)
    if key in state.sends or not _wants_terms(ctx.contract, state):
        return None
    return _email(ctx, key, at, state.bad_addresses)


def _settled(settings: Settings, state: StateView, contract_id: str, at: datetime) -> datetime:
    """``at``, or later when the contract just appeared and is still settling."""
    settle = timedelta(minutes=settings.new_contract_settle_minutes)
    until = settle_until(contract_id, state.contracts_seen, settle)
    return at if until is None else max(at, until)


def _sort_key(email: PlannedEmail) -> tuple:
    k = email.key
    return (email.at, email.client, k.contract, k.milestone or "", _STAGE_ORDER[k.stage], k.seq)


# --- public entry points ------------------------------------------------------------------


def due_emails(config: Config, state: StateView, now: datetime) -> list[PlannedEmail]:
    """Everything a tick at ``now`` must send, sorted by nominal time.

    ``at`` is the nominal slot; an email that was caught up or held goes out now anyway.
    """
    # a skip recorded in the future (the clock came back from a jump) is not final
    ledger = Ledger(config, replace(state, sends=live_records(state.sends, now)))
    out: list[PlannedEmail] = []
    for view in ledger.contracts():
        ctx = _context(config, view)
        contract = view.contract
        if not ctx.in_window(now) or _settled(config.settings, state, contract.id, now) > now:
            continue
        terms = _terms(ctx, state, state.contracts_seen.get(contract.id, now).astimezone(ctx.tz))
        if terms is not None:
            out.append(terms)
        for milestone in contract.milestones:
            email = _decide(
                ctx,
                milestone,
                None,
                state.milestone(contract.id, milestone.id),
                ledger.sends(contract.id, milestone.id),
                state.bad_addresses,
                now,
            )
            if email is not None:
                out.append(email)
    out.sort(key=_sort_key)
    logger.debug("tick at %s: %d emails due", now.isoformat(), len(out))
    return out


def _plan_milestone(
    ctx: _Ctx,
    milestone: Milestone,
    state: StateView,
    records: Mapping[SendKey, SendRecord],
    start: datetime,
    end: datetime | None,
) -> list[PlannedEmail]:
    """Replay the ticks of one milestone from ``start`` to ``end`` (None: until it ends).

    Between ticks nothing changes, and a decision can only change at the first opening
    after ``start``, after the hold ends, or after a timeline slot passes; so those
    instants are the only ticks replayed (an extra tick would decide nothing new).
    """
    ms = state.milestone(ctx.contract.id, milestone.id)
    timeline = _timeline(ctx, milestone)
    changes = [start] + [at for _, at in timeline if at > start]
    if ms.hold_until is not None and ms.hold_until > start:
        changes.append(ms.hold_until)
    for record in correspondence(records.values(), ctx.contract.id, milestone.id).chase:
        changes += _after_gaps(ctx, record.at, start)
    instants = sorted({ctx.opening(t) for t in changes})
    sim: _Records = dict(records)
    out: list[PlannedEmail] = []
    while instants:
        tick = instants.pop(0)
        if end is not None and tick > end:
            break
        email = _decide(ctx, milestone, timeline, ms, sim, state.bad_addresses, tick)
        if email is None:
            continue
        # a rung (or a paced catch-up) that waits for this email opens a few days later
        later = {ctx.opening(t) for t in _after_gaps(ctx, tick, tick)}
        instants = sorted(set(instants) | later)
        out.append(replace(email, at=tick))
        for key in email.supersedes:
            sim[key] = SendRecord(key, message_id(key, ctx.domain), "skipped", tick)
        sim[email.key] = SendRecord(
            email.key, message_id(email.key, ctx.domain), "sent", tick, email.to
        )
    return out


def _after_gaps(ctx: _Ctx, sent: datetime, start: datetime) -> list[datetime]:
    """The days after ``sent`` on which a waiting rung (:mod:`ladder`) may open."""
    day = sent.astimezone(ctx.tz).date()
    out = []
    for gap in ladder.gaps(ctx.policy):
        at = datetime.combine(day + timedelta(days=gap), time.min, ctx.tz)
        if at > start:
            out.append(at)
    return out


def plan_window(
    config: Config, state: StateView, start: datetime, end: datetime
) -> list[PlannedEmail]:
    """Every email ticks would send in [start, end] if no one replied, in time order.

    ``at`` is the instant it would actually go out: the first opening of the send window
    at or after max(start, nominal slot, hold_until).
    """
    ledger = Ledger(config, replace(state, sends=live_records(state.sends, start)))
    out: list[PlannedEmail] = []
    for view in ledger.contracts():
        ctx = _context(config, view)
        contract = view.contract
        begin = _settled(config.settings, state, contract.id, start)
        terms = _terms(ctx, state, ctx.opening(begin))
        if terms is not None and terms.at <= end:
            out.append(terms)
        for milestone in contract.milestones:
            records = ledger.sends(contract.id, milestone.id)
            out += _plan_milestone(ctx, milestone, state, records, begin, end)
    out.sort(key=_sort_key)
    return out


def next_email(
    config: Config,
    state: StateView,
    contract_id: str,
    milestone_id: str | None,
    now: datetime,
    *,
    ledger: Ledger | None = None,
) -> PlannedEmail | None:
    """The next email of one milestone (or the contract's terms, milestone None), or None.

    ``at`` is when it would actually be sent. None when nothing more will be sent: the
    chase is over, paused without end, disputed, the due date is unknown, or the email is
    undeliverable (see :func:`undeliverable`). Pass the ``ledger`` of (config, state) when
    asking for many milestones.
    """
    ledger = ledger or Ledger(config, state)
    view = ledger.contract(contract_id)
    found = ledger.milestone(contract_id, milestone_id)
    if view is None or (milestone_id is not None and found is None):
        return None
    ctx = _context(config, view)
    begin = _settled(config.settings, state, contract_id, now)
    if found is None:
        return _terms(ctx, state, ctx.opening(begin))
    milestone = found.milestone
    records = live_records(ledger.sends(contract_id, milestone_id), now)
    planned = _plan_milestone(ctx, milestone, state, records, begin, None)
    return planned[0] if planned else None
