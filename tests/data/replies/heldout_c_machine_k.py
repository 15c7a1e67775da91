"""Set K's machine mail: bounces, delays, out-of-office and vacation notices, read receipts,
a helpdesk acknowledgement and a bulk newsletter, each answering (or bouncing) one of set K's
reminders.

Written blind to the classifier after /work/shared/MAIL-CLIENTS.md (auto-replies, MDNs) and
RFC 3464 / 3834 / 8098. Several carry words a careless reader would act on (付款, 出差回来后处理,
"payment queries") and dates; none is a person answering.
"""

from __future__ import annotations

from email.utils import format_datetime

from heldout_c_mime import Reply, b64, enc_word, qp
from heldout_c_quote import SUBJECT
from heldout_c_threads_k import k

OUR = "ar@example.cn"


def _date(r: Reply, utc: bool = False) -> str:
    if utc:
        from datetime import UTC

        return format_datetime(r.when.astimezone(UTC)).replace("-0000", "+0000")
    return format_datetime(r.when)


def _orig_headers(r: Reply, to: str) -> str:
    """The returned message's headers, as a bounce or receipt quotes them."""
    sent = r.sent.strftime("%a, %d %b %Y %H:%M:%S %z")
    return (
        f"Return-Path: <{OUR}>\r\nMessage-ID: {r.ck_id}\r\nDate: {sent}\r\n"
        f'From: "{enc_word("示例科技 应收账款")}" <{OUR}>\r\nTo: {to}\r\n'
        f"Subject: {enc_word(SUBJECT[r.thread])}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="=_ck_alt"\r\n'
    )


def _report(
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
        "Received: by mail.example.cn (Postfix) id 4Fz9Q21xK7z9vB5; " + _date(r),
        f"Date: {_date(r)}",
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
        f"X-Postfix-Sender: rfc822; {OUR}\r\nArrival-Date: {_date(r)}\r\n\r\n"
        f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Remote-MTA: dns; mx1.qiye.aliyun.com\r\nDiagnostic-Code: smtp; 550 Mailbox not found.\r\n"
    )
    return _report(r, heads, "delivery-status", human, "Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii",
                   status, _orig_headers(r, rcpt))  # fmt: skip


def exchange_ndr_zh(r: Reply) -> bytes:
    """Exchange Online, Chinese: the park operator's old mailbox was removed (5.1.10)."""
    rcpt = "yangfan@gaszy.com.cn"
    subj = "无法传递: " + SUBJECT[r.thread]
    heads = [
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gaszy.com.cn>",
        f"To: {OUR}",
        f"Date: {_date(r, utc=True)}",
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
        f"Received-From-MTA: dns;mail.example.cn\r\nArrival-Date: {_date(r, utc=True)}\r\n\r\n"
        f"Final-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.1.10\r\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n"
    )
    return _report(r, heads, "delivery-status", human,
                   "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64", status,
                   _orig_headers(r, rcpt))  # fmt: skip


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
        f"Date: {_date(r)}",
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
        f"Date: {_date(r)}",
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
        f"Reporting-MTA: dns; mail.example.cn\r\nX-Postfix-Queue-ID: 5Kq1M3w2Fdz9vC1\r\nArrival-Date: {_date(r)}\r\n\r\n"
        f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\nAction: delayed\r\nStatus: 4.4.1\r\n"
        "Diagnostic-Code: X-Postfix; connect to mx.hdhgcb.com[221.0.112.75]:25: Connection timed out\r\n"
        f"Will-Retry-Until: {format_datetime(r.when.replace(day=r.when.day + 4))}\r\n"
    )
    return _report(r, heads, "delivery-status", human, "Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii",
                   status, _orig_headers(r, rcpt))  # fmt: skip


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
        f"Date: {_date(r)} (CST)",
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
        f"Date: {_date(r)}",
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
        f"Arrival-Date: {_date(r)}\r\n\r\nFinal-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Remote-MTA: dns; gmail-smtp-in.l.google.com. (2607:f8b0:4004:c08::1a, the server for the domain gmail.com.)\r\n"
        "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\r\n"
    )
    return _report(r, heads, "delivery-status", human, "Content-Type: text/plain; charset=\"UTF-8\"", status,
                   _orig_headers(r, rcpt))  # fmt: skip


def _auto(r: Reply, frm: str, subj: str, text: str, extra: list[str], charset: str = "utf-8",
          cte: str = "base64", utc: bool = False, ctype: str = "text/plain") -> bytes:  # fmt: skip
    heads = [
        f"From: {frm}",
        f"To: {OUR}",
        f"Subject: {enc_word(subj, charset if charset != 'us-ascii' else 'utf-8')}",
        f"Date: {_date(r, utc)}",
        *extra,
        "MIME-Version: 1.0",
        f"Content-Type: {ctype}; charset={charset}",
        f"Content-Transfer-Encoding: {cte}",
    ]
    raw = text.replace("\n", "\r\n").encode("big5hkscs" if charset == "big5" else charset)
    body = b64(raw) if cte == "base64" else qp(raw) if cte == "quoted-printable" else raw + b"\r\n"
    return ("\r\n".join(heads) + "\r\n\r\n").encode() + body


