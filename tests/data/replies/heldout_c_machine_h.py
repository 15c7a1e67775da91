"""Machine-written mail for sets H and I: bounces, delay notices, auto-replies, receipts, lists.

Each builder returns a function of the set's ``Reply`` (its time, sender and thread) that
writes the whole message, the way the sending system does: DSNs with a delivery-status part
or without one (QQ, some gateways), Exchange NDRs and OOFs in UTC, QQ's vacation prefix,
Coremail auto-replies with no header at all, Alimail's Auto-Submitted, iCloud's VACATION,
helpdesk ticket receipts, MDNs, a bulk mailing. Their text mentions payment on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from email.utils import format_datetime

from heldout_c_mime import Reply, addr, enc_word, multipart, part
from heldout_c_quote import SUBJECT, ours

Raw = Callable[[Reply], bytes]


def _date(r: Reply, utc: bool = False, tail: str = "") -> str:
    d = format_datetime(r.when.astimezone(UTC) if utc else r.when)
    return (d.replace("-0000", "+0000") if utc else d) + tail


def _head(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode()


def _orig_headers(r: Reply) -> str:
    """The headers of our reminder, as a bounce returns them."""
    on, oa = ours(r)
    return f"From: {addr(on, oa)}\nTo: {r.sender[1]}\nSubject: {enc_word(SUBJECT[r.thread])}\nDate: {format_datetime(r.sent)}\nMessage-ID: {r.ck_id}\nMIME-Version: 1.0\n"


def dsn(
    mta: str,
    rcpt: str,
    status: str,
    diag: str,
    human: str,
    *,
    action: str = "failed",
    charset: str = "us-ascii",
    frm: str = "",
    subject: str = "Undelivered Mail Returned to Sender",
    utc: bool = False,
) -> Raw:
    """A delivery status notification (RFC 3464) returning our reminder."""

    def build(r: Reply) -> bytes:
        frm_ = frm or f"MAILER-DAEMON@{mta}"
        ds = f"Reporting-MTA: dns; {mta}\nArrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\nRemote-MTA: dns; {rcpt.split('@')[1]}\nDiagnostic-Code: smtp; {diag}\n"
        if action == "delayed":
            ds += f"Will-Retry-Until: {format_datetime(r.when.replace(day=min(r.when.day + 3, 28)))}\n"
        parts = [
            part("text/plain", charset, "base64" if charset != "us-ascii" else "7bit", human),
            b"Content-Type: message/delivery-status\r\n\r\n" + ds.replace("\n", "\r\n").encode(),
            b"Content-Type: text/rfc822-headers\r\n\r\n"
            + _orig_headers(r).replace("\n", "\r\n").encode(),
        ]
        body = multipart("report; report-type=delivery-status", f"{r.h[:20]}.{mta}", parts)
        subj = subject if subject.isascii() else enc_word(subject, "utf-8")
        hs = [
            "Return-Path: <>",
            f"From: {frm_}",
            f"To: {addr(*ours(r))}",
            f"Subject: {subj}",
            f"Date: {_date(r, utc)}",
            f"Message-ID: <{r.h[:16].lower()}.{r.n}@{mta}>",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + body

    return build


def plain_bounce(frm: str, subject: str, text: str, charset: str = "gb18030") -> Raw:
    """A bounce with no delivery-status part: only words (QQ's 退信, SMS gateways)."""

    def build(r: Reply) -> bytes:
        quoted = f"{text}\n\n----- 原邮件信息 -----\n{_orig_headers(r)}"
        hs = [
            "Return-Path: <>",
            f"From: {frm}",
            f"To: {addr(*ours(r))}",
            f"Subject: {enc_word(subject, charset)}",
            f"Date: {_date(r)}",
            f"Message-ID: <{r.h[:20].lower()}@{frm.split('@')[-1].rstrip('>')}>",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + part("text/plain", charset, "base64", quoted)

    return build


def auto(
    subject_prefix: str,
    text: str,
    *,
    headers: tuple[str, ...] = (),
    charset: str = "utf-8",
    utc: bool = False,
    html_only: bool = False,
    mid: str = "",
    tail: str = "",
) -> Raw:
    """An automatic answer from the client's mailbox, in reply to our reminder."""

    def build(r: Reply) -> bytes:
        subj = subject_prefix + SUBJECT[r.thread]
        dom = r.sender[1].split("@")[1]
        hs = [
            f"From: {addr(r.sender[0], r.sender[1], 'utf-8')}",
            f"To: {addr(*ours(r))}",
            f"Subject: {enc_word(subj, charset)}",
            f"Date: {_date(r, utc, tail)}",
            f"Message-ID: {mid.format(h=r.h, dom=dom) if mid else f'<{r.h[:24].lower()}@{dom}>'}",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            *headers,
            "MIME-Version: 1.0",
        ]
        if html_only:
            body = part(
                "text/html",
                charset,
                "base64",
                "<html><body>"
                + "".join(f"<div>{ln or '<br>'}</div>" for ln in text.split("\n"))
                + "</body></html>",
            )
        else:
            body = part("text/plain", charset, "base64", text)
        return _head(hs) + body

    return build


def mdn(subject_prefix: str, human: str, ua: str, disposition: str, *, utc: bool = True) -> Raw:
    """A read receipt (RFC 8098) for our reminder."""

    def build(r: Reply) -> bytes:
        subj = subject_prefix + SUBJECT[r.thread]
        dom = r.sender[1].split("@")[1]
        dn = f"Reporting-UA: {ua}\nFinal-Recipient: rfc822;{r.sender[1]}\nOriginal-Message-ID: {r.ck_id}\nDisposition: {disposition}\n"
        parts = [
            part("text/plain", "utf-8", "base64", human),
            b"Content-Type: message/disposition-notification\r\n\r\n"
            + dn.replace("\n", "\r\n").encode(),
        ]
        hs = [
            f"From: {addr(r.sender[0], r.sender[1])}",
            f"To: {addr(*ours(r))}",
            f"Subject: {enc_word(subj)}",
            f"Date: {_date(r, utc)}",
            f"Message-ID: <{r.h[:32]}@{dom}>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + multipart(
            "report; report-type=disposition-notification", f"mdn_{r.h[:24]}", parts
        )

    return build


def bulk(frm: tuple[str, str], subject: str, text: str, list_id: str) -> Raw:
    """A mailing from a sender we never wrote to (not threaded): Precedence bulk."""

    def build(r: Reply) -> bytes:
        hs = [
            f"From: {addr(*frm)}",
            f"To: {addr(*ours(r))}",
            f"Subject: {enc_word(subject)}",
            f"Date: {_date(r)}",
            f"Message-ID: <{r.h[:28].lower()}@{frm[1].split('@')[1]}>",
            "Precedence: bulk",
            f"List-Id: <{list_id}>",
            f"List-Unsubscribe: <mailto:unsubscribe@{frm[1].split('@')[1]}?subject=unsubscribe>",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + part("text/plain", "utf-8", "base64", text)

    return build
