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

from daemon.config.records import ImapSettings

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
    Mail the server reports with its ``+ idling`` (it arrived after the caller's last
    look) and mail reported just as the round ends (in the replies to DONE and NOOP)
    count too: see :func:`buffered_responses`.
    """
    client.idle()
    got = _news(buffered_responses(client))  # what came with "+ idling"
    while not got and not stop.is_set():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        piece = min(IDLE_SLICE_SECONDS, remaining)
        started = time.monotonic()
        responses = client.idle_check(timeout=piece)
        got = _news(responses)
        if not responses and time.monotonic() - started < piece / 2:
            raise ConnectionLost("end of stream")  # idle_check hides EOF
    _text, at_done = client.idle_done()
    _text, at_noop = client.noop()
    return got or any(is_new_mail(r) for r in [*at_done, *at_noop])


def _news(responses: list[tuple[Any, ...]]) -> bool:
    """Whether IDLE responses report new mail; :class:`ConnectionLost` on a BYE."""
    if any(is_new_mail(r) for r in responses):
        return True
    if any(r and r[0] == b"BYE" for r in responses):
        raise ConnectionLost("server said BYE")
    return False


def buffered_responses(client: IMAPClient) -> list[tuple[Any, ...]]:
    """The untagged responses imaplib has already read off the socket but not handed out.

    Why: imaplib reads through a buffered file. A server that has mail to report when IDLE
    begins (mail delivered between the caller's SELECT and its IDLE) sends ``* n EXISTS``
    right behind ``+ idling``, often in the same packet, so the read that took the
    continuation line took the EXISTS into the buffer too. ``idle_check`` only polls the
    socket, which then stays quiet: the mail waited for the end of the IDLE round (up to
    ``idle_renew_seconds``). Read here without blocking: the buffer, then whatever the
    socket already holds; nothing when neither has a whole line.
    """
    imap: Any = client._imap  # imapclient's imaplib connection: only its reader is used
    sock = client.socket()
    sock.setblocking(False)
    lines: list[bytes] = []
    try:
        while True:
            try:
                line = imap._get_line()
            except OSError:  # would block: nothing more to read now
                break
            except imaplib.IMAP4.abort as exc:
                if "EOF" in str(exc):  # imaplib's word for an empty non-blocking read
                    break
                raise
            lines.append(line)
    finally:
        sock.setblocking(True)
        client._set_read_timeout()  # as idle_check leaves it
    return [_untagged(line) for line in lines]


def _untagged(line: bytes) -> tuple[Any, ...]:
    """``b"* 3 EXISTS"`` -> ``(3, b"EXISTS")``, as ``idle_check`` parses a response."""
    words = line.removeprefix(b"* ").split(b" ", 2)
    if words[0].isdigit():
        return (int(words[0]), *words[1:])
    return tuple(words)


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
