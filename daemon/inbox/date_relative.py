"""Relative date expressions (下周五, 月底, 三个工作日内, "Friday next week"): text -> hits.

Why apart from :mod:`daemon.inbox.date_rules` (absolute dates and the shared helpers): each
module stays small enough to read whole. The conventions are documented in
:mod:`daemon.inbox.promise_dates`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from daemon.inbox.clauses import pieces
from daemon.inbox.date_month_parts import parts_of_month
from daemon.inbox.date_rules import (
    DateHit,
    _add_business_days,
    _add_months,
    _month_end,
    _next_on_or_after,
    _week_day,
    absolute_dates,
)
from daemon.inbox.date_words import (
    EN_COUNT,
    EN_FULL_WD_RE,
    EN_ORDINAL_RE,
    EN_ORDINALS,
    EN_WD_RE,
    EN_WEEKDAYS,
    MONTH_RE,
    MONTHS,
    ZH_WEEKDAYS,
    en_int,
    zh_int,
)

GRACE_ASKED = "zh_grace_asked"
"""The rule of a span asked with a bare 缓 (能不能缓一个月): a grace from the reply day, unless
the reply names the month it means (能不能缓两个月？明年二月份一起结: in February, no day)."""
_ASKED_GRACE = re.compile(r"(?:能不能|能否|可否|可不可以|可唔可以|是否可以|请|請)(?:缓|緩)")
_ORDINAL_ENDS = (
    r"\s*(?:[,.;:!?)]|$)|\s+(?:of (?:this|next|the) month|at|latest|or|and|please|then|as|when"
    r"|if|so|but|because|since|hopefully|latest|at the latest|via|by|with)\b"
)
"""What may follow a day written as a word: "on the second instalment" is no date."""

_COUNTS = frozenset(
    {
        "zh_within_days",
        "zh_within_weeks",
        "zh_within_months",
        "zh_within_business_days",
        "en_within_days",
        "en_within_weeks",
        "en_within_months",
    }
)
EVENT_COUNT = re.compile(
    r"[^\d\s,.;:!?，。；：！？年月日号號周週天今明后後前一二三四五六七八九十]{1,8}(?:之后|之後|以后|以後|后|後)\s*"
    r"(?:一般|通常|大概|大约|大約|约|約|基本上|最多|最快|最晚|最迟|最遲)?\s*"
    r"[\d一二两兩三四五六七八九十百]{1,4}\s*(?:个|個)?\s*(?:工作日|工作天|天|日|周|週|星期|礼拜|禮拜|月)"
    r"|\b(?:within|in)\s+(?:the\s+next\s+)?\S+\s+(?:business\s+|working\s+|bank(?:ing)?\s+|calendar\s+)?"
    r"(?:days?|weeks?|months?)\s+(?:of|after|from|following|upon)\s+"
    r"(?!(?:today|now|this (?:e-?mail|mail|message|letter)|the date of this)\b)[a-z]"
    r"|\b\d{1,3}\s+(?:business\s+|working\s+|bank(?:ing)?\s+|calendar\s+)?days?\s+(?:after|following|from|upon)\s+"
    r"(?:the\s+|our\s+|your\s+|final\s+)*(?:acceptance|approval|receipt|sign-?off|go-?live|delivery"
    r"|completion|installation|signature|signing)\b"
    r"|\b(?:within|in)\s+(?:the\s+next\s+)?\S+\s+(?:business\s+|working\s+|bank(?:ing)?\s+|calendar\s+)?"
    r"(?:days?|weeks?|months?)\s+(?:as\s+per|per|under|according\s+to|in\s+line\s+with"
    r"|as\s+(?:set\s+out|stated|agreed|provided)\s+in)\s+(?:the\s+|our\s+)?(?:contract|agreement|terms|po)\b",
    re.I,
)
"""A count of days that runs from an event nobody has dated (审批通过后5个工作日内, "within 5
days of approval"), or the contract's term restated ("within 10 days as per the contract": it
counts from the event the contract names): it names no day, so it is no date (a promise
without one)."""


_LOW = r"(?:(?:\d{1,3}|[一二两兩三四五六七八九十])\s*(?:-|–|~|～|至|到|或)\s*)?"
_EN_TO = r"\s*(?:-|–|to|or)\s*"
"""The lower end of a rough count (2-3个工作日内, 三到五天内, "within 2-3 working days", "in two
to three weeks"): skipped, the count is read at its upper end (no fewer days are promised)."""


def _from_event(text: str, hit: DateHit) -> bool:
    return any(
        m.start() <= hit.end and hit.start <= m.end()
        for m in EVENT_COUNT.finditer(text, max(0, hit.start - 12), min(len(text), hit.end + 60))
    )


FROM_EVENT = "_from_event"
"""Suffix of a count's rule when it runs from an event dated elsewhere in the text."""
_EVENT_ZH = re.compile(
    r"([^\d\s,.;:!?，。；：！？年月日号號周週天今明后後前一二三四五六七八九十]{2,8})"
    r"(?:之后|之後|以后|以後|后|後)\s*$"
)
_EVENT_EN = re.compile(
    r"\s+(?:of|after|from|following|upon)\s+(?:the\s+|our\s+|your\s+|final\s+)*([a-z-]{4,})",
    re.I,
)


_AFTER_MEETING = re.compile(r"(?:会|會)(?:后|後)\s*$")
_MEETING = re.compile(r"会议|會議|[开開务務公委事东東理]\s*(?:会|會)|例会|例會")
"""会后 (after the meeting): a one-character event, found in the clause that names a meeting
(院务会定在12月17号，会后5个工作日内付款: 5 working days from 17 December)."""


def _event_day(text: str, hit: DateHit, base: date) -> date | None:
    """The day of the event a count runs from, when an earlier clause dates it
    ("审批将于12月9日完成，审批后3个工作日内付款": 3 working days from 9 December; "新发票今天收到
    了…收票后3个工作日内付款": from today). A Chinese event is found by its two characters, apart
    or together (收票 in 发票…收到); an English one by its stem (receipt, received: "recei");
    会后 by a clause naming a meeting."""
    zh = _EVENT_ZH.search(text, max(0, hit.start - 12), hit.start)
    en = _EVENT_EN.match(text, hit.end)
    if not (zh or en) and _AFTER_MEETING.search(text, max(0, hit.start - 3), hit.start):
        for clause in pieces(text, hit.start):
            if _MEETING.search(clause):
                dated = absolute_dates(clause, base)
                if dated:
                    return dated[0].day
        return None
    if zh:
        pairs = [zh[1][i : i + 2] for i in range(len(zh[1]) - 1)]
        verb = zh[1][
            -2
        ]  # 签字后: "合同今天签好了" signs it; the event's verb is its first character
    elif en:
        pairs = [en[1].lower()[:5]]  # approval / approved: "appro"
    else:
        return None
    for clause in pieces(text, hit.start):
        said = clause.lower()
        if (
            any(w in said for w in pairs)
            if en
            else verb in said or any(w[0] in said and w[1] in said for w in pairs)
        ):
            dated = absolute_dates(clause, base) or [
                h for h in relative_dates(clause, base) if h.rule in _DAY_WORDS
            ]
            if dated:
                return dated[0].day
    return None


_DAY_WORDS = frozenset({"zh_day_word", "en_day_word"})
"""今天, 昨天, today: the day an event happened, as good as its date."""


_MONTHLY = re.compile(
    r"(?:每[个個]?月|每月的)\s*(\d{1,2})\s*[日号號]?(?:\s*(?:、|,|，|和|及|与|與|或|/|同埋|同|跟)\s*(\d{1,2}))?"
    r"\s*[日号號]"
    r"|\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:each|every)\s+month\b"
    r"|\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s+(?:and|&|or)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)"
    r"\s+of\s+(?:each|every|the|a)\s+month\b"
    r"|\b(?:twice|two\s+times)\s+(?:a|per|each|every)\s+month,?\s+(?:on\s+)?the\s+(\d{1,2})"
    r"(?:st|nd|rd|th)\s+(?:and|&)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b",
    re.I,
)
"""A monthly run (每月15日, 每月10号、25号, Cantonese 每個月15號同30號, "on the 1st and the 15th
of the month", "twice a month, on the 10th and the 25th"): its next day when nothing else is
named (not a choice of two days, whose later day a window would take); a day named beside it
is the one this payment is in
(:func:`daemon.inbox.promise_dates.find_promised_date`)."""


def _next_day_of_month(base: date, day: int) -> date | None:
    """The next ``day`` of a month on or after ``base`` (None if no month has it)."""
    if day > 31:
        return None
    when = _add_months(base, 0, day)
    if when.day == day and when < base:
        when = _add_months(base, 1, day)
    return when if when.day == day else None


def relative_dates(text: str, base: date | None) -> list[DateHit]:
    if base is None:
        return []
    hits: list[DateHit] = []

    def add(m: re.Match[str], day: date, rule: str) -> None:
        hits.append(DateHit(m.start(), m.end(), day, rule))

    zh_simple = {"今天": 0, "今日": 0, "明天": 1, "明日": 1, "大后天": 3, "后天": 2, "後天": 2}
    zh_simple.update({"昨天": -1, "昨日": -1, "前天": -2})
    spoken = {"聽日": 1, "听日": 1, "聽朝": 1, "听朝": 1, "尋日": -1, "琴日": -1}  # Cantonese
    spoken.update({"明早": 1, "明晚": 1, "明儿": 1, "明兒": 1})  # tomorrow morning, evening
    zh_simple.update(spoken)
    day_words = "大后天|今天|今日|明天|明日|后天|後天|昨天|昨日|(?<![日号])前天|"
    day_words += "|".join(spoken)
    for m in re.finditer(day_words, text):
        add(m, base + timedelta(days=zh_simple[m[0]]), "zh_day_word")
    for m in re.finditer(r"(?<![然以之最过過])(?:后儿|後兒|后个|後個)(?![子女童])", text):
        add(m, base + timedelta(days=2), "zh_day_word")  # northern speech: the day after tomorrow
    which = r"(下下[个個]?|下[个個]?|上[个個]?|本|这个?|這個?)?"
    # 逢星期四 / 每周四 is every Thursday, not a day; 拜五 (Minnan) is 礼拜五
    zh_week = (  # 下周一二: a choice of two days of that week, the later one
        r"(?<![逢每])"
        + which
        + r"\s*(?:周|週|星期|礼拜|禮拜|拜)([一二三四五六日天末])([一二三四五六])?"
    )
    for m in re.finditer(zh_week, text):
        wd = ZH_WEEKDAYS[m[2]]
        later = ZH_WEEKDAYS[m[3]] - wd if m[3] and ZH_WEEKDAYS[m[3]] > wd else 0
        if m[1] and m[1].startswith("下下"):
            first, rule = _week_day(base, wd, 2), "zh_week_after_next"
        elif m[1] and m[1].startswith("下"):
            first, rule = _week_day(base, wd, 1), "zh_next_week"
        elif m[1] and m[1].startswith("上"):
            first, rule = _week_day(base, wd, -1), "zh_last_week"
        elif m[1]:
            first, rule = _week_day(base, wd, 0), "zh_this_week"
        else:
            first, rule = _next_on_or_after(base, wd), "zh_weekday"
        add(m, first + timedelta(days=later), rule)
    for m in re.finditer(r"(明年|今年)?\s*(\d{1,2})\s*月\s*(?:底|末|尾)", text):
        month = int(m[2])
        if 1 <= month <= 12:
            year = (
                base.year + 1 if m[1] == "明年" or (not m[1] and month < base.month) else base.year
            )
            add(m, _month_end(year, month), "zh_named_month_end")
    for m in re.finditer(
        r"(下个?月|本月|这个?月)?\s*月\s*[底尾]|(下个?月|本月|这个?月)[底尾]|(?<=[于於在])月末",
        text,
    ):
        prefix = m[1] or m[2] or ""
        months = 1 if prefix.startswith("下") else 0
        target = _add_months(base, months, 1)
        add(m, _month_end(target.year, target.month), "zh_month_end")
    for m in re.finditer(r"下个?月初", text):
        add(m, _add_months(base, 1, 5), "zh_next_month_start")
    hits += parts_of_month(text, base)
    for m in _MONTHLY.finditer(text):
        runs = [_next_day_of_month(base, int(d)) for d in m.groups() if d]
        if all(runs):  # 每月15日: the next such day; 每月10号、25号: the next of them
            add(m, min(d for d in runs if d), "monthly_day")
    half_month = (  # 半个月内; 再给俺们半个月 (half a month more, asked: from now)
        r"半\s*(?:个|個)?\s*月\s*(?:之?[内后]|以[内后]|[內後]|之[內後])"
        r"|(?:再给|再給|多给|多給|俾多|畀多|宽限|寬限)[^。！？!?\n，,月到至]{0,6}?半\s*(?:个|個)?\s*月"
    )
    for m in re.finditer(half_month, text):
        add(m, base + timedelta(days=15), "zh_within_days")
    extra = (  # 再给我们两周, 宽限20天, 再缓两个礼拜: from now (延期一个月 counts from the due day:
        # no date; so does a bare 缓一个月; 再 or a request, 能不能缓一个月, makes it a grace
        # asked from now)
        r"(?:再给|再給|多给|多給|俾多|畀多|宽限|寬限|再缓|再緩"
        r"|(?:能不能|能否|可否|可不可以|可唔可以|是否可以|请|請)(?:再)?(?:缓|緩)(?=\s*\d))[^。！？!?\n，,月到至]{0,6}?(\d{1,3})\s*(?:个|個)?\s*"
        r"(天|日|周|週|星期|礼拜|禮拜|个月|個月)(?![\d日号號])"
        # 迟两个礼拜先俾 / 晚两周付 (days or weeks later than now; 推迟一个月 is 延期's: no date)
        r"|(?:迟|遲|晚|推迟|推遲)\s*(\d{1,2})\s*(?:个|個)?\s*(天|日|周|週|星期|礼拜|禮拜)(?![\d日号號])"
        # "we need two more weeks", "kindly extend me two more weeks" ('another 30 days', "a few
        # extra weeks": no date)
        rf"|\b(?:need|give|allow|grant|extend|spare|get|have|ask for|request|appreciate)\s+"
        rf"(?:(?:us|me)\s+)?(?!a few\b)({EN_COUNT})\s+(?:more|extra|additional|further)\s+"
        r"(days?|weeks?)\b"
    )
    for m in re.finditer(extra, text, re.I):
        n = int(m[1] or m[3]) if not m[5] else en_int(m[5])
        unit = (m[2] or m[4] or m[6]).lower()
        unit = {"day": "天", "days": "天", "week": "周", "weeks": "周"}.get(unit, unit)
        span = "en_more_time_span" if m[5] else "zh_more_time_span"
        if _ASKED_GRACE.match(m[0]):
            span = GRACE_ASKED
        if unit.endswith("月"):
            add(m, _add_months(base, n), span)
        elif unit in ("天", "日"):
            add(m, base + timedelta(days=n), span)
        else:
            add(m, base + timedelta(weeks=n), span)
    another = (  # "give us another 3 weeks", "we need a further week" ('another 30 days': no date)
        r"\b(?:need|give us|give me|allow us|grant us|get|have|ask for|request|appreciate|take)\s+"
        rf"(?:another|a further)\s+(?:({EN_COUNT})\s+)?(weeks?|fortnight)\b"
    )
    for m in re.finditer(another, text, re.I):
        n = en_int(m[1]) if m[1] else 1
        add(
            m,
            base + timedelta(weeks=n * (2 if m[2].lower() == "fortnight" else 1)),
            "en_more_time_span",
        )
    for m in re.finditer(
        r"(?:今年|本年)\s*之\s*[内內]|(?:今年|本年|年)\s*(?:底|末|内|內)|元旦(?=\s*(?:前(?![后後])|之前|以前))"
        r"|\bend of (?:the |this )?year\b|\b(?:before|by) (?:the )?year[- ]?end\b"
        r"|\bthis year\b|\beoy\b",
        text,
        re.I,
    ):
        year = base.year if not (base.month == 1 and "元旦" in m[0] and base.day > 1) else base.year
        add(m, date(year, 12, 31), "year_end")
    for m in re.finditer(
        rf"{_LOW}(\d{{1,2}})\s*(?:个|個)?\s*(周|週|星期|礼拜|个月|個月|月)"
        r"\s*(?:之?[内后]|以[内后]|[內後]|之[內後])",
        text,
    ):
        if m[2] == "月" and re.search(r"年\s*$", text[max(0, m.start() - 2) : m.start()]):
            continue  # 明年二月以后: a month's name, not a count of months
        n = int(m[1])
        if m[2].endswith("月"):
            add(m, _add_months(base, n), "zh_within_months")
        else:
            add(m, base + timedelta(weeks=n), "zh_within_weeks")
    # "正常5个工作日左右到账": about N days before the money arrives is read as N days; so is
    # "一般3个工作日到账" (the count then the arrival, no 内).
    # Not a run's length reached (运行满30天后, 试用满60天后): counted from the run's start.
    for m in re.finditer(
        rf"(?<![满滿够夠])(?<![满滿够夠]\d)(?<![满滿够夠]\d\d){_LOW}(\d{{1,3}}|[一二两三四五六七八九十])\s*([个個])?\s*(工作日|工作天|天|日)"
        r"\s*(?:之?[内后]|以[内后]|[內後]|之[內後]|左右(?=\s*(?:就|能|会|會|可以)?\s*(?:到|付|支付))"
        r"|(?=\s*(?:就|能|会|會|可以|即可)?\s*(?:到账|到帳|到賬)(?!的)))",
        text,
    ):
        count = zh_int(m[1])
        if count is not None:
            if m[3] in ("工作日", "工作天"):
                add(m, _add_business_days(base, count), "zh_within_business_days")
            else:
                add(m, base + timedelta(days=count), "zh_within_days")
    # "支付…一般要十个工作日左右，请耐心等待": the time the payment takes, said alone: N days.
    for m in re.finditer(
        rf"(?:(?<=[付汇匯转轉款])[^，,。！？!?；;\n]{{0,3}}|(?:一般|通常|正常|大概|大约|大約)\s*)"
        rf"(?:要|需要|需)\s*{_LOW}(\d{{1,3}}|[一二两三四五六七八九十])\s*([个個])?\s*(工作日|工作天|天)"
        r"\s*左右(?=\s*(?:[，,。；;!！]|$))",
        text,
    ):
        count = zh_int(m[1])
        if count is not None:
            if m[3] in ("工作日", "工作天"):
                add(m, _add_business_days(base, count), "zh_within_business_days")
            else:
                add(m, base + timedelta(days=count), "zh_within_days")
    en_simple = {"today": 0, "tomorrow": 1, "day after tomorrow": 2, "yesterday": -1}
    en_simple.update(dict.fromkeys(("tmr", "tmrw", "tmw", "tmrrw", "2moro", "2morrow"), 1))
    words = (
        r"\b(?:the\s+)?(day after tomorrow|tomorrow|today|yesterday"
        r"|tmrw|tmrrw|tmr|tmw|2moro|2morrow)\b"
    )
    for m in re.finditer(words, text, re.I):
        add(m, base + timedelta(days=en_simple[m[1].lower()]), "en_day_word")
    # "Friday week" / "a week on Friday" (UK): the coming Friday, then a week later.
    week_on = (
        rf"\b(?:(?:on|by|before|until)\s+)?({EN_WD_RE})\s+week\b(?!\s*\.?\s*\d)"
        rf"|\ba\s+week\s+(?:on|from|after)\s+(?:this\s+)?({EN_WD_RE})\b"
    )
    for m in re.finditer(week_on, text, re.I):
        wd = EN_WEEKDAYS[(m[1] or m[2]).lower()]
        add(m, _next_on_or_after(base, wd) + timedelta(weeks=1), "en_weekday_week")
    # "next week Wednesday" (as 下周三, in the Chinese and South-East Asian order): that week's day.
    for m in re.finditer(rf"\b(next|this)\s+week(?:'s)?,?\s+(?:on\s+)?({EN_WD_RE})\b", text, re.I):
        wd = EN_WEEKDAYS[m[2].lower()]
        if m[1].lower() == "next":
            add(m, _week_day(base, wd, 1), "en_next_weekday")
        else:
            this = _week_day(base, wd, 0)
            add(m, this if this >= base else _next_on_or_after(base, wd), "en_this_weekday")
    for m in re.finditer(rf"\b(?:the\s+)?({EN_WD_RE})\s+after\s+next\b", text, re.I):
        add(m, _week_day(base, EN_WEEKDAYS[m[1].lower()], 2), "en_week_after_next")  # as 下下周五
    for m in re.finditer(rf"\b(next|this|coming|last|by|on|before)\s+({EN_WD_RE})\b", text, re.I):
        wd = EN_WEEKDAYS[m[2].lower()]
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
    month_end = (
        r"\bend\s+of\s+(?:the\s+)?(this|next)?\s*month\b|\beom\b"
        r"|\b(?:(this|next)\s+)?month[- ]?end\b"
        r"(?![- ](?:clos|reconcil|review|audit|process|report|book))"  # "month-end close": an event
    )
    for m in re.finditer(month_end, text, re.I):  # "by month end" too
        months = 1 if (m[1] or m[2] or "").lower() == "next" else 0
        target = _add_months(base, months, 1)
        add(m, _month_end(target.year, target.month), "en_month_end")
    for m in re.finditer(r"\b(?:early|beginning of|start of)\s+next\s+month\b", text, re.I):
        add(m, _add_months(base, 1, 5), "en_next_month_start")
    for m in re.finditer(
        r"\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(next)\s+)?week|eow)\b", text, re.I
    ):
        friday = _week_day(base, 4, 1 if m[1] else 0)
        add(m, friday if friday >= base else _week_day(base, 4, 1), "en_week_end")
    for m in re.finditer(
        # not "the 3rd Thursday" (of every month)
        # nor "on a Wednesday", "every second Friday": no day
        rf"(?<!every )(?<!other )(?<!second )(?<!third )(?<!alternate )(?<!\ba\s)"
        rf"(?<!\d(?:st|nd|rd|th)\s)\b({EN_FULL_WD_RE})\b",
        text,
        re.I,
    ):
        add(m, _next_on_or_after(base, EN_WEEKDAYS[m[1].lower()]), "en_bare_weekday")
    for m in re.finditer(rf"\b({EN_WD_RE})'s\b", text, re.I):
        add(m, _next_on_or_after(base, EN_WEEKDAYS[m[1].lower()]), "en_weekday_possessive")
    for m in re.finditer(
        r"(?:圣诞节?|聖誕節?|耶誕節?|\b(?:christmas|xmas)\b)(?=\s*(?:前(?![后後])|之前|以前))"
        r"|\bbefore (?:christmas|xmas)\b|\b(?:christmas|xmas) eve\b|平安夜",
        text,
        re.I,
    ):
        add(m, date(base.year, 12, 24), "christmas_eve")
    for m in re.finditer(
        r"\bnew year'?s eve\b|\b(?:before|by) (?:the )?new year\b(?!'s day)", text, re.I
    ):
        add(m, date(base.year, 12, 31), "year_end")  # as 元旦前: the eve of 1 January
    # "on Monday the 14th": the day of the month says which Monday
    named_day = (  # "Friday 18th" too
        rf"\b(?:(?:on|by|before|until)\s+)?(?:{EN_WD_RE}),?\s+(?:the\s+)?"
        r"(\d{1,2})(?:st|nd|rd|th)\b"
    )
    said_after = (  # "Thursday's pay run — that's the 17th": the day said after the weekday
        rf"\b(?:{EN_WD_RE})(?:'s)?\b[^.;!?\n]{{0,30}}?[—–,(-]\s*(?:that's|that is|i\.e\.?|ie|being)"
        r"\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b"
    )
    for m in re.finditer(
        rf"(?:{named_day}|{said_after})(?!\s+(?:of\s+)?(?:{MONTH_RE})\b)", text, re.I
    ):
        day = int(m[1] or m[2])
        target = _add_months(base, 0, day)
        if target.day == day and target < base:
            target = _add_months(base, 1, day)
        if target.day == day:
            add(m, target, "en_ordinal_day")
    next_week_day = rf"\b(?:(?:by|on|before|until)\s+)?({EN_WD_RE})\s+(?:of\s+)?next\s+week\b"
    for m in re.finditer(next_week_day, text, re.I):
        add(m, _week_day(base, EN_WEEKDAYS[m[1].lower()], 1), "en_weekday_next_week")
    month_end = rf"\bend(?:\s+of\s+|-|\s+)({MONTH_RE})\b|\b({MONTH_RE})[\s-]+end(?:ing)?\b"
    # "end of January", "January end", "end-Jan", and Nigerian English's "January ending"
    for m in re.finditer(month_end, text, re.I):
        month = MONTHS[(m[1] or m[2]).lower()]
        year = base.year if month >= base.month else base.year + 1
        add(m, _month_end(year, month), "en_named_month_end")
    for m in re.finditer(
        r"\b(?:on|by|before|until|till|around|from|after|for"
        r"|next\s+(?:one|run|batch|cycle|pay\s+run|payment\s+run)\s+(?:is|will\s+be|'s)"
        r"|(?:postponed|moved|pushed(?:\s+back)?|deferred|delayed|shifted|rescheduled|scheduled"
        # "on 14th this month" too; a day in words ("on the tenth") only after "the"
        r"|planned|set|booked|slated)\s+to)\s+(?:the\s+)?"
        rf"(?:(\d{{1,2}})(?:st|nd|rd|th)\b|(?<=the\s)({EN_ORDINAL_RE})\b(?={_ORDINAL_ENDS}))"
        rf"(?!\s+(?:of\s+)?(?:{MONTH_RE}|each month|every month|week|weekend|quarter)\b)"
        r"(?!\s+(?:party|parties|floor|time|round|reminder|notice|instal|tranche|payment|generation))"
        # "on the 1st and 3rd Thursday", "the 2nd Tuesday": weekdays of every month, a routine
        rf"(?!\s*(?:(?:and|or|&|,)\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\s+)?(?:{EN_WD_RE})\b)",
        text,
        re.I,
    ):
        day = int(m[1]) if m[1] else EN_ORDINALS[m[2].lower()]
        target = _add_months(base, 0, day)
        if target.day == day and target < base:
            target = _add_months(base, 1, day)
        if target.day == day:
            add(m, target, "en_ordinal_day")
    weeks = (
        rf"\b(?:within|in)\s+(?:the\s+next\s+)?(?:(?:{EN_COUNT}){_EN_TO})?({EN_COUNT}|a)\s+"
        r"(weeks?|months?|fortnight)\b"
    )
    for m in re.finditer(weeks, text, re.I):
        n = 1 if m[1].lower() == "a" else en_int(m[1])
        if m[2].lower() == "fortnight":
            n *= 2
        if m[2].lower().startswith("month"):
            add(m, _add_months(base, n), "en_within_months")
        else:
            add(m, base + timedelta(weeks=n), "en_within_weeks")
    within = (
        rf"\b(?:within|in)\s+(?:the\s+next\s+)?(?:(?:{EN_COUNT}){_EN_TO})?({EN_COUNT})\s+"
        r"(business\s+|working\s+|bank(?:ing)?\s+)?days?\b"
    )
    for m in re.finditer(within, text, re.I):
        days = en_int(m[1])
        target = _add_business_days(base, days) if m[2] else base + timedelta(days=days)
        add(m, target, "en_within_days")
    out: list[DateHit] = []
    for hit in hits:
        if hit.rule in _COUNTS and _from_event(text, hit):
            event = _event_day(text, hit, base)
            if event is None:
                continue  # counted from an event nobody dated: no day
            again = relative_dates(text[hit.start : hit.end], event)
            out += [DateHit(hit.start, hit.end, a.day, hit.rule + FROM_EVENT) for a in again[:1]]
        else:
            out.append(hit)
    return out
