"""Machine-written answers for sets F and G: out-of-office, vacation, read receipts, bounces.

Each builder takes the Reply (who, when, which reminder) and returns the bytes the server or
client really sends: Exchange OOF with its request headers, QQ Mail's vacation prefix, 163's
auto-reply with no marking header, iCloud's VACATION action, RFC 8098 receipts, RFC 3464
bounces from Postfix and Exchange, a Tencent bounce without a delivery-status part, helpdesk
acknowledgements and a mailing-list newsletter. Written blind to the classifier.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from email.utils import format_datetime

from heldout_c_mime import Reply, addr, enc_word, multipart, part
from heldout_c_quote import REMINDER, SUBJECT, ours

Raw = Callable[[Reply], bytes]


def _date(r: Reply, utc: bool = False) -> str:
    d = format_datetime(r.when.astimezone(UTC) if utc else r.when)
    return d.replace("-0000", "+0000")


def _our_headers(r: Reply) -> str:
    on, oa = ours(r)
    s = r.sent
    return (
        f"From: {addr(on, oa)}\r\nTo: {addr(*r.sender)}\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
        f"Date: {format_datetime(s)}\r\nMessage-ID: {r.ck_id}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
    )


def _head(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode()


def oof(text: str, lang: str = "en", auto_submitted: bool = True) -> Raw:
    """Exchange / Outlook out-of-office: prefix, UTC Date, request-suppress headers."""

    def build(r: Reply) -> bytes:
        prefix = {"en": "Automatic reply: ", "zh": "自动答复: ", "zh-Hant": "自動回覆: "}[lang]
        dom = r.sender[1].split("@")[1]
        hs = [
            f"From: {addr(*r.sender)}",
            f"To: {addr(*ours(r))}",
            f"Subject: {enc_word(prefix + SUBJECT[r.thread])}",
            f"Date: {_date(r, utc=True)}",
            f"Message-ID: <{r.h[:32].lower()}@{dom}>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            f"Thread-Topic: {enc_word(SUBJECT[r.thread])}",
            "X-Auto-Response-Suppress: All",
            f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender[1]}",
            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
            "Return-Path: <>",
            "MIME-Version: 1.0",
        ]
        if auto_submitted:
            hs.append("Auto-Submitted: auto-generated")
        return _head(hs) + part("text/plain", "utf-8", "base64", text)

    return build


def vacation(text: str, kind: str) -> Raw:
    """Webmail vacation replies: ``qq`` (HTML only, prefix sentence), ``163``, ``icloud``."""

    def build(r: Reply) -> bytes:
        dom = r.sender[1].split("@")[1]
        subj = SUBJECT[r.thread]
        hs = [f"From: {addr(*r.sender, quoted=kind == 'qq')}", f"To: {addr(*ours(r))}"]
        if kind == "qq":
            hs += [
                f"Subject: {enc_word('自动回复: ' + subj, 'gb18030')}",
                f"Date: {_date(r)}",
                f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
                f"In-Reply-To: {r.ck_id}",
                "X-Mailer: QQMail 2.x",
                "X-QQ-MIME: TCMime 1.0 by Tencent",
                "MIME-Version: 1.0",
            ]
            body = "这是来自QQ邮箱的假期自动回复邮件。<br><br>" + text.replace("\n", "<br>")
            return _head(hs) + part("text/html", "gb18030", "base64", f"<div>{body}</div>")
        if kind == "163":
            hs += [
                f"Subject: {enc_word('自动回复：' + subj, 'GBK')}",
                f"Date: {_date(r)} (CST)",
                f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.{r.h[12:23].lower()}.Coremail.{r.sender[1].split('@')[0]}@{dom}>",
                f"In-Reply-To: {r.ck_id}",
                "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)",
                "MIME-Version: 1.0",
            ]
            return _head(hs) + part("text/plain", "GBK", "base64", text, "\n")
        hs += [
            f"Subject: Auto reply: {enc_word(subj)}",
            f"Date: {_date(r)}",
            f"Message-Id: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@{dom}>",
            f"In-Reply-To: {r.ck_id}",
            "X-Apple-Action: VACATION",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + part("text/plain", "utf-8", "quoted-printable", text)

    return build


def ticket(text: str, subject: str, frm: tuple[str, str]) -> Raw:
    """A helpdesk's acknowledgement: its own address, X-Autoreply, Auto-Submitted."""

    def build(r: Reply) -> bytes:
        dom = frm[1].split("@")[1]
        hs = [
            f"From: {addr(*frm)}",
            f"To: {addr(*ours(r))}",
            f"Subject: {enc_word(subject)}",
            f"Date: {_date(r)}",
            f"Message-ID: <{r.h[:20].lower()}.ticket@{dom}>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Auto-Submitted: auto-replied",
            "X-Autoreply: yes",
            "Precedence: auto_reply",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + part("text/plain", "utf-8", "quoted-printable", text)

    return build


def receipt(lang: str) -> Raw:
    """An Outlook read receipt (RFC 8098 multipart/report)."""

    def build(r: Reply) -> bytes:
        subj = SUBJECT[r.thread]
        s = r.sent.astimezone(UTC)
        if lang == "zh":
            prefix = "已读: "
            human = f"您的邮件\r\n\r\n    收件人: {r.sender[0]}\r\n    主题: {subj}\r\n    发送时间: {s:%Y/%m/%d %H:%M}\r\n\r\n已于 {r.when.astimezone(UTC):%Y/%m/%d %H:%M} 读取。"
        else:
            prefix = "Read: "
            human = f"Your message\r\n\r\n    To: {r.sender[0]}\r\n    Subject: {subj}\r\n    Sent: {s:%A, %B %d, %Y %H:%M} (UTC)\r\n\r\nwas read on {r.when.astimezone(UTC):%A, %B %d, %Y %H:%M} (UTC)."
        dom = r.sender[1].split("@")[1]
        hs = [
            f"From: {addr(*r.sender)}",
            f"To: {addr(*ours(r))}",
            f"Subject: {enc_word(prefix + subj)}",
            f"Date: {_date(r, utc=True)}",
            f"Message-ID: <{r.h[:32].lower()}@{dom}>",
            f"In-Reply-To: {r.ck_id}",
            f"Thread-Topic: {enc_word(subj)}",
            "MIME-Version: 1.0",
        ]
        mdn = (
            "Content-Type: message/disposition-notification\r\n\r\n"
            f"Reporting-UA: {dom}; Microsoft Exchange Server\r\n"
            f"Final-Recipient: rfc822;{r.sender[1]}\r\n"
            f"Original-Message-ID: {r.ck_id}\r\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
        ).encode()
        body = multipart(
            "report",
            f"_mdn_{r.h[:20]}",
            [part("text/plain", "utf-8", "base64", human), mdn],
        )
        body = body.replace(
            b"Content-Type: multipart/report;",
            b"Content-Type: multipart/report; report-type=disposition-notification;",
            1,
        )
        return _head(hs) + body

    return build


def dsn(
    rcpt: str,
    status: str,
    diag: str,
    text: str,
    mta: str,
    action: str = "failed",
    subject: str = "",
) -> Raw:
    """An RFC 3464 bounce or delay: human part, delivery-status, our headers."""

    def build(r: Reply) -> bytes:
        hs = [
            f"From: {'MAILER-DAEMON@' + mta if 'outlook' not in mta else 'postmaster@' + mta}",
            f"To: {ours(r)[1]}",
            f"Subject: {subject or 'Undelivered Mail Returned to Sender'}",
            f"Date: {_date(r, utc='outlook' in mta)}",
            f"Message-ID: <{r.h[:16].lower()}.{r.n}@{mta}>",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
        ]
        status_part = (
            "Content-Type: message/delivery-status\r\n\r\n"
            f"Reporting-MTA: dns; {mta}\r\nArrival-Date: {format_datetime(r.sent)}\r\n\r\n"
            f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\n"
            f"Action: {action}\r\nStatus: {status}\r\nDiagnostic-Code: smtp; {diag}\r\n"
        ).encode()
        orig = ("Content-Type: text/rfc822-headers\r\n\r\n" + _our_headers(r)).encode()
        body = multipart(
            "report",
            f"{r.h[:12]}.{r.n}/{mta}",
            [part("text/plain", "us-ascii", "7bit", text), status_part, orig],
        )
        body = body.replace(
            b"Content-Type: multipart/report;",
            b"Content-Type: multipart/report; report-type=delivery-status;",
            1,
        )
        return _head(hs) + body

    return build


def tencent_bounce(rcpt: str, reason: str) -> Raw:
    """Tencent's Chinese bounce: HTML text and the original as message/rfc822, no DSN part."""

    def build(r: Reply) -> bytes:
        hs = [
            "From: PostMaster <PostMaster@qq.com>",
            f"To: {ours(r)[1]}",
            f"Subject: {enc_word('退信：' + SUBJECT[r.thread], 'gb18030')}",
            f"Date: {_date(r)}",
            f"Message-ID: <tencent_bounce_{r.h[:20]}@qq.com>",
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "MIME-Version: 1.0",
        ]
        text = (
            "<div>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</div><br>"
            f"<div>被退回的邮件：</div><div>主题：{SUBJECT[r.thread]}</div>"
            f"<div>收件人：{rcpt}</div><div>时间：{r.sent:%Y年%m月%d日 %H:%M}</div><br>"
            f"<div>退信原因：</div><div>{reason}</div>"
        )
        orig = (
            "Content-Type: message/rfc822\r\n\r\n"
            + _our_headers(r)
            + "\r\n"
            + REMINDER[r.thread].replace("\n", "\r\n")
            + "\r\n"
        ).encode()
        return _head(hs) + multipart(
            "mixed",
            f"----=_NextPart_bounce_{r.h[:8]}",
            [part("text/html", "gb18030", "base64", text), orig],
        )

    return build


def newsletter(subject: str, text: str, frm: tuple[str, str]) -> Raw:
    """A mailing-list post from an unknown sender: Precedence bulk, List-Unsubscribe."""

    def build(r: Reply) -> bytes:
        dom = frm[1].split("@")[1]
        hs = [
            f"From: {addr(*frm)}",
            f"To: {ours(r)[1]}",
            f"Subject: {enc_word(subject)}",
            f"Date: {_date(r)}",
            f"Message-ID: <{r.h[:24].lower()}@news.{dom}>",
            "Precedence: bulk",
            f"List-Unsubscribe: <mailto:unsubscribe@{dom}?subject=unsubscribe>",
            f"List-Id: <news.{dom}>",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + part("text/plain", "utf-8", "base64", text)

    return build
