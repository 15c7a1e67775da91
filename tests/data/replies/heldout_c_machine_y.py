"""Set Y's machine mail: bounces, a delay, auto-replies, read receipts, a ticket, a list, bulk.

Each builder takes the held-out ``Reply`` (when, sender, the reminder's thread and id) and
returns the bytes the machine would send back to ar@example.cn, following
/work/shared/MAIL-CLIENTS.md (RFC 3464 DSNs, RFC 8098 MDNs, RFC 3834 and the vendors' own
marks) and only the form of /work/shared/corpus.
"""

from __future__ import annotations

import html
from datetime import UTC, date, timedelta
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT

AR = "ar@example.cn"
OURS = f"{enc_word('示例科技 应收账款')} <{AR}>"


def _date(r: Reply, utc: bool = False) -> str:
    return format_datetime(r.when.astimezone(UTC) if utc else r.when).replace("-0000", "+0000")


def _orig_headers(r: Reply, rcpt: str) -> str:
    """The headers of our reminder as a bounce quotes them."""
    sent = r.when - timedelta(minutes=3)
    return (
        f"Return-Path: <{AR}>\r\nFrom: {OURS}\r\nTo: {rcpt}\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: {r.ck_id}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="===============ck"\r\n'
    )


def _msg(headers: list[str], body: bytes) -> bytes:
    return ("\r\n".join(headers) + "\r\n").encode() + body


def postfix_dsn(rcpt: str, status: str, diag: str, remote: str) -> object:
    """Postfix on our side: the recipient's server refused the reminder (RFC 3464 report)."""

    def build(r: Reply) -> bytes:
        qid = r.h[:10]
        text = (
            f"This is the mail system at host mail.example.cn.\n\nI'm sorry to have to inform you that your message could not\n"
            f"be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            f"If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
            f"                   The mail system\n\n<{rcpt}>: host {remote}[{r.n % 200 + 20}.{r.n % 50 + 100}.12.7] said: {diag} (in reply to RCPT TO command)\n"
        )
        ds = (
            f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {AR}\n"
            f"Arrival-Date: {format_datetime(r.when - timedelta(seconds=4))}\n\nFinal-Recipient: rfc822; {rcpt}\n"
            f"Original-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: {status}\nRemote-MTA: dns; {remote}\n"
            f"Diagnostic-Code: smtp; {diag}\n"
        )
        bnd = f"{qid}.{int(r.when.timestamp())}/mail.example.cn"
        body = (
            (
                f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"\r\n\r\n'
                "This is a MIME-encapsulated message.\r\n\r\n"
                f"--{bnd}\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n{text}\r\n"
                f"--{bnd}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n{ds}\r\n"
                f"--{bnd}\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                f"{_orig_headers(r, rcpt)}\r\n--{bnd}--\r\n"
            )
            .replace("\r\n", "\n")
            .replace("\n", "\r\n")
        )
        hs = [
            "Return-Path: <>",
            f"Date: {_date(r)}",
            "From: MAILER-DAEMON@mail.example.cn (Mail Delivery System)",
            "Subject: Undelivered Mail Returned to Sender",
            f"To: {AR}",
            "Auto-Submitted: auto-replied",
            f"Message-Id: <20261202{qid}@mail.example.cn>",
            "MIME-Version: 1.0",
        ]
        return _msg(hs, body.encode())

    return build


