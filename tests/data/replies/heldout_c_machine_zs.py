"""Held-out set ZS: machine mail answering our reminders (bounces, auto-replies, receipts).

Bounces: our Postfix relay told by Gmail's MX that an address does not exist (5.1.1), by a
Lagos gateway that our message was refused as spam (5.7.1), by Tencent Exmail that a mailbox
is gone (550 Mailbox not found), and a German Exchange "Unzustellbar" (5.2.2 mailbox full).
Auto-replies: Exchange OOF in German and English (closed between the years), in Arabic and
English (annual leave), an Indian OOF (leave for a wedding), a zh-TW Big5 OOF (year-end stock
take), a Gmail vacation responder in Portuguese and English (férias coletivas), an AP
helpdesk's ticket acknowledgement (Houston), an Exmail 自动回复 and an English Outlook read
receipt. A freight-industry newsletter in bulk that answers nothing of ours.
"""

from __future__ import annotations

from email.utils import format_datetime

from heldout_c_machine_zg import OUR, _auto, _date, _msg
from heldout_c_machine_zm import POSTFIX_HEAD, _postfix
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_zs import entry


def _postfix_fail(r: Reply, rcpt: str, host: str, said: str, status: str) -> bytes:
    """Our Postfix relay's DSN: ``host`` refused ``rcpt`` with ``said``."""
    text = (
        POSTFIX_HEAD + "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        f"                   The mail system\n\n<{rcpt}>: host {host} said: {said} (in reply to\n    RCPT TO command)\n"
    )
    report = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {r.h[:11]}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        f"Action: failed\nStatus: {status}\nRemote-MTA: dns; {host.split('[')[0]}\nDiagnostic-Code: smtp; {said}\n"
    )
    return _postfix(r, "Undelivered Mail Returned to Sender", text, report, rcpt, "Notification")


def gmail_no_user(r: Reply) -> bytes:
    """Gmail's MX: the address does not exist (550 5.1.1)."""
    return _postfix_fail(r, "priya.merch.tpr@gmail.com", "gmail-smtp-in.l.google.com[142.250.157.27]",
                         "550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
                         "    double-checking the recipient's email address for typos or unnecessary spaces.\n"
                         "    https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-b8c2a1", "5.1.1")  # fmt: skip


def lagos_spam(r: Reply) -> bytes:
    """A Lagos mail gateway refuses our reminder as spam (550 5.7.1)."""
    return _postfix_fail(r, "chinedu.okafor@dalaagro.com.ng", "mx1.dalaagro.com.ng[102.89.34.17]",
                         "550 5.7.1 Message rejected: content filtering policy (spam score 8.2)", "5.7.1")  # fmt: skip


def exmail_gone(r: Reply) -> bytes:
    """Tencent Exmail: the mailbox of someone who left (550 Mailbox not found)."""
    return _postfix_fail(r, "qianhy@hengmao-knit.com", "mxbiz1.qq.com[183.47.101.192]",
                         "550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
                         "5.1.1")  # fmt: skip


def exchange_de_full(r: Reply) -> bytes:
    """A German on-premises Exchange: 'Unzustellbar', the mailbox full (5.2.2), DSN part."""
    rcpt = "j.weber@bauer-drehteile.de"
    text = (f"Die Nachricht konnte nicht zugestellt werden an: {rcpt}\n\nDas Postfach des Empfängers ist voll und "
            "kann derzeit keine Nachrichten annehmen. Versuchen Sie es später erneut, oder wenden Sie sich direkt an "
            "den Empfänger.\n\nDiagnoseinformationen für Administratoren:\n\nGenerierender Server: EX01.bauer-drehteile.local\n\n"
            f"{rcpt}\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'\n")  # fmt: skip
    status = (f"Reporting-MTA: dns;EX01.bauer-drehteile.local\nArrival-Date: {format_datetime(r.sent)}\n\n"
              f"Final-recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.2.2\n"
              "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n")  # fmt: skip
    body = multipart("report; report-type=delivery-status", f"_000_{r.h[:24]}_", [
        part("text/plain", "utf-8", "quoted-printable", text),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "From: Microsoft Outlook <postmaster@bauer-drehteile.de>", f"To: {OUR}", f"Date: {_date(r, True)}",
        f"Subject: {enc_word('Unzustellbar: ' + SUBJECT[r.thread])}",
        f"Message-ID: <{r.h[:24].lower()}@EX01.bauer-drehteile.local>", f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}", "Auto-Submitted: auto-replied", "Content-Language: de-DE",
    ], body)  # fmt: skip


