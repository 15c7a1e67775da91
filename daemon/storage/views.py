"""Typed views of the store's tables, kept up to date from the documents that changed.

Why: the planner asks for a snapshot per email sent; converting tens of thousands of
sends each time would make a tick quadratic. Only documents changed since the last view
are converted again (:meth:`daemon.storage.tables.Tables.take_changes`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol

from daemon.storage.tables import Tables


class Follower(Protocol):
    """Something kept up to date with a view's values (the sends index)."""

    def rebuild(self, values: Iterable[Any]) -> None: ...

    def replace(self, old: Any, new: Any) -> None: ...


class TableViews:
    """``{key: value}`` views of tables, one cache per table, never keyed by object identity."""

    def __init__(self, tables: Tables) -> None:
        self._tables = tables
        self._views: dict[str, tuple[dict[Any, Any], dict[str, Any]]] = {}
        self._derived: dict[str, Any] = {}

    def clear(self) -> None:
        """Let the cached values go (the store was closed)."""
        self._views.clear()
        self._derived.clear()

    def view(
        self,
        table: str,
        convert: Callable[[Mapping[str, Any]], tuple[Any, Any]],
        follower: Follower | None = None,
    ) -> dict[Any, Any]:
        """A fresh ``{key: value}`` of ``convert`` over every document of ``table``, in order.

        Kept up to date from the documents changed since the last call (only those are
        converted again); rebuilt whole when the table was replaced (a reload, a rollback,
        a removal, a TinyDB write in a migration). ``follower`` is told the same: each
        value replaced, or the whole view rebuilt.
        """
        return dict(self._current(table, convert, follower)[0])

    def derived(
        self,
        table: str,
        convert: Callable[[Mapping[str, Any]], tuple[Any, Any]],
        derive: Callable[[Mapping[Any, Any]], Any],
    ) -> Any:
        """``derive`` of the view of ``table``, worked out again only when the table changed
        (a snapshot per email must not walk 10,000 contracts each time). The value is
        shared by the snapshots until then: never change it."""
        result, changed = self._current(table, convert, None)
        if changed or table not in self._derived:
            self._derived[table] = derive(result)
        return self._derived[table]

    def _current(
        self,
        table: str,
        convert: Callable[[Mapping[str, Any]], tuple[Any, Any]],
        follower: Follower | None,
    ) -> tuple[dict[Any, Any], bool]:
        """The cached view of ``table`` brought up to date, and whether anything changed."""
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
            if follower is not None:
                follower.rebuild(result.values())
            return result, True
        result, keys = cached
        for doc_id, doc in changed.items():
            key, value = convert(doc)
            old = keys.get(doc_id)
            if old is not None and old != key:
                gone = result.pop(old, None)
                if follower is not None and gone is not None:
                    follower.replace(gone, None)
            if follower is not None:
                follower.replace(result.get(key), value)
            result[key] = value
            keys[doc_id] = key
        return result, bool(changed)
