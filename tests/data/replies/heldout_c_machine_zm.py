"""Held-out set ZM: machine mail answering our reminders (bounces, delays, auto-replies, receipts).

Bounces: our Postfix relay for a client domain that no longer resolves (5.4.4, no Remote-MTA),
our relay's delay warning (4.4.7, Action: delayed, a mailbox on a slow server), Exchange Online
refusing a deleted mailbox (5.4.1 access denied, DSN + message/rfc822-headers), an Exchange
"Delivery delayed" notice, a Sina 退信 in GBK words with no delivery-status part and no
threading, and a Google Workspace "Address not found" (text+HTML, DSN, our message attached).
Auto-replies: Exchange OOF in zh-CN (gb2312), zh-TW (Big5, UTF-8 subject), Dutch and English,
Arabic and English (UTF-8, a Sunday-to-Thursday week), Greek and English; a 163 auto-reply with
no auto header; an Exmail auto-reply from a trade fair. Receipts: Outlook's English "Read:" and
Thunderbird's "Return Receipt (displayed)". A bulk English newsletter that answers nothing.
"""

from __future__ import annotations

from email.utils import format_datetime

from heldout_c_machine_zg import OUR, _auto, _date, _msg, _orig_headers
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_zm import entry

POSTFIX_HEAD = "This is the mail system at host mail.example.cn.\n\n"


def _postfix(r: Reply, subject: str, text: str, report: str, rcpt: str, tail: str) -> bytes:
    qid = r.h[:11]
    body = multipart("report; report-type=delivery-status", f"{qid}.1765{r.n:06d}/mail.example.cn", [
        b"Content-Description: " + tail.encode() + b"\r\n" + part("text/plain", "us-ascii", "7bit", text),
        b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        + report.replace("\n", "\r\n").encode(),
        b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + _orig_headers(r, rcpt).replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "Return-Path: <>", f"Date: {_date(r)}", "From: MAILER-DAEMON@mail.example.cn (Mail Delivery System)",
        f"Subject: {subject}", f"To: {OUR}", "Auto-Submitted: auto-replied",
        f"Message-Id: <202612{r.h[:12]}@mail.example.cn>",
    ], body)  # fmt: skip


def postfix_no_domain(r: Reply) -> bytes:
    """Postfix: the client's old domain no longer resolves (5.4.4, no Remote-MTA)."""
    rcpt = "kofi.asante@densuvalleyfresh.com.gh"
    text = (
        POSTFIX_HEAD + "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        f"                   The mail system\n\n<{rcpt}>: Host or domain name not found. Name\n"
        "    service error for name=densuvalleyfresh.com.gh type=MX: Host not found, try again\n"
    )
    report = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {r.h[:11]}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        "Action: failed\nStatus: 5.4.4\nDiagnostic-Code: X-Postfix; Host or domain name not found. Name service error\n"
        "    for name=densuvalleyfresh.com.gh type=MX: Host not found, try again\n"
    )
    return _postfix(r, "Undelivered Mail Returned to Sender", text, report, rcpt, "Notification")


def postfix_delayed(r: Reply) -> bytes:
    """Postfix: a delay warning, not a failure (4.4.7 after 24 hours; still being retried)."""
    rcpt = "manoj.agarwal@dikomvalley.in"
    text = (
        POSTFIX_HEAD + "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 24 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        f"                   The mail system\n\n<{rcpt}>: connect to mail.dikomvalley.in[103.21.58.14]:25:\n"
        "    Connection timed out\n"
    )
    report = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {r.h[:11]}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        "Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mail.dikomvalley.in[103.21.58.14]:25:\n"
        "    Connection timed out\nWill-Retry-Until: "
        + format_datetime(r.when.replace(day=r.when.day + 4))
        + "\n"
    )
    return _postfix(r, "Delayed Mail (still being retried)", text, report, rcpt, "Notification")


