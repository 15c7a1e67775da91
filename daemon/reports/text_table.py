"""Rows as aligned text columns, for terminals and text emails (CJK characters count two).

Apart from :mod:`daemon.reports.render` so that a report served from its summary
(:mod:`daemon.reports.report_now`) aligns its upcoming emails with these very functions
without importing the renderers (they load the config's models: ~0.5 s).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any


def cell(value: Any) -> str:
    """A value as a table shows it: ``-`` for nothing, lists joined by commas."""
    if value is None:
        return "-"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def cells(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> list[list[str]]:
    """Each row's cells, in the order of ``columns``."""
    return [[cell(row.get(c)) for c in columns] for row in rows]


def widths(head: Sequence[str], body: Sequence[Sequence[str]]) -> list[int]:
    """The width of each column: its widest cell or heading."""
    return [max([width(h)] + [width(r[i]) for r in body]) for i, h in enumerate(head)]


def line(values: Sequence[str], sizes: Sequence[int]) -> str:
    """One row, indented by two, each cell padded to its column's width."""
    return "  " + "  ".join(pad(v, w) for v, w in zip(values, sizes, strict=True)).rstrip()


def table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    headings: Sequence[str] | None = None,
) -> list[str]:
    """Rows as aligned text lines, indented by two, under a line of headings
    (``headings`` name the columns for the reader; default: the column keys)."""
    head = list(headings) if headings is not None else list(columns)
    body = cells(rows, columns)
    sizes = widths(head, body)
    return [line(r, sizes) for r in [head, *body]]


def section_lines(title: str, head: list[str], body: list[list[str]], none: str) -> list[str]:
    """A report's section: its title, its table (or the line ``none``) and a blank line."""
    if not body:
        return [title, none, ""]
    sizes = widths(head, body)
    return [title, *(line(r, sizes) for r in [head, *body]), ""]


def width(text: str) -> int:
    """Columns ``text`` takes on a terminal."""
    if text.isascii():  # no ASCII character is wide: most cells, counted at C speed
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))