EXO = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]


def oof_de(r: Reply) -> bytes:
    """Exchange OOF in German and English: closed between the years."""
    text = ("Sehr geehrte Damen und Herren,\n\nunser Betrieb ist vom 24.12.2026 bis einschließlich 03.01.2027 geschlossen. "
            "Ab dem 04.01.2027 bin ich wieder für Sie erreichbar.\n\nOur company is closed from 24 December 2026 to "
            "3 January 2027. I will be back on 4 January 2027.\n\nMit freundlichen Grüßen\nThomas Bauer")  # fmt: skip
    return _auto(r, "Thomas Bauer <t.bauer@bauer-drehteile.de>",
                 enc_word("Automatische Antwort: " + SUBJECT[r.thread]), text, "utf-8",
                 [*EXO, "Content-Language: de-DE"], utc=True)  # fmt: skip


def oof_ar(r: Reply) -> bytes:
    """Exchange OOF in Arabic and English: annual leave, payments to AP."""
    text = ("السلام عليكم،\nأنا في إجازة سنوية حتى ٢٧ ديسمبر ٢٠٢٦. للاستفسارات المالية يرجى التواصل مع قسم الحسابات.\n\n"
            "Dear Sender,\nI am on annual leave until 27 December 2026 with limited access to email. For payment matters "
            "please contact accounts.payable@gulfcoast-ind.com.sa.\n\nKhalid Al-Harbi")  # fmt: skip
    return _auto(r, "Khalid Al-Harbi <k.alharbi@gulfcoast-ind.com.sa>",
                 enc_word("Automatic reply: " + SUBJECT[r.thread]), text, "utf-8",
                 [*EXO, "Content-Language: ar-SA"], utc=True)  # fmt: skip


def oof_in(r: Reply) -> bytes:
    """An Indian manager's Outlook OOF: on leave for a family wedding."""
    text = ("Dear Sender,\n\nThank you for your mail. I am on leave from 10th to 16th December 2026 for a family function "
            "with limited access to mails. For urgent matters kindly contact Mr. Karthikeyan R (accounts@srilakshmiknit.in), "
            "Mob: +91 98430 55120.\n\nRegards,\nR. Subramaniam")  # fmt: skip
    return _auto(r, "R. Subramaniam <subramaniam@srilakshmiknit.in>",
                 enc_word("Automatic reply: " + SUBJECT[r.thread]), text, "us-ascii", EXO, utc=True)  # fmt: skip


def oof_zhtw(r: Reply) -> bytes:
    """Exchange OOF in zh-TW, Big5 body: the cold store's year-end stock take."""
    text = ("您好：\n\n本人12月28日至12月31日進行年終盤點，期間無法即時回覆郵件，1月4日恢復正常作業。\n"
            "帳款相關事宜請來電 (02)2462-3318 分機 21。\n\n正濱海洋冷凍 會計 黃淑惠")  # fmt: skip
    return _auto(r, f"{enc_word('黃淑惠', 'big5')} <sh.huang@zhengbin-cold.com.tw>",
                 enc_word("自動回覆: " + SUBJECT[r.thread], "big5"), text, "big5",
                 [*EXO, "Content-Language: zh-TW"], utc=True)  # fmt: skip


