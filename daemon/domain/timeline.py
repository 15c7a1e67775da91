"""A milestone's nominal chase timeline: every scheduled stage at its send slot.

Why apart from :mod:`daemon.domain.planner`: the timeline is fixed by the config alone
(due date, policy offsets, send window, working days); the planner then decides, from the
state, which part of it is due. :class:`ChaseContext` is what both derive once per contract.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from daemon.config.records import Client, Config, Contract, Milestone, Policy, Settings
from daemon.domain import resolve, stages
from daemon.domain.calendar import WorkCalendar, in_send_window, next_opening, send_slot
from daemon.domain.ledger import ContractView, Ledger
from daemon.domain.recipients import configured
from daemon.domain.state import SendKey

Timeline = list[tuple[SendKey, datetime]]


@dataclass(frozen=True)
class ChaseContext:
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
        window = self.policy.send_window
        key = ("opening", after, self.tz, window.start, window.end, self.cal)
        found = _MEMO.get(key)
        if found is None:
            found = next_opening(after, self.tz, window, self.cal).astimezone(self.tz)
            _remember(key, found)
        return found

    def slot(self, day: date) -> datetime:
        """:func:`~daemon.domain.calendar.send_slot` of ``day`` in this contract's calendar."""
        window = self.policy.send_window
        key = ("slot", day, self.tz, window.start, window.end, self.cal)
        found = _MEMO.get(key)
        if found is None:
            found = send_slot(day, self.tz, window, self.cal)
            _remember(key, found)
        return found


_MEMO: dict[tuple[object, ...], datetime] = {}
"""Send slots and openings already worked out, for every contract: they depend only on
the instant or day, the timezone, the window and the calendar, and thousands of contracts
share them (``status`` at 10,000 contracts asked ~500,000 times for a few thousand)."""
_MEMO_MAX = 1 << 16


def _remember(key: tuple[object, ...], value: datetime) -> None:
    if len(_MEMO) >= _MEMO_MAX:  # a daemon asks about new instants forever: stay bounded
        _MEMO.clear()
    _MEMO[key] = value


def chase_context(config: Config, view: ContractView) -> ChaseContext:
    return ChaseContext(
        settings=config.settings,
        client=view.client,
        contract=view.contract,
        policy=view.policy,
        tz=view.timezone,
        cal=view.calendar,
        language=view.language,
        domain=resolve.message_id_domain(config),
    )


def nominal_dates(
    settings: Settings, contract: Contract, milestone: Milestone, policy: Policy
) -> list[tuple[str, int, date]]:
    """(stage, seq, nominal day) of every scheduled stage, before moving to working days.

    Each stage's :class:`~daemon.domain.stages.Offset` says how; a stage whose addressee
    is not configured (no ``settings.legal``) is left out.
    """
    due = resolve.due_date(contract, milestone)
    if due is None:
        return []
    notice = resolve.discount_deadline(contract, milestone) or due
    return [
        (name, seq, (notice if from_notice else due) + shift)
        for name, seq, from_notice, shift in _schedule(settings, policy)
    ]


_Schedule = tuple[tuple[str, int, bool, timedelta], ...]
_SCHEDULES: dict[tuple[int, int], tuple[Settings, Policy, _Schedule]] = {}
"""(settings, policy) -> their schedule, by identity: a tick asks for every milestone of
every contract, and the contracts without a policy of their own share ``settings.policy``."""


def _schedule(settings: Settings, policy: Policy) -> _Schedule:
    """(stage, seq, anchored on the notice day?, days after the anchor) of every scheduled
    stage: what :func:`nominal_dates` adds to each milestone's due date, worked out once per
    (settings, policy) instead of once per milestone (the tick at 10,000 contracts)."""
    key = (id(settings), id(policy))
    found = _SCHEDULES.get(key)
    if found is not None and found[0] is settings and found[1] is policy:
        return found[2]
    out: list[tuple[str, int, bool, timedelta]] = []
    for stage in stages.SCHEDULED:
        offset = stage.offset
        assert offset is not None  # every scheduled stage has one
        if not configured(settings, stage.recipients):
            continue
        from_notice = offset.anchor == "notice"
        shift = getattr(policy, offset.days) if offset.days else 0
        if shift is None:
            continue  # an optional stage the policy leaves out (suspend_after_days: None)
        if offset.every is None:
            out.append(
                (stage.name, 0, from_notice, timedelta(days=-shift if offset.before else shift))
            )
            continue
        every = getattr(policy, offset.every)
        until = getattr(policy, offset.until) if offset.until else every + 1
        k = 1
        while k * every < until:
            out.append((stage.name, k, from_notice, timedelta(days=shift + k * every)))
            k += 1
    schedule = tuple(out)
    if len(_SCHEDULES) >= 256:  # contracts with their own policy: a new one per ledger
        _SCHEDULES.clear()
    _SCHEDULES[key] = (settings, policy, schedule)
    return schedule


def slots(ctx: ChaseContext, milestone: Milestone) -> Timeline:
    return [
        (SendKey(ctx.contract.id, milestone.id, stage, seq), ctx.slot(day))
        for stage, seq, day in nominal_dates(ctx.settings, ctx.contract, milestone, ctx.policy)
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
    return slots(chase_context(config, view), milestone)
