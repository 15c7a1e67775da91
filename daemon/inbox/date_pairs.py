"""Days read from another day named beside them: a choice of two days ("Thursday or Friday",
周四或周五) is the later one, and "the day after" (次日, 第二天) is the day after the one named
before it in the sentence.

Why apart from the finders (:mod:`daemon.inbox.date_rules`, :mod:`daemon.inbox.date_relative`):
these read two hits together, after each finder has read its own; :func:`pair_dates` runs on
the hits :func:`daemon.inbox.promise_dates.find_dates` kept.

Conventions (labels.yaml's header says them too):
- A choice of two days is its later day: the writer commits to no earlier one (as a window
  is its last day). A weekday after another in the choice is in the first one's week
  (下周四或周五 is next week's Friday), the next such weekday after it.
- "the day after" / "the following day" / 次日 / 第二天 / 隔天 / 翌日 with no day of its own
  counts from the day named last before it in the same sentence ("the board meets on
  Thursday week; the bursar will pay the day after"); with none, it names no day.

Pure: text and hits in, hits out.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from daemon.inbox.clauses import FULL_STOP
from daemon.inbox.date_rules import DateHit

_OR = re.compile(
    r"\s*(?:之前|以前|前)?\s*(?:或者|或是|或|还是|還是|、|,?\s*or\s+(?:on\s+|by\s+)?|/)\s*"
    r"|(?:\s+(?:run|batch|cycle|one))?\s*[,;，；]?\s*"
    r"(?:otherwise|or else|failing that|if not|否则|否則|不然(?:的话|的話)?)\s*[,，]?\s*"
    r"(?:(?:on|by|in)\s+(?:the\s+)?)?(?:(?:在|于|於)\s*)?",
    re.I,
)
"""What joins two days of a choice (周四或周五, 周五之前或者下周一, 下周二、周三, "Thursday or
Friday", 10号/11号), or offers the second if the first fails ("on the December 11 run,
otherwise December 24", 否则12月24日)."""
_WEEKDAY_RULES = frozenset(
    {"zh_weekday", "zh_this_week", "zh_next_week", "zh_week_after_next", "en_weekday"}
    | {"en_bare_weekday", "en_this_weekday", "en_next_weekday", "en_weekday_possessive"}
)
_BARE_WEEKDAYS = frozenset({"zh_weekday", "en_bare_weekday", "en_weekday"})
"""A weekday with no week of its own: in a choice it takes the first day's week."""

_DAY_AFTER = re.compile(
    r"\b(?:on\s+)?the\s+(?:day\s+after|following\s+day|next\s+day)\b(?!\s+(?:tomorrow|the|our"
    r"|your|their|its|we|they|receipt|approval|delivery)\b)"
    r"|次日|翌日|隔天|隔日|第二天|第2天",
    re.I,
)


def pair_dates(text: str, hits: list[DateHit]) -> list[DateHit]:
    """``hits`` (in text order, not overlapping) with each choice of two days made one hit on
    its later day, and each "day after" read from the day before it."""
    out: list[DateHit] = []
    for hit in hits:
        if out and _OR.fullmatch(text, out[-1].end, hit.start):
            first = out.pop()
            out.append(DateHit(first.start, hit.end, max(first.day, _later(first, hit)), "choice"))
        else:
            out.append(hit)
    return _days_after(text, out)


def _later(first: DateHit, second: DateHit) -> date:
    """The second day of a choice; a bare weekday in the first one's week (or after it)."""
    if first.rule in _WEEKDAY_RULES and second.rule in _BARE_WEEKDAYS:
        ahead = (second.day.weekday() - first.day.weekday()) % 7
        return first.day + timedelta(days=ahead)
    return second.day


def _days_after(text: str, hits: list[DateHit]) -> list[DateHit]:
    out = list(hits)
    for m in _DAY_AFTER.finditer(text):
        if any(h.start <= m.start() < h.end for h in hits):
            continue  # inside a day already read ("the day after tomorrow")
        before = [h for h in hits if h.end <= m.start()]
        if not before or FULL_STOP.search(text, before[-1].end, m.start()):  # ；does not part
            continue
        day = before[-1].day + timedelta(days=1)
        out.append(DateHit(m.start(), m.end(), day, "day_after"))
    return sorted(out, key=lambda h: h.start)
