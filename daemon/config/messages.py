"""Config mistakes as plain sentences, each located by file and line.

Why: pydantic's errors name internal types (``decimal_parsing``, ``model_type``) and
locations as tuples; a project manager editing YAML by hand needs "``2026-13-01`` is not a
date (use YYYY-MM-DD)" at ``clients.yaml:12``, and "did you mean 'amount'?" for a typo.
:class:`Issues` collects every such :class:`~daemon.errors.ConfigIssue` so the loader can
report all of them at once.
"""

from __future__ import annotations

import difflib
import types
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

from daemon.config.yamlsafe import YamlDocument, YamlPath, format_path
from daemon.errors import ConfigIssue


class Issues(list[ConfigIssue]):
    def add(self, doc: YamlDocument, path: YamlPath, message: str) -> None:
        self.append(ConfigIssue(doc.file, doc.line_of(path), format_path(path), message))


def translate(
    error: Any, model: type[BaseModel], doc: YamlDocument, prefix: YamlPath
) -> ConfigIssue:
    """One pydantic error as a ConfigIssue located by line."""
    loc: YamlPath = tuple(error["loc"])
    if loc and loc[-1] == "[key]":
        loc = loc[:-1]
    full = prefix + loc
    if error["type"] == "extra_forbidden":
        message = unknown_key(str(loc[-1]), _field_names(model, loc[:-1]))
        return ConfigIssue(doc.file, doc.line_of(full), format_path(full[:-1]), message)
    if error["type"] == "missing":
        return ConfigIssue(doc.file, doc.line_of(full[:-1]), format_path(full), "is required")
    return ConfigIssue(doc.file, doc.line_of(full), format_path(full), error_message(error))


def unknown_key(key: str, names: list[str]) -> str:
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    if close:
        return f"unknown key {key!r} (did you mean {close[0]!r}?)"
    if names:
        return f"unknown key {key!r} (expected one of: {', '.join(names)})"
    return f"unknown key {key!r}"


def _field_names(model: type[BaseModel], loc: YamlPath) -> list[str]:
    """Keys accepted by the model found at ``loc`` under ``model`` (for suggestions)."""
    annotation: Any = model
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            fields = {f.alias or n: f for n, f in annotation.model_fields.items()}
            if part not in fields:
                return []
            annotation = fields[str(part)].annotation
        elif get_origin(annotation) in (list, dict):
            annotation = get_args(annotation)[-1]
        else:
            return []
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [f.alias or n for n, f in annotation.model_fields.items()]
    return []


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return text if text and text.isprintable() and " " not in text else repr(text)


_MESSAGES = {
    "date": "{v} is not a date (use YYYY-MM-DD)",
    "time": "{v} is not a time of day (use HH:MM, like 09:00)",
    "decimal": "{v} is not a number",
    "float": "{v} is not a number",
    "int": "{v} is not a whole number",
    "bool": "{v} must be true or false",
    "string": "must be text, not {v} (put it in quotes)",
    "model": "must be a mapping of keys and values, not {v}",
    "dict": "must be a mapping of keys and values, not {v}",
    "list": "must be a list (lines starting with '- '), not {v}",
    "path": "must be a file path, not {v}",
}


_BOUNDS = {
    "greater_than_equal": ("ge", "at least"),
    "greater_than": ("gt", "more than"),
    "less_than_equal": ("le", "at most"),
    "less_than": ("lt", "less than"),
}


def error_message(error: Any) -> str:
    """A plain sentence for one pydantic error (without location)."""
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if kind in ("value_error", "assertion_error") and "error" in ctx:
        return str(ctx["error"])
    if value is None:
        return "is empty; give a value"
    shown = _shown(value)
    if kind in _BOUNDS:
        key, words = _BOUNDS[kind]
        return f"must be {words} {ctx.get(key)} (got {shown})"
    if kind == "decimal_max_places":
        return f"{shown} has more than {ctx.get('decimal_places')} decimal places"
    if kind == "literal_error":
        return f"{shown} must be {ctx.get('expected')}"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} entry"
    if kind == "int_from_float":
        return f"{shown} is not a whole number"
    prefix = kind.split("_", 1)[0]
    if prefix in _MESSAGES:
        return _MESSAGES[prefix].format(v=shown)
    return str(error["msg"])
