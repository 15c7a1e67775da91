"""cuikuan's memory: what was sent, what clients said, where each milestone stands.

The planner must never mail a client twice, so every send is recorded as an intent
(``pending``) *before* SMTP is tried and confirmed afterwards. The data lives in one TinyDB
file (``data/state.json``) written atomically (:mod:`daemon.storage.json_storage`); one process at a
time may open it (an exclusive ``flock`` on ``<path>.lock``).

Tables: ``meta`` (schema version), ``contracts`` (first seen), ``milestones`` (chase
state), ``sends``, ``events`` (history), ``inbox`` (IMAP cursors), ``processed`` (inbound
Message-IDs acted on), ``bad_addresses``, ``contract_events`` (dates learned by email,
e.g. acceptance). Datetimes are stored as ISO strings with offset,
dates as ISO dates. The pure core never sees TinyDB: it reads a :class:`StateView`::

    with Store(Path("data/state.json")) as store:
        view = store.snapshot()
        with store.batch():              # one file write for the whole tick
            store.record_pending(key, mid, now, ["client@example.com"])

Outside :meth:`Store.batch` every method is durable when it returns. The methods work on
the data in memory through :class:`daemon.storage.tables.Tables` (O(1) inserts, indexed lookups)
rather than TinyDB's ``Table``, which copies a whole table per change; the file keeps
TinyDB's layout, and migrations get a real TinyDB (:meth:`Store.tinydb`).
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

from tinydb import TinyDB

from daemon.domain.state import (
    LearnedEvent,
    MilestoneState,
    SendKey,
    SendRecord,
    SendStatus,
    StateView,
)
from daemon.errors import StoreError
from daemon.storage import schema
from daemon.storage.damage import DamagedStateError
from daemon.storage.event_migration import backfill_event_fields
from daemon.storage.history import History, split_history
from daemon.storage.json_storage import AtomicJSONStorage
from daemon.storage.lock import StateLock
from daemon.storage.middleware import BatchingMiddleware
from daemon.storage.tables import Tables

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 3
"""The layout this code reads and writes."""

Migration = Callable[[TinyDB], None]


def _create_v1(db: TinyDB) -> None:
    """Version 0 (a new, empty file) to 1: tables are created on first use; nothing to do."""


MIGRATIONS: dict[int, Migration] = {0: _create_v1, 1: backfill_event_fields, 2: split_history}
"""``MIGRATIONS[n]`` upgrades a database from version ``n`` to ``n + 1``."""


class Store:
    """The state database. Open it once per process; close it (or use ``with``)."""

    def __init__(self, path: Path, *, wait: float = 0.0, read_only: bool = False) -> None:
        """Open (creating if needed) the database at ``path``.

        ``wait`` is how many seconds to wait for another process to release the lock
        before giving up with a :class:`StoreError`. ``read_only`` takes no lock and never
        writes: for ``status`` and ``plan`` beside a running daemon (the file is replaced
        atomically, so a reader always sees one whole generation).
        """
        self.path = Path(path)
        self.read_only = read_only
        self._views: dict[str, tuple[dict[Any, Any], dict[str, Any]]] = {}
        self._lock: StateLock | None = None
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock = StateLock(self.path.with_name(self.path.name + ".lock"), wait=wait)
        try:
            self._middleware = BatchingMiddleware(AtomicJSONStorage)
            self._middleware(self.path, read_only=read_only)  # opens the storage
            self._tables = Tables(self._middleware)
            self._history = History(self.path, self._tables, read_only=read_only)
            self._check_shape()
            if not read_only:
                self.migrate()
                self._history.open()
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise

    def _check_shape(self) -> None:
        """Refuse a state of the wrong shape now, not with a traceback in the planner."""
        found = schema.problems(self._middleware.read() or {})
        if found:
            raise DamagedStateError(self.path, [f"{self.path.name} has {p}" for p in found])

    # -- lifecycle ------------------------------------------------------------------

    def close(self) -> None:
        """Write anything batched, close the file and release the lock. Idempotent.

        The data read into memory is let go too: a reader (``status``, a report) that is
        done must not keep a second copy of a large state alive beside the daemon's.
        """
        try:
            if self._lock is not None and self._lock.held:
                try:
                    self._history.stage()  # closed inside a batch: its records too
                    self._middleware.flush()
                    self._history.settle()
                    self._history.prune()  # the state need not carry what the log holds
                    self._middleware.close()
                finally:
                    self._lock.release()
        finally:
            self._middleware.forget()
            self._views.clear()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def batch(self, *, all_or_nothing: bool = False) -> Iterator[Store]:
        """Group every change inside the block into one file write at its end.

        Reads inside the block see the changes. If an exception escapes, what was done
        before it is still written, unless ``all_or_nothing``: then none of it is (for
        a commit that must land whole, like acting on an inbound message). Batches nest;
        the outermost one writes.
        """
        if self._middleware.in_batch:
            with self._middleware.batch(all_or_nothing=all_or_nothing):
                yield self
            return
        try:
            with self._middleware.batch(all_or_nothing=all_or_nothing):
                try:
                    yield self
                except BaseException:
                    if all_or_nothing:
                        self._history.discard()
                    else:
                        self._history.stage()
                    raise
                self._history.stage()  # the history records go into this same write
        finally:
            self._history.settle()

    def migrate(
        self,
        *,
        target: int = SCHEMA_VERSION,
        migrations: Mapping[int, Migration] = MIGRATIONS,
    ) -> int:
        """Upgrade the file to ``target`` one version at a time; return the version.

        Runs on open. Each step gets a TinyDB over the data. All steps or none: a failed
        migration leaves the file as it was. A file from a newer cuikuan is refused.
        """
        meta = self._tables.find("meta", key="schema_version")
        version = int(meta["value"]) if meta else 0
        if version > target:
            raise StoreError(
                f"{self.path} has schema version {version} but this cuikuan knows only up "
                f"to {target}; upgrade cuikuan (or restore a backup made by this version)"
            )
        if version == target:
            return version
        with self._middleware.batch(all_or_nothing=True):
            while version < target:
                step = migrations.get(version)
                if step is None:
                    raise StoreError(f"no migration from schema version {version} of {self.path}")
                step(self.tinydb())
                version += 1
                self._tables.put("meta", {"key": "schema_version", "value": version}, "key")
        logger.info("state %s is at schema version %s", self.path, version)
        return version

    def tinydb(self) -> TinyDB:
        """A TinyDB over the same data, for migrations and inspection (do not close it)."""
        middleware = self._middleware
        return TinyDB(storage=lambda: middleware)

    # -- snapshot -------------------------------------------------------------------

    def snapshot(self) -> StateView:
        """Everything the planner needs, as immutable values.

        Only documents changed since the last snapshot are converted again: a tick takes a
        snapshot per email sent, and converting tens of thousands of sends each time would
        make a tick quadratic.
        """
        seen = self._view("contracts", _contract_seen)
        milestones = self._view("milestones", _milestone_entry)
        sends = self._view("sends", _send_entry)
        return StateView(
            contracts_seen=seen,
            milestones=milestones,
            sends=sends,
            bad_addresses=self.bad_addresses(),
            contract_events=self._view("contract_events", _learned_entry),
        )

    def _view(
        self, table: str, convert: Callable[[Mapping[str, Any]], tuple[Any, Any]]
    ) -> dict[Any, Any]:
        """A fresh ``{key: value}`` of ``convert`` over every document of ``table``, in order.

        Kept up to date from the documents changed since the last call (only those are
        converted again); rebuilt whole when the table was replaced (a reload, a TinyDB
        write in a migration).
        """
        changed = self._tables.take_changes(table)
        cached = self._views.get(table)
        if cached is None or changed is None:
            result: dict[Any, Any] = {}
            keys: dict[str, Any] = {}
            for doc_id, doc in self._tables.entries(table):
                key, value = convert(doc)
                result[key] = value
                keys[doc_id] = key
            self._views[table] = (result, keys)
            return dict(result)
        result, keys = cached
        for doc_id, doc in changed.items():
            key, value = convert(doc)
            old = keys.get(doc_id)
            if old is not None and old != key:
                result.pop(old, None)
            result[key] = value
            keys[doc_id] = key
        return dict(result)

    # -- contracts ------------------------------------------------------------------

    def mark_contracts_seen(self, ids: Iterable[str], at: datetime) -> None:
        """Remember when each contract was first seen; later calls change nothing."""
        with self.batch():
            for cid in ids:
                if self._tables.find("contracts", id=cid) is None:
                    self._tables.insert("contracts", {"id": cid, "first_seen": _iso(at)})

    # -- sends ----------------------------------------------------------------------

    def record_pending(
        self, key: SendKey, message_id: str, at: datetime, to: Sequence[str]
    ) -> None:
        """Record the intent to send (call BEFORE handing the message to SMTP).

        Raises StoreError if this email is already recorded as sent: sending it again
        would mail the client twice.
        """
        if isinstance(to, str):
            raise TypeError("to must be a sequence of addresses, not a string")
        existing = self._tables.find("sends", **_key_doc(key))
        if existing is not None and existing["status"] == "sent":
            raise StoreError(
                f"{existing['message_id']} was already sent at {existing['at']}; "
                "refusing to record it as pending again"
            )
        doc = {
            **_key_doc(key),
            "message_id": message_id,
            "status": "pending",
            "at": _iso(at),
            "to": list(to),
            "error": "",
            "superseded_by": "",
        }
        self._tables.put("sends", doc, *_KEY_FIELDS)

    def mark_sent(self, message_id: str, at: datetime) -> None:
        """The server accepted the message."""
        self._set_status(message_id, "sent", at, error="")

    def mark_failed(self, message_id: str, at: datetime, error: str) -> None:
        """The server refused the message for good; ``error`` says why."""
        self._set_status(message_id, "failed", at, error=error)

    def _set_status(self, message_id: str, status: SendStatus, at: datetime, error: str) -> None:
        entry = self._tables.find_entry("sends", message_id=message_id)
        if entry is None or not message_id:
            raise StoreError(f"no send with Message-ID {message_id} was recorded")
        changes = {"status": status, "at": _iso(at), "error": error}
        self._tables.update("sends", entry[0], changes)

    def mark_skipped(self, key: SendKey, at: datetime, superseded_by: str) -> None:
        """Record that ``key`` will not be sent: ``superseded_by`` (a Message-ID) replaces it."""
        existing = self._tables.find("sends", **_key_doc(key))
        if existing is not None and existing["status"] == "sent":
            raise StoreError(f"{existing['message_id']} was already sent; it cannot be skipped")
        doc = {
            **_key_doc(key),
            "message_id": existing["message_id"] if existing else "",
            "status": "skipped",
            "at": _iso(at),
            "to": existing["to"] if existing else [],
            "error": "",
            "superseded_by": superseded_by,
        }
        self._tables.put("sends", doc, *_KEY_FIELDS)

    def pending_sends(self) -> list[SendRecord]:
        """Sends recorded but not confirmed (a crash may have hit between), oldest first."""
        docs = [doc for doc in self._tables.rows("sends") if doc["status"] == "pending"]
        return sorted((_send_record(doc) for doc in docs), key=lambda r: r.at)

    def find_send(self, message_id: str) -> SendRecord | None:
        """The send with this Message-ID, if cuikuan made it."""
        doc = self._tables.find("sends", message_id=message_id) if message_id else None
        return _send_record(doc) if doc else None

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
        return sorted((_send_record(doc) for doc in docs), key=lambda r: r.at)

    # -- milestones -----------------------------------------------------------------

    def get_milestone(self, contract: str, milestone: str) -> MilestoneState:
        """The chase state of a milestone (open if never changed)."""
        doc = self._tables.find("milestones", contract=contract, milestone=milestone)
        return _milestone_state(doc) if doc else MilestoneState()

    def set_milestone(
        self, contract: str, milestone: str, state: MilestoneState, at: datetime, cause: str
    ) -> None:
        """Store the new state (``updated_at`` becomes ``at``) and log a state_change event."""
        with self.batch():
            before = self.get_milestone(contract, milestone)
            doc = {
                "contract": contract,
                "milestone": milestone,
                "status": state.status,
                "reason": state.reason,
                "hold_until": _iso(state.hold_until) if state.hold_until else None,
                "promised_date": state.promised_date.isoformat() if state.promised_date else None,
                "last_contact": _iso(state.last_contact) if state.last_contact else None,
                "updated_at": _iso(at),
                "paid_on": state.paid_on.isoformat() if state.paid_on else None,
                "paid_amount": str(state.paid_amount) if state.paid_amount is not None else None,
                "promise_words": state.promise_words,
                "promise_made": _iso(state.promise_made) if state.promise_made else None,
                "interest_waived": state.interest_waived,
            }
            self._tables.put("milestones", doc, "contract", "milestone")
            verified = {"paid_on": state.paid_on, "paid_amount": state.paid_amount}
            self.add_event(
                at,
                "state_change",
                contract,
                milestone,
                old=before.status,
                new=state.status,
                cause=cause,
                reason=state.reason,
                hold_until=state.hold_until,
                promised_date=state.promised_date,
                **{k: v for k, v in verified.items() if v is not None},
            )

    # -- events ---------------------------------------------------------------------

    def add_event(
        self,
        at: datetime,
        kind: str,
        contract: str | None = None,
        milestone: str | None = None,
        /,
        **data: Any,
    ) -> None:
        """Append to the history. ``data`` values may be datetimes, dates, Decimals, ..."""
        doc = {
            "at": _iso(at),
            "kind": kind,
            "contract": contract,
            "milestone": milestone,
            "data": _jsonable(data),
        }
        with self.batch():
            self._history.add({"type": "event", **doc})

    def events(self, contract: str | None = None, milestone: str | None = None) -> list[dict]:
        """History in the order it was recorded; ``at`` is a datetime, ``data`` a dict.

        Read from the history log (and the commits not in it yet): on demand, for reports
        and the timeline; nothing on the daemon's cycle calls it.
        """
        return [
            {
                "at": _at(doc["at"]),
                "kind": doc["kind"],
                "contract": doc["contract"],
                "milestone": doc["milestone"],
                "data": copy.deepcopy(doc["data"]),
            }
            for doc in self._history.records()
            if doc.get("type") == "event"
            and contract in (None, doc["contract"])
            and milestone in (None, doc["milestone"])
        ]

    def reviewed_contracts(self) -> frozenset[str]:
        """Contracts whose ``review`` event is recorded (from an index: no history read)."""
        return self._history.reviewed()

    # -- inbox ----------------------------------------------------------------------

    def get_cursor(self, mailbox: str) -> tuple[int, int] | None:
        """(uidvalidity, last_uid) of the last message read in ``mailbox``."""
        doc = self._tables.find("inbox", mailbox=mailbox)
        return (int(doc["uidvalidity"]), int(doc["last_uid"])) if doc else None

    def set_cursor(self, mailbox: str, uidvalidity: int, last_uid: int) -> None:
        doc = {"mailbox": mailbox, "uidvalidity": int(uidvalidity), "last_uid": int(last_uid)}
        self._tables.put("inbox", doc, "mailbox")

    def is_processed(self, message_id: str) -> bool:
        """Whether an inbound message was already acted on."""
        return self._history.is_processed(message_id)

    def mark_processed(self, message_id: str, at: datetime, outcome: str) -> None:
        record = {"type": "processed", "message_id": message_id, "at": _iso(at), "outcome": outcome}
        with self.batch():
            self._history.add(record)

    # -- contract events ------------------------------------------------------------

    def set_contract_event(self, contract: str, event: str, learned: LearnedEvent) -> None:
        """Remember a date of ``contract``'s ``event`` learned by email (replaces the last)."""
        doc = {
            "contract": contract,
            "event": event,
            "day": learned.day.isoformat() if learned.day else None,
            "source": learned.source,
            "at": _iso(learned.at),
            "by": learned.by,
            "message_id": learned.message_id,
        }
        self._tables.put("contract_events", doc, "contract", "event")

    # -- bad addresses --------------------------------------------------------------

    def mark_bad_address(self, address: str, reason: str, at: datetime) -> None:
        """Never mail ``address`` again (it bounced permanently). Case-insensitive."""
        doc = {"address": address.strip().lower(), "reason": reason, "at": _iso(at)}
        self._tables.put("bad_addresses", doc, "address")

    def bad_addresses(self) -> frozenset[str]:
        return frozenset(doc["address"] for doc in self._tables.rows("bad_addresses"))


