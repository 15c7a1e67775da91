"""Recognise non-delivery reports (bounces) and delay warnings, from any MTA we have seen.

Why: a bounce means the client never read our reminder. A permanent one marks the address
as bad; a delay warning (``permanent=False``) only says the mail is late. Bounces often
carry ``Auto-Submitted: auto-replied`` too, so the classifier tests for a bounce before it
tests for an auto-reply.

The evidence is weighed, not taken alone: a ``delivery-status`` report is enough; an NDR
subject needs a mail-system sender, a null Return-Path or NDR wording in the body; a
mail-system sender needs NDR wording. A person's "your message could not be delivered"
relayed in a human reply is not a bounce, and neither is an NDR-worded answer with a
``RE:`` subject from an ordinary sender (a mailbox's auto-response): see
:func:`ndr_wording`.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field

from daemon.inbox.parse import InboundMail

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class BounceInfo:
    """What a bounce says: for whom delivery failed, and whether it is final."""

    permanent: bool
    """True when the mail system gave up; False for delay warnings (it will retry)."""
    recipients: list[str] = field(default_factory=list)
    status: str = ""
    """The enhanced status code (``5.1.1``, ``4.4.7``) when one was given."""
    evidence: list[str] = field(default_factory=list)
    """Names of the rules that matched, e.g. ``report-type``, ``subject:postfix``."""
    original_message_id: str = ""


_DAEMON_SENDER = re.compile(
    r"^(mailer-daemon|postmaster|poostmaster|mail-daemon|mailerdaemon|mdaemon|"
    r"mail\.?delivery(\.?subsystem)?|bounces?|nobody-bounce)\b",
    re.I,
)

SUBJECT_RULES: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("postfix", r"undelivered mail returned to sender"),
        ("exim", r"mail delivery failed"),
        ("sendmail", r"^\s*returned mail\b|postmaster notify"),
        ("qmail", r"^\s*failure notice\s*$"),
        ("exchange", r"^\s*undeliverable\b|delivery has failed|^\s*undelivered\b"),
        ("dsn", r"delivery status notification|delivery notification|delivery status"),
        ("generic", r"delivery failure|delivery failed|failed mail\b|mail could not be delivered"),
        ("generic", r"mail system error|returned mail|non[- ]?delivery|bounce notification"),
        ("generic", r"could not be delivered|undeliverable|message not delivered"),
        ("delay", r"\bdelayed\b|\(delay\)|delivery delayed|warning: message .* delayed"),
        (
            "delay",
            r"(投递|投遞|发送|發送|邮件|郵件|配信)(延迟|延遲|遅延)"
            r"|delivery deferred|deferred (mail|message)",
        ),
        ("cn", r"退信|系统退信|邮件投递失败|邮件传输失败|投递失败|无法投递|未能送达|退回"),
        ("jp", r"メールエラー|エラー通知|配信エラー|配送エラー|送信できません|届きませんでした"),
        ("ru", r"не доставлено|недоставленное|mail failure"),
        ("fr", r"non recens|non remis.*postmaster|échec de (la )?remise"),
        # A list server refusing our post (LISTSERV, Mailman, Coremail lists): not delivered.
        (
            "list",
            r"rejected posting|posting (was )?rejected|mailing list .{0,60}rejected"
            r"|your message to .{1,60} rejects you|autorisation refus[ée]e|邮件被退回|郵件被退回"
            r"|message distribution: authori[sz]ation denied"
            # Google Groups refusing a post from outside: "Address not found", Auto-Submitted
            r"|^\s*address not found\s*$",
        ),
    )
]

BODY_RULES: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pattern, re.I))
    for name, pattern in (
        ("could-not-deliver", r"could not be delivered|couldn't be delivered|not be delivered"),
        ("unable-to-deliver", r"(unable|wasn't able|was not able|not able) to (be )?deliver"),
        ("delivery-failed", r"delivery (to the following recipients? )?(has )?failed"),
        ("failed-permanently", r"failed permanently|permanent (fatal )?error|permanent failure"),
        ("did-not-reach", r"did not reach the following recipient"),
        ("not-delivered", r"was not delivered to|message not delivered|were not delivered"),
        ("delivery-problems", r"delivery problems|following addresses had"),
        ("rejected", r"rejected (your message|by a remote mail server)"),
        ("unknown-user", r"unknown user|user unknown|no (such|mailbox here)|does not exist"),
        ("mailbox-full", r"mailbox (is )?full|exceeds allowed size|over quota|quota exceeded"),
        ("delayed", r"has been delayed|still awaiting delivery|delivery .* delayed|will retry"),
        (
            "delayed",
            r"(is being|will be) retried|暂时无法投递|暫時無法投遞|(将|將)继续尝试|稍后重试",
        ),
        ("cn", r"邮件无法发送|无法送达|投递失败|退信|未能送达|发送失败"),
        ("jp", r"送信できませんでした|届きませんでした|配信できません|宛先不明"),
        ("ru", r"не может быть доставлено|не доставлено"),
        ("es-pt", r"no pudo ser entregado|nao pode ser enviada"),
        ("error-occurred", r"an error (has )?occurred while (trying|attempting) to deliver"),
        (
            "list-rejected",
            r"not authori[sz]ed to send (mail )?to the .{1,60} list|rejected by the list moderator"
            r"|non-?members are not allowed to post|not allowed to post to this (mailing )?list"
            r"|message (to|for) (the )?list .{1,80} (has been|was) rejected"
            r"|not allowed to send (messages |mail )?to (it|this list)"
            r"|only (list )?(members|subscribers) (may|can) post"
            r"|list is restricted to (its )?(subscribers|members)"
            r"|(may not|don't|do not) have permission to post (messages )?to the group"
            r"|group you tried to contact .{1,60} may not exist"
            r"|seuls les abonn[ée]s peuvent [ée]crire"
            r"|只允许(列表)?成员发信|未被投递|未被投遞",
        ),
        ("delayed", r"(will|shall) (keep|continue) trying|could not be handed over"),
        ("smtp-reply", r"\b[45]\d\d[ -][45]\.\d{1,3}\.\d{1,3}\b"),
    )
]

_DELAY_SUBJECT = re.compile(
    r"\(delay\)|\bdelayed\b|delivery delay|warning: message|delivery status notification \(delay\)"
    r"|延迟|延遲|遅延|verzögert|\bdeferred\b|still trying|temporary (failure|problem)",
    re.I,
)
_DELAY_BODY = re.compile(
    r"this is a warning message only|will (continue|keep) trying|still (be )?(awaiting|trying)"
    r"|has been delayed|has not yet been delivered|delivery attempts will continue"
    r"|暂时无法投递|延迟投递|投递延迟|邮件延迟|稍后(将)?重试|将(会)?继续(尝试|重试)"
    r"|(is|are|will be|being) (re)?tried( again)?|will be retried|retrying|temporar(il)?y"
    r" (deferred|failed|unable|failure|problem)"
    r"|could not (be )?(send|delivered) .{0,40}for the past"
    r"|no need to resend|do not need to resend|配信(が)?遅延|遅延しています|zustellung verzögert"
    r"|verzögert|retardée|retrasad",
    re.I,
)
_REPLY_PREFIX = re.compile(r"^\s*(re|aw|sv|回复|答复)\s*:", re.I)
_STATUS = re.compile(r"(?<![\d.])([245])\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_ADDRESS = re.compile(r"[\w.+'=%-]+@[\w-]+(?:\.[\w-]+)+")
_PERCENT_HACK = re.compile(r"^([^@%]+)%([\w.-]+\.[a-z]{2,})@[\w.-]+$", re.I)
"""``user%domain@relay``: the old source-routing form; the recipient is ``user@domain``."""
_RETURNED_FOR = re.compile(
    r"^[>\s]*received:[^\n]*?\bfor\s+<?([^\s<>;]+@[^\s<>;]+?)>?;", re.I | re.M
)
_RETURNED_TO = re.compile(r"^[>\s]*(?:to|cc)\s*:([^\n]*)$", re.I | re.M)
_SES_BOUNCE = re.compile(r'\\?"notificationType\\?"\s*:\s*\\?"Bounce\\?"')
"""SES's bounce notice, also escaped inside an SNS envelope's "Message" string."""
_SMTP_PREFIX = re.compile(r"^(?:smtp|rfc822)\s*[=:;]\s*", re.I)
_RECIPIENT_LINE = re.compile(
    r"^[ \t]*(?:target mail address|recipient address|original address|failed recipient"
    r"|recipient|收件人地址|收件人)[ \t]*[:：][^\n]*$",
    re.I | re.M,
)
_QUOTED_HEADER = re.compile(r"^\s*(to|cc|bcc|from|sender|reply-to|return-path)\s*:", re.I)
_ORIGINAL_MARKERS = re.compile(
    r"original message|returned message|below this line|copy of (the|your) (original )?message"
    r"|bounced e-?mail\s*:"
    r"|message headers follow|unsent message|原信件|原始邮件|^received:",
    re.I | re.M,
)


def _first_match(rules: list[tuple[str, re.Pattern[str]]], text: str) -> str | None:
    for name, pattern in rules:
        if pattern.search(text):
            return name
    return None


def _notice_text(mail: InboundMail) -> str:
    """The notification part of a bounce: the body up to where the returned message starts."""
    text = mail.text[:20_000]
    marker = _ORIGINAL_MARKERS.search(text)
    return text[: marker.start()] if marker else text


def _dsn_address(value: str) -> str:
    """``user@host`` from a DSN recipient: no ``smtp=``/``smtp:`` prefix, no source route."""
    value = _SMTP_PREFIX.sub("", value.strip().strip("<>"))
    return value.rsplit(":", 1)[-1] if value.startswith("@") else value


def _dsn_recipient(record: dict[str, str]) -> str:
    """The address we sent to: Original-Recipient when it is one (Final-Recipient may be the
    rewritten mailbox, ``@relay:user@ims_daemon``), else Final-Recipient."""
    for field_ in ("original_recipient", "final_recipient"):
        address = _dsn_address(record.get(field_, ""))
        if _ADDRESS.fullmatch(address):
            return address
    return _dsn_address(record.get("final_recipient", ""))


_LIST_ADMIN = re.compile(r"^(?:owner-[^@]+|[^@]+-(?:request|owner))@", re.I)
"""A list's own administrative address ("contact the list owner: sales-request@..."), named in
a list server's refusal: never the address our message went to."""


