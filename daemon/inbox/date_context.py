"""Days a reply names that are not the day it promises: a reason's time, an event's day, the
start of a pause, a week named by its day, a bill's maturity, a period that only sets the
scene, a day the client says it cannot pay by, a day or period the payment waits for, the last
day of someone's absence, a day whose week is meant ("the same week").

Why apart from :mod:`daemon.inbox.promise_dates`: that module chooses among the days left;
this one says, for one day and the text around it, whether it is a day to choose at all.
Each test is small and names its category (labels.yaml's header gives the conventions).
Pure: text and a :class:`DateHit` in, a yes or no out.
"""

from __future__ import annotations

import re

from daemon.inbox.clauses import CLAUSE_END, SENTENCE_END, end_of, start_of
from daemon.inbox.date_rules import DateHit
from daemon.inbox.our_choice import left_to_us


def not_the_promise(text: str, hit: DateHit) -> bool:
    """True if ``hit`` (found in ``text``, NFKC) names no day the client promises to pay."""
    return (
        _in_reason(text, hit.start)
        or _names_an_event(text, hit)
        and not _extended_to(text, hit)
        or _starts_a_pause(text, hit.end)
        or _WEEK_OF.search(text, max(0, hit.start - 24), hit.start) is not None
        or _matures(text, hit)
        or _sets_the_scene(text, hit)
        and not _extended_to(text, hit)
        or _cannot_pay(text, hit)
        or _office_shut(text, hit)
        or _POSTPONED.search(text, hit.end, end_of(text, hit.end)) is not None
        or _event_not_payment(text, hit)
        or _SAME_WEEK.search(text, hit.end, end_of(text, _next_end(text, hit.end), SENTENCE_END))
        is not None
        or _awaited(text, hit)
        or _MISSED.search(text, max(0, hit.start - 40), hit.start) is not None
        or _back_then(text, hit)
        or _PAID_THEN.match(text, hit.end) is not None
        or hit.rule == "zh_weekday"
        and _WEEKDAY_DONE.match(text, hit.end) is not None
        or _STEP_DONE_THEN.match(text, hit.end) is not None
        or _others_paid(text, hit)
        or _work_deadline(text, hit)
        or left_to_us(text, hit.start)
    )


def _event_not_payment(text: str, hit: DateHit) -> bool:
    """An event's day in English ("after the launch on 10 December") or the end of an absence
    ("on holiday until 14.12"), not tied back to the payment ("until then", "that day")."""
    start = start_of(text, hit.start)
    return (
        _EVENT_ON_EN.search(text, start, hit.start) is not None
        or _MEETING_ON.search(text, start, hit.start) is not None
        or _absent_until(text, hit)
    ) and not _tied_back(text, hit)


_MEETING_ON = re.compile(
    r"\b(?:a|the|our)\s+(?:(?:quick|short|phone|video|zoom|teams)\s+)?"
    r"(?:call|meeting|chat|talk|catch-?up|visit)\s+(?:on\s+|at\s+)?(?:the\s+)?$",
    re.I,
)
"""The day of a call or meeting ("I'd like a call tomorrow about what happened"): the event's,
not the payment's, unless tied back to it ("… and pay then")."""


_MISSED = re.compile(
    r"\bmiss(?:ed|es|ing)?\s+(?:(?:the|our)\s+(?:cut-?off|deadline)\s+(?:for|of)\s+)?(?:the\s+)?$",
    re.I,
)
"""A day missed ("Siobhán missed today's run", "it missed the cutoff for today's run"): a day
not kept; the next run named is the promise."""


_BACK = re.compile(
    r"\s*(?:才|先)?(?:返嚟|返来|返來|返|回来|回來|回公司|回到公司|回国|回國|回廠|回厂|上班)"
    r"(?:咗|了)?\s*(?=[。！？!?；;\n，,]|$)"
)
"""A day followed by someone's return, its clause ending there (佢下礼拜二返。): the last day of
an absence; the payment that waits on it names no day (labels.yaml)."""


def _back_then(text: str, hit: DateHit) -> bool:
    return _BACK.match(text, hit.end) is not None and not _tied_back(text, hit)


