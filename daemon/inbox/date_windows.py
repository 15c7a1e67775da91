"""A window of days named for a payment (12月9日至11日, "between 9 and 11 December", "Dec
9-11"): one hit that spans the whole window and means its last day.

Why its own finder: read day by day, the window's first day would be taken for the promise,
while the writer only commits to the last one (labels.yaml: a window is its last day, as
"by" a day is that day). Why apart from :mod:`daemon.inbox.date_rules`: each module stays
small enough to read whole. The hit spans the window, so :func:`promise_dates.find_dates`
keeps it over the single dates inside it.
"""

from __future__ import annotations

import re
from datetime import date

from daemon.inbox.date_rules import DateHit, _add_months, _infer_year
from daemon.inbox.date_words import EN_WD_RE, MONTH_RE, MONTHS, ORD

_TO_ZH = r"\s*(?:至|到|~|～|-|–|—|－|或者|或)\s*"
_TO_EN = r"(?:\s*(?:-|–|—)\s*|\s+(?:to|till|until|or)\s+)"
"""A window's or a choice's joiner: a choice of days ("Dec 10 or 11") is its later day too."""
_AND = r"\s+(?:and|&)\s+"
_ZH = re.compile(
    rf"(?<![\d/.-])(?P<m1>\d{{1,2}})\s*月\s*(?P<d1>\d{{1,2}})\s*[日号號]?{_TO_ZH}"
    r"(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*[日号號]"
)
"""12月9日至11日, 12月28日到1月3日: the second month, when named, is the window's end; a second
day below the first (12月28日至2日) is in the month after."""
_ZH_DAYS = re.compile(
    rf"(?<![\d月/.-])(?P<d1>\d{{1,2}})\s*[日号號]?{_TO_ZH}(?P<d2>\d{{1,2}})\s*[日号號]"
    r"(?=\s*(?:之间|之間|间|間|付|支付|到账|到帳|汇|匯|转|轉|打|安排|左右|前后|前後))"
)
"""15号到18号之间付: days of this month (or the next, once past), the payment said after;
28号至2号 runs from this month's 28th to next month's 2nd."""
_EN_DAYS = re.compile(
    rf"\b(?:on|by|before|around|between)\s+the\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)"
    rf"(?:{_TO_EN}|{_AND})(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\s+)?(?:[a-z]{3,9}\s+)?(?:month|instal|tranche))"
    rf"(?!\s+(?:{EN_WD_RE})\b)",
    re.I,
)
"""On the 10th or 11th, between the 9th and the 11th: days of this month (or the next); not
"on the 1st and 3rd Thursday" (weekdays of every month: a routine, no day)."""
_DAYS = rf"(?:the\s+)?(?P<d1>\d{{1,2}}){ORD}%s(?:the\s+)?(?P<d2>\d{{1,2}}){ORD}"
_EN = [
    re.compile(p, re.I)
    for p in (
        rf"\b{_DAYS % _TO_EN}\s+(?:of\s+)?(?P<m2>{MONTH_RE})\b",  # 9-11 December
        rf"\bbetween\s+{_DAYS % _AND}\s+(?:of\s+)?(?P<m2>{MONTH_RE})\b",
        rf"\b(?P<m1>{MONTH_RE})\.?\s+(?P<d1>\d{{1,2}}){ORD}{_TO_EN}"  # Dec 9-11, Dec 28 to Jan 3
        rf"(?:(?P<m2>{MONTH_RE})\.?\s+)?(?P<d2>\d{{1,2}}){ORD}\b",
        rf"\bbetween\s+(?P<m1>{MONTH_RE})\.?\s+(?P<d1>\d{{1,2}}){ORD}{_AND}"
        rf"(?:(?P<m2>{MONTH_RE})\.?\s+)?(?P<d2>\d{{1,2}}){ORD}\b",
    )
]
"""9-11 December, between the 9th and 11th of December, Dec 9-11, between Dec 28 and Jan 3."""


def _month(name: str | None) -> int | None:
    if name is None:
        return None
    return int(name) if name.isdigit() else MONTHS[name.lower()]


def _crosses_month_end(first: int, last: int) -> bool:
    """A window whose last day is below its first runs over a month's end: from late in one
    month (the 20th on) to early in the next (up to the 10th); other pairs are no window."""
    return first >= 20 and last <= 10 and first <= 31


def window_dates(text: str, base: date | None) -> list[DateHit]:
    """Each window in ``text`` as one hit on its last day (``base``: the reference day)."""
    if base is None:
        return []
    hits: list[DateHit] = []
    for m in [*_ZH_DAYS.finditer(text), *_EN_DAYS.finditer(text)]:
        first_day, last_day = int(m["d1"]), int(m["d2"])
        if _crosses_month_end(first_day, last_day):  # 28号至2号: to next month's 2nd
            day = _add_months(base, 1, last_day)
        elif last_day < first_day:
            continue
        else:
            day = _add_months(base, 0, last_day)
            if day < base:
                day = _add_months(base, 1, last_day)
        if day.day == last_day and last_day != first_day:
            hits.append(DateHit(m.start(), m.end(), day, "window"))
    for m in [*_ZH.finditer(text), *(m for p in _EN for m in p.finditer(text))]:
        first, last = _month(m["m1"] if "m1" in m.re.groupindex else None), _month(m["m2"])
        month = last or first
        if month is None:
            continue
        if first is not None and last is None and _crosses_month_end(int(m["d1"]), int(m["d2"])):
            month = month % 12 + 1  # 12月28日至2日, Dec 28-2: the window ends next month
        if int(m["d2"]) > int(m["d1"]) or (first is not None and month != first):
            end = _infer_year(month, int(m["d2"]), base)
            if end is not None:
                hits.append(DateHit(m.start(), m.end(), end, "window"))
    return hits
