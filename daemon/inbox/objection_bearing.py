"""Whether the objection words of a ``dispute`` reading bear on THIS payment, read against the
payment the same reply makes or promises. Part of the second reading
(:mod:`daemon.inbox.second_reading`), kept apart because it weighs each objection on its own.

Why: on mail no one tuned the rules for, the largest dangerous category was objection words
beside a payment that they do not withhold, condition or reduce: "发票抬头的事情是我们这边搞错了
……本周五前走支付" (the writer's own mistake, settled), "上周四转的13200是另一份合同的款……上线款
12月15号付" (another contract's payment), "已付19800元，剩余19800元按合同第五条，二店上线后支付"
(the contract's own schedule for the rest), "按审计核减后的金额289,200元付，已列入12月25日的付款
批次" (a cut the writer pays around). Read as a dispute, the client is answered as objecting while
it pays. An objection bears on the payment when it withholds, conditions or reduces it or asks
us to fix something first; it does not when it is settled, is about another matter, or only
sets the rest on the contract's own step.

The safe side: every objection in the reply must be ruled out by one of these reasons, and a
payment made or promised must stand outside all of them; the reading is then held (the PM is
asked, with the reason): a ``promise`` with its day, or a ``partial_payment`` with the amount
paid when a cut or a rest stands beside money paid. A cut or a rest with a fix of ours in its
sentence ("余款修好再付") or a withholding ("暂不付") stays a dispute; a paid reading is never
given back (a paid wrongly read is worse than a dispute held).

Two more ways an objection does not bear (helper hold, session 16, sets ZD/ZE/ZG): a retention
the contract provides for (按合同第九条扣留5%质保金…质保期满后另行支付) is the rest scheduled, not
a withholding; and an objection that neither conditions, reduces nor refuses the payment beside
a promise of the writer's own day in an unconditioned sentence ("专票嘅事系你哋开错咗……财务已经
排咗12月30号付款", "今天付不了，美金还没结汇，下周二付") is that promise (``promised_beside``),
held only when the promise names its day. A contract's term ("验收合格后30日内支付") is no
promise of the writer's, and a charge of ours objected to (违约金, penalty) bears whatever day
the principal is promised for.

Pure: the person's words (normalised) and the rule signals in, a held
:class:`~daemon.inbox.doubt.Doubt` (a ``promise`` or ``partial_payment``) or None out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from daemon.inbox.amounts import sums_in
from daemon.inbox.clauses import SENTENCE_END, around, clause_at, sentence_at
from daemon.inbox.doubt import Doubt
from daemon.inbox.reading import amount_in
from daemon.inbox.rulebook import Signal
from daemon.inbox.second_reading_ours import REMEDY_FIRST

_OWN_FAULT = re.compile(
    r"(?:我们|我們|我方|我司|本公司|我这边|我這邊|咱们|咱們)(?:这边|這邊|那边|那邊|自己)?(?:的)?"
    r"(?:搞错|搞錯|弄错|弄錯|写错|寫錯|填错|填錯|看错|看錯|记错|記錯|失误|失誤|疏忽|责任|責任)|"
    r"怪我们|怪我們|"
    r"\b(?:our|my)\s+(?:own\s+)?(?:mistake|error|fault|oversight)\b|"
    r"\b(?:we|i)\s+(?:made\s+(?:a|an)\s+(?:mistake|error)|got\s+it\s+wrong|mixed\s+(?:it\s+)?up)\b|"
    r"\b(?:mistake|error|fault)\s+(?:was\s+)?on\s+our\s+(?:side|end)\b",
    re.I,
)
"""The objection taken on the writer's own side (发票抬头是我们这边搞错了, "our mistake"):
settled."""
_OTHER_MATTER = re.compile(
    r"另(?:一|外)(?:份|个|個|笔|筆|张|張|单|單)?(?:合同|合約|订单|訂單|项目|項目|发票|發票)|"
    r"(?:别的|別的|其他|其它)(?:合同|合約|订单|訂單|项目|項目|发票|發票)|"
    r"\b(?:another|a\s+different|a\s+separate|the\s+other)\s+"
    r"(?:contract|invoice|order|project|po|purchase\s+order|job)\b",
    re.I,
)
"""Another contract, order or invoice named (13200是另一份合同的款): not this payment's matter."""
_CUT = re.compile(
    r"核减|核減|审减|審減|调减|調減|"
    r"\baudit(?:ed|or'?s?)?\s+(?:cut|deduction|reduction|adjustment)s?\b",
    re.I,
)
"""An audit's cut of our amount (审计核减, "the audit deduction"): the settled sum the writer pays
or promises. Not a deduction the writer makes for a penalty (按合同扣减考核扣款, a withholding:
tests/test_reply_zh_heldout.py keeps it a dispute)."""
_REST = re.compile(
    r"余款|余下|剩下|剩余|其余|另一半|餘款|餘下|剩餘|其餘|尾数|尾數|"
    r"\b(?:the\s+)?(?:balance|rest|remainder|remaining)\b",
    re.I,
)
"""The rest of the amount (剩余19800元, 餘款, "the balance")."""
_FIX = re.compile(
    r"修|改好|改完|整改|返工|重做|重开|重開|补齐|補齊|补发|補發|补开|補開|换货|換貨|解决|解決|"
    r"处理好|處理好|弄好|搞定|搞掂|到齐|到齊|交齐|交齊|红冲|紅沖|更正|重新开|重新開|新(?:的)?(?:发票|發票)|"
    r"\b(?:fix\w*|repair\w*|correct\w*|replace\w*|credit\s+note|re-?issue\w*|rectif\w*|resolv\w*)\b|"
    r"\b(?:issue|problem|bug|fault|defect|error)s?\b[^.;!?\n]{0,20}?\b(?:closed|sorted|cleared|solved)\b",
    re.I,
)
"""A fix of ours (修好, 整改, 补发, "once fixed", "credit note", "after the roster issue is
closed"; a new or corrected invoice for a wrong one, 等新发票到了再付, 更正的发票: set ZS):
a rest waiting on it is held for a remedy, the issue's conditional refusal, never a
schedule."""
_DELIVERY = re.compile(
    r"上线|上線|交付|到货|到貨|交货|交貨|完工|\b(?:deliver\w*|go-?live|going\s+live|launch\w*)\b",
    re.I,
)
"""Our delivery (功能上线, "once the module is delivered"): a rest held on it is an objection
(the corpus's hg009: 剩下的一半要等在线缴费功能上线、验收通过以后再付) unless the contract
itself is cited as the schedule (:data:`_BY_CONTRACT`)."""
_BY_CONTRACT = re.compile(
    r"(?:按|按照|根据|根據|依|依照)(?:合同|合约|合約|协议|協議)|(?:合同|合约|合約|协议|協議)(?:约定|約定|规定|規定|第)|"
    r"\b(?:per|under|according\s+to|as\s+per)\s+(?:the\s+|our\s+)?(?:contract|agreement)\b",
    re.I,
)
"""The contract cited as what sets the rest's day (剩余19800元按合同第五条，二店上线后支付)."""
_PAY_LATER = re.compile(
    r"付|支付|结|結|俾|畀|\b(?:pay|paid|payable|settle\w*|remit\w*|follow\w*|release\w*)\b",
    re.I,
)
"""A payment word for the rest (二店上线后支付, 餘款…再付, "the balance follows"): the rest is set
on a step, not refused ("the remaining 2 000 we do not consider owed")."""
_WITHHOLD = re.compile(
    r"(?<!不是)(?<!并非)(?<!並非)(?<!没说)(?<!沒說)(?<!没有说)(?<!沒有說)不付|不能付|不予支付|暂不|暫不|暂缓|暫緩|拒付|扣下|扣留|扣住|先不|"
    r"\b(?:won'?t|will\s+not|cannot|can'?t|refuse\s+to)\s+(?:pay|release|settle)\b|"
    r"\b(?:withh[oe]ld\w*|on\s+hold|not\s+(?:\w+\s+)?(?:owed|due|payable))\b|不欠|不该付|不應付",
    re.I,
)
"""The objection's own sentence withholds the payment (暂不支付, "we won't pay", "not owed"): it
bears."""
_REFUSED = re.compile(
    r"不会(?:再)?(?:付|支付|转|轉|打款)|不會(?:再)?(?:付|支付|轉|打款)|拒绝|拒絕|不同意(?:付|支付)|"
    r"不予|不認|不认(?:可)?(?:这|這|此|该|該)?(?:笔|筆)?(?:款|费|費)",
    re.I,
)
"""A refusal said outright (不会付, 拒绝支付, 不予认可这笔款): it bears, whatever day follows."""
_RETAINED = re.compile(
    r"(?:扣留|预留|預留|留下|扣下|扣除|扣减|扣減|扣了|扣|留)(?:合同(?:额|額|金额|金額)?的?)?"
    r"(?:\d+(?:\.\d+)?\s*[%％]|百分之[一二三四五六七八九十\d]+)?的?"
    r"(?:质保金|質保金|质量保证金|質量保證金|保修金|保固金|尾保金)|"
    r"\b(?:retain\w*|retention|withh[oe]ld\w*|kept|keep\w*|hold\w*|held)\b[^.;!?]{0,30}"
    r"\b(?:retention|warranty)(?:\s+(?:money|sum|amount|deposit))?\b",
    re.I,
)
"""A retention the contract provides for (按合同第九条扣留5%质保金): money kept on the contract's
own term, paid at the warranty's end; not a withholding by the writer (扣留 alone is one)."""
_RETENTION = re.compile(
    r"质保金|質保金|质量保证金|質量保證金|保修金|保固金|尾保金|\bretention\b", re.I
)
"""The retained sum named: the rest of the payment, set on the warranty's end."""
_CAUSE = re.compile(r"(?:所致|导致|導致|造成|引起|引致)")
"""A fix named as the past cause of a delay (逾期原因系贵司整改所致), not one asked for."""
_REDUCED = re.compile(
    r"扣|减|減|少付|只付|只能付|先付|一半|部分|全款|全额|全額|"
    r"\b(?:deduct\w*|less|minus|short\w*|part\w*|half|withh[oe]ld\w*)\b",
    re.I,
)
"""A reduction or part of the payment (扣, 先付一半, "less the penalty"): a day beside it is no
answer to the objection (it may be the reduced sum's day)."""
_WAITS = re.compile(
    r"前提|收到[^，,。；;！？!?\n]{0,24}(?:后|後|再|才|即)|(?:待|等)[^，,。；;！？!?\n]{0,24}"
    r"(?:后|後|再|才|即)|之后|之後|以后|以後|"
    r"(?:后|後)(?:我们|我們|我司|我方|就|再|才|马上|馬上|立即|立刻|第一时间|第一時間)|"
    r"\b(?:once|when|after|upon|on\s+receipt|pending|provided|subject\s+to|until|till)\b",
    re.I,
)
"""A payment made to wait on a step (在收到合规专票的前提下, 待…后, "once reissued"): a day with it
is conditioned, the objection may be the condition itself."""
_TERM = re.compile(
    r"合同|合约|合約|协议|協議|约定|約定|条款|條款|条件|條件|应|應|须|須|满|滿|才|合格|签发|簽發|"
    r"(?:个|個)?(?:月|天|日|周|週|年|工作日)(?:后|後|内|內|之内|之內|以内|以內)|完成(?:后|後)|"
    r"业主|業主|拨付|撥付|"
    r"\b(?:per|under|contract\w*|agreement|terms?|within|due\s+(?:on|by|in))\b",
    re.I,
)
"""A payment's term, not the writer's promise (按合同验收合格后30日内支付, 应于12月30日前支付,
"payable within 30 days"): the day it gives is the contract's answer to our chase, the reply's
objection (not yet due) stands; nor a third party's payment (业主那边说20号前拨付)."""
_CHARGE = re.compile(
    r"违约|違約|罚|罰|滞纳|滯納|利息|赔偿|賠償|"
    r"\b(?:penalt\w*|interest|late\s+(?:fee|charge|payment\s+charge)s?|surcharge\w*|"
    r"damages|compensation)\b",
    re.I,
)
"""A charge of ours objected to (违约责任, the penalty, interest): an amount disputed, whatever
day the principal is promised for (the corpus's hk160: "We do not agree with penalty. Main amount
will be paid as planned on 28.12." is a dispute, the PM decides)."""
_ASKED = re.compile(r"[?？]|[吗嗎么麼][\s。.!！]*$")
_PAID_KINDS = ("partial_payment", "paid")


