"""Instants as a reader reads them: local date and time, in one named zone.

Stored and JSON times are ISO 8601 with their offset (an interface scripts read). Tables
for people show one zone per column instead, the PM's (``settings.timezone``), named in
the column's header: ``next_at (Asia/Shanghai)`` over ``2026-12-04 17:00``. Mixed offsets
(``+00:00`` beside ``+08:00``, a day off at midnight) are how dates get misread.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


def local_minute(value: str | datetime | None, tz: ZoneInfo) -> str | None:
    """``YYYY-MM-DD HH:MM`` in ``tz`` of an aware instant (or its ISO text); None stays None."""
    if value is None or value == "":
        return None
    at = datetime.fromisoformat(value) if isinstance(value, str) else value
    return at.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def in_zone(column: str, tz: ZoneInfo) -> str:
    """The header of a column of local times: ``at (Asia/Shanghai)``."""
    return f"{column} ({tz.key})"
