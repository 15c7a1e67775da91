"""One SMTP transaction (MAIL, RCPT…, DATA) that leaves no recipient out and stops on request.

Two differences from ``smtplib.SMTP.sendmail``, both about never losing or splitting an
email: a 4xx at any RCPT sends no DATA (so a greylisted recipient is not left out of an
email the others got), and a stop flag is read between commands and between 64 KiB chunks
of the upload, so a stop abandons a transaction before its final dot instead of waiting
for a slow server or being killed in the middle.
"""

from __future__ import annotations

import contextlib
import re
import smtplib
import threading
from collections.abc import Callable

DATA_CHUNK = 64 * 1024
"""Bytes uploaded between two looks at the stop flag."""
TAIL = 4 * 1024
"""A last piece this small goes with the chunk before it (see :func:`data_in_chunks`)."""


class Abandoned(Exception):
    """A stop arrived before the final dot: the connection was closed, nothing delivered."""


class Stale(smtplib.SMTPServerDisconnected):
    """The connection was gone when the transaction began: MAIL FROM found it closed (or
    got the 421 of a server closing it), so nothing of this email reached the server and
    it may go again on a new connection. On a fresh connection it is just a disconnect."""


def sendmail(
    conn: smtplib.SMTP,
    sender: str,
    recipients: list[str],
    data: bytes,
    options: tuple[str, ...],
    stop: threading.Event | None = None,
    before_dot: Callable[[], None] | None = None,
) -> dict[str, tuple[int, bytes]]:
    """``smtplib.SMTP.sendmail``, except that a 4xx at any RCPT sends no DATA at all, and
    a stop abandons the transaction at any point before the final dot.

    smtplib delivers to the accepted recipients and only reports the others; a greylisted
    address would then miss the email for good. Here a 4xx resets the transaction and
    raises SMTPRecipientsRefused with every refusal, so the whole email is retried later.
    Returns the recipients refused with a 5xx while the others accepted the message.

    A connection found closed at MAIL FROM raises :class:`Stale` (the caller may reconnect
    and send again: the server has nothing of this email).

    Stop: between commands and between 64 KiB chunks of the upload the stop flag is read;
    when set, the connection is closed (the server drops a message without its final
    dot) and :class:`Abandoned` raised. After the dot only the server's reply is awaited
    (at most ``timeout`` seconds): that is all a stop ever waits for.

    ``before_dot`` runs just before the final dot goes out (the server cannot accept the
    message before it returns): the outbox waits there for the previous email's sent copy
    to be durable (:mod:`daemon.outbox.group`).
    """

    def check_stop() -> None:
        if stop is not None and stop.is_set():
            conn.close()
            raise Abandoned

    conn.ehlo_or_helo_if_needed()
    mail_options = list(options)
    if conn.does_esmtp and conn.has_extn("size"):
        mail_options.append(f"size={len(data)}")
    check_stop()
    try:
        code, reply = conn.mail(sender, mail_options)
    except smtplib.SMTPServerDisconnected as exc:
        raise Stale(f"the connection was closed: {exc}") from exc
    if code == 421:
        conn.close()
        raise Stale(f"{code} {reply.decode('utf-8', 'replace')}")
    if code != 250:
        reset(conn, code)
        raise smtplib.SMTPSenderRefused(code, reply, sender)
    refused: dict[str, tuple[int, bytes]] = {}
    for recipient in recipients:
        check_stop()
        code, reply = conn.rcpt(recipient)
        if code not in (250, 251):
            refused[recipient] = (code, reply)
    if len(refused) == len(recipients) or any(c < 500 for c, _ in refused.values()):
        reset(conn, 0)
        raise smtplib.SMTPRecipientsRefused(refused)  # type: ignore[arg-type]
    check_stop()
    code, reply = data_in_chunks(conn, data, check_stop, before_dot)
    if code != 250:
        reset(conn, code)
        raise smtplib.SMTPDataError(code, reply)
    return refused


def data_in_chunks(
    conn: smtplib.SMTP,
    data: bytes,
    check_stop: Callable[[], None],
    before_dot: Callable[[], None] | None = None,
) -> tuple[int, bytes]:
    """``smtplib.SMTP.data`` uploading in chunks, with ``check_stop`` between them and
    ``before_dot`` before the last one (which ends with the final dot)."""
    conn.putcmd("data")
    code, reply = conn.getreply()
    if code != 354:
        raise smtplib.SMTPDataError(code, reply)
    quoted = re.sub(rb"(?m)^\.", b"..", data)
    if not quoted.endswith(b"\r\n"):
        quoted += b"\r\n"
    # The final dot goes with the end of the message, never in a small write of its own:
    # that one would wait for the server's delayed ACK of the write before (Nagle), ~40 ms
    # per email. So the last chunk takes up to DATA_CHUNK + TAIL bytes.
    quoted += b".\r\n"
    start = 0
    while len(quoted) - start > DATA_CHUNK + TAIL:
        check_stop()
        conn.send(quoted[start : start + DATA_CHUNK])
        start += DATA_CHUNK
    if before_dot is not None:
        before_dot()
    check_stop()
    conn.send(quoted[start:])
    return conn.getreply()


def reset(conn: smtplib.SMTP, code: int) -> None:
    """End the transaction (RSET), or close the connection after a 421."""
    if code == 421:
        conn.close()
        return
    with contextlib.suppress(smtplib.SMTPServerDisconnected):
        conn.rset()
