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
6. no rule read the words: the learned fallback's guess, held for the PM
   (:mod:`daemon.inbox.fallback`); else other;
7. a paid, dispute or promise reading of step 5 is read a second time against the whole of
   the person's words (:mod:`daemon.inbox.second_reading`): a remainder, a payment ahead, a
   hedge, a request beside the objection, a payment waiting on a fix of ours make it a held
   reading the PM is asked about;
8. a paid or dispute reading the learned model confidently reads as another kind is held as
   that kind, the PM asked (:mod:`daemon.inbox.second_opinion`; not with ``learned`` off).

The rules are data (daemon/inbox/rules/: machine.yaml for steps 2 and 4, the language
files for step 5), each with examples and counter-examples that run as tests.
``Classification.rule`` and ``evidence`` name what matched.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any, cast
from zoneinfo import ZoneInfo

from daemon.config.reply_kinds import Kind
from daemon.inbox.bounce import BounceInfo, detect_bounce, ndr_wording
from daemon.inbox.objection_bearing import DATED
from daemon.inbox.parse import InboundMail
from daemon.inbox.promise_dates import (
    SHANGHAI,
    find_promised_date,
    find_return_date,
    names_its_day,
)
from daemon.inbox.quotes import forwarded_words, inline_answers, quotes_a_message, strip_quoted
from daemon.inbox.reading import normalise, quoted_due, read_words
from daemon.inbox.rulebook import Rulebook, machine_rules, rulebook
from daemon.inbox.second_opinion import WATCHED, disagreement
from daemon.inbox.second_reading import DOUBTED, doubt
from daemon.inbox.tense import ahead_of_time, dated_in_past, future_date_near

logger = logging.getLogger(__name__)

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

CONFIDENT = 0.75
"""A reading this sure is acted on alone (rules/common.yaml ``confident`` says the same)."""
MAX_CONSIDERED = 5_000
"""Characters of the person's own words the payment rules read."""
HEDGED = 0.3
"""Confidence of a promise without a day beside a hedge ("说不准"), read as other."""
PAST_DATED = 0.7
"""Confidence of a promise's words whose only date is past, read as paid: the PM confirms."""


_LIST_HEADERS = ("list-post", "list-archive", "list-help", "mailing-list", "x-mailing-list")
_REPLY_SUBJECT = re.compile(r"^\s*(re|aw|sv|antw|回复|回覆|答复|答覆)\s*[:：]", re.I)
_TOKEN = re.compile(r"\[CK-[^\]]+\]")
_POINTS_BELOW = re.compile(
    r"转给你|转发给你|转你|转给您|你看下|你看一下|您看下|您看一下|请看|见下|如下|下面|下方|"
    r"转一下|转发一下|转发(?:[^，。！？\n]{0,8})(?:的|嘅)(?:通知|回复|答复|邮件|意见)|以下是|"
    r"见原(?:邮件|文|信|函)|原(?:邮件|文|函)中的?[红蓝绿]字|[红蓝绿]字部分|"
    r"(?:意见|回复|答复|原话|指示)\s*[:：]\s*$|"
    r"已转(?:交|给)?(?:财务|会计|出纳)|已轉(?:交|給)?(?:財務|會計|出納)|"
    r"轉發俾你|轉俾你|睇下|請看|見下|\bsee (?:below|the (?:reply|answer|email)s? below)|"
    r"\bfyi\b|\bforwarding\b|\bbelow\b|\binline\b",
    re.I,
)
"""Own words that only point at a forwarded message ("财务的回复你看下", "FYI, see below"), or
say it went on to finance above the order forwarded ("已转财务" over the boss's "这笔明天付掉"),
or at answers written into the quote ("Please see inline"),
also in Cantonese written in Simplified ("转发我哋老细嘅意见俾你")."""


_ON_AN_EVENT = re.compile(
    r"\b(?:when|once|as soon as|the moment)\b|(?:到了|到账了|到帳了|回来了|回來了|下来了|下來了)就",
    re.I,
)
"""A promise hung on an event ("When their money arrives we transfer to you", 款到了就付): a day
in the message forwarded below is that event's (the buyer's payment to the client), not ours
(labels.yaml: a day the payment waits for names no day)."""


_WAIT = re.compile(r"more_time:.*(?:[等待候]|patien|bear with)", re.I)
"""Evidence of more time asked as patience (再等等, 耐心等待, 等一等, "kindly bear with us")."""


