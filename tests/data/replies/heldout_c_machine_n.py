"""Set N's machine mail: bounces, delays, out-of-office, receipts, tickets, a newsletter.

Written blind, from what the mail systems of set N's clients send (Exchange Online, Google
Workspace, Zoho, Amazon SES via SNS, LISTSERV, a local ISP's Exim, Tencent Exmail), in forms
the earlier sets did not have: an SNS JSON bounce notification, a delay notice worded by an
ISP, a list manager's rejection, an out-of-office without ``Auto-Submitted``, OOFs in
Swedish/Finnish/Hebrew-English beside zh and zh-TW, a TeamDynamix ticket, an MDN from
Thunderbird, a Czech glassworks' bulk newsletter that talks about paying before Christmas.
Each builder takes the generator's ``Reply`` (its ``when``, ``sender``, ``thread``) and
returns the message's bytes.
"""

from __future__ import annotations

import json
from datetime import UTC, date, timedelta
from email.utils import format_datetime

import heldout_c_threads_n  # noqa: F401  (registers the threads)
from heldout_c_mime import Reply, addr, enc_word, multipart, part
from heldout_c_quote import SUBJECT, ours


def _utc(r: Reply) -> str:
    return format_datetime(r.when.astimezone(UTC)).replace("-0000", "+0000")


def _subj(r: Reply) -> str:
    return SUBJECT[r.thread]


def _orig_headers(r: Reply, to: str) -> str:
    """Our reminder's headers as a bounce quotes them."""
    on, oa = ours(r)
    s = _subj(r)
    return (
        f"From: {addr(on, oa)}\r\nTo: {to}\r\nSubject: {s if s.isascii() else enc_word(s)}\r\n"
        f"Date: {format_datetime(r.sent)}\r\nMessage-ID: {r.ck_id}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="===============ck"\r\n'
    )


