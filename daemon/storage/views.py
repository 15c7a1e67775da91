"""Typed views of the store's tables, kept up to date from the documents that changed.

Why: the planner asks for a snapshot per email sent; converting tens of thousands of
sends each time would make a tick quadratic. Only documents changed since the last view
are converted again (:meth:`daemon.storage.tables.Tables.take_changes`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from daemon.storage.tables import Tables


class TableViews:
    """``{key: value}`` views of tables, one cache per table, never keyed by object identity."""

    def __init__(self, tables: Tables) -> None:
        self._tables = tables
        self._views: dict[str, tuple[dict[Any, Any], dict[str, Any]]] = {}

    def clear(self) -> None:
        """Let the cached values go (the store was closed)."""
        self._views.clear()

    def view(
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
