"""The store's history: events and processed Message-IDs, committed with the state, kept in the log.

Why this split (issue 9, point 6): the mutable state (sends, milestones, cursors) lives in
TinyDB and is rewritten as it changes; the history only grows and lives in the
append-only :class:`~daemon.storage.history_log.HistoryLog`. A tick no longer pays for the
length of the history: nothing here is read per cycle except two small indexes (the
processed Message-IDs, the contracts already reviewed), kept up to date as commits land.
Opening does not read the whole log either: the indexes are checkpointed with the byte
offset they cover (:mod:`daemon.storage.history_index`, verified against the log before
use) and only the commits after it are read.

How a commit stays atomic across the two files: the records of a batch are written into
the state itself, in the ``meta`` document ``history`` (``{"seq": n, "unconfirmed": [...]}``),
by the same state write that commits the batch; only then are they appended to the log,
and the next state commit drops them from ``unconfirmed``. So the state write is the one
commit point: a crash before it loses the whole batch, a crash after it is repaired on
open by appending what ``unconfirmed`` still holds. A log that is ahead of the state
(the state replaced by an older copy) or behind it beyond ``unconfirmed`` is damage.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB

from daemon.errors import StoreError
from daemon.storage import history_index
from daemon.storage.damage import DamagedStateError
from daemon.storage.history_index import Checkpoint
from daemon.storage.history_log import HistoryLog, Record
from daemon.storage.tables import Tables

log = logging.getLogger(__name__)

META_KEY = "history"
"""The ``meta`` document that holds the commit count and the commits not yet in the log."""

CHECKPOINT_BYTES = 1 << 20
"""Log growth after which the index checkpoint is written again (and always on close):
a daemon killed with ``-9`` reads at most about this much history on its next start."""


def log_path(state: Path) -> Path:
    return state.with_name(state.name + ".history")


def check_meta(value: Any) -> str | None:
    """What is wrong with the ``history`` meta value (None: nothing)."""
    if not isinstance(value, dict):
        return "is not an object"
    seq, unconfirmed = value.get("seq"), value.get("unconfirmed")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        return "has no commit count"
    if not isinstance(unconfirmed, list):
        return "has no list of unconfirmed commits"
    for commit in unconfirmed:
        if not (
            isinstance(commit, dict)
            and isinstance(commit.get("n"), int)
            and isinstance(commit.get("records"), list)
            and all(isinstance(r, dict) for r in commit["records"])
        ):
            return "has an unconfirmed commit that is not {n, records}"
    return None


class ProcessedIds:
    """The processed Message-IDs: those of the checkpoint, read on first use, and those
    indexed since (so that opening the store does not parse tens of thousands of them)."""

    def __init__(self, base: Callable[[], set[str]] | None = None) -> None:
        self._base = base
        self._ids: set[str] = set()

    def add(self, message_id: str) -> None:
        self._ids.add(message_id)

    def __contains__(self, message_id: str) -> bool:
        return message_id in self._ids or message_id in self.all()

    def all(self) -> set[str]:
        if self._base is not None:
            base, self._base = self._base, None
            self._ids |= base()
        return self._ids


class History:
    """Events and processed marks of one store (see the module docstring)."""

    def __init__(self, state: Path, tables: Tables, *, read_only: bool) -> None:
        self.state = state
        self.log = HistoryLog(log_path(state), state)
        self._tables = tables
        self.read_only = read_only
        self._pending: list[Record] = []
        self._staged: dict[str, Any] | None = None
        self._processed: ProcessedIds | None = None
        self._reviewed: set[str] | None = None
        self._checkpointed = 0
        """Log bytes covered by the checkpoint on disk."""

    # -- the meta document ------------------------------------------------------------

    def meta(self) -> dict[str, Any]:
        doc = self._tables.find("meta", key=META_KEY)
        if doc is None:
            return {"seq": 0, "unconfirmed": []}
        problem = check_meta(doc["value"])
        if problem is not None:
            raise DamagedStateError(self.state, [f"{self.state.name}: meta {META_KEY} {problem}"])
        value: dict[str, Any] = doc["value"]
        return value

    def _damaged(self, problem: str) -> DamagedStateError:
        return DamagedStateError(self.state, [problem])

    # -- opening ----------------------------------------------------------------------

    def open(self) -> None:
        """Writer: read the log after the checkpoint (indexes), repair a crash, check it fits
        the state."""
        known = history_index.load(self.log.path) or Checkpoint()
        self._processed = ProcessedIds(lambda: self._checkpointed_ids(known))
        self._reviewed = known.reviewed
        self._checkpointed = known.size
        for commit in self.log.open_for_append(known.size, known.last, known.tail_start):
            self._index(commit.records)
        meta = self.meta()
        seq = meta["seq"]
        if self.log.last > seq:
            raise self._damaged(
                f"{self.log.path.name} holds {self.log.last} commits but {self.state.name} "
                f"only knows {seq}: the state file is older than its history"
            )
        for commit in meta["unconfirmed"]:
            if commit["n"] == self.log.last + 1:
                self.log.append(commit["n"], commit["records"])
                self._index(commit["records"])
        if self.log.last < seq:
            raise self._damaged(
                f"{self.log.path.name} ends at commit {self.log.last} but {self.state.name} "
                f"is at commit {seq}: history is missing"
            )
        self.prune()
        self.checkpoint(CHECKPOINT_BYTES)

    def checkpoint(self, growth: int = 1) -> None:
        """Write the index checkpoint if the log grew by ``growth`` bytes since the last one.

        Only when every commit of the state is in the log: the indexes then describe
        exactly the log's first ``size`` bytes.
        """
        if self._processed is None or self._reviewed is None or self.read_only:
            return
        if self.log.last == 0 or self.log.size - self._checkpointed < growth:
            return
        if self.meta()["seq"] != self.log.last:
            return
        body = history_index.encode_ids(self._processed.all())
        state = Checkpoint(self.log.size, self.log.last, self.log.last_start, self._reviewed, body)
        if history_index.save(self.log.path, state):
            self._checkpointed = self.log.size

    def _checkpointed_ids(self, known: Checkpoint) -> set[str]:
        """The processed Message-IDs of the checkpoint ``known`` (read from the log's
        first ``known.size`` bytes instead if, against its checked hash, they do not parse)."""
        try:
            return known.processed()
        except ValueError as exc:
            log.warning("the history index's Message-IDs are unreadable (%s): reading the log", exc)
        ids: set[str] = set()
        for commit in self.log.read_from(0, 1):
            if commit.end > known.size:
                break
            ids |= {
                str(r.get("message_id")) for r in commit.records if r.get("type") == "processed"
            }
        return ids

    def prune(self) -> None:
        """Drop from the state the commits the log now holds (they were kept until then)."""
        meta = self.meta()
        waiting = [c for c in meta["unconfirmed"] if c["n"] > self.log.last]
        if len(waiting) < len(meta["unconfirmed"]):
            value = {"seq": meta["seq"], "unconfirmed": waiting}
            self._tables.put("meta", {"key": META_KEY, "value": value}, "key")

    def _index(self, records: list[Record]) -> None:
        if self._processed is None or self._reviewed is None:
            return
        for record in records:
            if record.get("type") == "processed":
                self._processed.add(str(record.get("message_id")))
            elif record.get("type") == "event" and record.get("kind") == "review":
                self._reviewed.add(str(record.get("contract")))

    # -- writing (the store's batch calls these) --------------------------------------

    def add(self, record: Record) -> None:
        """Queue a record for the current batch's commit."""
        self._pending.append(record)

    def stage(self) -> None:
        """Put the batch's records into the state (inside the batch, before it is written)."""
        if not self._pending:
            return
        meta = self.meta()
        commit = {"n": meta["seq"] + 1, "records": self._pending}
        self._pending = []
        self._staged = commit
        waiting = [c for c in meta["unconfirmed"] if c["n"] > self.log.last]
        value = {"seq": commit["n"], "unconfirmed": [*waiting, commit]}
        self._tables.put("meta", {"key": META_KEY, "value": value}, "key")

    def discard(self) -> None:
        self._pending = []

    def settle(self) -> None:
        """After the batch: if its state write landed, index and append the commit."""
        staged, self._staged = self._staged, None
        self._pending = []
        if staged is None or self.meta()["seq"] != staged["n"]:
            return  # nothing to commit, or the state write failed: the commit never was
        self._index(staged["records"])
        self._confirm()
        self.checkpoint(CHECKPOINT_BYTES)

    def _confirm(self) -> None:
        for commit in self.meta()["unconfirmed"]:
            if commit["n"] != self.log.last + 1:
                continue
            try:
                self.log.append(commit["n"], commit["records"])
            except StoreError as exc:  # durable in the state; retried after the next commit
                log.warning("history kept in the state for now: %s", exc)
                return

    # -- reading ----------------------------------------------------------------------

    def records(self) -> Iterator[Record]:
        """Every committed record in order, then those of the open batch."""
        meta = self.meta()
        seq, last = meta["seq"], 0
        for commit in self.log.read_from(0, 1):
            if commit.n > seq:  # committed by the daemon after this reader loaded the state
                break
            last = commit.n
            yield from commit.records
        for commit in meta["unconfirmed"]:
            if commit["n"] > last:
                yield from commit["records"]
        yield from self._pending

    def is_processed(self, message_id: str) -> bool:
        if self._processed is None:
            self._processed = ProcessedIds()
            for r in self.records():
                if r.get("type") == "processed":
                    self._processed.add(str(r.get("message_id")))
        if message_id in self._processed:
            return True
        return any(
            r.get("type") == "processed" and r.get("message_id") == message_id
            for r in self._pending
        )

    def reviewed(self) -> frozenset[str]:
        """Contracts that have a ``review`` event (indexed, not read from the log)."""
        if self._reviewed is None:
            return frozenset(
                str(r.get("contract"))
                for r in self.records()
                if r.get("type") == "event" and r.get("kind") == "review"
            )
        pending = {
            str(r.get("contract"))
            for r in self._pending
            if r.get("type") == "event" and r.get("kind") == "review"
        }
        return frozenset(self._reviewed | pending)