def exo_access_denied(r: Reply) -> bytes:
    """Exchange Online: a deleted mailbox refused with 5.4.1 (access denied, AS(201806281))."""
    rcpt = "accounts@nizwagoldendates.com"
    diag = "550 5.4.1 Recipient address rejected: Access denied. [DB5EUR03FT041.eop-EUR03.prod.protection.outlook.com 2026-12-06T06:12:09.331Z 08DE2F4C1A7B9E55]"
    text = (
        f"Your message to {rcpt} couldn't be delivered.\n\n{rcpt.split('@')[0]} wasn't found at nizwagoldendates.com.\n\n"
        f"{OUR}\nOffice 365\n{rcpt.split('@')[0]}\nAction Required\nRecipient\n\nUnknown To address\n\n"
        "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
        "- Retype the recipient's address, then resend the message.\n- Contact the recipient by some other means.\n\n"
        f"Diagnostic information for administrators:\n\nGenerating server: DB5EUR03FT041.eop-EUR03.prod.protection.outlook.com\n\n"
        f"{rcpt}\nRemote Server returned '{diag}'\n"
    )
    status = (
        "Reporting-MTA: dns;DB5EUR03FT041.eop-EUR03.prod.protection.outlook.com\nReceived-From-MTA: dns;mail.example.cn\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.4.1\n"
        f"Diagnostic-Code: smtp;{diag}\n"
    )
    body = multipart("report; report-type=delivery-status", f"_000_{r.h[:26]}_", [
        multipart("alternative", f"_001_{r.h[:26]}_", [
            part("text/plain", "us-ascii", "quoted-printable", text),
            part("text/html", "us-ascii", "quoted-printable",
                 "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"),
        ]),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
        b"Content-Type: message/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "From: postmaster@nizwagoldendates.onmicrosoft.com", f"To: {OUR}", f"Date: {_date(r, True)}",
        f"Subject: {enc_word('Undeliverable: ' + SUBJECT[r.thread])}", f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@DB5EUR03FT041.eop-EUR03.prod.protection.outlook.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: en-US",
    ], body)  # fmt: skip


def exo_delayed(r: Reply) -> bytes:
    """Exchange Online's "Delivery delayed" notice (4.4.7 pending), still retrying."""
    rcpt = "darlene@atchafalayacrawfish.com"
    text = (
        f"Delivery is delayed to these recipients or groups:\n\n{rcpt}\n\nSubject: {SUBJECT[r.thread]}\n\n"
        "This message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
        "The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. "
        "You'll be notified if the message can't be delivered by that time.\n\n"
        "Diagnostic information for administrators:\n\nGenerating server: SN6PR08MB4880.namprd08.prod.outlook.com\n"
        f"Receiving server: atchafalayacrawfish-com.mail.protection.outlook.com\n\n{rcpt}\n"
        "Remote Server returned '451 4.4.7 Message delayed; Queue length exceeded'\n"
    )
    status = (
        "Reporting-MTA: dns;SN6PR08MB4880.namprd08.prod.outlook.com\nReceived-From-MTA: dns;mail.example.cn\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-recipient: rfc822;{rcpt}\nAction: delayed\nStatus: 4.4.7\n"
        "Diagnostic-Code: smtp;451 4.4.7 Message delayed; Queue length exceeded\n"
        "Will-Retry-Until: " + format_datetime(r.when.replace(day=r.when.day + 2)) + "\n"
    )
    body = multipart("report; report-type=delivery-status", f"_000_{r.h[:26]}_", [
        part("text/plain", "utf-8", "quoted-printable", text),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
        b"Content-Type: message/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "From: Microsoft Outlook <postmaster@atchafalayacrawfish.com>", f"To: {OUR}", f"Date: {_date(r, True)}",
        f"Subject: {enc_word('Delivery delayed:' + SUBJECT[r.thread])}", f"Message-ID: <{r.h[:32].lower()}@SN6PR08MB4880.namprd08.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied", "Content-Language: en-US",
    ], body)  # fmt: skip


