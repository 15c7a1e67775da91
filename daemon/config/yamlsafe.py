"""A safe YAML loader that remembers the line of every value.

``yaml.safe_load`` is not enough for a file a project manager edits by hand:

- YAML 1.1 turns ``on``/``yes``/``no`` into booleans (``paid: {on: 2026-10-29}`` would
  lose its key), ``9:30`` into the number 570, ``2026-10-30`` into a ``date`` (so
  ``2026-02-30`` fails deep in the parser instead of as a field error) and ``0.1`` into a
  binary float. Here only ``true``/``false`` are booleans, dates and times stay text for
  pydantic to check, numbers with a dot become :class:`decimal.Decimal` from their text,
  and numbers with a leading zero (``017``) stay text.
- It forgets where values came from; errors must say ``file:line``. :func:`load_yaml`
  returns a :class:`YamlDocument` whose ``lines`` map a path like
  ``("clients", 1, "contracts", 0, "id")`` to its 1-based line. That map holds an entry
  per value and is only needed to word an error, so a document keeps its source text and
  builds the map on first use: a large valid config never pays for it.
- Aliases can expand exponentially ("billion laughs"); the expanded size is bounded.
- Duplicate keys are silently merged; here they are errors.

Only plain YAML is accepted: text, numbers, true/false, null, lists, mappings, anchors,
aliases and ``<<`` merge keys. Any other tag (``!!python/object``...) is refused. Nothing is
ever constructed from a tag: values are built from the composed node graph by this module.
Every problem is raised as :class:`~daemon.errors.ConfigError` of
:class:`~daemon.errors.ConfigIssue` (file, line, field, message).
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from daemon.config import yaml_hints
from daemon.errors import ConfigError, ConfigIssue

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Larger config files are refused."""
MAX_NODES = 100_000
"""Most values a file may hold once every alias is expanded."""
MAX_DEPTH = 64
"""Deepest nesting of lists and mappings."""

YamlPath = tuple[str | int, ...]

_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = (_TAG + t for t in ("str", "int", "float", "bool", "null"))
_SEQ, _MAP, _MERGE = _TAG + "seq", _TAG + "map", _TAG + "merge"

# Characters YAML allows in a stream (YAML 1.1 §5.1); anything else is reported by line.
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)

# Characters a value may not hold even when written as an escape ("\0", "\ud800").
_BAD_IN_VALUE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Composer(_Base):  # type: ignore[misc, valid-type]
    """Parses and composes only; its implicit types are the ones listed below."""

    yaml_implicit_resolvers: dict[str | None, list[tuple[str, re.Pattern[str]]]] = {}


_Composer.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Composer.add_implicit_resolver(
    _INT,
    re.compile(r"^(?:[-+]?(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|0o[0-7_]+)$"),
    list("-+0123456789"),
)
_Composer.add_implicit_resolver(
    _FLOAT,
    re.compile(
        r"""^(?:[-+]?(?:[0-9][0-9_]*)?\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?
        |[-+]?(?:0|[1-9][0-9_]*)(?:\.[0-9_]*)?[eE][-+]?[0-9]+
        |[-+]?(?:0|[1-9][0-9_]*)\.
        |[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$""",
        re.X,
    ),
    list("-+0123456789."),
)
_Composer.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])
_Composer.add_implicit_resolver(_MERGE, re.compile(r"^<<$"), ["<"])


class YamlDocument:
    """A loaded file: its data and the 1-based line of every mapping key and list item.

    ``lines`` is computed from ``source`` (the file's text, or its UTF-8 bytes) the first
    time it is asked for, unless given.
    """

    __slots__ = ("_lines", "_source", "data", "file")

    def __init__(
        self,
        file: str,
        data: Any,
        lines: Mapping[YamlPath, int] | None = None,
        *,
        source: str | bytes | None = None,
    ) -> None:
        self.file = file
        self.data = data
        self._lines = lines
        self._source = source

    @property
    def lines(self) -> Mapping[YamlPath, int]:
        """Path -> 1-based line of every mapping key and list item (built on first use)."""
        if self._lines is None:
            source = self._source
            text = source.decode("utf-8-sig") if isinstance(source, bytes) else source
            self._lines = _line_map(text, self.file) if text is not None else {}
            self._source = None
        return self._lines

    def without_data(self) -> YamlDocument:
        """The same file and lines without its data (to word errors once it is validated)."""
        return YamlDocument(self.file, None, self._lines, source=self._source)

    def line_of(self, path: Sequence[str | int]) -> int | None:
        """Line of ``path``, or of its nearest enclosing value that has one."""
        key = tuple(path)
        while key not in self.lines:
            if not key:
                return None
            key = key[:-1]
        return self.lines[key]