def _notice_addresses(mail: InboundMail, notice: str) -> list[str]:
    """Addresses named in a bounce without a delivery-status part: those on a recipient
    line ("target mail address:", "Recipient address:") if any, else every address that
    is not ours, a mail system's, or on a quoted header line (To:, Cc:, From:)."""
    labelled = [a for m in _RECIPIENT_LINE.finditer(notice) for a in _ADDRESS.findall(m[0])]
    if labelled:
        return labelled
    ours = {mail.from_addr, *mail.to, *mail.cc}
    lines = [line for line in notice.splitlines() if not _QUOTED_HEADER.match(line)]
    found = [a.lower() for a in _ADDRESS.findall("\n".join(lines)) if a.lower() not in ours]
    return [a for a in found if not _DAEMON_SENDER.match(a) and not _LIST_ADMIN.match(a)]


def _returned_recipients(mail: InboundMail) -> set[str]:
    """Addresses the returned message was sent to (its To/Cc, its Received "for <...>"),
    read from the whole text, quoted with ``>`` or not."""
    text = mail.text[:50_000]
    found = {m[1] for m in _RETURNED_FOR.finditer(text)}
    for m in _RETURNED_TO.finditer(text):
        found.update(_ADDRESS.findall(m[1]))
    return {_normal(a) for a in found}


