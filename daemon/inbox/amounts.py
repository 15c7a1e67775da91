"""Sums of money written in a reply, and whether the sum said paid falls short of the sum due.

Why: a client who pays less than the reminder asks for ("中期款先付的十万今天付了" against
￥238,000.00, "EUR 16.765,00 was paid today" against EUR 16,800.00, a wire "for $17,400.00"
against USD 18,900.00) has not paid; read as ``paid`` the client is thanked and the chase
stops on money still owed. The words of a part ("先付", "less fees") are one sign; the sums
are the other, and they hold whatever the wording. Pure: text and the amount due in, a
:class:`Sum` or a verdict out; the caller supplies the amount due (our quoted reminder, or
the ledger).

A sum is written as a sum: a currency (¥, USD, 元, 蚊), a unit (万, k) or thousands
separators. A bare number ("12", "27.11" a day in Europe, an invoice or account number) is
none, nor are digits right after 号/No./#/账号/account or before 年/月/日.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_CUR = (
    r"usd|us\$|rmb|cny|eur|gbp|hkd|hk\$|twd|nt\$|sgd|s\$|aud|a\$|cad|chf|jpy|"
    r"\$|¥|€|£"
)
_SUM = re.compile(
    rf"(?P<cur>(?:{_CUR})\s?)?"
    r"(?P<num>\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d+(?:[.,]\d{1,2})?(?!\d))"
    r"\s?(?P<unit>k\b|w(?![a-z])|万|萬|千|仟)?"
    rf"\s?(?P<after>元|圆|块|塊|蚊|(?:{_CUR})\b)?",
    re.I,
)
_ZH_SUM = re.compile(
    r"[零〇一二两兩三四五六七八九十百千万萬壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]*"
    r"[万萬千仟][零〇一二两兩三四五六七八九十百千壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]*"
    r"(?=\s*(?:元|圆|块|塊|蚊|的|了|已|今|昨|整|,|，|。|$))"
)
_NOT_A_SUM_BEFORE = re.compile(
    r"(?:[号號#]|no\.?|number|账号|賬號|帐号|帳號|account|acct|a/c|iban|尾号|尾號)\s*[:：]?\s*$",
    re.I,
)
_NOT_A_SUM_AFTER = re.compile(r"\s*(?:年|月|日|号|號|天|个|個|%|/\d|-\d|期|次)")
MULTIPLIER = {"k": 1_000, "千": 1_000, "仟": 1_000, "w": 10_000, "万": 10_000, "萬": 10_000}
"""What a unit after a number multiplies it by (reading.amount_in uses it too)."""
_CURRENCY = {
    "¥": "CNY", "rmb": "CNY", "cny": "CNY", "元": "CNY", "圆": "CNY", "块": "CNY",
    "塊": "CNY", "usd": "USD", "us$": "USD", "eur": "EUR", "€": "EUR", "gbp": "GBP",
    "£": "GBP", "hkd": "HKD", "hk$": "HKD", "蚊": "HKD", "twd": "TWD", "nt$": "TWD",
}  # fmt: skip
"""A "$" alone names no currency: US, Hong Kong, Taiwan and Singapore dollars all write it."""


@dataclass(frozen=True)
class Sum:
    """A sum of money at ``start`` in the text; ``currency`` an ISO code when written."""

    value: Decimal
    currency: str | None
    start: int


def _number(digits: str) -> Decimal | None:
    """ "80,000" / "80,000.00" / "16.765,00" / "16 800,00" / "4.8": the last separator is the
    decimal one when two or fewer digits follow it, else every separator groups thousands."""
    digits = re.sub(r"[\u00a0\u202f ]", "", digits)
    last = max(digits.rfind(","), digits.rfind("."))
    if last >= 0 and len(digits) - last - 1 <= 2:
        whole, cents = digits[:last], digits[last + 1 :]
    else:
        whole, cents = digits, ""
    whole = whole.replace(",", "").replace(".", "")
    try:
        return Decimal(f"{whole}.{cents}" if cents else whole)
    except InvalidOperation:
        return None


def _currency(*marks: str | None) -> str | None:
    for mark in marks:
        if mark:
            return _CURRENCY.get(mark.strip().lower())
    return None


def sums_in(text: str) -> list[Sum]:
    """Every sum of money in ``text``, in text order (see the module's doc for what is one)."""
    plain = unicodedata.normalize("NFKC", text)
    found: list[Sum] = []
    for m in _SUM.finditer(plain):
        num, unit = m["num"], (m["unit"] or "").lower()
        marked = m["cur"] or m["after"] or unit or re.search(r"\d[,.\u00a0\u202f ]\d{3}", num)
        if not marked or _NOT_A_SUM_BEFORE.search(plain[max(0, m.start() - 12) : m.start()]):
            continue
        if not (m["cur"] or m["after"] or unit) and _NOT_A_SUM_AFTER.match(plain, m.end("num")):
            continue
        value = _number(num)
        if value is not None:
            found.append(
                Sum(value * MULTIPLIER.get(unit, 1), _currency(m["cur"], m["after"]), m.start())
            )
    for m in _ZH_SUM.finditer(plain):
        value = _zh_value(m[0])
        if value is not None:
            found.append(Sum(value, "CNY", m.start()))
    return sorted(found, key=lambda s: s.start)


def _zh_value(numeral: str) -> Decimal | None:
    """ "十万" -> 100000, "捌万元" -> 80000, "二十三万八千" -> 238000 (cn2an, the well-kept
    library the project uses for Chinese numerals)."""
    if not re.search(r"[一二两兩三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]", numeral):
        return None
    import cn2an  # ~0.1 s to import: only when a Chinese numeral sum is there

    try:
        return Decimal(int(cn2an.cn2an(numeral, "smart")))
    except (ValueError, KeyError, TypeError):
        return None


_LESS = re.compile(r"\s*(?:less|minus|net of|after|-|扣除|扣掉|扣|减去|減去|减|減)", re.I)
"""After a sum: the sum something was taken off ("18,900 less the 1,500 credit")."""


def short_of_due(words: str, due: Decimal) -> Sum | None:
    """The sum ``words`` say was paid when it is less than ``due``; None when they state no
    sum, or the first one they state is ``due`` or more (paid in full, or several bills at
    once), or a later one is ``due`` or more and no deduction follows it (the whole covered:
    "第二期48,000元今天已付清…至此尾款96,000元全部付完").

    The first sum is the one said paid: "The wire for $17,400.00 (18,900 less the agreed
    1,500 credit) went out", "已付10万，其余下月"."""
    plain = unicodedata.normalize("NFKC", words)
    sums = sums_in(plain)
    if not sums or not 0 < sums[0].value < due:
        return None
    for later in sums[1:]:
        if later.value >= due and not _LESS.match(plain, _end_of(plain, later)):
            return None
    return sums[0]


def _end_of(text: str, found: Sum) -> int:
    """Where the sum starting at ``found.start`` ends (currency and unit included)."""
    m = _SUM.match(text, found.start) or _ZH_SUM.match(text, found.start)
    return m.end() if m else found.start
