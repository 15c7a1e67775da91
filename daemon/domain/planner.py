"""The chase planner: which emails are due, as a pure function of (config, state, now).

Each milestone has a nominal timeline (:mod:`daemon.domain.timeline`: notice, due,
reminders, demand, escalate, legal), every stage at the opening of the client's send
window on a working day. A tick asks :func:`due_emails` what to send *now*;
:func:`daemon.domain.forecast.plan_window` answers the same question for a whole period by
replaying :func:`decide` on a simulated copy of the state, so ``cuikuan plan`` and
``cuikuan status`` never disagree with what the daemon will do.

Rules worth knowing:

* Catch-up sends the current stage only: if several stages of a milestone are due (the
  daemon was down, the contract was added late, a hold just ended), the latest is sent and
  the earlier ones are listed in ``supersedes`` (the store marks them skipped).
* Nothing is sent outside the client's send window or on a non-working day; the email stays
  due and goes at the next opening.
* ``disputed``, ``stopped``, ``paid`` and ``claimed_paid`` milestones are not chased; a
  ``paid:`` entry in the YAML wins over any state. A part dispute (``dispute 20,000 …``)
  holds only that part: the milestone is chased while anything undisputed remains.
  ``thanks`` (a receipt) follows only a
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
from dataclasses import replace
from datetime import datetime, timedelta

from daemon.config.records import Config, Contract, Milestone, Settings
from daemon.domain import disputes, ladder, stages
from daemon.domain.calendar import send_slot
from daemon.domain.clock_guard import limit_catch_up, live_records
from daemon.domain.correspondence import correspondence
from daemon.domain.emails import PlannedEmail
from daemon.domain.ledger import Ledger, effective_status
from daemon.domain.payments import paid_so_far, payment
from daemon.domain.recipients import recipients, undeliverable
from daemon.domain.settle import settle_until
from daemon.domain.state import MilestoneState, SendKey, SendRecord, StateView
from daemon.domain.timeline import (
    ChaseContext,
    Timeline,
    chase_context,
    milestone_timeline,
    nominal_dates,
)

logger = logging.getLogger(__name__)


_STAGE_ORDER = stages.STAGE_ORDER
_NOT_CHASED = frozenset({"disputed", "stopped", "paid", "claimed_paid"})
_THANKED = frozenset({"paid"})
_HELD = frozenset({"promised", "paused"})
_DONE = frozenset({"paid", "claimed_paid", "stopped"})
__all__ = [
    "due_emails",
    "milestone_timeline",
    "recipients",
    "undeliverable",
]


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
    ctx: ChaseContext,
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


def _thanks_at(
    ctx: ChaseContext, milestone: Milestone, ms: MilestoneState, now: datetime
) -> datetime:
    paid = payment(ctx.contract, milestone, ms, ctx.tz)
    if paid.stated and paid.on is not None:
        nominal = send_slot(paid.on, ctx.tz, ctx.policy.send_window, ctx.cal)
    elif paid.recorded_at is not None:
        nominal = paid.recorded_at.astimezone(ctx.tz)
    else:
        nominal = now.astimezone(ctx.tz)
    return min(nominal, now.astimezone(ctx.tz))


def _due_now(
    ctx: ChaseContext,
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
    nominal = nominal_dates(ctx.settings, ctx.contract, milestone, ctx.policy)
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


def decide(
    ctx: ChaseContext,
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
    if disputes.is_part(ms) and disputes.nothing_to_chase(
        paid_so_far(ctx.contract, milestone, ms), ms
    ):
        return None  # all that remains is disputed: it waits for the PM (issue 14.4)
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
    rungs = ladder.Rungs(letters, records, ctx.policy, ctx.tz, ctx.opening, now)
    step = ladder.next_step(due, rungs) if due else None
    if step is None:  # a formal letter the PM skipped: reminders go on (issue 14.3)
        step = ladder.after_skip(ctx.contract.id, milestone.id, rungs)
    if step is None:
        return None
    return _email(ctx, step.key, step.at, bad, _thread(records), step.supersedes)


def _promise_broken(
    ctx: ChaseContext,
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


def terms_email(ctx: ChaseContext, state: StateView, at: datetime) -> PlannedEmail | None:
    """The contract's terms email at ``at``, if not sent yet and still worth sending."""
    key = SendKey(ctx.contract.id, None, stages.TERMS, 0)
    if key in state.sends or not _wants_terms(ctx.contract, state):
        return None
    return _email(ctx, key, at, state.bad_addresses)


def settled_at(settings: Settings, state: StateView, contract_id: str, at: datetime) -> datetime:
    """``at``, or later when the contract just appeared and is still settling."""
    settle = timedelta(minutes=settings.new_contract_settle_minutes)
    until = settle_until(
        contract_id, state.contracts_seen, settle, state.contracts_edited, state.first_seen
    )
    return at if until is None else max(at, until)


def sort_key(email: PlannedEmail) -> tuple:
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
        ctx = chase_context(config, view)
        contract = view.contract
        if not ctx.in_window(now) or settled_at(config.settings, state, contract.id, now) > now:
            continue
        terms = terms_email(
            ctx, state, state.contracts_seen.get(contract.id, now).astimezone(ctx.tz)
        )
        if terms is not None:
            out.append(terms)
        for milestone in contract.milestones:
            email = decide(
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
    out.sort(key=sort_key)
    logger.debug("tick at %s: %d emails due", now.isoformat(), len(out))
    return out
