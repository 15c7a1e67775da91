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

Pure: the person's words (normalised) and the rule signals in, a held
:class:`~daemon.inbox.doubt.Doubt` (a ``promise`` or ``partial_payment``) or None out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
    r"处理好|處理好|弄好|搞定|搞掂|到齐|到齊|交齐|交齊|红冲|紅沖|"
    r"\b(?:fix\w*|repair\w*|correct\w*|replace\w*|credit\s+note|re-?issue\w*|rectif\w*)\b",
    re.I,
)
"""A fix of ours (修好, 整改, 补发, "once fixed", "credit note"): a rest waiting on it is held
for a remedy, the issue's conditional refusal, never a schedule."""
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
    r"不付|不能付|不予支付|暂不|暫不|暂缓|暫緩|拒付|扣下|扣留|扣住|先不|"
    r"\b(?:won'?t|will\s+not|cannot|can'?t|refuse\s+to)\s+(?:pay|release|settle)\b|"
    r"\b(?:withh[oe]ld\w*|on\s+hold|not\s+(?:\w+\s+)?(?:owed|due|payable))\b|不欠|不该付|不應付",
    re.I,
)
"""The objection's own sentence withholds the payment (暂不支付, "we won't pay", "not owed"): it
bears."""
_PAID_KINDS = ("partial_payment", "paid")


REASONS = ("settled", "other_matter", "cut_applied", "rest_scheduled")
"""Every reason :func:`_reason` gives; the PM's question words each (mail/doubt_texts.py)."""


def _reason(text: str, objection: Signal, paid: bool) -> str | None:
    """Why ``objection`` does not bear on the payment, or None when it may."""
    sentence = sentence_at(text, objection.start)
    if _WITHHOLD.search(sentence) or REMEDY_FIRST.search(sentence):
        return None
    if _OWN_FAULT.search(sentence):
        return "settled"
    if _OTHER_MATTER.search(sentence):
        return "other_matter"
    if _FIX.search(sentence):
        return None
    if _CUT.search(objection.text):
        return "cut_applied"
    rest = _REST.search(clause_at(text, objection.start))
    if not (paid and rest):
        return None
    if not _PAY_LATER.search(sentence[sentence.find(rest[0]) :]):
        return None  # "the remaining 2 000 we do not consider owed": the rest refused, not set
    if _DELIVERY.search(sentence) and not _BY_CONTRACT.search(sentence):
        return None  # the rest held until our feature is live: the corpus's dispute
    return "rest_scheduled"


def aside(text: str, signals: Sequence[Signal], confident: float) -> Doubt | None:
    """The held reading of ``text`` when none of its objection signals bears on the payment
    that a confident paid, partial or promise signal outside them makes or promises."""
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
    reasons = [_reason(text, o, bool(paid)) for o in objections]
    if not payments or None in reasons:
        return None
    words = sentence_at(text, objections[-1].start).strip()
    signal = str(reasons[-1])
    if paid and {"cut_applied", "rest_scheduled"} & set(reasons):
        first = min(paid, key=lambda s: (s.kind != "partial_payment", s.start))
        _, end = around(text, first.start, first.start, SENTENCE_END)
        return Doubt("partial_payment", signal, words, amount=amount_in(text[first.start : end]))
    if promised:
        return Doubt("promise", signal, words, when=sentence_at(text, promised[-1].start))
    return None
