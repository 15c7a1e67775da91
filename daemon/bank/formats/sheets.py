"""Bytes of a CSV or Excel file into rows of cells (pure: no file is opened here).

CSV text is UTF-8 (with or without BOM) or GBK/GB18030, as Chinese online banking
writes it; ``encoding: auto`` tries UTF-8 first, which a GBK file of Chinese text fails.
Excel (``.xlsx`` and the older ``.xls``) is read with ``python-calamine``, which reads
both formats without Excel; the first sheet is the statement.
"""

from __future__ import annotations

import csv
import io

from python_calamine import CalamineError, CalamineWorkbook

from daemon.bank.credit import StatementError


def decode(data: bytes, encoding: str, source: str) -> str:
    """The text of a CSV file in ``encoding`` (``auto``: UTF-8, else GB18030)."""
    tries = ["utf-8-sig", "gb18030"] if encoding == "auto" else [encoding]
    for name in tries:
        try:
            return data.decode("gb18030" if name == "gbk" else name)
        except UnicodeDecodeError as exc:
            last = exc
    line = data[: last.start].count(b"\n") + 1
    raise StatementError(
        source, line, f"not {' or '.join(tries)} text (byte {last.start}); save it as UTF-8 or GBK"
    )


def csv_rows(data: bytes, encoding: str, source: str) -> list[list[object]]:
    """The rows of a CSV file (comma, tab or semicolon separated: the most frequent)."""
    text = decode(data, encoding, source)
    sample = text[:8192]
    delimiter = max(",\t;", key=sample.count)  # a bank's file uses one of them throughout
    try:
        return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as exc:
        raise StatementError(source, None, f"not readable as CSV: {exc}") from None


def excel_rows(data: bytes, source: str) -> list[list[object]]:
    """The rows of the first sheet of an ``.xlsx`` or ``.xls`` workbook."""
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        return [list(row) for row in book.get_sheet_by_index(0).to_python()]
    except (CalamineError, ValueError, IndexError) as exc:
        raise StatementError(source, None, f"not a readable Excel workbook: {exc}") from None
    except BaseException as exc:
        # calamine (Rust) reports some damaged files by a panic, which pyo3 raises as a
        # PanicException outside the Exception hierarchy; nothing else is caught here
        if type(exc).__name__ != "PanicException":
            raise
        reason = f"not a readable Excel workbook: {str(exc).splitlines()[0][:200]}"
        raise StatementError(source, None, reason) from None
