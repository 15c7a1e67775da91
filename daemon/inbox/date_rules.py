"""Absolute dates (2026年12月5日, 15.12.2026, 12/5 by the sender's locale, December 10, 十五号前),
the :class:`DateHit` every finder returns, and the day arithmetic the finders share.

Why apart from :mod:`daemon.inbox.promise_dates`: that module decides which date a reply
promises (or when an auto-reply's owner is back); this one only finds dates written with a
month or a day number. Relative dates are :mod:`daemon.inbox.date_relative`'s, the words
(month and weekday names, numbers) :mod:`daemon.inbox.date_words`'. The conventions are
documented in :mod:`daemon.inbox.promise_dates`.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from daemon.domain.calendar import work_calendar
from daemon.inbox.date_words import (
    EN_ORDINAL_RE,
    EN_ORDINALS,
    EN_WD_RE,
    EN_WEEKDAYS,
    MONTH_RE,
    MONTHS,
    ORD,
    ZH_WEEKDAYS,
)

_DATE_WORD_BEFORE = re.compile(
    r"(?:\b(?:by|on|before|until|till|than|latest|due|from|for|around|after|eta|dated|done|made|paid|next"
    r"|effected|scheduled|planned|cut|issued|mailed|posted|wired|released|go(?:es|ing)?\s+out)"
    r"(?:\s+the)?|[于在到至前截止]|预计|預計|预定|預定"
    r"|\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day|nesday|urday)?,?"
    r"|\b(?:lunes|martes|mi[eé]rcoles|jueves|viernes)"
    r"|\b(?:hit|reach|land in|arrive in|be in)\s+(?:your|the)\s+(?:bank\s+)?account"
    r"|\b(?:push|pushed|move|moved|postpone|postponed|defer|deferred|delay|delayed|shift|shifted"
    r"|reschedule|rescheduled|extend|extended)(?:\s+(?:it|this|that|them|the\s+[\w-]+))?"
    r"(?:\s+(?:back|out|over|forward))?\s+to"
    r"|\b(?:run|batch|cycle)(?:\s+is|'s)(?:\s+on)?)\s*$",
    re.I,
)
_PAY_BEFORE = re.compile(
    r"\b(?:(?:pays?|paying|transfer|wire|remit)(?:\s+(?:it|this|the rest|the balance))?"
    r"|(?:will|shall|'ll|to) (?:go(?: out)?"
    r"|be (?:paid|sent|made|transferred|wired|executed|released)))"
    r"(?:\s+(?:at|on))?\s*$",
    re.I,
)
"""A pay verb right before a dotted day ("we pay it 14.12.", "the payment will go 17.12,"):
that is a date (not before 1/2)."""
_RUN_AFTER = re.compile(
    r"\s+(?:(?:eft|wire|ach|payment|pay|cheque|check|ap|payables?|supplier|vendor)\s+)?"
    r"(?:run|batch|cycle)\b",
    re.I,
)
"""A payment run right after a dotted day ("pay with the 10.12 run"): that is a date."""
_DATE_WORD_AFTER = re.compile(
    r"^\s*(?:[前号日]|之前|以前"
    r"|匯出|滙出|汇出|電匯|電滙|电汇|匯款|滙款|汇款|付款|支付|轉帳|转账|到帳|到账|入帳|入账"
    r"|(?:那|嗰|的)?(?:批|轮|輪)(?:次)?)"
    r"|^\s*(?:(?:eft|wire|ach|payment|pay|cheque|check|ap|payables?|supplier|vendor)\s+)?"
    r"(?:run|batch|cycle)\b",
    re.I,
)
"""After a number, what makes it a day: 15号前, "our 12/10 check run", a payment verb ("照原訂的
12/10 匯出": a fraction is not what is remitted)."""
_WEEKDAY_BRACKET = re.compile(
    rf"(?:\b(?:{EN_WD_RE})\b|周|週|星期|礼拜|禮拜)[^.;!?\n。；！？]{{0,20}}?[(（]\s*$", re.I
)
_BRACKET_CLOSE = re.compile(r"\s*[)）]")
"""A number in brackets after a weekday ("in Thursday's pay run (10/12)", 周四的付款批次（12/10）):
the date of that day, not a fraction (1/2 of the amount)."""
_NOT_A_DAY = (
    "楼|樓|线|線|门|門|房|室|院|机|機|文件|合同|单|單|码|碼|店|厂|廠|仓|倉|车|車|位|床|窗口"
)
"""What a number + 号 names when it is not a day (3号楼, 5号线, 2号文件)."""
_PAY_NEXT = "付|支付|到账|到帳|打款|汇款|匯款|转账|轉帳|安排|左右|[(（]\\s*(?:周|週|星期|礼拜|禮拜)"
"""Words after "15日" that make it a day without 前 (15日付款), or its weekday in brackets
(顺延到21日（周一）支付)."""


@dataclass(frozen=True)
class DateHit:
    """One date expression found in text: where it is and which day it means."""

    start: int
    end: int
    day: date
    rule: str


BUDDHIST_OFFSET = 543
"""Thailand writes years of the Buddhist Era: 15/12/2569 is 15 December 2026. A four-digit
year from 2400 to 2699 can be nothing else in a reply (2400-2699 BE = 1857-2156 CE)."""


def _safe_date(year: int, month: int, day: int) -> date | None:
    if 2400 <= year < 2700:
        year -= BUDDHIST_OFFSET  # 2569 = 2026 (Thai Buddhist Era)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _infer_year(month: int, day: int, base: date | None) -> date | None:
    """The date (month, day) nearest to ``base``: next year if over ~2 months in the past."""
    if base is None:
        return None
    candidate = _safe_date(base.year, month, day)
    if candidate is None:
        return None
    if candidate < base - timedelta(days=62):
        return _safe_date(base.year + 1, month, day)
    if candidate > base + timedelta(days=305):
        return _safe_date(base.year - 1, month, day)
    return candidate


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(base: date, months: int, day: int | None = None) -> date:
    index = base.year * 12 + base.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day if day is not None else base.day, last))


