"""The sends of a state by milestone and by Message-ID: what letters and replies look up.

Why: a letter states what the client received about its milestone
(:mod:`daemon.domain.correspondence`, asked twice per letter by :mod:`daemon.mail.context`),
and a reply is matched to the email it answers by its In-Reply-To/References, or to its
sender's latest chased milestone (:mod:`daemon.inbox.matching`). Both scanned every send
of the state each time: per email of a tick, per inbound message, so a tick was quadratic
at scale. One index serves both.

The store keeps one up to date from the send records that change (the same path that
converts them for its snapshots, :mod:`daemon.storage.views`), rebuilds it whole when the
table is read again (a reload, a rollback, a migration) and gives each snapshot a copy
(:meth:`SendsIndex.copy`: two dict copies; the entries are tuples, shared). A
:class:`~daemon.domain.state.StateView` made without one (a test, a past state rebuilt for
a report) indexes its own ``sends`` once, on first use.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import Any, Generic, Protocol, TypeVar

Where = tuple[str, str | None]
"""(contract, milestone): milestone None for contract-level mail."""


class _Key(Hashable, Protocol):
    """What the index reads of a :class:`~daemon.domain.state.SendKey` (``state`` holds an
    index, so this module does not import it)."""

    @property
    def contract(self) -> str: ...

    @property
    def milestone(self) -> str | None: ...


class _Record(Protocol):
    """What the index reads of a :class:`~daemon.domain.state.R`."""

    @property
    def key(self) -> _Key: ...

    @property
    def message_id(self) -> str: ...


R = TypeVar("R", bound=_Record)


class SendsIndex(Generic[R]):
    """Send records by (contract, milestone) and by Message-ID, in the order recorded."""

    __slots__ = ("_by_milestone", "_by_message_id", "_of")

    def __init__(self) -> None:
        self._by_milestone: dict[Where, tuple[R, ...]] = {}
        self._by_message_id: dict[str, tuple[R, ...]] = {}
        self._of: Mapping[Any, R] | None = None

    @classmethod
    def of(cls, sends: Mapping[Any, R]) -> SendsIndex[R]:
        """An index of ``sends`` (bound to that very mapping: see :meth:`indexes`)."""
        index = cls()
        index.rebuild(sends.values())
        index._of = sends
        return index

    def rebuild(self, records: Iterable[R]) -> None:
        """Index ``records`` afresh (the table was read again)."""
        self._by_milestone, self._by_message_id = {}, {}
        for record in records:
            self.add(record)

    def add(self, record: R) -> None:
        where = (record.key.contract, record.key.milestone)
        self._by_milestone[where] = (*self._by_milestone.get(where, ()), record)
        mid = record.message_id
        if mid:
            self._by_message_id[mid] = (*self._by_message_id.get(mid, ()), record)

    def remove(self, record: R) -> None:
        key = record.key
        where = (key.contract, key.milestone)
        _drop(self._by_milestone, where, key)
        if record.message_id:
            _drop(self._by_message_id, record.message_id, key)

    def replace(self, old: R | None, new: R | None) -> None:
        """A record changed (``old`` None: added; ``new`` None: gone)."""
        if old is not None:
            self.remove(old)
        if new is not None:
            self.add(new)

    def copy(self, sends: Mapping[Any, R]) -> SendsIndex[R]:
        """A copy for a snapshot whose ``sends`` are the records indexed now."""
        index: SendsIndex[R] = SendsIndex()
        index._by_milestone = dict(self._by_milestone)
        index._by_message_id = dict(self._by_message_id)
        index._of = sends
        return index

    def indexes(self, sends: Mapping[Any, R]) -> bool:
        """Whether this index was made for this very ``sends`` mapping (a state copied with
        other sends, ``dataclasses.replace(state, sends=…)``, must not use it)."""
        return self._of is sends

    def of_milestone(self, contract: str, milestone: str | None) -> tuple[R, ...]:
        """Every send about ``contract``/``milestone`` (None: contract-level), any status."""
        return self._by_milestone.get((contract, milestone), ())

    def with_message_id(self, message_id: str) -> R | None:
        """The send recorded last with this Message-ID (a consolidated email has one per
        key it covers), or None."""
        found = self._by_message_id.get(message_id)
        return found[-1] if found else None


def _drop(table: dict, at: object, key: _Key) -> None:
    kept = tuple(r for r in table.get(at, ()) if r.key != key)
    if kept:
        table[at] = kept
    else:
        table.pop(at, None)
