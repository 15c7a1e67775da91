"""Decide what a reply means for the chase: paid, dispute, promise, auto-reply, bounce, other.

Why: cuikuan stops, pauses or keeps chasing depending on what the client answered. This is
a pure function of the parsed mail (and the client's timezone), so it is tested against
real mail and our own cases without any server.

Order, first match wins:

1. unreadable -> other;
2. challenge-response ("add yourself to my Guest List") -> auto_reply, even when wrapped as
   a delivery-status report;
3. bounce (:mod:`daemon.inbox.bounce`), before auto-replies since bounces often carry
   ``Auto-Submitted``;
4. auto-reply: RFC 3834 headers, X-Autoreply/X-Autorespond, Precedence bulk/junk/auto_reply
   (not mailing lists: a message with List-Id/List-Unsubscribe or ``Precedence: list`` is
   not an auto-reply), QQ's headers, auto-reply subjects, an NDR-worded "RE:" answer from an
   ordinary mailbox; auto-reply wording in the body alone ("I am out of the office") only
   counts when step 5 finds no payment meaning;
5. on the person's own words only (:func:`daemon.inbox.quotes.strip_quoted`), and only
   for a reply (In-Reply-To/References, a ``Re:`` subject or our ``[CK-`` token) unless the
   caller says the sender is a known client: dispute, beats everything; then promise; then
   paid (a "paid" statement with a future date is a promise); negated statements ("还没付
   款", "not yet paid", "没有异议") do not count;
6. other.

The rules are data: lists of (name, regex). ``Classification.rule`` and ``evidence`` name
what matched.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal
from zoneinfo import ZoneInfo

from daemon.inbox.bounce import BounceInfo, detect_bounce, ndr_wording
from daemon.inbox.parse import InboundMail
from daemon.inbox.promise_dates import (
    SHANGHAI,
    find_dates,
    find_promised_date,
    find_return_date,
    reference_day,
)
from daemon.inbox.quotes import strip_quoted

logger = logging.getLogger(__name__)

Kind = Literal[
    "paid",
    "partial_payment",
    "promise",
    "more_time",
    "dispute",
    "acceptance",
    "resend_request",
    "bank_question",
    "auto_reply",
    "bounce",
    "other",
]
KINDS: dict[str, str] = {
    "paid": "the client says it paid in full (remittance attached counts)",
    "partial_payment": "the client says it paid part of the amount (amount in evidence)",
    "promise": "the client will pay, with or without a date (promised_date)",
    "more_time": "the client asks for instalments or more time (no commitment yet)",
    "dispute": "the client objects or refuses, even conditionally; the PM decides",
    "acceptance": "the client accepts the work (验收合格 / accepted): starts 'after acceptance'",
    "resend_request": "the client asks for the invoice or our bank details again",
    "bank_question": "the client asks about a change of OUR bank account: fraud risk, PM only",
    "auto_reply": "an automatic answer (vacation, challenge, read receipt): not a person",
    "bounce": "a non-delivery report or delay warning (bounce.permanent tells which)",
    "other": "a person wrote, nothing the chase can act on alone: the PM is asked",
}
"""Every kind a reply can have, with what it means (the scorer and docs use this table)."""
Rules = list[tuple[str, re.Pattern[str]]]

MAX_CONSIDERED = 5_000
"""Characters of the person's own words the payment rules read."""
NEAR = 6
"""How close (in characters) a future date must be to a "paid" statement to make it a promise."""


def _rules(pairs: list[tuple[str, str]]) -> Rules:
    return [(name, re.compile(pattern, re.I)) for name, pattern in pairs]


_PAY_ZH = "付款|支付|付清|转账|轉帳|汇款|匯款|打款|结清|結清"
_MONTH_EN = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_WEEKDAY_EN = "monday|tuesday|wednesday|thursday|friday"

