"""Find the date a client promises to pay (or an auto-reply says its owner is back), in text.

Why: "下周五付款" or "we will pay by December 10" only means something relative to when the
message was written and where the client lives. Every function here is pure: the reference
instant (the message's Date) and the client's timezone are parameters.

Conventions (documented because they are choices):
- Weeks start on Monday. 下周五 / "next Friday" = Friday of next calendar week; 本周五 /
  这周五 / "this Friday" = Friday of this week (the coming one if it has passed); 周五前 /
  "by Friday" / "on Friday" = the next Friday on or after the reference day; "Friday week" /
  "a week on Friday" (UK) = a week after that Friday. "tmr"/"tmrw" = tomorrow.
- A date without a year that falls more than ~2 months before the reference day means next
  year; one more than ~10 months after it means last year.
- ``12/5`` is read by the sender's locale (:func:`slash_order`): month/day in the US,
  Taiwan and mainland China (已於12/1匯出 is 1 December, past, even written on 2
  December), day/month in the UK, Europe, Hong Kong; where the zone says neither, month/day
  unless the first number is above 12 or only the day/month reading is not in the past. It
  is only read as a date next to a date word (by, on, before, until, 前, 于, 在...).
- 下周 / "next week" without a day, 1月中下旬 (two parts of a month) name no day.
- 月底 = last day of the month; 年底 / 元旦前 / "end of the year" = 31 December;
  下个月初 / "early next month" = the 5th of next month. 春节后 / "after Chinese New Year" /
  "after the holidays" name no day: a promise without a date; 春节前 / "before Chinese New
  Year" is 除夕, the Lunar New Year's eve (a holiday's 前 is its eve); 年前 alone names no day.
  元旦后第一个工作日 / "first business day of January" is the Chinese calendar's first working
  day (:mod:`daemon.inbox.date_festivals`).
- Taiwan's years of the Republic: 115年12月10日 and 115/12/10 are 2026. Cantonese 聽日 and
  明早/明晚 are tomorrow; 元月 is January; "on 21.12." (a date word before, a dot or the end
  after) is day.month; "a fortnight" two weeks; "the last Friday of January", 圣诞节当天 /
  "Christmas Day" (25 December) are days.
- ``1/15`` and ``09/12/2026`` likewise (only one reading possible: that one);
  ``15.12.2026`` is day.month.year, ``12.15`` (no year) month.day.
- Days as words ("on the tenth", "the twenty-first of December") count like "the 10th";
  "early January" is the 5th, like "early next month".
- A count from an event (审批通过后5个工作日内, "within 5 days of approval") names no day,
  unless an earlier clause dates that event (审批将于12月9日完成): then it counts from there.
- "within N days" / N天内 counts calendar days; N个工作日 / "N business days" counts the
  working days of the Chinese calendar (make-up workdays count, holidays do not).
- Mid-month (月中, 12月中旬, "mid-December") is the 15th, 上旬 the 10th; 下旬, 本月内, 年内 and
  "this month" the last day of the month (or year).
- A plan of instalments (分两期, 分三个月, "50% on 15/12 and 50% on 15/1") names no single day:
  the first is not the promise of the whole; one instalment named with its day ("the 2nd
  instalment will be wired on Dec 9") is a promise for that day.
- A day word that dates what happened ("approved today and will be released within 3 business
  days") yields to the day promised beside it. A period that dates an event the payment follows
  (年底对账后付款) names no day; nor does a monthly run after an undated condition
  (收到發票後…每月25日付款). 圣诞节前 / "before Christmas" is 24 December (a holiday's eve);
  "New Year's Eve" / "before the new year" 31 December; "Monday the 14th" the 14th.
- A grace asked for a span (再给我们两周, 宽限20天, Cantonese 俾多两个礼拜, 遲两个礼拜, "we need
  two more weeks") counts from the reply day ("another 30 days" is more time on the terms);
  延期一个月 counts from the due day, which the text does not give: no date. A quarter
  (明年一季度, Q1) names no day.
- Chinese numerals bound to a unit (十二月五日, 二十天内) are read through
  :mod:`daemon.inbox.zh_numerals`.
- A window (12月9日至11日, "Dec 9-11", "between the 9th and 11th") is its last day
  (:mod:`daemon.inbox.date_windows`); 15-12-2026 reads as 15/12/2026; a weekday in brackets
  (12/18（五）) makes a date and picks its reading; 逢星期四 / 每周四 (every Thursday) is no day;
  "mid of December" the 15th, "January end" the 31st.
- A day given up (原来说10号付) or the end of someone's absence ("on leave until 4 January")
  yields to another day named beside it; a bill's maturity (承兑汇票…到期日) is no promise.
- A choice of days (周四或周五, "Thursday or Friday") is the later one; "the day after" / 次日
  counts from the day named before it (:mod:`daemon.inbox.date_pairs`); 28号至2号 ends on next
  month's 2nd; 12月最后一个工作日 is the Chinese calendar's last working day of December.
- Not a promised day (:mod:`daemon.inbox.date_context`): a period that only sets the scene
  (年底白酒旺季), a day not kept (12月底付不出来, 原定17日的支付需要顺延), a reason's time, an
  event's day, the start of a pause, a week named by its day, a bill's maturity; a day or period
  the payment waits for (12月10日上线后, 等年底货款收回来就付, "after the launch on 10 December"),
  the last day of an absence ("on holiday until 14.12"), a day whose week is meant ("back on
  7 December, the payment goes out the same week"), unless words put the payment on it ("until
  then", 即付).
- A list of monthly paydays (每月10号、25号, "the 1st and the 15th of the month") yields to the
  day this payment is put in; alone it is the next of them. "another 3 weeks" counts from the
  reply day; a rough count (2-3个工作日, 两三天, "within 2-3 working days") is its upper end;
  周一二 is a choice (the later). "X now and the rest on 1/15", proposed, is a plan; "in
  January" names no day.

Usage::

    find_promised_date("我们下周五付款", sent, ZoneInfo("Asia/Shanghai"))
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from daemon.inbox.clauses import CLAUSE_END, SENTENCE_END, SPACED_CLAUSE_END, around, start_of
from daemon.inbox.date_bounds import is_latest, only_after
from daemon.inbox.date_context import not_the_promise
from daemon.inbox.date_festivals import festival_dates
from daemon.inbox.date_pairs import pair_dates
from daemon.inbox.date_relative import EVENT_COUNT, FROM_EVENT, GRACE_ASKED, relative_dates
from daemon.inbox.date_rules import DateHit, absolute_dates, day_first, slash_order
from daemon.inbox.date_weeks import thursday_week, week_dates, week_end_thursday
from daemon.inbox.date_windows import window_dates
from daemon.inbox.date_words import MONTH_RE
from daemon.inbox.zh_numerals import has_numerals, to_arabic

__all__ = [
    "DateHit",
    "day_first",
    "find_dates",
    "find_promised_date",
    "find_return_date",
    "slash_order",
]

logger = logging.getLogger(__name__)

SHANGHAI = ZoneInfo("Asia/Shanghai")
_HANT_DATE_CHARS = str.maketrans("個這週號後內禮兩於", "个这周号后内礼两于")
"""Traditional characters of date words, read as their Simplified forms (下個月底 = 下个月底).
One character for one, so positions in the text do not move."""


def find_dates(text: str, base: date | None, *, dmy: bool | None = None) -> list[DateHit]:
    """Every date expression in ``text`` (``base`` = the reference day), in text order.

    Overlapping hits keep the longest one (``2026年12月5日`` is one date, not two).
    ``dmy``: the sender writes day/month (True) or month/day (False), or nobody knows
    (None; see :func:`slash_order`). Positions are in the
    NFKC form of ``text``, whatever Chinese numerals were converted to read it.
    """
    text = unicodedata.normalize("NFKC", text).translate(_HANT_DATE_CHARS).replace("元月", "1月")
    read, where = to_arabic(text) if has_numerals(text) else (text, None)
    hits = sorted(
        absolute_dates(read, base, dmy)
        + relative_dates(read, base)
        + festival_dates(read, base)
        + window_dates(read, base)
        + week_dates(read, base),
        key=lambda h: (h.start, -(h.end - h.start)),
    )
    kept: list[DateHit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        if kept and _names_the_weekday(kept[-1], hit, read):
            kept.pop()  # "on Friday, 18/12": the explicit date says which Friday
        elif (
            kept
            and hit.rule in _WEEKDAY_RULES
            and kept[-1].rule in _DATED
            and _WEEKDAY_OF.fullmatch(read, kept[-1].end, hit.start)
        ):
            continue  # 21日（周一）: the weekday in brackets is the date's own
        kept.append(hit)
    kept = pair_dates(read, kept)
    if where is None:
        return kept
    return [DateHit(where[h.start], where[h.end - 1] + 1, h.day, h.rule) for h in kept]


_WEEKDAY_RULES = frozenset({"en_weekday", "en_bare_weekday", "en_weekday_possessive", "zh_weekday"})
_EXPLICIT = frozenset(
    {"slash", "dmy", "ymd", "zh_md", "en_month_day", "en_day_month", "window", "dashed"}
)


_WEEKDAY_GAP = re.compile(r"[\s,，(（]{0,3}|[^.;!?\n。；！？()（）]{0,20}?[(（]\s*")
"""Between a weekday and the date that says which it is: nothing but a comma or a bracket
("Friday, 18/12", 周五（12月18日）), or a few words and a bracket ("Thursday's pay run (10/12)")."""


_WEEKDAY_OF = re.compile(r"\s*[(（]\s*")
"""Between a date and its weekday in brackets: 21日（周一）, "18 December (Friday)"."""
_DATED = _EXPLICIT | {"zh_day_only", "en_ordinal_day"}


def _names_the_weekday(weekday: DateHit, explicit: DateHit, text: str) -> bool:
    """A bare weekday before the explicit date that names it ("Friday, 18/12")."""
    return (
        weekday.rule in _WEEKDAY_RULES
        and explicit.rule in _EXPLICIT
        and _WEEKDAY_GAP.fullmatch(text, weekday.end, explicit.start) is not None
    )


def reference_day(sent: datetime | None, tz: ZoneInfo = SHANGHAI) -> date | None:
    """The calendar day ``sent`` falls on in the client's timezone (None if unknown)."""
    if sent is None:
        return None
    if sent.tzinfo is None:
        return sent.date()
    return sent.astimezone(tz).date()