_TIED = re.compile(
    r"\b(?:until|till|by|on|after|from) then\b|\b(?:pay|settle|transfer|wire|remit)\w*\s+"
    r"(?:[\w-]+\s+){0,3}?then\b|\b(?:that|the same) day\b"
    r"|即付|即支付|随即|隨即|立即|马上|馬上|当天|當天|那天|那日|届时|屆時",
    re.I,
)
"""Words that put the payment on the event's day ("could you give us until then?", "will
return on 14/1 and make the payment then", 下月初拨款后即付): the day is the payment's."""


def _tied_back(text: str, hit: DateHit) -> bool:
    return (
        _TIED.search(text, hit.end, end_of(text, _next_end(text, hit.end), SENTENCE_END))
        is not None
    )


_EVENT_ON_EN = re.compile(
    r"\b(?:after|following|once|when)\s+(?:the|our|their|its|his|her|my|your)\s+"
    r"(?!(?:payment|transfer|wire|remittance|invoice|due|money|funds|balance|rest)\b)"
    r"(?:(?!(?:pay|paid|pays|settle|transfer|wire|remit|send|sent|release|we|i|you)\b)[\w'-]+\s+){1,4}?"
    r"(?:(?:on|of)\s+(?:the\s+)?)?$",
    re.I,
)
"""An event's day that the payment waits for ("our advance comes only after the Steam launch
on 10 December", "once the board meeting on the 9th approves it"): the event's, not the
payment's; the words tie the payment to the event, not to its day. "until our manager is back
on the 9th" bounds the time asked by that day: it is the day."""
_ABSENT = (
    r"\b(?:on (?:annual |sick |parental |maternity |home )?(?:leave|holiday|vacation)|away"
    r"|out of (?:the )?office|travell?ing|abroad|at sea|off sick|in [A-Z][\w-]+)[^.;!?\n]{0,20}?"
)
_ABSENT_UNTIL = re.compile(_ABSENT + r"\b(?:until|till|til|through|thru)\s+(?:the\s+)?$")
_ABSENT_BEFORE = re.compile(_ABSENT + r"$")
_UNTIL = re.compile(r"(?:until|till|til|through|thru)\b", re.I)


def _absent_until(text: str, hit: DateHit) -> bool:
    """The last day of someone's absence ("our CFO is on holiday until 14.12", "I am in Paris
    until the 9 december", "travelling until the 30th"): the day the absence ends, not a day to
    pay; a payment "at my return" or "when she is back" names no day (labels.yaml)."""
    start = start_of(text, hit.start)
    if _ABSENT_UNTIL.search(text, start, hit.start):
        return True
    return _UNTIL.match(text, hit.start) is not None and bool(
        _ABSENT_BEFORE.search(text, start, hit.start)
    )


_SAME_WEEK = re.compile(
    r"\b(?:(?:in|during|within)\s+)?(?:the same|that(?: same)?) week\b"
    r"|同一周|同一週|同周|当周|當週|那周|那週|那一周|那一週|那个星期|那個星期|那个礼拜|那個禮拜",
    re.I,
)
"""A day the payment is put in the week of ("back on Monday 7 December and the payment will go
out the same week", 14号回来，当周安排): it names the week, no day (as 下周)."""


def _next_end(text: str, at: int) -> int:
    """The end of the sentence after the one holding ``at`` starts: so that "the same week"
    in the next sentence still points back to the day."""
    return min(len(text), end_of(text, at, SENTENCE_END) + 1)


_WAIT_FOR = re.compile(r"(?:等|要等|需要等|得等|等到|待)\s*$")
_THEN_PAY = re.compile(
    r"(?:就|再|才|马上|馬上|立即|立刻|第一时间|第一時間)[^。！？!?；;\n]{0,4}?"
    r"(?:付|支付|给|給|结|結|汇|匯|转|轉|打|安排)"
)
_OUR_PAY = re.compile(r"付|给您|給您|给你|給你|汇给|匯給|转给|轉給|打给|打給")
"""The payment itself (not the money the client waits for: 货款收回来, 拨款下来)."""
_ARRIVED_THEN = re.compile(
    r"\s*(?:到了|到位了|到账了|到帳了|下来了|下來了|回来了|回來了|收到了?)[^。！？!?；;\n]{0,4}?"
    r"(?:就|再|才|马上|馬上|立即|立刻|第一时间|第一時間)"
)


