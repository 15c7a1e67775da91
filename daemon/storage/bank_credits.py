"""The ``bank_credits`` table: every credit read from a bank statement, once (issue 16).

A part of :class:`daemon.storage.store.Store` (a base class of it). It holds the facts of
each credit as the bank wrote them, keyed by the credit's id, so a transaction in two
overlapping statements is stored once; what became of each credit (paid, for the PM,
not ours) is in the history (``bank_credit`` events).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from daemon.storage import convert as cv
from daemon.storage.tables import Tables


class BankCreditsTable:
    """The bank-credit methods of the store; ``_tables`` is the store's data."""

    _tables: Tables

    def bank_credit(self, credit_id: str) -> dict[str, Any] | None:
        """The stored credit ``credit_id`` (a copy), or None when never imported."""
        doc = self._tables.find("bank_credits", id=credit_id)
        return dict(doc) if doc is not None else None

    def add_bank_credit(self, doc: Mapping[str, Any]) -> None:
        """Keep a credit read from a statement (``doc["id"]`` unique; JSON values)."""
        self._tables.put("bank_credits", cv.jsonable(dict(doc)), "id")

    def bank_credits(self) -> list[dict[str, Any]]:
        """Every stored credit, in the order imported."""
        return [dict(doc) for doc in self._tables.rows("bank_credits")]