def find_promised_date(
    text: str, sent: datetime | None, tz: ZoneInfo = SHANGHAI, *, near: Sequence[str] = ()
) -> date | None:
    """The date promised in ``text``: on or after the day it was sent, or None.

    Dates before the message's day are history ("your reminder of 12月1日"), not promises.
    Without ``sent`` only dates with an explicit year are understood. ``near``: the words
    that made the reading (its evidence); a date in their sentence beats one elsewhere
    ("年底资金紧，可以春节后再付吗？" asks for after the New Year, not for 年底), and a
    sentence that names a time without a day (春节后, "after the holidays") has no date.
    """
    base = reference_day(sent, tz)
    norm = unicodedata.normalize("NFKC", text)
    found = find_dates(text, base, dmy=slash_order(tz))
    closing = _close_named(norm, found, base)
    if closing is not None:  # "AP closes the books on 12/18 … paid before the close": its day
        return closing
    hits = [
        h
        for i, h in enumerate(found)
        if (base is None or h.day >= base)
        and not (i + 1 < len(found) and found[i + 1].rule == "day_after")  # the event's day
        and not not_the_promise(norm, h)
        and not only_after(norm, h)
    ]
    signed = [h for h in hits if h.day == base and _SIGNED_THAT_DAY.match(norm, h.end)]
    if signed:  # "验收单我今天签了 让出纳给你们走付款": today is the signature's, not the payment's
        hits = [h for h in hits if h not in signed]
    if any(h.rule == GRACE_ASKED for h in hits) and _MONTH_MEANT.search(norm):
        hits = [h for h in hits if h.rule != GRACE_ASKED]  # 缓两个月？明年二月份一起结: February
    if thursday_week(tz):  # a Sunday-Thursday working week ends on Thursday
        hits = [week_end_thursday(h, base) for h in hits]
    yields = [h for h in hits if _yields(norm, h, hits)]
    if yields and len(yields) < len(hits):  # "原来说10号付，现在要推到20号": the new day
        hits = [h for h in hits if h not in yields]
    routine = [
        h
        for h in hits
        if h.rule == "monthly_day"
        or _ROUTINE.search(norm, 0, h.start)
        or _ROUTINE_AFTER.match(norm, h.end)
    ]
    if routine and len(routine) < len(hits):  # "每月10号、25号付款，这笔排在12月10号": that day
        hits = [h for h in hits if h not in routine]
    cheque = [h for h in hits if _CHEQUE_DATED.search(norm, max(0, h.start - 16), h.start)]
    if cheque:  # "we post the cheque on 28/12, post-dated 15/1/2027": the money's day
        return cheque[0].day
    moved = [h for h in hits if _MOVED_TO.search(norm, max(0, h.start - 28), h.start)]
    if moved and len(moved) < len(hits):  # "每月20日统一付款…顺延到21日付": the day moved to
        hits = moved
    counted = [h for h in hits if h.rule.endswith(FROM_EVENT)]
    if (
        counted
    ):  # "发票今天收到了，收票后3个工作日内付款": the count is the promise, not the event's day
        hits = [h for h in hits if h in counted or h.start > counted[-1].end]
    tied = [h for h in hits if _EVENT_THEN.match(norm, h.end)]
    if tied and len(tied) < len(hits):  # "15号发完工资再付，大概16号": the 16th is the promise
        hits = [h for h in hits if h not in tied]
    if (
        hits
        and _a_plan(norm)
        and not _rest_on_event(norm, hits)
        and not _instalment_of_agreed_plan(norm, hits)
        or len(hits) > 1
        and _ONE_INSTALMENT.search(norm)
    ):
        return None  # "50% on 15/12 and 50% on 15/1": a plan; its first day is not the whole
    latest = [h for h in hits if is_latest(norm, h)]
    if latest:  # "年底关账前支付，最晚12月25号", "next Tuesday at the latest": the bound said
        return latest[0].day
    if _DAY_OPEN.search(norm):
        return None
    if near:
        hits = [h for h in hits if not _MONEY_AFTER.match(norm, h.end)]
    for start, end in _spans_of(norm, near, SENTENCE_END):
        for hit in hits:  # "审批将于12月9日完成，审批后3个工作日内付款": the count is the promise
            if hit.rule.endswith(FROM_EVENT) and start <= hit.start and hit.end <= end:
                return hit.day
    asked = [h for h in hits if h.rule in _GRACE_SPANS and _in_words(norm, near, h)]
    if asked:  # "电商的钱要月中才结 再宽限两周行不行": the grace asked is the reading's own day
        return asked[0].day
    # the chat clause of the words (a space between Chinese characters ends one), the clause,
    # then their sentence
    for ends in (SPACED_CLAUSE_END, CLAUSE_END, SENTENCE_END):
        spans = _spans_of(norm, near, ends)
        if ends is SPACED_CLAUSE_END:  # words across a chat break are asked in their clause
            spans = [(b, e) for b, e in spans if not ends.search(norm[b:e].strip())]
        for start, end in spans:
            # a hit that starts in the span is in it: "on 17 Dec." reads the month's dot, which
            # also ends the clause (set ZS, session 17)
            inside = [h for h in hits if start <= h.start < end]
            if (
                len(inside) > 1
                and inside[0].day == base
                and (
                    _DONE_BEFORE.search(norm, start, inside[0].start)
                    or _DONE_AFTER.match(norm, inside[0].end)
                )
            ):
                inside = inside[1:]  # "was approved today and will be released within 3 days"
            if inside:
                return inside[0].day
        if ends is SPACED_CLAUSE_END:
            continue  # a chat clause with no day: its clause and sentence still may have one
        for start, end in _spans_of(norm, near, ends):  # no day in any: a time without one
            if _names_no_day(norm, start, end) or EVENT_COUNT.search(norm, start, end):
                return None
    return hits[0].day if hits else None


