"""The daemon holds each repeated value once: shared field-name sets, shared strings.

bench/tick_scale.py measures what this saves (~30 MB at 10,000 contracts); these tests
check the sharing is there and that it changes nothing a caller can see.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from pydantic import BaseModel

from daemon.config.loader import load_config
from daemon.config.schema import Milestone
from daemon.storage.json_storage import AtomicJSONStorage
from tests.demo_config import copy_demo


def test_models_given_the_same_fields_share_one_set_and_a_copy_gets_its_own() -> None:
    first, second = (
        Milestone.model_validate({"id": i, "name": "Deposit", "percent": 30, "due": "2026-12-01"})
        for i in ("m1", "m2")
    )
    other = Milestone.model_validate(
        {"id": "m3", "name": "Final", "amount": 9, "due_after": {"event": "acceptance", "days": 30}}
    )
    given = {"id", "name", "percent", "due"}
    assert first.model_fields_set is second.model_fields_set
    assert first.model_fields_set == given and other.model_fields_set != given

    changed = first.model_copy(update={"paid": None})

    assert changed.model_fields_set == given | {"paid"}
    assert first.model_fields_set == given and second.model_fields_set == given
    assert first.model_dump(exclude_unset=True).keys() == given


def test_a_loaded_config_holds_no_field_sets_at_all(tmp_path: Path) -> None:
    """The models share their sets while a config is checked; what the load gives back
    is records (:mod:`daemon.config.records`): slotted, no set, no ``__dict__`` at all."""
    config = load_config(copy_demo(tmp_path))
    records = 0
    stack: list[object] = [config]
    while stack:
        value = stack.pop()
        assert not isinstance(value, BaseModel)
        if dataclasses.is_dataclass(value):
            assert not hasattr(value, "__dict__") and not hasattr(value, "__pydantic_fields_set__")
            records += 1
            stack.extend(getattr(value, f.name) for f in dataclasses.fields(value))
        elif isinstance(value, list | tuple):
            stack.extend(value)
    assert records > 20


def test_a_state_read_back_holds_equal_strings_once_and_the_same_data(tmp_path: Path) -> None:
    send = {"contract": "K-1", "milestone": "m1", "stage": "reminder", "seq": 1}
    data = {
        "sends": {
            "1": {**send, "status": "sent", "at": "2026-12-01T10:00:00+08:00", "to": ["a@x.cn"]},
            "2": {
                **send,
                "seq": 2,
                "status": "sent",
                "at": "2026-12-01T10:00:00+08:00",
                "to": ["a@x.cn"],
            },
        }
    }
    path = tmp_path / "state.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    read = AtomicJSONStorage(path, read_only=True).read()

    assert read == data
    one, two = read["sends"]["1"], read["sends"]["2"]  # type: ignore[index]
    for key in ("contract", "milestone", "stage", "status", "at"):
        assert one[key] is two[key], key
    assert one["to"][0] is two["to"][0]
