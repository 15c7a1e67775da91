"""A repeating job that fails: back off, and log state changes rather than every attempt.

Left alone, a job that fails on every cycle (the inbox unreadable, the disk full, the IMAP
login refused) costs a traceback and a retry each time — thousands of lines, a busy CPU.
:class:`Backoff` makes each failing path wait 1, 2, 4 … up to 5 minutes between attempts
and logs one line per change of state::

    inbox: failing: [Errno 28] No space left on device (next attempt in 1 s)
    inbox: still failing after 8 attempts: … (next attempt in 128 s)
    inbox: recovered after 9 failed attempts

The traceback goes to DEBUG only. Time is a monotonic function, injectable for tests.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

FIRST_SECONDS = 1.0
MAX_SECONDS = 300.0


class Backoff:
    """The failure state of one job, named ``name`` in the log."""

    def __init__(
        self,
        name: str,
        monotonic: Callable[[], float] = time.monotonic,
        *,
        first: float = FIRST_SECONDS,
        most: float = MAX_SECONDS,
    ) -> None:
        self.name = name
        self.monotonic = monotonic
        self.first = first
        self.most = most
        self.failures = 0
        self.retry_at = 0.0

    @property
    def failing(self) -> bool:
        return self.failures > 0

    def ready(self) -> bool:
        """Whether the job may run now (not failing, or its wait is over)."""
        return not self.failures or self.monotonic() >= self.retry_at

    def failed(self, exc: BaseException) -> None:
        self.failures += 1
        wait = min(self.first * 2 ** min(self.failures - 1, 30), self.most)
        self.retry_at = self.monotonic() + wait
        reason = f"{type(exc).__name__}: {exc}"
        if self.failures == 1:
            log.warning("%s: failing: %s (next attempt in %.0f s)", self.name, reason, wait)
        elif self.failures & (self.failures - 1) == 0:  # 2, 4, 8, 16 …
            log.warning(
                "%s: still failing after %d attempts: %s (next attempt in %.0f s)",
                self.name,
                self.failures,
                reason,
                wait,
            )
        log.debug("%s failed", self.name, exc_info=exc)

    def succeeded(self) -> None:
        if self.failures:
            log.info("%s: recovered after %d failed attempt(s)", self.name, self.failures)
        self.failures = 0
        self.retry_at = 0.0