def postfix_delay(rcpt: str, reason: str) -> object:
    """Postfix's warning that the reminder is still queued (Action: delayed, not a failure)."""

    def build(r: Reply) -> bytes:
        qid = r.h[:10]
        until = r.when + timedelta(days=4, hours=20)
        text = (
            "This is the mail system at host mail.example.cn.\n\n####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
            f"For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n<{rcpt}>: {reason}\n"
        )
        ds = (
            f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {AR}\n"
            f"Arrival-Date: {format_datetime(r.when - timedelta(hours=4, minutes=2))}\n\nFinal-Recipient: rfc822; {rcpt}\n"
            f"Original-Recipient: rfc822;{rcpt}\nAction: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; {reason}\n"
            f"Will-Retry-Until: {format_datetime(until)}\n"
        )
        bnd = f"{qid}.{int(r.when.timestamp())}/mail.example.cn"
        body = (
            (
                f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"\r\n\r\n'
                "This is a MIME-encapsulated message.\r\n\r\n"
                f"--{bnd}\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n{text}\r\n"
                f"--{bnd}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n{ds}\r\n"
                f"--{bnd}\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                f"{_orig_headers(r, rcpt)}\r\n--{bnd}--\r\n"
            )
            .replace("\r\n", "\n")
            .replace("\n", "\r\n")
        )
        hs = [
            "Return-Path: <>",
            f"Date: {_date(r)}",
            "From: MAILER-DAEMON@mail.example.cn (Mail Delivery System)",
            "Subject: Delayed Mail (still being retried)",
            f"To: {AR}",
            "Auto-Submitted: auto-replied",
            f"Message-Id: <20261207{qid}@mail.example.cn>",
            "MIME-Version: 1.0",
        ]
        return _msg(hs, body.encode())

    return build


def exchange_ndr_zh(rcpt: str, org: str) -> object:
    """Exchange Online in Chinese: the mailbox is full (5.2.2), with a delivery-status part."""

    def build(r: Reply) -> bytes:
        subj = SUBJECT[r.thread]
        words = (
            f"您的邮件未能送达 {rcpt}，因为收件人的邮箱已满。\n\n请稍后重新发送该邮件，或通过其他方式联系收件人。\n\n"
            f"诊断信息（供管理员使用）：\n生成服务器: SEYPR06MB6123.apcprd06.prod.outlook.com\n\n{rcpt}\n"
            "远程服务器返回“552 5.2.2 STOREDRV.Deliver; mailbox full”\n"
        )
        ds = (
            "Reporting-MTA: dns;SEYPR06MB6123.apcprd06.prod.outlook.com\nReceived-From-MTA: dns;mail.example.cn\n"
            f"Arrival-Date: {format_datetime((r.when - timedelta(minutes=1)).astimezone(UTC))}\n\n"
            f"Final-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.2.2\n"
            "Diagnostic-Code: smtp;552 5.2.2 STOREDRV.Deliver; mailbox full\n"
        )
        alt = multipart(
            "alternative",
            f"_001_{r.h[:30]}_",
            [
                part("text/plain", "utf-8", "base64", words),
                part(
                    "text/html",
                    "utf-8",
                    "base64",
                    "<html><body><p>"
                    + html.escape(words).replace("\n", "<br>")
                    + "</p></body></html>",
                ),
            ],
        )
        bnd = f"_000_{r.h[:30]}_"
        body = (
            f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"\r\n\r\n--{bnd}\r\n'.encode()
            + alt
            + f"\r\n--{bnd}\r\nContent-Type: message/delivery-status\r\n\r\n{ds}\r\n--{bnd}\r\nContent-Type: text/rfc822-headers\r\n\r\n{_orig_headers(r, rcpt)}\r\n--{bnd}--\r\n".replace(
                "\r\n", "\n"
            )
            .replace("\n", "\r\n")
            .encode()
        )
        hs = [
            f"From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{org}.onmicrosoft.com>",
            f"To: {AR}",
            f"Subject: {enc_word('无法传递: ' + subj)}",
            f"Date: {_date(r, utc=True)}",
            f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@SEYPR06MB6123.apcprd06.prod.outlook.com>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Content-Language: zh-CN",
            "X-MS-Exchange-Message-Is-Ndr: ",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
        ]
        return _msg(hs, body)

    return build


