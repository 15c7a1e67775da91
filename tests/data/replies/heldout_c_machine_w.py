"""Machine mail of held-out set W: bounces, delays, auto-replies, receipts, list and ticket mail.

Written from /work/shared/MAIL-CLIENTS.md and the RFCs (3464 delivery status, 3834
auto-replies, 8098 read receipts), answering set W's own reminders
(heldout_c_threads_w.py): each builder returns the whole message as it arrives.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime

import heldout_c_threads_w  # noqa: F401  (registers the reminders bounced and answered)
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT


def _d(day: int) -> date:
    return date(2026, 12, day)


def _head(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode()


def _orig(r: Reply, sent: datetime | None = None) -> str:
    """Our reminder's headers as a bounce quotes them."""
    return (
        f"From: =?utf-8?B?56S65L6L56eR5oqAIOW6lOaUtui0puasvg==?= <ar@example.cn>\r\n"
        f"To: {r.sender[1]}\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
        f"Date: {format_datetime(sent or r.sent)}\r\nMessage-ID: {r.ck_id}\r\nMIME-Version: 1.0\r\n"
    )


def _utc(r: Reply) -> str:
    return format_datetime(r.when.astimezone(UTC)).replace("-0000", "+0000")


def postfix_failed(r: Reply) -> bytes:
    """Our own Postfix returns a reminder: 550 5.1.1 at the client's server, with a DSN part."""
    qid = r.h[:10]
    rcpt = r.sender[1]
    dom = rcpt.split("@")[1]
    text = (
        "This is the mail system at host mail.example.cn.\r\n\r\nI'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients. It's attached below.\r\n\r\nFor further assistance, please send mail to postmaster.\r\n\r\n"
        "If you do so, please include this problem report. You can\r\ndelete your own text from the attached returned message.\r\n\r\n"
        f"                   The mail system\r\n\r\n<{rcpt}>: host mx1.{dom}[185.24.96.17] said: 550 5.1.1\r\n"
        f"    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox\r\n    table (in reply to RCPT TO command)\r\n"
    )
    status = (
        f"Reporting-MTA: dns; mail.example.cn\r\nX-Postfix-Queue-ID: {qid}\r\nX-Postfix-Sender: rfc822; ar@example.cn\r\n"
        f"Arrival-Date: {format_datetime(r.when)}\r\n\r\nFinal-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\n"
        f"Action: failed\r\nStatus: 5.1.1\r\nRemote-MTA: dns; mx1.{dom}\r\nDiagnostic-Code: smtp; 550 5.1.1 <{rcpt}>:\r\n"
        "    Recipient address rejected: User unknown in virtual mailbox table\r\n"
    )
    bnd = f"{qid}.1764{r.n:06d}/mail.example.cn"
    parts = [
        b"Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        + text.encode(),
        b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        + status.encode(),
        b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + _orig(r).encode(),
    ]
    head = _head([
        "Return-Path: <>", f"Date: {format_datetime(r.when)}", "From: MAILER-DAEMON@mail.example.cn (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender", "To: ar@example.cn", "Auto-Submitted: auto-replied",
        f"Message-Id: <20261207{r.n:06d}.{qid}@mail.example.cn>", "MIME-Version: 1.0",
    ])  # fmt: skip
    body = multipart("report", bnd, parts).replace(
        b"multipart/report;", b"multipart/report; report-type=delivery-status;", 1
    )
    return head + body


