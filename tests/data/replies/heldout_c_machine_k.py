"""Set K's bounces and delay warnings (and the report helpers heldout_c_machine_k_auto.py
shares), each returning one of set K's reminders; heldout_c_set_k.py lists them in the set.

Written blind to the classifier after /work/shared/MAIL-CLIENTS.md (auto-replies, MDNs) and
RFC 3464 / 3834 / 8098. Several carry words a careless reader would act on (付款, 出差回来后处理,
"payment queries") and dates; none is a person answering.
"""

from __future__ import annotations

from datetime import UTC
from email.utils import format_datetime

from heldout_c_mime import Reply, b64, enc_word
from heldout_c_quote import SUBJECT

OUR = "ar@example.cn"


def date_of(r: Reply, utc: bool = False) -> str:
    if utc:
        return format_datetime(r.when.astimezone(UTC)).replace("-0000", "+0000")
    return format_datetime(r.when)


def orig_headers(r: Reply, to: str) -> str:
    """The returned message's headers, as a bounce or receipt quotes them."""
    sent = r.sent.strftime("%a, %d %b %Y %H:%M:%S %z")
    return (
        f"Return-Path: <{OUR}>\r\nMessage-ID: {r.ck_id}\r\nDate: {sent}\r\n"
        f'From: "{enc_word("示例科技 应收账款")}" <{OUR}>\r\nTo: {to}\r\n'
        f"Subject: {enc_word(SUBJECT[r.thread])}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="=_ck_alt"\r\n'
    )


def report(
    r: Reply, heads: list[str], rtype: str, human: bytes, human_ct: str, status: str, tail: str
) -> bytes:
    bnd = f"{r.h[:8]}.{r.h[8:16]}/{r.h[16:24].lower()}"
    out = "\r\n".join(heads) + "\r\n"
    out += f'MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type={rtype};\r\n\tboundary="{bnd}"\r\n\r\n'
    out += "This is a MIME-encapsulated message.\r\n\r\n"
    body = out.encode()
    body += f"--{bnd}\r\n{human_ct}\r\n\r\n".encode() + human + b"\r\n"
    ct = (
        "message/delivery-status"
        if rtype == "delivery-status"
        else "message/disposition-notification"
    )
    body += f"--{bnd}\r\nContent-Type: {ct}\r\n\r\n{status}\r\n".encode()
    body += f"--{bnd}\r\nContent-Type: text/rfc822-headers\r\n\r\n{tail}\r\n--{bnd}--\r\n".encode()
    return body


def postfix_dsn(r: Reply) -> bytes:
    """Postfix on our own relay: the ginnery's address does not exist (5.1.1)."""
    rcpt = "majianjun@fyminye.com"
    heads = [
        "Return-Path: <>",
        "Received: by mail.example.cn (Postfix) id 4Fz9Q21xK7z9vB5; " + date_of(r),
        f"Date: {date_of(r)}",
        "From: MAILER-DAEMON@mail.example.cn (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender",
        f"To: {OUR}",
        "Auto-Submitted: auto-replied",
        f"Message-Id: <20261201{r.h[:6]}.4Fz9Q21xK7z9vB5@mail.example.cn>",
    ]
    human = (
        "This is the mail system at host mail.example.cn.\r\n\r\nI'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients. It's attached below.\r\n\r\nFor further assistance, please send mail to postmaster.\r\n\r\n"
        "If you do so, please include this problem report. You can\r\ndelete your own text from the attached returned message.\r\n\r\n"
        f"                   The mail system\r\n\r\n<{rcpt}>: host mx1.qiye.aliyun.com[47.246.146.53] said: 550\r\n"
        "    Mailbox not found. (in reply to RCPT TO command)\r\n"
    ).encode()
    status = (
        "Reporting-MTA: dns; mail.example.cn\r\nX-Postfix-Queue-ID: 4Fz9Q21xK7z9vB5\r\n"
        f"X-Postfix-Sender: rfc822; {OUR}\r\nArrival-Date: {date_of(r)}\r\n\r\n"
        f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Remote-MTA: dns; mx1.qiye.aliyun.com\r\nDiagnostic-Code: smtp; 550 Mailbox not found.\r\n"
    )
    return report(r, heads, "delivery-status", human, "Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii",
                   status, orig_headers(r, rcpt))  # fmt: skip