def _normal(address: str) -> str:
    address = _SMTP_PREFIX.sub("", address.strip("<>.;:")).lower()
    hack = _PERCENT_HACK.match(address)
    return f"{hack[1]}@{hack[2]}" if hack else address


def _recipients(mail: InboundMail, notice: str) -> list[str]:
    found = [_dsn_recipient(d) for d in mail.delivery_status]
    found = [a for a in found if "@" in a]
    if not found and mail.headers.get("x-failed-recipients"):  # Exim names them here
        found = _ADDRESS.findall(mail.headers["x-failed-recipients"])
    if not found:
        found = _notice_addresses(mail, notice)
        # A notice also names contacts and examples ("the standard form is x@llnl.gov"):
        # when some of its addresses are ones the returned message went to, only those.
        returned = _returned_recipients(mail)
        if any(_normal(a) in returned for a in found):
            found = [a for a in found if _normal(a) in returned]
        elif not found:
            # A notice naming no address at all (Google Groups: "the group you tried to
            # contact (payables) may not exist"): the returned message's own To/Cc, less the
            # addresses the notice came to (ours).
            found = sorted(returned - {_normal(a) for a in (*mail.to, *mail.cc)})
    unique: list[str] = []
    for address in map(_normal, found):
        if address and address not in unique:
            unique.append(address)
    return unique