def _oof_heads(r: Reply, dom: str) -> list[str]:
    return [
        f"Message-ID: <{r.h[:32]}@SEYPR06MB{r.h[32:36]}.apcprd06.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Auto-Response-Suppress: All",
        f"X-MS-Exchange-Inbox-Rules-Loop: {dom}",
        "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
        "Return-Path: <>",
    ]


def oof_zh(r: Reply) -> bytes:
    text = (
        "您好！\n\n我于2026年12月1日至12月9日在省里参加培训，期间不能及时回复邮件。\n"
        "二期款等付款相关事宜请联系计财部龙会计，电话0851-8861 2300。\n\n杨帆\n贵安数智园区运营有限公司 综合办"
    )
    return _auto(r, f"{enc_word('杨主任')} <yangzr@gaszy.com.cn>", "自动答复: " + SUBJECT[r.thread], text,
                 _oof_heads(r, "yangzr@gaszy.com.cn"), utc=True)  # fmt: skip


def oof_tw(r: Reply) -> bytes:
    text = (
        "您好，\n\n本人將於2026年12月3日至12月13日休假，期間未能即時回覆郵件。如有緊急事宜，請聯絡 IT Procurement "
        "(itproc@lotusresort.com.mo)。\n\nI am on leave from 3 to 13 December 2026 with no access to email. For urgent "
        "matters please contact itproc@lotusresort.com.mo.\n\n何詠詩 Vincy Ho"
    )
    return _auto(r, f"{enc_word('何詠詩 Vincy Ho')} <vincy.ho@lotusresort.com.mo>", "自動回覆: " + SUBJECT[r.thread], text,
                 _oof_heads(r, "vincy.ho@lotusresort.com.mo"), utc=True)  # fmt: skip


def oof_en(r: Reply) -> bytes:
    text = (
        "Thank you for your email. I'm on annual leave until Monday 14 December with no access to email.\n\n"
        "For payment queries please contact ap@corribmed.ie; for anything urgent, call reception on +353 91 778 100.\n\n"
        "Siobhán O'Connor\nCorrib MedSupply Ltd"
    )
    return _auto(r, "=?utf-8?Q?Siobh=C3=A1n_O'Connor?= <soconnor@corribmed.ie>", "Automatic reply: " + SUBJECT[r.thread],
                 text, _oof_heads(r, "soconnor@corribmed.ie"), cte="quoted-printable", utc=True)  # fmt: skip


def qq_vacation(r: Reply) -> bytes:
    html = (
        "<div>这是来自QQ邮箱的假期自动回复邮件。<br><br>您好，我最近正在休假中，无法亲自回复您的邮件。"
        "我将在假期结束后，尽快给您回复。</div>"
    )
    extra = [f"Message-ID: <tencent_{r.h[:24]}@qq.com>", f"In-Reply-To: {r.ck_id}", "X-QQ-MIME: TCMime 1.0 by Tencent",
             "X-Mailer: QQMail 2.x"]  # fmt: skip
    return _auto(r, '"=?gb18030?B?S2V2aW4=?=" <2851443390@qq.com>', "自动回复: " + SUBJECT[r.thread], html, extra,
                 charset="gb18030", ctype="text/html")  # fmt: skip


def n163_autoreply(r: Reply) -> bytes:
    """163's auto-reply carries no header that marks it; its words speak of 付款 next week."""
    text = "您好，您的邮件我已收到，会尽快处理。\n本周财务月底结账，付款类邮件统一下周处理，谢谢理解。\n\n阿依古丽"
    extra = [f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.{r.h[12:23].lower()}.Coremail.ayiguli_cw@163.com>",
             f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}",
             "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"]  # fmt: skip
    return _auto(r, f"{enc_word('阿依古丽', 'GBK')} <ayiguli_cw@163.com>", "自动回复：" + SUBJECT[r.thread], text, extra,
                 charset="GBK")  # fmt: skip


def icloud_vacation(r: Reply) -> bytes:
    text = "本人12月赴美国参展，12月20日回国，期间邮件回复较慢。急事请找财务林秀琴，电话0595-8512 3366。\n\n陈"
    extra = [f"Message-Id: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-VACATION@icloud.com>", f"In-Reply-To: {r.ck_id}",
             "X-Apple-Action: VACATION"]  # fmt: skip
    return _auto(r, f"{enc_word('陈董')} <chendong_jj@icloud.com>", "Auto reply: " + SUBJECT[r.thread], text, extra,
                 cte="quoted-printable")  # fmt: skip


