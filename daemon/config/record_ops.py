"""What cuikuan asked of its config models' pydantic methods, for the records.

Why: the loaded config is plain records (:mod:`daemon.config.records`), and the daemon
never imports pydantic. The few places that copied a model with a change (``model_copy``)
or dumped it as JSON (``model_dump(mode="json")``: the evidence pack, the settle
fingerprint) call these instead. They take a record or a model (a test may still build
models by hand) and give the same result for both: a dump of a record is the dump of the
model it came from, key for key and value for value (``tests/test_config_records.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from datetime import date, time
from decimal import Decimal
from pathlib import PurePath
from typing import Any, TypeVar

from daemon.config.records import ALIASES

_T = TypeVar("_T")


def replace(record: _T, **changes: Any) -> _T:
    """A copy of ``record`` with ``changes`` (not checked again: they come from a checked
    config), as pydantic's ``model_copy(update=changes)``."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return dataclasses.replace(record, **changes)
    copied: _T = record.model_copy(update=changes)  # type: ignore[attr-defined]
    return copied


def field_names(record: object) -> list[str]:
    """The fields of a record (or model), in their order."""
    if dataclasses.is_dataclass(record):
        return [field.name for field in dataclasses.fields(record)]
    return list(type(record).model_fields)  # type: ignore[attr-defined]


def dump_json(
    record: object,
    *,
    by_alias: bool = False,
    exclude_none: bool = False,
    exclude: Collection[str] = (),
) -> dict[str, Any]:
    """``record`` as JSON-ready data, as pydantic's ``model_dump(mode="json", ...)`` gives
    it for the model: ``exclude`` names fields of the top level; ``exclude_none`` drops the
    fields that are None at every level (not the None items of a list or a mapping)."""
    if not dataclasses.is_dataclass(record):
        dumped: dict[str, Any] = record.model_dump(  # type: ignore[attr-defined]
            mode="json", by_alias=by_alias, exclude_none=exclude_none, exclude=set(exclude) or None
        )
        return dumped
    return _record(record, by_alias, exclude_none, exclude)


def _record(
    record: object, by_alias: bool, exclude_none: bool, exclude: Collection[str] = ()
) -> dict[str, Any]:
    aliases = ALIASES.get(type(record).__name__, {}) if by_alias else {}
    out: dict[str, Any] = {}
    for name in field_names(record):
        value = getattr(record, name)
        if name in exclude or (exclude_none and value is None):
            continue
        out[aliases.get(name, name)] = _value(value, by_alias, exclude_none)
    return out


def _value(value: Any, by_alias: bool, exclude_none: bool) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal | PurePath):
        return str(value)
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_value(item, by_alias, exclude_none) for item in value]
    if isinstance(value, dict):
        return {
            _value(k, by_alias, exclude_none): _value(v, by_alias, exclude_none)
            for k, v in value.items()
        }
    if dataclasses.is_dataclass(value):
        return _record(value, by_alias, exclude_none)
    raise TypeError(f"no JSON form for {type(value).__name__} in a config record")
