"""Days a reply names that are not the day it promises: a reason's time, an event's day, the
start of a pause, a week named by its day, a bill's maturity, a period that only sets the
scene, a day the client says it cannot pay by.

Why apart from :mod:`daemon.inbox.promise_dates`: that module chooses among the days left;
this one says, for one day and the text around it, whether it is a day to choose at all.
Each test is small and names its category (labels.yaml's header gives the conventions).
Pure: text and a :class:`DateHit` in, a yes or no out.
"""

from __future__ import annotations

import re

from daemon.inbox.clauses import SENTENCE_END, end_of, start_of
from daemon.inbox.date_rules import DateHit


def not_the_promise(text: str, hit: DateHit) -> bool:
    """True if ``hit`` (found in ``text``, NFKC) names no day the client promises to pay."""
    return (
        _in_reason(text, hit.start)
        or _names_an_event(text, hit)
        or _starts_a_pause(text, hit.end)
        or _WEEK_OF.search(text, max(0, hit.start - 24), hit.start) is not None
        or _matures(text, hit)
        or _sets_the_scene(text, hit)
        or _cannot_pay(text, hit)
        or _office_shut(text, hit)
        or _POSTPONED.search(text, hit.end, end_of(text, hit.end)) is not None
    )


_REASON = re.compile(r"\s*(?:因为|因為|因|由于|由於|鉴于|鑑於)(?![此而])")
"""A clause that gives a reason ("因年底资金较紧，能否分两期"): its time is not the day asked."""


def _in_reason(text: str, at: int) -> bool:
    return _REASON.match(text, start_of(text, at)) is not None


_INSTRUMENT = re.compile(r"汇票|匯票|票据|票據|承兑|承兌|\bbills? of exchange\b|\bdrafts?\b", re.I)
MATURITY = re.compile(
    r"(?:到期日?|兑付日|承兑日|\bmaturity(?: date)?|\bmatur(?:es|ing) on)\s*(?:为|是)?\W{0,3}$",
    re.I,
)
"""Words right before a bill's or a cheque's own date ("到期日2027年6月1日"): when it matures."""


def _matures(text: str, hit: DateHit) -> bool:
    """A bill's maturity (承兑汇票…到期日2027年6月1日): the day the bank pays the holder, not a
    day the client promises."""
    return bool(_INSTRUMENT.search(text)) and MATURITY.search(text, 0, hit.start) is not None


_WEEK_OF = re.compile(r"\bweek (?:of|commencing|starting|beginning)\s+(?:the\s+)?$|\bw/c\s+$", re.I)
"""A day that names its week ("in the week of 14 December"): a week, no day (as 下周)."""
_PAUSE = re.compile(r"暂停|暫停|冻结|凍結|停止|暂缓|暫緩")
"""A pause of payments: "12月15日以后所有付款暂停" names when it starts, not a day to pay."""


def _starts_a_pause(text: str, at: int) -> bool:
    return _PAUSE.search(text, at, end_of(text, at)) is not None


_PERIOD_RULES = frozenset(
    {"year_end", "zh_month_end", "zh_named_month_end", "en_month_end", "en_named_month_end"}
)
_EVENT_AFTER = re.compile(
    r"[^\d\s,.;:!?，。；：！？年月日号號前内內]{1,8}?(?:之后|之後|以后|以後|后|後)"
    r"(?!\s*[\d一二两兩三四五六七八九十半])"
)
"""年底统一对账后付款: the period dates the event (对账), and the payment comes after it, on no
day named; a count after it (对账后3个工作日内) is :mod:`date_relative`'s business."""
_CONDITION = re.compile(
    r"(?:收到|到账|到帳|开票|開票|验收|驗收|审批|審批|签字|簽字|盖章|蓋章|批下来|批下來)"
    r"[^。！？!?；;\n]{0,8}?(?:之后|之後|以后|以後|后|後)"
    r"|\b(?:once|after|when|upon|as soon as)\b[^.!?;\n]{0,40}\b(?:receiv|get|got|approv|sign)",
    re.I,
)
"""An undated condition before a monthly run (收到發票後…每月25日付款): until it holds, the
run's next day is no promise."""
_HELD_AFTER = re.compile(r"\s*(?:再)?(?:召开|召開|举行|舉行|开会|開會|举办|舉辦|上会|上會)")


def _names_an_event(text: str, hit: DateHit) -> bool:
    """The day is an event's, not the payment's: a period followed by what happens in it
    (年底对账后), a day a meeting is held on (1月中旬召开), or a monthly run that waits for an
    undated condition (收到後…每月25日)."""
    if hit.rule in _PERIOD_RULES and _EVENT_AFTER.match(text, hit.end):
        return True
    if _HELD_AFTER.match(text, hit.end):
        return True  # 审批会议延至1月中旬召开: the day a meeting is held, not a payment's
    if hit.rule != "monthly_day":
        return False
    start = start_of(text, hit.start, SENTENCE_END)
    return _CONDITION.search(text, start, hit.start) is not None


