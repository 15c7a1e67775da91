"""The IMAP connection itself: connect, secure, log in, shut down; what IDLE responses mean.

Why apart from :mod:`daemon.inbox.imap`: ``cuikuan doctor`` logs in exactly the way the
daemon does (:func:`open_client`) without the source's cursor, filing and backoff, and
the few facts about the protocol (which errors are network errors, which untagged
response is new mail, the hierarchy delimiter) are plain functions of a client.
"""

from __future__ import annotations

import contextlib
import imaplib
import ssl
from typing import Any

from imapclient import IMAPClient

from daemon.config.mail_settings import ImapSettings

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
