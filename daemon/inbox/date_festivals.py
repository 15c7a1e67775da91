"""Dates named by a holiday, a working day or a weekday of a month: 元旦后第一个工作日, 春节前,
"before Chinese New Year", "the first business day of January", 下个月第一个工作日, 圣诞节当天,
"the last Friday of January", 国庆前 (30 September), 12月最后一个工作日 / "the last business
day of December".

Why apart from :mod:`daemon.inbox.date_relative`: these need a calendar, not arithmetic. The
first working day after a day is the Chinese working calendar's (:mod:`daemon.domain.calendar`:
holidays and 调休 make-up days), as N个工作日 counts. The Lunar New Year moves every year: its
day comes from the ``holidays`` package's Chinese calendar, imported only when a text names it.

Conventions (with :mod:`daemon.inbox.promise_dates`): a holiday's 前 / "before" is its eve, as
元旦前 is 31 December and 圣诞节前 24 December, so 春节前 / "before Chinese New Year" is 除夕, the
Lunar New Year's eve. 年前 alone says no day (the solar or the lunar year? writers mean both),
nor do 春节后 / "after Chinese New Year" and 春节前后 (around it).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from daemon.domain.calendar import work_calendar
from daemon.inbox.date_rules import DateHit, _add_months, _month_end
from daemon.inbox.date_words import EN_WD_RE, EN_WEEKDAYS, MONTH_RE, MONTHS

_FIRST_WORKDAY = (
    r"(?:的)?\s*第\s*[1一]\s*(?:个|個)?\s*(?:工作日|工作天|上班日)"
    r"|\s*(?:开工|開工|上班)(?:第一天|第1天|后第一天|後第一天)"
)
_ZH_AFTER_NEW_YEAR = re.compile(
    r"元旦\s*(?:假期)?\s*(?:之后|之後|以后|以後|后|後|过后|過後)" + f"(?:{_FIRST_WORKDAY})"
)
_ZH_NEXT_MONTH = re.compile(r"下\s*(?:个|個)?\s*月(?:初)?" + _FIRST_WORKDAY)
_ZH_MONTH = re.compile(r"(?<![\d年/.-])(\d{1,2})\s*月(?:初)?" + _FIRST_WORKDAY)
_EN_FIRST = r"\bfirst\s+(?:business|working|bank(?:ing)?|work)\s+day\s+"
_EN_AFTER_NEW_YEAR = re.compile(
    _EN_FIRST + r"(?:after|of)\s+(?:the\s+)?(?:new\s+year(?:'s(?:\s+day)?)?|year|holidays?)\b", re.I
)
_EN_NEXT_MONTH = re.compile(_EN_FIRST + r"(?:of|in)\s+(?:the\s+)?next\s+month\b", re.I)
_EN_MONTH = re.compile(_EN_FIRST + rf"(?:of|in)\s+({MONTH_RE})\b", re.I)
_LAST_WORKDAY = r"\s*(?:的)?\s*最后\s*[一1]\s*(?:个)?\s*(?:工作日|工作天|上班日)"
_ZH_LAST = re.compile(
    r"(?:(?<![\d年/.-])(\d{1,2})\s*月(?:份|底)?|(下下?|本|这|这个)?\s*(?:个)?\s*月(?:份|底)?"
    r"|(今年|本年|年底|年末))" + _LAST_WORKDAY
)
"""12月最后一个工作日, 本月最后一个工作日, 年底最后一个工作日 (Traditional forms are read as
Simplified by :func:`daemon.inbox.promise_dates.find_dates`)."""
_EN_LAST = re.compile(
    r"\blast\s+(?:business|working|bank(?:ing)?|work)\s+day\s+(?:of|in)\s+"
    rf"(?:(this|the|next)\s+month|(?:the\s+|this\s+)?(year)|({MONTH_RE}))\b",
    re.I,
)
_LUNAR_EVE = re.compile(
    r"(?:春节|春節|农历新年|農曆新年|农历年|農曆年|过年|過年)\s*(?=前(?![后後])|之前|以前)"
    r"|\b(?:before|by|ahead of|prior to)\s+(?:the\s+)?(?:chinese|lunar)\s+new\s+year\b"
    r"|\b(?:before|by|ahead of|prior to)\s+(?:the\s+)?(?:cny|spring\s+festival)\b",
    re.I,
)


_CHRISTMAS_DAY = re.compile(
    r"(?:圣诞节?|聖誕節?|耶誕節?)\s*(?:当天|當天|那天|当日|當日)|\bchristmas day\b", re.I
)
_FIXED_EVES = {
    "国庆": (9, 30),
    "國慶": (9, 30),
    "五一": (4, 30),
    "劳动节": (4, 30),
    "勞動節": (4, 30),
}
_FIXED_EVE = re.compile(
    r"(国庆|國慶|五一|劳动节|勞動節)(?:节|節|假期|长假|長假)?(?=\s*(?:前(?![后後])|之前|以前))"
)
"""国庆前 / 五一前: a holiday's 前 is its eve (30 September, 30 April), as 元旦前 is 31 December."""
_NTH = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}
_NTH_WEEKDAY = re.compile(
    rf"\b(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+({EN_WD_RE})\s+(?:of|in)\s+"
    rf"(?:(this|next)\s+month|({MONTH_RE}))\b",
    re.I,
)


