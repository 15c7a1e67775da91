"""Machine mail for held-out sets C and D: auto-replies, read receipts, list mail, bounces.

Each builder takes the Reply (sender, time, the reminder's id) and returns the bytes the
machine sends; the entries use the generator's tuple form with ``raw`` set to the builder.
"""

from __future__ import annotations

from datetime import UTC
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT


def _date(r: Reply, utc: bool = False) -> str:
    d = format_datetime(r.when.astimezone(UTC) if utc else r.when)
    return d.replace("-0000", "+0000")


def _head(r: Reply, subject: str, extra: list[str], frm: str = "", utc: bool = False) -> bytes:
    hs = [
        f"From: {frm or r.sender[1]}",
        "To: ar@example.cn",
        f"Subject: {subject}",
        f"Date: {_date(r, utc)}",
        *extra,
        "MIME-Version: 1.0",
    ]
    return ("\r\n".join(hs) + "\r\n").encode()


def qq_vacation(r: Reply) -> bytes:
    """QQ Mail vacation reply: HTML only, no standard header, the fixed first sentence."""
    html = (
        "<div>这是来自QQ邮箱的假期自动回复邮件。<br><br>您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。"
        "<br>付款相关事宜请联系财务部 0571-88886666，款项将于我返回后安排支付。</div>"
    )
    subj = enc_word("自动回复: " + SUBJECT["zh"], "gb18030")
    return _head(
        r,
        subj,
        [
            f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
            "X-Mailer: QQMail 2.x",
            "X-QQ-MIME: TCMime 1.0 by Tencent",
        ],
    ) + part("text/html", "gb18030", "base64", html)


def exchange_oof_zh(r: Reply) -> bytes:
    """Exchange OOF, zh-CN: 自动答复, Auto-Submitted auto-generated, null Return-Path, UTC date."""
    text = "您好，我于11月30日至12月8日休年假，期间邮件回复可能延迟。付款及发票问题请联系财务部赵女士（zhaomin@hzshuju.com）。"
    subj = enc_word("自动答复: 回复: " + SUBJECT["zh"], "gb2312")
    extra = [
        "Return-Path: <>",
        f"Message-ID: <{r.h[:32].lower()}@hzshuju.com>",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender[1]}",
        "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
        "Content-Language: zh-CN",
    ]
    return _head(r, subj, extra, utc=True) + part("text/plain", "gb2312", "base64", text)


def exchange_oof_en(r: Reply) -> bytes:
    """Exchange OOF, en: says invoices will be paid on return (a trap for promise)."""
    text = (
        "Thank you for your email. I am out of the office until 14 December with limited access to email.\n"
        "All outstanding invoices will be paid on my return. For urgent matters please contact accounts@acme.example.com."
    )
    extra = [
        "Return-Path: <>",
        f"Message-ID: <{r.h[:32].lower()}@acme.example.com>",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Parent-Message-Id: " + r.ck_id,
    ]
    return _head(r, "Automatic reply: " + SUBJECT["en"], extra, utc=True) + part(
        "text/plain", "us-ascii", "7bit", text
    )


def icloud_vacation(r: Reply) -> bytes:
    """iCloud vacation: 'Auto reply:' and X-Apple-Action: VACATION, no Auto-Submitted."""
    text = "I'm travelling this week. I'll make sure the payment is sorted when I'm back on Monday."
    extra = [
        f"Message-Id: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@icloud.com>",
        f"In-Reply-To: {r.ck_id}",
        "X-Apple-Action: VACATION",
    ]
    return _head(r, "Auto reply: " + SUBJECT["en"], extra) + part(
        "text/plain", "us-ascii", "7bit", text
    )


def n163_auto(r: Reply) -> bytes:
    """163 auto-reply: only the subject says so; the text talks about payment."""
    text = "您好，您的邮件已收到，我会尽快处理。如涉及付款事宜，我们会在核对后安排付款。"
    subj = enc_word("自动回复：" + SUBJECT["zh"], "GBK")
    extra = [
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.auto.Coremail.chen_jl@163.com>",
        f"In-Reply-To: {r.ck_id}",
    ]
    return _head(r, subj, extra) + part("text/plain", "GBK", "base64", text, "\n")