REASONS = ("settled", "other_matter", "cut_applied", "rest_scheduled", "promised_beside")
"""Every reason :func:`_reason` gives; the PM's question words each (mail/doubt_texts.py)."""
DATED = ("promised_beside",)
"""Reasons that stand only with a day: the held promise must name one (classify._doubted keeps
the dispute when the promise's words give no day)."""


def _unconditioned(sentence: str, conditions: Sequence[re.Pattern[str]]) -> bool:
    """``sentence`` neither conditions, reduces, refuses nor asks about the payment."""
    return not (
        _WITHHOLD.search(sentence)
        or _REFUSED.search(sentence)
        or REMEDY_FIRST.search(sentence)
        or _REDUCED.search(sentence)
        or _WAITS.search(sentence)
        or _REST.search(sentence)
        or _ASKED.search(sentence)
        or any(c.search(sentence) for c in conditions)
    )


def _beside(
    text: str,
    sentence: str,
    promised: Sequence[Signal],
    conditions: Sequence[re.Pattern[str]],
) -> str | None:
    """``promised_beside`` when the objection's sentence neither conditions, reduces nor refuses
    the payment and a promise of the writer's own stands in an unconditioned sentence
    ("发票抬头有点问题，不过30号会付", "今天付不了，下周二付"): the promise answers the chase;
    its day is checked by the caller (:data:`DATED`)."""
    own = [p for p in promised if not _TERM.search(clause_at(text, p.start))]
    if not own or not _unconditioned(sentence, conditions) or _CHARGE.search(sentence):
        return None
    for promise in own:
        said = sentence_at(text, promise.start)
        if not _unconditioned(said, conditions) or _FIX.search(_without_causes(said)):
            return None  # any promise conditioned ("在收到合规专票的前提下…30日支付"): it bears
    return "promised_beside"


