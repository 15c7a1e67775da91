"""YAML syntax errors in plain words, at the line and column where the slip is.

PyYAML reports where its parser gave up, in parser words ("could not find expected ':'
while scanning a simple key"), often a line after the slip or at the end of the file. The
slips people make editing a config by hand are few, and each can be recognised in the
text: a full-width colon ``：`` typed with a Chinese input method, a tab in the
indentation, a key indented differently from its neighbours, a quote never closed.
:func:`explain` looks for them at or before the line PyYAML names and says what to type
instead. A pure function of the text and PyYAML's marks (tests/test_yaml_hints.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FULL_WIDTH_COLON = "："


@dataclass(frozen=True)
class Mark:
    """A 0-based position as PyYAML gives it."""

    line: int
    column: int


@dataclass(frozen=True)
class Hint:
    """Where the slip is (1-based line and column) and what to do."""

    line: int
    column: int
    message: str


_KEY_WITH_FULL_WIDTH = re.compile(
    r"^(?P<lead>\s*(?:-\s+)?)(?P<key>[^\s:#'\"{}\[\],][^:#'\"]*?)\s*："
)
_QUOTED_VALUE_START = re.compile(r"^\s*(?:-\s+)?(?:[^\s#'\"][^#'\"]*?:\s+)?(?P<q>['\"])")


def explain(text: str, problem: str, context: str | None, at: Mark, opened: Mark | None) -> Hint:
    """The slip behind PyYAML's ``problem`` at ``at`` (``opened``: its context mark)."""
    lines = text.splitlines()
    last = min(at.line, len(lines) - 1)
    for finder in (_tab, _full_width_colon):
        hint = finder(lines, last)
        if hint is not None:
            return hint
    if context == "while scanning a quoted scalar" and opened is not None:
        return _unclosed(lines, opened.line, opened.column)
    hint = _unclosed_before(lines, last) or _indentation(lines, last, problem)
    if hint is not None:
        return hint
    if problem.startswith("mapping values are not allowed"):
        return Hint(
            at.line + 1,
            at.column + 1,
            "a value contains ': ' (a colon and a space), which YAML reads as a new key; "
            'put the value in quotes, e.g. name: "Acme: Shanghai office"',
        )
    return Hint(
        at.line + 1,
        at.column + 1,
        f"YAML could not read the file here ({problem}); each line must be 'key: value' or "
        "'- item', indented with spaces like the lines around it",
    )


def _significant(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _tab(lines: list[str], last: int) -> Hint | None:
    for number, line in enumerate(lines[: last + 1]):
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in lead:
            return Hint(
                number + 1,
                lead.index("\t") + 1,
                "a tab in the indentation: YAML indents with spaces only; replace the tab "
                "with spaces (2 per level, like the lines around it)",
            )
    return None


def _full_width_colon(lines: list[str], last: int) -> Hint | None:
    for number, line in enumerate(lines[: last + 1]):
        found = _KEY_WITH_FULL_WIDTH.match(line)
        if found is None or not _significant(line):
            continue
        column = line.index(FULL_WIDTH_COLON)
        key = found["key"].strip()
        value = line[column + 1 :].strip()
        fixed = f"{key}: {value}" if value else f"{key}:"
        return Hint(
            number + 1,
            column + 1,
            f"'{FULL_WIDTH_COLON}' after '{key}' is a full-width colon (from a Chinese input "
            f"method); YAML needs the ASCII colon ':' and a space: write '{fixed}'",
        )
    return None


def _closing_quote(rest: str, quote: str) -> bool:
    """Whether ``rest`` (after an opening quote) closes it on the same line."""
    if quote == "'":
        return "'" in rest.replace("''", "")
    return re.search(r'(?<!\\)(?:\\\\)*"', rest) is not None


def _unclosed(lines: list[str], number: int, column: int) -> Hint:
    quote = lines[number][column] if column < len(lines[number]) else '"'
    return Hint(
        number + 1,
        column + 1,
        f"the quote {quote} opened here is never closed; add the closing {quote} at the end "
        f"of the value on this line (or remove the opening one)",
    )


def _unclosed_before(lines: list[str], last: int) -> Hint | None:
    """A value that opens a quote and does not close it on its line (before ``last``)."""
    for number, line in enumerate(lines[:last]):
        found = _QUOTED_VALUE_START.match(line)
        if found is None or not _significant(line):
            continue
        column = found.start("q")
        if not _closing_quote(line[column + 1 :], found["q"]):
            return _unclosed(lines, number, column)
    return None


def _indentation(lines: list[str], last: int, problem: str) -> Hint | None:
    """A key indented unlike any mapping it could belong to."""
    if not lines or not _significant(lines[last]):
        return None
    current = _indent(lines[last])
    above = [n for n in range(last) if _significant(lines[n])]
    if not above:
        return None
    previous = above[-1]
    prev_line = lines[previous]
    key = lines[last].strip().split(":", 1)[0]
    opens_block = prev_line.rstrip().endswith((":", "|", ">", "-"))
    if current > _key_column(prev_line) and not opens_block:
        if not problem.startswith("mapping values"):
            return None
        level = _key_column(prev_line)
        return Hint(
            last + 1,
            current + 1,
            f"'{key}' is indented by {_spaces(current)}, more than the line above (line "
            f"{previous + 1}), which already has a value; indent it by {_spaces(level)} "
            "like that line",
        )
    keys, dashes = _levels(lines, above)
    if current < _indent(prev_line) and current not in {c for c, _ in keys} | dashes:
        options = ", or ".join(
            f"by {_spaces(column)} like '{_key_of(lines[n])}' (line {n + 1})"
            for column, n in keys[:2]
        )
        return Hint(
            last + 1,
            current + 1,
            f"'{key}' is indented by {_spaces(current)}, which matches no key above it (keys "
            f"of one mapping start in the same column); indent it {options}",
        )
    return None


def _spaces(count: int) -> str:
    return f"{count} space" if count == 1 else f"{count} spaces"


def _key_column(line: str) -> int:
    """Where the key of ``line`` starts (after a list dash)."""
    stripped = line.lstrip(" ")
    column = _indent(line)
    while stripped.startswith("- "):
        column += 2 + len(stripped[2:]) - len(stripped[2:].lstrip(" "))
        stripped = stripped[2:].lstrip(" ")
    return column


def _key_of(line: str) -> str:
    return line.strip().lstrip("- ").split(":", 1)[0]


def _levels(lines: list[str], above: list[int]) -> tuple[list[tuple[int, int]], set[int]]:
    """(key column, line) of the enclosing mappings, innermost first; and list-dash columns."""
    keys: list[tuple[int, int]] = []
    dashes: set[int] = set()
    ceiling: int | None = None
    for number in reversed(above):
        line = lines[number]
        if ceiling is not None and _indent(line) >= ceiling:
            continue
        column = _key_column(line)
        fresh = all(column != seen for seen, _ in keys)
        if fresh and (ceiling is None or column < ceiling or line.lstrip().startswith("- ")):
            keys.append((column, number))
        if line.lstrip().startswith("- "):
            dashes.add(_indent(line))
        ceiling = _indent(line)
        if ceiling == 0:
            break
    return keys, dashes