def exchange_ndr_zh(r: Reply) -> bytes:
    """Exchange Online, Chinese: the park operator's old mailbox was removed (5.1.10)."""
    rcpt = "yangfan@gaszy.com.cn"
    subj = "无法传递: " + SUBJECT[r.thread]
    heads = [
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gaszy.com.cn>",
        f"To: {OUR}",
        f"Date: {date_of(r, utc=True)}",
        f"Subject: {enc_word(subj)}",
        f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@SEZPR06MB6842.apcprd06.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Content-Language: zh-CN",
        "X-MS-Exchange-Message-Is-Ndr: ",
        "Auto-Submitted: auto-replied",
    ]
    human = b64(
        (
            "您的邮件无法传递给以下收件人：\r\n\r\nyangfan@gaszy.com.cn\r\n\r\n原因：找不到收件人的电子邮件地址。该地址可能已被删除或拼写有误。\r\n\r\n"
            "如何解决：请核对收件人的电子邮件地址后重新发送。\r\n\r\n"
            "诊断信息：\r\n生成服务器: SEZPR06MB6842.apcprd06.prod.outlook.com\r\n"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\r\n"
        ).encode()
    )
    status = (
        "Reporting-MTA: dns;SEZPR06MB6842.apcprd06.prod.outlook.com\r\n"
        f"Received-From-MTA: dns;mail.example.cn\r\nArrival-Date: {date_of(r, utc=True)}\r\n\r\n"
        f"Final-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.1.10\r\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n"
    )
    return report(r, heads, "delivery-status", human,
                   "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64", status,
                   orig_headers(r, rcpt))  # fmt: skip


def qq_bounce_no_dsn(r: Reply) -> bytes:
    """QQ Mail's own bounce, words only: the seller's mailbox is full; no delivery-status part."""
    rcpt = "2851443390@qq.com"
    text = (
        "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\r\n\r\n"
        f"被退回的邮件主题：{SUBJECT[r.thread]}\r\n发送时间：{r.sent:%Y年%m月%d日 %H:%M}\r\n"
        f"无法到达的收件人：{rcpt}\r\n\r\n退信原因：收件人邮箱空间已满，无法接收新邮件。\r\n"
        "（550 Mailbox is full / Quota exceeded）\r\n\r\n"
        "建议解决方案：请通过其他方式通知收件人清理邮箱后再重新发送。\r\n\r\n此邮件为系统自动发送，请勿回复。\r\n"
    )
    heads = [
        f'From: "{enc_word("邮件系统通知", "gb18030")}" <MAILER-DAEMON@qq.com>',
        f"To: {OUR}",
        f"Subject: {enc_word('退信：' + SUBJECT[r.thread], 'gb18030')}",
        f"Date: {date_of(r)}",
        f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=gb18030",
        "Content-Transfer-Encoding: base64",
    ]
    return ("\r\n".join(heads) + "\r\n\r\n").encode() + b64(text.encode("gb18030"))