_SIGNED_THAT_DAY = re.compile(
    r"\s*(?:已经?|已經|刚|剛|就)?\s*(?:签|簽|盖章|蓋章|签字|簽字|签署|簽署|验收|驗收)(?:完|好)?(?:了|咗)(?![吗么嗎麼])"
)
"""Right after the reply's own day, a paper signed or accepted on it (今天签了, 今日簽咗): the day
of that deed; a payment the reply routes after it ("让出纳走付款") names no day of its own."""

_BEFORE_THE_CLOSE = re.compile(
    r"\b(?:paid|pay|settled?|released?|wired?|transfer(?:red)?|remit(?:ted)?|out)\b"
    r"[^.;!?\n]{0,20}\bbefore\s+(?:the|our|its)\s+(?:books?\s+)?(?:close|closing|cut-?off)\b",
    re.I,
)
"""A payment promised before "the close" named without its day ("We'll get yours paid before
the close"): the day is the one the reply gives the close elsewhere."""
_CLOSE_ON = re.compile(
    r"\b(?:closes?|closing)\s+(?:(?:the|its|our)\s+)?(?:books?|accounts?|ledgers?|period)?\s*"
    r"(?:on|is|by)?\s*$|\bcut-?off\s+(?:date\s+)?(?:is\s+|on\s+)?$",
    re.I,
)
"""Right before a day: the close it is ("AP closes the books on 12/18", "cut-off is 12/18")."""