def coremail_tuixin(rcpt: str, postmaster: str) -> object:
    """A corporate Coremail server that accepted the reminder, then returned it in words only."""

    def build(r: Reply) -> bytes:
        subj = SUBJECT[r.thread]
        sent = r.when - timedelta(minutes=6)
        page = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
            '<table width="600" style="font-size:14px;"><tr><td><b>很抱歉，您的邮件没有成功投递。</b></td></tr>'
            f"<tr><td>收件人：{rcpt}</td></tr><tr><td>主题：{html.escape(subj)}</td></tr>"
            f"<tr><td>发送时间：{sent:%Y-%m-%d %H:%M:%S}</td></tr>"
            "<tr><td>退信原因：收件人账号已被停用（该员工已离职，账号于2026-11-30注销），系统不再重试。</td></tr>"
            "<tr><td>建议解决方案：请与收件人通过其他方式联系，确认其新的邮箱地址。</td></tr>"
            "<tr><td><br>此邮件为系统自动发送，请勿直接回复。</td></tr></table></body></html>"
        )
        hs = [
            f"From: {enc_word('系统管理员', 'GBK')} <{postmaster}>",
            f"To: {AR}",
            f"Subject: {enc_word('系统退信', 'GBK')}",
            f"Date: {_date(r)} (CST)",
            f"Message-ID: <{r.h[:20].lower()}.coremail.postmaster@{postmaster.split('@')[1]}>",
            "X-Mailer: Coremail System Message Delivery",
            "MIME-Version: 1.0",
        ]
        return _msg(hs, part("text/html", "GBK", "base64", page))

    return build


def exchange_oof(prefix: str, charset: str, text: str, lang: str) -> object:
    """An Exchange/Outlook out-of-office reply in the owner's language."""

    def build(r: Reply) -> bytes:
        subj = prefix + SUBJECT[r.thread]
        alt = multipart(
            "alternative",
            f"_000_{r.h[:30]}_",
            [
                part("text/plain", charset, "base64", text),
                part(
                    "text/html",
                    charset,
                    "base64",
                    "<html><body><div>"
                    + html.escape(text).replace("\n", "<br>")
                    + "</div></body></html>",
                ),
            ],
        )
        hs = [
            f"From: {enc_word(r.sender[0], charset) if not r.sender[0].isascii() else r.sender[0]} <{r.sender[1]}>",
            f"To: {OURS}",
            f"Subject: {enc_word(subj, charset)}",
            f"Thread-Topic: {enc_word(SUBJECT[r.thread])}",
            f"Date: {_date(r, utc=True)}",
            f"Message-ID: <{r.h[:8]}{r.h[8:24].lower()}@{r.sender[1].split('@')[1]}>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: All",
            f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender[1]}",
            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
            f"Content-Language: {lang}",
            "MIME-Version: 1.0",
        ]
        return _msg(hs, alt)

    return build


def n163_auto(text: str) -> object:
    """163 webmail's auto-reply: the subject marks it, no Auto-Submitted header."""

    def build(r: Reply) -> bytes:
        hs = [
            f"From: {enc_word(r.sender[0], 'GBK')} <{r.sender[1]}>",
            f"To: {AR}",
            f"Subject: {enc_word('自动回复：' + SUBJECT[r.thread], 'GBK')}",
            f"Date: {_date(r)} (CST)",
            f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.auto.Coremail.{r.sender[1].split('@')[0]}@163.com>",
            f"In-Reply-To: {r.ck_id}",
            "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)",
            "MIME-Version: 1.0",
        ]
        return _msg(hs, part("text/plain", "GBK", "base64", text, "\n"))

    return build


def qq_vacation(text: str) -> object:
    """QQ Mail's holiday reply: HTML only, GB18030, the fixed opening sentence, no threading."""

    def build(r: Reply) -> bytes:
        page = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030"></head><body>'
            "<div>这是来自QQ邮箱的假期自动回复邮件。</div><div>&nbsp;</div>"
            + "".join(f"<div>{html.escape(ln) or '<br>'}</div>" for ln in text.split("\n"))
            + "</body></html>"
        )
        hs = [
            f'From: "{enc_word(r.sender[0], "gb18030")}" <{r.sender[1]}>',
            f"To: {AR}",
            f"Subject: {enc_word('自动回复: ' + SUBJECT[r.thread], 'gb18030')}",
            f"Date: {_date(r)}",
            f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-Mailer: QQMail 2.x",
            "MIME-Version: 1.0",
        ]
        return _msg(hs, part("text/html", "gb18030", "base64", page))

    return build


