"""Machine mail for held-out set D: other auto-replies, receipts, notices and relays than C's."""

from __future__ import annotations

from heldout_c_machine import _head
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT


def exmail_auto(r: Reply) -> bytes:
    """Exmail auto-reply: 自动回复：, Auto-Submitted; the text says finance will pay."""
    text = (
        "您好！我已收到您的邮件，目前在外出差，12月10日返回。付款事宜财务会按流程处理，请耐心等待。"
    )
    extra = [
        f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Mailer: QQMail 2.x",
        f"X-BIZMAIL-ID: {int(r.h[:15], 16)}",
    ]
    subj = enc_word("自动回复：" + SUBJECT["zh"])
    return _head(r, subj, extra) + part("text/plain", "utf-8", "base64", text)


def alimail_auto(r: Reply) -> bytes:
    """Alimail auto-reply in HTML only, QP."""
    html = "<div>您好，邮件已收到。本人休假至2026年12月7日，如涉及已付款核对请联系 caiwu@hzshuju.com。</div>"
    extra = [
        f"Message-ID: <{r.h[:8].lower()}-auto.{r.sender[1]}>",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Mailer: [Alimail-Mailagent revision 2546561][W4_6173578][DEFAULT][Chrome]",
    ]
    subj = enc_word("自动回复：" + SUBJECT["zh"])
    return _head(r, subj, extra) + part("text/html", "UTF-8", "quoted-printable", html)


def oof_zhtw(r: Reply) -> bytes:
    """Exchange OOF from a zh-TW mailbox: 自動回覆, big5 body, no Auto-Submitted header."""
    text = "您好，本人於12月1日至12月9日休假，期間無法處理付款相關事宜，如有急事請聯絡會計部。"
    extra = [
        "Return-Path: <>",
        f"Message-ID: <{r.h[:32].lower()}@taipei-soft.com.tw>",
        f"In-Reply-To: {r.ck_id}",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: sf.lin@taipei-soft.com.tw",
        "Content-Language: zh-TW",
    ]
    subj = enc_word("自動回覆: ", "big5") + " " + SUBJECT["en"]
    return _head(r, subj, extra, utc=True) + part("text/plain", "big5", "base64", text)


def ticket_ack(r: Reply) -> bytes:
    """A helpdesk acknowledgement: a ticket number, 'we will process your payment request'."""
    text = (
        "Thank you for contacting ACME Accounts Payable. Your request has been logged as ticket #AP-88213.\n"
        "We aim to process payment queries within 5 business days. Please do not reply to this message."
    )
    extra = [
        f"Message-ID: <ticket.88213.{r.h[:10].lower()}@helpdesk.acme.example.com>",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Autoreply: yes",
        "Precedence: bulk",
    ]
    subj = f"[Ticket #AP-88213] Re: {SUBJECT['en']}"
    return _head(r, subj, extra, frm="ACME AP Helpdesk <ap-helpdesk@acme.example.com>") + part(
        "text/plain", "utf-8", "7bit", text
    )


def thunderbird_mdn(r: Reply) -> bytes:
    """Thunderbird return receipt: automatic, displayed."""
    human = (
        "This is a Return Receipt for the mail that you sent to jane.smith@acme.example.com.\n\n"
        "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
        "computer. There is no guarantee that the recipient has read or understood the message contents."
    )
    report = (
        "Reporting-UA: acme.example.com; Mozilla Thunderbird\r\nFinal-Recipient: rfc822;jane.smith@acme.example.com\r\n"
        f"Original-Message-ID: {r.ck_id}\r\nDisposition: automatic-action/MDN-sent-automatically; displayed\r\n"
    )
    p2 = (
        b"Content-Type: message/disposition-notification; name=MDNPart2.txt\r\n\r\n"
        + report.encode()
    )
    body = multipart(
        "report", f"------------{r.h[:24]}", [part("text/plain", "UTF-8", "7bit", human), p2]
    )
    body = body.replace(
        b"Content-Type: multipart/report;",
        b"Content-Type: multipart/report; report-type=disposition-notification;",
        1,
    )
    extra = [f"Message-ID: <{r.h[:8].lower()}-mdn@acme.example.com>", f"References: {r.ck_id}"]
    return _head(r, "Return Receipt (displayed) - " + SUBJECT["en"], extra) + body


