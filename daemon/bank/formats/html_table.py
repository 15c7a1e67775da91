"""An "Excel" export that is really an HTML table, as several Chinese banks write it.

Why: many online-banking systems save the transaction list as ``交易明细.xls`` whose bytes
are an HTML page with a ``<table>`` (Excel opens it with a warning). The rows of its
largest table are read with the standard library's HTML parser (no script runs, no
entity is fetched) and then mapped like any sheet. Pure.
"""

from __future__ import annotations

from html.parser import HTMLParser


class _Tables(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._depth = 0
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._depth += 1
            self.tables.append([])
        elif tag == "tr" and self._depth:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self.tables:
                self.tables[-1].append(self._row)
            self._row = None
        elif tag == "table" and self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<table", "<meta")) or "<table" in head


def html_rows(text: str) -> list[list[object]]:
    """The rows of the largest table in ``text`` (empty when there is none)."""
    parser = _Tables()
    parser.feed(text)
    parser.close()
    if not parser.tables:
        return []
    return [list(row) for row in max(parser.tables, key=len)]
