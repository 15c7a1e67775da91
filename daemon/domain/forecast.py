"""The chase ahead: what ticks would send over a period, by replaying the planner's decision.

Why apart from :mod:`daemon.domain.planner`: ``cuikuan plan``, ``status`` and reports ask
for the future, the daemon for *now*; both go through :func:`daemon.domain.planner.decide`
on a simulated copy of the records, so they never disagree with what the daemon will do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

from daemon.config.records import Config, Milestone
from daemon.domain import ladder
from daemon.domain.clock_guard import live_records
from daemon.domain.correspondence import correspondence
from daemon.domain.emails import PlannedEmail, message_id
from daemon.domain.ledger import Ledger
from daemon.domain.planner import decide, settled_at, sort_key, terms_email
from daemon.domain.state import MilestoneState, SendKey, SendRecord, StateView
from daemon.domain.timeline import ChaseContext, Timeline, chase_context, slots

_Records = dict[SendKey, SendRecord]


def _plan_milestone(
    ctx: ChaseContext,
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
    timeline = slots(ctx, milestone)
    changes = _changes(ctx, milestone, ms, timeline, records, start)
    instants = sorted({ctx.opening(t) for t in changes})
    sim: _Records = dict(records)
    secret = state.message_key
    out: list[PlannedEmail] = []
    while instants:
        tick = instants.pop(0)
        if end is not None and tick > end:
            break
        email = decide(ctx, milestone, timeline, ms, sim, state.bad_addresses, tick)
        if email is None:
            continue
        # a rung (or a paced catch-up) that waits for this email opens a few days later
        later = {ctx.opening(t) for t in _after_gaps(ctx, tick, tick)}
        instants = sorted(set(instants) | later)
        out.append(replace(email, at=tick))
        for key in email.supersedes:
            sim[key] = SendRecord(key, message_id(key, ctx.domain, secret), "skipped", tick)
        sim[email.key] = SendRecord(
            email.key, message_id(email.key, ctx.domain, secret), "sent", tick, email.to
        )
    return out


@dataclass(frozen=True)
class Hold:
    """How long the next email found at one ``now`` stays the answer for a later ``now``.

    For every later ``now`` before ``until`` (None: any later one) the email is the same;
    when ``follows_now`` its time is ``max(now, the time found)`` (it was due at the first
    opening: it goes out at the tick that runs ``now``, in the zone of the time found).
    """

    until: datetime | None
    follows_now: bool = False


def _first_email(
    ctx: ChaseContext,
    milestone: Milestone,
    state: StateView,
    records: Mapping[SendKey, SendRecord],
    start: datetime,
) -> tuple[PlannedEmail | None, Hold]:
    """The first email of :func:`_plan_milestone` (``end`` None), without the rest, and
    how long it holds for a later ``start`` (:class:`Hold`).

    The same ticks in the same order until the first email: the replay only adds ticks
    after an email, and the opening of an instant never comes before the opening of an
    earlier one, so the openings of the sorted instants are the sorted openings; each is
    worked out only when reached (``status`` asks this for every milestone; most answer at
    the first or second tick).

    Why the hold is right (the status summary, :mod:`daemon.reports.summary`, relies on
    it): a decision changes only at a change instant. A later start before the instant
    that gave the email meets the same decisions: none, then the email at the same tick.
    An email at the very first tick goes out at the opening of the start: the same
    decision at every tick of that send window until the next change instant.
    """
    ms = state.milestone(ctx.contract.id, milestone.id)
    timeline = slots(ctx, milestone)
    previous = None
    instants = sorted(_changes(ctx, milestone, ms, timeline, records, start))
    for instant in instants:
        tick = ctx.opening(instant)
        if tick == previous:
            continue
        email = decide(ctx, milestone, timeline, ms, records, state.bad_addresses, tick)
        if email is not None:
            if previous is not None:
                return replace(email, at=tick), Hold(instant)
            window = ctx.policy.send_window
            closes = datetime.combine(tick.date(), window.end, ctx.tz)
            ends = [closes, *(at for at in instants if at > tick)]
            return replace(email, at=tick), Hold(min(ends), follows_now=True)
        previous = tick
    return None, Hold(None)


def _changes(
    ctx: ChaseContext,
    milestone: Milestone,
    ms: MilestoneState,
    timeline: Timeline,
    records: Mapping[SendKey, SendRecord],
    start: datetime,
) -> list[datetime]:
    """The instants after which a decision can change (their openings are the ticks)."""
    changes = [start] + [at for _, at in timeline if at > start]
    if ms.hold_until is not None and ms.hold_until > start:
        changes.append(ms.hold_until)
    for record in correspondence(records.values(), ctx.contract.id, milestone.id).chase:
        changes += _after_gaps(ctx, record.at, start)
    return changes


def _after_gaps(ctx: ChaseContext, sent: datetime, start: datetime) -> list[datetime]:
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
        ctx = chase_context(config, view)
        contract = view.contract
        begin = settled_at(config.settings, state, contract.id, start)
        terms = terms_email(ctx, state, ctx.opening(begin))
        if terms is not None and terms.at <= end:
            out.append(terms)
        for milestone in contract.milestones:
            records = ledger.sends(contract.id, milestone.id)
            out += _plan_milestone(ctx, milestone, state, records, begin, end)
    out.sort(key=sort_key)
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
    ctx = chase_context(config, view)
    begin = settled_at(config.settings, state, contract_id, now)
    if found is None:
        return terms_email(ctx, state, ctx.opening(begin))
    milestone = found.milestone
    records = live_records(ledger.sends(contract_id, milestone_id), now)
    return _first_email(ctx, milestone, state, records, begin)[0]


def next_emails(
    config: Config,
    state: StateView,
    keys: Iterable[tuple[str, str]],
    now: datetime,
    *,
    ledger: Ledger | None = None,
    holds: dict[tuple[str, str], Hold] | None = None,
) -> dict[tuple[str, str], PlannedEmail]:
    """:func:`next_email` of each (contract, milestone) of ``keys`` that has one.

    The same answers, with each contract's context and settle time worked out once, not
    once per milestone (``status`` asks for every milestone of 10,000 contracts).
    ``holds``: filled with each key's :class:`Hold` (for the status summary).
    """
    ledger = ledger or Ledger(config, state)
    contexts: dict[str, tuple[ChaseContext, datetime]] = {}
    out: dict[tuple[str, str], PlannedEmail] = {}
    for contract_id, milestone_id in keys:
        found = ledger.milestone(contract_id, milestone_id)
        if found is None:
            continue
        if contract_id not in contexts:
            begin = settled_at(config.settings, state, contract_id, now)
            contexts[contract_id] = (chase_context(config, found.contract), begin)
        ctx, begin = contexts[contract_id]
        sends = ledger.sends(contract_id, milestone_id)
        records = live_records(sends, now)
        email, hold = _first_email(ctx, found.milestone, state, records, begin)
        if email is not None:
            out[contract_id, milestone_id] = email
        if holds is not None:
            # a skip recorded after now (a clock jump) counts again once now passes it
            ends = [r.at for r in sends.values() if r.at > now and r.status == "skipped"]
            if hold.until is not None:
                ends.append(hold.until)
            holds[contract_id, milestone_id] = replace(hold, until=min(ends, default=None))
    return out
