"""A thread that waits for new mail (IMAP IDLE or Maildir polling) and wakes the daemon.

Only the waiting happens here. The watcher has its own :class:`MailSource` (an IMAP
connection is not shared between threads) and touches neither the store nor the engine:
it sets ``wake``, and the daemon's main thread, the single writer, reads and acts on the
mail. After a wake it waits until the main thread reports a finished cycle (``cycle_done``)
so a message the main thread has not filed yet does not wake it in a tight loop.

Before each wait it tells the source how far the main thread has read (``sync``), so IDLE
returns at once when mail arrived between two waits, and only then.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

from daemon.errors import InboxError
from daemon.health import Backoff
from daemon.inbox.source import MailSource

log = logging.getLogger(__name__)

ERROR_PAUSE_MAX_SECONDS = 60.0
"""Longest pause after errors in a row (1, 2, 4 … s; the IMAP source backs off too)."""
CYCLE_WAIT_SECONDS = 30.0
"""How long to wait for the main thread to finish a cycle before watching again anyway."""


class InboxWatcher(threading.Thread):
    """``wake.set()`` whenever new mail may have arrived; stops when ``stop`` is set."""

    def __init__(
        self,
        source: MailSource,
        sync: Callable[[MailSource], None],
        wake: threading.Event,
        cycle_done: threading.Event,
        stop: threading.Event,
        *,
        timeout: float,
    ) -> None:
        super().__init__(name="cuikuan-inbox-watcher", daemon=True)
        self.source = source
        self.sync = sync
        self.wake = wake
        self.cycle_done = cycle_done
        self.stop = stop
        self.timeout = timeout
        self.wakeups = 0
        self.backoff = Backoff("inbox watcher", most=ERROR_PAUSE_MAX_SECONDS)

    def run(self) -> None:
        log.info("inbox watcher started")
        try:
            while not self.stop.is_set():
                self._once()
        finally:
            with contextlib.suppress(InboxError):
                self.source.close()
            log.info("inbox watcher stopped")

    def _once(self) -> None:
        try:
            self.sync(self.source)
            active = self.source.wait_for_activity(self.timeout, self.stop)
        except Exception as exc:  # InboxError, or any surprise: the watcher outlives it
            self.backoff.failed(exc)  # one log line per change of state, then quiet
            self.stop.wait(max(0.0, self.backoff.retry_at - self.backoff.monotonic()))
            return
        self.backoff.succeeded()
        if not active:
            return
        self.cycle_done.clear()
        self.wake.set()
        self.wakeups += 1  # counted once the wake is out: a count seen means a wake sent
        waited = 0.0
        while not self.stop.is_set() and waited < CYCLE_WAIT_SECONDS:
            if self.cycle_done.wait(1.0):
                return
            waited += 1.0
