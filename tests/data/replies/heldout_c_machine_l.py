"""Machine mail of held-out set L: bounces, delays, out-of-office, vacation, receipts, a ticket.

Written blind by set L's author. Each answers (or reports on) a reminder of one of L's own
threads (``heldout_c_threads_l.py``): Postfix DSNs (user unknown; Exchange Online Protection's
refusal quoted inside; a delay warning), an Exchange NDR in Chinese for a full mailbox, a
corporate Coremail 退信 without a delivery-status part, Exchange OOF in zh-CN / zh-TW / en,
Exmail and Alimail auto-replies, QQ's vacation reply, a 163 auto-reply without any header, an
iCloud vacation, a Gmail vacation responder with its own subject, Outlook and Thunderbird read
receipts, a helpdesk ticket acknowledgement, and a bank's bulk newsletter.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from functools import partial

from heldout_c_mime import Reply, b64, enc_word, multipart, part
from heldout_c_quote import SUBJECT, ours
from heldout_c_threads_l import D, Entry

OUR_MTA = "mail.example.cn"


def _date(r: Reply, utc: bool = False) -> str:
    when = r.when.astimezone(UTC) if utc else r.when
    return format_datetime(when).replace("-0000", "+0000")


def _subj(text: str, charset: str = "utf-8") -> str:
    return text if text.isascii() else enc_word(text, charset)


def _orig_headers(r: Reply, rcpt: str, sent: datetime | None = None) -> str:
    """The headers of our reminder as a bounce or receipt quotes them."""
    on, oa = ours(r)
    return (
        f"Return-Path: <{oa}>\r\nMessage-ID: {r.ck_id}\r\nDate: {format_datetime(sent or r.sent)}\r\n"
        f"From: {enc_word(on)} <{oa}>\r\nTo: {rcpt}\r\nSubject: {_subj(SUBJECT[r.thread])}\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="ck-alt"\r\n'
    )


def _msg(headers: list[str], body: bytes) -> bytes:
    return ("\r\n".join(headers) + "\r\n").encode() + body


def _queue_id(r: Reply) -> str:
    return r.h[:11]


def postfix_dsn(
    r: Reply, rcpt: str, remote: str, diag: str, status: str, delay: bool = False
) -> bytes:
    """Our own Postfix reporting a failed (or delayed) delivery of the reminder."""
    qid, when = _queue_id(r), r.when.astimezone(UTC)
    sent = r.when - (timedelta(hours=4, minutes=2) if delay else timedelta(seconds=3))
    arrival = format_datetime(sent)
    if delay:
        text = (
            f"This is the mail system at host {OUR_MTA}.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for 4.0 hours.\n"
            "It will be retried until it is 5.0 days old.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            f"<{rcpt}>: {diag}\n"
        )
        subject, action, dsn_note = "Delayed Mail (still being retried)", "delayed", "Delay"
    else:
        text = (
            f"This is the mail system at host {OUR_MTA}.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            f"<{rcpt}>: host {remote} said: {diag} (in reply to RCPT TO command)\n"
        )
        subject, action, dsn_note = "Undelivered Mail Returned to Sender", "failed", "Notification"
    status_part = (
        f"Reporting-MTA: dns; {OUR_MTA}\r\nX-Postfix-Queue-ID: {qid}\r\n"
        f"X-Postfix-Sender: rfc822; ar@example.cn\r\nArrival-Date: {arrival}\r\n\r\n"
        f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\nAction: {action}\r\n"
        f"Status: {status}\r\nRemote-MTA: dns; {remote.split('[')[0]}\r\n"
        f"Diagnostic-Code: smtp; {diag.replace(chr(10), ' ')}\r\n"
    )
    if delay:
        status_part += f"Will-Retry-Until: {format_datetime(sent + timedelta(days=5))}\r\n"
    bnd = f"{qid}.{int(when.timestamp())}/{OUR_MTA}"
    parts = [
        f"Content-Description: {dsn_note}\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n".encode()
        + text.replace("\n", "\r\n").encode(),
        b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        + status_part.encode(),
        b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + _orig_headers(r, rcpt, sent).encode(),
    ]
    body = multipart("report; report-type=delivery-status", bnd, parts)
    hs = [
        "Return-Path: <>",
        f"Date: {_date(r, utc=False)}",
        f"From: MAILER-DAEMON@{OUR_MTA} (Mail Delivery System)",
        f"Subject: {subject}",
        "To: ar@example.cn",
        "Auto-Submitted: auto-replied",
        f"Message-Id: <{when:%Y%m%d%H%M%S}.{qid}@{OUR_MTA}>",
        "MIME-Version: 1.0",
    ]
    return _msg(hs, body)


def exchange_ndr_zh(r: Reply, rcpt: str) -> bytes:
    """Exchange Online's Chinese NDR: the recipient's mailbox is full (after it was accepted)."""
    dom = rcpt.split("@")[1]
    subj = "无法传递: " + SUBJECT[r.thread]
    text = (
        f"未能将邮件传递给以下收件人:\n\n{rcpt}\n"
        "收件人的邮箱已满，当前无法接收邮件。请稍后重试发送，或通过其他方式联系收件人。\n\n\n"
        "诊断信息（管理员用）:\n\n"
        f"生成服务器: SEYPR06MB6221.apcprd06.prod.outlook.com\n\n{rcpt}\n"
        "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'\n\n"
        "原始邮件头:\n\n" + _orig_headers(r, rcpt).replace("\r\n", "\n")
    )
    status = (
        "Reporting-MTA: dns;SEYPR06MB6221.apcprd06.prod.outlook.com\r\n"
        f"Received-From-MTA: dns;{OUR_MTA}\r\nArrival-Date: {format_datetime(r.sent.astimezone(UTC))}\r\n\r\n"
        f"Final-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.2.2\r\n"
        "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\r\n"
    )
    parts = [
        part("text/plain", "utf-8", "base64", text),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.encode(),
        b"Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).encode(),
    ]
    body = multipart("report; report-type=delivery-status", f"_000_{r.h[:32]}_", parts)
    hs = [
        f"From: Microsoft Outlook <postmaster@{dom}>",
        "To: ar@example.cn",
        f"Date: {_date(r, utc=True)}",
        f"Subject: {_subj(subj)}",
        f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@SEYPR06MB6221.apcprd06.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        f"Thread-Topic: {_subj(SUBJECT[r.thread])}",
        "Content-Language: zh-CN",
        "X-MS-Exchange-Message-Is-Ndr: ",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]
    return _msg(hs, body)


def coremail_tuixin(r: Reply, rcpt: str) -> bytes:
    """A corporate Coremail 退信: HTML and text, the original attached, no DSN part."""
    dom = rcpt.split("@")[1]
    when = r.when - timedelta(minutes=1)
    text = (
        "很抱歉，您发送的邮件被退回了，以下是该邮件的相关信息：\n\n"
        f"被退回的邮件：{SUBJECT[r.thread]}\n发送时间：{when:%Y-%m-%d %H:%M:%S}\n"
        f"无法送达的收件人：{rcpt}\n\n退信原因：收件人账户已停用（The recipient account has been disabled）\n\n"
        "建议解决方案：请与收件人通过其他方式联系，确认正确的邮箱地址后再重新发送。\n\n"
        f"此邮件由 {dom} 邮件系统自动发出，请勿直接回复。"
    )
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    alt = multipart(
        "alternative",
        f"----=_Part_{int(r.h[:4], 16)}_{int(r.h[4:12], 16)}.1764{int(r.h[12:17], 16):09d}",
        [part("text/plain", "UTF-8", "base64", text), part("text/html", "UTF-8", "base64", html)],
    )
    original = (
        b"Content-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n"
        + _orig_headers(r, rcpt, when).encode()
        + b"\r\n--ck-alt\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + b64("（原邮件正文略）".encode())
        + b"--ck-alt--\r\n"
    )
    body = multipart("mixed", f"----=_Part_Bounce_{r.h[:12].lower()}", [alt, original])
    hs = [
        f"From: {enc_word('系统管理员')} <postmaster@{dom}>",
        "To: ar@example.cn",
        f"Subject: {_subj('系统退信 / Undelivered Mail Returned to Sender')}",
        f"Date: {_date(r)} (GMT+08:00)",
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.bounce.Coremail.postmaster@{dom}>",
        "X-Mailer: Coremail Webmail Server Version XT6.0.3 build 20240716(b0f3e4c1)",
        "X-CM-TRANSID: " + r.h[:20],
        "MIME-Version: 1.0",
    ]
    return _msg(hs, body)


def exchange_oof(r: Reply, lang: str, text: str) -> bytes:
    """An Exchange / Outlook automatic reply in the owner's language."""
    name, email = r.sender
    stem = {"zh": "自动答复: ", "zh-Hant": "自動回覆: ", "en": "Automatic reply: "}[lang]
    subj = stem + SUBJECT[r.thread]
    cl = {"zh": "zh-CN", "zh-Hant": "zh-TW", "en": "en-US"}[lang]
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
        + "".join(f"<div>{ln or '&nbsp;'}</div>" for ln in text.split("\n"))
        + "</font></div></body></html>"
    )
    body = multipart(
        "alternative",
        f"_000_{r.h[:32]}_",
        [part("text/plain", "utf-8", "base64", text), part("text/html", "utf-8", "base64", html)],
    )
    hs = [
        f"From: {enc_word(name) if not name.isascii() else name} <{email}>",
        f"To: {enc_word(ours(r)[0])} <{ours(r)[1]}>",
        f"Subject: {_subj(subj)}",
        f"Thread-Topic: {_subj(SUBJECT[r.thread])}",
        f"Thread-Index: Ad{r.h[:22]}==",
        f"Date: {_date(r, utc=True)}",
        f"Message-ID: <{r.h[:24]}@{email.split('@')[1]}>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        f"Content-Language: {cl}",
        "X-MS-Has-Attach: ",
        "X-MS-Exchange-Inbox-Rules-Loop: " + email,
        "X-MS-TNEF-Correlator: ",
        "X-Auto-Response-Suppress: All",
        "Auto-Submitted: auto-generated",
        "Return-Path: <>",
        "MIME-Version: 1.0",
    ]
    return _msg(hs, body)


