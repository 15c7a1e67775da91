"""Sending over SMTP with smtplib: one connection per batch, errors sorted for retrying.

What the caller needs to know is whether to try again: a 4xx reply, a timeout or a server
that is down is :class:`TemporaryTransportError` (retry next tick); a 5xx reply is
:class:`PermanentTransportError` (do not retry this email; ``recipients`` names the
refused addresses so they can be marked bad). A refused login is :class:`SmtpAuthError`,
a temporary error: the email is fine, the password needs fixing.

Inside ``with transport:`` one connection is reused. It is not checked with a NOOP before
each email (a round trip per email, ~1/6 of a transaction's): a connection the server
dropped is found by the next MAIL FROM, which then cannot have delivered anything, and
the email goes on a connection opened again, once (:class:`~.smtp_transaction.Stale`).
"""

from __future__ import annotations

import base64
import email.policy
import logging
import smtplib
import ssl
import threading
from collections.abc import Callable
from email.message import EmailMessage, Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses

from daemon.config.records import SmtpSettings
from daemon.errors import (
    MessageRefusedError,
    PermanentTransportError,
    RecipientsDeferredError,
    SendAbandonedError,
    TemporaryTransportError,
)
from daemon.outbox.transports.base import BatchScope
from daemon.outbox.transports.smtp_transaction import Abandoned, Stale, sendmail

logger = logging.getLogger(__name__)


class SmtpAuthError(TemporaryTransportError):
    """The server refused our login: fix the username or password; the email is fine."""


def envelope_recipients(msg: Message) -> list[str]:
    """Addresses in To, Cc and Bcc, each once (first spelling kept), in that order."""
    values = [str(v) for field in ("To", "Cc", "Bcc") for v in msg.get_all(field, [])]
    seen: set[str] = set()
    out = []
    for _name, addr in getaddresses(values):
        if addr and addr.lower() not in seen:
            seen.add(addr.lower())
            out.append(addr)
    return out


def envelope_sender(msg: Message) -> str:
    """The envelope sender: the Sender address if there is one, else the From address."""
    for field in ("Sender", "From"):
        values = [str(v) for v in msg.get_all(field, [])]
        for _name, addr in getaddresses(values):
            if addr:
                return addr
    return ""


def wire_bytes(raw: bytes) -> bytes:
    """``raw`` as SMTP wants it: CRLF line ends, without Bcc or Resent-Bcc header lines."""
    out: list[bytes] = []
    in_headers, skipping = True, False
    for line in raw.replace(b"\r\n", b"\n").split(b"\n"):
        if in_headers:
            if not line:
                in_headers = False
            elif line[:1] in (b" ", b"\t"):
                if skipping:
                    continue
            else:
                name = line.split(b":", 1)[0].strip().lower()
                skipping = name in (b"bcc", b"resent-bcc")
                if skipping:
                    continue
        out.append(line)
    return b"\r\n".join(out)


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip()


def _login(conn: smtplib.SMTP, username: str, password: str) -> None:
    """Log in; smtplib only encodes ASCII, so UTF-8 credentials go as AUTH PLAIN by hand."""
    if username.isascii() and password.isascii():
        conn.login(username, password)
        return
    if "PLAIN" not in conn.esmtp_features.get("auth", "").upper().split():
        raise smtplib.SMTPNotSupportedError(
            "the password is not ASCII and the server does not offer AUTH PLAIN"
        )
    token = base64.b64encode(f"\0{username}\0{password}".encode()).decode("ascii")
    code, reply = conn.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