def _head(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode()


def _report(r: Reply, human: str, status: str, to: str, mta: str, diag: str, action: str) -> bytes:
    dsn = (
        f"Reporting-MTA: dns; {mta}\r\nArrival-Date: {format_datetime(r.sent)}\r\n\r\n"
        f"Final-Recipient: rfc822; {to}\r\nAction: {action}\r\nStatus: {status}\r\n"
        f"Diagnostic-Code: smtp; {diag}\r\n"
    )
    parts = [
        part("text/plain", "us-ascii", "7bit", human),
        b"Content-Type: message/delivery-status\r\n\r\n" + dsn.encode(),
        b"Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r, to).encode(),
    ]
    return multipart("report; report-type=delivery-status", f"{r.h[:16]}.bounce", parts)


def ses_json(r: Reply) -> bytes:
    """An SNS email subscription delivering an SES bounce notification as raw JSON."""
    to = "procurement@meghnaapparels.com"
    sent = r.sent.astimezone(UTC)
    note = {
        "notificationType": "Bounce",
        "bounce": {
            "feedbackId": f"0100019{r.h[:9].lower()}-{r.h[9:17].lower()}-000000",
            "bounceType": "Permanent",
            "bounceSubType": "General",
            "bouncedRecipients": [
                {"emailAddress": to, "action": "failed", "status": "5.1.1",
                 "diagnosticCode": "smtp; 550 5.1.1 <procurement@meghnaapparels.com>: Recipient address rejected: User unknown in virtual mailbox table"}
            ],
            "timestamp": (sent + timedelta(seconds=4)).strftime("%Y-%m-%dT%H:%M:%S.512Z"),
            "remoteMtaIp": "103.4.145.22",
            "reportingMTA": "dns; a8-31.smtp-out.amazonses.com",
        },
        "mail": {
            "timestamp": sent.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "source": "ar@example.cn",
            "sourceArn": "arn:aws:ses:ap-southeast-1:418273650912:identity/example.cn",
            "messageId": f"0100019{r.h[17:26].lower()}-{r.h[26:34].lower()}-000000",
            "destination": [to],
            "headersTruncated": False,
            "headers": [
                {"name": "From", "value": "Example Tech Accounts <ar@example.cn>"},
                {"name": "To", "value": to},
                {"name": "Subject", "value": _subj(r)},
                {"name": "Message-ID", "value": r.ck_id},
            ],
            "commonHeaders": {"from": ["Example Tech Accounts <ar@example.cn>"], "to": [to],
                              "messageId": r.ck_id, "subject": _subj(r)},
        },
    }  # fmt: skip
    text = json.dumps(note, separators=(",", ":")) + (
        "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit "
        "the link below to unsubscribe:\nhttps://sns.ap-southeast-1.amazonaws.com/unsubscribe.html?"
        f"SubscriptionArn=arn:aws:sns:ap-southeast-1:418273650912:ses-bounces:{r.h[:8].lower()}-"
        f"{r.h[8:12].lower()}-{r.h[12:16].lower()}\n\nPlease do not reply directly to this email. "
        "If you have any questions or comments regarding this email, please contact us at "
        "https://aws.amazon.com/support\n"
    )
    return _head([
        "From: AWS Notifications <no-reply@sns.amazonaws.com>",
        "To: ar@example.cn",
        "Subject: AWS Notification Message",
        f"Date: {_utc(r)}",
        f"Message-ID: <0100019{r.h[:10].lower()}-{r.h[10:18].lower()}-{r.h[18:22].lower()}-000000@ap-southeast-1.amazonses.com>",
        "MIME-Version: 1.0",
        "x-amz-sns-message-id: " + f"{r.h[:8].lower()}-{r.h[8:12].lower()}-5{r.h[12:15].lower()}-9{r.h[15:18].lower()}-{r.h[18:30].lower()}",
        "x-amz-sns-subscription-arn: arn:aws:sns:ap-southeast-1:418273650912:ses-bounces",
    ]) + part("text/plain", "UTF-8", "7bit", text)  # fmt: skip


SIG_DASH = "-- "  # the signature delimiter, trailing space included


def isp_delay(r: Reply) -> bytes:
    """A Ghanaian ISP's delay notice (4.x.x) in its own words, no delivery-status part."""
    to = "kwame.asante@ashantibean.com.gh"
    text = f"""Dear customer,

This is a courtesy notice from the mail system at mx2.ghanamail-hosting.com.gh.

Your e-mail to {to} (subject "{_subj(r)}") could not be handed over to the recipient's server yet. The receiving server said:

    451 4.3.0 Mailbox temporarily unavailable - storage maintenance in progress

Nothing needs to be done on your side for now. We will keep trying for up to 5 days and will inform you only if we finally give up.

Original message ID: {r.ck_id}

{SIG_DASH}
GhanaMail Hosting Support | support@ghanamail-hosting.com.gh | +233 30 291 5500
"""
    return _head([
        "From: GhanaMail Hosting <postmaster@ghanamail-hosting.com.gh>",
        "To: ar@example.cn",
        "Subject: Courtesy notice: your message is taking longer than expected",
        f"Date: {format_datetime(r.when)}",
        f"Message-ID: <notice.{r.h[:14].lower()}@mx2.ghanamail-hosting.com.gh>",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-generated",
        "MIME-Version: 1.0",
    ]) + part("text/plain", "utf-8", "8bit", text)  # fmt: skip


def listserv(r: Reply) -> bytes:
    """The university's LISTSERV refuses our mail: ap@rru.ca is a list we may not post to."""
    text = f"""You are not authorized to send mail to the AP-FINSERV list from your
ar@example.cn account. You might be authorized to send to the list from
another of your accounts, or perhaps when using another mail program which
generates slightly different addresses, but LISTSERV has no way to associate
this other account or address with yours. If you need assistance or if you
have any question regarding the policy of the AP-FINSERV list, please
contact the list owners: AP-FINSERV-request@LISTS.RRU.CA.

------------------------ Rejected message (48 lines) --------------------------
From: Example Tech Accounts <ar@example.cn>
To: ap@rru.ca
Subject: {_subj(r)}
Message-ID: {r.ck_id}
"""
    return _head([
        "From: \"L-Soft list server at LISTS.RRU.CA (16.5)\" <LISTSERV@LISTS.RRU.CA>",
        "To: ar@example.cn",
        "Subject: Rejected posting to AP-FINSERV@LISTS.RRU.CA",
        f"Date: {format_datetime(r.when)}",
        f"Message-ID: <LISTSERV%2026{r.h[:14]}@LISTS.RRU.CA>",
        "MIME-Version: 1.0",
    ]) + part("text/plain", "us-ascii", "7bit", text)  # fmt: skip


def oof_bare(r: Reply) -> bytes:
    """An out-of-office sent by a hosting panel's autoresponder: no Auto-Submitted, no Precedence."""
    text = """Dear Sender,

Thank you for your mail. I am on leave from 01/12/2026 to 10/12/2026 for my marriage ceremony. For any urgent payment issue please contact Mr. Tanvir Ahmed (tanvir.acc@meghnaapparels.com, +880 1819-224617). Payment related queries will be handled after I join.

Thanks & Regards
Md. Rafiqul Islam
Manager (Commercial)
Meghna Apparels Ltd.
"""
    return _head([
        f"From: {addr(*r.sender)}",
        "To: ar@example.cn",
        f"Subject: Out of Office: {_subj(r)}",
        f"Date: {format_datetime(r.when)}",
        f"Message-ID: <autoresponder.{r.h[:12].lower()}@meghnaapparels.com>",
        f"In-Reply-To: {r.ck_id}",
        "MIME-Version: 1.0",
        "X-Mailer: cPanel Autoresponder",
    ]) + part("text/plain", "utf-8", "8bit", text)  # fmt: skip


# fmt: off
OOF = {
    "zh": ("自动答复: ", "zh-CN", """您好，

本人于2026年12月24日至2027年1月4日休年末年始假期，期间无法及时查看邮件。
付款相关事宜请联系陈晓燕（chenxy@toyomaruwa-sh.com.cn，内线215）。
给您带来不便，敬请谅解。

王丽华"""),
    "zhtw": ("自動回覆: ", "zh-TW", """您好：

本人目前休假中，將於12/28（一）返回辦公室，期間郵件無法即時回覆。
付款及帳務問題請洽會計課張雅婷小姐（分機 216）。

林志豪"""),
    "en": ("Automatic reply: ", "en-US", """Dear Sender,

I am out of the office attending the year-end audit in Sharm El Sheikh until 13/12/2026 with limited access to email. For payment matters kindly contact Mr. Ahmed Fathy (ahmed.fathy@nilecrown.com.eg).

Best Regards,
Mohamed Abdelrahman"""),
    "fi": ("Automaattinen vastaus: ", "fi-FI", """Olen lomalla 7.-18.12.2026. Laskuihin ja maksuihin liittyvissä asioissa ota yhteyttä: ostoreskontra@saimaansaha.fi.

I am on holiday 7-18 December 2026. For invoices and payments please contact ostoreskontra@saimaansaha.fi.

Mikko Virtanen"""),
    "il": ("Automatic reply: ", "en-US", """Hi,
I'm on reserve duty until further notice and will answer when I'm back. Payments and invoices: noa@savionmed.com. Urgent: +972-54-771-2290.
Thanks,
Eitan"""),
}
# fmt: on


def exchange_oof(lang: str):
    """Exchange Online's out-of-office in ``lang`` (Auto-Submitted, UTC Date, X-MS headers)."""

    def build(r: Reply) -> bytes:
        prefix, tag, text = OOF[lang]
        subj = prefix + _subj(r)
        dom = r.sender[1].split("@")[1]
        return _head([
            f"From: {addr(*r.sender)}",
            "To: ar@example.cn",
            f"Subject: {subj if subj.isascii() else enc_word(subj)}",
            f"Thread-Topic: {enc_word(_subj(r)) if not _subj(r).isascii() else _subj(r)}",
            f"Date: {_utc(r)}",
            f"Message-ID: <{r.h[:32]}@{dom}>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: All",
            f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender[1]}",
            f"X-MS-Exchange-Parent-Message-Id: {r.ck_id}",
            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
            f"Content-Language: {tag}",
            "Return-Path: <>",
            "MIME-Version: 1.0",
        ]) + part("text/plain", "utf-8", "base64", text)  # fmt: skip

    return build