def sina_bounce(r: Reply) -> bytes:
    """A Sina 退信 in GBK words: mailbox full; no delivery-status part, no threading headers."""
    rcpt = "zhoukj_dh@sina.com"
    text = (
        "您好！\n\n这是新浪邮件系统的退信通知。您发出的邮件未能送达以下收件人：\n\n"
        f"    {rcpt}\n\n原因：收件人邮箱容量已满，暂时无法接收新邮件（552 5.2.2 Mailbox full）。\n\n"
        f"原邮件主题：{SUBJECT[r.thread]}\n原邮件发送时间：{r.sent:%Y-%m-%d %H:%M}\n\n"
        "请稍后重新发送，或通过其他方式联系收件人。\n\n新浪邮箱 postmaster@sina.com\n本邮件由系统自动发出，请勿直接回复。"
    )
    return _msg([
        f"From: {enc_word('新浪邮件系统', 'GBK')} <postmaster@sina.com>", f"To: {OUR}", f"Date: {_date(r)}",
        f"Subject: {enc_word('退信通知：' + SUBJECT[r.thread], 'GBK')}",
        f"Message-ID: <{r.h[:20].lower()}.bounce@sina.com>", "X-Mailer: SinaMail 3.0",
    ], part("text/plain", "GBK", "base64", text))  # fmt: skip


def google_not_found(r: Reply) -> bytes:
    """Google Workspace: "Address not found" after acceptance, with a DSN and our message."""
    rcpt = "tammy@atchafalayacrawfish.com"
    text = (
        f"** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, "
        "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to "
        "https://support.google.com/mail/?p=NoSuchUser\n"
    )
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    status = (
        "Reporting-MTA: dns; googlemail.com\nArrival-Date: " + format_datetime(r.sent) + "\n\n"
        f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
        "Last-Attempt-Date: " + format_datetime(r.when) + "\n"
    )
    orig = (
        _orig_headers(r, rcpt).replace(
            'Content-Type: multipart/alternative; boundary="===============ck7716=="\n',
            "Content-Type: text/plain; charset=utf-8\n",
        )
        + "\nDear Russell,\n\nI hope all is well. Our records show that the final payment of USD 19,500.00 ...\n"
    )
    bnd = "000000000000" + r.h[:16].lower()
    body = multipart("report; report-type=delivery-status", bnd, [
        multipart("related", "000000000000" + r.h[16:32].lower(), [
            multipart("alternative", "000000000000" + r.h[8:24].lower(), [
                part("text/plain", "UTF-8", "quoted-printable", text), part("text/html", "UTF-8", "quoted-printable", html),
            ]),
        ]),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
        b"Content-Type: message/rfc822\r\n\r\n" + orig.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", f"To: {OUR}", f"Date: {_date(r)}",
        "Subject: Delivery Status Notification (Failure)", f"Message-ID: <{r.h[:20].lower()}.bounce@mx.google.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
        "X-Failed-Recipients: " + rcpt,
    ], body)  # fmt: skip


EXO = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]


def oof_zhcn(r: Reply) -> bytes:
    """Exchange OOF in zh-CN (gb2312): annual leave, payments handed to the cashier."""
    text = ("您好！\n\n我于12月21日至12月25日休年假，期间无法及时回复邮件。\n"
            "付款、发票相关事宜请联系出纳钱晓（qianxiao_jh@126.com，021-56782231）。\n\n沈琳\n上海佳禾家政服务有限公司 财务部")  # fmt: skip
    return _auto(r, f"{enc_word('沈琳', 'gb2312')} <shenlin@jiahe-jz.com>",
                 enc_word("自动答复: " + SUBJECT[r.thread], "gb2312"), text, "gb2312",
                 [*EXO, "X-MS-Exchange-Inbox-Rules-Loop: shenlin@jiahe-jz.com", "Content-Language: zh-CN"], utc=True)  # fmt: skip


def oof_zhtw(r: Reply) -> bytes:
    """Exchange OOF in zh-TW (Big5 body, UTF-8 subject): wedding season, back on a date."""
    text = ("您好：\n\n本人12月19日至12月27日支援婚宴旺季現場，暫停收發郵件，12月28日（一）恢復上班。\n"
            "付款相關事宜請洽會計部 分機 305。\n\n金華園婚宴會館 會計部 蔡佩君")  # fmt: skip
    return _auto(r, f"{enc_word('蔡佩君', 'big5')} <pj.tsai@jinhuayuan.com.tw>",
                 enc_word("自動回覆: " + SUBJECT[r.thread]), text, "big5",
                 [*EXO, "Content-Language: zh-TW"], utc=True)  # fmt: skip


