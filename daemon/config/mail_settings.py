"""The ``settings.mail`` section: where mail goes out (Maildir or SMTP) and comes in (IMAP).

Why apart from :mod:`daemon.config.schema`: the transports, the inbox adapters and
``doctor`` need these settings and nothing else of the config.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import (
    ConfigDict,
    Field,
    model_validator,
)

from daemon.config.fields import EmailAddress, Person, Strict


class SmtpSettings(Strict):
    """Outgoing SMTP server. The password comes from an environment variable or a file."""

    host: str
    port: int = Field(587, ge=1, le=65535)
    security: Literal["starttls", "ssl", "none"] = "starttls"
    username: str | None = None
    password_env: str | None = "CUIKUAN_SMTP_PASSWORD"
    password_file: Path | None = None
    timeout: float = Field(30.0, gt=0, le=60)
    """Seconds to wait for one server reply. At most 60: a stop waits for one reply, and
    systemd's TimeoutStopSec is set from these maxima (daemon.service.loop.stop_budget)."""


class ImapSettings(Strict):
    """The inbox cuikuan reads. The password comes from an environment variable or a file."""

    host: str
    port: int = Field(993, ge=1, le=65535)
    security: Literal["ssl", "starttls", "none"] = "ssl"
    username: str
    password_env: str | None = "CUIKUAN_IMAP_PASSWORD"
    password_file: Path | None = None
    timeout: float = Field(30.0, gt=0, le=60)
    """Seconds to wait for one server reply (at most 60, as for SMTP)."""
    mailbox: str = "INBOX"
    sent_folder: str = "Sent"
    append_sent: bool = True
    """Put a copy of each email sent into sent_folder. Set false when the provider files
    submitted mail there itself (Gmail, Exchange/Office 365), or Sent gets two copies."""
    processed_folder: str = "cuikuan/processed"
    unmatched_folder: str = "cuikuan/unmatched"
    after_processing: Literal["move", "flag"] = "move"
    idle_renew_seconds: int = Field(540, ge=30, le=1740)
    poll_seconds: int = Field(60, ge=5, le=3600)


class MaildirSettings(Strict):
    """The embedded transport: outgoing mail as a Maildir, inbound read from a Maildir."""

    outbox: Path = Path("data/outbox")
    inbox: Path = Path("data/inbox")


class MailSettings(Strict):
    """Where mail goes out and comes in."""

    sender: Person = Field(alias="from")
    reply_to: EmailAddress | None = None
    transport: Literal["maildir", "smtp"] = "maildir"
    maildir: MaildirSettings = MaildirSettings()
    smtp: SmtpSettings | None = None
    imap: ImapSettings | None = None
    message_id_domain: str | None = None
    """Domain for generated Message-IDs; defaults to the sender's domain."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _transport_configured(self) -> MailSettings:
        if self.transport == "smtp" and self.smtp is None:
            raise ValueError("transport is smtp but there is no smtp section")
        return self