CHALLENGE_RULES = _rules(
    [
        ("waitlisted", r"has been waitlisted|was waitlisted"),
        ("guest-list", r"\bguest list\b"),
        ("not-pre-approved", r"sender not pre-?approved"),
        ("requires-confirmation", r"requires? confirmation\b.{0,120}(visit|click|confirm)"),
        (
            "allowed-list",
            r"add(ed)? (yourself |your address )?to .{0,40}(allowed|approved) (list|senders)",
        ),
        ("protected-by", r"this account is protected by \w+"),
        ("verify-sender", r"(verify|confirm) (that )?you are (a )?(human|real person)"),
        ("challenge", r"challenge[- ]response"),
    ]
)

AUTO_SUBJECT_RULES = _rules(
    [
        ("zh-auto", r"自动回复|自動回覆|自動回复|自动答复|自動答覆|休假"),
        (
            "automatic-reply",
            r"automatic (reply|response)|auto[- ]?reply|autorespons|auto[- ]response",
        ),
        ("auto-prefix", r"^\s*(auto|automatisch|automatique)\s*:"),
        ("out-of-office", r"out of (the )?office|\bOOO\b|away from (the )?office"),
        ("away", r"^\s*(away|on vacation|on leave|vacation)\b"),
        ("de", r"abwesenheitsnotiz|automatische antwort"),
        ("fr", r"réponse automatique"),
        ("es-it-pl", r"respuesta automática|risposta automatica|automatyczna odpowied"),
        ("thank-you", r"^\s*thank you for your (e-?mail|message)"),
    ]
)

AUTO_BODY_RULES = _rules(
    [
        (
            "out-of-office",
            r"\bI('m| am)( currently)? (out of (the )?office|away|on (annual )?leave"
            r"|on vacation|travell?ing)",
        ),
        ("back-on", r"\b(I will be|I'll be) (back|out of (the )?office|returning)\b"),
        ("returning", r"\breturning to the office\b"),
        ("limited-access", r"limited access to (my )?e-?mail"),
        (
            "thank-you-will-respond",
            r"thank(s| you) for (your|you) e-?mail.{0,200}\b(will|shall) "
            r"(respond|reply|get back|endeavou?r|answer)",
        ),
        ("automated", r"this is an? automat(ed|ic) (reply|response|message|notification)"),
        ("no-longer-in-use", r"(inbox|mailbox|address) .{0,60}is no longer (in use|monitored)"),
        ("es-thanks", r"gracias por contactar"),
        ("zh-auto", r"(这是|此为|此邮件为|本邮件为)(一封)?自动回复|自動回覆|您的(来信|邮件)已收到"),
        ("zh-away", r"我(目前|现在)?(正在)?(休假|出差|外出)"),
    ]
)

DISPUTE_RULES = _rules(
    [
        ("zh-objection", r"异议|異議"),
        ("zh-dispute", r"争议|爭議"),
        ("zh-not-accept", r"不认可|不認可|不同意|不接受"),
        (
            "zh-amount-wrong",
            r"金额(不对|有误|错误|不符)|金額(不對|有誤|錯誤|不符)|(账|帳)目?不符|数目不对",
        ),
        ("zh-no-invoice", r"(未|没有?)收到(贵司的|你们的|您的)?发票"),
        ("zh-mismatch", r"不符|不一致"),
        ("zh-quality", r"质量问题|品質問題|質量問題"),
        ("zh-refuse", r"拒绝(付款|支付)|拒付|拒絕(付款|支付)"),
        ("en-dispute", r"\bdisput(e|ing|ed)\b"),
        ("en-disagree", r"\bdisagree"),
        (
            "en-amount-wrong",
            r"\b(incorrect|wrong) (amount|invoice|figure|total)|amount (is|was) (wrong|incorrect)",
        ),
        ("en-invoice-wrong", r"invoice (is|was) (wrong|incorrect)"),
        ("en-not-acceptable", r"\bnot acceptable\b|\bunacceptable\b"),
        ("en-contest", r"\bwe contest\b|\bcontest (this|the)\b"),
        ("en-object", r"\bobject to\b"),
        (
            "en-no-invoice",
            r"(haven't|have not|did not|didn't|never) (yet )?receive[d]? "
            r"(the|your|an|any) invoice",
        ),
        ("en-refuse", r"refuse to pay|will not pay|won't pay"),
    ]
)