def format_path(path: Sequence[str | int]) -> str:
    """``("clients", 1, "contracts", 0, "due")`` -> ``clients[1].contracts[0].due``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def read_yaml(path: Path, file: str | None = None) -> YamlDocument:
    """Read and load the YAML file at ``path``; ``file`` is the name shown in errors."""
    shown = file if file is not None else str(path)
    return load_source(read_source(path, shown), shown)


def read_source(path: Path, shown: str) -> bytes:
    """The bytes of the file at ``path`` (not too big); ``shown`` names it in errors."""
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError([ConfigIssue(shown, None, "", "file not found")]) from None
    except IsADirectoryError:
        raise ConfigError([ConfigIssue(shown, None, "", "is a folder, not a file")]) from None
    except PermissionError:
        raise ConfigError(
            [ConfigIssue(shown, None, "", "cannot be read (permission denied)")]
        ) from None
    except OSError as exc:
        raise ConfigError(
            [ConfigIssue(shown, None, "", f"cannot be read: {exc.strerror or exc}")]
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ConfigError(
            [ConfigIssue(shown, None, "", f"is larger than {MAX_FILE_BYTES // 2**20} MB")]
        )
    return raw


def load_source(raw: bytes, shown: str) -> YamlDocument:
    """Load the bytes of a YAML file (UTF-8, with or without BOM); ``shown`` names it."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        message = (
            f"is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be decoded); "
            "save the file as UTF-8 (not GBK)"
        )
        raise ConfigError([ConfigIssue(shown, line, "", message)]) from None
    return _load(text, shown, raw)


def load_yaml(text: str, file: str) -> YamlDocument:
    """Load YAML ``text``; ``file`` names it in errors. An empty stream loads as None."""
    return _load(text, file, text)


def _line_map(text: str, file: str) -> dict[YamlPath, int]:
    """The line map of ``text`` (already loaded once without error)."""
    root = _compose(text, file)
    if root is None:
        return {(): 1}
    builder = _Builder(file, track_lines=True)
    builder.build(root, (), 0)
    return builder.lines


def _load(text: str, file: str, source: str | bytes) -> YamlDocument:
    """Load ``text`` without its line map; ``source`` rebuilds the map when asked for."""
    root = _compose(text, file)
    if root is None:
        return YamlDocument(file, None, {(): 1})
    builder = _Builder(file, track_lines=False)
    data = builder.build(root, (), 0)
    if builder.issues:
        raise ConfigError(builder.issues)
    return YamlDocument(file, data, source=source)