class SmtpTransport(BatchScope):
    """Delivers messages to an SMTP server (submission port, usually with login)."""

    def __init__(
        self,
        settings: SmtpSettings,
        password: str | None,
        *,
        ssl_context: ssl.SSLContext | None = None,
        local_hostname: str | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.settings = settings
        self.stop = stop
        """Set by the daemon on SIGTERM: a transaction not yet at its final dot is dropped."""
        self._password = password
        self._ssl_context = ssl_context
        self._local_hostname = local_hostname
        self._conn: smtplib.SMTP | None = None
        self._used = False
        self._batch = False

    def __repr__(self) -> str:  # never show the password
        return f"SmtpTransport({self.settings.host}:{self.settings.port})"

    @property
    def _where(self) -> str:
        return f"SMTP server {self.settings.host}:{self.settings.port}"

    # -- connection -----------------------------------------------------------------

    def open(self) -> None:
        """Start a batch; the connection opens lazily on the first send."""
        self._batch = True

    def close(self) -> None:
        """End the batch and close the connection politely."""
        self._batch = False
        self._disconnect()

    def _disconnect(self) -> None:
        conn, self._conn, self._used = self._conn, None, False
        if conn is None:
            return
        try:
            conn.quit()
        except (smtplib.SMTPException, OSError):
            conn.close()

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        if self._ssl_context is None and s.security != "none":
            # Loading the system's CA store costs ~20 ms: once per transport, not per send.
            self._ssl_context = ssl.create_default_context()
        context = self._ssl_context
        try:
            conn: smtplib.SMTP
            if s.security == "ssl":
                conn = smtplib.SMTP_SSL(
                    s.host, s.port, self._local_hostname, timeout=s.timeout, context=context
                )
            else:
                conn = smtplib.SMTP(s.host, s.port, self._local_hostname, timeout=s.timeout)
            try:
                self._greet(conn, context)
            except BaseException:
                conn.close()
                raise
        except smtplib.SMTPAuthenticationError as exc:
            raise SmtpAuthError(
                f"{self._where} refused the login of {s.username!r} "
                f"({_reply(exc.smtp_code, exc.smtp_error)}): check the SMTP password"
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise TemporaryTransportError(f"{self._where}: {exc}") from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise TemporaryTransportError(f"cannot connect to {self._where}: {exc}") from exc
        logger.debug("connected to %s", self._where)
        return conn

    def _greet(self, conn: smtplib.SMTP, context: ssl.SSLContext | None) -> None:
        s = self.settings
        self._check_stop()
        conn.ehlo()
        if s.security == "starttls":
            self._check_stop()
            if not conn.has_extn("starttls"):
                raise smtplib.SMTPNotSupportedError(
                    "the server does not offer STARTTLS; set security to ssl, or to none "
                    "only for a server on this machine"
                )
            conn.starttls(context=context)
            conn.ehlo()
        if s.username:
            self._check_stop()
            if not conn.has_extn("auth"):
                raise smtplib.SMTPNotSupportedError(
                    "the server does not offer AUTH (does it want STARTTLS or ssl?)"
                )
            _login(conn, s.username, self._password or "")

    def _check_stop(self) -> None:
        """Between the steps of opening a connection: give up at once on a stop."""
        if self.stop is not None and self.stop.is_set():
            raise Abandoned

    def _connection(self) -> smtplib.SMTP:
        """The open connection, or a new one."""
        if self._conn is None:
            self._conn = self._connect()
        return self._conn

    # -- sending --------------------------------------------------------------------

    def send(self, msg: EmailMessage) -> tuple[str, ...]:
        """Send ``msg``; return recipients refused while others accepted it."""
        return self.send_raw(msg.as_bytes(policy=email.policy.default))

    def send_raw(self, raw: bytes, before_dot: Callable[[], None] | None = None) -> tuple[str, ...]:
        """Send these exact bytes (Bcc header lines removed, line ends made CRLF);
        ``before_dot`` runs just before the final dot (see :class:`Transport`)."""
        headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        sender = envelope_sender(headers)
        data = wire_bytes(raw)
        mid = str(headers.get("Message-ID", "(no Message-ID)")).strip()

        def transmit(conn: smtplib.SMTP, recipients: list[str]) -> dict:
            options: tuple[str, ...] = ()
            if not "".join([sender, *recipients]).isascii():
                if not conn.has_extn("smtputf8"):
                    raise smtplib.SMTPNotSupportedError(
                        "an address is not ASCII and the server does not offer SMTPUTF8"
                    )
                options = ("SMTPUTF8", "BODY=8BITMIME")
            return sendmail(conn, sender, recipients, data, options, self.stop, before_dot)

        return self._transmit(mid, envelope_recipients(headers), transmit)

    def _transmit(
        self,
        mid: str,
        recipients: list[str],
        transmit: Callable[[smtplib.SMTP, list[str]], dict],
    ) -> tuple[str, ...]:
        if not recipients:
            raise PermanentTransportError(f"message {mid} has no recipients")
        try:
            refused = self._on_a_live_connection(recipients, transmit)
        except Abandoned:
            self._drop()
            raise SendAbandonedError(
                f"stop requested: {mid} abandoned before its end; it stays pending"
            ) from None
        except smtplib.SMTPRecipientsRefused as exc:
            codes = {addr: code for addr, (code, _text) in exc.recipients.items()}
            detail = "; ".join(
                f"{addr}: {_reply(code, text)}" for addr, (code, text) in exc.recipients.items()
            )
            permanent = tuple(addr for addr, code in codes.items() if code >= 500)
            if len(permanent) == len(codes):
                raise PermanentTransportError(
                    f"{self._where} refused every recipient of {mid}: {detail}", permanent
                ) from exc
            # Some got a 4xx (greylisting, a full mailbox): this email waits, as a whole.
            raise RecipientsDeferredError(
                f"{self._where} deferred recipients of {mid}: {detail}", permanent
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise PermanentTransportError(f"{self._where} cannot take {mid}: {exc}") from exc
        except smtplib.SMTPServerDisconnected as exc:
            self._drop()
            raise TemporaryTransportError(
                f"{self._where} closed the connection while sending {mid}: {exc}"
            ) from exc
        except smtplib.SMTPResponseException as exc:
            reply = _reply(exc.smtp_code, exc.smtp_error)
            if exc.smtp_code >= 500:
                # MAIL FROM or DATA refused: this message or the whole account (the outbox
                # tells which from the other emails of the pass).
                raise MessageRefusedError(f"{self._where} refused {mid}: {reply}") from exc
            raise TemporaryTransportError(f"{self._where} deferred {mid}: {reply}") from exc
        except (smtplib.SMTPException, OSError) as exc:
            self._drop()
            raise TemporaryTransportError(f"sending {mid} to {self._where} failed: {exc}") from exc
        finally:
            if not self._batch:
                self._disconnect()
        if refused:
            logger.warning(
                "%s accepted %s but refused %s",
                self._where,
                mid,
                ", ".join(f"{a} ({_reply(c, t)})" for a, (c, t) in refused.items()),
            )
        logger.debug("sent %s to %d recipient(s) via %s", mid, len(recipients), self._where)
        return tuple(refused)

    def _on_a_live_connection(
        self, recipients: list[str], transmit: Callable[[smtplib.SMTP, list[str]], dict]
    ) -> dict:
        """``transmit`` on the open connection; if the server had dropped it (found at
        MAIL FROM: nothing delivered), once more on a new one."""
        reused = self._conn is not None and self._used
        self._used = True
        try:
            return transmit(self._connection(), recipients)
        except Stale:
            if not reused:
                raise
        logger.info("%s dropped the connection; reconnecting", self._where)
        self._drop()
        self._used = True
        return transmit(self._connection(), recipients)

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn, self._used = None, False
