"""Machine mail for the held-out set: auto-replies, read receipts, bounces, a list post."""

from __future__ import annotations

import zlib

from heldout_clients import (
    EN_ID,
    EN_SUBJECT,
    OUR_ADDR,
    ZH_ID,
    ZH_SUBJECT,
    b64,
    enc,
    qp,
    word,
)


def _b(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def qq_vacation() -> bytes:
    text = "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。付款相关事宜请联系财务。"
    html = "<div>这是来自QQ邮箱的假期自动回复邮件。<br><br>您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。付款相关事宜请联系财务。</div>"
    return (
        _b(f"""From: "{word("陈经理", "gb18030")}" <1846203315@qq.com>
To: <{OUR_ADDR}>
Subject: {word("自动回复: " + ZH_SUBJECT, "gb18030")}
Mime-Version: 1.0
Content-Type: text/html;
\tcharset="gb18030"
Content-Transfer-Encoding: base64
Date: Wed, 02 Dec 2026 09:01:13 +0800
Message-ID: <tencent_3F0C8A12B45D67E89F0A1B2C@qq.com>
X-QQ-MIME: TCMime 1.0 by Tencent
X-Mailer: QQMail 2.x
X-QQ-Mailer: QQMail 2.x
In-Reply-To: {ZH_ID}

""")
        + b64(enc(html, "gb18030")).encode()
        + b"\r\n"
        + (b"" if text else b"")
    )


def exchange_oof(lang: str) -> bytes:
    if lang == "zh":
        subj, text = (
            "自动答复: " + ZH_SUBJECT,
            "您好，我于2026年12月1日至12月10日休假，期间不能及时回复邮件。付款事宜请联系财务赵女士（finance@client.example.cn），我会在12月11日回来后尽快处理。",
        )
        charset = "gb2312"
    elif lang == "zh-Hant":
        subj, text = (
            "自動回覆: " + ZH_SUBJECT,
            "您好，本人12月7日前休假中，期間無法即時回覆。如有付款相關問題，請聯絡財務部。",
        )
        charset = "big5"
    else:
        subj, text = (
            "Automatic reply: " + EN_SUBJECT,
            "Thank you for your email. I am out of the office until Monday 7 December with limited access to email. For invoice and payment queries please contact accounts@acme.example.com. I will respond when I return.",
        )
        charset = "us-ascii"
    cset = charset if charset != "us-ascii" else "utf-8"
    body = b64(enc(text.replace("\n", "\r\n"), cset)) if charset != "us-ascii" else text
    cte = "base64" if charset != "us-ascii" else "7bit"
    name = {"zh": "陈经理", "zh-Hant": "陳小姐"}.get(lang, "")
    return _b(f"""From: {word(name, cset) if lang != "en" else "Jane Smith"} <{"chen@client.example.cn" if lang != "en" else "jane.smith@acme.example.com"}>
To: {OUR_ADDR}
Subject: {word(subj, "utf-8" if lang == "zh-Hant" else cset) if not subj.isascii() else subj}
Thread-Topic: {word(ZH_SUBJECT, "utf-8" if lang == "zh-Hant" else cset) if lang != "en" else EN_SUBJECT}
Date: Wed, 2 Dec 2026 01:02:03 +0000
Message-ID: <b8c0e2f1a9d34e7c9b1e2d3f4a5b6c7d@client.example.cn>
In-Reply-To: {ZH_ID if lang != "en" else EN_ID}
X-MS-Has-Attach:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: chen@client.example.cn
X-MS-TNEF-Correlator:
Content-Language: {"zh-CN" if lang == "zh" else "zh-TW" if lang == "zh-Hant" else "en-US"}
Return-Path: <>
Content-Type: text/plain; charset="{charset}"
Content-Transfer-Encoding: {cte}
MIME-Version: 1.0

{body}
""")


def netease_auto() -> bytes:
    text = "您好，您的来信已收到，我会尽快处理并回复您。"
    return (
        _b(f"""Date: Wed, 2 Dec 2026 08:15:40 +0800 (CST)
From: {word("陈经理", "GBK")} <chen_jl@163.com>
To: {OUR_ADDR}
Subject: {word("自动回复：" + ZH_SUBJECT, "GBK")}
MIME-Version: 1.0
Content-Type: text/plain; charset=GBK
Content-Transfer-Encoding: base64
Message-ID: <5e2a1b3c.8f7d.18c2a3b4c5d.Coremail.chen_jl@163.com>
X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)

""")
        + b64(enc(text, "gbk"), "\n").encode()
        + b"\r\n"
    )


def alimail_auto() -> bytes:
    text = "您好！您的邮件我已收到，我目前出差在外，12月8日返回，届时会第一时间处理。"
    return (
        _b(f"""Date: Wed, 02 Dec 2026 09:30:00 +0800
From: {word("陈经理", "UTF-8")} <chen@client.example.cn>
To: {OUR_ADDR}
Message-ID: <auto-7f3e2d1c.chen@client.example.cn>
Subject: {word("自动回复：" + ZH_SUBJECT, "UTF-8")}
Auto-Submitted: auto-replied
X-Mailer: [Alimail-Mailagent revision 2546561][W4_6173578][DEFAULT][Chrome]
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

""")
        + qp(enc(text, "utf-8")).encode()
        + b"\r\n"
    )


def icloud_auto() -> bytes:
    return _b(f"""From: Jane Smith <jane.smith@icloud.com>
To: {OUR_ADDR}
Subject: Auto reply: {EN_SUBJECT}
Date: Tue, 01 Dec 2026 21:00:00 -0500
Message-Id: <A1B2C3D4-E5F6-7081-92A3-B4C5D6E7F809@icloud.com>
X-Apple-Action: VACATION
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

I'm away until December 9 and will reply to your message then. If this is about a payment, I'll get to it as soon as I'm back.
""")


def exmail_auto() -> bytes:
    text = "您好，我已收到您的邮件，现在正在开会，稍后回复。"
    return (
        _b(f"""From: "{word("陈经理", "utf-8")}" <chen@client.example.cn>
To: <{OUR_ADDR}>
Subject: {word("自动回复: 回复：" + ZH_SUBJECT, "utf-8")}
Date: Wed, 2 Dec 2026 10:12:00 +0800
Message-ID: <tencent_77AC2D8E1F0B3A4C5D6E7F80@qq.com>
Auto-Submitted: auto-replied
X-Mailer: QQMail 2.x
X-BIZMAIL-ID: 5123456789012345678
Mime-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

""")
        + b64(enc(text, "utf-8")).encode()
        + b"\r\n"
    )


def ticket_ack() -> bytes:
    return _b(f"""From: ACME Accounts Payable <ap-helpdesk@acme.example.com>
To: {OUR_ADDR}
Subject: [Ticket #45211] Re: {EN_SUBJECT}
Date: Tue, 01 Dec 2026 22:04:11 -0500
Message-ID: <ticket.45211.ack@acme.example.com>
In-Reply-To: {EN_ID}
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Thank you for contacting Accounts Payable. Your request has been logged as ticket #45211.
Our team processes vendor payment queries within 5 business days. Please do not reply to this message.
""")


def ooo_no_headers() -> bytes:
    return _b(f"""From: Jane Smith <jane.smith@acme.example.com>
To: {OUR_ADDR}
Subject: Out of Office: {EN_SUBJECT}
Date: Wed, 02 Dec 2026 03:00:00 +0000
Message-ID: <ooo-22334455@acme.example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

I am on annual leave until 14 December with no access to email. Urgent payment matters: accounts@acme.example.com.
""")


def mdn_thunderbird() -> bytes:
    return _b(f"""From: Jane Smith <jane.smith@acme.example.com>
To: {OUR_ADDR}
Subject: Return Receipt (displayed) - {EN_SUBJECT}
Date: Wed, 02 Dec 2026 09:10:00 +0000
Message-ID: <mdn-9a8b7c6d@acme.example.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------mdn0A1B2C3D4E5F"

This is a multi-part message in MIME format.
--------------mdn0A1B2C3D4E5F
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to jane.smith@acme.example.com.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------mdn0A1B2C3D4E5F
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: acme.example.com; Mozilla Thunderbird
Final-Recipient: rfc822;jane.smith@acme.example.com
Original-Message-ID: {EN_ID}
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn0A1B2C3D4E5F--
""")


def mdn_outlook_zh() -> bytes:
    text = f"您的邮件\r\n\r\n    收件人: 陈经理\r\n    主题: {ZH_SUBJECT}\r\n    发送时间: 2026/12/1 10:00\r\n\r\n已于 2026/12/2 9:15 读取。"
    return (
        _b(f"""From: {word("陈经理", "gb2312")} <chen@client.example.cn>
To: {OUR_ADDR}
Subject: {word("已读: " + ZH_SUBJECT, "gb2312")}
Thread-Topic: {word(ZH_SUBJECT, "gb2312")}
Date: Wed, 2 Dec 2026 01:15:00 +0000
Message-ID: <c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8@client.example.cn>
In-Reply-To: {ZH_ID}
Content-Language: zh-CN
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="_000_c3d4e5f6_"

--_000_c3d4e5f6_
Content-Type: text/plain; charset="gb2312"
Content-Transfer-Encoding: base64

""")
        + b64(enc(text, "gbk")).encode()
        + _b(f"""

--_000_c3d4e5f6_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; chen@client.example.cn
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: 1A2B3C4D5E6F
Original-Message-ID: {ZH_ID}
X-Display-Name: =?gb2312?B?s8K+rcDt?=

--_000_c3d4e5f6_--
""")
    )


def read_outlook_plain_en() -> bytes:
    """An Outlook 'Read:' receipt relayed as plain text (no report part survives the gateway)."""
    return _b(f"""From: Jane Smith <jane.smith@acme.example.com>
To: {OUR_ADDR}
Subject: Read: {EN_SUBJECT}
Date: Wed, 2 Dec 2026 14:20:00 +0000
Message-ID: <DM6PR11MB4567ABCDEF@DM6PR11MB4567.namprd11.prod.outlook.com>
In-Reply-To: {EN_ID}
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message

  To: Jane Smith
  Subject: {EN_SUBJECT}
  Sent: Tuesday, December 1, 2026 2:00:00 AM (UTC+00:00) Monrovia, Reykjavik

was read on Wednesday, December 2, 2026 2:20:00 PM (UTC+00:00) Monrovia, Reykjavik.
""")


def list_post_paid() -> bytes:
    """A person writing through the client's finance list: Precedence: bulk, but a person."""
    text = "王经理好，中期款已于今天上午付款，回单稍后补发。\n\n-- \n客户财务组\n"
    return (
        _b(f"""From: {word("赵敏", "utf-8")} <zhaomin@client.example.cn>
Sender: finance-group@client.example.cn
To: {OUR_ADDR}
Subject: {word("Re: " + ZH_SUBJECT, "utf-8")}
Date: Wed, 2 Dec 2026 11:20:00 +0800
Message-ID: <CAFx9Zq1m2n3o4p5@mail.gmail.com>
In-Reply-To: {ZH_ID}
References: {ZH_ID}
Precedence: bulk
Mailing-list: list finance-group@client.example.cn; contact finance-group+owners@client.example.cn
List-Id: <finance-group.client.example.cn>
List-Unsubscribe: <mailto:finance-group+unsubscribe@client.example.cn>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

""")
        + b64(enc(text, "utf-8")).encode()
        + b"\r\n"
    )


def _dsn(
    frm: str,
    subject: str,
    human: str,
    rcpt: str,
    status: str,
    action: str,
    diag: str,
    orig_to: str,
    orig_id: str,
    orig_subject: str,
) -> bytes:
    return _b(f"""From: {frm}
To: {OUR_ADDR}
Subject: {subject}
Date: Wed, 02 Dec 2026 10:01:00 +0800
Message-ID: <dsn.{zlib.crc32((rcpt + status).encode()):08x}@mx.example.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="DSN.B0UND4RY"

--DSN.B0UND4RY
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{human}

--DSN.B0UND4RY
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Arrival-Date: Wed, 02 Dec 2026 10:00:58 +0800

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: {action}
Status: {status}
Diagnostic-Code: smtp; {diag}

--DSN.B0UND4RY
Content-Type: text/rfc822-headers

From: {OUR_ADDR}
To: {orig_to}
Subject: {orig_subject}
Message-ID: {orig_id}

--DSN.B0UND4RY--
""")


def postfix_bounce() -> bytes:
    return _dsn(
        "MAILER-DAEMON@mx.example.net (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<chen@client.example.cn>: host mx.client.example.cn said: 550 5.1.1 User unknown",
        "chen@client.example.cn",
        "5.1.1",
        "failed",
        "550 5.1.1 <chen@client.example.cn>: Recipient address rejected: User unknown",
        "chen@client.example.cn",
        ZH_ID,
        "=?utf-8?B?5Lit5pyf5qy+?=",
    )


def delay_notice() -> bytes:
    return _dsn(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Delay)",
        "** Delivery incomplete **\n\nThere was a temporary problem delivering your message to jane.smith@acme.example.com. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.",
        "jane.smith@acme.example.com",
        "4.4.7",
        "delayed",
        "421 4.4.7 Connection timed out",
        "jane.smith@acme.example.com",
        EN_ID,
        EN_SUBJECT,
    )


