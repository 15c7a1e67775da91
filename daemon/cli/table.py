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
    widths = [max([len(c)] + [display_width(r[i]) for r in table]) for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for r in table:
        print("  ".join(v + " " * (w - display_width(v)) for v, w in zip(r, widths, strict=True)))


def display_width(text: str) -> int:
    """Display width: CJK characters take two terminal columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
