"""Read a statement file's bytes into credits, whatever its format (pure: bytes in).

The format is told by the file's suffix, then checked by its content: ``.csv``/``.txt``
(CSV), ``.xlsx``/``.xls`` (Excel), ``.sta``/``.mt940``/``.940`` (MT940), ``.xml`` (CAMT.053),
``.ofx``/``.qfx`` (OFX). An ``.xls`` that is really an HTML table or tab-separated text
(as several Chinese banks export) is read as such. A file that cannot be read raises
:class:`~daemon.bank.credit.StatementError` naming the row and the reason; nothing of it
is returned.
"""

from __future__ import annotations

from pathlib import PurePath

from daemon.bank.credit import Credit, StatementError
from daemon.config.bank_preset import PRESET
from daemon.config.records import BankSettings

SUFFIXES = {
    ".csv": "csv",
    ".txt": "csv",
    ".xlsx": "excel",
    ".xls": "excel",
    ".sta": "mt940",
    ".mt940": "mt940",
    ".940": "mt940",
    ".xml": "camt053",
    ".ofx": "ofx",
    ".qfx": "ofx",
}
"""File suffix -> format; anything else is refused with this list."""


def _binary_workbook(data: bytes) -> bool:
    """An .xlsx (a zip) or a real .xls (an OLE2 compound file)."""
    return data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))


def sniff(data: bytes, name: str) -> str:
    """The format of a file: its suffix, corrected by what the content plainly is."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \r\n\t")
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        return "excel"
    if b"OFXHEADER" in head or b"<OFX>" in head.upper():
        return "ofx"
    if b"camt.053" in head or b"<BkToCstmrStmt" in head:
        return "camt053"
    if head.startswith(b":20:") or b"\n:20:" in head or head.startswith(b"{1:"):
        return "mt940"
    suffix = PurePath(name).suffix.lower()
    if suffix not in SUFFIXES:
        known = ", ".join(sorted(SUFFIXES))
        raise StatementError(name, None, f"unknown statement format {suffix!r}; use {known}")
    return SUFFIXES[suffix]


def read_statement(data: bytes, name: str, settings: BankSettings) -> list[Credit]:
    """Every credit in the file ``name`` whose bytes are ``data``.

    A statement is a file from outside: whatever a parser library raises on a damaged
    one becomes a :class:`StatementError` too, so a bad file is reported, never a crash.
    """
    try:
        return _read(data, name, settings)
    except StatementError:
        raise
    except Exception as exc:  # a library's own error on a damaged file
        reason = f"cannot read it ({type(exc).__name__}: {exc})"
        raise StatementError(name, None, reason[:300]) from None


def _read(data: bytes, name: str, settings: BankSettings) -> list[Credit]:
    # the parsers (ofxtools, mt940, calamine: ~25 MB) load with the first statement, not
    # in every daemon that never sees one (bench/idle.py)
    from daemon.bank.formats import camt053, html_table, mt940, ofx, sheets, tabular

    kind = sniff(data, name)
    mapping = settings.mapping or PRESET
    if kind == "csv":
        rows = sheets.csv_rows(data, settings.encoding, name)
        return tabular.credits_from_rows(rows, mapping, settings.currency, name)
    if kind == "excel":
        if not _binary_workbook(data):  # an ".xls" that is an HTML table or tab-separated text
            text = sheets.decode(data, settings.encoding, name)
            if html_table.looks_like_html(text):
                rows = html_table.html_rows(text)
            else:
                rows = sheets.csv_rows(data, settings.encoding, name)
        else:
            rows = sheets.excel_rows(data, name)
        return tabular.credits_from_rows(rows, mapping, settings.currency, name)
    if kind == "mt940":
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:  # Chinese banks write :86: in GBK; else SWIFT's Latin
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
        return mt940.parse(text, name)
    if kind == "camt053":
        return camt053.parse(data, name)
    return ofx.parse(data, name)