def _close_named(text: str, found: Sequence[DateHit], base: date | None) -> date | None:
    """The day of the close a payment is promised before, when the promise names the close
    only ("before the close") and another sentence gives its day (set ZS, session 17)."""
    if not _BEFORE_THE_CLOSE.search(text):
        return None
    for hit in found:
        if (base is None or hit.day >= base) and _CLOSE_ON.search(
            text, max(0, hit.start - 40), hit.start
        ):
            return hit.day
    return None


_MONTH_MEANT = re.compile(
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2}|下[个個]?)\s*月份|下[个個]?月(?![\d一二三四五六七八九十底末尾初中]|[上中下]旬)"
)
"""A month named without a day (明年二月份, 下个月): what a bare 缓两个月 beside it means."""


_ROUTINE = re.compile(
    r"\b(?:is|are)\s+(?:always\s+|usually\s+|normally\s+)?(?:processed|paid|made|done|run|released)"
    r"\s+(?:at|on|by|in)\s+(?:the\s+)?$"
    r"|\b(?:we|they|the company)\s+(?:always\s+|usually\s+|normally\s+|only\s+)?pays?\s+"
    r"(?:(?:our|all|its|their)\s+)?(?:suppliers|vendors|contractors|creditors|invoices|bills)\s+$",
    re.I,
)
"""A routine said right before a period ("our company payment is processed at end of month",
"we pay suppliers on the 25th"):
like a monthly run, it yields to the day named for this payment ("… remitted on 2026.12.30")."""
_ROUTINE_AFTER = re.compile(
    r"\s*(?:统一|統一|集中)(?:安排)?(?:付款|支付|付|结算|結算|打款|出款|拨付|撥付|走款)"
)
"""The same said right after the period, in Chinese ("集团月底统一付款，预计12月28日左右付出"):
the group's batch at month end, which the day named for this payment refines (set ZQ)."""
_CHEQUE_DATED = re.compile(r"\bpost-?dated\s+(?:to\s+|for\s+)?(?:the\s+)?$", re.I)
"""The date a post-dated cheque bears: it cannot be cashed before it, so it is the day the money
comes, whatever other day (posting it) or plan beside it."""


