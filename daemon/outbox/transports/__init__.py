"""How a rendered email leaves cuikuan: over SMTP, or into a Maildir outbox.

Both transports have the same small interface, :class:`Transport`. A tick sends its
emails inside one ``with transport:`` block so SMTP reuses one connection::

    transport = make_transport(config)
    with transport:
        for msg in messages:
            try:
                transport.send(msg)
            except TemporaryTransportError:   # 4xx, outage, timeout: retry next tick
                ...
            except PermanentTransportError as exc:   # 5xx: exc.recipients refused
                ...

``send`` outside a ``with`` block works too (one connection per message).
"""

from __future__ import annotations

import threading
from email.message import EmailMessage
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, Self, runtime_checkable

from daemon.config.secrets import read_secret
from daemon.errors import ConfigError, ConfigIssue

if TYPE_CHECKING:
    from daemon.config.schema import Config

__all__ = ["BatchScope", "Transport", "make_transport"]


@runtime_checkable
class Transport(Protocol):
    """Something that delivers finished messages."""

    def open(self) -> None:
        """Start a batch of sends."""

    def close(self) -> None:
        """End the batch (close any connection). Safe to call twice."""

    def send(self, msg: EmailMessage) -> tuple[str, ...]:
        """Deliver ``msg`` to its To, Cc and Bcc recipients (Bcc is never shown).

        Returns the recipients the server refused while accepting the others (usually
        empty). Raises TemporaryTransportError (retry later) or PermanentTransportError
        (the message was refused for good; ``recipients`` names the refused addresses).
        """
        ...

    def send_raw(self, raw: bytes) -> tuple[str, ...]:
        """Deliver a message already serialised (e.g. from the spool), byte for byte.

        Envelope from Sender/From and To/Cc/Bcc; Bcc lines are removed on the way out.
        Same return value and errors as :meth:`send`.
        """
        ...

    def __enter__(self) -> Transport: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


class BatchScope:
    """``with transport:`` means ``open()`` … ``close()``: one batch, one connection.

    The one implementation of the context-manager half of :class:`Transport`, for every
    transport (and wrapper) to inherit.
    """

    def open(self) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def make_transport(config: Config, stop: threading.Event | None = None) -> Transport:
    """The transport ``config.settings.mail`` asks for, paths resolved from ``base_dir``.

    ``stop`` (the daemon's stop flag) lets SMTP abandon a transaction before its final dot.
    """
    from daemon.outbox.transports.maildir import MaildirTransport
    from daemon.outbox.transports.smtp import SmtpTransport

    mail = config.settings.mail
    if mail.transport == "maildir":
        return MaildirTransport(config.base_dir / mail.maildir.outbox)
    smtp = mail.smtp
    if smtp is None:  # the schema refuses this, but be explicit
        raise ConfigError(
            [
                ConfigIssue(
                    "config.yaml", None, "settings.mail.smtp", "transport is smtp but no smtp"
                )
            ]
        )
    password_file = config.base_dir / smtp.password_file if smtp.password_file else None
    password = read_secret(smtp.password_env, password_file, "SMTP password")
    if smtp.username and password is None:
        where = (
            f"environment variable {smtp.password_env}"
            if smtp.password_env
            else "settings.mail.smtp.password_file"
        )
        raise ConfigError(
            [
                ConfigIssue(
                    "config.yaml",
                    None,
                    "settings.mail.smtp.username",
                    f"username {smtp.username!r} is set but no password was found: set {where}",
                )
            ]
        )
    return SmtpTransport(smtp, password, stop=stop)