def _compose(text: str, file: str) -> Node | None:
    """The node graph of ``text``; syntax problems raise :class:`ConfigError`."""
    bad = _NOT_PRINTABLE.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        message = f"contains the control character {bad.group()!r}, which YAML does not allow"
        raise ConfigError([ConfigIssue(file, line, "", message)])
    loader = _Composer(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise ConfigError([_syntax_issue(file, text, exc)]) from None
    except yaml.YAMLError as exc:
        raise ConfigError([ConfigIssue(file, None, "", f"YAML error: {exc}")]) from None
    except RecursionError:
        raise ConfigError([ConfigIssue(file, None, "", "is nested too deeply")]) from None
    finally:
        loader.dispose()
    return root  # type: ignore[no-any-return]


def _syntax_issue(file: str, text: str, exc: yaml.MarkedYAMLError) -> ConfigIssue:
    """PyYAML's error, reworded by :mod:`daemon.config.yaml_hints` at the slip's place."""
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return ConfigIssue(file, None, "", f"YAML syntax error: {exc.problem or exc.context}")
    opened = exc.context_mark
    hint = yaml_hints.explain(
        text,
        exc.problem or exc.context or "invalid YAML",
        exc.context,
        yaml_hints.Mark(mark.line, mark.column),
        yaml_hints.Mark(opened.line, opened.column) if opened is not None else None,
    )
    return ConfigIssue(
        file, hint.line, "", f"YAML syntax error, column {hint.column}: {hint.message}"
    )


def _tag_name(tag: str) -> str:
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag


class _Builder:
    """Builds plain Python values from a node graph, recording lines and issues."""

    def __init__(self, file: str, *, track_lines: bool) -> None:
        self.file = file
        self.track_lines = track_lines
        self.lines: dict[YamlPath, int] = {}
        self.issues: list[ConfigIssue] = []
        self.count = 0
        self.open_nodes: set[int] = set()

    def _issue(self, node: Node, path: YamlPath, message: str) -> None:
        self.issues.append(
            ConfigIssue(self.file, node.start_mark.line + 1, format_path(path), message)
        )

    def _fatal(self, node: Node, path: YamlPath, message: str) -> ConfigError:
        self._issue(node, path, message)
        return ConfigError(self.issues)

    def build(self, node: Node, path: YamlPath, depth: int) -> Any:
        if not path and self.track_lines:
            self.lines[()] = node.start_mark.line + 1
        self.count += 1
        if self.count > MAX_NODES:
            raise self._fatal(
                node,
                path,
                f"holds more than {MAX_NODES:,} values once anchors and aliases are "
                "expanded (an alias bomb?); refusing to load it",
            )
        if isinstance(node, ScalarNode):
            return self._scalar(node, path)
        if depth >= MAX_DEPTH:
            raise self._fatal(node, path, f"is nested more than {MAX_DEPTH} levels deep")
        if id(node) in self.open_nodes:
            raise self._fatal(node, path, "an alias refers to a list or mapping that contains it")
        self.open_nodes.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                return self._sequence(node, path, depth)
            assert isinstance(node, MappingNode)
            return self._mapping(node, path, depth)
        finally:
            self.open_nodes.discard(id(node))

    def _refuse_tag(self, node: Node, path: YamlPath) -> None:
        self._issue(
            node,
            path,
            f"tag {_tag_name(node.tag)} is not allowed: config files hold only text, "
            "numbers, true/false, null, lists and mappings",
        )

    def _sequence(self, node: SequenceNode, path: YamlPath, depth: int) -> list[Any]:
        if node.tag != _SEQ:
            self._refuse_tag(node, path)
        items = []
        for index, item in enumerate(node.value):
            if self.track_lines:
                self.lines[(*path, index)] = item.start_mark.line + 1
            items.append(self.build(item, (*path, index), depth + 1))
        return items

    def _mapping(self, node: MappingNode, path: YamlPath, depth: int) -> dict[str, Any]:
        if node.tag != _MAP:
            self._refuse_tag(node, path)
        explicit: list[tuple[str, Node, int]] = []
        first_line: dict[str, int] = {}
        merged: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.tag == _MERGE:
                for source in self._merge_sources(value_node, path):
                    for key, value in self.build(source, path, depth + 1).items():
                        merged.setdefault(key, value)
                continue
            if not isinstance(key_node, ScalarNode):
                self._issue(key_node, path, "a key must be plain text, not a list or mapping")
                continue
            if key_node.tag not in (_STR, _INT, _FLOAT, _BOOL, _NULL):
                self._refuse_tag(key_node, path)
                continue
            key, line = key_node.value, key_node.start_mark.line + 1
            if key in first_line:
                self._issue(
                    key_node, path, f"duplicate key {key!r} (first given on line {first_line[key]})"
                )
                continue
            first_line[key] = line
            explicit.append((key, value_node, line))
        result = merged
        for key, value_node, line in explicit:
            if self.track_lines:
                self.lines[(*path, key)] = line
            result[key] = self.build(value_node, (*path, key), depth + 1)
        return result

    def _merge_sources(self, node: Node, path: YamlPath) -> list[MappingNode]:
        if isinstance(node, MappingNode):
            return [node]
        if isinstance(node, SequenceNode) and all(isinstance(n, MappingNode) for n in node.value):
            return list(node.value)
        self._issue(node, path, "'<<' must be followed by a mapping alias like *defaults")
        return []

    def _scalar(self, node: ScalarNode, path: YamlPath) -> Any:
        tag, text = node.tag, node.value
        bad = _BAD_IN_VALUE.search(text)
        if bad:
            self._issue(node, path, f"contains the control character {bad.group()!r}")
            return None
        if tag in (_STR, _MERGE):
            return sys.intern(text)  # ids, languages, currencies repeat: share one copy
        if tag == _NULL:
            return None
        if tag == _BOOL:
            lowered = text.lower()
            if lowered in ("true", "false"):
                return lowered == "true"
            self._issue(node, path, f"{text!r} is not true or false")
            return None
        if tag == _INT:
            try:
                return int(text.replace("_", ""), 0)
            except ValueError:
                self._issue(node, path, f"{text!r} is not a whole number")
                return None
        if tag == _FLOAT:
            special = {".inf": "Infinity", "+.inf": "Infinity", "-.inf": "-Infinity", ".nan": "NaN"}
            try:
                return Decimal(special.get(text.lower(), text.replace("_", "")))
            except InvalidOperation:
                self._issue(node, path, f"{text!r} is not a number")
                return None
        self._refuse_tag(node, path)
        return None
