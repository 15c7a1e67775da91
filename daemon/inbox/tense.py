"""Past or future: the dates beside a payment statement decide its tense.

Why: Chinese marks tense with time words more than with verbs. "元旦前把款付了" ends like a
paid statement (付了) but 元旦前 puts it in the future: a promise. "11月30号付的" reads like
a dated promise (11月30号付) but its day is already past: a payment made. English does the
same with "paid on 12/5" written on 1 December. The rules (:mod:`daemon.inbox.rulebook`)
find the words; this module looks at the dates in the same clause, relative to the day the
message was written in the client's timezone. Pure.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from daemon.inbox.clauses import CONTRAST_CLAUSE_END, around
from daemon.inbox.date_context import MATURITY
from daemon.inbox.promise_dates import find_dates, reference_day, slash_order
from daemon.inbox.reading import normalise
from daemon.inbox.rulebook import Rulebook

NEAR = 6
"""How close (in characters) an explicit date must be to a "paid" statement to make it a
promise ("12月5日已付款" written on 1 December)."""

_ABSOLUTE = frozenset({"ymd", "zh_md", "slash", "en_month_day", "en_day_month", "dmy", "lunar_day"})
"""Dates that name their day: in the future they cannot be a past payment's day."""
_FUTURE_ONLY = frozenset(
    {
        "zh_next_week",
        "zh_week_after_next",
        "zh_month_end",
        "zh_named_month_end",
        "zh_next_month_start",
        "zh_part_of_month",
        "zh_within_days",
        "zh_within_weeks",
        "zh_within_months",
        "zh_within_business_days",
        "year_end",
        "christmas_eve",
        "en_next_weekday",
        "en_weekday_next_week",
        "en_month_end",
        "en_week_end",
        "en_next_month_start",
        "en_within_days",
        "en_within_weeks",
        "en_within_months",
        "en_part_of_month",
        "en_named_month_end",
    }
)
"""Relative dates that only ever point forward (下周五, 元旦前, 月底, "next week"): a bare
weekday (周一, "Monday") or day number (15号) may be the last one, so they are not here."""
_THIS_WEEK = frozenset({"zh_this_week"})
"""A day of the current week named as such (这个礼拜五, 本周三): when it falls after the
message's day it is ahead ("这个礼拜五给人家付了" forwarded on a Tuesday is an order to pay,
not a payment); 这周一 written on a Tuesday is behind and skipped like any past day."""
_DAY_WORDS = re.compile(r"明天|明日|后天|後天|大后天|tomorrow", re.I)
FUTURE = re.compile(r"\b(?:will|shall|going\s+to)\b|'ll\b|将(?!近)|將(?!近)", re.I)
"""A future ("the transfer will have been made the same day", 款项将于月底汇出): the words it
stands before are ahead, not done. Not 将近 (nearly), nor 会/會 alone: a noun's as often as a
future's (台東區漁會匯出); the second reading asks this of the paid words' own clause."""
_PLAN = re.compile(
    rf"{FUTURE.pattern}|会|會|计划|計劃|预计|預計|拟|擬|准备|準備|打算|争取|爭取", re.I
)
"""A future or a plan word before a day in the paid words' clause ("将于本周五前支付完毕",
"会在下周一付", "we'll have it sent by the 10th"): the day is ahead."""
_LAST = re.compile(r"(?:上上?|上一)(?:个|個)?$")
"""上/上个 right before a time word puts it behind us: 上个月底 is last month's end, not this."""
_VALUE_DATE = re.compile(
    r"(?:\bvalue[- ]dated?|\bvaluta|起息日|起息)\s*(?:date|of|on|为|是)?\W{0,3}$", re.I
)
"""Words right before the day a payment made is credited ("issued today by SEPA credit transfer,
value date 14/12/2026"): the bank's booking day, not a payment still to come."""


def _spans(norm: str, evidence: Sequence[str]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for e in evidence if e for m in re.finditer(re.escape(e), norm)]


