"""The daemon holds each repeated value once: shared field-name sets, shared strings.

bench/tick_scale.py measures what this saves (~30 MB at 10,000 contracts); these tests
check the sharing is there and that it changes nothing a caller can see.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from daemon.config.fields import Strict
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


def test_a_loaded_config_shares_the_sets_too(tmp_path: Path) -> None:
    config = load_config(copy_demo(tmp_path))
    models: list[BaseModel] = []
    stack: list[object] = [config]
    while stack:
        value = stack.pop()
        if isinstance(value, BaseModel):
            # Strict: every model of the schema but a few settings. A default given no
            # field at all (pydantic deep-copies those) keeps its own empty set.
            if isinstance(value, Strict) and value.model_fields_set:
                models.append(value)
            stack.extend(value.__dict__.values())
        elif isinstance(value, list | tuple):
            stack.extend(value)
    sets: dict[frozenset[str], set[int]] = {}
    for model in models:
        sets.setdefault(frozenset(model.model_fields_set), set()).add(id(model.model_fields_set))
    assert len(models) > len(sets)  # some models were given the same fields
    assert all(len(ids) == 1 for ids in sets.values())


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
