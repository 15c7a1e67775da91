"""Set J's machine mail: bounces, delay notices, out-of-office, read receipts, a newsletter.

Each builder returns the bytes a real server would send about (or in answer to) our reminder
``r`` answers: DSNs with and without a delivery-status part, Exchange NDRs, Chinese
webmail 退信 notices, vacation replies in every header habit (RFC 3834, Exchange, QQ's
prefix only, iCloud), an MDN, and a bulk newsletter from a stranger.
"""

from __future__ import annotations

from datetime import UTC
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import REMINDER, SUBJECT, ours


def _date(r: Reply, utc: bool = False, tail: str = "") -> str:
    when = r.when.astimezone(UTC) if utc else r.when
    return format_datetime(when).replace("-0000", "+0000") + tail


def _orig_headers(r: Reply) -> str:
    on, oa = ours(r)
    return (
        f"Return-Path: <{oa}>\r\nMessage-ID: {r.ck_id}\r\nDate: {format_datetime(r.sent)}\r\n"
        f"From: {enc_word(on)} <{oa}>\r\nTo: {r.sender[1]}\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
    )


def _head(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode()


def dsn(r: Reply, *, mta: str, status: str, diag: str, action: str = "failed",
        text: str = "", subject: str = "Undelivered Mail Returned to Sender",
        sender: str = "MAILER-DAEMON@mail.example.cn (Mail Delivery System)") -> bytes:  # fmt: skip
    """An RFC 3464 report from our own MTA: human text, delivery-status, original headers."""
    rcpt = r.sender[1]
    human = text or (
        f"This is the mail system at host mail.example.cn.\n\nI'm sorry to have to inform you that your message could not\n"
        f"be delivered to one or more recipients. It's attached below.\n\n<{rcpt}>: host {mta} said: {diag}\n"
    )
    status_txt = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: 4Q{r.h[:9]}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\n"
        f"Original-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\n"
        f"Remote-MTA: dns; {mta}\nDiagnostic-Code: smtp; {diag}\n"
    )
    bnd = f"{r.h[:12]}.{r.h[12:22]}/mail.example.cn"
    parts = [
        b"Content-Description: Notification\r\n" + part("text/plain", "us-ascii", "7bit", human),
        b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        + status_txt.replace("\n", "\r\n").encode(),
        b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + _orig_headers(r).encode(),
    ]
    body = multipart("report; report-type=delivery-status", bnd, parts)
    head = _head([
        "Return-Path: <>", f"From: {sender}", f"To: {ours(r)[1]}", f"Subject: {subject}",
        f"Date: {_date(r)}", f"Message-Id: <20261202{r.h[:10]}.{r.h[10:16]}@mail.example.cn>",
        "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + body


def ndr_exchange(r: Reply, *, domain: str, diag: str, status: str = "5.1.10") -> bytes:
    """Exchange Online's NDR: HTML for people, delivery-status, the original's headers."""
    rcpt = r.sender[1]
    tenant = domain.split(".")[0]
    human_html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
        f'<p><b><font color="#000066" size="3" face="Arial">Your message to {rcpt} couldn\'t be delivered.</font></b></p>'
        f"<p>{rcpt.split('@')[0]} wasn't found at {domain}.</p>"
        f"<p><b>Action Required</b> Recipient: {rcpt}</p><p>Remote Server returned '550 {status} {diag}'</p></body></html>"
    )
    human_txt = (
        f"Your message to {rcpt} couldn't be delivered.\n\n{rcpt.split('@')[0]} wasn't found at {domain}.\n\n"
        f"Action Required\nRecipient: {rcpt}\n\nRemote Server returned '550 {status} {diag}'\n"
    )
    alt = multipart("alternative", f"_001_{r.h[:24]}_", [
        part("text/plain", "us-ascii", "quoted-printable", human_txt),
        part("text/html", "us-ascii", "quoted-printable", human_html),
    ])  # fmt: skip
    status_txt = (
        f"Reporting-MTA: dns;SEZPR06MB{r.h[:4]}.apcprd06.prod.outlook.com\nReceived-From-MTA: dns;mail.example.cn\n"
        f"Arrival-Date: {format_datetime(r.sent.astimezone(UTC))}\n\nFinal-Recipient: rfc822;{rcpt}\n"
        f"Action: failed\nStatus: {status}\nDiagnostic-Code: smtp;550 {status} {diag}\n"
    )
    body = multipart("report; report-type=delivery-status", f"_002_{r.h[:24]}_", [
        alt,
        b"Content-Type: message/delivery-status\r\n\r\n" + status_txt.replace("\n", "\r\n").encode(),
        b"Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r).encode(),
    ])  # fmt: skip
    head = _head([
        f"From: Microsoft Outlook <postmaster@{tenant}.onmicrosoft.com>", f"To: <{ours(r)[1]}>",
        f"Subject: Undeliverable: {SUBJECT[r.thread]}", f"Date: {_date(r, utc=True)}",
        f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}@SEZPR06MB{r.h[:4]}.apcprd06.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: en-US", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + body


def tuixin(r: Reply, *, host: str, reason: str, html_only: bool = True) -> bytes:
    """A Chinese webmail bounce (退信) with no delivery-status part, reason in Chinese."""
    rcpt = r.sender[1]
    subj = SUBJECT[r.thread]
    txt = (
        f"很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n被退回的邮件\n主　　题：{subj}\n"
        f"时　　间：{r.sent:%Y年%m月%d日 %H:%M}\n收 件 人：{rcpt}\n\n退信原因\n{reason}\n\n"
        f"建议解决方案\n请核实收件人地址是否正确，或联系收件人通过其他方式确认。\n\n此为系统邮件，请勿回复。\n"
    )
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in txt.split("\n") if ln) + "</body></html>"
    )
    body = part("text/html", "gb18030", "base64", html) if html_only else multipart(
        "alternative", f"----=_Part_{r.h[:6]}", [part("text/plain", "GBK", "base64", txt),
                                                 part("text/html", "GBK", "base64", html)])  # fmt: skip
    head = _head([
        f"From: {enc_word('系统退信', 'gb18030')} <postmaster@{host}>", f"To: {ours(r)[1]}",
        f"Subject: {enc_word('退信：' + subj, 'gb18030')}", f"Date: {_date(r, tail=' (CST)')}",
        f"Message-ID: <bounce.{r.h[:16].lower()}@{host}>", "X-Mailer: Coremail Bounce", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + body


def exim(r: Reply, *, host: str, reason: str) -> bytes:
    """Exim's 'Mail delivery failed' with the original below, no delivery-status part."""
    rcpt = r.sender[1]
    txt = (
        f"This message was created automatically by mail delivery software.\n\nA message that you sent could not "
        f"be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) "
        f"failed:\n\n  {rcpt}\n    {reason}\n\n------ This is a copy of the message, including all the headers. ------\n\n"
        + _orig_headers(r).replace("\r\n", "\n")
        + "\n"
        + REMINDER[r.thread]
        + "\n"
    )
    head = _head([
        "Return-path: <>", f"From: Mail Delivery System <Mailer-Daemon@{host}>", f"To: {ours(r)[1]}",
        "Subject: Mail delivery failed: returning message to sender", f"Date: {_date(r)}",
        f"Message-Id: <E1v{r.h[:6]}-000{r.h[6:9]}-{r.h[9:11]}@{host}>", "X-Failed-Recipients: " + rcpt,
        "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + part("text/plain", "utf-8", "8bit", txt)


def ooo(r: Reply, *, subject_prefix: str, text: str, charset: str = "utf-8", headers: tuple = (),
        html_only: bool = False, utc: bool = False, name_cs: str = "utf-8") -> bytes:  # fmt: skip
    """An out-of-office answer as the client's server writes it (headers per habit)."""
    subj = subject_prefix + SUBJECT[r.thread]
    name, address = r.sender
    frm = f"{enc_word(name, name_cs) if not name.isascii() else name} <{address}>"
    if html_only:
        html = (
            "<html><body>"
            + "".join(f"<div>{ln or '<br>'}</div>" for ln in text.split("\n"))
            + "</body></html>"
        )
        body = part("text/html", charset, "base64", html)
    else:
        body = part("text/plain", charset, "base64" if not text.isascii() else "7bit", text)
    head = _head([
        f"From: {frm}", f"To: {ours(r)[1]}", f"Subject: {enc_word(subj, name_cs)}", f"Date: {_date(r, utc=utc)}",
        f"Message-ID: <auto.{r.h[:20].lower()}@{address.split('@')[1]}>", f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}", *headers, "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + body


def mdn(r: Reply, *, zh: bool) -> bytes:
    """An Outlook read receipt: multipart/report with a message/disposition-notification."""
    rcpt = r.sender[1]
    subj = SUBJECT[r.thread]
    sent = r.sent.astimezone(UTC)
    read = r.when.astimezone(UTC)
    if zh:
        human = (
            f"您的邮件\n\n  收件人: {r.sender[0]} <{rcpt}>\n  主题: {subj}\n  发送时间: {sent:%Y/%m/%d %H:%M}\n\n"
            f"已于 {read:%Y/%m/%d %H:%M} 读取。\n"
        )
        prefix = "已读: "
    else:
        human = (
            f"Your message\n\n  To: {r.sender[0]} <{rcpt}>\n  Subject: {subj}\n  Sent: {sent:%A, %B %d, %Y %I:%M:%S %p} (UTC)\n\n"
            f"was read on {read:%A, %B %d, %Y %I:%M:%S %p} (UTC).\n"
        )
        prefix = "Read: "
    notif = (
        f"Reporting-UA: {rcpt.split('@')[1]}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{rcpt}\n"
        f"Original-Message-ID: {r.ck_id}\nDisposition: manual-action/MDN-sent-manually; displayed\n"
    )
    body = multipart("report; report-type=disposition-notification", f"----=_NextPart_{r.h[:20]}", [
        part("text/plain", "utf-8", "base64", human),
        b"Content-Type: message/disposition-notification\r\n\r\n" + notif.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    name = r.sender[0]
    head = _head([
        f"From: {enc_word(name) if not name.isascii() else name} <{rcpt}>", f"To: {ours(r)[1]}",
        f"Subject: {enc_word(prefix + subj)}", f"Date: {_date(r, utc=True)}",
        f"Message-ID: <{r.h[:32].lower()}@{rcpt.split('@')[1]}>", f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}", f"Thread-Topic: {enc_word(subj)}", "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: zh-cn" if zh else "Content-Language: en-us", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + body


def newsletter(r: Reply) -> bytes:
    """A bulk mailing from a stranger that talks about 付款 and 发票 (not a reply)."""
    text = (
        "【财税早班车】第482期\n\n1. 数电票全面推广：12月起开具发票须注意的五个问题\n"
        "2. 年底前付款安排：企业如何避免逾期付款带来的信用风险\n3. 跨境付款新规解读\n\n"
        "如不想继续收到本邮件，请点击退订。\n深圳市汇税通信息咨询有限公司\n"
    )
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    body = multipart("alternative", f"=_mailchimp_{r.h[:16].lower()}", [
        part("text/plain", "utf-8", "quoted-printable", text),
        part("text/html", "utf-8", "quoted-printable", html),
    ])  # fmt: skip
    head = _head([
        f"From: {enc_word('汇税通财税资讯')} <news@mail.huishuitong.cn>", f"To: {ours(r)[1]}",
        f"Subject: {enc_word('【财税早班车】年底前付款安排与数电票新规')}", f"Date: {_date(r)}",
        f"Message-ID: <{r.h[:24].lower()}@mail.huishuitong.cn>", "Precedence: bulk",
        "List-Unsubscribe: <mailto:unsubscribe@mail.huishuitong.cn>, <https://mail.huishuitong.cn/u?id=8813>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + body