def _week_day(base: date, weekday: int, weeks_ahead: int) -> date:
    monday = base - timedelta(days=base.weekday())
    return monday + timedelta(weeks=weeks_ahead, days=weekday)


def _next_on_or_after(base: date, weekday: int) -> date:
    return base + timedelta(days=(weekday - base.weekday()) % 7)


def _add_business_days(base: date, n: int) -> date:
    """``n`` working days after ``base`` in China (调休 make-up Saturdays count)."""
    cal = work_calendar("CN")
    day = base
    for _ in range(min(n, 400)):
        day = cal.next_working_day(day + timedelta(days=1))
    return day


_DAY_FIRST_ZONES = re.compile(
    r"^(Europe|Africa|Australia|Pacific/Auckland|Asia/(Hong_Kong|Singapore|Kolkata|Calcutta"
    r"|Dubai|Kuala_Lumpur|Jakarta|Bangkok|Ho_Chi_Minh|Karachi|Riyadh|Jerusalem|Tel_Aviv)"
    r"|America/(Sao_Paulo|Argentina|Buenos_Aires|Bogota|Lima|Santiago|Mexico_City|Caracas"
    r"|Montevideo|Asuncion|La_Paz|Guayaquil))"
)


_MONTH_FIRST_ZONES = re.compile(
    r"^(America/|US/|Canada/|Asia/(Shanghai|Chongqing|Harbin|Urumqi|Taipei|Manila|Tokyo|Seoul))"
)


def day_first(tz: ZoneInfo | None) -> bool:
    """True where people write 09/12/2026 for 9 December (by the sender's timezone)."""
    return bool(tz is not None and _DAY_FIRST_ZONES.match(str(tz.key)))


def slash_order(tz: ZoneInfo | None) -> bool | None:
    """How the sender writes 12/1: True day first (UK, Europe, Hong Kong), False month first
    (US, Taiwan, mainland China: 已於12/1匯出 is 1 December even on 2 December), None when
    their zone does not say."""
    if day_first(tz):
        return True
    if tz is not None and _MONTH_FIRST_ZONES.match(str(tz.key)):
        return False
    return None


