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

    TinyDB's ``Table`` copies the whole table on every change, so a tick recording 1,000
    events into a history of 20,000 costs seconds. This works on the cached data in
    place: inserts are O(1) and lookups go through indexes built on first use. An index
    is keyed to the identity of the table dict, so it is rebuilt after anything replaced
    the data (a reload after a failed write, a TinyDB write in a migration).
    Documents returned are the live ones: read them, never change them directly.
    """

    def __init__(self, middleware: BatchingMiddleware) -> None:
        self._mw = middleware
        self._indexes: dict[tuple[str, tuple[str, ...]], tuple[dict, dict]] = {}
        self._next_ids: dict[str, tuple[dict, int]] = {}
        self._changes: dict[str, tuple[dict, list[dict[str, Any]]]] = {}
        self._ids: dict[str, tuple[dict, dict[int, str]]] = {}

    def take_changes(self, name: str) -> list[dict[str, Any]] | None:
        """Documents of ``name`` inserted or updated since the last call (repeats possible).

        None on the first call for a table, or when the table was replaced since (reloaded
        from disk, written by TinyDB): then the caller must read the whole table again.
        Tracking starts with the first call.
        """
        table = self._table(name)
        previous = self._changes.get(name)
        self._changes[name] = (table, [])
        if previous is None or previous[0] is not table:
            return None
        return previous[1]

    def _changed(self, name: str, table: dict[str, Any], doc: dict[str, Any]) -> None:
        tracked = self._changes.get(name)
        if tracked is not None and tracked[0] is table:
            tracked[1].append(doc)

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

    def _index(self, name: str, fields: tuple[str, ...]) -> dict[tuple, dict[str, Any]]:
        table = self._table(name)
        cached = self._indexes.get((name, fields))
        if cached is not None and cached[0] is table:
            return cached[1]
        index = {tuple(doc.get(f) for f in fields): doc for doc in table.values()}
        self._indexes[(name, fields)] = (table, index)
        return index

    def find(self, name: str, **match: Any) -> dict[str, Any] | None:
        """The document whose fields equal ``match`` (fields are unique together)."""
        fields = tuple(sorted(match))
        return self._index(name, fields).get(tuple(match[f] for f in fields))

    def insert(self, name: str, doc: dict[str, Any]) -> None:
        table = self._table(name)
        cached = self._next_ids.get(name)
        if cached is not None and cached[0] is table:
            next_id = cached[1]
        else:
            next_id = max((int(k) for k in table), default=0) + 1
        table[str(next_id)] = doc
        self._next_ids[name] = (table, next_id + 1)
        for (tname, fields), (itable, index) in self._indexes.items():
            if tname == name and itable is table:
                index[tuple(doc.get(f) for f in fields)] = doc
        ids = self._ids.get(name)
        if ids is not None and ids[0] is table:
            ids[1][id(doc)] = str(next_id)
        self._changed(name, table, doc)
        self._mw.commit_docs([(name, str(next_id), doc)])

    def update(self, name: str, doc: dict[str, Any], changes: dict[str, Any]) -> None:
        """Change fields of ``doc`` (a document found in table ``name``)."""
        for (tname, fields), (_table, index) in self._indexes.items():
            if tname == name and any(f in changes for f in fields):
                index.pop(tuple(doc.get(f) for f in fields), None)
                index[tuple({**doc, **changes}.get(f) for f in fields)] = doc
        doc.update(changes)
        table = self._table(name)
        self._changed(name, table, doc)
        doc_id = self._id_of(name, table, doc)
        if doc_id is None:
            self._mw.commit()
        else:
            self._mw.commit_docs([(name, doc_id, doc)])

    def _id_of(self, name: str, table: dict[str, Any], doc: dict[str, Any]) -> str | None:
        cached = self._ids.get(name)
        if cached is None or cached[0] is not table:
            cached = (table, {id(d): k for k, d in table.items()})
            self._ids[name] = cached
        return cached[1].get(id(doc))

    def put(self, name: str, doc: dict[str, Any], *unique: str) -> None:
        """Insert ``doc``, or replace the fields of the one with the same ``unique`` fields."""
        existing = self.find(name, **{f: doc[f] for f in unique})
        if existing is None:
            self.insert(name, doc)
        else:
            self.update(name, existing, doc)