def gmail_ferias(r: Reply) -> bytes:
    """A Gmail vacation responder in Portuguese and English (collective holidays)."""
    text = ("Olá! Estamos em férias coletivas de 18/12 a 11/01. Retorno dia 12/01/2027.\n\n"
            "Hi! We are on collective holidays from 18/12 to 11/01. I will be back on 12/01/2027.\n\nCarlos Schmitt")  # fmt: skip
    return _auto(r, "Carlos Schmitt <carlos.schmitt.msa@gmail.com>", "Férias coletivas / Collective holidays", text,
                 "UTF-8", ["Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes"])  # fmt: skip


def ap_helpdesk(r: Reply) -> bytes:
    """An AP helpdesk's automatic acknowledgement (ServiceNow-like): our reminder is case AP0048121."""
    text = ("This is an automated message. Please do not reply.\n\nThank you for contacting Oujiang Valve USA Accounts "
            "Payable. Your inquiry has been logged as case AP0048121. Our standard response time is 3-5 business days.\n\n"
            "Vendor payments are made on our weekly wire run (Fridays). To check the status of an invoice, please visit "
            "the Supplier Portal: https://oujiangvalveusa.service-now.com/sp\n\nAccounts Payable Shared Services")  # fmt: skip
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    return _auto(r, "Accounts Payable <oujiangvalveusa@service-now.com>",
                 enc_word(f"Case AP0048121 received - {SUBJECT[r.thread]}"), text, "utf-8",
                 ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Precedence: bulk",
                  "X-ServiceNow-Source: EmailInbound"], html=html)  # fmt: skip


def exmail_auto(r: Reply) -> bytes:
    """Tencent Exmail's 自动回复: at a trade fair abroad."""
    text = "您好，我已收到您的邮件。12月14日至18日我在迪拜参加纺织展，期间邮件处理可能不及时，急事请拨打13857512206。\n\n姚燕丽"
    return _auto(r, f"{enc_word('姚燕丽')} <yaoyl@hengmao-knit.com>", enc_word("自动回复: " + SUBJECT[r.thread]),
                 text, "utf-8", ["X-QQ-mid: bizesmtp72t1765523301tq8xk2", "X-Auto-Reply: yes"])  # fmt: skip