def delay_notice(r: Reply) -> bytes:
    """A delivery delay (4.4.7, Action: delayed): not permanent, still a bounce notice."""
    text = (
        "Delivery to the following recipient has been delayed:\n\n     finance@client.example.cn\n\n"
        "Message will be retried for 2 more day(s)"
    )
    status = (
        "Reporting-MTA: dns; mail.example.cn\r\n\r\nFinal-Recipient: rfc822; finance@client.example.cn\r\n"
        "Action: delayed\r\nStatus: 4.4.7\r\nWill-Retry-Until: Fri, 4 Dec 2026 09:00:00 +0800\r\n"
    )
    parts = [
        part("text/plain", "utf-8", "7bit", text),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.encode(),
    ]
    body = multipart("report", f"00000000000{r.h[:17].lower()}", parts)
    body = body.replace(b"multipart/report;", b"multipart/report; report-type=delivery-status;", 1)
    extra = [
        "Auto-Submitted: auto-replied",
        f"Message-ID: <delay.{r.h[:12].lower()}@mail.example.cn>",
    ]
    subj = "Delivery Status Notification (Delay)"
    return (
        _head(r, subj, extra, frm="Mail Delivery Subsystem <mailer-daemon@mail.example.cn>") + body
    )


def exchange_ndr_zh(r: Reply) -> bytes:
    """Exchange NDR in Chinese: 无法送达, with a delivery-status part."""
    text = "无法将邮件传递到以下收件人或组:\n\nchen@client.example.cn\n找不到该电子邮件地址。请检查收件人的电子邮件地址，然后尝试重新发送邮件。"
    status = (
        "Reporting-MTA: dns;SEYPR06MB1234.apcprd06.prod.outlook.com\r\n\r\nFinal-Recipient: rfc822;chen@client.example.cn\r\n"
        "Action: failed\r\nStatus: 5.1.10\r\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound\r\n"
    )
    parts = [
        part("text/plain", "utf-8", "base64", text),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.encode(),
    ]
    body = multipart("report", f"_000_{r.h[:24]}_", parts)
    body = body.replace(b"multipart/report;", b"multipart/report; report-type=delivery-status;", 1)
    extra = ["Auto-Submitted: auto-replied", f"Message-ID: <ndr.{r.h[:20].lower()}@outlook.com>"]
    subj = enc_word("无法传递: " + SUBJECT["zh"])
    return _head(r, subj, extra, frm="postmaster@client.example.cn", utc=True) + body


def google_group_dispute(r: Reply) -> bytes:
    """A person's objection relayed by the client's Google Group (Precedence: list)."""
    text = (
        "Hello,\n\nWe are not paying this invoice: the integration still fails our acceptance tests.\n\n"
        f"Tom Baker\nIT Director\n\nOn Mon, Nov 30, 2026 at 9:00 AM Example Tech Accounts <ar@example.cn> wrote:\n"
        f"> {SUBJECT['en']}\n> If you dispute the amount or the invoice, please tell us in writing."
    )
    extra = [
        f"Message-ID: <CAG{r.h[:20].lower()}@mail.gmail.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Precedence: list",
        "List-ID: <projects.acme.example.com>",
        "X-Original-Sender: tom.baker@acme.example.com",
    ]
    frm = "'Tom Baker' via Projects <projects@acme.example.com>"
    return _head(r, "Re: " + SUBJECT["en"], extra, frm=frm) + part(
        "text/plain", "UTF-8", "7bit", text
    )


def newsletter_en(r: Reply) -> bytes:
    """A SaaS billing newsletter: 'your invoice is overdue' copy, bulk, unknown sender."""
    text = (
        "Year-end billing tips: pay your invoices on time and avoid late fees! "
        "If you have already paid, ignore this message. Unsubscribe: https://news.example.net/u"
    )
    extra = [
        f"Message-ID: <{r.h[:16].lower()}@news.example.net>",
        "Precedence: bulk",
        "List-Unsubscribe: <https://news.example.net/u>",
    ]
    subj = "Your December billing digest"
    return _head(r, subj, extra, frm="Billing Digest <digest@news.example.net>") + part(
        "text/plain", "utf-8", "7bit", text
    )


M = {"danger": True}
# fmt: off
MACHINE_D = [
    ("exmail", "auto_reply", None, "", {**M, "raw": exmail_auto, "note": "Exmail auto-reply mentioning 付款"}),
    ("alimail", "auto_reply", None, "", {**M, "raw": alimail_auto, "note": "Alimail auto-reply, HTML only, mentions 已付款"}),
    ("owazhtw", "auto_reply", None, "", {**M, "raw": oof_zhtw, "note": "zh-TW OOF 自動回覆, no Auto-Submitted"}),
    ("olen", "auto_reply", None, "", {**M, "raw": ticket_ack, "note": "helpdesk ticket acknowledgement"}),
    ("tben", "auto_reply", None, "", {**M, "raw": thunderbird_mdn, "note": "Thunderbird return receipt"}),
    ("olen", "bounce", None, "", {**M, "raw": delay_notice, "note": "delay notice, not permanent"}),
    ("olzhcn", "bounce", None, "", {**M, "raw": exchange_ndr_zh, "note": "Exchange NDR in Chinese"}),
    ("gmailen", "dispute", None, "", {**M, "raw": google_group_dispute, "note": "person's objection via a Google Group"}),
    ("olen", "other", None, "", {**M, "raw": newsletter_en, "known": False, "note": "billing newsletter, bulk"}),
]
# fmt: on