def mdn_outlook_zh() -> object:
    """Outlook zh-CN's read receipt (已读:) as an RFC 8098 report."""

    def build(r: Reply) -> bytes:
        subj = SUBJECT[r.thread]
        sent = r.when - timedelta(hours=5)
        words = (
            f"您的邮件\n\n    收件人: {r.sender[0]}\n    主题: {subj}\n    发送时间: {sent:%Y/%m/%d %H:%M}\n\n"
            f"已于 {r.when:%Y/%m/%d %H:%M} 读取。\n"
        )
        mdn = (
            f"Reporting-UA: {r.sender[1].split('@')[1]}; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;{r.sender[1]}\n"
            f"Original-Message-ID: {r.ck_id}\nDisposition: automatic-action/MDN-sent-automatically; displayed\n"
        )
        bnd = f"----=_NextPart_000_{r.h[:4]}_01DB{r.h[4:12]}.{r.h[12:20]}"
        body = (
            f'Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary="{bnd}"\r\n\r\n'.encode()
            + f"--{bnd}\r\n".encode()
            + part("text/plain", "gb2312", "base64", words)
            + f"\r\n--{bnd}\r\nContent-Type: message/disposition-notification\r\n\r\n{mdn}\r\n--{bnd}--\r\n".replace(
                "\r\n", "\n"
            )
            .replace("\n", "\r\n")
            .encode()
        )
        hs = [
            f"From: {enc_word(r.sender[0], 'gb2312')} <{r.sender[1]}>",
            f"To: {OURS}",
            f"Subject: {enc_word('已读: ' + subj, 'gb2312')}",
            f"Date: {_date(r, utc=True)}",
            f"Message-ID: <000001db{r.h[:8].lower()}${r.h[8:16].lower()}$@{r.sender[1].split('@')[1]}>",
            f"In-Reply-To: {r.ck_id}",
            "X-Mailer: Microsoft Outlook 16.0",
            "Content-Language: zh-cn",
            "MIME-Version: 1.0",
        ]
        return _msg(hs, body)

    return build


def mdn_thunderbird() -> object:
    """Thunderbird's return receipt, sent when the reminder was opened."""

    def build(r: Reply) -> bytes:
        subj = SUBJECT[r.thread]
        words = (
            f"This is a Return Receipt for the mail that you sent to {r.sender[1]}.\n\n"
            "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
            "There is no guarantee that the recipient has read or understood the message contents.\n"
        )
        mdn = (
            "Reporting-UA: mail.example.cn; Mozilla Thunderbird\nOriginal-Recipient: rfc822;"
            + r.sender[1]
            + "\n"
            f"Final-Recipient: rfc822;{r.sender[1]}\nOriginal-Message-ID: {r.ck_id}\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n"
        )
        bnd = f"------------{r.h[:24]}"
        body = (
            (
                f'Content-Type: multipart/report; report-type=disposition-notification;\r\n boundary="{bnd}"\r\n\r\nThis is a multi-part message in MIME format.\r\n'
                f"--{bnd}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n{words}\r\n"
                f'--{bnd}\r\nContent-Type: message/disposition-notification; name="MDNPart2.txt"\r\nContent-Disposition: inline\r\n'
                f"Content-Transfer-Encoding: 7bit\r\n\r\n{mdn}\r\n--{bnd}--\r\n"
            )
            .replace("\r\n", "\n")
            .replace("\n", "\r\n")
        )
        hs = [
            f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}-mdn@{r.sender[1].split('@')[1]}>",
            f"Date: {_date(r)}",
            "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird",
            f"From: {r.sender[0]} <{r.sender[1]}>",
            f"To: {OURS}",
            f"Subject: Return Receipt (displayed) - {enc_word(subj)}",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
        ]
        return _msg(hs, body.encode())

    return build