# -- conversions ------------------------------------------------------------------


def _iso(value: datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}: the store needs aware datetimes")
    return value.isoformat()


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


_KEY_FIELDS = ("contract", "milestone", "stage", "seq")


def _key_doc(key: SendKey) -> dict[str, Any]:
    return {
        "contract": key.contract,
        "milestone": key.milestone,
        "stage": key.stage,
        "seq": key.seq,
    }


def _send_record(doc: Mapping[str, Any]) -> SendRecord:
    return SendRecord(
        key=SendKey(doc["contract"], doc["milestone"], doc["stage"], int(doc["seq"])),
        message_id=doc["message_id"],
        status=doc["status"],
        at=_at(doc["at"]),
        to=tuple(doc.get("to") or ()),
    )


def _send_entry(doc: Mapping[str, Any]) -> tuple[SendKey, SendRecord]:
    record = _send_record(doc)
    return record.key, record


def _contract_seen(doc: Mapping[str, Any]) -> tuple[str, datetime]:
    return doc["id"], _at(doc["first_seen"])


def _learned_entry(doc: Mapping[str, Any]) -> tuple[tuple[str, str], LearnedEvent]:
    day = doc.get("day")
    learned = LearnedEvent(
        day=date.fromisoformat(day) if day else None,
        source=doc["source"],
        at=_at(doc["at"]),
        by=doc.get("by", ""),
        message_id=doc.get("message_id", ""),
    )
    return (doc["contract"], doc["event"]), learned


