"""A TinyDB middleware that keeps the data in memory and batches writes into one.

:class:`BatchingMiddleware` keeps the last data read or written in memory (safe with a
single writer) and, while a batch is open, defers writes to one write at the end::

    db = TinyDB(storage=BatchingMiddleware(AtomicJSONStorage))
    with db.storage.batch():
        for i in range(1000):
            db.insert({"n": i})   # one file write, at the end of the block

A commit that names its changed documents (:meth:`BatchingMiddleware.commit_docs`) may go
to the storage's journal instead of rewriting the file (see :mod:`.json_storage`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from tinydb.middlewares import Middleware
from tinydb.storages import Storage

from daemon.storage.json_storage import Change, Data


class BatchingMiddleware(Middleware):
    """Caches the data in memory and defers writes while :meth:`batch` is open.

    Outside a batch every write goes to the storage at once. A failed write drops the
    cache, so the next read sees what is really on disk.
    """

    def __init__(self, storage_cls: type[Storage]) -> None:
        super().__init__(storage_cls)
        self._cache: Data | None = None
        self._cached = False
        self._depth = 0
        self._dirty = False
        self._delta: dict[tuple[str, str], dict[str, Any]] | None = {}
        """Documents changed since the last write; None: unknown, write everything."""

    def read(self) -> Data | None:
        if not self._cached:
            self._cache = self.storage.read()
            self._cached = True
        return self._cache

    def data(self) -> Data:
        """The cached data itself (``{}`` for an empty database): change it, then commit."""
        data = self.read()
        if data is None:
            data = self._cache = {}
        return data

    def commit(self) -> None:
        """Write the cached data (deferred inside a batch)."""
        self.write(self.data())

    def commit_docs(self, changes: list[Change]) -> None:
        """Like :meth:`commit`, knowing these are the only documents changed (or added)."""
        data = self.data()
        if self._delta is not None:
            for table, doc_id, doc in changes:
                self._delta[(table, doc_id)] = doc
        self._store(data)

    def write(self, data: Data) -> None:
        self._delta = None  # a TinyDB write: any document may have changed
        self._store(data)

    def _store(self, data: Data) -> None:
        self._cache = data
        self._cached = True
        if self._depth:
            self._dirty = True
            return
        self._write_through(data)

    def _write_through(self, data: Data) -> None:
        delta, self._delta = self._delta, {}
        storage: Any = self.storage
        try:
            if delta and getattr(storage, "can_append", None) and storage.can_append():
                storage.append([(t, i, doc) for (t, i), doc in delta.items()])
            else:
                storage.write(data)
        except BaseException:
            self._cache, self._cached = None, False
            raise

    @contextlib.contextmanager
    def batch(self, *, all_or_nothing: bool = False) -> Iterator[None]:
        """Group writes into one; on exit (even by an exception) write what was done.

        With ``all_or_nothing`` (outermost batch only) an exception discards the changes
        instead, leaving the file as it was.
        """
        if all_or_nothing and self._depth:
            raise RuntimeError("an all-or-nothing batch cannot be nested in another batch")
        self._depth += 1
        discard = False
        try:
            yield
        except BaseException:
            discard = all_or_nothing
            raise
        finally:
            self._depth -= 1
            if discard:
                self.discard()
            elif not self._depth and self._dirty:
                self._dirty = False
                assert self._cache is not None
                self._write_through(self._cache)

    @property
    def in_batch(self) -> bool:
        return self._depth > 0

    def discard(self) -> None:
        """Drop the changes not written yet: the next read loads the file again."""
        self._cache, self._cached, self._dirty = None, False, False
        self._delta = {}

    def forget(self) -> None:
        """Drop the data held in memory (after close); a later read loads it again."""
        self._cache = None
        self._cached = False

    def flush(self) -> None:
        """Write what an open batch deferred, now (the batch stays open)."""
        if self._dirty and self._cache is not None:
            self._dirty = False
            self._write_through(self._cache)

    def close(self) -> None:
        storage: Any = self.storage
        self.flush()
        if getattr(storage, "_journal_size", 0) and self._cache is not None:
            storage.write(self._cache)  # leave one whole file behind
        self.storage.close()