def alimail_autoreply(r: Reply) -> bytes:
    text = "您好，邮件已收到。本人12月1日至5日出差，付款事宜将于回来后统一处理。\n\n哈尔滨冰雪节庆文化传播有限公司 办公室"
    extra = [f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-auto.bgs@hrbbxjq.com>", f"In-Reply-To: {r.ck_id}",
             "Auto-Submitted: auto-replied", "X-Mailer: [Alimail-Mailagent revision 2546561]"]  # fmt: skip
    return _auto(r, f"{enc_word('办公室')} <bgs@hrbbxjq.com>", "自动回复：" + SUBJECT[r.thread], text, extra,
                 cte="quoted-printable")  # fmt: skip


def exmail_autoreply(r: Reply) -> bytes:
    text = "您好，我正在棉花收购站现场，信号不好，邮件回复可能延迟，急事请打电话 139 0997 1234。\n\n马建军"
    extra = [f"Message-ID: <tencent_{r.h[:24]}@qq.com>", f"In-Reply-To: {r.ck_id}", "Auto-Submitted: auto-replied",
             "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x"]  # fmt: skip
    return _auto(
        r,
        f'"{enc_word("马建军")}" <majianjun@fyminye.com>',
        "自动回复：" + SUBJECT[r.thread],
        text,
        extra,
    )


def mdn_outlook_zh(r: Reply) -> bytes:
    rcpt = "yuhaiyan@hdhgcb.com"
    s, w = r.sent, r.when
    human = b64(
        (
            f"您的邮件\r\n\r\n    收件人: 于海燕\r\n    主题: {SUBJECT[r.thread]}\r\n    发送时间: {s.year}/{s.month}/{s.day} {s:%H:%M}\r\n\r\n"
            f"已于 {w.year}/{w.month}/{w.day} {w:%H:%M} 读取。\r\n"
        ).encode()
    )
    heads = [
        f"From: {enc_word('于海燕')} <{rcpt}>",
        f"To: {OUR}",
        f"Subject: {enc_word('已读: ' + SUBJECT[r.thread])}",
        f"Date: {_date(r, utc=True)}",
        f"Message-ID: <{r.h[:4].lower()}01db{r.h[4:8].lower()}${r.h[8:16].lower()}$@hdhgcb.com>",
        f"In-Reply-To: {r.ck_id}",
        f"Thread-Topic: {enc_word(SUBJECT[r.thread])}",
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: zh-cn",
    ]
    status = (
        "Reporting-UA: DESKTOP-HD8821; Microsoft Outlook 16.0\r\n"
        f"Final-Recipient: rfc822;{rcpt}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    return _report(r, heads, "disposition-notification", human,
                   "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64", status,
                   _orig_headers(r, rcpt))  # fmt: skip


def mdn_thunderbird(r: Reply) -> bytes:
    rcpt = "d.pak@kaspiyburservis.kz"
    human = (
        f"This is a Return Receipt for the mail that you sent to {rcpt}.\r\n\r\n"
        "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
        "There is no guarantee that the recipient has read or understood the message contents.\r\n"
    ).encode()
    heads = [
        f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}-{r.h[16:20].lower()}-{r.h[20:32].lower()}@kaspiyburservis.kz>",
        f"Date: {_date(r)}",
        "User-Agent: Mozilla Thunderbird",
        f"From: Dmitriy Pak <{rcpt}>",
        f"To: {OUR}",
        f"Subject: Return Receipt (displayed) - {SUBJECT[r.thread]}",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
    ]
    status = (
        f"Reporting-UA: kaspiyburservis.kz; Mozilla Thunderbird\r\nFinal-Recipient: rfc822;{rcpt}\r\n"
        f"Original-Message-ID: {r.ck_id}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    return _report(r, heads, "disposition-notification", human, "Content-Type: text/plain; charset=UTF-8", status,
                   _orig_headers(r, rcpt))  # fmt: skip


def ticket_ack(r: Reply) -> bytes:
    text = (
        "Dear Customer,\n\nThank you for contacting Savanna Freight Accounts. Your request has been logged as ticket "
        "#20418 and assigned to the Accounts Payable queue.\n\nWe respond to payment and invoice queries within 3 "
        "business days. Please quote the ticket number in any correspondence.\n\nThis is an automated message; please "
        "do not reply to it.\n\nSavanna Freight Logistics Ltd - Accounts Helpdesk"
    )
    extra = [f"Message-ID: <ticket-20418-{r.h[:10].lower()}@support.savannafreight.co.ke>", f"In-Reply-To: {r.ck_id}",
             f"References: {r.ck_id}", "Auto-Submitted: auto-generated", "X-Autoreply: yes",
             "Precedence: auto_reply"]  # fmt: skip
    return _auto(r, "Savanna Freight Accounts <accounts@savannafreight.co.ke>",
                 f"[#20418] Received: {SUBJECT[r.thread]}", text, extra, charset="us-ascii", cte="7bit")  # fmt: skip