_AWAITED_RULES = frozenset(
    {
        "year_end",
        "zh_month_end",
        "zh_named_month_end",
        "zh_next_month_start",
        "zh_part_of_month",
        "lunar_new_year_eve",
        "holiday_eve",
    }
)
"""Chinese periods (年底, 月底, 下个月初, 月中, 中旬) and a holiday's eve (等过年前鱼卖掉了就给)
that may date what the payment waits for."""
_PAY_WORD = re.compile(r"付|支|汇|匯|转|轉|打款|结|結|到账|到帳|入账|入帳|回款")
"""A payment in the period's own clause (年底前到账 is the payment arriving, a promise)."""
_HABIT = re.compile(r"往年|以往|历年|歷年|每年|往常|通常|一般|照例")
"""Before the period: when the awaited money habitually comes (往年都是12月下旬到账，到了马上付):
its 到账 is that money's, not the payment's."""


def _awaited(text: str, hit: DateHit) -> bool:
    """A period that dates what the payment waits for: 等年底这批货款收回来我们就付 (the
    money comes in at the year's end, the payment after it), 补助款一般年底前到，到了第一时间给您付
    (the subsidy arrives by then): as 年底对账后付款, no day is named for the payment."""
    if hit.rule not in _AWAITED_RULES:
        return False
    rest = text[hit.end : end_of(text, hit.end, SENTENCE_END)]
    clause_end = end_of(text, hit.end)
    if _WAIT_FOR.search(text, start_of(text, hit.start), hit.start):
        pay = _THEN_PAY.search(rest)
        event = rest[: pay.start()] if pay else ""
        return pay is not None and len(_CJK.findall(event)) >= 2 and not _OUR_PAY.search(event)
    arrived = _ARRIVED_THEN.match(text, clause_end + 1)
    return arrived is not None and (
        _PAY_WORD.search(text, hit.end, clause_end) is None
        or _HABIT.search(text, start_of(text, hit.start), hit.start) is not None
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
_EVENT_DONE_AFTER = re.compile(
    r"\s*(?:[^\d\s,.;:!?，。；：！？]{0,6}?)"
    r"(?:上线|上線|开业|開業|开幕|開幕|发布|發布|首发|首發|验收|驗收|审批|審批|开会|開會|发工资|發工資"
    r"|拨款|撥款|放款|回款|完工|竣工|结束|結束|完成)"
    r"(?:之后|之後|以后|以後|后|後)(?!\s*[\d一二两兩三四五六七八九十半])"
)
"""A day followed by an event and 后 (12月10日上线后, 15号验收完成后): the event's day; the payment
comes after it, on no day named (as 年底对账后付款); a count after it (上线后3天内) is
:mod:`date_relative`'s."""
_EXTENDED_TO = re.compile(r"(?:宽限|寬限|缓|緩|拖|宽延|寬延)(?:到|至)\s*$")
"""Time asked up to the period (宽限到明年3月底开季以后): the period bounds the request; the event
after it only says why."""


def _extended_to(text: str, hit: DateHit) -> bool:
    return _EXTENDED_TO.search(text, max(0, hit.start - 6), hit.start) is not None


_HELD_AFTER = re.compile(r"\s*(?:再)?(?:召开|召開|举行|舉行|开会|開會|举办|舉辦|上会|上會)")


def _names_an_event(text: str, hit: DateHit) -> bool:
    """The day is an event's, not the payment's: a period followed by what happens in it
    (年底对账后), a day a meeting is held on (1月中旬召开), or a monthly run that waits for an
    undated condition (收到後…每月25日)."""
    if (
        hit.rule in _PERIOD_RULES
        and _EVENT_AFTER.match(text, hit.end)
        and not _extended_to(text, hit)
    ):
        return True  # 年底对账后付款 (宽限到明年3月底开季以后 asks until the period)
    if _HELD_AFTER.match(text, hit.end):
        return True  # 审批会议延至1月中旬召开: the day a meeting is held, not a payment's
    if _EVENT_DONE_AFTER.match(text, hit.end) and not _tied_back(text, hit):
        return True  # 12月10日上线后才有预算: the launch's day; the payment follows, on no day
    if hit.rule != "monthly_day":
        return False
    start = start_of(text, hit.start, SENTENCE_END)
    return _CONDITION.search(text, start, hit.start) is not None


_PAY_OR_BOUND = re.compile(
    r"付|支|汇|匯|转|轉|打款|打钱|打錢|结清|結清|结款|結款|清|给|給|俾|畀|到账|到帳|安排"
    r"|(?:还|還)(?![没沒未不是在要有得])"  # 还 repays; 还没/还是/还在 are "not yet", "still"
    r"|处理|處理|搞定|一定|肯定|保证|保證|前|为止|為止|左右|办|辦|出款|放款|拨|撥|回款|入账|入帳"
    r"|结算|結算|兑现|兌現|走账|走賬|\b(?:pay|paid|settl|transfer|wire|remit)"
    r"|過數|过数|過到數|找數|入數|轉數",  # Cantonese: 月尾先過到數 pays at the month's end
    re.I,
)
_PARTICLES = re.compile(r"[\s了的吧啦呀啊呢哦嘛喔囉啰]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")


_EVE_RULES = frozenset({"lunar_new_year_eve", "holiday_eve", "christmas_eve"})
_EVE_SCENE = re.compile(
    r"\s*(?:之|以)?前\s*(?:正|都|一般|通常|往往|总|總|一向)?(?:是|属于|屬於)(?!\s*(?:付|支付|打款|结))"
)
"""A holiday's eve said to be a season (春节前是我们出货最忙的时候, 圣诞节前都是旺季): the scene,
not a day (圣诞节前会把钱打过去 is one)."""

_SCENE_EN = re.compile(r"\b(?:is|are|was|were|has been|have been)\s+(?:[a-z-]+\s+){0,2}$", re.I)
"""A period after a state said of something ("the harvest is late this year", "sales were weak
this month"): the season of the reply, as 年底白酒旺季."""


_CROWDED = re.compile(
    r"(?:比较|比較|很|都|特别|特別|非常|太)(?:集中|紧张|緊張|拥挤|擁擠|忙)[\s了的吧啦呀啊呢哦嘛喔]*$"
)
"""A clause that ends by saying its subject is crowded or tight then (年底国库支付比较集中): a
state of the season, even when a payment is its subject."""


_SCENE_CLAUSE_END = re.compile(rf"{CLAUSE_END.pattern}|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
"""A clause end, and a space between Chinese characters: phone-typed chat has no commas
(现在年底经销商的货款还没收回来 下个礼拜三之前给你们打过去), and the scene's clause ends there."""


_NOW_SEASON = re.compile(r"\s*了[\s啊呀嘛吧啦哦喔呢嘞]*")
"""A period word that is its clause, ended by 了 (年底了 / 月底了, "it is the year's end now")."""
_BOUND_BEFORE = re.compile(r"到|至|推|延|缓|緩|拖|等|前|截止|之内|之內")
"""A bound before the period in its clause (缓到年底了, 等到月底了): the period is the payment's."""


def _sets_the_scene(text: str, hit: DateHit) -> bool:
    """A Chinese period word that opens a clause about something else (年底白酒旺季, 最近门店年底
    盘点无闲, 年底压降两金, 年底了 资金紧): the season of the reply, not a day to pay. The clause
    goes on past the period (not 年底吧, 缓到年底) and says nothing of paying or of a bound. A
    holiday's eve only when said to be a season (春节前是…最忙的时候)."""
    if hit.rule in _EVE_RULES:
        scene = _EVE_SCENE.match(text, hit.end)
        return (
            scene is not None
            and _PAY_OR_BOUND.search(text, scene.end(), end_of(text, hit.end)) is None
        )
    if hit.rule not in _PERIOD_RULES:
        return False
    if not _CJK.match(text, hit.end - 1):
        start, end = start_of(text, hit.start), end_of(text, hit.end)
        return (
            _SCENE_EN.search(text, start, hit.start) is not None
            and _PAY_EN.search(text, start, end) is None
        )
    rest = text[hit.end : end_of(text, hit.end, _SCENE_CLAUSE_END)]
    if _NOW_SEASON.fullmatch(rest) and not _BOUND_BEFORE.search(
        text, start_of(text, hit.start, _SCENE_CLAUSE_END), hit.start
    ):
        return True  # 年底了 (it is the year's end now): the season, as 年底白酒旺季
    said = rest[_PARTICLES.match(rest).end() :]  # type: ignore[union-attr]
    if len(_CJK.findall(said)) >= 2 and _CROWDED.search(said):
        return True  # 年底国库支付比较集中: payments said crowded then, the season's state
    return len(_CJK.findall(said)) >= 2 and _PAY_OR_BOUND.search(rest) is None


_CANNOT_PAY = re.compile(
    r"付不(?:出|了|起|到)|(?:无法|無法|没法|沒法|没办法|沒辦法|不能|不可能|难以|難以)"
    r"[^。！？!?；;\n，,]{0,6}?(?:付|支付|处理|處理|安排|打款|汇|匯|转账|轉帳)"
    # Cantonese: 今日冇辦法出
    r"|冇(?:辦法|办法|得)\s*(?:出|畀|俾|付|過數|过数|找數|找数|入數|入数)"
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
    r"|not able to|could not|couldn't|was not|wasn't|were not|weren't)\s+(?:\w+\s+){0,3}?"
    r"(?:pay|settle|transfer|wire|remit|process|(?:be )?(?:made|sent|done|executed|released"
    r"|processed|paid)|go (?:out|through))"
    r"\b[^.;!?\n]{0,30}$",
    re.I,
)
""""We can't pay this Friday", "unable to transfer it by the 10th", "the remittance could not be
made on Monday": as 付不了 after the day."""

_SHUT_EN = re.compile(
    r"\b(?:closes?|closed|shuts?|shut down|re-?opens?|resumes?)\b"
    r"(?!\s+(?:it|this|that|them|the\s+(?:deal|payment|contract|transfer|exchange|wire)))"
    r"(?:\s+[\w-]+){0,5}?"
    r"\s+(?:on|from|until|till)\s*$",
    re.I,
)
_PAY_EN = re.compile(r"\b(?:pay|paid|settl|transfer|wire|remit)", re.I)


def _office_shut(text: str, hit: DateHit) -> bool:
    """The day an office closes or reopens ("the school closes for the holidays on 4 December",
    "finance only reopens on 11 January"): the office's, not a payment's, unless the clause pays.
    Closing a thing ("we can close it until next Friday": the exchange contract, the deal) is
    the payment's step done by then, no office shut (set ZS, session 17)."""
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


_NOT_DONE_ZH = re.compile(
    r"[^。！？!?；;\n，,]{0,6}?(?:没|沒|未)(?:能|有)?(?:打|付|转|轉|汇|匯|支付)(?:成|出去|出|掉)"
)
"""A day right before its failure (上礼拜说的礼拜一打款没打成): a day not kept, as 付不出来."""

_DAY_REFUSED = re.compile(
    r"\s*(?:不中|不行|不成|不得行|唔得|冇得|够呛|夠嗆)\s*(?=[。！？!?；;\n，,]|$)"
)
"""A day turned down right after it (明儿不中，后儿给你们付: "tomorrow won't do"): not the day."""


def _cannot_pay(text: str, hit: DateHit) -> bool:
    return (
        _NOT_DONE_ZH.match(text, hit.end) is not None
        or _DAY_REFUSED.match(text, hit.end) is not None
        or _CANNOT_PAY.search(text, hit.end, end_of(text, hit.end)) is not None
        or _CANNOT_PAY_EN.search(text, start_of(text, hit.start), hit.start) is not None
        or _NOT_DONE_AFTER_EN.match(text, hit.end, end_of(text, hit.end)) is not None
    )


_PAID_THEN = re.compile(
    r"\s*(?:付|支付|打|转|轉|汇|匯|交|结|結)(?:款|账|帳|钱|錢)?(?:的|嘅)(?!话|話)"
)
"""A day said with 是…的 (28号付的是另外一家的款): when a payment was made, past; not a day
promised (28号付的话 is a condition and keeps it)."""


_WEEKDAY_DONE = re.compile(
    r"(?:已经?|已經|就|都)?(?:到账|到帳|到賬|入账|入帳|进账|進賬|收到|到|付|转|轉|汇|匯|打)"
    r"(?:过|過)?(?:了|咗)(?![吗么嗎麼])"
)
"""A bare weekday, then money arrived or sent with 了 (迪拜的钱周五到账了, 礼拜三就转了): the past
week's day, not the coming one a bare weekday resolves to (set ZS, session 17, helper fixzs).
下周五/这周五 are other rules' hits and keep their day."""


_STEP_DONE_THEN = re.compile(
    r"[^。！？!?；;\n，,]{0,6}?(?:已经?|已經)(?:提交|发起|發起|申请|申請|上报|上報|录入|錄入|报批|報批"
    r"|走了?流程)(?:了|咗)?"
)
"""A day that dates a step the client has done (今天网银已经提交了, 昨天已经报批了): the step's
day, past; the payment waits for what follows it (复核完就出去了), on no day named here."""


_OTHERS_PAY_ZH = re.compile(
    r"(?:要|得|需要|必须|必須|还要|還要|都要)\s*(?:付|支付|交|缴|繳|发|發|还|還|结|結)"
    r"(?P<what>[^。！？!?；;\n，,]{0,10}?)"
    r"(?:货款|貨款|工资|工資|薪水|薪资|薪資|奖金|獎金|年终奖|年終獎|税|稅|房租|租金|社保|贷款|貸款|利息)"
)
_OTHERS_PAY_EN = re.compile(
    r"\b(?:have to|has to|must|need to|needs to|got to)\s+pay\s+(?:out\s+)?"
    r"(?:our\s+|the\s+|all\s+)?(?:staff|salar(?:y|ies)|wages|taxe?s?|rent|suppliers?|growers|farmers|bonuses|payroll|loans?)\b",
    re.I,
)
_OURS = re.compile(r"你|您|贵|貴|your?\b", re.I)


def _others_paid(text: str, hit: DateHit) -> bool:
    """A day when the client pays someone else (年底我们要付咖啡豆的货款, "at the end of the
    month we have to pay salaries"): the reason it is short of money, not a day it promises us."""
    start, end = start_of(text, hit.start), end_of(text, hit.end)
    zh = _OTHERS_PAY_ZH.search(text, start, end)
    if zh is not None and not _OURS.search(zh["what"]):
        return True
    return _OTHERS_PAY_EN.search(text, start, end) is not None


_WORK_DONE = re.compile(
    r"\s*(?:之前|以前|前)?(?:[^\d。！？!?；;\n，,]{0,8}?)"
    r"(?:换|換|修|做|装|裝|改|交|送|调|調|弄|补|補|搞|发|發)(?:完|好)"
)
_AFTER_WORK_PAY = re.compile(
    r"(?:完|好)了?(?:以后|以後|之后|之後|后|後)?[^。！？!?\n]{0,12}?"
    r"(?:付|打|转|轉|汇|匯|结|結|给钱|給錢|把钱|把錢)"
)


def _work_deadline(text: str, hit: DateHit) -> bool:
    """The day a piece of work is to be done by, the payment following the work, not the day
    (下礼拜一之前全部换完，换完了我让会计把钱打过去): as 12月10日上线后, no day is named for it."""
    work = _WORK_DONE.match(text, hit.end)
    if work is None or _PAY_WORD.search(text, hit.end, work.end()):
        return False
    after = end_of(text, work.end(), SENTENCE_END) + 40  # voice input runs on without stops
    return _AFTER_WORK_PAY.search(text, work.end(), after) is not None