def _slash_date(
    first: int, second: int, year_text: str | None, base: date | None, dmy: bool | None = None
) -> date | None:
    """Day/month when ``dmy``, month/day when ``dmy`` is False; with ``dmy`` None month/day,
    or day/month when the first number exceeds 12 or only that reading is not already past
    (an auto-reply's "away until 05/07/2010" written on 5 July 2010)."""

    def build(month: int, day: int) -> date | None:
        if year_text:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            return _safe_date(year, month, day)
        return _infer_year(month, day, base)

    month_day = build(first, second) if first <= 12 else None
    day_month = build(second, first) if second <= 12 else None
    if dmy and day_month is not None:
        return day_month
    if dmy is False and month_day is not None:
        return month_day
    if month_day is None or day_month is None or base is None:
        return month_day or day_month
    if month_day < base <= day_month:
        return day_month
    return month_day


_WEEKDAY_AFTER = re.compile(
    r"\s*[（(]\s*(?:周|週|星期|礼拜|禮拜)?([一二三四五六日天])\s*[)）]"
    rf"|\s*[（(]\s*({EN_WD_RE})\.?\s*[)）]",
    re.I,
)
"""A weekday in brackets right after a date (12/18（五）, 12/18 (Fri)): it says the number is a
date, and which reading of it (month/day or day/month) is meant."""


def _on_weekday(
    default: date,
    first: int,
    second: int,
    year: str | None,
    base: date | None,
    named: re.Match[str],
) -> date:
    """The reading of ``first/second`` on the weekday ``named``; ``default`` if none is."""
    wd = ZH_WEEKDAYS[named[1]] if named[1] else EN_WEEKDAYS[named[2].lower()]
    for dmy in (False, True):
        d = _slash_date(first, second, year, base, dmy)
        if d is not None and d.weekday() == wd:
            return d
    return default


ROC_OFFSET = 1911
"""Taiwan writes years of the Republic (民國): 115年12月10日 is 10 December 2026. A three-digit
year before 年 (or 115/12/10) can be nothing else in a reply (years 100-119 = 2011-2030)."""