def _nth_weekday(m: re.Match[str], base: date) -> date:
    """ "the last Friday of January", "the first Monday of next month"."""
    if m[4]:
        month = MONTHS[m[4].lower()]
        year = base.year if month >= base.month else base.year + 1
        first = date(year, month, 1)
    else:
        first = _add_months(base, 1 if m[3].lower() == "next" else 0, 1)
    weekday = EN_WEEKDAYS[m[2].lower()]
    if m[1].lower() == "last":
        last = _month_end(first.year, first.month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    return first + timedelta(days=(weekday - first.weekday()) % 7, weeks=_NTH[m[1].lower()])


def festival_dates(text: str, base: date | None) -> list[DateHit]:
    """Every holiday- or workday-named date in ``text`` from ``base`` (the reply's day)."""
    if base is None:
        return []
    hits: list[DateHit] = []
    cal = work_calendar("CN")

    def first_working_day(month: int, day: int, rule: str, m: re.Match[str]) -> None:
        """The first working day on or after ``month``/``day``, this year or (once past) next."""
        found = cal.next_working_day(date(base.year, month, day))
        if found < base:
            found = cal.next_working_day(date(base.year + 1, month, day))
        hits.append(DateHit(m.start(), m.end(), found, rule))

    for m in [*_ZH_AFTER_NEW_YEAR.finditer(text), *_EN_AFTER_NEW_YEAR.finditer(text)]:
        first_working_day(1, 2, "first_workday_new_year", m)
    for m in [*_ZH_NEXT_MONTH.finditer(text), *_EN_NEXT_MONTH.finditer(text)]:
        nxt = _add_months(base, 1, 1)
        hits.append(DateHit(m.start(), m.end(), cal.next_working_day(nxt), "first_workday_month"))
    for m in _ZH_MONTH.finditer(text):
        if 1 <= int(m[1]) <= 12:
            first_working_day(int(m[1]), 1, "first_workday_month", m)
    for m in _EN_MONTH.finditer(text):
        first_working_day(MONTHS[m[1].lower()], 1, "first_workday_month", m)
    for m in [*_ZH_LAST.finditer(text), *_EN_LAST.finditer(text)]:
        hits.append(DateHit(m.start(), m.end(), _last_working_day(m, base), "last_workday_month"))
    for m in _CHRISTMAS_DAY.finditer(text):
        day = date(base.year, 12, 25)
        hits.append(
            DateHit(
                m.start(),
                m.end(),
                day if day >= base else day.replace(base.year + 1),
                "christmas_day",
            )
        )
    for m in _FIXED_EVE.finditer(text):
        eve = date(base.year, *_FIXED_EVES[m[1]])
        hits.append(
            DateHit(
                m.start(), m.end(), eve if eve >= base else eve.replace(eve.year + 1), "holiday_eve"
            )
        )
    for m in _NTH_WEEKDAY.finditer(text):
        hits.append(DateHit(m.start(), m.end(), _nth_weekday(m, base), "en_nth_weekday"))
    for m in _LUNAR.finditer(text):
        if _AFTER_IT.match(text, m.end()) or text[: m.start()].endswith(_PASSED):
            continue  # 正月十五以后, 过了腊八: after a festival-like day, as 春节后, names no day
        lunar = _lunar_day(m, base)
        if lunar is not None:
            hits.append(DateHit(m.start(), m.end(), lunar, "lunar_day"))
    for m in _LUNAR_EVE.finditer(text):
        eve = lunar_new_year(base.year) - timedelta(days=1)
        if eve < base:
            eve = lunar_new_year(base.year + 1) - timedelta(days=1)
        hits.append(DateHit(m.start(), m.end(), eve, "lunar_new_year_eve"))
    return hits


_LUNAR_NUM = {"正": 1, "冬": 11, "腊": 12, "臘": 12, "初": 0, "廿": 20, "卅": 30}
_ZH_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"两": 2}
_LUNAR_DAY = (
    r"(初(?:十|[一二三四五六七八九]|\d)|廿[一二三四五六七八九]?|卅|三十|二十[一二三四五六七八九]?"
    r"|十[一二三四五六七八九]?|[一二三四五六七八九]|30|[12]?\d)(?![\d月个個天周週])"
)
_LUNAR = re.compile(
    r"(?:农历|農曆|阴历|陰曆|旧历|舊曆)\s*(正|冬|腊|臘|1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月"
    + _LUNAR_DAY
    + r"|(正|冬|腊|臘)月"
    + _LUNAR_DAY
    + r"|(?<![\d年])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月"
    + r"(初(?:十|[一二三四五六七八九])|廿[一二三四五六七八九]?)"
    + r"|(腊八|臘八)(?:节|節)?"
)
"""A day of the Chinese lunar calendar: 腊月初八, 正月十五, 农历十二月初八, 冬月廿三, 腊八. A month
named 正/冬/腊, 农历 before it, or a day named 初X / 廿X says the lunar calendar; 十二月十五 alone
is the solar one (zh_md)."""


