"""Set ZF's machine mail: bounces, delays, auto-replies, read receipts, a ticket, a newsletter.

Each message has its own byte builder, written as the server or client in question puts
it on the wire (MAIL-CLIENTS.md and the RFCs: 3464 delivery status, 8098 disposition
notifications, 3834 auto-replies): our Postfix relay's DSNs (user unknown, a delay still
being retried), a government Coremail 系统退信 in GBK without a delivery-status part, a
cPanel Exim "Mail delivery failed" with X-Failed-Recipients, an Exchange NDR with
message/delivery-status, Exchange out-of-office replies in zh-CN (gb2312) / zh-TW (Big5) /
en, a Google Workspace vacation reply with its own subject, a QQ holiday reply (HTML only,
no threading header), a 163 auto-reply with no auto header, an Alimail auto-reply, an
Outlook 已读 receipt, a Thunderbird return receipt, a Zendesk acknowledgement and a bulk
newsletter (other, from a sender we do not know).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from heldout_c_mime import Reply, b64, enc_word, multipart, part
from heldout_c_quote import REMINDER, SUBJECT, ours
from heldout_c_threads_zf import STAGE

Builder = Callable[[Reply], bytes]


def _date(r: Reply, utc: bool = False, tail: str = "") -> str:
    when = r.when.astimezone(UTC) if utc else r.when
    return format_datetime(when).replace("-0000", "+0000") + tail


def _sent(r: Reply) -> datetime:
    """When our mail on the thread went out (09:00 Shanghai on its day), in the reply's zone."""
    day = {"1": date(2026, 11, 30), "2": date(2026, 12, 7), "d": date(2026, 12, 14)}[r.thread[-1]]
    out = datetime(day.year, day.month, day.day, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    return out.astimezone(r.when.tzinfo)


def _heads(pairs: list[tuple[str, str]]) -> bytes:
    return "".join(f"{k}: {v}\r\n" for k, v in pairs).encode()


def _orig_headers(r: Reply, to: str) -> str:
    """Our reminder's own headers, as a DSN or an NDR returns them."""
    on, oa = ours(r)
    sent = _sent(r).astimezone(UTC)
    return (
        f"Return-Path: <{oa}>\r\nMessage-ID: {r.ck_id}\r\nDate: {format_datetime(sent).replace('-0000', '+0000')}\r\n"
        f"From: {enc_word(on)} <{oa}>\r\nTo: <{to}>\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n"
    )


def _orig_message(r: Reply, to: str) -> bytes:
    return _orig_headers(r, to).encode() + b"\r\n" + b64(REMINDER[r.thread].encode())


def postfix_dsn(to: str, status: str, diag: str, remote: str, delayed: bool = False) -> Builder:
    """Our relay's Postfix DSN: a bounce (5.x.x) or a delay warning (4.x.x, still retried)."""

    def build(r: Reply) -> bytes:
        qid = r.h[:11]
        if delayed:
            subject = "Delayed Mail (still being retried)"
            text = (
                f"This is the mail system at host mail.example.cn.\r\n\r\n####################################"
                f"################################\r\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r\n"
                f"####################################################################\r\n\r\nYour message could not be "
                f"delivered for more than 4 hour(s).\r\nIt will be retried until it is 5 day(s) old.\r\n\r\nFor further "
                f"assistance, please send mail to postmaster.\r\n\r\n                   The mail system\r\n\r\n<{to}>: {diag}\r\n"
            )
            action = "delayed"
        else:
            subject = "Undelivered Mail Returned to Sender"
            text = (
                "This is the mail system at host mail.example.cn.\r\n\r\nI'm sorry to have to inform you that your "
                "message could not\r\nbe delivered to one or more recipients. It's attached below.\r\n\r\nFor further "
                "assistance, please send mail to postmaster.\r\n\r\nIf you do so, please include this problem report. "
                "You can\r\ndelete your own text from the attached returned message.\r\n\r\n                   The mail "
                f"system\r\n\r\n<{to}>: host {remote} said: {diag}\r\n"
            )
            action = "failed"
        arrival = format_datetime(_sent(r))
        status_part = (
            f"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
            f"Reporting-MTA: dns; mail.example.cn\r\nX-Postfix-Queue-ID: {qid}\r\nX-Postfix-Sender: rfc822; "
            f"ar@example.cn\r\nArrival-Date: {arrival}\r\n\r\nFinal-Recipient: rfc822; {to}\r\nOriginal-Recipient: "
            f"rfc822;{to}\r\nAction: {action}\r\nStatus: {status}\r\nRemote-MTA: dns; {remote}\r\nDiagnostic-Code: "
            f"smtp; {diag}\r\n"
            + (
                f"Will-Retry-Until: {format_datetime(r.when + timedelta(days=4))}\r\n"
                if delayed
                else ""
            )
        ).encode()
        notice = (
            b"Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
            + text.encode()
        )
        returned = (
            b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            + _orig_headers(r, to).encode()
        )
        bnd = f"{qid}.{int(r.when.timestamp())}/mail.example.cn"
        head = _heads([
            ("Return-Path", "<>"),
            ("Received", f"by mail.example.cn (Postfix)\r\n\tid {qid}; {format_datetime(r.when)}"),
            ("Date", _date(r)),
            ("From", "MAILER-DAEMON@mail.example.cn (Mail Delivery System)"),
            ("Subject", subject),
            ("To", "ar@example.cn"),
            ("Auto-Submitted", "auto-replied"),
            ("MIME-Version", "1.0"),
            ("Message-Id", f"<20261214{qid}@mail.example.cn>"),
        ])  # fmt: skip
        body = (
            f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"\r\n'
            "Content-Transfer-Encoding: 8bit\r\n\r\nThis is a MIME-encapsulated message.\r\n\r\n"
        ).encode()
        for p in (notice, status_part, returned):
            body += f"--{bnd}\r\n".encode() + p + b"\r\n"
        return head + body + f"--{bnd}--\r\n".encode()

    return build


def coremail_bounce(to: str) -> Builder:
    """A government Coremail 系统退信 in GBK: its own words, no delivery-status part."""

    def build(r: Reply) -> bytes:
        dom = to.split("@")[1]
        text = (
            f"您好！\n\n您发送的邮件未能成功投递到以下收件人：\n\n    {to}\n\n失败原因：收件人邮箱空间已满，"
            "无法接收新邮件（552 Mailbox size limit exceeded）。\n\n原邮件主题："
            + SUBJECT[r.thread]
            + "\n"
            f"原邮件发送时间：{_sent(r):%Y-%m-%d %H:%M:%S}\n\n请联系收件人清理邮箱后重新发送。\n\n----\n此邮件由系统自动发出，请勿直接回复。\n"
        )
        html = (
            "<html><body>"
            + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln)
            + "</body></html>"
        )
        alt = multipart(
            "alternative",
            f"----=_Part_{r.h[:6]}_{int(r.h[6:12], 16)}.1765{int(r.h[12:17], 16):09d}",
            [
                part("text/plain", "GBK", "base64", text, "\n"),
                part("text/html", "GBK", "base64", html, "\n"),
            ],
        )
        orig = b'Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="original.eml"\r\n\r\n'
        orig += _orig_message(r, to)
        body = multipart("mixed", f"----=_MixPart_{r.h[:14]}", [alt, orig])
        head = _heads([
            ("Return-Path", "<>"),
            ("Received", f"from localhost (unknown [127.0.0.1])\r\n\tby mail.{dom} (Coremail) with SMTP id "
                         f"{r.h[:20]}; {_date(r)} (CST)"),
            ("Date", _date(r, tail=" (CST)")),
            ("From", f"{enc_word('系统管理员', 'GBK')} <postmaster@{dom}>"),
            ("To", "ar@example.cn"),
            ("Subject", enc_word("系统退信", "GBK")),
            ("Message-ID", f"<{r.h[:8].lower()}.{r.h[8:12].lower()}.{r.h[12:23].lower()}.Coremail.postmaster@{dom}>"),
            ("X-Coremail-Antispam", "1UD129KBjvJXoW7GrWfZr1xJw45Jw1kXr4Dtwb_yoW3KrcEk"),
            ("MIME-Version", "1.0"),
        ])  # fmt: skip
        return head + body

    return build