def oof_nl(r: Reply) -> bytes:
    """Exchange OOF in Dutch and English (Automatisch antwoord)."""
    text = ("Beste afzender,\n\nIk ben afwezig tot en met maandag 4 januari 2027. Uw e-mail wordt niet doorgestuurd.\n"
            "Voor betalingen en facturen kunt u mailen naar facturen@vdzwaanbollen.nl.\n\n"
            "Dear sender,\n\nI am out of the office until Monday 4 January 2027. Your e-mail will not be forwarded.\n"
            "For payments and invoices please write to facturen@vdzwaanbollen.nl.\n\nMarloes de Graaf\nAdministratie")  # fmt: skip
    return _auto(r, "Marloes de Graaf <m.degraaf@vdzwaanbollen.nl>", enc_word("Automatisch antwoord: " + SUBJECT[r.thread]),
                 text, "utf-8", [*EXO, "X-MS-Exchange-Inbox-Rules-Loop: m.degraaf@vdzwaanbollen.nl",
                                 "Content-Language: nl-NL"], utc=True)  # fmt: skip


def oof_ar(r: Reply) -> bytes:
    """Exchange OOF in Arabic and English (UTF-8), naming a colleague for payments."""
    text = ("السلام عليكم،\n\nشكراً لرسالتكم. أنا خارج المكتب حتى يوم الأحد 13 ديسمبر 2026. "
            "للاستفسارات المتعلقة بالمدفوعات يرجى التواصل مع السيد سالم الهنائي.\n\n"
            "Thank you for your email. I am out of the office until Sunday 13 December 2026. "
            "For payment matters please contact Mr. Salim Al Hinai (salim@nizwagoldendates.com).\n\n"
            "Fatma Al Rawahi\nFinance Department | Nizwa Golden Dates LLC")  # fmt: skip
    return _auto(r, "Fatma Al Rawahi <fatma.rawahi@nizwagoldendates.com>", enc_word("Automatic reply: " + SUBJECT[r.thread]),
                 text, "utf-8", [*EXO, "Content-Language: ar-OM"], utc=True)  # fmt: skip


def oof_gr(r: Reply) -> bytes:
    """Exchange OOF in Greek and English (Αυτόματη απάντηση)."""
    text = ("Καλημέρα σας,\n\nΘα απουσιάζω από το γραφείο έως τις 04/01/2027. Για επείγοντα θέματα πληρωμών "
            "παρακαλώ επικοινωνήστε με τον κ. Γιώργο Κουρή.\n\n"
            "I am away from the office until 04/01/2027. For urgent payment matters please contact Mr. Giorgos Kouris.\n\n"
            "Ελένη Βλάχου / Eleni Vlachou\nΛογιστήριο / Accounting Dept.")  # fmt: skip
    return _auto(r, f"{enc_word('Ελένη Βλάχου')} <e.vlachou@kourismastiha.gr>",
                 enc_word("Αυτόματη απάντηση: " + SUBJECT[r.thread]), text, "utf-8",
                 [*EXO, "Content-Language: el-GR"], utc=True)  # fmt: skip


def n163_auto(r: Reply) -> bytes:
    """163's auto-reply: GBK, no auto header at all."""
    text = "您好！您的邮件我已收到，这几天在集团开年终结算会，回复可能不及时，急事请打0479-8236615。\n\n其其格"
    return _auto(r, f"{enc_word('其其格', 'GBK')} <qiqige_xl@163.com>", enc_word("自动回复：" + SUBJECT[r.thread], "GBK"),
                 text, "GBK", ["X-Mailer: Coremail Webmail Server Version XT5.0.14"])  # fmt: skip


def exmail_auto(r: Reply) -> bytes:
    """Exmail's auto-reply (Auto-Submitted): at a trade fair, payments to finance."""
    text = "您好，本人12月8日至12月11日在上海参加电器展，邮件回复会有延迟。付款事宜请直接联系财务部郑丽（0577-62881230）。\n\n陈晓东"
    return _auto(r, f'"{enc_word("陈晓东")}" <chenxd@ouhong-elec.com>', enc_word("自动回复: " + SUBJECT[r.thread]),
                 text, "utf-8", ["Auto-Submitted: auto-replied", "X-Mailer: QQMail 2.x",
                                 "X-QQ-MIME: TCMime 1.0 by Tencent"])  # fmt: skip