def exchange_ndr_zh() -> bytes:
    return _dsn(
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@client.example.cn>",
        word("无法投递: " + ZH_SUBJECT, "utf-8"),
        "无法将邮件传递到以下收件人或组:\n\nchen.old@client.example.cn\n找不到你尝试访问的电子邮件地址。请检查收件人的电子邮件地址，然后尝试重新发送邮件。",
        "chen.old@client.example.cn",
        "5.1.10",
        "failed",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "chen.old@client.example.cn",
        ZH_ID,
        ZH_SUBJECT,
    )


def qq_bounce_no_dsn() -> bytes:
    text = (
        "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n"
        f"被退回的邮件：{ZH_SUBJECT}\n收件人：caiwu2019@qq.com\n发送时间：2026年12月1日 上午10:00\n\n"
        "退信原因：收件人邮箱不存在（The mail address you sent to does not exist）\n\n"
        "建议解决方案：请检查收件人地址是否正确。\n\n此邮件为系统自动发出，请勿回复。"
    )
    return (
        _b(f"""From: "{word("系统退信", "gb18030")}" <postmaster@qq.com>
To: <{OUR_ADDR}>
Subject: {word("退信：" + ZH_SUBJECT, "gb18030")}
Date: Tue, 1 Dec 2026 10:00:20 +0800
Message-ID: <tencent_BOUNCE0A1B2C3D4E5F6A7B8C9D@qq.com>
Mime-Version: 1.0
Content-Type: text/plain; charset="gb18030"
Content-Transfer-Encoding: base64

""")
        + b64(enc(text, "gb18030")).encode()
        + b"\r\n"
    )