def read_receipt_en(r: Reply) -> bytes:
    """Outlook's English read receipt ("Read: ..."), a disposition notification."""
    text = (f"Your message\n\n  To: Chinedu Okafor\n  Subject: {SUBJECT[r.thread]}\n  Sent: {r.sent:%d/%m/%Y %H:%M}\n\n"
            f"was read on {r.when:%d/%m/%Y %H:%M}.\n")  # fmt: skip
    mdn = ("Reporting-UA: chinedu.okafor@dalaagro.com.ng; Microsoft Outlook 16.0\n"
           f"Final-Recipient: rfc822;chinedu.okafor@dalaagro.com.ng\nOriginal-Message-ID: {r.ck_id}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"----=_MDN_{r.h[:16]}", [
        part("text/plain", "us-ascii", "7bit", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + mdn.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg(["From: Chinedu Okafor <chinedu.okafor@dalaagro.com.ng>", f"To: {OUR}", f"Date: {_date(r, True)}",
                 f"Subject: {enc_word('Read: ' + SUBJECT[r.thread])}",
                 f"Message-ID: <{r.h[:32].lower()}@dalaagro.com.ng>", f"In-Reply-To: {r.ck_id}",
                 f"References: {r.ck_id}", "X-Mailer: Microsoft Outlook 16.0"], body)  # fmt: skip


def newsletter_en(r: Reply) -> bytes:
    """A freight-industry newsletter in bulk: answers nothing of ours."""
    text = ("ASIA FREIGHT WEEKLY - Issue 49, December 2026\n\nIn this issue:\n"
            "1. Year-end cash crunch: how forwarders chase overdue invoices from shippers\n"
            "2. Peak season surcharges before Chinese New Year\n3. Payment terms: why 30 days became 60\n\n"
            "Read online: https://news.asiafreightweekly.com/issue49\n\n"
            "You receive this because you subscribed at asiafreightweekly.com. Unsubscribe: "
            "https://news.asiafreightweekly.com/u?e=ar%40example.cn")  # fmt: skip
    return _msg([
        "From: Asia Freight Weekly <news@asiafreightweekly.com>", f"To: {OUR}", f"Date: {_date(r, True)}",
        "Subject: Year-end cash crunch: chasing overdue invoices | Asia Freight Weekly #49",
        f"Message-ID: <{r.h[:20].lower()}@mail.asiafreightweekly.com>", "Precedence: bulk",
        "List-Unsubscribe: <https://news.asiafreightweekly.com/u?e=ar%40example.cn>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    ], part("text/plain", "utf-8", "quoted-printable", text))  # fmt: skip


B = {"kind": "bounce", "danger": True}
A = {"kind": "auto_reply", "danger": True}

# fmt: off
_ROWS = [
    ("gmailen", B, gmail_no_user, "zs_in", 3, ("", "MAILER-DAEMON@mail.example.cn"), {"tz": "Asia/Kolkata"}),
    ("olen", B, lagos_spam, "zs_ng", 2, ("", "MAILER-DAEMON@mail.example.cn"),
     {"tz": "Africa/Lagos", "note": "refused as spam by the client's gateway"}),
    ("exmail", B, exmail_gone, "zs_tx2", 8, ("", "MAILER-DAEMON@mail.example.cn"), {"note": "Exmail mailbox not found"}),
    ("olen", B, exchange_de_full, "zs_de", 14, ("Microsoft Outlook", "postmaster@bauer-drehteile.de"),
     {"tz": "Europe/Berlin", "note": "German Exchange NDR, mailbox full"}),
    ("olen", A, oof_de, "zs_de", 24, ("Thomas Bauer", "t.bauer@bauer-drehteile.de"), {"tz": "Europe/Berlin"}),
    ("olen", A, oof_ar, "zs_sa", 14, ("Khalid Al-Harbi", "k.alharbi@gulfcoast-ind.com.sa"), {"tz": "Asia/Riyadh"}),
    ("olen", A, oof_in, "zs_in2", 10, ("R. Subramaniam", "subramaniam@srilakshmiknit.in"), {"tz": "Asia/Kolkata"}),
    ("olzhtw", A, oof_zhtw, "zs_kl", 28, ("黃淑惠", "sh.huang@zhengbin-cold.com.tw"), {"tz": "Asia/Taipei"}),
    ("gmailen", A, gmail_ferias, "zs_br", 18, ("Carlos Schmitt", "carlos.schmitt.msa@gmail.com"),
     {"tz": "America/Sao_Paulo", "note": "a vacation responder with its own subject"}),
    ("owaen", A, ap_helpdesk, "zs_us", 2, ("Accounts Payable", "oujiangvalveusa@service-now.com"),
     {"tz": "America/Chicago", "note": "an AP helpdesk logged our reminder as a case"}),
    ("exmail", A, exmail_auto, "zs_tx2", 14, ("姚燕丽", "yaoyl@hengmao-knit.com"), {}),
    ("olen", A, read_receipt_en, "zs_ng", 3, ("Chinedu Okafor", "chinedu.okafor@dalaagro.com.ng"),
     {"tz": "Africa/Lagos", "note": "an English read receipt"}),
    ("olen", {"kind": "other", "danger": True}, newsletter_en, "zs_kt", 9,
     ("Asia Freight Weekly", "news@asiafreightweekly.com"),
     {"known": False, "tz": "Asia/Hong_Kong", "note": "a trade newsletter that answers nothing of ours"}),
]
# fmt: on

ZS_MACHINE = [
    entry(
        style, k["kind"], None, fn.__name__, thread, day, who, raw=fn, danger=k["danger"], **extra
    )
    for style, k, fn, thread, day, who, extra in _ROWS
]
