"""The small tables the daemon keeps across restarts: when each contract was first seen
(and edited), IMAP cursors, backoff counters, dates learned by email, bad addresses.

A part of :class:`daemon.storage.store.Store` (a base class of it), apart from the store's
own job (opening, batches, commits, the snapshot): each of these is a row or two read and
written by one caller, with nothing of the exactly-once protocol in it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from daemon.domain.state import LearnedEvent
from daemon.storage import convert as cv
from daemon.storage.tables import Tables

EDITS_KEPT = 10
"""Edit instants kept per contract (only the recent ones can matter to the settle time)."""


class RememberedTables:
    """The small-table methods of the store; ``_tables`` is the store's data."""

    _tables: Tables

    if TYPE_CHECKING:  # the store's: many changes, one write

        def batch(self) -> AbstractContextManager[Any]: ...

    # -- contracts ------------------------------------------------------------------

    def mark_contracts_seen(
        self, ids: Iterable[str], at: datetime, *, digests: Mapping[str, str] | None = None
    ) -> None:
        """Remember when each contract was first seen, and when its content changed.

        ``digests`` maps a contract to a hash of its content (``contract_digest``): a
        digest unlike the stored one is an edit, kept (the last :data:`EDITS_KEPT`) so a
        contract edited while it settles waits again. Otherwise later calls change nothing.
        """
        digests = digests or {}
        with self.batch():
            for cid in ids:
                digest = digests.get(cid)
                entry = self._tables.find_entry("contracts", id=cid)
                if entry is None:
                    doc = {"id": cid, "first_seen": cv.iso(at)}
                    self._tables.insert("contracts", {**doc, "digest": digest or ""})
                elif digest and entry[1].get("digest") != digest:
                    edits = list(entry[1].get("edits") or [])
                    if entry[1].get("digest"):  # not just the first digest of an old record
                        edits = [*edits, cv.iso(at)][-EDITS_KEPT:]
                    self._tables.update("contracts", entry[0], {"digest": digest, "edits": edits})

    # -- inbox cursors ----------------------------------------------------------------

    def get_cursor(self, mailbox: str) -> tuple[int, int] | None:
        """(uidvalidity, last_uid) of the last message read in ``mailbox``."""
        doc = self._tables.find("inbox", mailbox=mailbox)
        return (int(doc["uidvalidity"]), int(doc["last_uid"])) if doc else None

    def set_cursor(self, mailbox: str, uidvalidity: int, last_uid: int) -> None:
        doc = {"mailbox": mailbox, "uidvalidity": int(uidvalidity), "last_uid": int(last_uid)}
        self._tables.put("inbox", doc, "mailbox")

    # -- what the outbox and the alerts remember across restarts ---------------------

    def remembered(self, name: str) -> Any:
        """The value last kept under ``name`` by :meth:`remember` (None: nothing kept).

        For the small counters that must survive a crash loop: the outbox's backoff (a
        restart must not retry at once) and the alerts sent this hour (a restart must not
        reset the limit).
        """
        doc = self._tables.find("memory", key=name)
        return copy.deepcopy(doc["value"]) if doc is not None else None

    def remember(self, name: str, value: Any) -> None:
        """Keep ``value`` (JSON types only; None forgets) under ``name``."""
        self._tables.put("memory", {"key": name, "value": cv.jsonable(value)}, "key")

    # -- contract events ------------------------------------------------------------

    def set_contract_event(self, contract: str, event: str, learned: LearnedEvent) -> None:
        """Remember a date of ``contract``'s ``event`` learned by email (replaces the last)."""
        doc = {
            "contract": contract,
            "event": event,
            "day": learned.day.isoformat() if learned.day else None,
            "source": learned.source,
            "at": cv.iso(learned.at),
            "by": learned.by,
            "message_id": learned.message_id,
        }
        self._tables.put("contract_events", doc, "contract", "event")

    # -- bad addresses --------------------------------------------------------------

    def mark_bad_address(self, address: str, reason: str, at: datetime) -> None:
        """Never mail ``address`` again (it bounced permanently). Case-insensitive."""
        doc = {"address": address.strip().lower(), "reason": reason, "at": cv.iso(at)}
        self._tables.put("bad_addresses", doc, "address")

    def bad_addresses(self) -> frozenset[str]:
        return frozenset(doc["address"] for doc in self._tables.rows("bad_addresses"))
