"""The words of a PM question about a doubted reading (:mod:`daemon.inbox.second_reading`).

Why: a reply the rules read as paid, dispute or promise, held because the rest of it speaks against
that, must tell the PM what cuikuan suspects ("looks like paid, but mentions a remainder")
and which one-word answer fits, not only "nothing cuikuan can act on alone". Kept apart from
:mod:`daemon.mail.alert_texts` (already long) and from the decision, so the wording is
reviewed in one place.
"""

from __future__ import annotations

PREFIX = "second-reading:"
"""How a doubted reading's rule starts: ``second-reading:<read as>:<signal>``."""
DOUBTED_DISPUTE = PREFIX + "dispute:"
"""A dispute reading doubted: still held as a possible dispute until the PM answers."""
OPINION = "second-opinion:"
"""How a reading held by the learned model's second opinion starts
(:mod:`daemon.inbox.second_opinion`): ``second-opinion:paid->promise``."""
OPINED_DISPUTE = OPINION + "dispute->"
"""A dispute reading the model reads otherwise: still held as a possible dispute."""

_LOOKED = {
    "en": {
        "paid": "paid",
        "dispute": "a dispute",
        "promise": "a promise to pay",
        "resend_request": "a request to resend",
        "partial_payment": "a partial payment",
        "more_time": "a request for more time",
        "acceptance": "an acceptance",
        "bank_question": "a question about our bank account",
        "other": "something else",
    },
    "zh": {
        "paid": "已付款",
        "dispute": "异议",
        "promise": "承诺付款",
        "resend_request": "要求补发",
        "partial_payment": "部分付款",
        "more_time": "请求延期",
        "acceptance": "验收",
        "bank_question": "询问收款账户",
        "other": "其他内容",
    },
}
_WHY = {
    "en": {
        "remainder": "mentions a remainder",
        "ahead": "mentions a payment still to come",
        "hedge": "is not sure of it",
        "someone_else": "hands the payment to someone else",
        "request_kind": "also asks us for something",
        "own_step": "only says its own payment is not made yet",
        "asks_leave": "asks leave rather than refuses",
        "paper_form": "only asks for the paper in another form (original, stamped, PO number)",
        "part_first": "promises a first part and ties only the rest to a later step",
        "corrected": "takes back what it said before: not paid, or the payment still to come",
        "promised": "also promises a payment still to come",
        "decided": "only says the payment was agreed or signed off",
        "future": "says the payment will be made, not that it was",
        "not_paid": "says a payment is not made yet",
        "good_verdict": "names a defect beside a good verdict (fixed, works)",
        "promised_anyway": "names a defect, but promises the payment in another sentence",
        "help_asked": "names a defect and asks for help, not about the payment",
        "fault_report": "reports a fault and names no payment",
        "handed_on": "only says it was passed to their finance",
        "remedy_first": "makes the payment wait on a fix or a credit of ours",
        "bank_check": "waits on our bank details being confirmed",
        "bank_checked": "checks our bank's codes",
        "settled": "names a mistake the writer says was their own, and pays",
        "other_matter": "objects to another contract's matter, and pays this one",
        "cut_applied": "pays around an audit's cut of the amount",
        "rest_scheduled": "pays a part and sets the rest on the contract's own step",
        "promised_beside": "objects to something, but promises the payment on a day of its own",
    },
    "zh": {
        "remainder": "提到还有余款",
        "ahead": "提到还有款要付",
        "hedge": "语气并不确定",
        "someone_else": "付款交给了别人",
        "request_kind": "同时向我们提出请求",
        "own_step": "说的只是对方自己的付款还没办完",
        "asks_leave": "是在征询而不是拒绝",
        "paper_form": "要的只是另一种形式的单据（原件、盖章、订单号）",
        "part_first": "先付一部分，只有余款要等后续步骤",
        "corrected": "更正了之前的说法：款还没付或还要再付",
        "promised": "同时承诺了一笔还要付的款",
        "decided": "说的只是同意或批准付款",
        "future": "说的是将来的付款",
        "not_paid": "说有款还没付",
        "good_verdict": "提到的问题旁边是正面结论（已修复、正常）",
        "promised_anyway": "提到问题，但另一句承诺了付款",
        "help_asked": "提到问题并请求技术支持，没有说到付款",
        "fault_report": "只是反映问题，没有说到付款",
        "handed_on": "只是说已转交对方财务",
        "remedy_first": "付款要等我们先整改、补救或出红字",
        "bank_check": "付款要等我们确认收款账户信息",
        "bank_checked": "在核对我们的收款银行信息",
        "settled": "提到的错误对方说是自己的，并且付款",
        "other_matter": "异议针对的是另一份合同，这一笔照付",
        "cut_applied": "按审计核减后的金额付款",
        "rest_scheduled": "先付一部分，余款按合同约定的节点支付",
        "promised_beside": "提出了异议，但同时承诺了具体的付款日期",
    },
}
_HINT = {
    "en": {
        "paid": " If it all arrived, answer 'paid'; for the part that did, 'paid AMOUNT'.",
        "dispute": " If it is an objection, answer 'dispute'; if not, 'resume'.",
        "promise": " If it is an objection, answer 'dispute'; if not, 'resume'.",
    },
    "zh": {
        "paid": "如已全额到账，回复 paid；只到了一部分，回复 paid 金额。",
        "dispute": "如确有异议，回复 dispute；否则回复 resume。",
        "promise": "如确有异议，回复 dispute；否则回复 resume。",
    },
}


def doubt_texts(rule: str, words: str, language: str) -> tuple[str, str] | None:
    """(reading, details) for the PM question about a reading whose ``rule`` is a doubt
    (``second-reading:paid:remainder``), with the client's ``words`` that raised it; None
    for any other rule. A second opinion's (``second-opinion:paid->promise``) names both
    readings and the words the model's came from."""
    if rule.startswith(OPINION):
        return _opinion_texts(rule, words, language)
    if not rule.startswith(PREFIX):
        return None
    read_as, _, signal = rule.removeprefix(PREFIX).partition(":")
    lang = language if language in _LOOKED else "en"
    looked = _LOOKED[lang].get(read_as, read_as)
    why = _WHY[lang].get(signal, signal)
    words = (words.partition(": ")[2] or words).rstrip(".。 ")
    if lang == "zh":
        return f"看似{looked}，不过{why}", f"依据：“{words}”。{_HINT[lang].get(read_as, '')}"
    return (
        f"looks like {looked}, but {why}",
        f" Its words: “{words}”.{_HINT[lang].get(read_as, '')}",
    )


def _opinion_texts(rule: str, words: str, language: str) -> tuple[str, str]:
    """(reading, details) for a reading the rules and the learned model read differently."""
    read_as, _, held_as = rule.removeprefix(OPINION).partition("->")
    lang = language if language in _LOOKED else "en"
    looked, model = (_LOOKED[lang].get(k, k) for k in (read_as, held_as))
    words = (words.partition(": ")[2] or words).rstrip(".。 ")
    hint = _HINT[lang].get(read_as, "")
    if lang == "zh":
        return f"规则读作{looked}，学习模型却读作{model}", f"模型依据：“{words}”。{hint}"
    return (
        f"the rules read {looked}, but the learned model reads {model}",
        f" The model's words: “{words}”.{hint}",
    )
