"""Tell systemd how the daemon is doing: ready, status line, watchdog pings, stopping.

With ``Type=notify`` systemd waits for ``READY=1`` before it calls the service started, and
with ``WatchdogSec=`` it restarts a daemon that stops sending ``WATCHDOG=1``: a loop stuck
on a hung connection is killed and started again instead of silently chasing nobody.

The protocol (``sd_notify(3)``) is one datagram of ``KEY=VALUE`` lines to the unix socket
named in ``$NOTIFY_SOCKET`` (an abstract socket when the name starts with ``@``), so it is
written here by hand: the PyPI ``sdnotify`` package has been unmaintained since 2017, and
``systemd-python`` needs libsystemd headers and a compiler to install. Outside systemd
(``$NOTIFY_SOCKET`` unset) every call is a no-op. A failed send never raises: the daemon's
work matters more than its status report (failures are logged at debug).

Usage in a loop::

    notifier = Notifier.from_env()
    notifier.ready("waiting for the first tick")
    while not stop.is_set():
        ...
        notifier.ping_if_due(time.monotonic())
    notifier.stopping()
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

logger = logging.getLogger(__name__)


class Notifier:
    """Sends sd_notify messages to ``address`` (None: a notifier that does nothing)."""

    def __init__(self, address: str | None, *, watchdog_usec: int | None = None) -> None:
        self.address = address or None
        self._watchdog_usec = watchdog_usec if watchdog_usec and watchdog_usec > 0 else None
        self._last_ping: float | None = None

    def __repr__(self) -> str:
        return f"Notifier({self.address!r}, watchdog_usec={self._watchdog_usec})"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, pid: int | None = None) -> Notifier:
        """The notifier systemd asked for through ``NOTIFY_SOCKET`` and ``WATCHDOG_USEC``.

        The watchdog counts only when ``WATCHDOG_PID`` is unset or names this process
        (``pid``, default :func:`os.getpid`), as ``sd_watchdog_enabled(3)`` says.
        """
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET") or None
        usec = _positive_int(env.get("WATCHDOG_USEC"))
        watchdog_pid = _positive_int(env.get("WATCHDOG_PID"))
        if watchdog_pid is not None and watchdog_pid != (os.getpid() if pid is None else pid):
            usec = None
        return cls(address, watchdog_usec=usec)

    @property
    def enabled(self) -> bool:
        """True when running under a service manager that listens."""
        return self.address is not None

    # -- messages -----------------------------------------------------------------

    def notify(self, *fields: str) -> bool:
        """Send ``fields`` (``KEY=VALUE`` each) as one datagram; True if it was sent."""
        if self.address is None or not fields:
            return False
        payload = "\n".join(fields).encode("utf-8", "replace")
        target = self.address
        if target.startswith("@"):
            target = "\0" + target[1:]
        elif not target.startswith("/"):
            logger.debug("NOTIFY_SOCKET %r is not a unix socket path; not notifying", target)
            return False
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
                sock.sendto(payload, target)
        except OSError as exc:
            logger.debug("sd_notify to %s failed: %s", self.address, exc)
            return False
        return True

    def ready(self, status: str | None = None) -> bool:
        """``READY=1``: start-up is done (with an optional status line)."""
        fields = ["READY=1"]
        if status:
            fields.append(_status_field(status))
        return self.notify(*fields)

    def reloading(self) -> bool:
        """``RELOADING=1``: a config reload began; send :meth:`ready` when it is done."""
        return self.notify("RELOADING=1")

    def status(self, text: str) -> bool:
        """``STATUS=...``: one line shown by ``systemctl status``."""
        return self.notify(_status_field(text))

    def watchdog(self) -> bool:
        """``WATCHDOG=1``: the loop is alive."""
        return self.notify("WATCHDOG=1")

    def stopping(self) -> bool:
        """``STOPPING=1``: shutdown began."""
        return self.notify("STOPPING=1")

    # -- watchdog timing ----------------------------------------------------------

    def watchdog_interval(self) -> float | None:
        """Seconds between pings (half of ``WatchdogSec=``), or None without a watchdog."""
        if self._watchdog_usec is None:
            return None
        return self._watchdog_usec / 2_000_000

    def ping_if_due(self, monotonic: float) -> bool:
        """Send ``WATCHDOG=1`` if :meth:`watchdog_interval` has passed since the last ping.

        ``monotonic`` is the caller's :func:`time.monotonic` reading (injected for tests).
        True when a ping was sent.
        """
        interval = self.watchdog_interval()
        if interval is None or self.address is None:
            return False
        if self._last_ping is not None and monotonic - self._last_ping < interval:
            return False
        self._last_ping = monotonic
        return self.watchdog()


def _status_field(text: str) -> str:
    """``STATUS=`` with ``text`` on one line (a newline would start another field)."""
    return "STATUS=" + " ".join(str(text).split())


def _positive_int(value: str | None) -> int | None:
    if not value:
        return None
    try:
        number = int(value.strip())
    except ValueError:
        return None
    return number if number > 0 else None