def absolute_dates(text: str, base: date | None, dmy: bool | None = None) -> list[DateHit]:
    hits: list[DateHit] = []
    for m in re.finditer(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d|\.\d)", text):
        d = _safe_date(int(m[3]), int(m[2]), int(m[1]))  # 15.12.2026: day.month.year
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "dmy"))
    for m in re.finditer(
        r"(?<![\d.])(\d{1,2})\.(\d{1,2})(?![\d.%])(?!\s*[万萬千亿億元块塊])"
        r"(?=\s*(?:前|之前|付|号|日|到|[\u4e00-\u9fff]))",
        text,
    ):
        first, second = int(m[1]), int(m[2])  # 12.15付款: month.day (Chinese usage)
        d = _infer_year(first, second, base) if first <= 12 else _infer_year(second, first, base)
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "zh_dotted"))
    for m in re.finditer(
        r"(?<![\d.])(\d{1,2})\.(\d{1,2})(?:\.|(?=\s*(?:$|[,;)!?]|\n))|(?="
        + _RUN_AFTER.pattern
        + r")|(?=\s+(?:together|along|with|via|by|through|as)\b))(?!\d)",
        text,
        re.I,
    ):
        before = text[max(0, m.start() - 16) : m.start()]
        if (
            _DATE_WORD_BEFORE.search(before)
            or _PAY_BEFORE.search(before)
            or _RUN_AFTER.match(text, m.end())
        ):
            first, second = int(m[1]), int(m[2])  # "on 21.12.": day.month (European usage)
            d = (
                _infer_year(second, first, base)
                if second <= 12
                else _infer_year(first, second, base)
            )
            if d:
                hits.append(DateHit(m.start(), m.end(), d, "dm_dotted"))
    for m in re.finditer(r"(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])", text):
        d = _slash_date(int(m[1]), int(m[2]), m[3], base, dmy)  # 15-12-2026: as 15/12/2026
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "dashed"))
    for m in re.finditer(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?", text):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "ymd"))
    roc = (
        r"(?<![\d/.-])(1[01]\d)\s*"
        r"(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?|/(\d{1,2})/(\d{1,2})(?![\d/]))"
    )
    for m in re.finditer(roc, text):
        month, day = (m[2], m[3]) if m[2] else (m[4], m[5])
        d = _safe_date(int(m[1]) + ROC_OFFSET, int(month), int(day))  # 民國115年 = 2026
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "ymd"))
    for m in re.finditer(r"(?<![\d年/.-])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?", text):
        d = _infer_year(int(m[1]), int(m[2]), base)
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "zh_md"))
    if base is not None:  # 明年1月15日: the year named by a word, not digits
        for m in re.finditer(r"(明年|今年|去年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?", text):
            year = base.year + {"明年": 1, "今年": 0, "去年": -1}[m[1]]
            d = _safe_date(year, int(m[2]), int(m[3]))
            if d:
                hits.append(DateHit(m.start(), m.end(), d, "ymd"))
    for m in re.finditer(r"(?<![\d/.:-])(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?![\d/%:])", text):
        before, after = text[max(0, m.start() - 24) : m.start()], text[m.end() : m.end() + 16]
        weekday = _WEEKDAY_AFTER.match(after)
        dated = (
            _DATE_WORD_BEFORE.search(before)
            or _DATE_WORD_AFTER.match(after)
            or weekday
            or (_WEEKDAY_BRACKET.search(before) and _BRACKET_CLOSE.match(after))
        )
        if not (dated or (m[3] and len(m[3]) == 4)):
            continue
        d = _slash_date(int(m[1]), int(m[2]), m[3], base, dmy)
        if weekday and d is not None:
            d = _on_weekday(d, int(m[1]), int(m[2]), m[3], base, weekday)
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "slash"))
    # December 10, 2026; Dec.10 (a dot and no space, as Chinese writers of English put it)
    month_day = rf"\b({MONTH_RE})(?:\.\s*|\s+)(\d{{1,2}}){ORD}\b(?:,?\s*(\d{{4}})\b)?"
    for m in re.finditer(month_day, text, re.I):
        month, day = MONTHS[m[1].lower()], int(m[2])
        d = _safe_date(int(m[3]), month, day) if m[3] else _infer_year(month, day, base)
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "en_month_day"))
    # 10 December 2026, 15-Dec-2026 (a bank's and an ERP's form)
    day_month = (
        rf"\b(\d{{1,2}}){ORD}(?:\s+(?:of\s+)?|-)({MONTH_RE})\b\.?(?:(?:,?\s*|-)(\d{{4}})\b)?"
    )
    for m in re.finditer(day_month, text, re.I):
        month, day = MONTHS[m[2].lower()], int(m[1])
        d = _safe_date(int(m[3]), month, day) if m[3] else _infer_year(month, day, base)
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "en_day_month"))
    worded = (
        rf"\b(?:the\s+)?({EN_ORDINAL_RE})\s+of\s+({MONTH_RE})\b"
        rf"|\b({MONTH_RE})\s+(?:the\s+)?({EN_ORDINAL_RE})\b"
    )
    for m in re.finditer(worded, text, re.I):  # the tenth of December, December the tenth
        month = MONTHS[(m[2] or m[3]).lower()]
        d = _infer_year(month, EN_ORDINALS[(m[1] or m[4]).lower()], base)
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "en_day_month"))
    if base is not None:
        for m in re.finditer(
            r"(?:(本月|这个月|這個月|下[个個]?月)|(?<![\d月/.-]))(\d{1,2})\s*[号號日](?=\s*(?:之?前))"
            r"|(本月|这个月|這個月|下[个個]?月)(\d{1,2})\s*[号號日]"
            rf"|(?<![\d月/.第-])(\d{{1,2}})\s*(?:[号號](?!\s*(?:{_NOT_A_DAY}))|日(?=\s*(?:{_PAY_NEXT})))",
            text,
        ):  # a month word is its own boundary: "剩下的38000这个月29号之前" (an amount before it)
            if m[3]:
                m_prefix, m_day = m[3], m[4]
            elif m[5]:  # 十五号付款, 14号回来就付: a day of this month (or next, if past)
                m_prefix, m_day = None, m[5]
            else:
                m_prefix, m_day = m[1], m[2]
            day = int(m_day)
            months = 1 if m_prefix and m_prefix.startswith("下") else 0
            target = _add_months(base, months, day) if day <= 31 else None
            if target and target.day == day:
                if not m_prefix and target < base:
                    target = _add_months(base, 1, day)
                hits.append(DateHit(m.start(), m.end(), target, "zh_day_only"))
    return hits
