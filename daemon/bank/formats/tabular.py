"""CSV and Excel statements: rows of cells, a header row, a column mapping (pure).

Why: Chinese online banking exports a sheet with a few lines about the account on top
(账号, 户名, 查询区间), then a header row (交易日期, 对方户名, 贷方发生额...), then one row per
transaction, sometimes a total line at the end. The header row is found by the mapping
(:data:`daemon.config.bank_preset.PRESET` or the config's own): the first row among the top
:data:`HEADER_SEARCH_ROWS` that names a date, an amount and a payer column.

Debits (an empty or zero credit column, or a ``direction`` mark that is not a credit)
are skipped; a row whose date or amount cannot be read fails the whole file, naming
the row, because a statement half imported would be worse than none.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from daemon.bank import normalise
from daemon.bank.credit import Credit, StatementError, number
from daemon.config.records import ColumnMapping

HEADER_SEARCH_ROWS = 30
_TOTAL_WORDS = ("合计", "总计", "小计", "本页合计", "total")


def _column(headers: list[str], names: list[str]) -> list[int]:
    wanted = [normalise.header_key(n) for n in names]
    return [i for i, h in enumerate(headers) if h and h in wanted]


def _find_header(
    rows: Sequence[Sequence[object]], mapping: ColumnMapping, source: str
) -> tuple[int, dict[str, list[int]]]:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        headers = [normalise.header_key(cell) for cell in row]
        found = {
            field: _column(headers, getattr(mapping, field))
            for field in (
                "date",
                "amount",
                "payer",
                "account",
                "memo",
                "reference",
                "currency",
                "direction",
            )
        }
        if found["date"] and found["amount"] and found["payer"]:
            return index, found
    raise StatementError(
        source,
        None,
        "no header row naming a date, a credit amount and a payer column (e.g. 交易日期, "
        "贷方发生额 or 收入金额, 对方户名) in the first "
        f"{HEADER_SEARCH_ROWS} rows; add your bank's column names under settings.bank.mapping",
    )


def _cell(row: Sequence[object], columns: list[int]) -> object:
    """The first non-empty cell of ``columns`` in ``row``."""
    for i in columns:
        if i < len(row) and str(row[i] if row[i] is not None else "").strip():
            return row[i]
    return None


def _text(row: Sequence[object], columns: list[int], joined: bool = False) -> str:
    parts = []
    for i in columns:
        value = row[i] if i < len(row) else None
        text = str(value).strip() if value is not None else ""
        if text and text not in parts:
            parts.append(text)
            if not joined:
                break
    return " ".join(parts)


def credits_from_rows(
    rows: Sequence[Sequence[object]], mapping: ColumnMapping, currency: str, source: str
) -> list[Credit]:
    """The credits of a sheet; rows are numbered from 1, as a spreadsheet shows them."""
    start, cols = _find_header(rows, mapping, source)
    marks = {normalise.header_key(m) for m in mapping.credit_marks}
    credits: list[Credit] = []
    for index in range(start + 1, len(rows)):
        row = rows[index]
        line = index + 1
        if not any(str(c if c is not None else "").strip() for c in row):
            continue
        first = normalise.plain_text(str(row[0] if row else ""))
        if any(first.startswith(w) for w in _TOTAL_WORDS):
            continue
        raw_amount = _cell(row, cols["amount"])
        try:
            value = normalise.amount(raw_amount)
        except ValueError as exc:
            raise StatementError(source, line, f"amount: {exc}") from None
        if cols["direction"]:
            mark = normalise.header_key(_cell(row, cols["direction"]))
            if mark not in marks:
                continue  # a debit
        if value is None or value <= Decimal(0):
            continue  # a debit (its amount is in the debit column) or nothing
        try:
            booked = normalise.day(_cell(row, cols["date"]))
        except ValueError as exc:
            raise StatementError(source, line, f"date: {exc}") from None
        payer = _text(row, cols["payer"])  # may be empty (cash, interest): matched by words
        stated = _text(row, cols["currency"]).upper()
        credits.append(
            Credit(
                booked=booked,
                amount=value,
                currency=_currency(stated, currency),
                payer=payer,
                account=_text(row, cols["account"]),
                memo=_text(row, cols["memo"], joined=True),
                bank_ref=_text(row, cols["reference"]),
                source=source,
                row=line,
            )
        )
    return number(credits)


_CURRENCY_WORDS = {"人民币": "CNY", "RMB": "CNY", "美元": "USD", "欧元": "EUR", "港币": "HKD"}


def _currency(stated: str, default: str) -> str:
    if not stated:
        return default
    return _CURRENCY_WORDS.get(stated, stated if len(stated) == 3 else default)