_AFTER_IT = re.compile(r"\s*(?:之|以)?(?:后|後)|\s*过后|\s*過後")
"""After the lunar day (正月十五以后一次性付清): a time after it, no day (labels.yaml: 春节后)."""
_PASSED = ("过了", "過了", "过完", "過完", "等过", "等過")
"""The lunar day said as passed first (等过了腊八再给, 过完正月十五): after it, no day either."""


def _zh_number(word: str) -> int:
    """1-30 from 初八, 廿三, 十五, 二十三, 三十, 卅, 12, 正 (1), 冬 (11), 腊 (12)."""
    if word.isdigit():
        return int(word)
    if word in ("卅", "三十"):
        return 30
    if word in _LUNAR_NUM and len(word) == 1:
        return _LUNAR_NUM[word]
    total, rest = 0, word
    if rest[0] in "初廿":
        total, rest = _LUNAR_NUM[rest[0]], rest[1:]
    if rest.startswith("二十"):
        return total + 20 + (_ZH_DIGIT[rest[2]] if len(rest) > 2 else 0)
    if rest.startswith("十"):
        return total + 10 + (_ZH_DIGIT[rest[1]] if len(rest) > 1 else 0)
    return total + (int(rest) if rest.isdigit() else _ZH_DIGIT.get(rest, 0))


def _lunar_day(m: re.Match[str], base: date) -> date | None:
    """The solar day of the lunar month and day ``m`` names, the first on or after ``base``
    (腊月初八 written in December 2026 is 2027-01-15), from ``lunardate`` (imported here only:
    the holidays package has the festivals, not a lunar calendar to convert any day)."""
    if m[7]:
        month, day = 12, 8
    else:
        month = _zh_number(m[1] or m[3] or m[5])
        day = _zh_number(m[2] or m[4] or m[6])
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    from lunardate import LunarDate  # ~5 ms: only when a text names a lunar day

    for year in (base.year - 1, base.year, base.year + 1):
        try:
            solar = LunarDate(year, month, day).to_solar_date()
        except ValueError:  # a 30th in a month of 29 days
            continue
        if solar >= base:
            return solar
    return None


def _last_working_day(m: re.Match[str], base: date) -> date:
    """The last working day of the month (or year) ``m`` names, in the Chinese calendar: a
    make-up Saturday at a month's end counts (2026-02-28), a holiday does not."""
    named, which, year = m[1] if m.re is _ZH_LAST else None, m[2], m[3]
    if m.re is _EN_LAST:
        month = MONTHS[m[3].lower()] if m[3] else None
        which, year = m[1], m[2]
    else:
        month = int(named) if named else None
    if year or (month is not None and not 1 <= month <= 12):
        first = date(base.year, 12, 1)
    elif month is not None:
        first = date(base.year if month >= base.month else base.year + 1, month, 1)
    else:
        first = _add_months(base, (which or "").lower().count("下") + (which == "next"), 1)
    cal = work_calendar("CN")
    day = _month_end(first.year, first.month)
    while not cal.is_working_day(day) and day > first:
        day -= timedelta(days=1)
    return day


@lru_cache(maxsize=8)
def lunar_new_year(year: int) -> date:
    """正月初一 of ``year``, from the ``holidays`` package's Chinese calendar (imported here
    only: the daemon does not load it otherwise)."""
    import holidays

    days = holidays.country_holidays("CN", years=year, language="en_US")
    return min(d for d, name in days.items() if "Spring Festival" in name)
