"""Days named through weeks: an ISO week number with its weekday, a wait of N more weeks, and
the working week that ends on Thursday.

Why apart from :mod:`daemon.inbox.date_relative`: these are the week conventions of clients
abroad, each a choice worth reading on its own:

- "Thursday week 51", "on Thursday in week 51", "v. 51 torsdag" (Nordic and German offices
  plan by ISO week numbers): that weekday of that ISO week, in the year that keeps it from
  being more than ~2 months past. A week number without a weekday names no day.
- "bear with us for another two weeks", "please wait another 10 days": patience asked for a
  span counts from the reply day (like "we need two more weeks").
- Where the working week runs Sunday to Thursday (Israel, Egypt, the Gulf, Bangladesh...),
  "the end of the week" is its Thursday, not Friday: :func:`thursday_week`.

Pure: text and the reference day in, :class:`DateHit` out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from daemon.inbox.date_rules import DateHit
from daemon.inbox.date_words import names_re, weekdays

_WEEKDAYS = weekdays("en", "nordic", "german", "finnish", days=5)
"""Planners by ISO week write work days, in English or their own language (no typos)."""
_WD = names_re(_WEEKDAYS)
_WEEK = r"(?:iso[- ]?)?(?:week|wk|w|v|vecka|uke|uge|kw|kalenderwoche|viikko|vko)\s*\.?\s*"
_ISO_WEEK = re.compile(
    rf"\b(?:(?:on|by|before|until)\s+)?(?P<wd1>{_WD})\b,?\s+(?:(?:of|in|on)\s+)?(?:the\s+)?{_WEEK}(?P<w1>\d{{1,2}})\b"
    rf"|\b{_WEEK}(?P<w2>\d{{1,2}})\b,?\s+(?:on\s+)?(?P<wd2>{_WD})\b",
    re.I,
)
_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "a": 1}
_PATIENCE = re.compile(
    r"\b(?:bear with (?:us|me)|(?:please |kindly )?wait|hold on|be patient)\s+(?:for\s+)?"
    r"(?:another|a further|an extra|(?P<n1>\d{1,2}|one|two|three|four|five|six|ten) more)\s+"
    r"(?:(?P<n2>\d{1,2}|one|two|three|four|five|six|ten)\s+)?(?P<unit>days?|weeks?)\b",
    re.I,
)
_THURSDAY_WEEK_ZONES = frozenset(
    {
        "Asia/Jerusalem", "Asia/Tel_Aviv", "Africa/Cairo", "Asia/Riyadh", "Asia/Qatar",
        "Asia/Kuwait", "Asia/Bahrain", "Asia/Muscat", "Asia/Amman", "Asia/Baghdad",
        "Africa/Algiers", "Africa/Tripoli", "Africa/Khartoum", "Asia/Aden", "Asia/Damascus",
        "Asia/Dhaka",
    }
)  # fmt: skip
"""Zones whose working week runs Sunday to Thursday (weekend Friday-Saturday)."""


def _iso_day(year: int, week: int, weekday: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, weekday + 1)
    except ValueError:
        return None


def week_dates(text: str, base: date | None) -> list[DateHit]:
    """ISO-week weekdays and patience spans in ``text`` (``base`` = the reference day)."""
    if base is None:
        return []
    hits: list[DateHit] = []
    for m in _ISO_WEEK.finditer(text):
        week = int(m["w1"] or m["w2"])
        weekday = _WEEKDAYS[(m["wd1"] or m["wd2"]).lower()]
        for year in (base.year, base.year + 1):
            day = _iso_day(year, week, weekday)
            if day is not None and day >= base - timedelta(days=60):
                hits.append(DateHit(m.start(), m.end(), day, "iso_week"))
                break
    for m in _PATIENCE.finditer(text):
        token = (m["n1"] or m["n2"] or "a").lower()
        n = int(token) if token.isdigit() else _COUNT[token]
        days = n * 7 if m["unit"].lower().startswith("week") else n
        hits.append(DateHit(m.start(), m.end(), base + timedelta(days=days), "patience_span"))
    return hits


def thursday_week(tz: ZoneInfo | None) -> bool:
    """True where the working week ends on Thursday (the end of the week is a Thursday)."""
    return tz is not None and getattr(tz, "key", "") in _THURSDAY_WEEK_ZONES


def week_end_thursday(hit: DateHit, base: date | None) -> DateHit:
    """``hit`` with "the end of the week" moved from Friday to Thursday (the next one when
    this week's has passed); any other hit as it is."""
    if hit.rule != "en_week_end":
        return hit
    day = hit.day - timedelta(days=1)
    if base is not None and day < base:
        day += timedelta(days=7)
    return replace(hit, day=day)