def _without_causes(sentence: str) -> str:
    """``sentence`` with each fix named as a delay's cause (整改所致) taken out."""
    out = sentence
    for m in _FIX.finditer(sentence):
        if _CAUSE.match(sentence, m.end(), m.end() + 6) or _CAUSE.search(
            sentence[m.end() : m.end() + 6]
        ):
            out = out.replace(m[0], "", 1)
    return out


def _reason(
    text: str,
    objection: Signal,
    paid: bool,
    promised: Sequence[Signal] = (),
    conditions: Sequence[re.Pattern[str]] = (),
) -> str | None:
    """Why ``objection`` does not bear on the payment, or None when it may."""
    sentence = sentence_at(text, objection.start)
    kept = _RETAINED.sub("", sentence)
    if _WITHHOLD.search(kept) or REMEDY_FIRST.search(sentence):
        return None
    if _OWN_FAULT.search(sentence):
        return "settled"
    if _OTHER_MATTER.search(sentence):
        return "other_matter"
    if _FIX.search(_without_causes(sentence)):
        return None
    if _CUT.search(objection.text):
        return "cut_applied"
    clause = clause_at(text, objection.start)
    rest = _REST.search(clause) or (_RETAINED.search(clause) and _RETENTION.search(clause))
    if not rest:
        return _beside(text, sentence, promised, conditions)
    if not paid:
        return None
    if not _PAY_LATER.search(sentence[sentence.find(rest[0]) :]):
        return None  # "the remaining 2 000 we do not consider owed": the rest refused, not set
    if _DELIVERY.search(sentence) and not _BY_CONTRACT.search(sentence):
        return None  # the rest held until our feature is live: the corpus's dispute
    return "rest_scheduled"


