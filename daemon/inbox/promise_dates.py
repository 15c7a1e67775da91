"""Find the date a client promises to pay (or an auto-reply says its owner is back), in text.

Why: "下周五付款" or "we will pay by December 10" only means something relative to when the
message was written and where the client lives. Every function here is pure: the reference
instant (the message's Date) and the client's timezone are parameters.

Conventions (documented because they are choices):
- Weeks start on Monday. 下周五 / "next Friday" = Friday of next calendar week; 本周五 /
  这周五 / "this Friday" = Friday of this week (the coming one if it has passed); 周五前 /
  "by Friday" / "on Friday" = the next Friday on or after the reference day.
- A date without a year that falls more than ~2 months before the reference day means next
  year; one more than ~10 months after it means last year.
- ``12/5`` is month/day (Chinese and US usage) unless the first number is above 12 or only
  the day/month reading is not in the past; it is only read as a date next to a date word
  (by, on, before, until, 前, 于, 在...).
- 月底 = last day of the month; 下个月初 / "early next month" = the 5th of next month.
- "within N days" / N天内 counts calendar days; N个工作日 counts Monday-Friday only.

Usage::

    find_promised_date("我们下周五付款", sent, ZoneInfo("Asia/Shanghai"))
"""

from __future__ import annotations

import calendar
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

logger = logging.getLogger(__name__)

SHANGHAI = ZoneInfo("Asia/Shanghai")

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_EN_WEEKDAYS = {
    d: i
    for i, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for d in names
}
_EN_WD_RE = "|".join(sorted(_EN_WEEKDAYS, key=len, reverse=True))
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}
_ZH_NUM = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}

_ORD = r"(?:st|nd|rd|th)?"
_DATE_WORD_BEFORE = re.compile(
    r"(?:\b(?:by|on|before|until|till|due|from)|[于在到至前截止])\s*$", re.I
)
_DATE_WORD_AFTER = re.compile(r"^\s*(?:[前号日]|之前|以前)")


@dataclass(frozen=True)
class DateHit:
    """One date expression found in text: where it is and which day it means."""

    start: int
    end: int
    day: date
    rule: str


def _safe_date(year: int, month: int, day: int) -> date | None:
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
    day = base
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _zh_int(token: str) -> int | None:
    """'3' -> 3, '三' -> 3, '十' -> 10, '两' -> 2."""
    if token.isdigit():
        return int(token)
    return _ZH_NUM.get(token)


def _slash_date(first: int, second: int, year_text: str | None, base: date | None) -> date | None:
    """Month/day, or day/month when the first number exceeds 12 or only that reading is not
    already past (an auto-reply's "away until 05/07/2010" written on 5 July 2010)."""

    def build(month: int, day: int) -> date | None:
        if year_text:
            year = int(year_text) + (2000 if len(year_text) == 2 else 0)
            return _safe_date(year, month, day)
        return _infer_year(month, day, base)

    month_day = build(first, second) if first <= 12 else None
    day_month = build(second, first) if second <= 12 else None
    if month_day is None or day_month is None or base is None:
        return month_day or day_month
    if month_day < base <= day_month:
        return day_month
    return month_day


