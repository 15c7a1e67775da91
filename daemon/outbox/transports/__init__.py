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
from typing import TYPE_CHECKING

from daemon.config.secrets import read_secret
from daemon.errors import ConfigError, ConfigIssue
from daemon.outbox.transports.base import BatchScope, Transport

if TYPE_CHECKING:
    from daemon.config.records import Config

__all__ = ["BatchScope", "Transport", "make_transport"]


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
