"""The IMAP connection itself: connect, secure, log in, shut down; what IDLE responses mean.

Why apart from :mod:`daemon.inbox.imap`: ``cuikuan doctor`` logs in exactly the way the
daemon does (:func:`open_client`) without the source's cursor, filing and backoff, and
the few facts about the protocol (which errors are network errors, one IDLE round and how
a dead connection shows in it, which untagged response is new mail, the hierarchy
delimiter) are plain functions of a client.
"""

from __future__ import annotations

import contextlib
import imaplib
import ssl
import threading
import time
from typing import Any

from imapclient import IMAPClient

from daemon.config.mail_settings import ImapSettings

IDLE_SLICE_SECONDS = 1.0
NET_ERRORS: tuple[type[Exception], ...] = (OSError, imaplib.IMAP4.error)


class ConnectionLost(Exception):
    """The server closed the connection while we were idle."""


def open_client(s: ImapSettings, password: str) -> IMAPClient:
    """Connect, secure (ssl/starttls, certificates verified) and log in, as the daemon does.

    Raises imapclient's LoginError or a network error; the half-open client is shut down.
    Shared with ``cuikuan doctor`` so the check logs in exactly the way the daemon will.
    """
    context = ssl.create_default_context() if s.security != "none" else None
    client = IMAPClient(
        s.host,
        port=s.port,
        use_uid=True,
        ssl=s.security == "ssl",
        ssl_context=context if s.security == "ssl" else None,
        timeout=s.timeout,
    )
    try:
        if s.security == "starttls":
            client.starttls(context)
        client.login(s.username, password)
    except BaseException:
        shutdown(client)
        raise
    return client


def idle_once(client: IMAPClient, deadline: float, stop: threading.Event) -> bool:
    """IDLE until new mail (True), the ``deadline`` (monotonic) or a stop; then DONE, NOOP.

    In slices of :data:`IDLE_SLICE_SECONDS` so a stop is honoured quickly. Raises
    :class:`ConnectionLost` on BYE or a silent end of stream (``idle_check`` hides EOF).
    """
    got = False
    client.idle()
    while not stop.is_set():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        piece = min(IDLE_SLICE_SECONDS, remaining)
        started = time.monotonic()
        responses = client.idle_check(timeout=piece)
        if any(is_new_mail(r) for r in responses):
            got = True
            break
        if any(r and r[0] == b"BYE" for r in responses):
            raise ConnectionLost("server said BYE")
        if not responses and time.monotonic() - started < piece / 2:
            raise ConnectionLost("end of stream")  # idle_check hides EOF
    client.idle_done()
    client.noop()
    return got


def is_new_mail(response: tuple[Any, ...]) -> bool:
    if len(response) < 2 or not isinstance(response[0], int):
        return False
    return response[1] == b"EXISTS" or (response[1] == b"RECENT" and response[0] > 0)


def server_delimiter(client: IMAPClient) -> str | None:
    """The hierarchy delimiter, from ``LIST "" ""`` (None for a flat namespace)."""
    for _flags, delimiter, _name in client.list_folders("", ""):
        if delimiter:
            return delimiter.decode() if isinstance(delimiter, bytes) else str(delimiter)
    return None


def shutdown(client: IMAPClient) -> None:
    with contextlib.suppress(OSError, imaplib.IMAP4.error):
        client.shutdown()