def postfix_delayed(r: Reply) -> bytes:
    """A Postfix warning: not delivered for 4 hours, still being retried (4.4.1)."""
    qid = r.h[:10]
    rcpt = r.sender[1]
    dom = rcpt.split("@")[1]
    came = r.when - timedelta(hours=4, minutes=2)
    text = (
        "This is the mail system at host mail.example.cn.\r\n\r\n"
        "####################################################################\r\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r\n"
        "####################################################################\r\n\r\n"
        "Your message could not be delivered for more than 4 hour(s).\r\nIt will be retried until it is 5 day(s) old.\r\n\r\n"
        "For further assistance, please send mail to postmaster.\r\n\r\n                   The mail system\r\n\r\n"
        f"<{rcpt}>: connect to mail.{dom}[203.99.51.12]:25: Connection timed out\r\n"
    )
    status = (
        f"Reporting-MTA: dns; mail.example.cn\r\nX-Postfix-Queue-ID: {qid}\r\nX-Postfix-Sender: rfc822; ar@example.cn\r\n"
        f"Arrival-Date: {format_datetime(came)}\r\n\r\nFinal-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\n"
        f"Action: delayed\r\nStatus: 4.4.1\r\nDiagnostic-Code: X-Postfix; connect to mail.{dom}[203.99.51.12]:25:\r\n"
        "    Connection timed out\r\n"
        f"Will-Retry-Until: {format_datetime(came + timedelta(days=5))}\r\n"
    )
    bnd = f"{qid}.1764{r.n:06d}/mail.example.cn"
    parts = [
        b"Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        + text.encode(),
        b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        + status.encode(),
        b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + _orig(r, came).encode(),
    ]
    head = _head([
        "Return-Path: <>", f"Date: {format_datetime(r.when)}", "From: MAILER-DAEMON@mail.example.cn (Mail Delivery System)",
        "Subject: Delayed Mail (still being retried)", "To: ar@example.cn", "Auto-Submitted: auto-replied",
        f"Message-Id: <20261202{r.n:06d}.{qid}@mail.example.cn>", "MIME-Version: 1.0",
    ])  # fmt: skip
    body = multipart("report", bnd, parts).replace(
        b"multipart/report;", b"multipart/report; report-type=delivery-status;", 1
    )
    return head + body


def exchange_ndr(r: Reply) -> bytes:
    """Exchange Online returns a reminder: the mailbox was removed (5.1.10), DSN and original attached."""
    rcpt = r.sender[1]
    dom = rcpt.split("@")[1]
    subj = SUBJECT[r.thread]
    text = (
        f"Your message to {rcpt} couldn't be delivered.\r\n\r\n{rcpt.split('@')[0]} wasn't found at {dom}.\r\n\r\n"
        "ar\r\nOffice 365\r\nAction Required\r\n\r\nUnknown To address\r\n\r\nHow to Fix It\r\n"
        "The address may be misspelled or may not exist. Try one or more of the following:\r\n"
        "- Retype the recipient's address, then resend the message.\r\n\r\n"
        f"Original Message Details\r\nCreated Date:    {r.sent:%m/%d/%Y %I:%M:%S %p}\r\nSender Address:  ar@example.cn\r\n"
        f"Recipient Address: {rcpt}\r\nSubject:  {subj}\r\n\r\nError Details\r\n"
        "Reported error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n"
        f"DSN generated by: KW2PR01MB5512.eurprd01.prod.exchangelabs.com\r\n"
    )
    status = (
        f"Reporting-MTA: dns;KW2PR01MB5512.eurprd01.prod.exchangelabs.com\r\nReceived-From-MTA: dns;mail.example.cn\r\n"
        f"Arrival-Date: {_utc(r)}\r\n\r\nFinal-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.1.10\r\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n"
    )
    bnd = f"_4bd3e7a8-{r.h[:4].lower()}-4c2e-9f1b-{r.h[4:16].lower()}_"
    parts = [
        part("text/plain", "us-ascii", "7bit", text),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.encode(),
        b"Content-Type: message/rfc822\r\n\r\n"
        + _orig(r).encode()
        + b"\r\n"
        + part("text/plain", "utf-8", "base64", "(reminder)"),
    ]
    head = _head([
        "From: postmaster@" + dom, "To: <ar@example.cn>", f"Date: {_utc(r)}", "Subject: Undeliverable: " + enc_word(subj),
        "Content-Language: en-US", f"Message-ID: <{r.h[:8]}-a1c2-4b3d-8e9f-{r.h[8:20].lower()}@KW2PR01MB5512.eurprd01.prod.exchangelabs.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Thread-Topic: " + enc_word(subj),
        "X-MS-Exchange-Message-Is-Ndr: ", "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
    ])  # fmt: skip
    body = multipart("report", bnd, parts).replace(
        b"multipart/report;", b"multipart/report; report-type=delivery-status;", 1
    )
    return head + body


