"""What a client's payment waits on from US, read in the whole reply: a remedy of ours or our
bank details. Part of the second reading (:mod:`daemon.inbox.second_reading`), kept apart
because it reads more than paid and dispute: a ``promise``, and a ``resend_request`` that
checks our bank.

Why: a promise pauses the chase without asking anyone. On mail no one tuned the rules for,
the promises read wrong were conditional refusals ("we will pay the net amount once you issue
the credit note", 弄好了尾款马上付: the payment waits on a fix of ours, a possible dispute the
PM must hear about) and bank checks ("our bank wants the CNAPS code before it will release
anything": a question about our account, which is how invoice fraud starts and is never
answered automatically).

Pure: the verdict and the person's words in; (held kind, signal, words) or None out.
"""

from __future__ import annotations

import re

from daemon.inbox.clauses import SENTENCE_END, around

REMEDY_FIRST = re.compile(
    r"(?<!已)(?<!已经)(?<!已經)(?<!都)"
    r"(?:弄好|修好|修复|修復|改好|改完|整改|搞好|搞定|处理好|處理好|解决|解決|达标|達標|调好|調好|"
    r"恢复正常|恢復正常|正常了|正常后|正常後|重新测试|重测|重測|复测|複測|红冲|紅沖|冲红|沖紅|补开|補開|"
    r"重开|重開|整好|修正)"
    r"[^。！？!?\n；;]{0,24}?(?:就|再|才|马上|馬上|即|立即|立刻|后|後|之后|之後|以后|以後)"
    r"[^。！？!?\n；;]{0,8}?(?:付|支付|结|結|打款|放款|转款|轉款|汇款|匯款)|"
    r"\b(?:once|when|if|after|until|till|as\s+soon\s+as|upon|pending|subject\s+to|"
    r"on\s+receipt\s+of)\b"
    r"(?!\s+(?:our|we)\b)"
    r"[^.!?\n;]{0,80}?\b(?:fix(?:ed|es)?|patch(?:ed|es)?|repair(?:ed|s)?|resolved?|rectifi\w*|remed\w+|"
    r"credit\s+note|(?-i:CN)|corrected|revised|amended|re-?test(?:ed|ing)?|works|working|"
    r"work\s+(?:properly|correctly)|correctly|up\s+and\s+running)\b|"
    r"\b(?:the\s+)?net\s+amount\b|\bnet\s+of\s+(?:the\s+)?(?:credit|deduction|penalt)",
    re.I,
)
"""Payment made to wait on a remedy of ours (弄好了尾款马上付, 修好再付, "once the bug is fixed",
"pending the credit note", "pay the net amount"): a conditional refusal, the issue's possible
dispute. Not a remedy already done (已经修好了), nor the contract's own steps (验收, approval),
nor the client's own system ("once our new ERP is up and running")."""
_BANK_DETAIL = re.compile(
    r"户名|戶名|开户行|開戶行|联行号|聯行號|收款人|收款账户|收款帳戶|账户名|帳戶名|银行账号|銀行帳號|"
    r"收款账号|收款帳號|\b(?:CNAPS|SWIFT|BIC|IBAN|routing\s+(?:number|code)|sort\s+code|beneficiary|"
    r"payee|account\s+(?:name|number|holder|details)|bank\s+details)\b",
    re.I,
)
_ASK_US = re.compile(
    r"确认|確認|核实|核實|核对|核對|提供|告知|\b(?:confirm|verify|provide|send|check)\b",
    re.I,
)
"""Our bank details asked for or checked (a bank's new-payee check "before it will release
anything"): a promise that waits on them is a bank question, never answered automatically."""
REQUEST = re.compile(
    r"请|請|麻烦|麻煩|能否|能不能|可否|可不可以|烦请|煩請|劳烦|勞煩|"
    r"\b(?:please|pls|kindly|could\s+you|can\s+you|would\s+you|can\s+we|could\s+we|may\s+we|"
    r"(?:can|could)\s+(?:someone|somebody|anyone|anybody))\b|"
    r"\b(?:we|i)\s+(?:would\s+)?(?:kindly\s+)?(?:ask|request|beg)\s+(?:you|for)\b",
    re.I,
)
"""The reply asks for something in so many words (请, 麻烦, 能否, please, could you, "can
someone", "we ask you to"): the second reading's one request word class."""
_ASKED = re.compile(rf"{REQUEST.pattern}|[?？]|哪|吗|嗎|是否|\b(?:which|whether)\b", re.I)
"""The reply asks us something: a request (:data:`REQUEST`) or a question (?, 哪, 吗, 是否,
which, whether)."""