def cn_autoreply(r: Reply, kind: str, text: str) -> bytes:
    """Exmail, Alimail, 163 or QQ vacation: Chinese auto-replies, with or without a header."""
    name, email = r.sender
    subj = ("自动回复: " if kind in ("exmail", "qqvac") else "自动回复：") + SUBJECT[r.thread]
    hs = [
        f'From: "{enc_word(name)}" <{email}>'
        if kind in ("exmail", "qqvac")
        else f"From: {enc_word(name)} <{email}>",
        f"To: {ours(r)[1]}",
        f"Subject: {_subj(subj, 'gb18030' if kind == 'qqvac' else 'utf-8')}",
        f"Date: {_date(r)}" + (" (CST)" if kind == "n163" else ""),
    ]
    if kind == "exmail":
        hs += [
            f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
            f"In-Reply-To: {r.ck_id}",
            "Auto-Submitted: auto-replied",
            "X-Mailer: QQMail 2.x",
        ]
    elif kind == "qqvac":
        hs += [
            f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-Mailer: QQMail 2.x",
        ]
        text = "这是来自QQ邮箱的假期自动回复邮件。\n\n" + text
    elif kind == "alimail":
        hs += [
            f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-auto.{email}>",
            f"In-Reply-To: {r.ck_id}",
            "Auto-Submitted: auto-replied",
            "X-Mailer: Alimail-Mailagent",
        ]
    else:  # 163: nothing marks it but the subject
        hs += [
            f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.{r.h[12:23].lower()}.Coremail.{email.split('@')[0]}@163.com>",
            f"In-Reply-To: {r.ck_id}",
        ]
    hs.append("MIME-Version: 1.0")
    if kind == "qqvac":
        html = (
            "<html><body>"
            + "".join(f"<div>{ln or '<br>'}</div>" for ln in text.split("\n"))
            + "</body></html>"
        )
        return _msg(hs, part("text/html", "gb18030", "base64", html))
    return _msg(hs, part("text/plain", "UTF-8" if kind != "n163" else "GBK", "base64", text))


