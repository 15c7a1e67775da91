"""The documentation cannot drift from the code: commands, CI and config keys."""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel

from daemon.cli.main import build_parser
from daemon.config.schema import Config

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def shell_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci_lines = [s for s in (REPO / ".ci/run").read_text().splitlines() if s and s[0] != "#"]
    test_command = next(b for b in shell_blocks(README) if "pytest" in b)
    assert ci_lines[-1] == test_command


def test_readme_first_command_runs_the_demo() -> None:
    first = shell_blocks(README)[0]
    assert "cuikuan run --once" in first and "pip install" in first


def test_every_command_is_documented_in_the_readme() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:  # type: ignore[union-attr]
        assert f"`cuikuan {name}" in README, f"command {name} is not in the README"


def field_names(model: type[BaseModel], seen: set[type] | None = None) -> set[str]:
    """Every key a config file may contain, walking nested models."""
    seen = seen if seen is not None else set()
    if model in seen:
        return set()
    seen.add(model)
    names: set[str] = set()
    for name, info in model.model_fields.items():
        if name == "base_dir":
            continue
        names.add(info.alias or name)
        for arg in _model_args(info.annotation):
            names |= field_names(arg, seen)
    return names


def _model_args(annotation: object) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    out: list[type[BaseModel]] = []
    for arg in getattr(annotation, "__args__", ()):
        out += _model_args(arg)
    return out


def test_every_config_key_is_shown_in_the_shipped_config() -> None:
    """config.yaml is the config reference: every key appears there, set or commented."""
    shipped = (REPO / "config.yaml").read_text(encoding="utf-8")
    missing = sorted(k for k in field_names(Config) if not re.search(rf"\b{k}:", shipped))
    assert not missing, f"keys not shown in config.yaml: {missing}"
