"""The rungs of the chase: a formal stage only after the earlier ones really went out.

The nominal timeline (notice, due, reminders, demand, escalate, legal) says *when* each
stage is due. It does not say the client was told. A contract added already overdue (a
PM's first day), a long hold or a daemon that was down would otherwise jump straight to a
demand letter or an escalation "after repeated reminders" that were never sent. So:

* Soft stages (notice, due, reminder) follow the calendar; a catch-up sends the latest one
  due and skips the older ones. The first email about a milestone is therefore always a
  plain statement of what is outstanding, at the tone its lateness warrants.
* ``demand`` needs at least the configured number of reminders really sent (at least one),
  the last one as long ago as the calendar spaces the last reminder and the demand; until
  then another reminder goes out every ``reminder_every_days``.
* ``escalate`` needs the demand sent ``escalate_after_days - demand_after_days`` days
  before; ``legal`` needs the escalation sent ``legal_after_days - escalate_after_days``
  days before, and so does the optional ``suspend`` (``suspend_after_days -
  escalate_after_days``).

Pure: a function of the due timeline entries, what was sent, the policy and ``now``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from daemon.config.records import Policy
from daemon.domain import stages
from daemon.domain.correspondence import Correspondence
from daemon.domain.state import SendKey, SendRecord

FORMAL = stages.FORMAL
"""Stages that need the earlier rungs really sent (``formal`` in the stage table)."""

Opening = Callable[[datetime], datetime]
"""The next send-window opening at or after an instant (the client's calendar)."""


@dataclass(frozen=True)
class Rungs:
    """What one milestone's rungs are judged on: its letters really sent, every send
    record, the policy, the client's zone and send window, and now."""

    letters: Correspondence
    records: Mapping[SendKey, SendRecord]
    policy: Policy
    tz: ZoneInfo
    opening: Opening
    now: datetime


@dataclass(frozen=True)
class Step:
    """The email one milestone sends now, and the older due stages it makes obsolete."""

    key: SendKey
    at: datetime
    supersedes: tuple[SendKey, ...] = ()


def _reminder_slots(policy: Policy) -> int:
    slots = 0
    while (slots + 1) * policy.reminder_every_days < policy.demand_after_days:
        slots += 1
    return slots


def required_reminders(policy: Policy) -> int:
    """Reminders to send before a demand: the calendar's reminder slots, at least one."""
    return max(_reminder_slots(policy), 1)


def demand_gap(policy: Policy) -> int:
    """Days from the last reminder to the demand, as the calendar spaces them (30 - 28)."""
    slots = _reminder_slots(policy)
    if slots == 0:
        return min(policy.reminder_every_days, policy.demand_after_days)
    return policy.demand_after_days - slots * policy.reminder_every_days


def gaps(policy: Policy) -> tuple[int, ...]:
    """Every waiting time (days) a rung can need after an email: planning replays them."""
    return (
        policy.reminder_every_days,
        demand_gap(policy),
        policy.escalate_after_days - policy.demand_after_days,
        policy.legal_after_days - policy.escalate_after_days,
        (policy.suspend_after_days or policy.legal_after_days) - policy.escalate_after_days,
    )


def next_step(due: list[tuple[SendKey, datetime]], rungs: Rungs) -> Step | None:
    """What to send now, given the timeline entries due and not yet decided (oldest first)."""
    soft = [(k, at) for k, at in due if k.stage not in FORMAL]
    formal = [(k, at) for k, at in due if k.stage in FORMAL]
    if formal:
        key, at = formal[0]
        if _rung_ready(key.stage, rungs.letters, rungs.policy, rungs.tz, rungs.now):
            return Step(key, at, tuple(k for k, _ in soft))
    if soft:
        key, at = soft[-1]
        return Step(key, at, tuple(k for k, _ in soft[:-1]))
    if formal and formal[0][0].stage == "demand":
        return _extra_reminder(formal[0][0], rungs)
    return None


def after_skip(contract: str, milestone: str, rungs: Rungs) -> Step | None:
    """A reminder every ``reminder_every_days`` once the PM skipped a formal letter.

    ``skip`` drops that one letter (issue 14.3); the PM did not ask for silence (that is
    ``pause`` or ``stop``). The rungs that build on the skipped letter are not sent — they
    would cite a letter the client never got — so the chase goes on with reminders.
    """
    skipped = any(
        k.contract == contract
        and k.milestone == milestone
        and k.stage in FORMAL
        and r.status == "skipped"
        for k, r in rungs.records.items()
    )
    last = rungs.letters.last()
    if not skipped or last is None:
        return None
    return _next_reminder(contract, milestone, rungs)


def _rung_ready(
    stage: str, letters: Correspondence, policy: Policy, tz: ZoneInfo, now: datetime
) -> bool:
    if stage == "demand":
        enough = letters.count("reminder") >= required_reminders(policy)
        return enough and _waited(letters.last(), demand_gap(policy), tz, now)
    if stage == "escalate":
        days = policy.escalate_after_days - policy.demand_after_days
        return _waited(letters.last(("demand",)), days, tz, now, needed=True)
    if stage == "suspend":
        days = (policy.suspend_after_days or 0) - policy.escalate_after_days
        return _waited(letters.last(("escalate",)), days, tz, now, needed=True)
    days = policy.legal_after_days - policy.escalate_after_days
    return _waited(letters.last(("escalate",)), days, tz, now, needed=True)


def _extra_reminder(demand: SendKey, rungs: Rungs) -> Step | None:
    """One more reminder while the demand waits for enough of them (or for the gap)."""
    if rungs.letters.count("reminder") >= required_reminders(rungs.policy):
        return None
    return _next_reminder(demand.contract, demand.milestone, rungs)


def _next_reminder(contract: str, milestone: str | None, rungs: Rungs) -> Step | None:
    """The next reminder once ``reminder_every_days`` passed since the last letter (at
    once if none went): numbered after every reminder recorded, in the send window."""
    last, tz, now = rungs.letters.last(), rungs.tz, rungs.now
    if not _waited(last, rungs.policy.reminder_every_days, tz, now):
        return None
    seqs = [k.seq for k in rungs.records if k.stage == "reminder"]
    key = SendKey(contract, milestone, "reminder", max(seqs, default=0) + 1)
    if last is None:
        return Step(key, now)
    at = rungs.opening(_start_of(_day(last.at, tz) + _days(rungs.policy), tz))
    return Step(key, min(at, now))


def _waited(
    last: SendRecord | None, days: int, tz: ZoneInfo, now: datetime, *, needed: bool = False
) -> bool:
    """True when ``days`` calendar days passed since ``last`` (or nothing was needed)."""
    if last is None:
        return not needed
    return _day(now, tz) >= _day(last.at, tz) + timedelta(days=days)


def _day(at: datetime, tz: ZoneInfo) -> date:
    return at.astimezone(tz).date()


def _days(policy: Policy) -> timedelta:
    return timedelta(days=policy.reminder_every_days)


def _start_of(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time.min, tz)