def postfix_delay(r: Reply) -> bytes:
    """A delay warning: the shipyard's server is not answering; still retrying (4.4.1)."""
    rcpt = "sunliguo@hdhgcb.com"
    heads = [
        "Return-Path: <>",
        f"Date: {date_of(r)}",
        "From: MAILER-DAEMON@mail.example.cn (Mail Delivery System)",
        "Subject: Delayed Mail (still being retried)",
        f"To: {OUR}",
        "Auto-Submitted: auto-replied",
        f"Message-Id: <20261203{r.h[:6]}.5Kq1M3w2Fdz9vC1@mail.example.cn>",
    ]
    human = (
        "This is the mail system at host mail.example.cn.\r\n\r\n####################################################################\r\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r\n"
        "####################################################################\r\n\r\nYour message could not be delivered for more than 4 hour(s).\r\n"
        "It will be retried until it is 5 day(s) old.\r\n\r\n                   The mail system\r\n\r\n"
        f"<{rcpt}>: connect to mx.hdhgcb.com[221.0.112.75]:25: Connection timed out\r\n"
    ).encode()
    status = (
        f"Reporting-MTA: dns; mail.example.cn\r\nX-Postfix-Queue-ID: 5Kq1M3w2Fdz9vC1\r\nArrival-Date: {date_of(r)}\r\n\r\n"
        f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\nAction: delayed\r\nStatus: 4.4.1\r\n"
        "Diagnostic-Code: X-Postfix; connect to mx.hdhgcb.com[221.0.112.75]:25: Connection timed out\r\n"
        f"Will-Retry-Until: {format_datetime(r.when.replace(day=r.when.day + 4))}\r\n"
    )
    return report(r, heads, "delivery-status", human, "Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii",
                   status, orig_headers(r, rcpt))  # fmt: skip


def coremail_bounce(r: Reply) -> bytes:
    """A corporate Coremail server's 系统退信, words only: the engineer left the company."""
    rcpt = "jianggong@hdhgcb.com"
    text = (
        "您好：\n\n您发送的邮件未能成功投递到以下收件人：\n\n"
        f"    {rcpt}\n\n原因：收件人不存在（550 User not found: {rcpt}）\n\n"
        f"原邮件信息：\n  主题：{SUBJECT[r.thread]}\n  发送时间：{r.sent:%Y-%m-%d %H:%M:%S}\n\n"
        "本邮件由系统自动发出，请勿直接回复。\n"
    )
    heads = [
        "From: postmaster@hdhgcb.com",
        f"To: {OUR}",
        f"Subject: {enc_word('系统退信')}",
        f"Date: {date_of(r)} (CST)",
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.postmaster@hdhgcb.com>",
        "X-Mailer: Coremail System Postmaster",
        "X-CM-HeaderCharset: UTF-8",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
    ]
    return ("\r\n".join(heads) + "\r\n\r\n").encode() + b64(text.encode())


def gmail_bounce(r: Reply) -> bytes:
    """Gmail's mailer-daemon: the orchid grower's old Gmail address no longer exists."""
    rcpt = "mingde.tsai@gmail.com"
    heads = [
        f"Date: {date_of(r)}",
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        f"To: {OUR}",
        "Subject: Delivery Status Notification (Failure)",
        f"Message-ID: <{r.h[:16].lower()}.{r.h[16:24].lower()}.bounce@mx.google.com>",
        f"References: {r.ck_id}",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Failed-Recipients: " + rcpt,
    ]
    human = (
        "\r\n** Address not found **\r\n\r\nYour message wasn't delivered to "
        f"{rcpt} because the address couldn't be found, or is unable to receive mail.\r\n\r\n"
        "Learn more here: https://support.google.com/mail/?p=NoSuchUser\r\n\r\nThe response was:\r\n\r\n"
        "The email account that you tried to reach does not exist. Please try double-checking the recipient's email "
        "address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser\r\n"
    ).encode()
    status = (
        "Reporting-MTA: dns; googlemail.com\r\nReceived-From-MTA: dns; mail.example.cn\r\n"
        f"Arrival-Date: {date_of(r)}\r\n\r\nFinal-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Remote-MTA: dns; gmail-smtp-in.l.google.com. (2607:f8b0:4004:c08::1a, the server for the domain gmail.com.)\r\n"
        "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\r\n"
    )
    return report(r, heads, "delivery-status", human, "Content-Type: text/plain; charset=\"UTF-8\"", status,
                   orig_headers(r, rcpt))  # fmt: skip
