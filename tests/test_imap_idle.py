"""One IDLE round (``idle_once``) against a scripted server that sends its bytes exactly so.

Why not Dovecot here: the case is about how the bytes arrive. Mail delivered just before
IDLE is reported by Dovecot right behind its ``+ idling``, most of the time in the same
packet, sometimes not; this server always sends them together, so the test fails on the
old code every time (tests/test_imap.py does the same against Dovecot, with a hook).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from imapclient import IMAPClient

from daemon.inbox.imap_client import idle_once

ROUND_SECONDS = 5.0
"""The IDLE round's length: a missed report shows as False once it is over."""


class ScriptedImap:
    """A one-client IMAP server on 127.0.0.1: ``at_idle`` goes out in the same send as
    ``+ idling``, ``at_done`` just before the tagged end of IDLE; other commands get OK."""

    def __init__(self, at_idle: bytes = b"", at_done: bytes = b"") -> None:
        self.at_idle, self.at_done = at_idle, at_done
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.listener.accept()
        with conn, conn.makefile("rb") as lines:
            conn.sendall(b"* OK scripted server ready\r\n")
            for line in lines:
                tag, command = (line.split(b" ", 2) + [b""])[:2]
                command = command.strip().upper()
                if command == b"CAPABILITY":
                    conn.sendall(b"* CAPABILITY IMAP4rev1 IDLE\r\n" + tag + b" OK done\r\n")
                elif command == b"IDLE":
                    conn.sendall(b"+ idling\r\n" + self.at_idle)
                    lines.readline()  # DONE
                    conn.sendall(self.at_done + tag + b" OK Idle completed\r\n")
                elif command == b"LOGOUT":
                    conn.sendall(b"* BYE bye\r\n" + tag + b" OK done\r\n")
                    return
                else:
                    conn.sendall(tag + b" OK done\r\n")

    def close(self) -> None:
        self.listener.close()
        self.thread.join(timeout=5)


@contextmanager
def scripted_client(at_idle: bytes = b"", at_done: bytes = b"") -> Iterator[IMAPClient]:
    """A client logged in to nothing: connected to a :class:`ScriptedImap`."""
    server = ScriptedImap(at_idle, at_done)
    client = IMAPClient("127.0.0.1", port=server.port, ssl=False, timeout=5)
    try:
        yield client
    finally:
        client.logout()
        server.close()


def test_mail_reported_with_the_idle_continuation_is_seen() -> None:
    with scripted_client(at_idle=b"* 1 EXISTS\r\n* 1 RECENT\r\n") as client:
        assert idle_once(client, time.monotonic() + ROUND_SECONDS, threading.Event()) is True


def test_mail_reported_as_the_round_ends_is_seen() -> None:
    with scripted_client(at_done=b"* 2 EXISTS\r\n") as client:
        assert idle_once(client, time.monotonic() + 1.0, threading.Event()) is True


def test_a_round_with_other_news_only_ends_at_its_deadline_with_no_mail() -> None:
    with scripted_client(at_idle=b"* 3 FETCH (FLAGS (\\Seen))\r\n") as client:
        assert idle_once(client, time.monotonic() + 1.0, threading.Event()) is False