def gmail_vacation(r: Reply) -> bytes:
    """A Workspace vacation responder with the user's own subject."""
    text = """Hej! Jag är föräldraledig till och med 2027-02-28. Fakturafrågor: ekonomi@kvarnholmpay.se.

Hi! I'm on parental leave until 2027-02-28. Invoice and payment questions: ekonomi@kvarnholmpay.se.

/Linnea"""
    return _head([
        f"From: {addr(*r.sender)}",
        "To: ar@example.cn",
        f"Subject: {enc_word('Föräldraledig / On parental leave')}",
        f"Date: {format_datetime(r.when)}",
        f"Message-ID: <CA{r.h[:8]}{r.h[8:30].lower()}@mail.gmail.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]) + multipart("alternative", "0000000000" + r.h[:18].lower(), [
        part("text/plain", "UTF-8", "quoted-printable", text),
        part("text/html", "UTF-8", "quoted-printable", "<div dir=\"ltr\">" + text.replace("\n", "<br>") + "</div>"),
    ])  # fmt: skip


def mdn_outlook(r: Reply) -> bytes:
    """An Outlook read receipt ('Read: ') from the Czech glassworks."""
    s = r.sent.astimezone(UTC)
    human = (
        f"Your message\r\n\r\n  To: {r.sender[0]}\r\n  Subject: {_subj(r)}\r\n"
        f"  Sent: {s:%A, %B} {s.day}, {s:%Y %I:%M:%S %p} (UTC+00:00) Monrovia, Reykjavik\r\n\r\n"
        f" was read on {r.when.astimezone(UTC):%A, %B} {r.when.astimezone(UTC).day}, "
        f"{r.when.astimezone(UTC):%Y %I:%M:%S %p} (UTC+00:00) Monrovia, Reykjavik.\r\n"
    )
    disp = (
        "Reporting-UA: SKLARNA-EX01.sklarna-jizera.local; Microsoft Exchange Server 2019\r\n"
        f"Final-Recipient: rfc822;{r.sender[1]}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    body = multipart("report; report-type=disposition-notification", f"_{r.h[:20]}_", [
        part("text/plain", "utf-8", "8bit", human),
        b"Content-Type: message/disposition-notification\r\n\r\n" + disp.encode(),
    ])  # fmt: skip
    return (
        _head(
            [
                f"From: {addr(*r.sender)}",
                "To: ar@example.cn",
                f"Subject: Read: {_subj(r)}",
                f"Date: {_utc(r)}",
                f"Message-ID: <{r.h[:32].lower()}@SKLARNA-EX01.sklarna-jizera.local>",
                f"In-Reply-To: {r.ck_id}",
                f"References: {r.ck_id}",
                f"Thread-Topic: {_subj(r)}",
                "MIME-Version: 1.0",
            ]
        )
        + body
    )


