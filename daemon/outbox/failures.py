"""What the outbox remembers about failures, and who it tells: plain values and a protocol.

:class:`Outage` (the account cannot send: backoff for everything), :class:`Deferral` (one
email's recipients got a 4xx: backoff for that email alone), :class:`TickResult` (what a
pass did) and :class:`OutboxListener` (the PM alerts implement it), kept apart from the
protocol in :mod:`daemon.outbox.outbox` so each reads on its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar

from daemon.domain.state import SendKey

BACKOFF_FIRST = timedelta(minutes=1)
BACKOFF_MAX = timedelta(minutes=30)


def backoff(failures: int) -> timedelta:
    """Wait after ``failures`` temporary failures in a row: 1, 2, 4 … 30 minutes."""
    return min(BACKOFF_FIRST * 2 ** min(failures - 1, 16), BACKOFF_MAX)


def backing_off(retry_at: datetime | None, now: datetime) -> bool:
    """True while ``now`` is before ``retry_at``. A retry time further ahead than the
    longest backoff was set by a clock that has gone back since (it is remembered across
    restarts): it is not waited for, or a clock put right would stop sending for as long."""
    return retry_at is not None and now < retry_at <= now + BACKOFF_MAX


@dataclass
class TickResult:
    """What a pass over the outbox did, for logs, tests and ``--once``."""

    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    """Temporarily failed (or waiting out a backoff): still pending, retried later."""


@dataclass
class Outage:
    """Sending has been failing since ``since``: when to try again, whether the PM knows."""

    since: datetime
    last_error: str
    failures: int = 1
    retry_at: datetime | None = None
    alerted: bool = False


@dataclass
class Deferral:
    """One email whose recipients got a 4xx at RCPT: retried on its own backoff."""

    since: datetime
    error: str
    attempts: int = 1
    retry_at: datetime | None = None
    alerted: bool = False


Remembered = TypeVar("Remembered", Outage, Deferral)


def to_json(value: Outage | Deferral) -> dict[str, Any]:
    """An outage or a deferral as JSON values, to be remembered across restarts."""
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in asdict(value).items()}


def from_json(kind: type[Remembered], data: Any) -> Remembered | None:
    """The :func:`to_json` of ``kind`` read back; None if ``data`` is not one (then the
    backoff starts afresh: a damaged counter must not stop sending for good)."""
    if not isinstance(data, Mapping):
        return None
    values: dict[str, Any] = {}
    try:
        for f in fields(kind):
            raw = data.get(f.name)
            if f.name in ("since", "retry_at"):
                values[f.name] = datetime.fromisoformat(raw) if isinstance(raw, str) else None
            elif raw is not None:
                values[f.name] = raw
        value = kind(**values)
    except (TypeError, ValueError):
        return None
    return value if isinstance(value.since, datetime) else None


class OutboxListener(Protocol):
    """Who hears what went wrong (the PM alerts). Called outside any store batch."""

    def refused(self, key: SendKey | None, mid: str, error: str, addresses: Sequence[str],
                now: datetime) -> None:  # fmt: skip
        """An email was refused for good (it will not be retried)."""

    def bad_addresses(self, addresses: Sequence[str], mid: str, error: str, now: datetime) -> None:
        """The server refused these addresses for good while sending ``mid``."""

    def failing(self, outage: Outage, pending: int, now: datetime) -> None:
        """Sending failed again; ``outage`` says since when (tell the PM once, late enough)."""

    def deferred(self, mid: str, deferral: Deferral, now: datetime) -> None:
        """``mid`` is still waiting for its recipients' server (greylisting, full mailbox)."""
