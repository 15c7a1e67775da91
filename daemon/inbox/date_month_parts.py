"""Days named by a part of a month: 月中 / 12月中旬 / mid-December (the 15th), 上旬 (the 10th),
下旬 / 本月内 / "this month" (its last day: a deadline), "early January" (the 5th).

Why apart from :mod:`daemon.inbox.date_relative`: one job, one table (:data:`_PART`); each
module stays small enough to read whole. The conventions are documented in
:mod:`daemon.inbox.promise_dates`. Pure: text and the reference day in, hits out.
"""

from __future__ import annotations

import re
from datetime import date

from daemon.inbox.date_rules import DateHit, _add_months, _month_end
from daemon.inbox.date_words import MONTH_RE, MONTHS

_PART = {"初": 5, "上旬": 10, "中": 15, "中旬": 15, "下旬": 31, "内": 31, "內": 31}
_PART.update(dict.fromkeys(("最后一天", "的最后一天", "最后1天", "的最后1天"), 31))
"""Day of a month a part of it names (下旬/月内/最后一天 = its last day: a deadline)."""


def parts_of_month(text: str, base: date) -> list[DateHit]:
    """12月中旬 / 1月中 / 下个月中旬 / 下個月月中 / 本月内 / 月中 / 中旬以前 / 本月最后一天 /
    mid-December / "this month" / "the last day of December".

    Mid-month is the 15th; 上旬 the 10th; 下旬 and 本月内 / "within this month" the last day.
    A month named without a year that is already past means next year.
    """
    hits: list[DateHit] = []
    zh = (
        r"(明年|今年)?\s*(\d{1,2})\s*月\s*(上旬|中旬|下旬|的?最后[一1]天|中(?![午文国國心间間期下])|[内內](?=付|支|前|结|結|到|打|转|轉|汇|匯|安|完|$|[,。!?，]))"
        r"|(?:(下下?[个個]?|本|这个?|這個?)|(?<![个個半\d两兩几幾]))月(?:(?<=[个個本这這下]月)\s*月)?(上旬|中旬|下旬|的?最后[一1]天|中(?![午文国國心间間期下])|[内內])"
        # 中旬以前付 with no month: this month's (spoken, the month goes without saying)
        r"|(?<![月\d个個上中下初旬到至~-])(上旬|中旬|下旬)(?=\s*(?:以前|之前|前|左右|付|支|结|結|打|转|轉|汇|匯|到))"
    )
    for m in re.finditer(zh, text):
        part = m[3] or m[5] or m[6]
        last = _PART[part] == 31
        if m[2]:
            month = int(m[2])
            if not 1 <= month <= 12:
                continue
            year = (
                base.year + 1 if m[1] == "明年" or (not m[1] and month < base.month) else base.year
            )
            target = date(year, month, 1)
        else:
            prefix = m[4] or ""
            target = _add_months(base, prefix.count("下"), 1)
        day = _month_end(target.year, target.month) if last else target.replace(day=_PART[part])
        if not m[2] and not m[4] and day < base:  # a bare 月中 already past: next month's
            nxt = _add_months(target, 1, 1)
            day = _month_end(nxt.year, nxt.month) if last else nxt.replace(day=_PART[part])
        hits.append(DateHit(m.start(), m.end(), day, "zh_part_of_month"))
    en = (
        rf"\b(?:mid|middle)(?: of)?[- ]?(?:(next|this|the) month|({MONTH_RE})\b)|\b(mid)-?month\b"
        r"|\b(?:within|during|in|later) this month\b"
        rf"|\b(?:early|beginning of|start of|the start of|the beginning of)\s+({MONTH_RE})\b"
    )
    for m in re.finditer(en, text, re.I):
        if m[3]:  # mid-month: the 15th of this month, or of the next once past
            day = date(base.year, base.month, 15)
            if day < base:
                nxt = _add_months(base, 1, 15)
                day = date(nxt.year, nxt.month, 15)
        elif m[4]:  # early January: the 5th, like early next month
            month = MONTHS[m[4].lower()]
            year = base.year if month >= base.month else base.year + 1
            day = date(year, month, 5)
        elif m[2]:
            month = MONTHS[m[2].lower()]
            year = base.year if month >= base.month else base.year + 1
            day = date(year, month, 15)
        elif m[1]:
            target = _add_months(base, 1 if m[1].lower() == "next" else 0, 1)
            day = target.replace(day=15)
        else:
            day = _month_end(base.year, base.month)
        hits.append(DateHit(m.start(), m.end(), day, "en_part_of_month"))
    last_day = rf"\b(?:the\s+)?last\s+day\s+of\s+(?:(this|next|the)\s+month|({MONTH_RE}))\b"
    for m in re.finditer(last_day, text, re.I):  # the last day of the month, of December
        if m[2]:
            month = MONTHS[m[2].lower()]
            first = date(base.year if month >= base.month else base.year + 1, month, 1)
        else:
            first = _add_months(base, 1 if m[1].lower() == "next" else 0, 1)
        day = _month_end(first.year, first.month)
        hits.append(DateHit(m.start(), m.end(), day, "en_month_end"))
    return hits