_BANK_ID = re.compile(
    r"联行号|聯行號|开户行|開戶行|收款行|支行|户名|戶名|"
    r"\b(?:CNAPS|SWIFT|BIC|IBAN|routing\s+(?:number|code)|sort\s+code|beneficiary\s+bank)\b",
    re.I,
)
"""Our bank's own identifiers (联行号, 开户行, SWIFT, IBAN)."""
_CHECKED = re.compile(
    r"准确|準確|正确|正確|一致|同一|是否|核实|核實|核对|核對|确认|確認|只有|哪|"
    r"\b(?:correct|exact|confirm|verify|whether|same|only|which)\b",
    re.I,
)
"""Our bank's identifiers checked, not only asked again (准确的开户行, 是同一个吗, "only the
branch name was given", 选哪一个): a question about our account, not paper to resend."""
_PAYERS = re.compile(
    r"(?:(?:付款|汇款|匯款|转出|轉出|打款)(?:人|方)|付款|我方|我司|我们|我們|本公司|我公司)的?\s*$|"
    r"\b(?:our|remitter'?s?|remitting|payer'?s?|paying|ordering|debit(?:ed)?)"
    r"(?:\s+(?:own|company'?s?|bank'?s?|bank|account'?s?|account))*\s+$",
    re.I,
)
"""The words just before a bank identifier that make it the PAYER's (付款户名, 我方开户行, "our
account name", "the remitter's IBAN"): the client naming its own account so that we can match
the payment asks nothing about ours."""
_PAYEES = re.compile(
    r"贵司|貴司|贵公司|貴公司|贵方|貴方|你们|你們|你司|您|收款|\b(?:your|beneficiary|payee)\b",
    re.I,
)
"""Words that name OUR side (贵司, 收款, "your", "beneficiary"): they end a run of the payer's own
details ("我方户名是…，请确认贵司开户行")."""
_ANY_BANK = re.compile(f"{_BANK_ID.pattern}|{_BANK_DETAIL.pattern}", re.I)


def _sentence(text: str, at: int) -> str:
    """The sentence of ``text`` around position ``at``, stripped."""
    begin, end = around(text, at, at, SENTENCE_END, with_end=True)
    return text[begin:end].strip()


def _ours(text: str, at: int, end: int) -> bool:
    """Whether the bank identifier ``text[at:end]`` is ours, not the payer's own: one named as
    the payer's (付款户名, "our IBAN"), or following one in its sentence with nothing of ours
    named between ("我方开户行是建行，户名…"), is the payer's, given so we can match a payment."""
    begin, _ = around(text, at, at, SENTENCE_END, with_end=True)
    payers, since = False, begin
    for m in _ANY_BANK.finditer(text, begin, end):
        if _PAYEES.search(text[since : m.end()]):
            payers = False
        if _PAYERS.search(text[max(begin, m.start() - 24) : m.start()]):
            payers = True
        since = m.end()
    return not payers


def waits_on_us(kind: str, text: str) -> tuple[str, str, str] | None:
    """(held kind, signal, words) when the ``kind`` reading of ``text`` hides a payment
    waiting on us: a ``promise`` held on a remedy of ours (-> ``dispute``) or on our bank
    details being confirmed (-> ``bank_question``); a ``resend_request`` or ``paid`` that
    checks our bank's identifiers (-> ``bank_question``); else None."""
    if kind in ("resend_request", "paid"):
        for m in _BANK_ID.finditer(text):
            if not _ours(text, m.start(), m.end()):
                continue  # "付款户名是…，麻烦核对": the payer's account given for matching
            sentence = _sentence(text, m.start())
            if _CHECKED.search(sentence) and _ASKED.search(sentence):
                return "bank_question", "bank_checked", sentence
        return None
    if kind != "promise":
        return None
    remedy = REMEDY_FIRST.search(text)
    if remedy:
        return "dispute", "remedy_first", _sentence(text, remedy.start())
    for m in _BANK_DETAIL.finditer(text):
        if not _ours(text, m.start(), m.end()):
            continue
        sentence = _sentence(text, m.start())
        if _ASK_US.search(sentence) and _ASKED.search(text):
            return "bank_question", "bank_check", sentence
    return None
