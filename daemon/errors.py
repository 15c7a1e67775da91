"""The exception hierarchy. Every error cuikuan raises on purpose is a :class:`CuikuanError`.

Messages say what is wrong and what to do about it; the CLI prints them as one line and
exits non-zero, the daemon logs them and carries on.
"""

from __future__ import annotations

from dataclasses import dataclass


class CuikuanError(Exception):
    """Base class for every error cuikuan raises on purpose."""


@dataclass(frozen=True)
class ConfigIssue:
    """One problem in a config file, located by file, line and field path."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        if not self.field:
            return f"{where}: {self.message}"
        return f"{where}: {self.field}: {self.message}"


class ConfigError(CuikuanError):
    """The configuration is invalid; ``issues`` lists every problem found, not just the first."""

    def __init__(self, issues: list[ConfigIssue]) -> None:
        self.issues = list(issues)
        super().__init__("\n".join(str(issue) for issue in self.issues))


class TemplateError(CuikuanError):
    """A template is missing or failed to render (e.g. an undefined variable)."""


class TransportError(CuikuanError):
    """Sending failed."""


class TemporaryTransportError(TransportError):
    """Sending failed for now (4xx, connection refused, timeout): retry later."""


class PermanentTransportError(TransportError):
    """The server refused the message for good (5xx): do not retry this email."""

    def __init__(self, message: str, recipients: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.recipients = recipients


class RecipientsDeferredError(TemporaryTransportError):
    """Recipients got a 4xx at RCPT (greylisting, full mailbox): this email waits and is
    retried; the account itself works. ``refused_for_good`` lists any 5xx recipients."""

    def __init__(self, message: str, refused_for_good: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.refused_for_good = refused_for_good


class SendAbandonedError(TemporaryTransportError):
    """A stop was requested during a transaction, before its final dot: the server drops
    the message, nothing was delivered, and the email stays pending for the next start."""


class MessageRefusedError(PermanentTransportError):
    """A 5xx at MAIL FROM or DATA: the message or the whole account is refused.

    Which one is not known from one reply: a refusal of every message (quota, a sending
    ban, a policy on the sender) is an outage; a refusal of one message while others go
    through is final for that message. The outbox tells them apart.
    """


class InboxError(CuikuanError):
    """Reading the inbox failed (login, connection, folder)."""


class StoreError(CuikuanError):
    """The state database cannot be read or written."""