def _is_processed(record: Record) -> bool:
    return record.get("type") == "processed"


# -- schema 2 -> 3 ------------------------------------------------------------------------

MIGRATION_CHUNK = 1000
"""Records per log line when old history moves to the log."""


def split_history(db: TinyDB) -> None:
    """Migration 2 -> 3: move the ``events`` and ``processed`` tables into the log.

    The log is written whole first (replacing any left by an interrupted migration: a
    schema-2 state has no log of its own), then the tables leave the state in the same
    all-or-nothing write that sets the schema version.
    """
    storage: Any = db.storage
    state = Path(storage.storage.path)
    data = storage.data()
    records: list[Record] = []
    for name, kind in (("events", "event"), ("processed", "processed")):
        table = data.get(name, {})
        records += [{"type": kind, **table[k]} for k in sorted(table, key=int)]
    chunks = [records[i : i + MIGRATION_CHUNK] for i in range(0, len(records), MIGRATION_CHUNK)]
    HistoryLog(log_path(state), state).reset([(n, c) for n, c in enumerate(chunks, start=1)])
    db.drop_table("events")
    db.drop_table("processed")
    value = {"seq": len(chunks), "unconfirmed": []}
    db.table("meta").upsert({"key": META_KEY, "value": value}, Query().key == META_KEY)