def outlook_read(r: Reply) -> bytes:
    """Outlook's English read receipt ("Read: ..."), a disposition notification."""
    text = (f"Your message\n\n  To: Jasmine Tay\n  Subject: {SUBJECT[r.thread]}\n  Sent: {r.sent:%d/%m/%Y %I:%M %p}\n\n"
            f"was read on {r.when:%d/%m/%Y %I:%M %p}.\n")  # fmt: skip
    mdn = (f"Reporting-UA: jasmine.tay@kranjiaquatic.com.sg; Microsoft Outlook 16.0\n"
           f"Final-Recipient: rfc822;jasmine.tay@kranjiaquatic.com.sg\nOriginal-Message-ID: {r.ck_id}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"----=_MDN_{r.h[:16]}", [
        part("text/plain", "utf-8", "quoted-printable", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + mdn.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg(["From: Jasmine Tay <jasmine.tay@kranjiaquatic.com.sg>", f"To: {OUR}", f"Date: {_date(r, True)}",
                 f"Subject: {enc_word('Read: ' + SUBJECT[r.thread])}", f"Message-ID: <{r.h[:32].lower()}@kranjiaquatic.com.sg>",
                 f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "X-Mailer: Microsoft Outlook 16.0"], body)  # fmt: skip


def thunderbird_receipt(r: Reply) -> bytes:
    """Thunderbird's return receipt (displayed), sent automatically."""
    text = ("This is a Return Receipt for the mail that you sent to p.vanderzwaan@vdzwaanbollen.nl.\n\n"
            "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
            "There is no guarantee that the recipient has read or understood the message contents.\n")  # fmt: skip
    mdn = ("Reporting-UA: mail.vdzwaanbollen.nl; Thunderbird 128.5.2\n"
           "Final-Recipient: rfc822;p.vanderzwaan@vdzwaanbollen.nl\n"
           f"Original-Message-ID: {r.ck_id}\nDisposition: manual-action/MDN-sent-automatically; displayed\n")  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"------------{r.h[:24]}", [
        part("text/plain", "UTF-8", "7bit", text),
        b"Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\r\nContent-Disposition: inline\r\n\r\n"
        + mdn.replace("\n", "\r\n").encode(),
        b"Content-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\r\nContent-Disposition: inline\r\n\r\n"
        + _orig_headers(r, "p.vanderzwaan@vdzwaanbollen.nl").replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg(["From: Pieter van der Zwaan <p.vanderzwaan@vdzwaanbollen.nl>", f"To: {OUR}", f"Date: {_date(r)}",
                 f"Subject: {enc_word('Return Receipt (displayed) - ' + SUBJECT[r.thread])}",
                 f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}-{r.h[16:20].lower()}-{r.h[20:32].lower()}@vdzwaanbollen.nl>",
                 f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "User-Agent: Mozilla Thunderbird"], body)  # fmt: skip


def newsletter_en(r: Reply) -> bytes:
    """An English bulk newsletter for produce exporters about late payers: answers nothing of ours."""
    text = (
        "FRESH EXPORT WEEKLY | Issue 412 | December 2026\n\nYour buyers are paying later. Here is what to do about it.\n\n"
        "Payment terms across the fresh-produce trade stretched again this quarter: the median buyer now pays 47 days "
        "after invoice, and one supplier in five reports an overdue balance older than 60 days.\n\n"
        "In this issue:\n- Why 'payment has been processed' is not the same as 'payment has been sent'\n"
        "- Disputed invoices: put the objection in writing before the reminder goes out\n"
        "- Letters of credit vs. open account for Gulf buyers\n\n"
        "Webinar: Thursday 17 December, 14:00 GMT - Getting paid before the year-end close. Register at freshexportweekly.com.\n\n"
        "You are receiving this because your address is registered with Fresh Export Weekly.\n"
        "Unsubscribe: https://freshexportweekly.com/unsubscribe?u=6c1e09 | Manage preferences\n"
        "Fresh Export Weekly, 3 Covent Garden Market, London SW8 5LL"
    )
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    body = multipart("alternative", f"==FEW_{r.h[:20]}", [
        part("text/plain", "utf-8", "quoted-printable", text), part("text/html", "utf-8", "quoted-printable", html)])  # fmt: skip
    return _msg(["From: Fresh Export Weekly <newsletter@mail.freshexportweekly.com>", f"To: {OUR}", f"Date: {_date(r, True)}",
                 "Subject: Your buyers are paying later: Fresh Export Weekly #412",
                 f"Message-ID: <{r.h[:24].lower()}@mail.freshexportweekly.com>", "Precedence: bulk",
                 "List-Unsubscribe: <https://freshexportweekly.com/unsubscribe?u=6c1e09>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                 "List-Id: <weekly.freshexportweekly.com>"], body)  # fmt: skip


B = {"kind": "bounce", "danger": True}
A = {"kind": "auto_reply", "danger": True}

# fmt: off
_ROWS = [
    ("gmailen", B, postfix_no_domain, "zm_gh", 3, ("", "MAILER-DAEMON@mail.example.cn"), {"tz": "Africa/Accra"}),
    ("gmailen", B, postfix_delayed, "zm_in", 3, ("", "MAILER-DAEMON@mail.example.cn"),
     {"tz": "Asia/Kolkata", "note": "a delay warning (Action: delayed), labelled bounce as in earlier sets"}),
    ("owaen", B, exo_access_denied, "zm_om", 6, ("", "postmaster@nizwagoldendates.onmicrosoft.com"), {"tz": "Asia/Muscat"}),
    ("olen", B, exo_delayed, "zm_us2", 10, ("", "postmaster@atchafalayacrawfish.com"),
     {"tz": "America/Chicago", "note": "Exchange's 'Delivery delayed' notice, labelled bounce as in earlier sets"}),
    ("sina", B, sina_bounce, "zm_dh", 9, ("", "postmaster@sina.com"), {"note": "no delivery-status part, no threading"}),
    ("gmailen", B, google_not_found, "zm_us", 4, ("", "mailer-daemon@googlemail.com"), {"tz": "America/Chicago"}),
    ("olzhcn", A, oof_zhcn, "zm_sh2", 21, ("沈琳", "shenlin@jiahe-jz.com"), {}),
    ("olzhtw", A, oof_zhtw, "zm_tc", 21, ("蔡佩君", "pj.tsai@jinhuayuan.com.tw"), {"tz": "Asia/Taipei"}),
    ("olen", A, oof_nl, "zm_nl", 21, ("Marloes de Graaf", "m.degraaf@vdzwaanbollen.nl"), {"tz": "Europe/Amsterdam"}),
    ("owaen", A, oof_ar, "zm_om", 8, ("Fatma Al Rawahi", "fatma.rawahi@nizwagoldendates.com"), {"tz": "Asia/Muscat"}),
    ("owaen", A, oof_gr, "zm_gr", 24, ("Ελένη Βλάχου", "e.vlachou@kourismastiha.gr"), {"tz": "Europe/Athens"}),
    ("n163", A, n163_auto, "zm_xl", 4, ("其其格", "qiqige_xl@163.com"), {}),
    ("exmail", A, exmail_auto, "zm_yqd", 9, ("陈晓东", "chenxd@ouhong-elec.com"), {}),
    ("olen", A, outlook_read, "zm_sg", 2, ("Jasmine Tay", "jasmine.tay@kranjiaquatic.com.sg"),
     {"tz": "Asia/Singapore", "note": "a read receipt"}),
    ("tben", A, thunderbird_receipt, "zm_nl", 3, ("Pieter van der Zwaan", "p.vanderzwaan@vdzwaanbollen.nl"),
     {"tz": "Europe/Amsterdam", "note": "a return receipt"}),
    ("gmailen", {"kind": "other", "danger": True}, newsletter_en, "zm_uk", 7,
     ("Fresh Export Weekly", "newsletter@mail.freshexportweekly.com"),
     {"known": False, "note": "bulk mail about late payers that answers nothing of ours"}),
]
# fmt: on

ZM_MACHINE = [
    entry(
        style, k["kind"], None, fn.__name__, thread, day, who, raw=fn, danger=k["danger"], **extra
    )
    for style, k, fn, thread, day, who, extra in _ROWS
]