def icloud_vacation(r: Reply, text: str) -> bytes:
    name, email = r.sender
    hs = [
        f"From: {enc_word(name)} <{email}>",
        f"To: {ours(r)[1]}",
        f"Subject: {_subj('Auto reply: ' + SUBJECT[r.thread])}",
        f"Date: {_date(r)}",
        f"Message-Id: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-VACATION@icloud.com>",
        f"In-Reply-To: {r.ck_id}",
        "X-Apple-Action: VACATION",
        "MIME-Version: 1.0",
    ]
    return _msg(hs, part("text/plain", "utf-8", "quoted-printable", text))


def gmail_vacation(r: Reply, subject: str, text: str) -> bytes:
    name, email = r.sender
    html = '<div dir="ltr">' + "<br>".join(text.split("\n")) + "</div>"
    body = multipart(
        "alternative",
        "000000000000" + r.h[:16].lower(),
        [
            part("text/plain", "UTF-8", "quoted-printable", text),
            part("text/html", "UTF-8", "quoted-printable", html),
        ],
    )
    hs = [
        f"From: {name} <{email}>",
        f"To: {ours(r)[1]}",
        f"Subject: {_subj(subject)}",
        f"Date: {_date(r)}",
        f"Message-ID: <CA{r.h[:10]}{r.h[10:30].lower()}+vac@mail.gmail.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]
    return _msg(hs, body)


def mdn(r: Reply, flavour: str) -> bytes:
    """A read receipt: Outlook zh-CN / en (automatic) or Thunderbird (sent manually)."""
    name, email = r.sender
    subj0 = SUBJECT[r.thread]
    sent = r.sent
    read = r.when
    if flavour == "olzh":
        subj = "已读: " + subj0
        text = (
            f"您的邮件\n\n  收件人: {name} <{email}>\n  主题: {subj0}\n  发送时间: {sent:%Y/%m/%d} {sent.hour}:{sent:%M}\n\n"
            f"已于 {read:%Y/%m/%d} {read.hour}:{read:%M} 读取。"
        )
        disp, ua = (
            "automatic-action/MDN-sent-automatically; displayed",
            "SEYPR06MB6221.apcprd06.prod.outlook.com",
        )
    elif flavour == "olen":
        subj = "Read: " + subj0
        text = (
            f"Your message\n\n  To: {name}\n  Subject: {subj0}\n  Sent: {sent:%A, %B} {sent.day}, {sent.year} {sent:%I:%M %p}\n\n"
            f"was read on {read:%A, %B} {read.day}, {read.year} {read:%I:%M %p}."
        )
        disp, ua = (
            "automatic-action/MDN-sent-automatically; displayed",
            "SG2PR04MB3911.apcprd04.prod.outlook.com",
        )
    else:
        subj = "Return Receipt (displayed) - " + subj0
        text = (
            f"This is a Return Receipt for the mail that you sent to {email}.\n\n"
            "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
            "computer. There is no guarantee that the recipient has read or understood the message contents."
        )
        disp, ua = "manual-action/MDN-sent-manually; displayed", "Mozilla Thunderbird"
    report = (
        f"Reporting-UA: {ua}\r\nFinal-Recipient: rfc822;{email}\r\n"
        f"Original-Message-ID: {r.ck_id}\r\nDisposition: {disp}\r\n"
    )
    parts = [
        part("text/plain", "utf-8", "base64" if flavour == "olzh" else "7bit", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + report.encode(),
    ]
    body = multipart("report; report-type=disposition-notification", f"_002_{r.h[:28]}_", parts)
    utc = flavour != "tb"
    hs = [
        f"From: {enc_word(name) if not name.isascii() else name} <{email}>",
        f"To: {ours(r)[1]}",
        f"Subject: {_subj(subj)}",
        f"Date: {_date(r, utc=utc)}",
        f"Message-ID: <{r.h[:20].lower()}@{email.split('@')[1]}>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "MIME-Version: 1.0",
    ]
    if flavour == "tb":
        hs.append("User-Agent: Mozilla Thunderbird")
    return _msg(hs, body)


def ticket_ack(r: Reply) -> bytes:
    text = (
        "Dear Example Tech Accounts,\n\n"
        "Thank you for writing to Meridian Crest Operations. This is to acknowledge that we have received "
        "your email and a ticket has been created for it.\n\n"
        "Ticket ID: #4127\nSubject: " + SUBJECT[r.thread] + "\nStatus: Open\n\n"
        "A member of our team will get back to you within 2 business days regarding your payment query. "
        "You can reply to this email to add information to your ticket.\n\n"
        "This is an automated message.\n\nMeridian Crest Operations"
    )
    hs = [
        "From: Meridian Crest Operations <support@meridiancrest.freshdesk.com>",
        "Reply-To: ops@meridiancrest.sg",
        f"To: {ours(r)[1]}",
        f"Subject: {_subj('[Ticket #4127] ' + SUBJECT[r.thread])}",
        f"Date: {_date(r)}",
        f"Message-ID: <{r.h[:16].lower()}.4127@meridiancrest.freshdesk.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-generated",
        "X-FD-Email-Type: ticket_acknowledgement",
        "MIME-Version: 1.0",
    ]
    return _msg(hs, part("text/plain", "utf-8", "quoted-printable", text))


def newsletter(r: Reply) -> bytes:
    text = (
        "Dear valued business customer,\n\n"
        "Pay your overseas suppliers faster: from 1 December, cross-border remittances to mainland China "
        "initiated before 3 pm are credited the same day. Payment status and the remittance advice (MT103) "
        "can now be downloaded directly from your dashboard.\n\n"
        "Have an outstanding invoice? Schedule the payment in BizPay and we will remind you before the due date.\n\n"
        "To unsubscribe from these updates, click here: https://news.bizpay-asia.com/u/8827411\n\n"
        "BizPay Asia Pte. Ltd., 1 Raffles Place, Singapore 048616"
    )
    hs = [
        "From: BizPay Asia <newsletter@news.bizpay-asia.com>",
        "To: ar@example.cn",
        "Subject: December update: same-day remittances to China",
        f"Date: {_date(r)}",
        f"Message-ID: <{r.h[:20].lower()}@news.bizpay-asia.com>",
        "Precedence: bulk",
        "List-Id: BizPay Asia customer news <news.bizpay-asia.com>",
        "List-Unsubscribe: <https://news.bizpay-asia.com/u/8827411>, <mailto:unsubscribe@news.bizpay-asia.com>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "MIME-Version: 1.0",
    ]
    return _msg(hs, part("text/plain", "utf-8", "quoted-printable", text))


def _m(
    style: str,
    kind: str,
    thread: str,
    sender: tuple[str, str],
    raw: Callable[[Reply], bytes],
    note: str,
    **opts,
) -> Entry:
    o = {"thread": thread, "sender": sender, "raw": raw, "danger": True, "note": note, **opts}
    return (style, kind, None, f"{thread} {note}", o)


# fmt: off
MACHINE: list[Entry] = [
    _m("olen", "bounce", "l_dairy", ("Mail Delivery System", f"MAILER-DAEMON@{OUR_MTA}"), partial(postfix_dsn, rcpt="caiwu@muge-coop.cn", remote="mx.muge-coop.cn[121.40.18.77]", diag="550 5.1.1 <caiwu@muge-coop.cn>: Recipient address rejected: User unknown in local\n    recipient table", status="5.1.1"), "Postfix DSN, user unknown", tz="Asia/Shanghai"),
    _m("olen", "bounce", "l_saudi", ("Mail Delivery System", f"MAILER-DAEMON@{OUR_MTA}"), partial(postfix_dsn, rcpt="m.alharbi@alrashed-bm.com.sa", remote="alrashedbm-com-sa.mail.protection.outlook.com[52.101.68.9]", diag="550 5.4.1 Recipient address rejected: Access denied. AS(201806281)\n    [AM4PEPF00027A5E.eurprd04.prod.outlook.com]", status="5.4.1"), "Postfix DSN quoting Exchange Online Protection", tz="Asia/Shanghai", day=D[3]),
    _m("olen", "bounce", "l_lhasa", ("Mail Delivery System", f"MAILER-DAEMON@{OUR_MTA}"), partial(postfix_dsn, rcpt="tsering@xueyuxing.com", remote="mx.xueyuxing.com[222.19.4.31]", diag="connect to mx.xueyuxing.com[222.19.4.31]:25: Connection timed out", status="4.4.1", delay=True), "delay warning, not permanent", tz="Asia/Shanghai"),
    _m("olzhcn", "bounce", "l_battery", ("Microsoft Outlook", "postmaster@liyuanxcl.onmicrosoft.com"), partial(exchange_ndr_zh, rcpt="zhoujm@liyuanxcl.onmicrosoft.com"), "Exchange NDR in Chinese, mailbox full"),
    _m("olzhcn", "bounce", "l_battery", ("系统管理员", "postmaster@liyuan-nm.com"), partial(coremail_tuixin, rcpt="chengwei@liyuan-nm.com"), "Coremail 退信 without a DSN part", day=D[9]),
    _m("olzhcn", "auto_reply", "l_pharmacy", ("孙丽", "sunli@jlkjpharm.onmicrosoft.com"), partial(exchange_oof, lang="zh", text="您好，\n\n我于12月1日至12月8日休假，期间邮件回复可能不及时。付款相关事宜请联系财务部钱会计（qianhui@jlkj-pharm.com，025-8467 3321），谢谢！\n\n孙丽"), "Exchange OOF zh-CN mentioning 付款"),
    _m("olzhtw", "auto_reply", "l_kaohsiung", ("蔡佩珊", "ps.tsai@hsingyu-net.com.tw"), partial(exchange_oof, lang="zh-Hant", text="您好：\n\n本人於12/3（四）至12/8（二）休假，期間將無法即時回覆郵件。如有匯款或帳務相關事宜，請洽會計課林小姐，分機13。\n\n謝謝！"), "Exchange OOF zh-TW", tz="Asia/Taipei", day=D[3]),
    _m("olen", "auto_reply", "l_saudi", ("Mohammed Al-Harbi", "m.alharbi@alrashed-bm.com.sa"), partial(exchange_oof, lang="en", text="Thank you for your email.\n\nI am out of the office performing Umrah until Sunday 13 December with limited access to email. For payment matters please contact finance@alrashed-bm.com.sa and they will arrange it.\n\nBest Regards,\nMohammed Al-Harbi"), "Exchange OOF that says finance will arrange payment", tz="Asia/Riyadh", day=D[7]),
    _m("qqweb", "auto_reply", "l_lhasa", ("卓玛", "3308126674@qq.com"), partial(cn_autoreply, kind="qqvac", text="扎西德勒！本人12月5日前在成都参加培训，付款事宜请联系次仁经理，回来后第一时间处理。"), "QQ vacation reply promising to deal with payment"),
    _m("n163", "auto_reply", "l_dairy", ("乌云其其格", "wuyunqqg_mg@163.com"), partial(cn_autoreply, kind="n163", text="您的来信已收到，我会尽快处理。如有急事请拨打0479-8236617。\n乌云其其格"), "163 auto-reply with no header, only its subject", day=D[7]),
    _m("exmail", "auto_reply", "l_moto", ("冉晓丽", "ranxl@yuchimoto.com"), partial(cn_autoreply, kind="exmail", text="您好！本人12月2日至12月5日出差莫斯科，期间邮件回复可能不及时，付款急事请联系向总：139 8325 6071。"), "Exmail auto-reply"),
    _m("alimail", "auto_reply", "l_pharmacy", ("周燕", "zhouyan@jlkj-pharm.com"), partial(cn_autoreply, kind="alimail", text="您好，您的邮件已收到。本人12月2日—12月4日在无锡出差，期间查看邮件不及时，付款及发票事宜请联系财务部。"), "Alimail auto-reply"),
    _m("applezh", "auto_reply", "l_embroid", ("沈秀娟", "shenxiujuan@icloud.com"), partial(icloud_vacation, text="您好，我12月1日至12月6日在米兰参加手工艺展，期间回复较慢，急事请微信联系。\n沈秀娟"), "iCloud vacation"),
    _m("gmailen", "auto_reply", "l_nzdairy", ("Aroha Williams", "aroha@kowhaidairy.co.nz"), partial(gmail_vacation, subject="Out of office - summer break", text="Kia ora,\n\nThanks for your email. Kōwhai is closed for the summer break from 19 December and we're back on Tuesday 5 January. Invoices received during the break will be processed when we return.\n\nMeri Kirihimete!\nAroha"), "Gmail vacation responder with its own subject", tz="Pacific/Auckland", day=D[21]),
    _m("olzhcn", "auto_reply", "l_battery", ("许敏", "xumin@liyuan-nm.com"), partial(mdn, flavour="olzh"), "Outlook read receipt 已读:"),
    _m("olen", "auto_reply", "l_sgfo", ("Priya Nair", "priya.nair@meridiancrest.sg"), partial(mdn, flavour="olen"), "Outlook read receipt Read:", tz="Asia/Singapore"),
    _m("tben", "auto_reply", "l_dutch", ("Sanne de Vries", "s.devries@vdbergbloemen.nl"), partial(mdn, flavour="tb"), "Thunderbird return receipt", tz="Europe/Amsterdam"),
    _m("olen", "auto_reply", "l_sgfo", ("Meridian Crest Operations", "support@meridiancrest.freshdesk.com"), ticket_ack, "helpdesk ticket acknowledgement: 'within 2 business days'", tz="Asia/Singapore"),
    _m("olen", "other", "l_sgfo", ("BizPay Asia", "newsletter@news.bizpay-asia.com"), newsletter, "a payments newsletter, bulk", tz="Asia/Singapore", known=False),
]
# fmt: on
