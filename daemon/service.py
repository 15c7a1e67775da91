"""The daemon: wakes up on a schedule, runs ticks, reloads config, stops cleanly.

The ``schedule`` library only decides *when* to wake up; what to do is decided from the
stored state by the engine, so a missed wake-up (daemon down, laptop asleep) costs nothing:
the next tick catches up. Following rq/huey:

- signal handlers only set flags; the loop sleeps on ``stop.wait(timeout)`` so SIGTERM wakes
  it at once, and the email in flight is finished before exiting;
- every job runs inside its own ``try/except`` with ``log.exception``: the loop lives on
  (``schedule`` itself would let the exception escape and never reschedule the job);
- a bad config edit keeps the last good config in force; the errors are logged once per edit.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

import schedule

from daemon.clock import Clock
from daemon.config import config_fingerprint, load_config
from daemon.engine import Engine, TickResult
from daemon.errors import ConfigError
from daemon.models import Config
from daemon.runtime import open_runtime

log = logging.getLogger(__name__)

CONFIG_CHECK_SECONDS = 5


class Daemon:
    """Owns the loop; everything it does goes through an :class:`Engine`."""

    def __init__(self, config_path: Path, config: Config, clock: Clock) -> None:
        self.config_path = config_path
        self.clock = clock
        self.stop = threading.Event()
        self.reload_requested = threading.Event()
        self._fingerprint = config_fingerprint(config_path)
        self._reported_fingerprint: object = None
        self.runtime = open_runtime(config, stop=self.stop)
        self.engine: Engine = self.runtime.engine

    # -- one step -------------------------------------------------------------
    def tick(self) -> TickResult:
        now = self.clock.now()
        result = self.engine.tick(now)
        if result.sent or result.deferred or result.failed:
            log.info(
                "tick at %s: %d sent, %d skipped, %d deferred, %d failed",
                now.isoformat(timespec="seconds"),
                len(result.sent),
                len(result.skipped),
                len(result.deferred),
                len(result.failed),
            )
        return result

    def check_config(self) -> None:
        """Reload the config if its files changed (or SIGHUP asked); keep the old one if bad."""
        fingerprint = config_fingerprint(self.config_path)
        if fingerprint == self._fingerprint and not self.reload_requested.is_set():
            return
        self.reload_requested.clear()
        try:
            config = load_config(self.config_path)
        except ConfigError as exc:
            if fingerprint != self._reported_fingerprint:
                self._reported_fingerprint = fingerprint
                log.error("config edit rejected, the last good config stays in force:\n%s", exc)
            return
        self._fingerprint = fingerprint
        self.engine.reconfigure(config)
        log.info(
            "config reloaded from %s: %d clients, %d contracts",
            self.config_path,
            len(config.clients),
            sum(len(c.contracts) for c in config.clients),
        )
        # A new client or a moved date should not wait for the next scheduled tick.
        self.tick()

    # -- the loop -------------------------------------------------------------
    def run(self, *, once: bool = False) -> None:
        """Tick once (``once``) or until SIGTERM/SIGINT."""
        try:
            if once:
                self.tick()
                return
            self._install_signal_handlers()
            scheduler = schedule.Scheduler()
            tick_seconds = self.engine.config.settings.tick_seconds
            scheduler.every(tick_seconds).seconds.do(self._guarded, self.tick)
            scheduler.every(CONFIG_CHECK_SECONDS).seconds.do(self._guarded, self.check_config)
            log.info("cuikuan running: a tick every %d s", tick_seconds)
            self._guarded(self.tick)
            while not self.stop.is_set():
                if self.reload_requested.is_set():
                    self._guarded(self.check_config)
                scheduler.run_pending()
                idle = scheduler.idle_seconds
                self.stop.wait(timeout=max(0.0, min(idle if idle is not None else 1.0, 1.0)))
            log.info("stopping: signal received")
        finally:
            self.runtime.close()

    def _guarded(self, job: Callable[[], object]) -> None:
        try:
            job()
        except Exception:
            log.exception("%s failed; the daemon carries on", getattr(job, "__name__", job))

    def _install_signal_handlers(self) -> None:
        def on_stop(signum: int, _frame: FrameType | None) -> None:
            log.info("received %s", signal.Signals(signum).name)
            self.stop.set()

        def on_hup(_signum: int, _frame: FrameType | None) -> None:
            self.reload_requested.set()

        signal.signal(signal.SIGTERM, on_stop)
        signal.signal(signal.SIGINT, on_stop)
        signal.signal(signal.SIGHUP, on_hup)