def ticket_ack(ticket: int) -> object:
    """A helpdesk's acknowledgement that the reminder became ticket ``ticket``."""

    def build(r: Reply) -> bytes:
        subj = SUBJECT[r.thread]
        text = (
            "Hello,\n\nThank you for contacting Henning Air Accounts Payable.\n\n"
            f"Your request #{ticket} has been received. A member of our team will review it within 3 business days. "
            "Please do not reply to this message; to add information, reply to the ticket link below.\n\n"
            f"https://henningair.freshdesk.com/helpdesk/tickets/{ticket}\n\nHenning Air AP Team\n"
        )
        alt = multipart(
            "alternative",
            f"--==_mimepart_{r.h[:20].lower()}",
            [
                part("text/plain", "UTF-8", "quoted-printable", text),
                part(
                    "text/html",
                    "UTF-8",
                    "quoted-printable",
                    "<div>" + html.escape(text).replace("\n", "<br>") + "</div>",
                ),
            ],
        )
        hs = [
            "From: Henning Air AP <support@henningair.freshdesk.com>",
            f"Reply-To: {r.sender[1]}",
            f"To: {AR}",
            f"Subject: Ticket Received - {subj}",
            f"Date: {_date(r)}",
            f"Message-ID: <{r.h[:16].lower()}.{ticket}@henningair.freshdesk.com>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: All",
            "Precedence: auto_reply",
            "MIME-Version: 1.0",
        ]
        return _msg(hs, alt)

    return build


def gmail_vacation(subject: str, text: str) -> object:
    """Gmail's vacation responder, with the subject its owner set."""

    def build(r: Reply) -> bytes:
        alt = multipart(
            "alternative",
            "000000000000" + r.h[:16].lower(),
            [
                part("text/plain", "UTF-8", "quoted-printable", text),
                part(
                    "text/html",
                    "UTF-8",
                    "quoted-printable",
                    '<div dir="ltr">' + html.escape(text).replace("\n", "<br>") + "</div>",
                ),
            ],
        )
        hs = [
            f"From: {r.sender[0]} <{r.sender[1]}>",
            f"To: {AR}",
            f"Subject: {subject}",
            f"Date: {_date(r)}",
            f"Message-ID: <CA{r.h[:10]}{r.h[10:30].lower()}+vac@mail.gmail.com>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Auto-Submitted: auto-replied",
            "Precedence: bulk",
            "X-Autoreply: yes",
            "MIME-Version: 1.0",
        ]
        return _msg(hs, alt)

    return build


def mailman_hold(listname: str, domain: str) -> object:
    """Mailman 2.1: the reminder went to a members-only list and waits for its moderator."""

    def build(r: Reply) -> bytes:
        subj = SUBJECT[r.thread]
        text = (
            f"Your mail to '{listname.capitalize()}' with the subject\n\n    {subj}\n\nIs being held until the list moderator can review it for approval.\n\n"
            "The reason it is being held:\n\n    Post by non-member to a members-only list\n\n"
            "Either the message will get posted to the list, or you will receive\nnotification of the moderator's decision.  If you would like to cancel\n"
            f"this posting, please visit the following URL:\n\n    https://lists.{domain}/mailman/confirm/{listname}/{r.h[:40].lower()}\n"
        )
        hs = [
            f"Subject: Your message to {listname.capitalize()} awaits moderator approval",
            f"From: {listname}-owner@{domain}",
            f"To: {AR}",
            f"Message-ID: <mailman.{r.n}.{int(r.when.timestamp())}.{listname}@{domain}>",
            f"Date: {_date(r)}",
            "Precedence: bulk",
            "X-BeenThere: " + f"{listname}@{domain}",
            "X-Mailman-Version: 2.1.39",
            "List-Id: " + f"<{listname}.{domain}>",
            "X-List-Administrivia: yes",
            "MIME-Version: 1.0",
        ]
        return _msg(hs, part("text/plain", "us-ascii", "7bit", text))

    return build


