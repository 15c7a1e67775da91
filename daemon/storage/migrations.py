"""The schema versions of the state file and the step that upgrades each to the next.

Kept apart from :mod:`daemon.storage.store` (which runs them on open, all or nothing) so
that adding a schema version is one entry here and one migration module.
"""

from __future__ import annotations

from collections.abc import Callable

from tinydb import Query, TinyDB

from daemon.storage.event_migration import backfill_event_fields
from daemon.storage.history import split_history

SCHEMA_VERSION = 4
"""The layout this code reads and writes."""

Migration = Callable[[TinyDB], None]


def _create_v1(db: TinyDB) -> None:
    """Version 0 (a new, empty file) to 1: tables are created on first use; nothing to do."""


def withdrawn_status(db: TinyDB) -> None:
    """Version 3 to 4: a withdrawn email was ``failed`` with a ``withdrawn: …`` error; it
    has its own status now (it was never refused: cuikuan chose not to send it)."""
    sends = db.table("sends")
    withdrawn = (Query().status == "failed") & Query().error.test(
        lambda error: isinstance(error, str) and error.startswith("withdrawn: ")
    )
    for doc in sends.search(withdrawn):
        reason = doc["error"].removeprefix("withdrawn: ")
        sends.update({"status": "withdrawn", "error": reason}, doc_ids=[doc.doc_id])


MIGRATIONS: dict[int, Migration] = {
    0: _create_v1,
    1: backfill_event_fields,
    2: split_history,
    3: withdrawn_status,
}
"""``MIGRATIONS[n]`` upgrades a database from version ``n`` to ``n + 1``."""