def mdn_thunderbird(r: Reply) -> bytes:
    """A Thunderbird return receipt, displayed automatically."""
    human = (
        f"This is a Return Receipt for the mail that you sent to {r.sender[1]}.\r\n\r\n"
        "Note: This Return Receipt only acknowledges that the message was displayed on the "
        "recipient's computer. There is no guarantee that the recipient has read or understood "
        "the message contents.\r\n"
    )
    disp = (
        "Reporting-UA: johan-x1.lan; Mozilla Thunderbird\r\n"
        f"Final-Recipient: rfc822;{r.sender[1]}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
        "Disposition: manual-action/MDN-sent-automatically; displayed\r\n"
    )
    body = multipart("report; report-type=disposition-notification", f"------------{r.h[:24]}", [
        part("text/plain", "UTF-8", "7bit", human),
        b"Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\r\nContent-Disposition: inline\r\n\r\n" + disp.encode(),
    ])  # fmt: skip
    return (
        _head(
            [
                f"From: {addr(*r.sender)}",
                "To: ar@example.cn",
                f"Subject: Return Receipt (displayed) - {_subj(r)}",
                f"Date: {format_datetime(r.when)}",
                f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}-{r.h[16:20].lower()}-{r.h[20:32].lower()}@kvarnholmpay.se>",
                f"In-Reply-To: {r.ck_id}",
                f"References: {r.ck_id}",
                "User-Agent: Mozilla Thunderbird",
                "MIME-Version: 1.0",
            ]
        )
        + body
    )