def aside(
    text: str,
    signals: Sequence[Signal],
    confident: float,
    conditions: Sequence[re.Pattern[str]] = (),
) -> Doubt | None:
    """The held reading of ``text`` when none of its objection signals bears on the payment
    that a confident paid, partial or promise signal outside them makes or promises
    (``conditions``: the rulebook's condition cues, which a promise set aside must not have)."""
    objections = [s for s in signals if s.kind == "dispute"]
    if not objections:
        return None
    payments = [
        s
        for s in signals
        if s.kind in (*_PAID_KINDS, "promise")
        and s.confidence >= confident
        and all(s.end <= o.start or s.start >= o.end for o in objections)
    ]
    paid = [s for s in payments if s.kind in _PAID_KINDS]
    promised = [s for s in payments if s.kind == "promise"]
    reasons = [_reason(text, o, bool(paid), promised, conditions) for o in objections]
    if not payments or None in reasons:
        return None
    words = sentence_at(text, objections[-1].start).strip()
    signal = str(reasons[-1])
    if paid and {"cut_applied", "rest_scheduled"} & set(reasons):
        first = min(paid, key=lambda s: (s.kind != "partial_payment", s.start))
        _, end = around(text, first.start, first.start, SENTENCE_END)
        paid_words = text[first.start : end]
        sums = sums_in(paid_words)
        amount = sums[0].value if sums else amount_in(paid_words)
        return Doubt("partial_payment", signal, words, amount=amount)
    if promised:
        own = [p for p in promised if not _TERM.search(clause_at(text, p.start))] or promised
        return Doubt("promise", signal, words, when=sentence_at(text, own[-1].start))
    return None
