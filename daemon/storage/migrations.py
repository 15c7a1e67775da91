"""The schema versions of the state file and the step that upgrades each to the next.

Kept apart from :mod:`daemon.storage.store` (which runs them on open, all or nothing) so
that adding a schema version is one entry here and one migration module.
"""

from __future__ import annotations

from collections.abc import Callable

from tinydb import TinyDB

from daemon.storage.event_migration import backfill_event_fields
from daemon.storage.history import split_history

SCHEMA_VERSION = 3
"""The layout this code reads and writes."""

Migration = Callable[[TinyDB], None]


def _create_v1(db: TinyDB) -> None:
    """Version 0 (a new, empty file) to 1: tables are created on first use; nothing to do."""


MIGRATIONS: dict[int, Migration] = {0: _create_v1, 1: backfill_event_fields, 2: split_history}
"""``MIGRATIONS[n]`` upgrades a database from version ``n`` to ``n + 1``."""