def _absolute(text: str, base: date | None) -> list[DateHit]:
    hits: list[DateHit] = []
    for m in re.finditer(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?", text):
        d = _safe_date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "ymd"))
    for m in re.finditer(r"(?<![\d年/.-])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?", text):
        d = _infer_year(int(m[1]), int(m[2]), base)
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "zh_md"))
    for m in re.finditer(r"(?<![\d/.:-])(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?(?![\d/%:])", text):
        before, after = text[max(0, m.start() - 12) : m.start()], text[m.end() : m.end() + 4]
        if not (_DATE_WORD_BEFORE.search(before) or _DATE_WORD_AFTER.match(after)):
            continue
        d = _slash_date(int(m[1]), int(m[2]), m[3], base)
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "slash"))
    month_day = (
        rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORD}\b(?:,?\s*(\d{{4}})\b)?"  # December 10, 2026
    )
    for m in re.finditer(month_day, text, re.I):
        month, day = _MONTHS[m[1].lower()], int(m[2])
        d = _safe_date(int(m[3]), month, day) if m[3] else _infer_year(month, day, base)
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "en_month_day"))
    day_month = rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?({_MONTH_RE})\b\.?(?:,?\s*(\d{{4}})\b)?"
    for m in re.finditer(day_month, text, re.I):
        month, day = _MONTHS[m[2].lower()], int(m[1])
        d = _safe_date(int(m[3]), month, day) if m[3] else _infer_year(month, day, base)
        if d:
            hits.append(DateHit(m.start(), m.end(), d, "en_day_month"))
    if base is not None:
        for m in re.finditer(
            r"(?<![\d月/.-])(本月|这个月|下个?月)?(\d{1,2})\s*[号日]\s*(?:之?前)", text
        ):
            day = int(m[2])
            months = 1 if m[1] and m[1].startswith("下") else 0
            target = _add_months(base, months, day) if day <= 31 else None
            if target and target.day == day:
                if not m[1] and target < base:
                    target = _add_months(base, 1, day)
                hits.append(DateHit(m.start(), m.end(), target, "zh_day_only"))
    return hits


def _relative(text: str, base: date | None) -> list[DateHit]:
    if base is None:
        return []
    hits: list[DateHit] = []

    def add(m: re.Match[str], day: date, rule: str) -> None:
        hits.append(DateHit(m.start(), m.end(), day, rule))

    zh_simple = {"今天": 0, "今日": 0, "明天": 1, "明日": 1, "大后天": 3, "后天": 2, "後天": 2}
    zh_simple.update({"昨天": -1, "昨日": -1, "前天": -2})
    for m in re.finditer("大后天|今天|今日|明天|明日|后天|後天|昨天|昨日|(?<![日号])前天", text):
        add(m, base + timedelta(days=zh_simple[m[0]]), "zh_day_word")
    zh_week = r"(下下|下个?|上个?|本|这个?|這個?)?\s*(?:周|週|星期|礼拜|禮拜)([一二三四五六日天末])"
    for m in re.finditer(zh_week, text):
        wd = _ZH_WEEKDAYS[m[2]]
        if m[1] and m[1].startswith("下下"):
            add(m, _week_day(base, wd, 2), "zh_week_after_next")
        elif m[1] and m[1].startswith("下"):
            add(m, _week_day(base, wd, 1), "zh_next_week")
        elif m[1] and m[1].startswith("上"):
            add(m, _week_day(base, wd, -1), "zh_last_week")
        elif m[1]:
            add(m, _week_day(base, wd, 0), "zh_this_week")
        else:
            add(m, _next_on_or_after(base, wd), "zh_weekday")
    for m in re.finditer(r"(下个?月|本月|这个?月)?\s*月\s*底|(下个?月|本月|这个?月)底", text):
        prefix = m[1] or m[2] or ""
        months = 1 if prefix.startswith("下") else 0
        target = _add_months(base, months, 1)
        add(m, _month_end(target.year, target.month), "zh_month_end")
    for m in re.finditer(r"下个?月初", text):
        add(m, _add_months(base, 1, 5), "zh_next_month_start")
    for m in re.finditer(
        r"(\d{1,3}|[一二两三四五六七八九十])\s*(个)?\s*(工作日|天|日)\s*(?:之?内|以内)", text
    ):
        n = _zh_int(m[1])
        if n is not None:
            if m[3] == "工作日":
                add(m, _add_business_days(base, n), "zh_within_business_days")
            else:
                add(m, base + timedelta(days=n), "zh_within_days")
    en_simple = {"today": 0, "tomorrow": 1, "day after tomorrow": 2, "yesterday": -1}
    words = r"\b(?:the\s+)?(day after tomorrow|tomorrow|today|yesterday)\b"
    for m in re.finditer(words, text, re.I):
        add(m, base + timedelta(days=en_simple[m[1].lower()]), "en_day_word")
    for m in re.finditer(rf"\b(next|this|coming|last|by|on|before)\s+({_EN_WD_RE})\b", text, re.I):
        wd = _EN_WEEKDAYS[m[2].lower()]
        word = m[1].lower()
        if word == "next":
            add(m, _week_day(base, wd, 1), "en_next_weekday")
        elif word == "last":
            add(m, _week_day(base, wd, -1), "en_last_weekday")
        elif word == "this":
            this = _week_day(base, wd, 0)
            add(m, this if this >= base else _next_on_or_after(base, wd), "en_this_weekday")
        else:
            add(m, _next_on_or_after(base, wd), "en_weekday")
    for m in re.finditer(r"\bend\s+of\s+(?:the\s+)?(this|next)?\s*month\b", text, re.I):
        months = 1 if (m[1] or "").lower() == "next" else 0
        target = _add_months(base, months, 1)
        add(m, _month_end(target.year, target.month), "en_month_end")
    for m in re.finditer(r"\b(?:early|beginning of|start of)\s+next\s+month\b", text, re.I):
        add(m, _add_months(base, 1, 5), "en_next_month_start")
    for m in re.finditer(r"\bnext\s+week\b", text, re.I):
        add(m, _week_day(base, 4, 1), "en_next_week")
    within = r"\b(?:within|in)\s+(\d{1,3})\s+(business\s+|working\s+)?days?\b"
    for m in re.finditer(within, text, re.I):
        n = int(m[1])
        day = _add_business_days(base, n) if m[2] else base + timedelta(days=n)
        add(m, day, "en_within_days")
    return hits


