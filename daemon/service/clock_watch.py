"""The clock guard's shell: remember when the daemon last acted, hold it after a jump.

The daemon asks :meth:`ClockWatch.allows` before each cycle. The last time it acted (its
heartbeat) is kept in ``data/clock.json``, written atomically, at most every
:data:`HEARTBEAT_EVERY` (and whenever the clock went back). Without that file (a first
run, or a state from an older cuikuan) the latest instant the state records is used.

When ``now`` is more than ``settings.clock_jump_days`` beyond the heartbeat
(:func:`daemon.domain.clock_guard.check_clock`), nothing is done: no inbox, no chase, no
report, and the heartbeat is not moved (or the next cycle would take the jump for
normal). The PM gets one alert per jump. ``cuikuan run --accept-clock`` (or a fixed
clock) ends the hold.
"""

from __future__ import annotations

import json
import logging
import os
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from daemon.domain.clock_guard import ClockVerdict, check_clock, last_activity
from daemon.outbox.alerts import Alerts
from daemon.storage.store import Store

log = logging.getLogger(__name__)

CLOCK_FILE = "clock.json"
HEARTBEAT_EVERY = timedelta(minutes=10)
"""The heartbeat is written when it is older than this (not every tick)."""


class ClockWatch:
    """Decides, before each cycle, whether ``now`` is a time the daemon may act at."""

    def __init__(
        self, data_dir: Path, max_gap: timedelta, store: Store, alerts: Alerts, tz: tzinfo
    ) -> None:
        self.path = data_dir / CLOCK_FILE
        self.tz = tz
        """The PM's timezone, for the times in the alert."""
        self.max_gap = max_gap
        self.store = store
        self.alerts = alerts
        self._held: datetime | None = None
        """The heartbeat of the jump being held (logged once per jump)."""

    def allows(self, now: datetime, *, accept: bool = False) -> bool:
        """True when the daemon may act at ``now``; ``accept`` takes ``now`` as true."""
        last = self.last_seen()
        verdict = check_clock(now, last, self.max_gap)
        if accept and not verdict.ok:
            log.warning(
                "clock accepted at %s, %s after the last activity (%s)",
                now.isoformat(timespec="minutes"),
                _days(verdict.gap),
                last.isoformat(timespec="minutes") if last else "-",
            )
        if verdict.ok or accept:
            if self._held is not None:
                log.info("the clock is plausible again: acting from %s on", now.isoformat())
                self._held = None
            if last is None or now < last or now - last >= HEARTBEAT_EVERY or accept:
                self._write(now)
            return True
        self._hold(verdict)
        return False

    def last_seen(self) -> datetime | None:
        """The heartbeat, or the state's latest instant when there is none."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return datetime.fromisoformat(str(data["last_seen"]))
        except FileNotFoundError:
            return last_activity(self.store.snapshot())
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("%s is unreadable (%s): using the state's last activity", self.path, exc)
            return last_activity(self.store.snapshot())

    def _hold(self, verdict: ClockVerdict) -> None:
        assert verdict.last is not None
        last = verdict.last
        if self._held == last:
            return  # logged and alerted already (one line per state change)
        self._held = last
        if not self.path.exists():
            # Pin the reference first: without a heartbeat the state's last activity is
            # used, and the alert below is recorded in the state at ``now``: it would make
            # the next cycle take the jump for normal and act.
            self._write(last)
        log.error(
            "the clock says %s, %s after the last activity (%s): acting on nothing until "
            "the time is confirmed (cuikuan run --accept-clock) or the clock is fixed",
            verdict.now.isoformat(timespec="minutes"),
            _days(verdict.gap),
            last.isoformat(timespec="minutes"),
        )
        # keyed by the jump: one email per jump, also across restarts
        self.alerts.alert(
            verdict.now,
            "clock_jump",
            f"clock:{last.isoformat()}",
            clock=self._local(verdict.now),
            last=self._local(last),
            gap=f"{verdict.gap.total_seconds() / 86400:.1f}",
            limit=f"{verdict.max_gap.total_seconds() / 86400:.0f}",
        )

    def _local(self, at: datetime) -> str:
        return at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M %z")

    def _write(self, now: datetime) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(self.path.name + ".tmp")
        data = json.dumps({"last_seen": now.isoformat()}).encode()
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                if os.write(fd, data) != len(data):
                    raise OSError(f"short write to {temp}")
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temp, self.path)
        except OSError as exc:  # the guard then falls back on the state; never stop the chase
            log.warning("cannot record the clock heartbeat in %s: %s", self.path, exc)


def _days(gap: timedelta) -> str:
    days = gap.total_seconds() / 86400
    return f"{days:.1f} days"