def exim_bounce(to: str) -> Builder:
    """A cPanel Exim bounce: words only, X-Failed-Recipients, the message copied below."""

    def build(r: Reply) -> bytes:
        dom = to.split("@")[1]
        text = (
            "This message was created automatically by mail delivery software.\r\n\r\nA message that you sent could "
            "not be delivered to one or more of its\r\nrecipients. This is a permanent error. The following "
            f"address(es) failed:\r\n\r\n  {to}\r\n    Mailbox quota exceeded\r\n\r\n------ This is a copy of the "
            "message, including all the headers. ------\r\n\r\n"
        )
        head = _heads([
            ("Return-path", "<>"),
            ("Envelope-to", "ar@example.cn"),
            ("Delivery-date", _date(r)),
            ("Received", f"from mailnull by server1.{dom} with local (Exim 4.96.2)\r\n\tid 1tK{r.h[:6]}-0004Qm-2v"
                         f"\r\n\tfor ar@example.cn; {_date(r)}"),
            ("X-Failed-Recipients", to),
            ("Auto-Submitted", "auto-replied"),
            ("From", f"Mail Delivery System <Mailer-Daemon@server1.{dom}>"),
            ("To", "ar@example.cn"),
            ("Content-Type", "text/plain; charset=us-ascii"),
            ("Subject", "Mail delivery failed: returning message to sender"),
            ("Message-Id", f"<E1tK{r.h[:6]}-0004Qm-2v@server1.{dom}>"),
            ("Date", _date(r)),
        ])  # fmt: skip
        orig = _orig_headers(r, to).replace(
            "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: 8bit"
        )
        copy = orig.encode() + b"\r\n" + REMINDER[r.thread].replace("\n", "\r\n").encode() + b"\r\n"
        return head + b"\r\n" + text.encode() + copy

    return build