def n163_bounce_no_dsn() -> bytes:
    text = (
        "您好，您发送的邮件没有投递成功。\n\n"
        f"  收件人：chen_old@163.com\n  主题：{ZH_SUBJECT}\n  时间：2026-12-01 10:00:05\n\n"
        "失败原因：对方邮箱已被冻结或注销（550 User suspended）。\n\n网易邮箱"
    )
    html = "<html><body>" + text.replace("\n", "<br>") + "</body></html>"
    return (
        _b(f"""From: {word("系统退信", "GBK")} <postmaster@163.com>
To: {OUR_ADDR}
Subject: {word("系统退信", "GBK")}
Date: Tue, 1 Dec 2026 10:00:09 +0800 (CST)
Message-ID: <6a1b2c3d.1a2b.18c2b3c4d5e.Coremail.postmaster@163.com>
MIME-Version: 1.0
Content-Type: text/html; charset=GBK
Content-Transfer-Encoding: base64

""")
        + b64(enc(html, "gbk"), "\n").encode()
        + b"\r\n"
    )


def gmail_bounce() -> bytes:
    return _dsn(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "Delivery Status Notification (Failure)",
        "** Address not found **\n\nYour message wasn't delivered to j.smith@acme.example.com because the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser",
        "j.smith@acme.example.com",
        "5.1.1",
        "failed",
        "550-5.1.1 The email account that you tried to reach does not exist.",
        "j.smith@acme.example.com",
        EN_ID,
        EN_SUBJECT,
    )