def coremail_bounce(r: Reply) -> bytes:
    """A Coremail 系统退信 with no delivery-status part: the mailbox is full."""
    rcpt = r.sender[1]
    dom = rcpt.split("@")[1]
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        '<div style="font-size:14px"><b>很抱歉，您发送的邮件被退回。</b></div><br>'
        f"<div>收件人：{rcpt}</div><div>退信原因：收件人邮箱空间已满，无法接收新邮件。</div>"
        "<div>服务器返回信息：552 5.2.2 Mailbox size limit exceeded</div><br>"
        f"<div>----- 原邮件信息 -----</div><div>发件人：ar@example.cn</div><div>主题：{SUBJECT[r.thread]}</div>"
        f"<div>发送时间：{r.sent:%Y-%m-%d %H:%M:%S}</div><br><div>此邮件由系统自动发出，请勿直接回复。</div></body></html>"
    )
    head = _head([
        f"From: =?UTF-8?B?57O757uf566h55CG5ZGY?= <postmaster@{dom}>", "To: ar@example.cn",
        f"Subject: {enc_word('系统退信')}", f"Date: {format_datetime(r.when)} (CST)",
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.bounce.Coremail.postmaster@{dom}>",
        "X-Mailer: Coremail Webmail Server Version XT6.0.3 build 20240716(b0f3e4c1)",
        f"X-CM-TRANSID: {r.h[:20]}_bounce", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + part("text/html", "UTF-8", "base64", html)


def cn_delay(r: Reply) -> bytes:
    """A Chinese gateway's worded delay notice, no DSN part: still retrying (4.x)."""
    rcpt = r.sender[1]
    text = (
        "您好：\n\n"
        f"您于 {r.sent:%Y年%m月%d日 %H:%M} 发送给 {rcpt} 的邮件暂时未能投递成功。\n"
        "原因：对方邮件服务器暂时无法连接（451 4.4.0 DNS resolving error）。\n\n"
        "系统将在接下来的48小时内继续尝试投递，您无需重新发送。如最终投递失败，系统将另行通知您。\n\n"
        f"邮件主题：{SUBJECT[r.thread]}\n\n——示例科技邮件系统（本邮件由系统自动发出，请勿回复）"
    )
    head = _head([
        "From: =?UTF-8?B?6YKu5Lu257O757uf?= <postmaster@example.cn>", "To: ar@example.cn",
        f"Subject: {enc_word('邮件延迟投递通知')}", f"Date: {format_datetime(r.when)}",
        f"Message-ID: <delay.{r.h[:16].lower()}@example.cn>", "Auto-Submitted: auto-generated", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + part("text/plain", "UTF-8", "base64", text)


def _oof(r: Reply, prefix: str, lang: str, text: str, charset: str = "utf-8") -> bytes:
    """An Exchange out-of-office reply (text + HTML, UTC date, RFC 3834 headers)."""
    subj = prefix + SUBJECT[r.thread]
    html = (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head><body>'
        + "".join(f"<div>{ln or '<br>'}</div>" for ln in text.split("\n"))
        + "</body></html>"
    )
    bnd = f"_000_{r.h[:32]}_"
    head = _head([
        f"From: {enc_word(r.sender[0], charset)} <{r.sender[1]}>", "To: ar@example.cn",
        f"Subject: {enc_word(subj, charset)}", f"Thread-Topic: {enc_word(SUBJECT[r.thread])}", f"Date: {_utc(r)}",
        f"Message-ID: <{r.h[:24]}@SEYPR06MB{r.h[24:28]}.apcprd06.prod.outlook.com>", f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}", "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
        f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender[1]}", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
        f"Content-Language: {lang}", "MIME-Version: 1.0",
    ])  # fmt: skip
    cte = "quoted-printable" if charset == "big5" else "base64"
    return head + multipart(
        "alternative",
        bnd,
        [part("text/plain", charset, cte, text), part("text/html", charset, cte, html)],
    )


def oof_en(r: Reply) -> bytes:
    return _oof(r, "Automatic reply: ", "en-AU",
                "Thanks for your email. I'm on annual leave from 18 December and back on Monday 11 January.\n\n"
                "For accounts payable queries, including payments and remittances, please contact Trent Walsh "
                "(trent.walsh@derwentsalmon.com.au, 03 6228 4410).\n\nBronwyn")  # fmt: skip


def oof_zh(r: Reply) -> bytes:
    return _oof(r, "自动答复: ", "zh-CN",
                "您好，我于12月7日至12月11日在潍坊参加集团培训，期间邮件可能无法及时回复。\n\n"
                "付款、发票相关事宜请联系财务部孙主任（sunhm@sgguoshu.com，0536-5229016）。\n\n王磊")  # fmt: skip


def oof_hk(r: Reply) -> bytes:
    return _oof(r, "自動回覆: ", "zh-HK",
                "多謝你嘅電郵。本人由12月24日至1月2日放假，期間未能即時回覆。\n\n"
                "如有付款或帳務查詢，請聯絡會計部梁先生（accounts@hongwo-tcm.com.hk）。\n\n何小姐", "big5")  # fmt: skip


def qq_vacation(r: Reply) -> bytes:
    """QQ Mail's holiday reply: HTML only, gb18030, no header says it is automatic."""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
        "<div>这是来自QQ邮箱的假期自动回复邮件。<br><br>您好，我这几天在果园摘果子，看邮件不方便。钱的事情请找钟会计，电话13979712268。</div></body></html>"
    )
    head = _head([
        f'From: "{enc_word(r.sender[0], "gb18030")}" <{r.sender[1]}>', "To: ar@example.cn",
        f"Subject: {enc_word('自动回复: ' + SUBJECT[r.thread], 'gb18030')}", f"Date: {format_datetime(r.when)}",
        f"Message-ID: <tencent_{r.h[:24]}@qq.com>", f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}",
        "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + part("text/html", "gb18030", "base64", html)


def n163_auto(r: Reply) -> bytes:
    """163's auto-reply: 自动回复： + subject, no Auto-Submitted header."""
    text = "您的来信已收到，我会尽快处理。付款相关事宜一般在每周四统一处理，请耐心等待。\n谭利平"
    head = _head([
        f"From: {enc_word(r.sender[0], 'GBK')} <{r.sender[1]}>", "To: ar@example.cn",
        f"Subject: {enc_word('自动回复：' + SUBJECT[r.thread], 'GBK')}", f"Date: {format_datetime(r.when)} (CST)",
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.{r.h[12:23].lower()}.Coremail.tanlp_jd@163.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + part("text/plain", "GBK", "base64", text, "\n")


def _mdn(r: Reply, subject: str, text: str, lang: str) -> bytes:
    report = (
        "Reporting-UA: Microsoft Outlook 16.0\r\n"
        f"Final-Recipient: rfc822;{r.sender[1]}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    bnd = f"_001_{r.h[:32]}_"
    head = _head([
        f"From: {enc_word(r.sender[0])} <{r.sender[1]}>", "To: ar@example.cn", f"Subject: {enc_word(subject)}",
        f"Thread-Topic: {enc_word(SUBJECT[r.thread])}", f"Date: {_utc(r)}",
        f"Message-ID: <{r.h[:20]}@{r.sender[1].split('@')[1]}>", f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}",
        f"Content-Language: {lang}", "X-MS-Has-Attach: ", "MIME-Version: 1.0",
    ])  # fmt: skip
    body = multipart(
        "report",
        bnd,
        [part("text/plain", "utf-8", "base64", text),
         b"Content-Type: message/disposition-notification\r\n\r\n" + report.encode()],
    )  # fmt: skip
    return head + body.replace(
        b"multipart/report;", b"multipart/report; report-type=disposition-notification;", 1
    )


def mdn_en(r: Reply) -> bytes:
    s = SUBJECT[r.thread]
    text = (
        f"Your message\n\n  To: {r.sender[0]}\n  Subject: {s}\n  Sent: {r.sent:%A, %B} {r.sent.day}, {r.sent.year} "
        f"{r.sent:%I:%M %p} (UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi\n\nwas read on "
        f"{r.when:%A, %B} {r.when.day}, {r.when.year} {r.when:%I:%M %p} (UTC-04:00) Atlantic Time (Canada)."
    )
    return _mdn(r, "Read: " + s, text, "en-US")


def mdn_zh(r: Reply) -> bytes:
    s = SUBJECT[r.thread]
    text = (
        f"您的邮件\n\n  收件人: {r.sender[0]}\n  主题: {s}\n  发送时间: {r.sent:%Y/%m/%d} 星期一 9:00\n\n"
        f"已于 {r.when.year}/{r.when.month}/{r.when.day} {r.when:%H:%M} (UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐 读取。"
    )
    return _mdn(r, "已读: " + s, text, "zh-CN")


def ticket_ack(r: Reply) -> bytes:
    """An AP help desk's acknowledgement (Auto-Submitted: auto-replied), threaded to our reminder."""
    text = (
        "Hello,\n\nThank you for contacting Cumberland Row Accounts Payable. Your request #48213 has been received and "
        "will be reviewed by our team within 3-5 business days.\n\nPayment status inquiries are answered in the order "
        "received. Please do not reply to this message; replies to this address are not monitored.\n\n"
        "Cumberland Row AP Help Desk\nPowered by Zendesk"
    )
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>"
    head = _head([
        '"Cumberland Row AP Help Desk" <support@cumberlandrow.zendesk.com>'.join(["From: ", ""]),
        "Reply-To: Cumberland Row AP Help Desk <support@cumberlandrow.zendesk.com>", "To: ar@example.cn",
        f"Subject: [Cumberland Row AP] Re: {SUBJECT[r.thread]}", f"Date: {format_datetime(r.when)}",
        f"Message-ID: <7QX2M8_{r.h[:12].lower()}_sprut@zendesk.com>", f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}", "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
        "X-Mailer: Zendesk Mailer", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + multipart(
        "alternative",
        f"--==_mimepart_{r.h[:20].lower()}",
        [
            part("text/plain", "UTF-8", "quoted-printable", text),
            part("text/html", "UTF-8", "quoted-printable", html),
        ],
    )


def mailman_hold(r: Reply) -> bytes:
    """Mailman holds our reminder sent to a members-only list (Precedence: bulk)."""
    text = (
        f"Your mail to 'Creditors' with the subject\n\n    {SUBJECT[r.thread]}\n\n"
        "Is being held until the list moderator can review it for approval.\n\nThe reason it is being held:\n\n"
        "    Post by non-member to a members-only list\n\nEither the message will get posted to the list, or you will "
        "receive notification of the moderator's decision.  If you would like to cancel this posting, please visit the "
        "following URL:\n\n    https://lists.slievemish.ie/mailman/confirm/creditors/4f1c2a9e0b7d\n"
    )
    head = _head([
        "From: creditors-owner@lists.slievemish.ie", "To: ar@example.cn",
        "Subject: Your message to Creditors awaits moderator approval", f"Date: {format_datetime(r.when)}",
        f"Message-ID: <mailman.{r.n}.1764680000.2211.creditors@lists.slievemish.ie>", "Precedence: bulk",
        "X-BeenThere: creditors@lists.slievemish.ie", "X-Mailman-Version: 2.1.39", "List-Id: Creditors <creditors.lists.slievemish.ie>",
        "X-List-Administrivia: yes", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + part("text/plain", "us-ascii", "7bit", text)


def newsletter(r: Reply) -> bytes:
    """A client's bulk newsletter: payment cut-offs in it, nobody wrote it to us."""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
        "<h2>Fundy Shore Seafoods &mdash; Holiday Shipping Update</h2>"
        "<p>Season's greetings from the Bay of Fundy! LFA 34 opened on November 30 and our holding pound is full.</p>"
        "<p><b>Holiday cut-offs:</b> last air shipments to Asia leave Halifax on December 21. Payments received after "
        "December 18 will be applied in January. Overdue accounts may be placed on hold.</p>"
        '<p><a href="https://fundyshore.ca/unsubscribe?u=ar%40example.cn">Unsubscribe</a></p></body></html>'
    )
    text = (
        "Fundy Shore Seafoods - Holiday Shipping Update\n\nSeason's greetings from the Bay of Fundy! LFA 34 opened on "
        "November 30 and our holding pound is full.\n\nHoliday cut-offs: last air shipments to Asia leave Halifax on "
        "December 21. Payments received after December 18 will be applied in January. Overdue accounts may be placed on hold.\n\n"
        "Unsubscribe: https://fundyshore.ca/unsubscribe?u=ar%40example.cn"
    )
    head = _head([
        "From: Fundy Shore Seafoods <news@fundyshore.ca>", "To: ar@example.cn",
        "Subject: Holiday shipping cut-offs & season update", f"Date: {format_datetime(r.when)}",
        f"Message-ID: <{r.h[:20].lower()}@mail.fundyshore.ca>", "Precedence: bulk",
        "List-Unsubscribe: <https://fundyshore.ca/unsubscribe?u=ar%40example.cn>, <mailto:unsubscribe@fundyshore.ca>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: Mailchimp Mailer - **CID7c1a2b9e**",
        "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + multipart(
        "alternative",
        f"_----------=_MCPart_{r.h[:10]}",
        [
            part("text/plain", "utf-8", "quoted-printable", text),
            part("text/html", "utf-8", "quoted-printable", html),
        ],
    )


def icloud_vacation(r: Reply) -> bytes:
    """iCloud's vacation reply: Auto reply: + subject, X-Apple-Action, no Auto-Submitted."""
    text = (
        "Hi, I'm at the Ahmadi camps until 10 December with poor signal. For payments please contact "
        "Joseph Mathew (joseph.mathew@almutairi-catering.com.kw).\n\nKhaled"
    )
    head = _head([
        f"From: {r.sender[0]} <{r.sender[1]}>", "To: ar@example.cn", f"Subject: Auto reply: {SUBJECT[r.thread]}",
        f"Date: {format_datetime(r.when)}", f"Message-Id: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@me.com>",
        f"In-Reply-To: {r.ck_id}", "X-Apple-Action: VACATION/ar@example.cn", "MIME-Version: 1.0",
    ])  # fmt: skip
    return head + part("text/plain", "utf-8", "quoted-printable", text)


def m(style, kind, raw, who, thread, day, tz=None, **o):
    opts = {"sender": who, "thread": thread, "day": _d(day), "raw": raw, **o}
    if tz:
        opts["tz"] = tz
    return (style, kind, None, f"{raw.__name__} {who[1]}", opts)


# fmt: off
MACHINE_W = [
    m("tben", "bounce", postfix_failed, ("", "creditors@slievemish.ie"), "w_tra", 1, tz="Asia/Shanghai", known=False),
    m("olen", "bounce", exchange_ndr, ("", "procurement@almutairi-catering.com.kw"), "w_kwi", 2, tz="Asia/Kuwait", known=False),
    m("coremail", "bounce", coremail_bounce, ("", "luowei@jindinghuapao.com"), "w_ly", 2, known=False),
    m("tben", "bounce", postfix_delayed, ("", "f.siddiqui@indusmedline.pk"), "w_khi", 1, tz="Asia/Shanghai", known=False,
      note="a delay warning (4.4.1), still retried: not permanent"),
    m("n163", "bounce", cn_delay, ("", "zhong_kj@126.com"), "w_ga", 3, known=False,
      note="a worded delay notice without a DSN part: not permanent"),
    m("olen", "auto_reply", oof_en, ("Bronwyn Lister", "bronwyn.lister@derwentsalmon.com.au"), "w_hob", 21, tz="Australia/Hobart"),
    m("olzhcn", "auto_reply", oof_zh, ("王磊", "wanglei@sgguoshu.com"), "w_sg", 7),
    m("olzhtw", "auto_reply", oof_hk, ("何小姐", "winnie.ho@hongwo-tcm.com.hk"), "w_hk", 24, tz="Asia/Hong_Kong",
      note="Cantonese OOF in big5-labelled HKSCS; names 付款"),
    m("qqhtml", "auto_reply", qq_vacation, ("刘大哥", "1078823549@qq.com"), "w_ga", 4,
      note="QQ holiday reply, HTML only, no auto header"),
    m("n163", "auto_reply", n163_auto, ("谭利平", "tanlp_jd@163.com"), "w_ly", 3,
      note="163 auto-reply with no header; says 付款…每周四统一处理"),
    m("olen", "auto_reply", mdn_en, ("Colin MacIsaac", "cmacisaac@fundyshore.ca"), "w_hfx", 2, tz="America/Halifax",
      note="read receipt (MDN)"),
    m("olzhcn", "auto_reply", mdn_zh, ("李红", "lihong@apsiwang.com"), "w_ap", 2, note="Outlook 已读 receipt (MDN)"),
    m("owaen", "auto_reply", ticket_ack, ("", "support@cumberlandrow.zendesk.com"), "w_nash", 2, tz="America/Chicago",
      known=False, note="help-desk ticket acknowledgement"),
    m("tben", "auto_reply", mailman_hold, ("", "creditors-owner@lists.slievemish.ie"), "w_tra", 1, tz="Europe/Dublin",
      known=False, note="list manager holding our post for moderation (Precedence: bulk)"),
    m("gmailen", "other", newsletter, ("", "news@fundyshore.ca"), "w_hfx", 9, tz="America/Halifax",
      known=False, note="bulk newsletter (List-Unsubscribe) that mentions payments; no person; other by the bulk-mail convention (written auto_reply)"),
    m("iosen", "auto_reply", icloud_vacation, ("Khaled Al-Mutairi", "k.almutairi@me.com"), "w_kwi", 3, tz="Asia/Kuwait",
      note="iCloud VACATION reply, no Auto-Submitted"),
]
# fmt: on

_NAMES_PAYMENT = {
    oof_en,
    oof_zh,
    oof_hk,
    qq_vacation,
    n163_auto,
    ticket_ack,
    newsletter,
    icloud_vacation,
}
"""Machine mail whose words speak of payment: read as a person's reply, it would be acted on."""
MACHINE_W = [
    (st, k, d, b, {**o, "danger": True} if o["raw"] in _NAMES_PAYMENT else o)
    for st, k, d, b, o in MACHINE_W
]