def newsletter(r: Reply) -> bytes:
    html = (
        "<html><body><h2>年底跨境收付款政策汇总｜付款、退税、发票一次看懂</h2>"
        "<p>各位卖家朋友：年底将至，平台结算周期调整，请在12月25日前完成付款账户核验，以免回款延迟。</p>"
        "<p>本期内容：1. 境外收款与结汇新规；2. 数电票开具常见问题；3. 供应商付款如何避免被冻结。</p>"
        '<p><a href="https://news.kuajingcaishui.example.com/u?id=88213">退订</a></p></body></html>'
    )
    extra = [f"Message-ID: <{r.h[:20].lower()}@edm.kuajingcaishui.example.com>", "Precedence: bulk",
             "List-Unsubscribe: <https://news.kuajingcaishui.example.com/u?id=88213>, <mailto:unsubscribe@kuajingcaishui.example.com>",
             "List-Id: <weekly.kuajingcaishui.example.com>", "X-Mailer: EDM Sender 4.2"]  # fmt: skip
    return _auto(r, f"{enc_word('跨境财税周报')} <weekly@kuajingcaishui.example.com>",
                 "年底跨境收付款政策汇总｜付款、退税、发票一次看懂", html, extra, ctype="text/html")  # fmt: skip


# fmt: off
K_MACHINE = [
    k("olzhcn", "bounce", None, "", "kcot", ("", ""), day=1, raw=postfix_dsn, danger=True, note="Postfix DSN 5.1.1"),
    k("olzhcn", "bounce", None, "", "kgz", ("", ""), day=3, raw=exchange_ndr_zh, danger=True, note="Exchange NDR in Chinese"),
    k("qqweb", "bounce", None, "", "kerp", ("", ""), day=4, raw=qq_bounce_no_dsn, danger=True, note="QQ bounce without a DSN part, mailbox full"),
    k("olzhcn", "bounce", None, "", "kship", ("", ""), day=3, raw=postfix_delay, danger=True, note="delay warning, not permanent"),
    k("coremail", "bounce", None, "", "kship", ("", ""), day=8, raw=coremail_bounce, danger=True, note="Coremail 系统退信 without a DSN part"),
    k("gmailtw", "bounce", None, "", "ktn", ("", ""), day=7, raw=gmail_bounce, danger=True, tz="Asia/Taipei", note="Gmail address not found"),
    k("olzhcn", "auto_reply", None, "", "kgz", ("", ""), day=2, raw=oof_zh, danger=True, note="Exchange OOF 自动答复 with 付款"),
    k("owazhtw", "auto_reply", None, "", "kmo", ("", ""), day=3, raw=oof_tw, danger=True, tz="Asia/Macau", note="Exchange OOF 自動回覆"),
    k("olen", "auto_reply", None, "", "kie", ("", ""), day=4, raw=oof_en, danger=True, tz="Europe/Dublin", note="Exchange OOF with payment queries"),
    k("qqhtml", "auto_reply", None, "", "kerp", ("", ""), day=2, raw=qq_vacation, danger=True, note="QQ vacation, HTML only"),
    k("n163", "auto_reply", None, "", "kcot", ("", ""), day=7, raw=n163_autoreply, danger=True, note="163 auto-reply without headers, says 付款 next week"),
    k("applezh", "auto_reply", None, "", "kshoe", ("", ""), day=9, raw=icloud_vacation, danger=True, note="iCloud VACATION"),
    k("alimail", "auto_reply", None, "", "khrb", ("", ""), day=2, raw=alimail_autoreply, danger=True, note="Alimail auto-reply: 付款事宜回来后处理"),
    k("exmail", "auto_reply", None, "", "kcot", ("", ""), day=10, raw=exmail_autoreply, danger=True, note="Exmail auto-reply with a phone number"),
    k("olzhcn", "auto_reply", None, "", "kship", ("", ""), day=7, raw=mdn_outlook_zh, danger=True, note="Outlook read receipt 已读"),
    k("tben", "auto_reply", None, "", "kkz", ("", ""), day=3, raw=mdn_thunderbird, danger=True, tz="Asia/Atyrau", note="Thunderbird return receipt"),
    k("olen", "auto_reply", None, "", "kke", ("", ""), day=3, raw=ticket_ack, danger=True, tz="Africa/Nairobi", note="helpdesk ticket acknowledgement"),
    k("qqhtml", "other", None, "", "kerp", ("", ""), day=9, raw=newsletter, danger=True, known=False, note="newsletter: Precedence bulk, mentions 付款"),
]
# fmt: on
