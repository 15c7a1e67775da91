"""The crash soak's SMTP server: aiosmtpd on loopback that counts what it accepted.

Part of the crash soak (:mod:`tests.soak_support`). ``file_to_sent`` makes it behave like
Gmail or Exchange for an authenticated submission: each message is filed into the
account's Sent folder (IMAP APPEND) before the 250.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.policy
import logging
import socket
import threading
from collections import Counter
from collections.abc import Callable
from email.parser import BytesHeaderParser

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from imapclient import IMAPClient

from tests.fixtures.dovecot import Dovecot

log = logging.getLogger(__name__)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def message_id_of(raw: bytes) -> str:
    headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    return str(headers.get("Message-ID", "")).strip()


# --- the SMTP server ---------------------------------------------------------------------


class SentFiler:
    """Files accepted mail into the account's Sent folder over one reused IMAP connection."""

    def __init__(self, dovecot: Dovecot, user: str) -> None:
        self.dovecot = dovecot
        self.user = user
        self._client: IMAPClient | None = None

    def __call__(self, raw: bytes) -> None:
        for attempt in (1, 2):
            try:
                if self._client is None:
                    self._client = self.dovecot.client(self.user)
                self._client.append("Sent", raw, [b"\\Seen"])
                return
            except Exception:
                self.close()
                if attempt == 2:
                    raise

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.logout()


class CountingHandler:
    """aiosmtpd handler: counts accepted messages by Message-ID.

    With ``file_to_sent`` the message is filed (durably, by the IMAP server) before the
    250 reply: a provider that keeps a copy of what its users submit. ``latency`` is the
    server's processing time after the final dot (real providers take 0.1-0.5 s); a
    client killed meanwhile never sees the 250, though the server accepts the message.
    """

    def __init__(
        self, file_to_sent: Callable[[bytes], None] | None = None, latency: float = 0.0
    ) -> None:
        self.file_to_sent = file_to_sent
        self.latency = latency
        self._tasks: set[asyncio.Future[str]] = set()
        self.lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.recipients: dict[str, tuple[str, ...]] = {}
        """Message-ID -> envelope recipients (mail to the PM is told apart from the chase)."""
        self.transactions = 0
        """MAIL FROM commands seen: the kill loop's sign that a daemon has begun sending."""

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        # What aiosmtpd does without this hook, plus the count.
        with self.lock:
            self.transactions += 1
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        with self.lock:
            self.recipients[message_id_of(raw)] = tuple(envelope.rcpt_tos)
        # Like a real MTA after the final dot, finish accepting even if the client is gone
        # (aiosmtpd cancels the handler when the connection drops; the shield prevents it).
        task = asyncio.ensure_future(self._accept(raw))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return await asyncio.shield(task)

    async def _accept(self, raw: bytes) -> str:
        if self.latency:
            await asyncio.sleep(self.latency)
        if self.file_to_sent is not None:
            try:
                self.file_to_sent(raw)
            except Exception as exc:  # the provider could not file it: it did not take it
                log.warning("could not file the message to Sent: %s", exc)
                return "451 Could not store the message, try again later"
        with self.lock:
            self.counts[message_id_of(raw)] += 1
        return "250 Message accepted for delivery"

    def snapshot(self) -> Counter[str]:
        with self.lock:
            return Counter(self.counts)


class SoakSmtp:
    """aiosmtpd on loopback in a thread, with a :class:`CountingHandler`."""

    def __init__(
        self,
        file_to_sent: Callable[[bytes], None] | None = None,
        latency: float = 0.0,
        handler: CountingHandler | None = None,
    ) -> None:
        self.host = "127.0.0.1"
        self.port = free_port()
        self.handler = handler if handler is not None else CountingHandler(file_to_sent, latency)
        self._controller = Controller(
            self.handler, hostname=self.host, port=self.port, ready_timeout=5.0
        )

    def __enter__(self) -> SoakSmtp:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()
