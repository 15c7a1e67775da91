"""The one source of "now".

Nothing in cuikuan calls ``datetime.now()`` except :class:`SystemClock`. Everything that
depends on time receives a :class:`Clock` (or a plain aware ``datetime``), so tests and the
``--now`` option can pin time without patching the standard library.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the current time as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that only moves when told to: for tests and ``--once --now``."""

    def __init__(self, at: datetime) -> None:
        self._at = ensure_aware(at)

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime) -> None:
        self._at = ensure_aware(at)

    def advance(self, delta: timedelta) -> None:
        self._at += delta


class OffsetClock:
    """Starts at a chosen instant and then runs at real speed (``run --now`` without ``--once``)."""

    def __init__(self, start: datetime) -> None:
        self._start = ensure_aware(start)
        self._t0 = time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._t0)


def ensure_aware(at: datetime) -> datetime:
    """Reject naive datetimes: a naive time is ambiguous across client timezones."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"{at.isoformat()} has no UTC offset; give one, e.g. +08:00")
    return at.astimezone(UTC)


def parse_now(text: str) -> datetime:
    """Parse a ``--now`` value: ISO 8601 with an offset (a bare date means 10:00 UTC+8)."""
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(
            f"--now {text!r} is not an ISO 8601 time; use e.g. 2026-12-01T10:00:00+08:00"
        ) from exc
    if parsed.tzinfo is None:
        raise ValueError(f"--now {text!r} has no UTC offset; use e.g. 2026-12-01T10:00:00+08:00")
    return ensure_aware(parsed)