def teamdynamix(r: Reply) -> bytes:
    """A university service desk's ticket acknowledgement (Precedence only, no Auto-Submitted)."""
    text = f"""Thank you for contacting Financial Services - Accounts Payable.

Your request has been received and assigned ticket number 24118833. A member of our team will respond within 5 business days. Please note that the University is closed from December 24, 2026 to January 4, 2027; payment inquiries received during the closure will be answered after January 4.

Title: {_subj(r)}

To check the status of your request or add information, visit:
https://rru.teamdynamix.com/TDClient/1935/Portal/Requests/TicketRequests/TicketDet?TicketID=24118833

Please do not reply to this automated message.
"""
    return _head([
        "From: Financial Services <noreply@rru.teamdynamix.com>",
        "Reply-To: ap@rru.ca",
        "To: ar@example.cn",
        f"Subject: Ticket 24118833 created: {_subj(r)}",
        f"Date: {format_datetime(r.when)}",
        f"Message-ID: <tdx.{r.h[:20].lower()}@rru.teamdynamix.com>",
        f"In-Reply-To: {r.ck_id}",
        "Precedence: bulk",
        "X-Auto-Response-Suppress: All",
        "MIME-Version: 1.0",
    ]) + part("text/plain", "utf-8", "quoted-printable", text)  # fmt: skip


def exmail_auto(r: Reply) -> bytes:
    """A Tencent Exmail shared mailbox's automatic answer."""
    text = "您好，您的邮件已收到。我司付款统一于每月末处理，付款进度请登录供应商门户查询，谢谢。\n\n东洋丸和贸易（上海）有限公司　总务科"
    subj = "自动回复：" + _subj(r)
    return _head([
        f"From: {addr('总务科', 'soumu@toyomaruwa-sh.com.cn', quoted=True)}",
        "To: ar@example.cn",
        f"Subject: {enc_word(subj)}",
        f"Date: {format_datetime(r.when)}",
        f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "MIME-Version: 1.0",
    ]) + part("text/plain", "utf-8", "base64", text)  # fmt: skip


def newsletter(r: Reply) -> bytes:
    """The glassworks' Christmas newsletter: bulk, unsubscribe link, talks about paying."""
    text = """SKLÁRNA JIZERA – Christmas collection 2026

Dear partners,

our hand-blown Christmas collection is ready! Orders confirmed and paid by 18. 12. 2026 will be shipped before Christmas. Invoices due during the holidays can be paid until 8. 1. 2027 without any penalty.

Our factory shop is closed 24. 12. 2026 – 3. 1. 2027.

Unsubscribe: https://sklarna-jizera.cz/newsletter/odhlasit?e=ar%40example.cn
"""
    return _head([
        "From: \"Sklárna Jizera\" <newsletter@sklarna-jizera.cz>".replace("Sklárna Jizera", enc_word("Sklárna Jizera")),
        "To: ar@example.cn",
        f"Subject: {enc_word('Vánoční kolekce 2026 / Christmas collection – order and pay by 18. 12.')}",
        f"Date: {format_datetime(r.when)}",
        f"Message-ID: <nl.{r.h[:16].lower()}@mail.sklarna-jizera.cz>",
        "Precedence: bulk",
        "List-Unsubscribe: <https://sklarna-jizera.cz/newsletter/odhlasit?e=ar%40example.cn>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "X-Mailer: Ecomail.cz",
        "MIME-Version: 1.0",
    ]) + part("text/plain", "utf-8", "quoted-printable", text)  # fmt: skip


def ndr_exchange(r: Reply) -> bytes:
    """Exchange Online's NDR for a mailbox removed (the sawmill's AP clerk left)."""
    to = "anu.korhonen@saimaansaha.fi"
    human = f"""Your message to {to} couldn't be delivered.

anu.korhonen wasn't found at saimaansaha.fi.

Action Required: Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try sending your message again, typing the address carefully.

Diagnostic information for administrators:
Generating server: HE1PR0901MB2203.eurprd09.prod.outlook.com
{to}
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    return _head([
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@saimaansaha.onmicrosoft.com>",
        "To: ar@example.cn",
        f"Subject: Undeliverable: {_subj(r)}",
        f"Date: {_utc(r)}",
        f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@HE1PR0901MB2203.eurprd09.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ",
        "Content-Language: en-US",
        "MIME-Version: 1.0",
    ]) + _report(r, human, "5.1.10", to, "HE1PR0901MB2203.eurprd09.prod.outlook.com",
                 "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "failed")  # fmt: skip


def gmail_bounce(r: Reply) -> bytes:
    """Google Workspace: the address does not exist (the Swedish finance lead left)."""
    to = "linnea@kvarnholmpay.se"
    human = f"""** Address not found **