_DONE_BEFORE = re.compile(
    r"\b(?:was|were|been|got)\s+\w+ed\s*$|\b(?:missed|passed|made|closed|ran)\s+$"
    r"|(?<!\bwill )(?<!\bbe )(?<!\bto )(?<!\bget )"
    r"\b(?:approved|signed|released|authori[sz]ed|cleared|confirmed)\s+"
    r"(?:(?:our|the|your|its|their|this|that)\s+)?(?:[\w-]+\s+){0,2}$"
    r"|(?:已经?|已經)\S{1,6}$",
    re.I,
)
"""A past verb right before the reply's own day: "approved today" (or "it missed today's
payment run", "the bank approved our payment today, we will transfer on 17 Dec") dates what
happened, not the payment promised later in the clause."""
_DONE_AFTER = re.compile(
    r"[^\s\d，。！？,.!?；;]{0,3}?(?:了|咗)(?![吗么嗎麼])|\s*(?:刚刚|剛剛|刚|剛|才刚|才剛)"
)
"""The same said after the day, in Chinese: "你们的人今天来了 … 下个礼拜一给你打" (today the
visit happened; the payment's day is the Monday), or with 刚 ("我今天刚从广州回来 明天一早就叫罗霞
付掉": today is the return's)."""


_GIVEN_UP = (
    r"原来|原來|本来|本來|原定|原訂|原订|原先|原本|之前说|之前說|上次说|上次說|先前说|先前說"
    r"|上(?:个|個)?(?:礼拜|禮拜|星期|周|週)(?:说|說|讲|講)"
    r"|\b(?:originally|initially|previously)\b|\b(?:we|i) (?:had )?(?:planned|meant|intended) to\b"
)
_YIELDS = re.compile(
    _GIVEN_UP
    + r"|休假|请假|請假|出差|\bon (?:annual |parental |sick )?leave\b|\bout of (?:the )?office\b"
    r"|\b(?:is|am|are|be|'m|'s|'re) (?:away|travell?ing|on holiday|on vacation)\b",
    re.I,
)
"""Before a day in its clause: a plan given up (原来说10号付) or someone's absence ("on leave until
4 January"). Another day named beside it is the promise."""


_MOVED_TO = re.compile(
    r"(?:(?:顺延|順延|推迟|推遲|延后|延後|提前|改|推|挪|延)(?:到|至)\s*(?:下[个個]?月)?"
    r"|下一?(?:轮|輪|批次)(?:的|嘅)?|\bnext\s+(?:payment\s+|cheque\s+|check\s+|pay\s+)?"
    r"(?:run|batch|cycle)(?:\s+on)?(?:\s+the)?"
    r"|\bthe\s+next\s+one\s*[,:(—–-]?(?:\s*on)?(?:\s+the)?"
    r"|\b(?:brought\s+forward|moved(?:\s+up|\s+back)?|rescheduled|pushed(?:\s+back)?|shifted"
    r"|postponed|put\s+back)\s+to(?:\s+the)?"
    r"|\b(?:saturday|sunday|weekend|(?:public\s+|bank\s+)?holiday)\b[^.;!?\n]{0,12}?\bso\s+"
    r"(?:on\s+|it'?s\s+|it\s+will\s+be\s+)?(?:the\s+)?)\s*$",
    re.I,
)
"""Right before a day: the payment moved to it (本月20号是周日，顺延到21日付), to the next run
(要等下一輪30號, "in the next run on the 30th", "it'll go out on the next one, December 24") or
off a weekend ("the 20th - that's a Sunday, so Monday 21st"), or a run "brought forward to
18.12.2026": the other day named is the one moved from."""


