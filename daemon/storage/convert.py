"""How the store's documents become typed values and back (ISO instants, send keys, states).

Kept apart from :mod:`daemon.storage.store` so the store reads as what it remembers, and
this as the one place that knows the file's field layout.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from daemon.domain.state import LearnedEvent, MilestoneState, SendKey, SendRecord


def iso(value: datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}: the store needs aware datetimes")
    return value.isoformat()


def instant(value: str) -> datetime:
    return datetime.fromisoformat(value)


def opt_instant(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


KEY_FIELDS = ("contract", "milestone", "stage", "seq")


def key_doc(key: SendKey) -> dict[str, Any]:
    return {
        "contract": key.contract,
        "milestone": key.milestone,
        "stage": key.stage,
        "seq": key.seq,
    }


def key_list(key: SendKey) -> list[Any]:
    """A key as stored in a consolidated email's ``covers`` list."""
    return [key.contract, key.milestone, key.stage, key.seq]


def key_from_list(parts: Sequence[Any]) -> SendKey:
    contract, milestone, stage, seq = parts
    return SendKey(contract, milestone, stage, int(seq))


def send_record(doc: Mapping[str, Any]) -> SendRecord:
    return SendRecord(
        key=SendKey(doc["contract"], doc["milestone"], doc["stage"], int(doc["seq"])),
        message_id=doc["message_id"],
        status=doc["status"],
        at=instant(doc["at"]),
        to=tuple(doc.get("to") or ()),
        covers=tuple(key_from_list(p) for p in doc.get("covers") or ()),
    )


def send_entry(doc: Mapping[str, Any]) -> tuple[SendKey, SendRecord]:
    record = send_record(doc)
    return record.key, record


def contract_seen(doc: Mapping[str, Any]) -> tuple[str, tuple[datetime, tuple[datetime, ...]]]:
    """(id, (first seen, when its content was seen changed))."""
    edits = tuple(instant(at) for at in doc.get("edits") or ())
    return doc["id"], (instant(doc["first_seen"]), edits)


def learned_entry(doc: Mapping[str, Any]) -> tuple[tuple[str, str], LearnedEvent]:
    """A ``contract_events`` document: a contract event's date learned by email."""
    day = doc.get("day")
    learned = LearnedEvent(
        day=date.fromisoformat(day) if day else None,
        source=doc["source"],
        at=instant(doc["at"]),
        by=doc.get("by", ""),
        message_id=doc.get("message_id", ""),
    )
    return (doc["contract"], doc["event"]), learned


def milestone_entry(doc: Mapping[str, Any]) -> tuple[tuple[str, str], MilestoneState]:
    return (doc["contract"], doc["milestone"]), milestone_state(doc)


def milestone_state(doc: Mapping[str, Any]) -> MilestoneState:
    promised = doc.get("promised_date")
    paid_on, paid_amount = doc.get("paid_on"), doc.get("paid_amount")
    return MilestoneState(
        status=doc["status"],
        reason=doc.get("reason", ""),
        hold_until=opt_instant(doc.get("hold_until")),
        promised_date=date.fromisoformat(promised) if promised else None,
        last_contact=opt_instant(doc.get("last_contact")),
        updated_at=opt_instant(doc.get("updated_at")),
        paid_on=date.fromisoformat(paid_on) if paid_on else None,
        paid_amount=Decimal(paid_amount) if paid_amount is not None else None,
        promise_words=doc.get("promise_words", ""),
        promise_made=opt_instant(doc.get("promise_made")),
        interest_waived=bool(doc.get("interest_waived", False)),
        dispute_reason=doc.get("dispute_reason", ""),
        dispute_words=doc.get("dispute_words", ""),
        dispute_amount=opt_decimal(doc.get("dispute_amount")),
        dispute_since=date.fromisoformat(since) if (since := doc.get("dispute_since")) else None,
        waived_amount=opt_decimal(doc.get("waived_amount")),
    )


def dispute_doc(state: MilestoneState) -> dict[str, Any]:
    """The dispute fields of ``state`` as stored (issue 14.4); empty ones as "" / None."""
    return {
        "dispute_reason": state.dispute_reason,
        "dispute_words": state.dispute_words,
        "dispute_amount": jsonable(state.dispute_amount),
        "dispute_since": jsonable(state.dispute_since),
        "waived_amount": jsonable(state.waived_amount),
    }


def opt_decimal(value: Any) -> Decimal | None:
    """A stored amount (a string) or None."""
    return Decimal(value) if value is not None else None


def jsonable(value: Any) -> Any:
    """``value`` made of JSON types only (for event data)."""
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | Path):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return [jsonable(v) for v in items]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable(dataclasses.asdict(value))
    raise TypeError(f"cannot store a {type(value).__name__} in an event: {value!r}")


def json_copy(value: Any) -> Any:
    """A copy of JSON data (dicts, lists, scalars) that shares nothing mutable with it.

    What ``copy.deepcopy`` gives for such data, ~5x faster: ``report`` copies the data of
    every one of 100,000 history events.
    """
    if isinstance(value, dict):
        return {k: json_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_copy(v) for v in value]
    return value