@dataclass(frozen=True)
class Classification:
    """The meaning of one inbound email for the chase."""

    kind: Kind
    promised_date: date | None = None
    """For promise (and more_time: the day asked for; acceptance: the day promised beside
    it, "验收合格，12月18日付款"): the day named, if any."""
    return_date: date | None = None
    """For auto-replies: the day the person says they are back, if they say so."""
    bounce: BounceInfo | None = None
    rule: str = ""
    evidence: list[str] = field(default_factory=list)
    text_considered: str = ""
    confidence: float = 1.0
    """How sure the reading is (0-1). cuikuan acts alone only at CONFIDENT or above."""
    amount: Decimal | None = None
    """For partial payments: the amount the client says it paid."""

    @property
    def confident(self) -> bool:
        return self.confidence >= CONFIDENT

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (dates as YYYY-MM-DD)."""
        return {
            "kind": self.kind,
            "promised_date": self.promised_date.isoformat() if self.promised_date else None,
            "return_date": self.return_date.isoformat() if self.return_date else None,
            "rule": self.rule,
            "evidence": list(self.evidence),
            "confidence": round(self.confidence, 2),
            "amount": str(self.amount) if self.amount is not None else None,
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


def _search(group: str, text: str) -> tuple[str, str] | None:
    """(rule name, matched words) of the first rule of ``group`` (rules/machine.yaml)."""
    for rule in machine_rules()[group]:
        match = rule.pattern.search(text)
        if match:
            return rule.name, match.group(0)
    return None


def _challenge(mail: InboundMail) -> tuple[str, str] | None:
    diagnostics = " ".join(d.get("diagnostic", "") for d in mail.delivery_status)
    return _search("challenge", f"{mail.subject}\n{diagnostics}\n{mail.text[:5_000]}")


def _is_list_post(mail: InboundMail) -> bool:
    """A mailing-list post (List-Id, List-Post, Mailing-List...): bulk, but not automatic."""
    if mail.list_id or mail.list_unsubscribe or mail.precedence == "list":
        return True
    return any(h in mail.headers for h in _LIST_HEADERS)


def _read_receipt(mail: InboundMail) -> tuple[str, str] | None:
    """An MDN (RFC 8098) or an Outlook-style "Read: ..." / "已读: ..." receipt."""
    if mail.report_type == "disposition-notification":
        return "read-receipt", "report-type=disposition-notification"
    if _search("receipt_subject", mail.subject) and _search("receipt_body", mail.text[:2_000]):
        return "read-receipt", mail.subject[:80]
    return None


def _auto_reply(mail: InboundMail, own_words: str) -> tuple[str, str] | None:
    receipt = _read_receipt(mail)
    if receipt:
        return receipt
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
    if mail.precedence == "auto_reply" or (
        mail.precedence in ("bulk", "junk") and not _is_list_post(mail)
    ):
        return "precedence", f"Precedence: {mail.precedence}"
    subject = _search("subject", mail.subject)
    if subject:
        return "subject:" + subject[0], subject[1]
    body = _search("body", own_words[:1_500])
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
    mail: InboundMail,
    *,
    tz: ZoneInfo = SHANGHAI,
    known_sender: bool = False,
    phrases: tuple[tuple[str, str, str], ...] = (),
    learned: bool = True,
    owed: Decimal | None = None,
) -> Classification:
    """Classify ``mail``. ``known_sender``: the caller matched the sender to a client, so the
    payment rules apply even to a message that is not a reply. ``phrases``: the PM's own
    (kind, language, phrase) from ``settings.replies.phrases``. ``learned``: a reply no rule
    reads gets the learned fallback's guess (always held for the PM), and a paid or dispute
    reading its second opinion (held when it confidently disagrees), as
    ``settings.replies.learned`` says. ``owed``: the least sum that settles the milestone
    the mail is about, from the ledger (:func:`daemon.domain.payments.least_that_settles`);
    a sum said paid below it is a part payment even when the client cut our quoted
    reminder, and it beats the quote's amount, which may be older than a part payment."""
    if mail.unreadable:
        return Classification("other", rule="unreadable", evidence=[mail.reason], confidence=0.0)
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
    if auto and auto[0].startswith("body:") and quotes_a_message(mail.text):
        auto = None  # absence words above a quoted thread: a person wrote them
    if auto and not auto[0].startswith("body:"):
        return _auto(mail, own, auto, tz)
    if not (known_sender or looks_like_reply(mail)):
        if auto:
            return _auto(mail, own, auto, tz)
        return Classification("other", rule="not-a-reply", text_considered=own)
    due = owed if owed is not None else quoted_due(mail.text)
    meaning = _payment_meaning(mail, own, tz, rulebook(phrases), due)
    if meaning is None and _POINTS_BELOW.search(own):
        meaning = _forwarded_meaning(mail, own, tz, rulebook(phrases), due)
    if meaning is not None and meaning.kind != "other":
        # A person's own words beat an auto-reply guessed from wording alone:
        # "I'm travelling, but we will pay by Friday" is a promise.
        doubted = _doubted(_dated_below(mail, own, tz, meaning), rulebook(phrases), mail, tz)
        return _second_opinion(doubted, mail, tz) if learned else doubted
    if auto:
        return _auto(mail, own, auto, tz)
    if meaning is not None:  # "other" with a reason: "我记得付了，我再问问财务" (unsure)
        return meaning
    if learned and looks_like_reply(mail):
        # the model learned from replies to reminders: a known sender's message in no thread
        # of ours (an invoice spam sent from a client's address) is outside what it knows
        from daemon.inbox.fallback_reading import learned_reading  # model loaded on first use

        guessed = learned_reading(mail, own, tz)
        if guessed is not None:
            return Classification(text_considered=own, **guessed)
    return Classification("other", rule="no-rule", text_considered=own, confidence=0.0)