Your message wasn't delivered to {to} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/answer/6596

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
"""
    return _head([
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        "To: ar@example.cn",
        "Subject: Delivery Status Notification (Failure)",
        f"Date: {format_datetime(r.when)}",
        f"Message-ID: <{r.h[:12].lower()}.{r.h[12:24].lower()}@mx.google.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]) + _report(r, human, "5.1.1", to, "googlemail.com",
                 "550-5.1.1 The email account that you tried to reach does not exist.", "failed")  # fmt: skip


def postfix_full(r: Reply) -> bytes:
    """A Peruvian host's Postfix: mailbox over quota, given up after retries."""
    to = "chuaman@costaazul.com.pe"
    human = f"""This is the mail system at host mail.costaazul.com.pe.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{to}>: host 127.0.0.1[127.0.0.1] said: 552 5.2.2
    <{to}>: Recipient address rejected: Mailbox quota exceeded
    (in reply to RCPT TO command)
"""
    return _head([
        "From: MAILER-DAEMON@mail.costaazul.com.pe (Mail Delivery System)",
        "To: ar@example.cn",
        "Subject: Undelivered Mail Returned to Sender",
        f"Date: {format_datetime(r.when)}",
        f"Message-Id: <20261208{r.h[:10]}.{r.h[10:16]}@mail.costaazul.com.pe>",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]) + _report(r, human, "5.2.2", to, "mail.costaazul.com.pe",
                 "552 5.2.2 <chuaman@costaazul.com.pe>: Recipient address rejected: Mailbox quota exceeded", "failed")  # fmt: skip


def freshdesk(r: Reply) -> bytes:
    """A startup's finance helpdesk (Freshdesk) acknowledging, HTML only, X-Autoreply."""
    page = (
        "<html><body><div>Hi Example Tech Accounts,</div><br><div>Thanks for writing to Savion Medical "
        "Finance. This is an automated confirmation that your request <b>#4471</b> has been received. "
        "We pay supplier invoices on Sundays and Wednesdays; our team will get back to you within 2 "
        "business days (Sunday-Thursday).</div><br><div>Regards,<br>Savion Finance Desk</div>"
        '<div style="color:#999">[FDX-4471]</div></body></html>'
    )
    return _head([
        "From: Savion Finance Desk <finance@savionmed.freshdesk.com>",
        "Reply-To: finance@savionmed.com",
        "To: ar@example.cn",
        f"Subject: Request received: {_subj(r)} [#4471]",
        f"Date: {format_datetime(r.when)}",
        f"Message-ID: <{r.h[:24].lower()}_4471@savionmed.freshdesk.com>",
        f"In-Reply-To: {r.ck_id}",
        "X-Autoreply: yes",
        "X-FD-Email-Type: ticket_acknowledgement",
        "MIME-Version: 1.0",
    ]) + part("text/html", "utf-8", "quoted-printable", page)  # fmt: skip


def challenge(r: Reply) -> bytes:
    """An anti-spam gateway holding our mail until we prove we are a person."""
    text = f"""Hello,

Your message to rquispe@costaazul.com.pe with the subject "{_subj(r)}" is being held by MailGuard because your address is not yet on the recipient's list of approved senders.

To have your message delivered, please confirm that you are a real person by visiting the link below within 72 hours:

https://mailguard.costaazul.com.pe/verify?id={r.h[:24].lower()}

You only have to do this once. If you did not send this message, you can ignore this notice.

MailGuard - protecting Pesquera Costa Azul S.A.C. from spam
"""
    return _head([
        "From: MailGuard <noreply@mailguard.costaazul.com.pe>",
        "To: ar@example.cn",
        "Subject: Please confirm your message to rquispe@costaazul.com.pe",
        f"Date: {format_datetime(r.when)}",
        f"Message-ID: <mg.{r.h[:18].lower()}@mailguard.costaazul.com.pe>",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Mailguard-Challenge: yes",
        "MIME-Version: 1.0",
    ]) + part("text/plain", "utf-8", "7bit", text)  # fmt: skip


def _m(
    raw,
    kind: str,
    thread: str,
    tz: str,
    sender: tuple[str, str],
    day: int,
    note: str,
    known: bool = True,
):
    opts = {"raw": raw, "thread": thread, "tz": tz, "sender": sender, "day": date(2026, 12, day),
            "danger": True, "note": note}  # fmt: skip
    if not known:
        opts["known"] = False
    return ("olen" if thread not in ("n_jp", "n_tw") else "owazh", kind, None, "", opts)