MACHINE = [
    # (slug, builder, kind, note)
    ("qq_vacation", qq_vacation, "auto_reply", "QQ vacation, HTML only, mentions 付款"),
    ("oof_zh", lambda: exchange_oof("zh"), "auto_reply", "Exchange 自动答复 with dates and 付款"),
    ("oof_hant", lambda: exchange_oof("zh-Hant"), "auto_reply", "Exchange 自動回覆 Big5"),
    ("oof_en", lambda: exchange_oof("en"), "auto_reply", "Exchange Automatic reply"),
    ("n163_auto", netease_auto, "auto_reply", "163 自动回复 no headers"),
    ("alimail_auto", alimail_auto, "auto_reply", "Alimail auto-replied"),
    ("icloud_auto", icloud_auto, "auto_reply", "iCloud X-Apple-Action VACATION"),
    ("exmail_auto", exmail_auto, "auto_reply", "Exmail auto-replied"),
    ("ticket_ack", ticket_ack, "auto_reply", "helpdesk ack X-Autoreply"),
    ("ooo_noheader", ooo_no_headers, "auto_reply", "Out of Office subject only"),
    ("mdn_tb", mdn_thunderbird, "auto_reply", "MDN Thunderbird"),
    ("mdn_olzh", mdn_outlook_zh, "auto_reply", "MDN Outlook 已读"),
    ("read_en_plain", read_outlook_plain_en, "auto_reply", "Read: as plain text"),
    ("list_post", list_post_paid, "paid", "person via a list: Precedence bulk"),
    ("bounce_postfix", postfix_bounce, "bounce", "5.1.1"),
    ("bounce_delay", delay_notice, "bounce", "delay, not permanent"),
    ("bounce_exch_zh", exchange_ndr_zh, "bounce", "Exchange NDR zh"),
    ("bounce_qq", qq_bounce_no_dsn, "bounce", "QQ 退信 no DSN part"),
    ("bounce_163", n163_bounce_no_dsn, "bounce", "163 系统退信 HTML no DSN"),
    ("bounce_gmail", gmail_bounce, "bounce", "Gmail address not found"),
]
