"""The ``sends`` table: every email cuikuan decided to send, and what became of it.

A part of :class:`daemon.storage.store.Store` (a base class of it), kept in its own module
because the send records are the heart of "exactly once": an intent (``pending``) is
recorded before SMTP is tried, then confirmed (``sent``), refused (``failed``) or replaced
(``skipped``) or withdrawn (``withdrawn``: its contract left the config).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from daemon.domain.state import SendKey, SendRecord, SendStatus
from daemon.errors import StoreError
from daemon.storage import convert as cv
from daemon.storage.tables import Tables


class SendsTable:
    """The send methods of the store; ``_tables`` is the store's data."""

    _tables: Tables

    def record_pending(
        self,
        key: SendKey,
        message_id: str,
        at: datetime,
        to: Sequence[str],
        covers: Sequence[SendKey] = (),
    ) -> None:
        """Record the intent to send (call BEFORE handing the message to SMTP).

        ``covers``: one consolidated email stands for several keys (issue 13.2); each gets
        its own record with the same Message-ID (call inside ``store.batch()`` so that they
        are one write), and every later status change (sent, failed) applies to all.

        Raises StoreError if this email (or a covered key) is already recorded as sent:
        sending it again would mail the client twice.
        """
        if isinstance(to, str):
            raise TypeError("to must be a sequence of addresses, not a string")
        keys = list(dict.fromkeys([key, *covers]))
        for each in keys:
            existing = self._tables.find("sends", **cv.key_doc(each))
            if existing is not None and existing["status"] == "sent":
                raise StoreError(
                    f"{existing['message_id']} was already sent at {existing['at']}; "
                    "refusing to record it as pending again"
                )
        group = [cv.key_list(k) for k in keys] if len(keys) > 1 else []
        for each in keys:
            doc = {
                **cv.key_doc(each),
                "message_id": message_id,
                "status": "pending",
                "at": cv.iso(at),
                "to": list(to),
                "error": "",
                "superseded_by": "",
            }
            if group:
                doc["covers"] = group
            self._tables.put("sends", doc, *cv.KEY_FIELDS)

    def mark_sent(self, message_id: str, at: datetime) -> None:
        """The server accepted the message."""
        self._set_status(message_id, "sent", at, error="")

    def mark_failed(self, message_id: str, at: datetime, error: str) -> None:
        """The server refused the message for good; ``error`` says why."""
        self._set_status(message_id, "failed", at, error=error)

    def mark_withdrawn(self, message_id: str, at: datetime, reason: str) -> None:
        """cuikuan will not send the pending message after all; ``reason`` says why."""
        self._set_status(message_id, "withdrawn", at, error=reason)

    def release_pending(self, message_id: str, keys: Sequence[SendKey]) -> None:
        """Give ``keys`` back to the plan: their pending record under ``message_id`` goes.

        For a consolidated email withdrawn before it went out (one of its payments left
        the config): the payments still in the config were never sent, so the planner must
        plan them again, alone or in a new letter. The caller makes sure the email did not
        go out. Other records (another Message-ID, already sent) are left alone.
        """
        for key in keys:
            entry = self._tables.find_entry("sends", **cv.key_doc(key))
            if entry is None:
                continue
            doc_id, doc = entry
            if doc["status"] == "pending" and doc["message_id"] == message_id:
                self._tables.remove("sends", doc_id)

    def _set_status(self, message_id: str, status: SendStatus, at: datetime, error: str) -> None:
        entry = self._tables.find_entry("sends", message_id=message_id)
        if entry is None or not message_id:
            raise StoreError(f"no send with Message-ID {message_id} was recorded")
        changes = {"status": status, "at": cv.iso(at), "error": error}
        self._tables.update("sends", entry[0], changes)
        for parts in entry[1].get("covers") or ():  # a consolidated email: every key it covers
            covered = self._tables.find_entry("sends", **cv.key_doc(cv.key_from_list(parts)))
            if covered is not None and covered[1]["message_id"] == message_id:
                self._tables.update("sends", covered[0], changes)

    def mark_skipped(self, key: SendKey, at: datetime, superseded_by: str) -> None:
        """Record that ``key`` will not be sent: ``superseded_by`` (a Message-ID) replaces it."""
        existing = self._tables.find("sends", **cv.key_doc(key))
        if existing is not None and existing["status"] == "sent":
            raise StoreError(f"{existing['message_id']} was already sent; it cannot be skipped")
        doc = {
            **cv.key_doc(key),
            "message_id": existing["message_id"] if existing else "",
            "status": "skipped",
            "at": cv.iso(at),
            "to": existing["to"] if existing else [],
            "error": "",
            "superseded_by": superseded_by,
        }
        self._tables.put("sends", doc, *cv.KEY_FIELDS)

    def pending_sends(self) -> list[SendRecord]:
        """Sends recorded but not confirmed (a crash may have hit between), oldest first."""
        docs = [doc for doc in self._tables.rows("sends") if doc["status"] == "pending"]
        return sorted((cv.send_record(doc) for doc in docs), key=lambda r: r.at)

    def find_send(self, message_id: str) -> SendRecord | None:
        """The send with this Message-ID, if cuikuan made it."""
        doc = self._tables.find("sends", message_id=message_id) if message_id else None
        return cv.send_record(doc) if doc else None

    def decided(self, key: SendKey) -> SendRecord | None:
        """The send recorded for ``key`` (sent, pending, failed, or skipped after a try).

        By key, not Message-ID: an email recorded under its old, untokened Message-ID is
        still decided. A bare skip (never tried, no Message-ID) is not.
        """
        doc = self._tables.find("sends", **cv.key_doc(key))
        return cv.send_record(doc) if doc and doc.get("message_id") else None

    def send_error(self, message_id: str) -> str:
        """Why the send with this Message-ID failed ('' if it did not)."""
        doc = self._tables.find("sends", message_id=message_id) if message_id else None
        return str(doc.get("error", "")) if doc else ""

    def sends_for(self, contract: str, milestone: str | None = None) -> list[SendRecord]:
        """Sends of a contract (all of them when ``milestone`` is None), oldest first."""
        docs = [
            doc
            for doc in self._tables.rows("sends")
            if doc["contract"] == contract and milestone in (None, doc["milestone"])
        ]
        return sorted((cv.send_record(doc) for doc in docs), key=lambda r: r.at)