def find_dates(text: str, base: date | None) -> list[DateHit]:
    """Every date expression in ``text`` (``base`` = the reference day), in text order.

    Overlapping hits keep the longest one (``2026年12月5日`` is one date, not two).
    """
    text = unicodedata.normalize("NFKC", text)
    hits = sorted(
        _absolute(text, base) + _relative(text, base), key=lambda h: (h.start, -(h.end - h.start))
    )
    kept: list[DateHit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def reference_day(sent: datetime | None, tz: ZoneInfo = SHANGHAI) -> date | None:
    """The calendar day ``sent`` falls on in the client's timezone (None if unknown)."""
    if sent is None:
        return None
    if sent.tzinfo is None:
        return sent.date()
    return sent.astimezone(tz).date()


def find_promised_date(text: str, sent: datetime | None, tz: ZoneInfo = SHANGHAI) -> date | None:
    """The first date in ``text`` on or after the day it was sent, or None.

    Dates before the message's day are history ("your reminder of 12月1日"), not promises.
    Without ``sent`` only dates with an explicit year are understood.
    """
    base = reference_day(sent, tz)
    for hit in find_dates(text, base):
        if base is None or hit.day >= base:
            return hit.day
    return None


_RETURN_BEFORE = re.compile(
    r"(back|return|returning|until|till|through|away|out of (?:the )?office|on leave|"
    r"返回|回来|回到|回國|回国|至|到|休假|请假|出差|直到|之后|以后)[^.。\n]{0,40}$",
    re.I,
)
_RETURN_AFTER = re.compile(r"^[^.。\n]{0,12}(返回|回来|回到|上班|复工|恢复|回國|回国|back)", re.I)


def find_return_date(text: str, sent: datetime | None, tz: ZoneInfo = SHANGHAI) -> date | None:
    """The day an auto-reply says its owner is back ("back on 5 January", "返回日期 1月5日")."""
    base = reference_day(sent, tz)
    norm = unicodedata.normalize("NFKC", text)
    for hit in find_dates(norm, base):
        if base is not None and hit.day < base:
            continue
        before = norm[max(0, hit.start - 60) : hit.start]
        after = norm[hit.end : hit.end + 20]
        if _RETURN_BEFORE.search(before) or _RETURN_AFTER.search(after):
            return hit.day
    return None


def parse_date_text(text: str, today: date) -> tuple[date, int, int] | None:
    """The first date expression in ``text`` relative to ``today``: (day, start, end)."""
    norm = unicodedata.normalize("NFKC", text)
    hits = find_dates(norm, today)
    if not hits:
        return None
    return hits[0].day, hits[0].start, hits[0].end