def _yields(text: str, hit: DateHit, hits: Sequence[DateHit]) -> bool:
    """The words before ``hit`` in its clause give it up; they belong to the first day after
    them only ("上礼拜说的礼拜一打款没打成…这个礼拜五能打", voice input without commas: the
    Friday is not given up)."""
    start = start_of(text, hit.start)
    marks = list(_YIELDS.finditer(text, start, hit.start))
    if not marks:
        return False
    return not any(marks[-1].end() <= h.start < hit.start for h in hits)


_INSTALMENTS = re.compile(
    r"分\s*(?:[两兩二三四五六几幾多]|[2-9])\s*(?:次|期|笔|筆|批|[个個]月)|分期"
    r"|instal?lments|tranches|payment plan"
    r"|\bin\s+(?:\d|two|three|four|several)\s+(?:times|parts|payments|goes|steps)\b"
    r"|\b(?:(?:can|could|will|would|shall|'ll)\s+(?:do|pay|send|transfer|wire|remit|manage)"
    r"|if\s+(?:we|i)\s+(?:paid|pay|sent|send|transferred|wired|remitted|did))\b"
    r"[^.;!?\n]{0,25}\b(?:now|today|first|immediately|this week)\b,?\s+and\s+(?:then\s+)?the\s+"
    r"(?:rest|remainder|balance)\b"
    r"|\b(?:half|\d{1,2}\s*%)[^.;!?\n]{0,30}(?:\band\b|,)[^.;!?\n]{0,16}"
    r"\b(?:half|the rest|the remainder|the balance|\d{1,2}\s*%)"
    r"|(?:一半|\d{1,2}\s*%|三分之一|一部分|先(?:付|支付|打|转|轉|汇|匯|给|給|结|結))[^。；;!?！？\n]{0,30}"
    r"(?:另一半|剩下|剩余|剩餘|其余|其餘|余款|餘款|余下|餘下|\d{1,2}\s*%)",
    re.I,
)
"""A plan of several payments (分两期, "in 2 times", instalments, "half on the 15th, the other
half on January 8", 先付十万，剩下的…): with more than one day in it, no single day is the
promise (the PM reads the plan)."""
_NOT_A_PLAN = re.compile(
    r"(?:不|不用|不必|无需|無需|不需要|没必要|沒必要|别|別"  # 不分两次了: a plan refused
    r"|承担|承擔|分担|分擔|各|平摊|平攤|对半|對半"  # 各承担一半: a cost shared
    r"|信用卡|花呗|花唄|白条|白條|消费|消費)\s*$"  # 信用卡分期: a product
)
_PRODUCT_AFTER = re.compile(
    r"\s*(?:业务|業務|系统|系統|功能|模块|模塊|产品|產品|手续费|手續費|平台|商城)"
)


_REST_ZH = r"(?:另一半|剩下|剩余|剩餘|其余|其餘|余款|餘款|余下|餘下)"
_REST_NAMED = re.compile(_REST_ZH + r"|\bthe (?:rest|remainder|balance)\b", re.I)
_ONE_GO = re.compile(
    r"一次性|一次(?:付|结|結|还|還|给|給)清|\bin (?:one|a single) (?:go|payment|sum)\b", re.I
)
"""One payment of the whole (一次性付清, "in one go"), no rest named: a plan spoken of is
withdrawn (上回说分两次付的事，财务说不用分了，年底前一次性给你付清)."""


def _a_plan(text: str) -> bool:
    """A plan of instalments in ``text``: not one refused or withdrawn (不分两次，一次付清), a
    cost shared in halves (各承担一半), nor 分期 as a product (信用卡分期已經確認正常了)."""
    if _ONE_GO.search(text) and not _REST_NAMED.search(text):
        return False  # (the rest in one go, 剩下的一次性付清, is still the second part of a plan)
    return any(
        not _NOT_A_PLAN.search(text, max(0, m.start() - 4), m.start())
        and not _PRODUCT_AFTER.match(text, m.end())
        for m in _INSTALMENTS.finditer(text)
    )