def exchange_ndr(to: str) -> Builder:
    """An Exchange NDR for a mailbox that is gone: HTML/text, delivery status, returned headers."""

    def build(r: Reply) -> bytes:
        dom = to.split("@")[1]
        subj = SUBJECT[r.thread]
        text = (
            f"Delivery has failed to these recipients or groups:\r\n\r\n{to}\r\nThe email address you entered "
            "couldn't be found. Please check the recipient's email address and try to resend the message. If the "
            "problem continues, please contact your helpdesk.\r\n\r\n\r\n\r\n\r\n\r\n\r\nDiagnostic information for "
            f"administrators:\r\n\r\nGenerating server: MN2PR05MB6479.mngprd05.prod.outlook.com\r\n\r\n{to}\r\n"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
            "lookup'\r\n"
        )
        html = (
            '<html><body><p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these '
            f'recipients or groups:</font></b></p><p><a href="mailto:{to}">{to}</a><br>The email address you '
            "entered couldn't be found.</p><p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'</p>"
            "</body></html>"
        )
        alt = multipart("alternative", f"_000_{r.h[:24]}_", [
            part("text/plain", "us-ascii", "quoted-printable", text),
            part("text/html", "us-ascii", "quoted-printable", html),
        ])  # fmt: skip
        status = (
            "Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;MN2PR05MB6479.mngprd05.prod.outlook.com\r\n"
            f"Received-From-MTA: dns;mail.example.cn\r\nArrival-Date: {format_datetime(_sent(r).astimezone(UTC))}\r\n\r\n"
            f"Final-Recipient: rfc822;{to}\r\nAction: failed\r\nStatus: 5.1.10\r\nDiagnostic-Code: smtp;550 5.1.10 "
            "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n"
        ).encode()
        returned = b"Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r, to).encode()
        bnd = f"_{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}_"
        head = _heads([
            ("From", f"postmaster@{dom}"),
            ("To", "ar@example.cn"),
            ("Date", _date(r, utc=True)),
            ("Subject", f"Undeliverable: {enc_word(subj)}"),
            ("Message-ID", f"<{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}@MN2PR05MB6479.mngprd05.prod.outlook.com>"),
            ("In-Reply-To", r.ck_id),
            ("References", r.ck_id),
            ("Auto-Submitted", "auto-replied"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", "en-US"),
            ("MIME-Version", "1.0"),
        ])  # fmt: skip
        body = (
            f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"\r\n\r\n'
        ).encode()
        for p in (alt, status, returned):
            body += f"--{bnd}\r\n".encode() + p + b"\r\n"
        return head + body + f"--{bnd}--\r\n".encode()

    return build


def exchange_oof(who: tuple[str, str], prefix: str, text: str, charset: str, lang: str) -> Builder:
    """An Exchange out-of-office reply: prefixed subject, UTC date, auto-generated headers."""

    def build(r: Reply) -> bytes:
        name, mail = who
        dom = mail.split("@")[1]
        subj = prefix + SUBJECT[r.thread]
        html = (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
            + "".join(f"<div>{ln or '<br>'}</div>" for ln in text.split("\n"))
            + "</body></html>"
        )
        alt = multipart("alternative", f"_000_{r.h[:32]}_", [
            part("text/plain", charset, "base64", text),
            part("text/html", charset, "base64", html),
        ])  # fmt: skip
        head = _heads([
            ("From", f"{enc_word(name, charset)} <{mail}>"),
            ("To", f"{enc_word(ours(r)[0], charset)} <ar@example.cn>"),
            ("Subject", enc_word(subj, charset)),
            ("Thread-Topic", enc_word(SUBJECT[r.thread], charset)),
            ("Thread-Index", f"AQH{r.h[:20]}"),
            ("Date", _date(r, utc=True)),
            ("Message-ID", f"<{r.h[:32].lower()}@{dom}>"),
            ("In-Reply-To", r.ck_id),
            ("References", r.ck_id),
            ("Content-Language", lang),
            ("X-MS-Has-Attach", ""),
            ("X-MS-Exchange-Organization-SCL", "-1"),
            ("X-MS-TNEF-Correlator", ""),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", mail),
            ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
            ("Auto-Submitted", "auto-generated"),
            ("Return-Path", "<>"),
            ("MIME-Version", "1.0"),
        ])  # fmt: skip
        return head + alt

    return build


def gmail_vacation(who: tuple[str, str], subject: str, text: str) -> Builder:
    """A Google Workspace vacation responder with the subject its owner typed."""

    def build(r: Reply) -> bytes:
        name, mail = who
        html = '<div dir="ltr">' + "<br>".join(text.split("\n")) + "</div>"
        alt = multipart("alternative", "000000000000" + r.h[:16].lower(), [
            part("text/plain", "UTF-8", "quoted-printable", text),
            part("text/html", "UTF-8", "quoted-printable", html),
        ])  # fmt: skip
        head = _heads([
            ("MIME-Version", "1.0"),
            ("Date", _date(r)),
            ("References", r.ck_id),
            ("In-Reply-To", r.ck_id),
            ("Auto-Submitted", "auto-replied"),
            ("Precedence", "bulk"),
            ("X-Autoreply", "yes"),
            ("Message-ID", f"<CA{r.h[:10]}{r.h[10:30].lower()}+vac@mail.gmail.com>"),
            ("Subject", subject),
            ("From", f"{name} <{mail}>"),
            ("To", "Example Tech Accounts <ar@example.cn>"),
        ])  # fmt: skip
        return head + alt

    return build


def qq_vacation(who: tuple[str, str], own: str) -> Builder:
    """QQ Mail's holiday reply: HTML only, GB18030, no threading and no auto header."""

    def build(r: Reply) -> bytes:
        name, mail = who
        html = (
            '<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>这是来自QQ邮箱的假期自动回复邮件。'
            f"</div><div>&nbsp;</div><div>{own}</div>"
        )
        head = _heads([
            ("From", f'"{enc_word(name, "gb18030")}" <{mail}>'),
            ("To", f'"{enc_word(ours(r)[0], "gb18030")}" <ar@example.cn>'),
            ("Subject", enc_word("自动回复: " + SUBJECT[r.thread], "gb18030")),
            ("Date", _date(r)),
            ("Message-ID", f"<tencent_{r.h[:40]}@qq.com>"),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
            ("X-Mailer", "QQMail 2.x"),
            ("X-QQ-Mailer", "QQMail 2.x"),
            ("MIME-Version", "1.0"),
        ])  # fmt: skip
        return head + part("text/html", "GB18030", "base64", html)

    return build


def plain_autoreply(who: tuple[str, str], subj_prefix: str, text: str, extra: list[tuple[str, str]],
                    mailer: str, mid: str) -> Builder:  # fmt: skip
    """A webmail auto-reply (163 with no auto header, Alimail with Auto-Submitted)."""

    def build(r: Reply) -> bytes:
        name, mail = who
        html = (
            "<html><body>"
            + "".join(f"<div>{ln or '<br>'}</div>" for ln in text.split("\n"))
            + "</body></html>"
        )
        alt = multipart("alternative", f"----=_Part_{int(r.h[:4], 16)}_{int(r.h[4:12], 16)}.1765{r.n:09d}", [
            part("text/plain", "UTF-8", "base64", text, "\n"),
            part("text/html", "UTF-8", "base64", html, "\n"),
        ])  # fmt: skip
        head = _heads([
            ("From", f"{enc_word(name)} <{mail}>"),
            ("To", "ar@example.cn"),
            ("Subject", enc_word(subj_prefix + SUBJECT[r.thread])),
            ("Date", _date(r)),
            ("Message-ID", mid.format(h=r.h.lower(), mail=mail)),
            ("In-Reply-To", r.ck_id),
            ("References", r.ck_id),
            ("X-Mailer", mailer),
            *extra,
            ("MIME-Version", "1.0"),
        ])  # fmt: skip
        return head + alt

    return build


def outlook_mdn(who: tuple[str, str]) -> Builder:
    """Outlook's zh-CN read receipt (gb2312-labelled), a disposition-notification report."""

    def build(r: Reply) -> bytes:
        name, mail = who
        dom = mail.split("@")[1]
        s, w = _sent(r), r.when
        text = (
            f"您的邮件\n\n    收件人: {name}\n    主题: {SUBJECT[r.thread]}\n    发送时间: {s.year}/{s.month}/{s.day} "
            f"{s:%H:%M}\n\n已于 {w.year}/{w.month}/{w.day} {w:%H:%M} 读取。"
        )
        disp = (
            f"Content-Type: message/disposition-notification\r\n\r\nReporting-UA: {dom}; Microsoft Outlook 16.0\r\n"
            f"Final-Recipient: rfc822;{mail}\r\nOriginal-Message-ID: {r.ck_id}\r\nDisposition: "
            "manual-action/MDN-sent-manually; displayed\r\n"
        ).encode()
        bnd = f"----=_NextPart_000_{r.h[:4]}_01DD{r.h[4:8]}.{r.h[8:16]}"
        head = _heads([
            ("From", f"{enc_word(name, 'gb2312')} <{mail}>"),
            ("To", f"{enc_word(ours(r)[0], 'gb2312')} <ar@example.cn>"),
            ("Subject", enc_word("已读: " + SUBJECT[r.thread], "gb2312")),
            ("Date", _date(r, utc=True)),
            ("Message-ID", f"<{r.h[:4].lower()}01dd{r.h[4:8].lower()}${r.h[8:16].lower()}$@{dom}>"),
            ("In-Reply-To", r.ck_id),
            ("References", r.ck_id),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", f"AQH{r.h[:20]}"),
            ("Content-Language", "zh-cn"),
            ("MIME-Version", "1.0"),
        ])  # fmt: skip
        body = f'Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary="{bnd}"\r\n\r\n'
        out = head + body.encode()
        for p in (part("text/plain", "gb2312", "base64", text), disp):
            out += f"--{bnd}\r\n".encode() + p + b"\r\n"
        return out + f"--{bnd}--\r\n".encode()

    return build


def thunderbird_receipt(who: tuple[str, str]) -> Builder:
    """Thunderbird's return receipt (displayed) with its standard English note."""

    def build(r: Reply) -> bytes:
        name, mail = who
        text = (
            f"This is a Return Receipt for the mail that you sent to {mail}.\r\n\r\nNote: This Return Receipt only "
            "acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the "
            "recipient has read or understood the message contents.\r\n"
        )
        disp = (
            'Content-Type: message/disposition-notification; name="MDNPart2.txt"\r\nContent-Disposition: inline\r\n'
            f"Content-Transfer-Encoding: 7bit\r\n\r\nReporting-UA: {mail.split('@')[1]}; Thunderbird 128.5.2\r\n"
            f"Final-Recipient: rfc822;{mail}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
        ).encode()
        hdrs = b'Content-Type: text/rfc822-headers; name="MDNPart3.txt"\r\nContent-Disposition: inline\r\n\r\n'
        hdrs += _orig_headers(r, mail).encode()
        bnd = f"------------{r.h[:24]}"
        head = _heads([
            ("Message-ID", f"<{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}-{r.h[16:20].lower()}-"
                           f"{r.h[20:32].lower()}@driftlesscreek.com>"),
            ("Date", _date(r)),
            ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"),
            ("From", f"{name} <{mail}>"),
            ("To", "Example Tech Accounts <ar@example.cn>"),
            ("Subject", f"Return Receipt (displayed) - {enc_word(SUBJECT[r.thread])}"),
            ("In-Reply-To", r.ck_id),
            ("References", r.ck_id),
        ])  # fmt: skip
        out = (
            head
            + f'Content-Type: multipart/report; report-type=disposition-notification;\r\n boundary="{bnd}"\r\n\r\n'.encode()
        )
        out += b"This is a multi-part message in MIME format.\r\n"
        for p in (part("text/plain", "UTF-8", "7bit", text), disp, hdrs):
            out += f"--{bnd}\r\n".encode() + p + b"\r\n"
        return out + f"--{bnd}--\r\n".encode()

    return build


def zendesk_ack(who: tuple[str, str], ticket: int) -> Builder:
    """A Zendesk request acknowledgement from the client's outsourced bookkeeper."""

    def build(r: Reply) -> bytes:
        name, mail = who
        text = (
            "##- Please type your reply above this line -##\n\nYour request ({t}) has been received and is being "
            "reviewed by our bookkeeping team.\n\nWe aim to respond within 2 business days. To add additional comments, "
            "reply to this email.\n\n----------------------------------------------\n\nExample Tech Accounts, "
            f"{_sent(r):%b %d, %Y, %H:%M}\n\n(original message hidden)\n\n[{r.h[:6]}-{r.h[6:10]}]"
        ).format(t=ticket)
        html = "<html><body>" + "<br>".join(text.split("\n")) + "</body></html>"
        alt = multipart("alternative", f"--==_mimepart_{r.h[:24].lower()}_{r.n}", [
            part("text/plain", "UTF-8", "quoted-printable", text),
            part("text/html", "UTF-8", "quoted-printable", html),
        ])  # fmt: skip
        head = _heads([
            ("Date", _date(r, utc=True)),
            ("From", f"{name} <support@reikningar.zendesk.com>"),
            ("Reply-To", f"{name} <support@reikningar.zendesk.com>"),
            ("To", "Example Tech Accounts <ar@example.cn>"),
            ("Message-ID", f"<{r.h[:12]}_{ticket}_sprut@zendesk.com>"),
            ("In-Reply-To", r.ck_id),
            ("References", r.ck_id),
            ("Subject", f"[Reikningar] Re: {enc_word(SUBJECT[r.thread])}"),
            ("Auto-Submitted", "auto-generated"),
            ("X-Mailer", "Zendesk Mailer"),
            ("X-Zendesk-From-Account-Id", "a51f2c9"),
            ("Precedence", "bulk"),
            ("MIME-Version", "1.0"),
        ])  # fmt: skip
        return head + alt

    return build


def newsletter(r: Reply) -> bytes:
    """A water-industry weekly: bulk, List-Unsubscribe, GB18030 HTML, talks of payments."""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
        '<table width="640"><tr><td><h2>水务信息化周刊 第48期</h2>'
        "<p>【本期导读】年底回款季：供水企业如何做好应付账款管理</p>"
        "<p>1. 财政部：各地须于12月31日前完成年度国库集中支付清算，逾期未付款项须说明原因。</p>"
        "<p>2. 案例：某县自来水公司智能水表项目验收后30日内付款，如何避免逾期？</p>"
        "<p>3. 2027年智慧水务展会（郑州）报名开始，12月20日前报名享早鸟价。</p>"
        '<p style="color:#888">您收到此邮件是因为您订阅了水务信息化周刊。'
        '<a href="https://swxxh-weekly.cn/unsub?u=ar%40example.cn">退订</a></p></td></tr></table></body></html>'
    )
    head = _heads([
        ("From", f"{enc_word('水务信息化周刊', 'gb18030')} <news@swxxh-weekly.cn>"),
        ("To", "ar@example.cn"),
        ("Subject", enc_word("【水务信息化周刊】第48期：年底回款季，供水企业如何做好应付账款管理", "gb18030")),
        ("Date", _date(r)),
        ("Message-ID", f"<{r.h[:20].lower()}@edm.swxxh-weekly.cn>"),
        ("Precedence", "bulk"),
        ("List-Unsubscribe", "<https://swxxh-weekly.cn/unsub?u=ar%40example.cn>, <mailto:unsub@swxxh-weekly.cn>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("X-Mailer", "EDM Sender 3.2"),
        ("MIME-Version", "1.0"),
    ])  # fmt: skip
    return head + part("text/html", "gb18030", "base64", html)


def m(
    style: str, kind: str, thread: str, day: int | date, build: Builder, tz: str = "", **o
) -> tuple:
    """A machine-mail entry: its label, the thread it answers, its own bytes."""
    stage, seq = STAGE[thread[-1]]
    opts = {"thread": thread, "day": day if isinstance(day, date) else date(2026, 12, day), "stage": stage, "seq": seq, "raw": build,
            "danger": True, "sender": ("", "mailer@example.invalid"), **o}  # fmt: skip
    if tz:
        opts["tz"] = tz
    return (style, kind, None, "", opts)


NOV30 = date(2026, 11, 30)

ZF_MACHINE = [
    m("olen", "bounce", "zf_rk1", NOV30,
      postfix_dsn("b.olafsdottir@hveragerdi-grodurhus.is", "5.1.1",
                  "550 5.1.1 <b.olafsdottir@hveragerdi-grodurhus.is>: Recipient address rejected: User unknown in "
                  "virtual mailbox table", "mx1.hveragerdi-grodurhus.is[185.112.146.20]"),
      "Asia/Shanghai", note="our relay's DSN for a bookkeeper who left"),
    m("olzhcn", "bounce", "zf_pj2", 7, coremail_bounce("wuxf@pjsl.gov.cn"), note="mailbox full, no DSN part"),
    m("olen", "bounce", "zf_ll2", 7, exim_bounce("accounts@kanengotobacco.mw"), "Africa/Blantyre"),
    m("olen", "bounce", "zf_ub2", 7, exchange_ndr("tserendulam@khangaicashmere.mn"), "Asia/Ulaanbaatar"),
    m("olzhcn", "bounce", "zf_gsd", 14,
      postfix_dsn("yzb@gsrmyy.cn", "4.4.1", "connect to mx.gsrmyy.cn[61.163.112.40]:25: Connection timed out",
                  "mx.gsrmyy.cn", delayed=True),
      note="a delay warning: the demand letter has not arrived yet"),
    m("olzhcn", "auto_reply", "zf_wa1", NOV30,
      exchange_oof(("郝丽娟", "haolj@wagsgs.com"), "自动答复: ",
                   "您好！我于11月30日至12月2日在石家庄参加集团财务工作会议，期间不能及时回复邮件。付款相关事宜请联系"
                   "财务部李会计，电话0310-5512236。\n\n郝丽娟", "gb2312", "zh-CN")),
    m("olzhcn", "auto_reply", "zf_pj2", 8, outlook_mdn(("方志强", "fangzq@pjsl.gov.cn")), note="a read receipt"),
    m("olen", "auto_reply", "zf_wi2", 7,
      gmail_vacation(("Megan Schultz", "mschultz@driftlesscreek.com"), "Out of office - back Wednesday 12/9",
                     "Hi,\n\nI'm at the Wisconsin cheese industry conference through Tuesday, December 8, with "
                     "limited access to email. For anything payment-related please contact ap@driftlesscreek.com."
                     "\n\nThanks,\nMegan"),
      "America/Chicago"),
    m("olen", "auto_reply", "zf_ub1", NOV30,
      exchange_oof(("Oyunchimeg Batbold", "oyunchimeg@khangaicashmere.mn"), "Automatic reply: ",
                   "Thank you for your email. I am on a business trip on 30.11.2026 and 01.12.2026 and will reply "
                   "on my return. For urgent payment matters please contact Enkhjargal "
                   "(enkhjargal@khangaicashmere.mn).\n\nOyunchimeg", "utf-8", "en-US"),
      "Asia/Ulaanbaatar"),
    m("qqhtml", "auto_reply", "zf_js2", 7,
      qq_vacation(("锦裳-小王", "2956117730@qq.com"), "您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。"),
      note="no threading header"),
    m("n163", "auto_reply", "zf_dx2", 7,
      plain_autoreply(("刘桂芝", "liuguizhi_kj@163.com"), "自动回复：",
                      "您好，您的来信已收到。我这几天在外地办事，回来后尽快处理，急事请打电话。\n\n刘桂芝", [],
                      "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)",
                      "<{h:.8}.{h:.4}.autoreply.Coremail.liuguizhi_kj@163.com>"),
      note="163's auto-reply carries no auto header"),
    m("alimail", "auto_reply", "zf_zj2", 7,
      plain_autoreply(("陈斌", "chenbin@hf-knit.com"), "自动回复：",
                      "您好，我今天外出，明天返回。生产系统相关问题请联系车间斯主任，付款问题请联系财务部。",
                      [("Auto-Submitted", "auto-replied")],
                      "[Alimail-Mailagent revision 2546561][W4_6173578][AUTOREPLY]", "<{h:.8}-autoreply.{mail}>")),
    m("olzhtw", "auto_reply", "zf_hk1", NOV30,
      exchange_oof(("鄭國強", "kk.cheng@wllhk.com.hk"), "自動回覆: ",
                   "你好，本人11月30日至12月1日返咗大陸辦貨，12月2日返回公司。\n有關付款事宜，請致電會計部 2545 8803。"
                   "\n\n鄭國強\n永利隆海味", "big5", "zh-TW"),
      "Asia/Hong_Kong"),
    m("tben", "auto_reply", "zf_wi2", 8, thunderbird_receipt(("Luis Ramirez", "lramirez@driftlesscreek.com")),
      "America/Chicago", note="a read receipt"),
    m("owaen", "auto_reply", "zf_rk2", 7, zendesk_ack(("Reikningar ehf.", "support@reikningar.zendesk.com"), 4821),
      "Atlantic/Reykjavik", note="a ticket acknowledgement"),
    m("foxmail", "other", "zf_wa2", 10, newsletter, known=False,
      note="bulk mail that answers nothing of ours"),
]  # fmt: skip
