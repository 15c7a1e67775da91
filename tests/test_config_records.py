"""The config records are the config models' fields, generated, and hold the same values.

:mod:`daemon.config.records` is what every part of cuikuan holds after a load: plain
frozen slotted dataclasses, so that the long-lived daemon never imports pydantic (~11 MB
of the idle daemon, issue 15). Their fields are not a second hand-written list: this file
generates them from the pydantic models of :mod:`daemon.config.schema` (same names, same
order, same types, the models' behaviour through the same mixins) and fails when the
checked-in module is not what the models give. Regenerate it::

    .venv/bin/python -m tests.test_config_records > daemon/config/records.py
"""

from __future__ import annotations

import ast
import json
import pickle
import sys
import types
import typing
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from daemon.config import records
from daemon.config.loader import load_config, to_records
from daemon.config.record_ops import dump_json, replace
from daemon.config.schema import Config
from tests.demo_config import copy_demo

RECORDS = Path(records.__file__)

_HEADER = '''\
"""The config as plain records: what every part of cuikuan holds once the config is loaded.

Generated from the pydantic models of :mod:`daemon.config.schema` by
``tests/test_config_records.py`` (which fails when this file is not current): do not edit.
Same class names, fields, order and types as the models, frozen and slotted, the models'
behaviour through the same mixins. Why: the models' validation (pydantic, ~11 MB) is needed
only while a config is loaded; the daemon loads it in a child process
(:mod:`daemon.config.child`) and never imports pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Literal

'''

_SIMPLE = {str: "str", int: "int", bool: "bool", float: "float", Decimal: "Decimal"}
_SIMPLE |= {date: "date", time: "time", Path: "Path", type(None): "None"}


def _models() -> list[type[BaseModel]]:
    """Every model reachable from :class:`Config`, each after the models it holds."""
    ordered: list[type[BaseModel]] = []

    def visit(model: type[BaseModel]) -> None:
        if model in ordered:
            return
        for field in model.model_fields.values():
            for inner in _inner_models(field.annotation):
                visit(inner)
        ordered.append(model)

    visit(Config)
    return ordered


def _inner_models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _inner_models(arg)]


def _named_literals(models: list[type[BaseModel]]) -> dict[Any, str]:
    """The models' modules' names for their choices (``HardStep = Literal[...]``)."""
    named: dict[Any, str] = {}
    for module in sorted({m.__module__ for m in models}):
        for name, value in vars(sys.modules[module]).items():
            if typing.get_origin(value) is typing.Literal and not name.startswith("_"):
                named.setdefault(value, name)
    return named