def future_date_near(
    text: str, evidence: Sequence[str], sent: datetime | None, tz: ZoneInfo
) -> date | None:
    """A future date that makes a "paid" statement a promise, or None.

    An explicit date after the message's day within a few characters ("12月5日已付款" on 1
    December), or a forward-only time word before the words in their clause ("元旦前把款付了",
    "明天就转了"). Not "已付款，请下周五前发货" (another clause) nor "we paid on Monday"
    (a bare weekday next to a past tense is the last one).
    """
    sent_day = reference_day(sent, tz)
    if sent_day is None:
        return None
    norm = normalise(text)
    spans = _spans(norm, evidence)
    for hit in find_dates(norm, sent_day, dmy=slash_order(tz)):
        if hit.day <= sent_day or _LAST.search(norm[max(0, hit.start - 3) : hit.start]):
            continue
        if MATURITY.search(norm[max(0, hit.start - 14) : hit.start]):
            continue
        if _VALUE_DATE.search(norm[max(0, hit.start - 14) : hit.start]):
            continue
        for start, end in spans:
            if hit.rule in _ABSOLUTE and hit.end >= start - NEAR and hit.start <= end + NEAR:
                return hit.day
            begin, _ = around(norm, start, end, CONTRAST_CLAUSE_END)
            forward = (
                hit.rule in _FUTURE_ONLY
                or hit.rule in _THIS_WEEK
                or _DAY_WORDS.fullmatch(norm[hit.start : hit.end])
                or _PLAN.search(norm[begin : hit.start])
            )
            if forward and begin <= hit.start and hit.end <= end:
                return hit.day
    return None


_THEN = re.compile(
    r"(?:以后|之后|(?<![之以午前])后|到了|下来|回来)就|(?:之|以)前(?:就|会|给|把|将)|"
    r"(?<!上)(?:下(?:个|個)?(?:周|週|星期|礼拜|禮拜|月)|明天|明日|后天|後天|聽日|听日)就|"
    r"(?<!等)等(?![了等于到])[^，,。！？\n]{1,12}(?:了|后|以后|之后)|到时候?|届时"
)
"""A time or an event still ahead before 了 ("这个周三之前给你付了", "款下来以后就给你们打过去",
"钱下周就打过去了", "等船东付了再说"): the 了 of a promise, not of a payment made."""
_BEHIND = re.compile(
    r"已|早就|早已|早都|老早|昨天|前天|刚才|刚刚|去年|上(?:个|一)?(?:周|星期|礼拜|月|次|回)|"
    r"\d+\s*(?:天|日|周|个?星期|个?礼拜|个?月|年)(?:之|以)?前"
)
"""A time behind us in the same clause: the 了 is of a payment made ("上周之前就付了")."""


def ahead_of_time(text: str, evidence: Sequence[str]) -> bool:
    """True when a paid statement's clause puts the payment ahead ("周三之前给你付了",
    "下来以后就给你们打过去", "等船东付了再说") and nothing in it puts it behind (已, 上周,
    三天前): Chinese 了 marks a completed action, also one that will be completed."""
    norm = normalise(text)
    for start, end in _spans(norm, evidence):
        begin, _ = around(norm, start, end, CONTRAST_CLAUSE_END)
        clause = norm[begin:end]
        if _THEN.search(clause) and not _BEHIND.search(clause):
            return True
    return False


_WAITS_FOR = re.compile(r"(?<![等])等(?![了等于於到])[^，,。！？\n]{1,12}?(?:就|再|才)")
"""A wait for an event before the promise's words ("上周一已经把账号登记了 等出纳说付就付"): the
payment hangs on what is still ahead, so a past day before it is another deed's, not the
payment's."""


def dated_in_past(
    text: str, evidence: Sequence[str], sent: datetime | None, tz: ZoneInfo, book: Rulebook
) -> bool:
    """True when the clauses of a promise's words name only days before the message's day
    and no plan ("11月30号付的", "payment on 28 November" written on 1 December): a payment
    made, not one promised. "原定11月30日付款" (a plan, now late) is not, nor a payment
    waiting for an event after the past day ("上周一登记了账号 等她说付就付")."""
    sent_day = reference_day(sent, tz)
    if sent_day is None:
        return False
    norm = unicodedata.normalize("NFKC", normalise(text))
    hits = find_dates(norm, sent_day)
    past = False
    for start, end in _spans(norm, evidence):
        begin, finish = around(norm, start, end, CONTRAST_CLAUSE_END)
        inside = [h for h in hits if begin <= h.start and h.end <= finish]
        if any(h.day >= sent_day for h in inside):
            return False
        clause = norm[begin:finish]
        if any(s.plan is not None and s.plan.search(clause) for s in book.scopes.values()):
            return False
        if any(_WAITS_FOR.search(norm[h.end : end]) for h in inside):
            return False
        past = past or bool(inside)
    return past
