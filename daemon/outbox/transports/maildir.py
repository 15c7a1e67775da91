"""The embedded transport: outgoing mail is dropped into a Maildir outbox.

For a trial run, or when another program (a relay, a person) takes mail from there. The
Maildir format writes each message to ``tmp/`` and renames it into ``new/``, so a reader
never sees half a message. :meth:`MaildirTransport.contains` answers "did this message get
out before the crash?" during recovery.
"""

from __future__ import annotations

import email.policy
import logging
import mailbox
from collections.abc import Callable
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from pathlib import Path

from daemon.errors import TemporaryTransportError
from daemon.outbox.transports.base import BatchScope

logger = logging.getLogger(__name__)

_HEADER_BYTES = 64 * 1024
"""Enough of a file to hold its headers: the body is never read."""


class MaildirTransport(BatchScope):
    """Writes each message as one file in ``outbox/new``."""

    def __init__(self, outbox: Path) -> None:
        self.outbox = Path(outbox)
        self._box: mailbox.Maildir | None = None

    def _maildir(self) -> mailbox.Maildir:
        if self._box is None:
            try:
                self._box = mailbox.Maildir(self.outbox, factory=None, create=True)
            except OSError as exc:
                raise TemporaryTransportError(
                    f"cannot create the Maildir outbox {self.outbox}: {exc}"
                ) from exc
        return self._box

    def open(self) -> None:
        self._maildir()

    def close(self) -> None:
        self._box = None

    def send(self, msg: EmailMessage) -> tuple[str, ...]:
        """Add ``msg`` to the outbox (Bcc kept: whoever relays it needs it)."""
        return self.send_raw(msg.as_bytes(policy=email.policy.default))

    def send_raw(self, raw: bytes, before_dot: Callable[[], None] | None = None) -> tuple[str, ...]:
        """Add these exact bytes to the outbox (line ends made LF, as files use);
        ``before_dot`` runs first (the file is the delivery)."""
        if before_dot is not None:
            before_dot()
        try:
            key = self._maildir().add(raw.replace(b"\r\n", b"\n"))
        except OSError as exc:
            raise TemporaryTransportError(
                f"cannot write to the Maildir outbox {self.outbox}: {exc}"
            ) from exc
        logger.debug("message written to %s/new/%s", self.outbox, key)
        return ()

    def contains(self, message_id: str) -> bool:
        """Whether a message with this Message-ID is in the outbox (new or cur)."""
        wanted = "".join(message_id.split())
        box = self._maildir()
        parser = BytesHeaderParser(policy=email.policy.compat32)
        for key in box.iterkeys():
            try:
                with box.get_file(key) as fh:
                    headers = parser.parsebytes(fh.read(_HEADER_BYTES))
            except (OSError, KeyError):  # picked up by a relay meanwhile
                continue
            found = headers.get("Message-ID")
            if found is not None and "".join(str(found).split()) == wanted:
                return True
        return False