def _status(mail: InboundMail, notice: str) -> str:
    for record in mail.delivery_status:
        if _STATUS.fullmatch(record.get("status", "")):
            return record["status"]
    match = _STATUS.search(notice)
    return match.group(0) if match else ""


def _ses_notice(mail: InboundMail) -> BounceInfo | None:
    """An Amazon SES bounce notification forwarded as JSON (no delivery-status part), as
    such or wrapped by SNS (an email subscription to the topic: the notice is the envelope's
    "Message", a JSON string)."""
    text = mail.text[:50_000]
    if "notificationType" not in text or not _SES_BOUNCE.search(text):
        return None
    start = text.find("{")
    try:
        data = json.loads(text[start : text.rfind("}") + 1])
        if isinstance(data, dict) and isinstance(data.get("Message"), str):
            data = json.loads(data["Message"])
    except ValueError:
        return None
    bounce = data.get("bounce") if isinstance(data, dict) else None
    if not isinstance(bounce, dict):
        return None
    people = [r for r in bounce.get("bouncedRecipients") or [] if isinstance(r, dict)]
    recipients = [str(r.get("emailAddress", "")).lower() for r in people]
    status = next((str(r["status"]) for r in people if r.get("status")), "")
    return BounceInfo(
        permanent=str(bounce.get("bounceType", "")).lower() != "transient",
        recipients=[a for a in recipients if "@" in a],
        status=status,
        evidence=["ses-json"],
        original_message_id=str((data.get("mail") or {}).get("messageId", "")),
    )


def detect_bounce(mail: InboundMail) -> BounceInfo | None:
    """A :class:`BounceInfo` if ``mail`` is a non-delivery report or delay warning, else None."""
    if mail.unreadable:
        return None
    ses = _ses_notice(mail)
    if ses is not None:
        return ses
    evidence: list[str] = []
    strong = False
    if mail.report_type == "delivery-status":
        evidence.append("report-type")
        strong = True
    if mail.delivery_status:
        evidence.append("delivery-status-part")
        strong = True
    local = mail.from_addr.split("@", 1)[0]
    daemon = bool(_DAEMON_SENDER.match(local)) or bool(
        re.search(r"mail delivery (sub)?system|mailer-daemon", mail.from_name, re.I)
    )
    if daemon:
        evidence.append("sender:" + local)
    null_sender = mail.return_path == ""
    if null_sender:
        evidence.append("return-path:<>")
    subject_rule = _first_match(SUBJECT_RULES, mail.subject)
    if subject_rule:
        evidence.append("subject:" + subject_rule)
    if not (strong or daemon or subject_rule):
        return None  # no body wording makes a bounce of a person's mail (is_bounce below)
    notice = _notice_text(mail)
    body_rule = _first_match(BODY_RULES, notice[:5_000])
    if body_rule:
        evidence.append("body:" + body_rule)

    is_reply = bool(_REPLY_PREFIX.match(mail.subject))
    is_bounce = (
        strong
        or (subject_rule is not None and (daemon or null_sender))
        or (subject_rule is not None and body_rule is not None and not is_reply)
        or (daemon and body_rule is not None)
    )
    if not is_bounce:
        return None

    actions = {d.get("action", "") for d in mail.delivery_status} - {""}
    if actions:
        permanent = not actions <= {"delayed", "relayed", "delivered", "expanded"}
    else:
        permanent = not (_DELAY_SUBJECT.search(mail.subject) or _DELAY_BODY.search(notice))
    if not permanent:
        evidence.append("delay")
    info = BounceInfo(
        permanent=permanent,
        recipients=_recipients(mail, notice),
        status=_status(mail, notice),
        evidence=evidence,
        original_message_id=mail.original_message_id,
    )
    logger.debug("bounce detected: permanent=%s evidence=%s", permanent, evidence)
    return info


def ndr_wording(mail: InboundMail) -> list[str]:
    """Bounce rules matched by subject and body, for mail that :func:`detect_bounce` rejected.

    Both matching means an automated "could not be delivered" answer from an ordinary
    mailbox: an auto-response, not a bounce.
    """
    subject_rule = _first_match(SUBJECT_RULES, mail.subject)
    if subject_rule is None:
        return []  # the body is read only for a subject that says so
    body_rule = _first_match(BODY_RULES, _notice_text(mail)[:5_000])
    if body_rule:
        return ["subject:" + subject_rule, "body:" + body_rule]
    return []
