"""Reading the values banks write: amounts, dates, names, account numbers, headers.

Why: one bank writes ``¥50,000.00``, another ``50000``, ``5.0000E+04`` in Excel or
``50 000,00`` in MT940; dates come as ``2026-12-05``, ``2026/12/5``, ``20261205``,
``2026年12月5日`` or an Excel date. Company names carry ``有限公司`` / ``Co., Ltd.`` in
several spellings. Each reader returns a clean value or raises ``ValueError`` with what
was found, which the format modules turn into a :class:`~.credit.StatementError` naming
the row. Pure.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

CENT = Decimal("0.01")
_DATE_PATTERNS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\D|$)"),
)
_MONEY_SIGNS = re.compile(r"(?i)^(cny|rmb|usd|eur|¥|\$|€|￥)|(元|cny|rmb|usd|eur)$")
_SUFFIXES = (
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "公司",
    "company limited",
    "co ltd",
    "co limited",
    "limited",
    "ltd",
    "inc",
    "corp",
    "corporation",
    "llc",
    "gmbh",
    "company",
    "co",
)
_BRACKETED_UNIT = re.compile(r"[(（][^)）]*[)）]$")


def plain_text(value: str) -> str:
    """NFKC, lower case, single spaces: the form compared and hashed."""
    return " ".join(unicodedata.normalize("NFKC", value or "").lower().split())


def header_key(value: object) -> str:
    """A column header as compared: no spaces, case, full-width forms or ``(元)`` unit."""
    text = "".join(plain_text(str(value or "")).split())
    return _BRACKETED_UNIT.sub("", text)


def account_digits(value: str) -> str:
    """An account number's digits and letters only (``6222 0210-0100`` -> ``622202100100``)."""
    return re.sub(r"[^0-9a-z]", "", plain_text(value))


def company_core(name: str) -> str:
    """A company name without legal-form words and punctuation, for fuzzy comparison.

    ``杭州阿克米科技有限公司`` -> ``杭州阿克米科技``;
    ``ACME Widgets Co., Ltd.`` -> ``acme widgets``.
    """
    text = plain_text(name)
    text = re.sub(r"[()（）\[\]【】,.，。、'\"&]", " ", text)
    text = " ".join(text.split())
    changed = True
    while changed and text:
        changed = False
        for suffix in _SUFFIXES:
            if text.endswith(suffix) and (
                not suffix.isascii() or text == suffix or text[-len(suffix) - 1] == " "
            ):
                text = text[: -len(suffix)].strip()
                changed = True
    return text


def amount(value: object) -> Decimal | None:
    """A money value (None for an empty cell); ``ValueError`` when it is not a number."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not an amount")
    if isinstance(value, int | float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        return number.quantize(CENT)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if text in ("", "-", "--", "—"):
        return None
    text = _MONEY_SIGNS.sub("", text.replace(" ", "")).strip()
    text = text.replace(",", "")
    negative = text.startswith("(") and text.endswith(")")
    try:
        number = Decimal(text.strip("()"))
    except InvalidOperation:
        raise ValueError(f"{str(value)[:40]!r} is not an amount") from None
    if not number.is_finite():
        raise ValueError(f"{str(value)[:40]!r} is not an amount")
    return (-number if negative else number).quantize(CENT)


def day(value: object) -> date:
    """A date cell or text; ``ValueError`` when it is none."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = unicodedata.normalize("NFKC", str(value or "")).strip()
    for pattern in _DATE_PATTERNS:
        found = pattern.match(text)
        if found:
            try:
                return date(int(found[1]), int(found[2]), int(found[3]))
            except ValueError:
                break
    raise ValueError(f"{text[:40]!r} is not a date (write 2026-12-05)")