def _milestone_entry(doc: Mapping[str, Any]) -> tuple[tuple[str, str], MilestoneState]:
    return (doc["contract"], doc["milestone"]), _milestone_state(doc)


def _milestone_state(doc: Mapping[str, Any]) -> MilestoneState:
    promised = doc.get("promised_date")
    paid_on, paid_amount = doc.get("paid_on"), doc.get("paid_amount")
    return MilestoneState(
        status=doc["status"],
        reason=doc.get("reason", ""),
        hold_until=_dt(doc.get("hold_until")),
        promised_date=date.fromisoformat(promised) if promised else None,
        last_contact=_dt(doc.get("last_contact")),
        updated_at=_dt(doc.get("updated_at")),
        paid_on=date.fromisoformat(paid_on) if paid_on else None,
        paid_amount=Decimal(paid_amount) if paid_amount is not None else None,
        promise_words=doc.get("promise_words", ""),
        promise_made=_dt(doc.get("promise_made")),
        interest_waived=bool(doc.get("interest_waived", False)),
    )


def _jsonable(value: Any) -> Any:
    """``value`` made of JSON types only (for event data)."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | Path):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return [_jsonable(v) for v in items]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _jsonable(dataclasses.asdict(value))
    raise TypeError(f"cannot store a {type(value).__name__} in an event: {value!r}")
