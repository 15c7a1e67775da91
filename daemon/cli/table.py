"""A plain text table for the terminal, as ``status`` and ``plan`` print it."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence


def print_table(rows: Sequence[Mapping[str, object]], columns: list[str]) -> None:
    def cell(value: object) -> str:
        if value is None or value == "":
            return "-"
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return str(value)

    table = [[cell(row.get(c)) for c in columns] for row in rows]
    sizes = [[display_width(v) for v in r] for r in table]  # once per cell: 40,000 rows
    widths = [max([len(c)] + [s[i] for s in sizes]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    for r, s in zip(table, sizes, strict=True):
        lines.append("  ".join(v + " " * (w - n) for v, n, w in zip(r, s, widths, strict=True)))
    print("\n".join(lines))


def display_width(text: str) -> int:
    """Display width: CJK characters take two terminal columns."""
    if text.isascii():  # no ASCII character is wide: most cells, counted at C speed
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
