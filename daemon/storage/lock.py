"""One writer at a time: an exclusive ``flock`` on ``<state>.lock`` holding the owner's pid.

TinyDB's storages assume a single writer; :class:`daemon.storage.store.Store` takes this
lock on open so a second daemon (or a ``recover`` beside a running daemon) is refused.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from pathlib import Path

from daemon.errors import StoreError


class StateLockedError(StoreError):
    """Another process (the running daemon) holds the state."""


class StateLock:
    """An exclusive ``flock`` on ``path`` (holding our pid) for the life of the process.

    The kernel drops it when the process dies, so a crash never leaves a stale lock.
    """

    def __init__(self, path: Path, *, wait: float = 0.0) -> None:
        self.path = path
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                    os.close(fd)
                    raise StateLockedError(
                        f"another cuikuan process holds {path} (pid {holder}); "
                        "stop it first, only one process may use the state at a time"
                    ) from None
                time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
        # The pid only names the holder in the message above; the flock is the lock. On
        # a full disk it may not fit: the daemon starts anyway (it used to die with a
        # traceback before logging a word), and its first state write says "disk full".
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Unlock (the file stays: deleting lock files races). Idempotent."""
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