def _auto(mail: InboundMail, own: str, auto: tuple[str, str], tz: ZoneInfo) -> Classification:
    back = find_return_date(f"{mail.subject}\n{own}", mail.date, tz)
    return Classification(
        "auto_reply", return_date=back, rule=auto[0], evidence=[auto[1]], text_considered=own
    )


def _doubted(
    meaning: Classification, book: Rulebook, mail: InboundMail, tz: ZoneInfo
) -> Classification:
    """The second reading (:mod:`daemon.inbox.second_reading`): a paid, dispute or promise
    verdict the rest of the reply speaks against is held, the PM asked; the rule names the doubt
    (``second-reading:paid:remainder``) so the alert can say it. A reading held as a promise
    ("已经同意付款了，本周四之前能付出去") keeps the day of the promise's words."""
    why = doubt(meaning.kind, meaning.evidence, meaning.text_considered, book)
    if why is None:
        return meaning
    day = None
    if why.kind == "promise" and why.signal in DATED:
        # an objection set aside by a promise beside it: only a promise that names its day
        day = find_promised_date(why.when, mail.date, tz)
        if day is None:
            return meaning
    elif why.kind == "more_time":
        # a held request for time keeps a day it names ("Can we move the payment to the Dec 30
        # run instead?"); a count of more days runs from the due day: none
        if names_its_day(meaning.text_considered, why.words, mail.date, tz):
            day = find_promised_date(meaning.text_considered, mail.date, tz, near=[why.words])
    elif why.kind == "promise":
        day = find_promised_date(why.when, mail.date, tz) or find_promised_date(
            meaning.text_considered, mail.date, tz, near=[why.words]
        )
    return replace(
        meaning,
        kind=cast(Kind, why.kind),
        promised_date=day,
        rule=f"second-reading:{meaning.kind}:{why.signal}",
        evidence=[*meaning.evidence, f"{why.signal}: {why.words}"[:200]],
        confidence=min(meaning.confidence, DOUBTED),
        amount=why.amount if why.kind == "partial_payment" else None,
    )


def _second_opinion(meaning: Classification, mail: InboundMail, tz: ZoneInfo) -> Classification:
    """The learned model's second opinion (:mod:`daemon.inbox.second_opinion`): a paid or
    dispute reading it confidently reads as another kind is held as that kind (never as paid
    or dispute), the PM asked; the rule names both readings (``second-opinion:paid->promise``)
    and the evidence ends with the words the model's reading came from. Only a confident
    reading, one cuikuan would act on alone: a held one is already the PM's to answer (a held
    dispute already holds as a possible dispute, "工程款以审定造价为准支付。")."""
    if meaning.kind not in WATCHED or not meaning.confident:
        return meaning
    from daemon.inbox.fallback import packaged_model  # model loaded on first use

    why = disagreement(meaning.kind, meaning.text_considered, packaged_model())
    if why is None:
        return meaning
    day = None
    if why.held_as in ("promise", "more_time"):
        day = find_promised_date(meaning.text_considered, mail.date, tz)
    return replace(
        meaning,
        kind=cast(Kind, why.held_as),
        promised_date=day,
        rule=why.rule,
        evidence=[
            *meaning.evidence,
            f"second opinion: {why.model_kind} (ahead by {why.lead:.2f})",
            f"learned words: {', '.join(why.words)}"[:200],
        ],
        confidence=min(meaning.confidence, DOUBTED),
        amount=meaning.amount if why.held_as == "partial_payment" else None,
    )


