"""Logging set-up: one line per event on stderr, readable in a terminal and in journald.

Under systemd (``JOURNAL_STREAM`` set) the timestamp is left out, since journald adds its own,
and each line starts with a ``<N>`` syslog priority prefix so ``journalctl -p err`` works.
"""

from __future__ import annotations

import logging
import os
import sys

_PRIORITY = {
    logging.DEBUG: 7,
    logging.INFO: 6,
    logging.WARNING: 4,
    logging.ERROR: 3,
    logging.CRITICAL: 2,
}


class JournalFormatter(logging.Formatter):
    """Prefix each line with its syslog priority, which journald reads from stderr."""

    def format(self, record: logging.LogRecord) -> str:
        prefix = f"<{_PRIORITY.get(record.levelno, 6)}>"
        return "\n".join(prefix + line for line in super().format(record).splitlines())


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is when a record is emitted, not when it was built.

    Tests (and anything embedding cuikuan) swap ``sys.stderr``; a handler holding the old
    one would write into a closed file.
    """

    @property  # type: ignore[override]
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def setup_logging(*, verbose: bool = False) -> None:
    handler = StderrHandler()
    if os.environ.get("JOURNAL_STREAM"):
        handler.setFormatter(JournalFormatter("%(name)s: %(message)s"))
    else:
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S")
        )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("mail.log").setLevel(logging.WARNING)  # aiosmtpd, in tests
    logging.getLogger("imapclient").setLevel(logging.WARNING)
    logging.getLogger("mailparser").setLevel(logging.ERROR)
