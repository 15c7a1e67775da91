"""cuikuan's memory: what was sent, what clients said, where each milestone stands.

The planner must never mail a client twice, so every send is recorded as an intent
(``pending``) *before* SMTP is tried and confirmed afterwards. The data lives in one TinyDB
file (``data/state.json``) written atomically (:mod:`daemon.storage.json_storage`); one process at a
time may open it (an exclusive ``flock`` on ``<path>.lock``).

Tables: ``meta`` (schema version), ``contracts`` (first seen), ``milestones`` (chase
state), ``sends``, ``events`` (history), ``inbox`` (IMAP cursors), ``processed`` (inbound
Message-IDs acted on), ``bad_addresses``, ``memory`` (backoff and alert counts),
``contract_events`` (dates learned by email, e.g. acceptance), ``bank_credits``
(statement lines imported, :mod:`daemon.storage.bank_credits`).
Datetimes are stored as ISO strings with offset, dates as ISO dates. The pure core never
sees TinyDB: it reads a :class:`StateView`::

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
import logging
from collections.abc import Callable, Collection, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from tinydb import TinyDB

from daemon.domain.sends_index import SendsIndex
from daemon.domain.state import MilestoneState, SendRecord, StateView
from daemon.errors import StoreError
from daemon.storage import convert as cv
from daemon.storage import message_key, schema
from daemon.storage.bank_credits import BankCreditsTable
from daemon.storage.damage import DamagedStateError
from daemon.storage.history import History
from daemon.storage.json_storage import AtomicJSONStorage
from daemon.storage.lock import StateLock
from daemon.storage.middleware import BatchingMiddleware
from daemon.storage.migrations import MIGRATIONS, SCHEMA_VERSION, Migration
from daemon.storage.remembered import RememberedTables
from daemon.storage.sends import SendsTable
from daemon.storage.tables import Tables
from daemon.storage.views import TableViews

logger = logging.getLogger(__name__)


class Store(SendsTable, BankCreditsTable, RememberedTables):
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
        self._before_commit: dict[Callable[[], None], None] = {}
        self._lock: StateLock | None = None
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock = StateLock(self.path.with_name(self.path.name + ".lock"), wait=wait)
        try:
            self._middleware = BatchingMiddleware(AtomicJSONStorage)
            self._middleware(self.path, read_only=read_only)  # opens the storage
            self._tables = Tables(self._middleware)
            self._views = TableViews(self._tables)
            self._sends_index: SendsIndex[SendRecord] = SendsIndex()
            """The snapshots' sends by milestone and Message-ID, kept with the sends view."""
            self._history = History(self.path, self._tables, read_only=read_only)
            self._check_shape()
            if not read_only:
                self.migrate()
                self._history.open()
            # the Message-ID key (daemon.storage.message_key); b"" read-only without one
            self.message_key = message_key.load(self.path.parent, create=not read_only)
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
                    self._prepare_commit()
                    self._history.stage()  # closed inside a batch: its records too
                    self._middleware.flush()
                    self._history.settle()
                    self._history.prune()  # the state need not carry what the log holds
                    self._middleware.close()
                    self._history.checkpoint()  # the next open reads no history
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
                        self._drop_unwritten()
                    else:
                        self._prepare_commit()
                        self._history.stage()
                    raise
                self._prepare_commit()
                self._history.stage()  # the history records go into this same write
        finally:
            self._history.settle()

    def rollback(self) -> None:
        """Drop what the open batch did since its last write (the batch stays open; the
        data is read again from the file): for changes that must not be committed, like
        intents whose spool files could not be made durable. A failed write does the same."""
        self._drop_unwritten()
        self._middleware.discard()

    def _drop_unwritten(self) -> None:
        self._history.discard()
        self._before_commit.clear()

    def before_commit(self, step: Callable[[], None]) -> None:
        """Run ``step`` once, just before the next state write (at once outside a batch).

        For files the open batch records (a chunk's archive copies): they are made durable
        together right before the commit that names them. A step that raises fails a
        commit (:meth:`commit`, an all-or-nothing batch); a discarded batch forgets its steps.
        """
        self._before_commit[step] = None
        if not self._middleware.in_batch:
            self._prepare_commit()

    def _prepare_commit(self) -> None:
        steps, self._before_commit = self._before_commit, {}
        for step in steps:
            step()

    @property
    def in_batch(self) -> bool:
        """Whether a :meth:`batch` is open (its changes are not on disk yet)."""
        return self._middleware.in_batch

    def commit(self) -> None:
        """Write what the open batch did so far, now; the batch stays open (group commit)."""
        self._prepare_commit()
        self._history.stage()
        self._middleware.flush()
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
        seen, edited = self._views.derived("contracts", cv.contract_seen, _seen_and_edited)
        milestones = self._views.view("milestones", cv.milestone_entry)
        sends = self._views.view("sends", cv.send_entry, self._sends_index)
        return StateView(
            contracts_seen=seen,
            contracts_edited=edited,
            milestones=milestones,
            sends=sends,
            bad_addresses=self.bad_addresses(),
            contract_events=self._views.view("contract_events", cv.learned_entry),
            message_key=self.message_key,
            sends_index=self._sends_index.copy(sends),
        )

    # -- milestones -----------------------------------------------------------------

    def get_milestone(self, contract: str, milestone: str) -> MilestoneState:
        """The chase state of a milestone (open if never changed)."""
        doc = self._tables.find("milestones", contract=contract, milestone=milestone)
        return cv.milestone_state(doc) if doc else MilestoneState()

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
                "hold_until": cv.iso(state.hold_until) if state.hold_until else None,
                "promised_date": state.promised_date.isoformat() if state.promised_date else None,
                "last_contact": cv.iso(state.last_contact) if state.last_contact else None,
                "updated_at": cv.iso(at),
                "paid_on": state.paid_on.isoformat() if state.paid_on else None,
                "paid_amount": str(state.paid_amount) if state.paid_amount is not None else None,
                "promise_words": state.promise_words,
                "promise_made": cv.iso(state.promise_made) if state.promise_made else None,
                "interest_waived": state.interest_waived,
                **cv.dispute_doc(state),
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
                **({"interest_waived": True} if state.interest_waived else {}),
                **{k: v for k, v in cv.dispute_doc(state).items() if v},
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
            "at": cv.iso(at),
            "kind": kind,
            "contract": contract,
            "milestone": milestone,
            "data": cv.jsonable(data),
        }
        with self.batch():
            self._history.add({"type": "event", **doc})

    def events(
        self,
        contract: str | None = None,
        milestone: str | None = None,
        *,
        kinds: Collection[str] | None = None,
    ) -> list[dict]:
        """History in the order it was recorded; ``at`` is a datetime, ``data`` a dict.

        Read from the history log (and the commits not in it yet): on demand, for reports
        and the timeline; nothing on the daemon's cycle calls it. ``kinds``: only events of
        these kinds (the others are not converted: ``status`` needs two kinds of 100,000).
        """
        return [
            {
                "at": cv.instant(doc["at"]),
                "kind": doc["kind"],
                "contract": doc["contract"],
                "milestone": doc["milestone"],
                "data": cv.json_copy(doc["data"]),
            }
            for doc in self._history.records()
            if doc.get("type") == "event"
            and (kinds is None or doc["kind"] in kinds)
            and contract in (None, doc["contract"])
            and milestone in (None, doc["milestone"])
        ]

    def reviewed_contracts(self) -> frozenset[str]:
        """Contracts whose ``review`` event is recorded (from an index: no history read)."""
        return self._history.reviewed()

    # -- inbound messages acted on ---------------------------------------------------

    def is_processed(self, message_id: str) -> bool:
        """Whether an inbound message was already acted on."""
        return self._history.is_processed(message_id)

    def mark_processed(self, message_id: str, at: datetime, outcome: str) -> None:
        record = {
            "type": "processed",
            "message_id": message_id,
            "at": cv.iso(at),
            "outcome": outcome,
        }
        with self.batch():
            self._history.add(record)


def _seen_and_edited(
    contracts: Mapping[str, tuple[datetime, tuple[datetime, ...]]],
) -> tuple[dict[str, datetime], dict[str, tuple[datetime, ...]]]:
    """A snapshot's ``contracts_seen`` and ``contracts_edited`` from the contracts view."""
    seen = {cid: first for cid, (first, _) in contracts.items()}
    return seen, {cid: edits for cid, (_, edits) in contracts.items() if edits}
