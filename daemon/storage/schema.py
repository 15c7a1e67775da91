"""The shape of every stored document, checked once when the state is loaded.

Why: a state file can be valid JSON of the wrong shape (edited by hand, restored from the
wrong place, damaged in a way that still parses). Without a check every command would
die later with a ``KeyError`` or ``TypeError`` traceback deep in the planner; with it the
user gets one message naming the file, the document and ``cuikuan recover``.
:func:`document_problem` is also what recovery uses to drop documents it cannot keep.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

Check = Callable[[Any], bool]


def _str(value: Any) -> bool:
    return isinstance(value, str)


def _bool(value: Any) -> bool:
    return isinstance(value, bool)


def _opt_str(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _instant(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def _opt_instant(value: Any) -> bool:
    return value is None or _instant(value)


def _opt_date(value: Any) -> bool:
    if value is None:
        return True
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _opt_decimal(value: Any) -> bool:
    if value is None:
        return True
    try:
        return isinstance(value, str) and Decimal(value).is_finite()
    except InvalidOperation:
        return False


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _instant_list(value: Any) -> bool:
    return isinstance(value, list) and all(_instant(v) for v in value)


def _one_of(*allowed: str) -> Check:
    return lambda value: value in allowed


def _anything(value: Any) -> bool:
    return True


def _mapping(value: Any) -> bool:
    return isinstance(value, dict)


REQUIRED: dict[str, dict[str, Check]] = {
    "meta": {"key": _str, "value": _anything},
    "contracts": {"id": _str, "first_seen": _instant},
    "milestones": {
        "contract": _str,
        "milestone": _str,
        "status": _one_of(
            "open", "claimed_paid", "paid", "disputed", "promised", "paused", "stopped"
        ),
    },
    "sends": {
        "contract": _str,
        "milestone": _opt_str,
        "stage": _str,
        "seq": _int,
        "message_id": _str,
        "status": _one_of("pending", "sent", "skipped", "failed", "withdrawn"),
        "at": _instant,
    },
    "events": {
        "at": _instant,
        "kind": _str,
        "contract": _opt_str,
        "milestone": _opt_str,
        "data": _mapping,
    },
    "inbox": {"mailbox": _str, "uidvalidity": _int, "last_uid": _int},
    "processed": {"message_id": _str, "at": _instant},
    "bad_addresses": {"address": _str},
    "memory": {"key": _str, "value": _anything},
    "contract_events": {
        "contract": _str,
        "event": _str,
        "day": _opt_date,
        "source": _one_of("client", "staff"),
        "at": _instant,
    },
    "bank_credits": {"id": _str, "booked": _opt_date, "amount": _opt_decimal, "currency": _str},
}
"""Per table: the fields every document must have, and what each must hold."""

OPTIONAL: dict[str, dict[str, Check]] = {
    "milestones": {
        "reason": _str,
        "hold_until": _opt_instant,
        "promised_date": _opt_date,
        "last_contact": _opt_instant,
        "updated_at": _opt_instant,
        "paid_on": _opt_date,
        "paid_amount": _opt_decimal,
        "promise_words": _str,
        "promise_made": _opt_instant,
        "interest_waived": _bool,
        "dispute_reason": _str,
        "dispute_words": _str,
        "dispute_amount": _opt_decimal,
        "dispute_since": _opt_date,
        "waived_amount": _opt_decimal,
    },
    "contracts": {"digest": _str, "edits": _instant_list},
    "sends": {"to": _str_list, "error": _str, "superseded_by": _str},
    "processed": {"outcome": _str},
    "bad_addresses": {"reason": _str, "at": _opt_instant},
    "contract_events": {"by": _str, "message_id": _str},
}
"""Fields that may be absent, but must hold the right thing when present."""


def document_problem(table: str, doc: Mapping[str, Any]) -> str | None:
    """What is wrong with one document of ``table`` (None if nothing; unknown tables pass)."""
    for name, check in REQUIRED.get(table, {}).items():
        if name not in doc:
            return f"field {name!r} is missing"
        if not check(doc[name]):
            return f"field {name!r} holds {_short(doc[name])}"
    for name, check in OPTIONAL.get(table, {}).items():
        if name in doc and not check(doc[name]):
            return f"field {name!r} holds {_short(doc[name])}"
    return None


def problems(data: Mapping[str, Mapping[str, Any]], *, limit: int = 5) -> list[str]:
    """The first ``limit`` problems of the loaded state, each naming table and document."""
    found: list[str] = []
    for table, docs in data.items():
        for doc_id, doc in docs.items():
            number = doc_id.isdigit()
            problem = document_problem(table, doc) if number else "its id is not a number"
            if problem is not None:
                found.append(f"table {table!r} document {doc_id}: {problem}")
                if len(found) >= limit:
                    return found
    return found


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
