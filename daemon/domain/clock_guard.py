"""Sanity rules for the clock (pure): a jump ahead must not fast-forward the chase.

Why: everything cuikuan sends is a function of ``now``. A server whose clock jumps a year
ahead (a dead RTC battery, a bad NTP source, a restored VM image) would otherwise send
every legal letter at once and record every earlier stage as skipped — and when the
clock came back, nothing would ever be sent again. So:

* :func:`check_clock`: when ``now`` is more than ``max_gap`` beyond the last recorded
  activity, the daemon acts on nothing and the PM is asked to confirm the time
  (``cuikuan run --accept-clock``). A clock that went *back* is not refused: the past
  is known, and the rules below keep the chase intact.
* :func:`limit_catch_up`: a catch-up never skips more than one stage, and a chase under
  way that fell behind resumes at its normal pace (one email per reminder interval).
* :func:`live_records`: a stage recorded as skipped at a time still in the future (the
  clock came back after a jump) is not final: the planner treats it as never decided.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from daemon.domain.state import SendKey, SendRecord, StateView


@dataclass(frozen=True)
class ClockVerdict:
    """Whether the daemon may act at ``now``, and the facts the PM is told when not."""

    ok: bool
    now: datetime
    last: datetime | None
    """The last recorded activity (None: nothing recorded yet, a first run)."""
    max_gap: timedelta

    @property
    def gap(self) -> timedelta:
        return self.now - self.last if self.last is not None else timedelta(0)


def check_clock(now: datetime, last: datetime | None, max_gap: timedelta) -> ClockVerdict:
    """May the daemon act at ``now``, given its last recorded activity ``last``?"""
    ok = last is None or now - last <= max_gap
    return ClockVerdict(ok, now, last, max_gap)


def last_activity(state: StateView) -> datetime | None:
    """The latest instant the state records (sends, contracts first seen, state changes).

    The fallback when no heartbeat was recorded yet (a state written by an older cuikuan).
    """
    instants: list[datetime] = [r.at for r in state.sends.values()]
    instants += state.contracts_seen.values()
    instants += [m.updated_at for m in state.milestones.values() if m.updated_at is not None]
    return max(instants, default=None)


def limit_catch_up(
    due: Sequence[tuple[SendKey, datetime]],
    last_sent: datetime | None,
    pace_days: int,
    tz: tzinfo,
    now: datetime,
) -> list[tuple[SendKey, datetime]]:
    """The part of ``due`` ((stage, nominal slot) due now, oldest first) a tick acts on.

    The planner sends the last element and skips the others: at most one is skipped.
    When the client has heard from cuikuan before (``last_sent``, its last chase email),
    a stage already due when that email went out is behind: it waits ``pace_days``
    calendar days after it, so the chase resumes at its normal pace instead of sending
    the stages it fell behind on one tick after another. A first contact (nothing sent
    yet) is left to the planner's own rule: one email at the tone its lateness warrants.
    """
    if last_sent is None:
        return list(due)
    behind = any(slot <= last_sent for _key, slot in due)
    if behind and _day(now, tz) < _day(last_sent, tz) + timedelta(days=pace_days):
        return []
    return list(due[:2])


def _day(at: datetime, tz: tzinfo) -> date:
    return at.astimezone(tz).date()


def live_records(records: Mapping[SendKey, SendRecord], now: datetime) -> dict[SendKey, SendRecord]:
    """``records`` without skips recorded after ``now`` (the clock came back from a jump)."""
    return {k: r for k, r in records.items() if not _future_skip(r, now)}


def _future_skip(record: SendRecord, now: datetime) -> bool:
    return record.status == "skipped" and record.at > now
