"""Machine mail of set ZB: bounces (with and without a DSN part), a delay, out-of-office
replies in zh / zh-TW / en, read receipts, a ticket acknowledgement, a list hold and a
newsletter, each as the sending system writes it (shapes from /work/shared/MAIL-FACTS.md).

Each builder takes the set's ``Reply`` (its sender, time and thread) and returns the bytes;
``heldout_c_generate`` calls it through the entry's ``raw`` option.
"""

from __future__ import annotations

from collections.abc import Callable
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from heldout_c_mime import Reply, b64, enc_word, multipart, part
from heldout_c_quote import SUBJECT, ours


def _our_mid(r: Reply) -> str:
    return r.ck_id


def _head(
    r: Reply, frm: str, subject: str, extra: list[str], cs: str = "utf-8", ours_mta: bool = False
) -> bytes:
    """Headers; a bounce our own MTA writes carries our (Shanghai) time, not the client's."""
    on, oa = ours(r)
    when = r.when.astimezone(ZoneInfo("Asia/Shanghai")) if ours_mta else r.when
    subj = subject if subject.isascii() else enc_word(subject, cs)
    hs = [
        f"From: {frm}",
        f"To: {enc_word(on)} <{oa}>",
        f"Subject: {subj}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <{r.h[:20].lower()}@{r.sender[1].split('@')[1]}>",
        "MIME-Version: 1.0",
        *extra,
    ]
    return ("\r\n".join(hs) + "\r\n").encode()


def _orig_headers(r: Reply) -> str:
    on, oa = ours(r)
    return (
        f"From: {enc_word(on)} <{oa}>\r\nTo: {r.sender[1]}\r\n"
        f"Subject: {enc_word(SUBJECT[r.thread])}\r\nMessage-ID: {_our_mid(r)}\r\n"
        f"Date: {format_datetime(r.sent)}\r\n"
    )


def dsn(status: str, diag: str, host: str, action: str = "failed") -> Callable[[Reply], bytes]:
    """A Postfix DSN: text, message/delivery-status, the returned headers."""

    def build(r: Reply) -> bytes:
        rcpt = r.sender[1]
        delayed = action == "delayed"
        text = (
            f"This is the mail system at host {host}.\n\n"
            + (
                "####################################################################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################################\n\n"
                "Your message could not be delivered for more than 4 hour(s).\n"
                "It will be retried until it is 5 day(s) old.\n"
                if delayed
                else "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n"
            )
            + f"\n                   The mail system\n\n<{rcpt}>: {diag}\n"
        )
        status_part = (
            "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
            f"Reporting-MTA: dns; {host}\r\nX-Postfix-Queue-ID: 4Q{r.h[:8]}\r\n"
            f"Arrival-Date: {format_datetime(r.sent)}\r\n\r\n"
            f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\n"
            f"Action: {action}\r\nStatus: {status}\r\nDiagnostic-Code: smtp; {diag}\r\n"
        ).encode()
        ret = (
            "Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            + _orig_headers(r)
        ).encode()
        body = multipart(
            "report; report-type=delivery-status",
            f"4Q{r.h[:8]}.{r.h[8:18]}/{host}",
            [part("text/plain", "us-ascii", "7bit", text), status_part, ret],
            "This is a MIME-encapsulated message.",
        )
        subj = (
            "Delayed Mail (still being retried)"
            if delayed
            else "Undelivered Mail Returned to Sender"
        )
        head = _head(
            r,
            f"MAIL-DAEMON@{host} (Mail Delivery System)",
            subj,
            ["Auto-Submitted: auto-replied"],
            ours_mta=True,
        )
        return head + body

    return build


def plain_bounce(frm: str, subject: str, text: str, cs: str = "GBK", html_only: bool = False):
    """A bounce with no delivery-status part (Coremail/QQ write these): text, then the original
    message attached as Coremail does (QQ's HTML-only notice names only the subject)."""

    def build(r: Reply) -> bytes:
        t = text.format(
            rcpt=r.sender[1], subj=SUBJECT[r.thread], sent=f"{r.sent:%Y-%m-%d %H:%M:%S}"
        )
        if html_only:
            html_text = f"<html><body>{t.replace(chr(10), '<br>')}</body></html>"
            return _head(r, frm, subject, [], cs) + part("text/html", cs, "base64", html_text)
        orig = (
            "Content-Type: message/rfc822\r\nContent-Disposition: attachment;\r\n"
            '\tfilename="original.eml"\r\n\r\n' + _orig_headers(r) + "\r\n(original body)\r\n"
        ).encode()
        body = multipart(
            "mixed", f"----=_Part_{r.h[:12]}", [part("text/plain", cs, "base64", t), orig]
        )
        return _head(r, frm, subject, [], cs) + body

    return build


def ooo(
    frm_name: str, subject: str, text: str, cs: str = "utf-8", headers: tuple[str, ...] = ()
) -> Callable[[Reply], bytes]:
    """An out-of-office / vacation reply threaded to our reminder."""

    def build(r: Reply) -> bytes:
        frm = f"{enc_word(frm_name, cs) if not frm_name.isascii() else frm_name} <{r.sender[1]}>"
        extra = [f"In-Reply-To: {_our_mid(r)}", f"References: {_our_mid(r)}", *headers]
        subj = subject.format(subj=SUBJECT[r.thread])
        return _head(r, frm, subj, extra, cs) + part("text/plain", cs, "base64", text)

    return build


def mdn(frm_name: str, subject: str, text: str, disposition: str, ua: str):
    """A read receipt: multipart/report; report-type=disposition-notification."""

    def build(r: Reply) -> bytes:
        frm = f"{enc_word(frm_name) if not frm_name.isascii() else frm_name} <{r.sender[1]}>"
        subj = subject.format(subj=SUBJECT[r.thread])
        notif = (
            "Content-Type: message/disposition-notification\r\n\r\n"
            f"Reporting-UA: {ua}\r\nFinal-Recipient: rfc822;{r.sender[1]}\r\n"
            f"Original-Message-ID: {_our_mid(r)}\r\nDisposition: {disposition}\r\n"
        ).encode()
        body = multipart(
            "report; report-type=disposition-notification",
            f"----=_MDN_{r.h[:16]}",
            [part("text/plain", "utf-8", "base64", text), notif],
        )
        return (
            _head(r, frm, subj, [f"In-Reply-To: {_our_mid(r)}", f"References: {_our_mid(r)}"])
            + body
        )

    return build


def bulk(frm: str, subject: str, html_text: str, headers: tuple[str, ...], cs: str = "utf-8"):
    """A list or service mail: Precedence and List headers, HTML, no threading to us."""

    def build(r: Reply) -> bytes:
        body = part("text/html", cs, "base64", html_text)
        return _head(r, frm, subject, list(headers), cs) + body

    return build


__all__ = ["b64", "bulk", "dsn", "mdn", "ooo", "plain_bounce"]
