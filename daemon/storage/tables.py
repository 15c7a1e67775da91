"""Quick access to the cached data of a :class:`~daemon.storage.middleware.BatchingMiddleware`.

Why not TinyDB's ``Table``: it copies the whole table on every change, so a tick
recording 1,000 changes into a large table costs seconds. This works on the cached data
in place, in TinyDB's file layout (``{table: {doc id: document}}``).
"""

from __future__ import annotations

from typing import Any

from daemon.storage.middleware import BatchingMiddleware


class Tables:
    """Quick access to a :class:`BatchingMiddleware`'s data, in TinyDB's file layout.

    Works on the cached data in place: inserts are O(1) and lookups go through indexes
    built on first use, keyed by document id (never by object identity). An index belongs
    to one table dict, so it is rebuilt after anything replaced the data (a reload after a
    failed write, a TinyDB write in a migration). Documents returned are the live ones:
    read them, never change them directly (use :meth:`update`).
    """

    def __init__(self, middleware: BatchingMiddleware) -> None:
        self._mw = middleware
        self._indexes: dict[tuple[str, tuple[str, ...]], tuple[dict, dict[tuple, str]]] = {}
        self._next_ids: dict[str, tuple[dict, int]] = {}
        self._changes: dict[str, tuple[dict, dict[str, dict[str, Any]]]] = {}

    def take_changes(self, name: str) -> dict[str, dict[str, Any]] | None:
        """``{document id: document}`` of ``name`` inserted or updated since the last call.

        None on the first call for a table, or when the table was replaced since (reloaded
        from disk, written by TinyDB): then the caller must read the whole table again.
        Tracking starts with the first call.
        """
        table = self._table(name)
        previous = self._changes.get(name)
        self._changes[name] = (table, {})
        if previous is None or previous[0] is not table:
            return None
        return previous[1]

    def _changed(self, name: str, table: dict[str, Any], doc_id: str) -> None:
        tracked = self._changes.get(name)
        if tracked is not None and tracked[0] is table:
            tracked[1][doc_id] = table[doc_id]

    def _table(self, name: str) -> dict[str, Any]:
        return self._mw.data().setdefault(name, {})

    def rows(self, name: str) -> list[dict[str, Any]]:
        """The documents of table ``name`` in insertion order."""
        table = self._mw.data().get(name, {})
        return [table[k] for k in sorted(table, key=int)]

    def entries(self, name: str) -> list[tuple[str, dict[str, Any]]]:
        """(document id, document) of table ``name`` in insertion order."""
        table = self._mw.data().get(name, {})
        return [(k, table[k]) for k in sorted(table, key=int)]

    def _index(self, name: str, fields: tuple[str, ...]) -> dict[tuple, str]:
        table = self._table(name)
        cached = self._indexes.get((name, fields))
        if cached is not None and cached[0] is table:
            return cached[1]
        index = {tuple(doc.get(f) for f in fields): k for k, doc in table.items()}
        self._indexes[(name, fields)] = (table, index)
        return index

    def find_entry(self, name: str, **match: Any) -> tuple[str, dict[str, Any]] | None:
        """(id, document) whose fields equal ``match`` (fields are unique together)."""
        fields = tuple(sorted(match))
        doc_id = self._index(name, fields).get(tuple(match[f] for f in fields))
        if doc_id is None:
            return None
        return doc_id, self._table(name)[doc_id]

    def find(self, name: str, **match: Any) -> dict[str, Any] | None:
        """The document whose fields equal ``match`` (fields are unique together)."""
        entry = self.find_entry(name, **match)
        return entry[1] if entry is not None else None

    def insert(self, name: str, doc: dict[str, Any]) -> None:
        table = self._table(name)
        cached = self._next_ids.get(name)
        if cached is not None and cached[0] is table:
            next_id = cached[1]
        else:
            next_id = max((int(k) for k in table), default=0) + 1
        doc_id = str(next_id)
        table[doc_id] = doc
        self._next_ids[name] = (table, next_id + 1)
        for (tname, fields), (itable, index) in self._indexes.items():
            if tname == name and itable is table:
                index[tuple(doc.get(f) for f in fields)] = doc_id
        self._changed(name, table, doc_id)
        self._mw.commit_docs([(name, doc_id, doc)])

    def update(self, name: str, doc_id: str, changes: dict[str, Any]) -> None:
        """Change fields of document ``doc_id`` of table ``name``."""
        table = self._table(name)
        doc = table[doc_id]
        for (tname, fields), (itable, index) in self._indexes.items():
            if tname == name and itable is table and any(f in changes for f in fields):
                index.pop(tuple(doc.get(f) for f in fields), None)
                index[tuple({**doc, **changes}.get(f) for f in fields)] = doc_id
        doc.update(changes)
        self._changed(name, table, doc_id)
        self._mw.commit_docs([(name, doc_id, doc)])

    def remove(self, name: str, doc_id: str) -> None:
        """Delete document ``doc_id`` of table ``name``.

        Rare (a pending intent given back, :meth:`SendsTable.release_pending`), so it is
        done the simple way: the whole data is written, and the table's indexes and views
        are rebuilt on their next use.
        """
        table = self._table(name)
        del table[doc_id]
        for index in [k for k in self._indexes if k[0] == name]:
            del self._indexes[index]
        self._changes.pop(name, None)
        self._mw.write(self._mw.data())

    def put(self, name: str, doc: dict[str, Any], *unique: str) -> None:
        """Insert ``doc``, or replace the fields of the one with the same ``unique`` fields."""
        existing = self.find_entry(name, **{f: doc[f] for f in unique})
        if existing is None:
            self.insert(name, doc)
        else:
            self.update(name, existing[0], doc)