PROMISE_RULES = _rules(
    [
        (
            "zh-will-pay",
            r"(会(?![计計议議])|將|将|預計|预计|計劃|计划|准备|準備|争取|爭取|打算)"
            rf"[^。！!？?\n已]{{0,16}}({_PAY_ZH}|付)",
        ),
        ("zh-before-pay", rf"(前|之前|以前|内|內)\s*(安排)?({_PAY_ZH}|付)"),
        (
            "zh-when-pay",
            r"(下周|下週|本周|这周|月底|月初|下个?月|明天|后天|周[一二三四五六日])"
            rf"[^。！!？?\n]{{0,8}}({_PAY_ZH}|付|安排)",
        ),
        (
            "zh-arrange",
            r"(?<!已)(?<!已经)安排(付款|支付)|尽快(付款|支付|安排)|走(付款)?流程|在走流程|审批中|審批中",
        ),
        (
            "en-will-pay",
            r"\b(will|shall|'ll|going to|plan to|intend to|expect to)\s+(be\s+)?"
            r"(pay|paid|settle|settled|transfer|transferred|remit|remitted|wire|wired"
            r"|make (the )?payment|process (the )?payment|arrange (the )?payment)",
        ),
        (
            "en-scheduled",
            r"payment (is |has been )?(scheduled|planned|arranged) for"
            r"|scheduled (the |a )?payment",
        ),
        (
            "en-by-date",
            rf"\bpay(ment)?\b.{{0,30}}\bby (the )?(end of|next|this|{_WEEKDAY_EN}|\d|{_MONTH_EN})",
        ),
        (
            "en-date-only",
            rf"^\s*(by|before|no later than|on)\s+(the\s+)?(end of|next|this|{_WEEKDAY_EN}|\d"
            rf"|{_MONTH_EN})[^\n]{{0,30}}$",
        ),
        ("zh-date-only", r"^\s*(\d{4}年)?\d{1,2}月\d{1,2}[日号]?\s*(之|以)?前\s*[。.!！]?\s*$"),
        (
            "en-processing",
            r"payment is (being )?(processed|in process|in progress)|in (the )?payment (run|queue)",
        ),
    ]
)

PAID_RULES = _rules(
    [
        ("zh-paid", rf"已经?({_PAY_ZH}|付过|付了|转款|汇出|匯出|付)"),
        ("zh-arranged", rf"已经?安排(了)?({_PAY_ZH})"),
        ("zh-paid-on", rf"已(于|於|在)[^。！!？?\n]{{0,12}}({_PAY_ZH}|汇出|匯出|付)"),
        (
            "zh-funds-sent",
            r"(款项?|款項|货款|費用|费用)(已经?|業已|业已)"
            r"(支付|付|汇出|匯出|转出|轉出|到账|打过去|结清)",
        ),
        ("zh-done", r"付款(已)?完成|支付(已)?完成|转账(已)?完成|已完成(付款|支付|转账)"),
        ("zh-receipt", r"(付款|转账|汇款)(凭证|回单|水单|截图)"),
        (
            "en-have-paid",
            r"\b(we|i)\s*(have|'ve)?\s*(already |now |just )?(paid|settled|remitted|wired)\b",
        ),
        (
            "en-been-paid",
            r"\b(has|have) (now |already |just )?been (paid|settled|remitted|wired|transferred)",
        ),
        (
            "en-payment-made",
            r"\bpayment (has been |was |is )?"
            r"(made|sent|completed|processed|remitted|done|effected)\b",
        ),
        ("en-paid-when", r"\bpaid (today|yesterday|this morning|in full|on)\b"),
        (
            "en-transferred",
            r"\b(transferred|wired|remitted)\b.{0,40}"
            r"\b(payment|amount|money|funds|usd|rmb|cny|eur|balance|sum|invoice)"
            r"|\b(payment|amount|money|funds|balance|sum)\b.{0,20}\b(transferred|wired|remitted)\b",
        ),
        (
            "en-remittance",
            r"remittance (advice|slip|copy|sent|confirmation)|proof of payment"
            r"|payment (proof|confirmation|receipt)|bank (slip|transfer receipt)",
        ),
    ]
)