def newsletter() -> object:
    """A bank's marketing letter about cross-border collections (bulk, an unknown sender)."""

    def build(r: Reply) -> bytes:
        text = (
            "尊敬的企业客户：\n\n年末将至，跨境收款高峰来临。即日起至2027年1月31日，新开通“跨境e收款”的企业可享手续费八折优惠，"
            "美元、欧元、港币到账后最快T+0入账，支持自动对账和电子回单批量下载。\n\n逾期应收款管理专题直播：12月17日（周四）19:00，"
            "主讲“如何与海外客户约定付款日期”。\n\n立即开通：https://edm.yinhe-pay.com.cn/c/8821\n\n退订请点击：https://edm.yinhe-pay.com.cn/u/8821\n"
        )
        alt = multipart(
            "alternative",
            f"----=_Part_{r.h[:12]}",
            [
                part("text/plain", "GB18030", "base64", text),
                part(
                    "text/html",
                    "GB18030",
                    "base64",
                    "<html><body>" + html.escape(text).replace("\n", "<br>") + "</body></html>",
                ),
            ],
        )
        hs = [
            f"From: {enc_word('银河跨境支付', 'GB18030')} <news@edm.yinhe-pay.com.cn>",
            f"To: {AR}",
            f"Subject: {enc_word('年末跨境收款季｜手续费八折，外币到账T+0', 'GB18030')}",
            f"Date: {_date(r)}",
            f"Message-ID: <{r.h[:20]}@edm.yinhe-pay.com.cn>",
            "Precedence: bulk",
            "List-Unsubscribe: <https://edm.yinhe-pay.com.cn/u/8821>, <mailto:unsub@edm.yinhe-pay.com.cn>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "X-Campaign-ID: 2026Q4-8821",
            "MIME-Version: 1.0",
        ]
        return _msg(hs, alt)

    return build


def _m(
    style: str,
    kind: str,
    raw: object,
    who: tuple,
    day: date,
    thread: str,
    tz: str = "Asia/Shanghai",
    **kw,
) -> tuple:
    return (
        style,
        kind,
        None,
        "",
        {"sender": who, "day": day, "thread": thread, "tz": tz, "raw": raw, "danger": True, **kw},
    )


def d(month: int, day: int) -> date:
    return date(2026, month, day)


