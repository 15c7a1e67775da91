"""Schema 1 -> 2: write into old history events the facts that were only in their words.

Before typed events (:mod:`daemon.domain.events`), a staff ``paid 12000 2026-12-05``
left its day and amount only inside the human ``reason`` of the ``state_change``
(``"staff pm@x: paid, amount 12000, paid on 2026-12-05"``), and a promise made by staff its
date only in the reason. The reports read them back by regex on every run. This migration
reads them once, writes them as the explicit ``paid_on``, ``paid_amount`` and
``promised_date`` fields, and leaves every other field as it was. It is the only code that
still parses a reason; after it, readers use the typed fields.

Idempotent (a field already there is kept), one pass, one write.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, MutableMapping
from datetime import date
from typing import Any

from tinydb import TinyDB

_ISO_DAY = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_PAID_ON = re.compile(r"paid on (\d{4}-\d{2}-\d{2})\b")
_AMOUNT = re.compile(r"\bamount (\d+(?:\.\d{1,2})?)\b")


def backfill_event_fields(db: TinyDB) -> None:
    """Migration 1 -> 2 (see the module docstring)."""
    table = db.table("events")
    ids = [doc.doc_id for doc in table.all() if _needs_backfill(doc)]
    if ids:
        table.update(_backfill, doc_ids=ids)


def _needs_backfill(doc: Mapping[str, Any]) -> bool:
    data = doc.get("data")
    if doc.get("kind") != "state_change" or not isinstance(data, Mapping):
        return False
    return backfilled(data) != dict(data)


def _backfill(doc: MutableMapping[str, Any]) -> None:
    doc["data"] = backfilled(doc["data"])


def backfilled(data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` of an old ``state_change`` with the facts of its words as fields."""
    out = dict(data)
    new = out.get("new")
    words = [v for v in (out.get("reason"), out.get("cause")) if isinstance(v, str)]
    if new == "paid":
        if not out.get("paid_on"):
            day = _first(_PAID_ON, words) or _first(_ISO_DAY, words)
            if day is not None:
                out["paid_on"] = day
        if not out.get("paid_amount"):
            reason = out.get("reason")
            match = _AMOUNT.search(reason) if isinstance(reason, str) else None
            if match:
                out["paid_amount"] = match.group(1)
    if new == "promised" and not out.get("promised_date"):
        day = _first(_ISO_DAY, words)
        if day is not None:
            out["promised_date"] = day
    return out


def _first(pattern: re.Pattern[str], texts: list[str]) -> str | None:
    """The first valid ISO day ``pattern`` finds in ``texts``."""
    for text in texts:
        for match in pattern.finditer(text):
            try:
                return date.fromisoformat(match.group(1)).isoformat()
            except ValueError:
                continue
    return None