NEGATION_BEFORE = re.compile(
    r"(还没有?|還沒有?|尚未|并未|並未|没有|沒有|未|没|沒|无|無|不是"
    r"|\bnot\b|n't|\bnever\b|\bno\b|\byet to\b)[^。，,.;；!?！？\n]{0,4}$",
    re.I,
)
NEGATION_AFTER = re.compile(r"^[^。，,.;；!?！？\n]{0,12}\b(yet|not)\b", re.I)
CONDITIONAL_BEFORE = re.compile(r"(如有|如果有?|若有|假如|\bif (you|there)\b.{0,20})$", re.I)

_REPLY_SUBJECT = re.compile(r"^\s*(re|aw|sv|antw|回复|回覆|答复|答覆)\s*[:：]", re.I)
_TOKEN = re.compile(r"\[CK-[^\]]+\]")


@dataclass(frozen=True)
class Classification:
    """The meaning of one inbound email for the chase."""

    kind: Kind
    promised_date: date | None = None
    return_date: date | None = None
    """For auto-replies: the day the person says they are back, if they say so."""
    bounce: BounceInfo | None = None
    rule: str = ""
    evidence: list[str] = field(default_factory=list)
    text_considered: str = ""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as YYYY-MM-DD)."""
        return {
            "kind": self.kind,
            "promised_date": self.promised_date.isoformat() if self.promised_date else None,
            "return_date": self.return_date.isoformat() if self.return_date else None,
            "rule": self.rule,
            "evidence": list(self.evidence),
            "bounce": None
            if self.bounce is None
            else {
                "permanent": self.bounce.permanent,
                "recipients": list(self.bounce.recipients),
                "status": self.bounce.status,
                "evidence": list(self.bounce.evidence),
                "original_message_id": self.bounce.original_message_id,
            },
            "text_considered": self.text_considered,
        }


def _search(rules: Rules, text: str) -> tuple[str, str] | None:
    for name, pattern in rules:
        match = pattern.search(text)
        if match:
            return name, match.group(0)
    return None


def _affirmative(rules: Rules, text: str) -> list[tuple[str, str, int, int]]:
    """(rule, matched text, start, end) for every match not negated or conditional."""
    found: list[tuple[str, str, int, int]] = []
    for name, pattern in rules:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 12) : match.start()]
            after = text[match.end() : match.end() + 14]
            if NEGATION_BEFORE.search(before) or CONDITIONAL_BEFORE.search(before):
                continue
            if name.startswith("en-") and NEGATION_AFTER.match(after):
                continue
            found.append((name, match.group(0), match.start(), match.end()))
    return found


def _challenge(mail: InboundMail) -> tuple[str, str] | None:
    diagnostics = " ".join(d.get("diagnostic", "") for d in mail.delivery_status)
    return _search(CHALLENGE_RULES, f"{mail.subject}\n{diagnostics}\n{mail.text[:5_000]}")


def _auto_reply(mail: InboundMail, own_words: str) -> tuple[str, str] | None:
    if mail.auto_submitted and mail.auto_submitted.split(";")[0].strip() != "no":
        return "auto-submitted", f"Auto-Submitted: {mail.auto_submitted}"
    for rule, value in (
        ("x-autoreply", mail.x_autoreply),
        ("x-autorespond", mail.x_autorespond),
        ("x-qq-auto-reply", mail.x_qq_auto_reply),
    ):
        if value and value.strip().lower() not in ("no", "false", "0"):
            return rule, value
    ndr = ndr_wording(mail)
    if ndr:
        return "ndr-worded-auto-response", " ".join(ndr)
    is_list = bool(mail.list_id or mail.list_unsubscribe)
    if mail.precedence == "auto_reply" or (mail.precedence in ("bulk", "junk") and not is_list):
        return "precedence", f"Precedence: {mail.precedence}"
    subject = _search(AUTO_SUBJECT_RULES, mail.subject)
    if subject:
        return "subject:" + subject[0], subject[1]
    body = _search(AUTO_BODY_RULES, own_words[:1_500])
    if body:
        return "body:" + body[0], body[1]
    return None


def looks_like_reply(mail: InboundMail) -> bool:
    """In a thread: In-Reply-To/References, a ``Re:``-style subject, or our ``[CK-`` token."""
    return bool(
        mail.in_reply_to
        or mail.references
        or _REPLY_SUBJECT.match(mail.subject)
        or _TOKEN.search(mail.subject)
    )


def classify(
    mail: InboundMail, *, tz: ZoneInfo = SHANGHAI, known_sender: bool = False
) -> Classification:
    """Classify ``mail``. ``known_sender``: the caller matched the sender to a client, so the
    payment rules apply even to a message that is not a reply."""
    if mail.unreadable:
        return Classification("other", rule="unreadable", evidence=[mail.reason])
    own = strip_quoted(mail.text)[:MAX_CONSIDERED]

    challenge = _challenge(mail)
    if challenge:
        return Classification(
            "auto_reply",
            rule="challenge:" + challenge[0],
            evidence=[challenge[1]],
            text_considered=own,
        )
    bounce = detect_bounce(mail)
    if bounce is not None:
        return Classification(
            "bounce",
            bounce=bounce,
            rule="bounce",
            evidence=list(bounce.evidence),
            text_considered=own,
        )
    auto = _auto_reply(mail, own)
    if auto and not auto[0].startswith("body:"):
        return _auto(mail, own, auto, tz)
    if not (known_sender or looks_like_reply(mail)):
        if auto:
            return _auto(mail, own, auto, tz)
        return Classification("other", rule="not-a-reply", text_considered=own)
    meaning = _payment_meaning(mail, own, tz)
    if meaning is not None:
        # A person's own words beat an auto-reply guessed from wording alone:
        # "I'm travelling, but we will pay by Friday" is a promise.
        return meaning
    if auto:
        return _auto(mail, own, auto, tz)
    return Classification("other", rule="no-rule", text_considered=own)


def _auto(mail: InboundMail, own: str, auto: tuple[str, str], tz: ZoneInfo) -> Classification:
    back = find_return_date(f"{mail.subject}\n{own}", mail.date, tz)
    return Classification(
        "auto_reply", return_date=back, rule=auto[0], evidence=[auto[1]], text_considered=own
    )


def _payment_meaning(mail: InboundMail, own: str, tz: ZoneInfo) -> Classification | None:
    """dispute > promise > paid (a paid statement next to a future date is a promise)."""
    disputes = _affirmative(DISPUTE_RULES, own)
    if disputes:
        return Classification(
            "dispute", rule=disputes[0][0], evidence=[m[1] for m in disputes], text_considered=own
        )
    promises = _affirmative(PROMISE_RULES, own)
    paid = _affirmative(PAID_RULES, own)
    if promises:
        return Classification(
            "promise",
            promised_date=find_promised_date(own, mail.date, tz),
            rule=promises[0][0],
            evidence=[m[1] for m in promises + paid],
            text_considered=own,
        )
    if paid:
        future = _future_date_near(own, paid, mail, tz)
        if future is not None:
            return Classification(
                "promise",
                promised_date=future,
                rule="paid-future-date",
                evidence=[m[1] for m in paid] + [future.isoformat()],
                text_considered=own,
            )
        return Classification(
            "paid", rule=paid[0][0], evidence=[m[1] for m in paid], text_considered=own
        )
    return None


def _future_date_near(
    text: str, matches: list[tuple[str, str, int, int]], mail: InboundMail, tz: ZoneInfo
) -> date | None:
    """A date after the message's day within a few characters of a "paid" statement.

    "12月5日已付款" written on 1 December is a promise; "已付款，请下周五前发货" is not.
    """
    sent_day = reference_day(mail.date, tz)
    if sent_day is None:
        return None
    for hit in find_dates(text, sent_day):
        if hit.day <= sent_day:
            continue
        for _name, _text, start, end in matches:
            if hit.end >= start - NEAR and hit.start <= end + NEAR:
                return hit.day
    return None