def _shared_literals(models: list[type[BaseModel]]) -> dict[str, str]:
    """Named choices the models' modules import from a module with no models (one list
    both the config and the daemon read, e.g. ``ReplyKind``): name -> that module. The
    records import them from there too, rather than spelling a copy."""
    modules = {m.__module__ for m in models}
    shared: dict[str, str] = {}
    for module in sorted(modules):
        tree = ast.parse(Path(sys.modules[module].__file__ or "").read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module not in (None, *modules):
                for alias in node.names:
                    value = getattr(sys.modules[module], alias.asname or alias.name, None)
                    if typing.get_origin(value) is typing.Literal:
                        shared[alias.asname or alias.name] = str(node.module)
    return shared


def _literal(annotation: Any) -> str:
    return "Literal[" + ", ".join(json.dumps(arg) for arg in typing.get_args(annotation)) + "]"


def _type(annotation: Any, named: dict[Any, str]) -> str:
    """The annotation as source text, without pydantic's ``Annotated`` checks."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type(args[0], named)
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type(arg, named) for arg in args)
    if origin is typing.Literal:
        return named.get(annotation) or _literal(annotation)
    if origin in (list, dict):
        return f"{origin.__name__}[" + ", ".join(_type(arg, named) for arg in args) + "]"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation.__name__
    return _SIMPLE[annotation]


def _mixins(model: type[BaseModel]) -> list[type]:
    return [
        base
        for base in model.__bases__
        if not issubclass(base, BaseModel) and base is not object and base.__module__ != "typing"
    ]


def records_source() -> str:
    """The text of :mod:`daemon.config.records` for the models as they are."""
    models = _models()
    names = [m.__name__ for m in models]
    assert len(set(names)) == len(names), "two config models share a name"
    mixins = sorted({(b.__module__, b.__name__) for m in models for b in _mixins(m)})
    named = _named_literals(models)
    shared = _shared_literals(models)
    out = [_HEADER]
    imports: dict[str, set[str]] = {}
    for module, name in [*mixins, *((m, n) for n, m in shared.items())]:
        imports.setdefault(module, set()).add(name)
    for module, names in sorted(imports.items()):
        out.append(f"from {module} import {', '.join(sorted(names))}\n")
    for annotation, name in sorted(named.items(), key=lambda item: item[1]):
        if name in shared:
            continue
        line = f"\n{name} = {_literal(annotation)}\n"
        if len(line) > 100:
            choices = "".join(f"    {json.dumps(arg)},\n" for arg in typing.get_args(annotation))
            line = f"\n{name} = Literal[\n{choices}]\n"
        out.append(line)
    aliases: dict[str, dict[str, str]] = {}
    for model in models:
        bases = ", ".join(b.__name__ for b in _mixins(model))
        out.append("\n\n@dataclass(frozen=True, slots=True, kw_only=True)\n")
        out.append(f"class {model.__name__}{f'({bases})' if bases else ''}:\n")
        out.append(f'    """Record of :class:`{model.__module__}.{model.__name__}`."""\n\n')
        for name, field in model.model_fields.items():
            out.append(f"    {name}: {_type(field.annotation, named)}\n")
            if field.alias is not None and field.alias != name:
                aliases.setdefault(model.__name__, {})[name] = field.alias
    out.append("\n\nALIASES: dict[str, dict[str, str]] = {\n")
    for model_name, fields in aliases.items():
        pairs = ", ".join(f'"{k}": "{v}"' for k, v in fields.items())
        out.append(f'    "{model_name}": {{{pairs}}},\n')
    out.append('}\n"""Per record class: the YAML names of fields whose Python name differs."""\n')
    return "".join(out)


def test_the_records_module_is_what_the_models_give() -> None:
    assert RECORDS.read_text(encoding="utf-8") == records_source(), (
        "the config models changed: regenerate the records with "
        "`.venv/bin/python -m tests.test_config_records > daemon/config/records.py`"
    )


def _pairs(model: Any, record: Any, path: str = "config") -> typing.Iterator[str]:
    """Walk a model and its record side by side; yields the path of each record."""
    if isinstance(model, BaseModel):
        assert type(record).__name__ == type(model).__name__, path
        assert not hasattr(record, "__dict__"), path  # slotted
        yield path
        for name in type(model).model_fields:
            yield from _pairs(getattr(model, name), getattr(record, name), f"{path}.{name}")
    elif isinstance(model, list | dict):
        assert type(record) is type(model) and len(record) == len(model), path
        if isinstance(model, dict):
            assert list(record) == list(model), path
        keys = list(model) if isinstance(model, dict) else range(len(model))
        for key in keys:
            yield from _pairs(model[key], record[key], f"{path}[{key!r}]")
    else:
        assert record == model and type(record) is type(model), path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Config, records.Config]:
    """The demo config as models (validated here) and as the loader's records."""
    folder = tmp_path_factory.mktemp("demo")
    path = copy_demo(folder)
    loaded = load_config(path)
    assert type(loaded) is records.Config
    model = Config.model_validate(dump_json(loaded, by_alias=True))
    return model, loaded


def test_a_loaded_config_is_records_all_the_way_down_with_the_models_values(
    demo: tuple[Config, records.Config],
) -> None:
    model, loaded = demo
    assert to_records(model) == loaded
    assert len(list(_pairs(model, loaded))) > 20


def _rich(loaded: records.Config) -> Config:
    """The demo with the clauses it lacks: aliased fields (``from``), interest, pay-now,
    an account, a policy override, invoicing details, a bank mapping."""
    data = dump_json(loaded, by_alias=True)
    contract = data["clients"][0]["contracts"][0]
    contract["late_interest"] = {"rate": "万分之五", "per": "day", "from": "demand", "cap": "10%"}
    contract["pay_now"] = {"link": "https://pay.example.cn/HZ-2026-017"}
    account = {"account_name": "示例科技", "bank": "招商银行", "account_number": "12 34"}
    contract["bank_account"] = account
    contract["policy"] = {"demand_after_days": 35, "approval_required": ["legal"]}
    data["settings"]["invoicing"] = {"name": "示例科技有限公司", "tax_id": "91330100MA2AB1234X"}
    mapping = {"date": ["记账日"], "amount": ["金额"], "payer": ["户名"]}
    data["settings"]["bank"] = {"mapping": mapping}
    return Config.model_validate(data)


def test_a_records_json_dump_is_the_models(demo: tuple[Config, records.Config]) -> None:
    """The evidence pack and the settle fingerprint hash these dumps: byte for byte."""
    model, loaded = demo
    rich = _rich(loaded)
    for options in (
        {},
        {"by_alias": True},
        {"exclude_none": True},
        {"by_alias": True, "exclude_none": True},
    ):
        for one in (model, rich):
            dumped = json.dumps(dump_json(to_records(one), **options), ensure_ascii=False)
            assert dumped == json.dumps(one.model_dump(mode="json", **options), ensure_ascii=False)
    assert '"from": "demand"' in json.dumps(dump_json(to_records(rich), by_alias=True))
    client = loaded.clients[0]
    assert dump_json(client, exclude={"contracts"}) == model.clients[0].model_dump(
        mode="json", exclude={"contracts"}
    )


def test_records_are_frozen_replaced_and_pickled(demo: tuple[Config, records.Config]) -> None:
    _, loaded = demo
    contract = loaded.clients[0].contracts[0]
    with pytest.raises(AttributeError):
        contract.title = "changed"  # type: ignore[misc]
    changed = replace(contract, events={"delivery": date(2026, 1, 2)})
    assert changed.events == {"delivery": date(2026, 1, 2)} and changed.id == contract.id
    assert contract.events != changed.events
    assert pickle.loads(pickle.dumps(loaded)) == loaded
    assert loaded.settings.limitation.period_years == 3  # the mixin's property


if __name__ == "__main__":
    sys.stdout.write(records_source())