# fmt: off
MACHINE = [
    _m(ses_json, "bounce", "n_bd", "UTC", ("AWS Notifications", "no-reply@sns.amazonaws.com"), 3, "SES bounce delivered as SNS JSON"),
    _m(isp_delay, "bounce", "n_gh", "Africa/Accra", ("GhanaMail Hosting", "postmaster@ghanamail-hosting.com.gh"), 4, "delay (4.3.0) in an ISP's own words"),
    _m(listserv, "bounce", "n_wpg", "America/Winnipeg", ("LISTSERV", "LISTSERV@LISTS.RRU.CA"), 2, "list manager rejects the posting"),
    _m(oof_bare, "auto_reply", "n_bd", "Asia/Dhaka", ("Md. Rafiqul Islam", "rafiq.commercial@meghnaapparels.com"), 2, "OOF without Auto-Submitted, mentions payment"),
    _m(exchange_oof("zh"), "auto_reply", "n_jp", "Asia/Shanghai", ("王丽华", "wang.lihua@toyomaruwa-sh.com.cn"), 24, "Exchange OOF zh, 付款 in it"),
    _m(exchange_oof("zhtw"), "auto_reply", "n_tw", "Asia/Taipei", ("林志豪", "jh.lin@toyomaruwa.com.tw"), 21, "Exchange OOF zh-TW"),
    _m(exchange_oof("en"), "auto_reply", "n_eg", "Africa/Cairo", ("Mohamed Abdelrahman", "m.abdelrahman@nilecrown.com.eg"), 8, "Exchange OOF en, payment matters"),
    _m(exchange_oof("fi"), "auto_reply", "n_fi", "Europe/Helsinki", ("Mikko Virtanen", "mikko.virtanen@saimaansaha.fi"), 8, "Exchange OOF Finnish and English"),
    _m(exchange_oof("il"), "auto_reply", "n_il", "Asia/Jerusalem", ("Eitan Ben-David", "eitan@savionmed.com"), 6, "Exchange OOF, reserve duty"),
    _m(gmail_vacation, "auto_reply", "n_se", "Europe/Stockholm", ("Linnea Berg", "linnea@kvarnholmpay.se"), 2, "Workspace vacation, own subject, Swedish"),
    _m(mdn_outlook, "auto_reply", "n_cz", "Europe/Prague", ("Jana Nováková", "novakova@sklarna-jizera.cz"), 2, "Exchange read receipt"),
    _m(mdn_thunderbird, "auto_reply", "n_se", "Europe/Stockholm", ("Johan Lindqvist", "johan@kvarnholmpay.se"), 3, "Thunderbird return receipt"),
    _m(teamdynamix, "auto_reply", "n_wpg", "America/Winnipeg", ("Financial Services", "noreply@rru.teamdynamix.com"), 3, "ticket ack, Precedence bulk only"),
    _m(exmail_auto, "auto_reply", "n_jp", "Asia/Shanghai", ("总务科", "soumu@toyomaruwa-sh.com.cn"), 2, "Exmail auto-reply: 付款统一于每月末处理"),
    _m(freshdesk, "auto_reply", "n_il", "Asia/Jerusalem", ("Savion Finance Desk", "finance@savionmed.freshdesk.com"), 7, "helpdesk ack HTML only, X-Autoreply, pay days"),
    _m(newsletter, "other", "n_cz", "Europe/Prague", ("Sklárna Jizera", "newsletter@sklarna-jizera.cz"), 9, "bulk newsletter: pay by 18. 12.", known=False),
    _m(ndr_exchange, "bounce", "n_fi", "Europe/Helsinki", ("Microsoft Outlook", "MicrosoftExchange@saimaansaha.onmicrosoft.com"), 14, "Exchange NDR 5.1.10"),
    _m(gmail_bounce, "bounce", "n_se", "Europe/Stockholm", ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), 16, "Workspace Address not found"),
    _m(challenge, "auto_reply", "n_pe", "America/Lima", ("MailGuard", "noreply@mailguard.costaazul.com.pe"), 3, "challenge-response"),
    _m(postfix_full, "bounce", "n_pe", "America/Lima", ("Mail Delivery System", "MAILER-DAEMON@mail.costaazul.com.pe"), 8, "Postfix 5.2.2 quota"),
]
# fmt: on