def mdn(r: Reply, lang: str) -> bytes:
    """A read receipt: multipart/report disposition-notification (Outlook zh 已读: / en Read:)."""
    if lang == "zh":
        human = f"您的邮件\n\n  收件人: {r.sender[1]}\n  主题: {SUBJECT['zh']}\n  发送时间: 2026/11/30 9:00\n\n已于 2026/12/2 10:15 读取。"
        subj, cs = enc_word("已读: " + SUBJECT["zh"], "gb2312"), "gb2312"
    else:
        human = f"Your message\n\n  To: {r.sender[1]}\n  Subject: {SUBJECT['en']}\n  Sent: 30/11/2026 09:00\n\nwas read on 02/12/2026 10:15."
        subj, cs = "Read: " + SUBJECT["en"], "us-ascii"
    report = (
        f"Reporting-UA: {r.sender[1].split('@')[1]}; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;{r.sender[1]}\r\n"
        f"Original-Message-ID: {r.ck_id}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    p2 = b"Content-Type: message/disposition-notification\r\n\r\n" + report.encode()
    body = multipart(
        "report", f"----=_NextPart_MDN_{r.h[:12]}", [part("text/plain", cs, "base64", human), p2]
    )
    body = body.replace(
        b"Content-Type: multipart/report;",
        b"Content-Type: multipart/report; report-type=disposition-notification;",
        1,
    )
    extra = [
        f"Message-ID: <{r.h[:32].lower()}@{r.sender[1].split('@')[1]}>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
    ]
    return _head(r, subj, extra, utc=True) + body


def newsletter(r: Reply) -> bytes:
    """A supplier newsletter in bulk: mentions 付款 and 账单 but is no reply at all."""
    text = "【年终对账提醒】尊敬的客户：年底将至，请各位客户及时核对账单并安排付款。点击查看12月优惠活动。退订请回复TD。"
    extra = [
        f"Message-ID: <news.{r.h[:16].lower()}@edm.cloudvendor.example>",
        "Precedence: bulk",
        "List-Unsubscribe: <mailto:unsubscribe@edm.cloudvendor.example>",
        "X-Mailer: EDM Sender 3.2",
    ]
    return _head(
        r, enc_word("年终对账提醒 | 12月会员专享"), extra, frm="news@edm.cloudvendor.example"
    ) + part("text/html", "utf-8", "base64", f"<p>{text}</p>")


def google_group_paid(r: Reply) -> bytes:
    """A person's 'paid' relayed by the client's Google Group (Precedence: list, List-Id)."""
    text = f"Hi,\n\nWe paid this on 30 November, remittance to follow.\n\nMaria Lopez\nAccounts Payable\n\nOn Mon, Nov 30, 2026 at 9:00 AM Example Tech Accounts <ar@example.cn> wrote:\n> {SUBJECT['en']}\n> If you have already paid, please reply with the payment date."
    extra = [
        f"Message-ID: <CAF{r.h[:20].lower()}@mail.gmail.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Precedence: list",
        "Mailing-list: list ap@acme.example.com; contact ap+owners@acme.example.com",
        "List-ID: <ap.acme.example.com>",
        "X-Original-Sender: maria.lopez@acme.example.com",
        "Reply-To: ap@acme.example.com",
    ]
    return _head(
        r, "Re: " + SUBJECT["en"], extra, frm="'Maria Lopez' via AP <ap@acme.example.com>"
    ) + part("text/plain", "UTF-8", "7bit", text)


def postfix_bounce(r: Reply) -> bytes:
    """A Postfix DSN: the reminder could not be delivered (mailbox unknown)."""
    text = (
        "This is the mail system at host mx.hzshuju.com.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n<chen@client.example.cn>: host mx.client.example.cn[10.1.2.3] said:\n"
        "    550 5.1.1 <chen@client.example.cn>: Recipient address rejected: User unknown"
    )
    status = (
        "Reporting-MTA: dns; mx.hzshuju.com\r\n\r\nFinal-Recipient: rfc822; chen@client.example.cn\r\n"
        "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\r\n"
    )
    orig = f"Message-ID: {r.ck_id}\r\nSubject: {enc_word(SUBJECT['zh'])}\r\nFrom: ar@example.cn\r\n"
    parts = [
        part("text/plain", "us-ascii", "7bit", text),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.encode(),
        b"Content-Type: text/rfc822-headers\r\n\r\n" + orig.encode(),
    ]
    body = multipart("report", f"{r.h[:12]}.1764000000/mx.hzshuju.com", parts)
    body = body.replace(b"multipart/report;", b"multipart/report; report-type=delivery-status;", 1)
    extra = [
        "Auto-Submitted: auto-replied",
        f"Message-Id: <20261202{r.n:06d}.{r.h[:8]}@mx.hzshuju.com>",
    ]
    return (
        _head(
            r,
            "Undelivered Mail Returned to Sender",
            extra,
            frm="MAILER-DAEMON@mx.hzshuju.com (Mail Delivery System)",
        )
        + body
    )


def qq_bounce(r: Reply) -> bytes:
    """Tencent's Chinese bounce without a delivery-status part."""
    text = (
        "很抱歉您的邮件没有发送成功。\n\n收件人: finance@client.example.cn\n退信原因: 收件人邮箱空间已满 (552 Mailbox full)\n"
        f"原邮件主题: {SUBJECT['zh']}\n\n此为系统邮件，请勿回复。"
    )
    extra = [f"Message-ID: <tencent_{r.h[:24]}@qq.com>", "X-QQ-MIME: TCMime 1.0 by Tencent"]
    return _head(
        r, enc_word("退信：" + SUBJECT["zh"], "gb18030"), extra, frm="PostMaster@qq.com"
    ) + part("text/plain", "gb18030", "base64", text)


M = {"danger": True}
# fmt: off
MACHINE_C = [
    ("qqweb", "auto_reply", None, "", {**M, "raw": qq_vacation, "note": "QQ vacation reply promising payment"}),
    ("olzhcn", "auto_reply", None, "", {**M, "raw": exchange_oof_zh, "note": "Exchange OOF zh"}),
    ("olen", "auto_reply", None, "", {**M, "raw": exchange_oof_en, "note": "OOF saying invoices will be paid"}),
    ("appleen", "auto_reply", None, "", {**M, "raw": icloud_vacation, "note": "iCloud vacation, header only"}),
    ("n163", "auto_reply", None, "", {**M, "raw": n163_auto, "note": "163: subject only"}),
    ("olzhcn", "auto_reply", None, "", {**M, "raw": lambda r: mdn(r, "zh"), "note": "read receipt 已读:"}),
    ("olen", "auto_reply", None, "", {**M, "raw": lambda r: mdn(r, "en"), "note": "read receipt Read:"}),
    ("qqweb", "other", None, "", {**M, "raw": newsletter, "known": False, "note": "newsletter, Precedence bulk, mentions 付款"}),
    ("gmailen", "paid", None, "", {"raw": google_group_paid, "note": "person's reply via a Google Group"}),
    ("qqweb", "bounce", None, "", {**M, "raw": postfix_bounce}),
    ("qqweb", "bounce", None, "", {**M, "raw": qq_bounce, "note": "QQ bounce without a delivery-status part"}),
]
# fmt: on
