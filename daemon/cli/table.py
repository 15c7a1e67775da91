"""A plain text table for the terminal, as ``status`` and ``plan`` print it."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence


def print_table(rows: Sequence[Mapping[str, object]], columns: list[str]) -> None:
    """Columns padded to their widest cell (or header); ``-`` for a missing value.

    Worked column by column: a column of ASCII cells (most of them) is measured and padded
    by ``len``/``ljust`` at C speed (``status`` prints 40,000 rows at 10,000 contracts).
    """
    padded = []
    for column in columns:
        cells = [
            v if type(v) is str and v else _cell(v) for row in rows for v in (row.get(column),)
        ]
        if "".join(cells).isascii():
            width = max([len(column), *map(len, cells)])
            padded.append([v.ljust(width) for v in cells])
        else:
            sizes = [display_width(v) for v in cells]
            width = max([len(column), *sizes])
            padded.append([v + " " * (width - n) for v, n in zip(cells, sizes, strict=True)])
        columns_line = column.ljust(width)
        padded[-1].insert(0, columns_line)
    print("\n".join(map("  ".join, zip(*padded, strict=True))) if padded else "")


def _cell(value: object) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def display_width(text: str) -> int:
    """Display width: CJK characters take two terminal columns."""
    if text.isascii():  # no ASCII character is wide: most cells, counted at C speed
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