def _dated_below(
    mail: InboundMail, own: str, tz: ZoneInfo, meaning: Classification
) -> Classification:
    """A promise without a day whose words point at a message forwarded below ("下面是审批结果，
    出纳这两天付" above an approval with 计划付款日期：2026-12-07): the day written there."""
    if meaning.kind not in ("promise", "more_time") or meaning.promised_date is not None:
        return meaning
    if not _POINTS_BELOW.search(own) or any(_ON_AN_EVENT.search(e) for e in meaning.evidence):
        return meaning
    forwarded = forwarded_words(mail.text)[:MAX_CONSIDERED]
    day = find_promised_date(forwarded, mail.date, tz) if forwarded else None
    if day is None:
        return meaning
    return replace(meaning, promised_date=day, evidence=[*meaning.evidence, f"below: {day}"])


def _forwarded_meaning(
    mail: InboundMail, own: str, tz: ZoneInfo, book: Rulebook, due: Decimal | None
) -> Classification | None:
    """The reading of the answers written inline in the quote ("见下面" or "答复见原邮件中红字
    部分" above 【已付，12月1日建行付出】); else of a message forwarded below own words that only
    point at it ("财务处的答复转给你"): finance's "已经付出去了" is the client's answer."""
    # Answers written into our quoted reminder come first: the quote is no forwarded
    # message of someone else (its bank lines are ours, not a new account).
    inline = inline_answers(mail.text, mail.from_name)
    forwarded = (inline or forwarded_words(mail.text))[:MAX_CONSIDERED]
    meaning = _payment_meaning(mail, forwarded, tz, book, due) if forwarded else None
    if meaning is None or meaning.kind == "other":
        return None
    return replace(
        meaning,
        rule="forwarded:" + meaning.rule,
        text_considered=f"{own}\n\n{forwarded}",
    )


def _payment_meaning(
    mail: InboundMail, own: str, tz: ZoneInfo, book: Rulebook, due: Decimal | None
) -> Classification | None:
    """The reading of the person's words (:mod:`daemon.inbox.reading`), with its date;
    ``due``: the amount owed (the ledger's, else our quoted reminder's)."""
    reading = read_words(own, mail.attachments, book, due=due)
    if reading.kind == "auto_reply" or reading.rule == "no-rule":
        return None
    if reading.kind == "other":
        return Classification(
            "other",
            rule=reading.rule,
            evidence=list(reading.evidence),
            text_considered=own,
            confidence=reading.confidence,
        )
    kind = cast(Kind, reading.kind)
    day: date | None = None
    evidence = list(reading.evidence)
    rule, confidence = reading.rule, reading.confidence
    if kind in ("promise", "more_time"):
        dated = own
        if reading.not_by:  # "上次说的下周一付不了了": that day is the one NOT kept
            dated = normalise(own)
            for words in reading.not_by:
                dated = dated.replace(words, " " * len(words))
        day = find_promised_date(dated, mail.date, tz, near=reading.evidence)
        if kind == "promise" and day is None and reading.hedged:
            # "批下来以后会直接支付，具体时间我也说不准": no day and no certainty; the PM asks.
            kind, rule, confidence = "other", "hedged-promise", min(confidence, HEDGED)
        elif kind == "promise" and day is None and any(_WAIT.match(e) for e in evidence):
            # "拨下来就付，请再等等": no day, and patience asked beside it: a request for time
            # (a reason alone, "预算用完了，春节后再付", leaves the promise a promise).
            kind, rule = "more_time", "undated-promise-asks-time"
        elif (
            kind == "promise" and day is None and dated_in_past(own, evidence, mail.date, tz, book)
        ):
            # "11月30号付的" written on 1 December: a payment made; the PM confirms it.
            kind, rule, confidence = "paid", "promise-past-date", min(confidence, PAST_DATED)
    elif kind == "acceptance" and reading.promised:
        # "验收单已签，财务12月15号前把验收款付掉": the acceptance starts the "N days after"
        # clock and the day promised beside it is kept (decide records both).
        day = find_promised_date("\n".join(reading.promised), mail.date, tz, near=reading.promised)
    elif kind == "paid":
        day = future_date_near(own, reading.evidence, mail.date, tz)
        if day is not None:
            kind, rule, evidence = "promise", "paid-future-date", evidence + [day.isoformat()]
        elif ahead_of_time(own, reading.evidence):
            # "这个周三之前给你付了": the 了 of a payment to be made; its day is the promise's.
            kind, rule = "promise", "paid-ahead-of-time"
            day = find_promised_date(own, mail.date, tz, near=reading.evidence)
    return Classification(
        kind,
        promised_date=day,
        rule=rule,
        evidence=evidence,
        text_considered=own,
        confidence=confidence,
        amount=reading.amount,
    )