MACHINE = [
    _m(
        "tben",
        "bounce",
        postfix_dsn(
            "wangzq@rishenglong.cn",
            "5.1.1",
            "550 5.1.1 <wangzq@rishenglong.cn>: Recipient address rejected: User unknown in virtual mailbox table",
            "mx.rishenglong.cn",
        ),
        ("", "wangzq@rishenglong.cn"),
        d(12, 2),
        "y_pingyao",
    ),
    _m(
        "coremail",
        "bounce",
        coremail_tuixin("chenhy@dhdmyx.com", "postmaster@dhdmyx.com"),
        ("", "chenhy@dhdmyx.com"),
        d(12, 2),
        "y_dunhuang",
    ),
    _m(
        "olzhcn",
        "bounce",
        exchange_ndr_zh("caiwu01@fujiaotang.com", "fujiaotang"),
        ("", "caiwu01@fujiaotang.com"),
        d(12, 3),
        "y_ejiao",
    ),
    _m(
        "tben",
        "bounce",
        postfix_delay(
            "finance@entotoleather.com.et",
            "connect to mail.entotoleather.com.et[196.188.120.41]:25: Connection timed out",
        ),
        ("", "finance@entotoleather.com.et"),
        d(12, 7),
        "y_leather",
        note="a delay warning, not permanent",
    ),
    _m(
        "olzhcn",
        "auto_reply",
        exchange_oof(
            "自动答复: ",
            "gb2312",
            "您好！我于12月7日至12月9日外出参加集团财务年会，期间邮件不能及时回复。付款相关事宜请联系财务部张倩（0635-3286 107）。\n\n刘红梅",
            "zh-CN",
        ),
        ("刘红梅", "liuhm@fujiaotang.com"),
        d(12, 7),
        "y_ejiao",
    ),
    _m(
        "olzhtw",
        "auto_reply",
        exchange_oof(
            "自動回覆: ",
            "big5",
            "您好，本人12/8（二）至12/11（五）休假，期間無法即時回覆郵件。請款及付款相關事宜請洽會計部陳小姐（分機21），謝謝。\n\n許志明",
            "zh-TW",
        ),
        ("許志明", "hsu.cm@penghu-bay.com.tw"),
        d(12, 8),
        "y_penghu",
        tz="Asia/Taipei",
    ),
    _m(
        "olen",
        "auto_reply",
        exchange_oof(
            "Automatic reply: ",
            "utf-8",
            "Thank you for your message. I am on board MV Kition Dawn for the annual audit until Friday 11 December with limited e-mail access. For payment matters please contact ap@kitionship.com.cy.\n\nAndreas Georgiou\nCrew Manager",
            "en-GB",
        ),
        ("Andreas Georgiou", "a.georgiou@kitionship.com.cy"),
        d(12, 7),
        "y_shipmgmt",
        tz="Asia/Nicosia",
    ),
    _m(
        "n163",
        "auto_reply",
        n163_auto(
            "您好，您的来信已收到。本人12月11日至12月14日外出参加展会，付款类邮件回来后统一处理，急事请打电话 0510-8712 6635。\n\n吴燕"
        ),
        ("吴燕", "wuyan_taoran@163.com"),
        d(12, 11),
        "y_zisha",
    ),
    _m(
        "qqhtml",
        "auto_reply",
        qq_vacation(
            "您好，我这几天在海拉尔带冬令营，邮件看得不及时，付款的事请打我电话或者找其其格。"
        ),
        ("巴特尔", "1290557710@qq.com"),
        d(12, 9),
        "y_muren",
    ),
    _m(
        "olzhcn",
        "auto_reply",
        mdn_outlook_zh(),
        ("刘红梅", "liuhm@fujiaotang.com"),
        d(12, 2),
        "y_ejiao",
    ),
    _m(
        "tben",
        "auto_reply",
        mdn_thunderbird(),
        ("Diego Quispe", "diego@awanawasi.pe"),
        d(12, 2),
        "y_alpaca",
        tz="America/Lima",
    ),
    _m(
        "owaen",
        "auto_reply",
        ticket_ack(48213),
        ("Henning Air AP", "ap@henningair.com"),
        d(12, 2),
        "y_airtaxi",
        tz="America/Anchorage",
    ),
    _m(
        "gmailen",
        "auto_reply",
        gmail_vacation(
            "Out of office until 14 December",
            "Hello,\n\nI am at ProWein Shanghai and travelling until 14 December, with slow replies. For bookings please write to cellar@kvevrihouse.ge; for payments, to Tamar at t.lomidze@kvevrihouse.ge.\n\nNino",
        ),
        ("Nino Beridze", "nino.beridze@gmail.com"),
        d(12, 8),
        "y_qvevri",
        tz="Asia/Tbilisi",
    ),
    _m(
        "tben",
        "auto_reply",
        mailman_hold("committee", "taffvalerfc.co.uk"),
        ("", "committee@taffvalerfc.co.uk"),
        d(12, 2),
        "y_rugby",
        tz="Europe/London",
    ),
    _m(
        "alimail",
        "other",  # bulk mail: other by labels.yaml's convention (written auto_reply; relabelled after the measurement)
        newsletter(),
        ("", "news@edm.yinhe-pay.com.cn"),
        d(12, 10),
        "y_crab",
        known=False,
    ),
]
