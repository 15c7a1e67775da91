"""Chinese numerals next to a date or count unit, as Arabic digits: 十二月五日 -> 12月5日.

Why: clients write 十二月五日前, 二十天内, 两周内, 十五号 as often as 12月5日; the date rules
read digits. Only a numeral directly followed by a unit (月 日 号 天 周 个 星期 年 工作日...)
is converted, so 周一, 第一期, 一起 and 统一 keep their meaning. The conversion itself is
``cn2an`` (a maintained library, not hand-rolled parsing); it loads on first use (~0.1 s).

:func:`to_arabic` also returns, for every character of the new text, the index of the
character it came from, so a date found in the converted text can be located in the
original (the classifier reports where its evidence is).

Two neighbouring digits (两三天, 三五个工作日, 七八天) are a rough count, not a number: they
become a range, ``2-3天``, which the count readers take at its upper bound (a client who says
"two or three days" commits to no fewer than three).
"""

from __future__ import annotations

import re
from functools import lru_cache

_ELIDED_SUM = (
    r"[一二两兩三四五六七八九十]+[万萬][一二两兩三四五六七八九]"
    r"(?:[千仟](?:[一二两兩三四五六七八九][百佰])?)?(?![零〇一二两兩三四五六七八九十百佰千仟万萬])"
)
"""A sum in tens of thousands with its next digit spoken (三万八 = 38000, 六万八 = 68000,
三万八千 = 38000): one number, so its last digit never starts a month (六万八月底 is 68000
by the month's end, not August) and the sum is not cut at 万 (三万八 is not 3万)."""
_NUMERAL = re.compile(
    rf"(?P<sum>{_ELIDED_SUM})"
    r"|[零〇一二两兩三四五六七八九十百]+(?=\s*(?:个|個)?\s*(?:月|日|号|號|天|周|週|星期|礼拜|禮拜"
    r"|年|工作日|工作天|小时|小時|万|萬|期|次|笔|筆|批|%))"
)
_WEEKDAY_PREFIX = re.compile(r"(?:周|週|星期|礼拜|禮拜)$")
DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
"""The single Chinese digits (两/兩 both 2), read one character at a time: a rough count's two
digits here, a weekday-free day or count in :mod:`daemon.inbox.date_words`."""


_SPAN_UNIT = re.compile(r"\s*(?:个|個)?\s*(?:天|工作日|工作天|周|週|星期|礼拜|禮拜|月)")
"""What a rough count counts: days, weeks, months (not 一二月份 = 1-2月份, a month's name)."""


def _rough(numeral: str, after: str) -> str | None:
    """两三 -> "2-3", 三五 -> "3-5": two single digits, the second the larger (not 二十, 五一),
    before a span's unit."""
    if len(numeral) != 2 or not all(c in DIGITS for c in numeral):
        return None
    if not _SPAN_UNIT.match(after) or after.lstrip().startswith("月"):
        return None
    low, high = DIGITS[numeral[0]], DIGITS[numeral[1]]
    return f"{low}-{high}" if low < high <= low + 2 else None


@lru_cache(maxsize=1024)
def _value(numeral: str) -> int | None:
    import cn2an  # deferred: most mail has no Chinese numerals

    try:
        return int(cn2an.cn2an(numeral.replace("兩", "两"), "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def to_arabic(text: str) -> tuple[str, list[int]]:
    """(text with unit-bound Chinese numerals as digits, index map into ``text``)."""
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in _NUMERAL.finditer(text):
        if _WEEKDAY_PREFIX.search(text, 0, m.start()) and len(m.group(0)) == 1:
            continue  # 周一天: a weekday, not "one day"
        rough = None if m["sum"] else _rough(m.group(0), text[m.end() : m.end() + 4])
        value = _value(m.group(0)) if rough is None else 0
        if value is None:
            continue
        out.append(text[last : m.start()])
        where.extend(range(last, m.start()))
        digits = rough or (f"{value:,}" if m["sum"] else str(value))
        out.append(digits)
        where.extend(min(m.start() + i, m.end() - 1) for i in range(len(digits)))
        last = m.end()
    if not out:
        return text, list(range(len(text)))
    out.append(text[last:])
    where.extend(range(last, len(text)))
    return "".join(out), where


def has_numerals(text: str) -> bool:
    return _NUMERAL.search(text) is not None