_PAY_OR_BOUND = re.compile(
    r"付|支|汇|匯|转|轉|打款|打钱|打錢|结清|結清|结款|結款|清|给|給|俾|畀|还|還|到账|到帳|安排"
    r"|处理|處理|搞定|一定|肯定|保证|保證|前|为止|為止|左右|办|辦|出款|放款|拨|撥|回款|入账|入帳"
    r"|结算|結算|兑现|兌現|走账|走賬|\b(?:pay|paid|settl|transfer|wire|remit)"
    r"|過數|过数|過到數|找數|入數|轉數",  # Cantonese: 月尾先過到數 pays at the month's end
    re.I,
)
_PARTICLES = re.compile(r"[\s了的吧啦呀啊呢哦嘛喔囉啰]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _sets_the_scene(text: str, hit: DateHit) -> bool:
    """A Chinese period word that opens a clause about something else (年底白酒旺季, 最近门店年底
    盘点无闲, 年底压降两金, 年底了 资金紧): the season of the reply, not a day to pay. The clause
    goes on past the period (not 年底吧, 缓到年底) and says nothing of paying or of a bound."""
    if hit.rule not in _PERIOD_RULES or not _CJK.match(text, hit.end - 1):
        return False
    rest = text[hit.end : end_of(text, hit.end)]
    said = rest[_PARTICLES.match(rest).end() :]  # type: ignore[union-attr]
    return len(_CJK.findall(said)) >= 2 and _PAY_OR_BOUND.search(rest) is None


_CANNOT_PAY = re.compile(
    r"付不(?:出|了|起|到)|(?:无法|無法|没法|沒法|没办法|沒辦法|不能|不可能|难以|難以)"
    r"[^。！？!?；;\n，,]{0,6}?(?:付|支付|处理|處理|安排|打款|汇|匯|转账|轉帳)"
)
"""A day followed in its clause by "cannot pay" (12月底实在付不出来, 休假期间无法处理付款): the
day the client says it will NOT pay by; another day named beside it is the promise."""


_POSTPONED = re.compile(
    r"(?<![不没沒别別未])(?:需要|要|得|将|將|会|會)?\s*(?:顺延|順延|推迟|推遲|延期|延后|延後|往后推|往後推"
    r"|推后|推後|改期)|\b(?:(?<!not )(?:is|was|has been|will be|must be|needs to be) )?"
    r"(?<!not )(?:postponed|pushed back|deferred|delayed)\b",
    re.I,
)
"""A day followed in its clause by its postponement (原定本月17日的支付需要顺延, "the payment of 15
December is postponed"): no longer the day; the new one, when named, is another hit."""


_CANNOT_PAY_EN = re.compile(
    r"\b(?:can ?not|can't|cannot|unable to|(?:won't|will not|would not|wouldn't) be able to"
    r"|not able to|could not|couldn't)\s+(?:\w+\s+){0,3}?(?:pay|settle|transfer|wire|remit|process)"
    r"\b[^.;!?\n]{0,30}$",
    re.I,
)
""""We can't pay this Friday", "unable to transfer it by the 10th": as 付不了 after the day."""

_SHUT_EN = re.compile(
    r"\b(?:closes?|closed|shuts?|shut down|re-?opens?|resumes?)\b(?:\s+[\w-]+){0,5}?"
    r"\s+(?:on|from|until|till)\s*$",
    re.I,
)
_PAY_EN = re.compile(r"\b(?:pay|paid|settl|transfer|wire|remit)", re.I)


def _office_shut(text: str, hit: DateHit) -> bool:
    """The day an office closes or reopens ("the school closes for the holidays on 4 December",
    "finance only reopens on 11 January"): the office's, not a payment's, unless the clause pays."""
    start = start_of(text, hit.start)
    return (
        _SHUT_EN.search(text, start, hit.start) is not None
        and _PAY_EN.search(text, start, hit.start) is None
    )


_NOT_DONE_AFTER_EN = re.compile(
    r"[^.;!?\n]{0,30}?\b(?:could not|couldn't|can ?not|can't|was not|wasn't|did not|didn't)"
    r"\s+(?:be\s+)?(?:done|made|paid|sent|processed|executed|completed|go (?:through|out))\b",
    re.I,
)
"""The day before the failure ("on Friday the payment couldn't be done"): a day not kept."""


def _cannot_pay(text: str, hit: DateHit) -> bool:
    return (
        _CANNOT_PAY.search(text, hit.end, end_of(text, hit.end)) is not None
        or _CANNOT_PAY_EN.search(text, start_of(text, hit.start), hit.start) is not None
        or _NOT_DONE_AFTER_EN.match(text, hit.end, end_of(text, hit.end)) is not None
    )