_PLAN_AGREED = re.compile(
    r"\b(?:agree|agreed|agreeing|accept|accepted|accepting|approve|approved|approving)\s+"
    r"(?:to\s+)?(?:the\s+|our\s+|this\s+|these\s+)?(?:\w+\s+){0,2}"
    r"(?:instal?lments|tranches|payment\s+plan)\b"
    r"|同意(?:了)?(?:我们|我們|我方)?(?:的)?分\s*(?:[两兩二三四]|[2-9])\s*(?:期|次|笔|筆)",
    re.I,
)
"""A plan of instalments said agreed by the payee ("Thank you for agreeing to the two
instalments", 谢谢贵司同意分两期): settled, no longer proposed."""


def _instalment_of_agreed_plan(text: str, hits: Sequence[DateHit]) -> bool:
    """One day named, for one instalment of a plan the payee agreed, in a sentence that holds no
    plan itself ("Thank you for agreeing to the two instalments. The first half goes out on
    Friday 18/12."): that instalment's day is the promise; the plan is not proposed again."""
    if len(hits) != 1 or not _PLAN_AGREED.search(text):
        return False
    begin, end = around(text, hits[0].start, hits[0].end, SENTENCE_END)
    return not _INSTALMENTS.search(text, begin, end)


_REST_ON_EVENT = re.compile(
    _REST_ZH + r"[^。；;!?！？\n]{0,30}?(?:再|才)(?:付|结|結|支付|给|給|俾|畀)"
)
"""The rest of a part-payment left to an event, not a time ("今天先付一半，剩下的等验收完再付"):
the part's day is the one day named, the promise's."""


_REST_TIME = re.compile(
    r"明年|今年|年底|年初|年内|年內|月底|月尾|月初|月中|[上中下]旬|季度|下[个個]?月|\d{1,2}\s*月"
)
"""A time the rest is put off to (另一半明年再付): a plan of two times, not a part and an event."""


def _rest_on_event(text: str, hits: Sequence[DateHit]) -> bool:
    """One day, before the rest, and the rest waits for an event naming no time (not 年后,
    明年)."""
    rest = _REST_ON_EVENT.search(text)
    return (
        rest is not None
        and len(hits) == 1
        and hits[0].end <= rest.start()
        and not _NO_DAY.search(text, rest.start(), rest.end())
        and not _REST_TIME.search(text, rest.start(), rest.end())
    )


_ONE_INSTALMENT = re.compile(
    r"\binstal?lment\b|\btranche\b|\bthe (?:rest|remainder|balance)\b", re.I
)
"""One instalment named: "the 2nd instalment will be wired on Dec 9" is a promise for that day;
with several days beside it ("first instalment 15/12, second 15/1", "before the 10th, then the
rest by month end") it is a plan."""
_EVENT_THEN = re.compile(
    r"[^\d\s,.;:!?，。；：！？年月日号號前内內]{1,8}?"
    r"(?:(?:满|滿|够|夠|达到|達到|届满|屆滿)\s*\d{1,3}\s*(?:天|日|个月|個月|周|週|星期))?"
    r"(?:之后|之後|以后|以後|后|後|再|才)"
    r"(?!\s*[\d一二两兩三四五六七八九十半])"
)
"""A day that dates an event the payment waits for (15号发完工资再付; 在1月10日运行满30天后支付,
the day a run of days is complete): another day named beside it is the promise."""
_MONEY_AFTER = re.compile(
    r"\s*(?:的)?(?:财政|財政|公司|我司|集团|集團|项目|項目|账上|帳上|账面|帳面)?"
    r"(?:资金|資金|现金流|現金流|预算|預算|财务封账|財務封賬|封账|封賬|年结|年結"
    r"|回款(?:的)?(?:压力|壓力|任务|任務|指标|指標)"
    r"|cash ?flow|budget)",
    re.I,
)
"""What follows a time word that says when money is short, not when it is paid: 年底资金紧张
("我所年底资金安排较紧，拟于明年1月15日前支付" promises 15 January, not 年底), also with its owner
(年底财政资金紧张), or the pressure to collect then (考虑到贵司年底回款的压力); not money said to
come on a day (等客户20号回款了再付: that day is the promise's)."""


_NO_DAY = re.compile(
    r"春节|春節|农历新年|農曆新年|过年|過年|过完年|過完年|年后|年後|节后|節後|假期后|假期後"
    r"|(?:过|過)(?:了|完)(?:这个|這個)?(?:元旦|圣诞|聖誕|国庆|國慶|中秋|端午|清明|节|節|年)"
    r"|(?:元旦|圣诞|聖誕|国庆|國慶|中秋|端午|清明)(?:节|節)?(?:之|以)?(?:后|後)"
    r"|after (?:the )?(?:holidays?|chinese new year|cny|new year|lunar new year|festival)"
    r"|\bnext week\b|下[个個]?(?:周|週|星期|礼拜|禮拜)(?![一二三四五六日天末])|中下旬|上中旬"
    r"|[一二三四1-4]\s*季度|\bq[1-4]\b|\b(?:first|second|third|fourth|next) quarter\b"
    rf"|\b(?:in|during)\s+(?:{MONTH_RE})\b(?!\s*\d)",
    re.I,
)
"""A time named without a day (春节后, next week, Q1, "in January"): a promise (or request)
with no date."""
_DAY_OPEN = re.compile(
    r"(?:具体|确切|確切|具體)(?:付款)?(?:时间|時間|哪天|哪一天|日期|几号|幾號)[^。！？!?\n]{0,14}?"
    r"(?:无法确定|無法確定|不能确定|没法确定|确定不了|定不了|待定|未定|还不确定|说不准|才能定|才能确定)"
)
"""The client says the exact day is still open (具体哪天要等1月计划下达后才能定): a day given up
or a month named beside it is no promised day (a bound said, 最晚12月25号, still is)."""


def _names_no_day(text: str, start: int, end: int) -> bool:
    """A time without a day in ``text[start:end]`` that is not given up ("上次说的下周没付成，
    这次12月11号前肯定付": that 下周 was the old plan, and the search goes on)."""
    return any(
        not re.search(_GIVEN_UP, text[max(start, start_of(text, m.start())) : m.start()], re.I)
        and not _EVENT_IN.search(text, max(0, m.start() - 12), m.start())
        for m in _NO_DAY.finditer(text, start, end)
    )


_EVENT_IN = re.compile(
    r"\b(?:opens?|starts?|begins?|re-?opens?|resumes?|closes?|ends?|launch(?:es)?|arrives?)\s+$",
    re.I,
)
"""An event's month ("Season opens in January and cash is tight till the first loads sell"):
the season's, not a time the payment is put in (the day asked elsewhere stays the reading)."""


_GRACE_SPANS = frozenset({"zh_more_time_span", "en_more_time_span", GRACE_ASKED})
"""A grace asked for a span (再宽限两周, "we need two more weeks")."""


def _in_words(text: str, words: Sequence[str], hit: DateHit) -> bool:
    """``hit`` lies in (overlaps) one of ``words`` as found in ``text``, written as they are or
    in the Arabic digits the reading reads them in (宽限2周 = 宽限两周)."""
    read, where = to_arabic(text) if has_numerals(text) else (text, None)
    for word in words:
        word = unicodedata.normalize("NFKC", word)
        if not word:
            continue
        if (at := text.find(word)) >= 0:
            start, end = at, at + len(word)
        elif where is not None and (at := read.find(word)) >= 0:
            start, end = where[at], where[at + len(word) - 1] + 1
        else:
            continue
        if start < hit.end and hit.start < end:
            return True
    return False


def names_its_day(text: str, words: str, sent: datetime | None, tz: ZoneInfo = SHANGHAI) -> bool:
    """The sentence of ``words`` in ``text`` names a day of its own ("Can we move the payment
    to the Dec 30 run instead?"), not only a count of more time ("give us 30 more days"), which
    runs from the due day the reply does not give (the corpus's hr083): a held request for time
    keeps only such a day."""
    base = reference_day(sent, tz)
    norm = unicodedata.normalize("NFKC", text)
    return any(
        h.rule not in _GRACE_SPANS
        for start, end in _spans_of(norm, [words], SENTENCE_END)
        for h in find_dates(norm[start:end], base, dmy=slash_order(tz))
    )


def _spans_of(text: str, words: Sequence[str], ends: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence (or clause: ``ends``) of ``text`` holding one of
    ``words``, in text order. The words are found in the text as written or, read with Arabic
    digits as the reading reads them (十二月二十二日前 = 12月22日前), at the numerals' place."""
    spans: set[tuple[int, int]] = set()
    read, where = to_arabic(text) if has_numerals(text) else (text, None)
    for word in words:
        word = unicodedata.normalize("NFKC", word)
        at = text.find(word) if word else -1
        if at >= 0:
            spans.add(around(text, at, at + len(word), ends))
        elif word and where is not None and (at := read.find(word)) >= 0:
            # the reading's words are in digits (12月22日前支付), the text in numerals (十二月…)
            spans.add(around(text, where[at], where[at + len(word) - 1] + 1, ends))
    return sorted(spans)


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
