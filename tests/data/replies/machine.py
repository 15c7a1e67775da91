"""Mail no person wrote for this message: auto-replies (Exchange OOF, QQ vacation, NetEase,
Exmail, Alimail, iCloud, Gmail), read receipts (MDN, Outlook 已读:/Read:), bounces, and list
traffic (a reply relayed by the client's Google Group, newsletters). Facts: MAIL-CLIENTS.md."""

from __future__ import annotations

from datetime import UTC

from mime_parts import addr, b64_lines, enc_header, hexid, qp, rfc_date, uuid
from world import Reply


def _common(r: Reply, subject: str, charset: str = "utf-8") -> list[str]:
    t = r.thread
    return [
        "From: " + addr(r.sender_name, r.sender_addr, charset),
        "To: " + addr(t.vendor.pm_name, t.vendor.pm_addr, charset),
        enc_header("Subject", subject, charset),
        f"Date: {rfc_date(r.sent)}",
    ]


def _single(headers: list[str], text: str, charset: str = "utf-8", cte: str = "base64") -> bytes:
    data = text.encode(charset)
    body = b64_lines(data) if cte == "base64" else qp(data)
    head = headers + [
        "MIME-Version: 1.0",
        f'Content-Type: text/plain; charset="{charset}"',
        f"Content-Transfer-Encoding: {cte}",
    ]
    return ("\n".join(head) + "\n\n" + body + "\n").encode("ascii")


def exchange_oof(r: Reply) -> bytes:
    t, rng = r.thread, r.rng
    prefix = {"zh": "自动答复: ", "zh-Hant": "自動回覆: ", "en": "Automatic reply: "}[r.ui]
    host = f"SEYPR06MB{rng.randrange(1000, 9999)}"
    headers = _common(r, prefix + "RE: " + t.subject) + [
        f"Thread-Topic: {t.subject}"
        if t.subject.isascii()
        else enc_header("Thread-Topic", t.subject, "utf-8"),
        f"Message-ID: <{host}{hexid(rng, 12)}@{host}.apcprd06.prod.outlook.com>",
        f"In-Reply-To: {t.msgid}",
        f"References: {t.msgid}",
        "X-MS-Has-Attach:",
        "X-Auto-Response-Suppress: All",
        f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender_addr}",
        "X-MS-TNEF-Correlator:",
        f"X-MS-Exchange-Parent-Message-Id: {t.msgid}",
        "Auto-Submitted: auto-generated",
        "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
    ]
    headers[3] = f"Date: {rfc_date(r.sent.astimezone(UTC))}"
    return _single(headers, r.own, cte="quoted-printable")


def qq_vacation(r: Reply) -> bytes:
    t, rng = r.thread, r.rng
    headers = _common(r, "自动回复: " + t.subject, "gb18030") + [
        f"Message-ID: <tencent_{hexid(rng, 24)}@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
    ]
    html = f"<div>这是来自QQ邮箱的假期自动回复邮件。<br><br>{r.own}</div>".encode("gb18030")
    head = headers + [
        "MIME-Version: 1.0",
        'Content-Type: text/html; charset="gb18030"',
        "Content-Transfer-Encoding: base64",
    ]
    return ("\n".join(head) + "\n\n" + b64_lines(html, eol="\n") + "\n").encode("ascii")


def coremail_auto(r: Reply, header: bool = False) -> bytes:
    t, rng = r.thread, r.rng
    headers = _common(r, "自动回复：" + t.subject, "UTF-8") + [
        f"Message-ID: <{hexid(rng, 8, False)}.{hexid(rng, 4, False)}.{hexid(rng, 11, False)}.Coremail.{r.sender_addr}>",
        f"In-Reply-To: {t.msgid}",
    ]
    if header:  # Exmail and Alimail mark it; 163 does not
        headers.append("Auto-Submitted: auto-replied")
    return _single(headers, r.own)


def icloud_auto(r: Reply) -> bytes:
    t, rng = r.thread, r.rng
    headers = _common(r, "Auto reply: " + t.subject) + [
        f"Message-Id: <{uuid(rng, True)}@icloud.com>",
        "X-Apple-Action: VACATION",
        f"In-Reply-To: {t.msgid}",
    ]
    return _single(headers, r.own, cte="quoted-printable")


def gmail_vacation(r: Reply) -> bytes:
    t, rng = r.thread, r.rng
    headers = _common(r, "Re: " + t.subject) + [
        f"Message-ID: <CA{hexid(rng, 36, False)}@mail.gmail.com>",
        f"In-Reply-To: {t.msgid}",
        f"References: {t.msgid}",
        "Auto-Submitted: auto-replied",
    ]
    return _single(headers, r.own, cte="quoted-printable")


def mdn(r: Reply, outlook: bool = True, deleted: bool = False) -> bytes:
    """multipart/report; report-type=disposition-notification (RFC 8098)."""
    t, rng = r.thread, r.rng
    when = t.reminder_sent
    if outlook:
        prefix = (
            {"zh": "已读: ", "zh-Hant": "已讀: ", "en": "Read: "}[r.ui]
            if not deleted
            else "Not read: "
        )
        human = {
            "zh": f"您的邮件\n\n  收件人: {r.sender_name}\n  主题: {t.subject}\n  发送时间: {when:%Y/%m/%d %H:%M}\n\n已于 {r.sent:%Y/%m/%d %H:%M} 读取。",
            "zh-Hant": f"您的郵件\n\n  收件者: {r.sender_name}\n  主旨: {t.subject}\n\n已於 {r.sent:%Y/%m/%d %H:%M} 讀取。",
            "en": f"Your message\n\n  To: {r.sender_name}\n  Subject: {t.subject}\n  Sent: {when:%A, %B %d, %Y %H:%M}\n\nwas read on {r.sent:%A, %B %d, %Y %H:%M}.",
        }[r.ui]
        if deleted:
            human = f"Your message\n\n  To: {r.sender_name}\n  Subject: {t.subject}\n\nwas deleted without being read on {r.sent:%A, %B %d, %Y %H:%M}."
        ua = "Reporting-UA: " + r.sender_addr.split("@")[1] + "; Microsoft Exchange Server"
        disposition = "automatic-action/MDN-sent-automatically; " + (
            "deleted" if deleted else "displayed"
        )
        subject = prefix + t.subject
    else:
        human = (
            f"This is a Return Receipt for the mail that you sent to {r.sender_addr}.\n\nNote: This Return Receipt only "
            "acknowledges that the message was displayed on the recipient's computer. There is no guarantee that "
            "the recipient has read or understood the message contents."
        )
        ua = "Reporting-UA: " + r.sender_addr.split("@")[1] + "; Mozilla Thunderbird"
        disposition = "manual-action/MDN-sent-manually; displayed"
        subject = "Return Receipt (displayed) - " + t.subject
    boundary = f"----=_Part_{rng.randrange(10**5, 10**6)}_{rng.randrange(10**8, 10**9)}"
    headers = _common(r, subject) + [
        f"Message-ID: <{uuid(rng)}@{r.sender_addr.split('@')[1]}>",
        f"In-Reply-To: {t.msgid}",
        f"References: {t.msgid}",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=disposition-notification;\n\tboundary="{boundary}"',
    ]
    if outlook:
        headers.append(
            f"Thread-Topic: {t.subject}"
            if t.subject.isascii()
            else enc_header("Thread-Topic", t.subject, "utf-8")
        )
    report = f"{ua}\nFinal-Recipient: rfc822;{r.sender_addr}\nOriginal-Message-ID: {t.msgid}\nDisposition: {disposition}\n"
    body = (
        f'--{boundary}\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: base64\n\n'
        f"{b64_lines(human.encode())}\n\n--{boundary}\nContent-Type: message/disposition-notification\n\n{report}\n"
        f"--{boundary}\nContent-Type: text/rfc822-headers\n\n"
        f"From: {t.vendor.pm_addr}\nTo: {r.sender_addr}\nMessage-ID: {t.msgid}\nDisposition-Notification-To: {t.vendor.pm_addr}\n\n"
        f"--{boundary}--\n"
    )
    return ("\n".join(headers) + "\n\n" + body).encode("ascii")


def mdn_thunderbird(r: Reply) -> bytes:
    return mdn(r, outlook=False)


def mdn_deleted(r: Reply) -> bytes:
    return mdn(r, deleted=True)


def google_group(r: Reply) -> bytes:
    """A person's reply relayed by the client's Google Group (ap@): list headers, Precedence: list/bulk."""
    t, rng = r.thread, r.rng
    domain = r.sender_addr.split("@")[1]
    group = f"ap@{domain}"
    headers = [
        f"Return-Path: <ap+bncBD{hexid(rng, 20, False)}@{domain}>",
        "From: " + addr(r.sender_name, r.sender_addr),
        "To: " + addr(t.vendor.pm_name, t.vendor.pm_addr),
        f"Cc: Accounts Payable <{group}>",
        enc_header("Subject", "Re: " + t.subject, "UTF-8"),
        f"Date: {rfc_date(r.sent)}",
        f"Message-ID: <CA{hexid(rng, 36, False)}@mail.gmail.com>",
        f"In-Reply-To: {t.msgid}",
        f"References: {t.msgid}",
        "MIME-Version: 1.0",
        f"X-Original-Sender: {r.sender_addr}",
        f"Mailing-list: list {group}; contact ap+owners@{domain}",
        "Precedence: " + rng.choice(["list", "bulk"]),
        f"List-ID: <ap.{domain}>",
        f"X-Google-Group-Id: {rng.randrange(10**11, 10**12)}",
        f"List-Post: <mailto:{group}>",
        f"List-Unsubscribe: <mailto:ap+unsubscribe@{domain}>",
    ]
    quoted = "\n".join("> " + ln if ln else ">" for ln in t.reminder_text().split("\n"))
    text = f'{r.own}\n\nOn {t.reminder_sent:%a, %b} {t.reminder_sent.day}, {t.reminder_sent.year} at {t.reminder_sent:%I:%M %p} {t.vendor.pm_name} <{t.vendor.pm_addr}> wrote:\n\n{quoted}\n\n-- \nYou received this message because you are subscribed to the Google Groups "Accounts Payable" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to ap+unsubscribe@{domain}.\n'
    return _single(headers, text, cte="base64")


def newsletter(r: Reply) -> bytes:
    t, rng = r.thread, r.rng
    domain = r.sender_addr.split("@")[1]
    headers = [
        f"From: {t.client_company if t.client_company.isascii() else enc_header('X', t.client_company, 'utf-8')[3:]} <news@{domain}>",
        "To: " + addr(t.vendor.pm_name, t.vendor.pm_addr),
        enc_header("Subject", r.own.split("\n")[0], "UTF-8"),
        f"Date: {rfc_date(r.sent)}",
        f"Message-ID: <{uuid(rng)}@mail.{domain}>",
        "MIME-Version: 1.0",
        "Precedence: bulk",
        f"List-Unsubscribe: <https://mail.{domain}/unsubscribe?u={hexid(rng, 16, False)}>, <mailto:unsubscribe@{domain}>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        f"List-Id: {domain} news <news.{domain}>",
    ]
    return _single(headers, r.own, cte="quoted-printable")


def bounce(r: Reply, delay: bool = False, exchange: bool = False) -> bytes:
    """A DSN: Postfix's "Undelivered Mail Returned to Sender", Exchange's "Undeliverable:",
    or a delay warning (Action: delayed, 4.4.7): the reminder did not (yet) arrive."""
    t, rng = r.thread, r.rng
    domain = r.sender_addr.split("@")[1]
    boundary = f"{hexid(rng, 10)}.{int(r.sent.timestamp())}/mx.{domain}"
    if exchange:
        sender = f"Microsoft Outlook <postmaster@{domain}>"
        subject = "Undeliverable: " + t.subject
        human = (
            f"Delivery has failed to these recipients or groups:\n\n{r.sender_addr}\nThe email address you entered "
            "couldn't be found. Please check the recipient's email address and try to resend the message.\n"
        )
    elif delay:
        sender = f"Mail Delivery Subsystem <mailer-daemon@mx.{t.vendor.pm_addr.split('@')[1]}>"
        subject = "Delivery Status Notification (Delay)"
        human = (
            f"This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\n"
            f"YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     {r.sender_addr}\n"
        )
    else:
        sender = f"MAILER-DAEMON@mx.{domain} (Mail Delivery System)"
        subject = "Undelivered Mail Returned to Sender"
        human = (
            f"This is the mail system at host mx.{domain}.\n\nI'm sorry to have to inform you that your message could not\n"
            f"be delivered to one or more recipients.\n\n<{r.sender_addr}>: host mx.{domain}[10.1.2.3] said: 550 5.1.1\n"
            f"    <{r.sender_addr}>: Recipient address rejected: User unknown in local recipient table\n"
        )
    action, status, code = (
        ("delayed", "4.4.7", "451 4.4.7 timeout")
        if delay
        else ("failed", "5.1.1", "550 5.1.1 User unknown")
    )
    headers = [
        "Return-Path: <>",
        f"From: {sender}",
        enc_header("Subject", subject, "utf-8"),
        f"To: {t.vendor.pm_addr}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{boundary}"',
        f"Date: {rfc_date(r.sent)}",
        f"Message-Id: <{hexid(rng, 12)}@mx.{domain}>",
    ]
    body = (
        f"This is a MIME-encapsulated message.\n\n--{boundary}\nContent-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n{human}\n"
        f"--{boundary}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.{domain}\n\n"
        f"Final-Recipient: rfc822; {r.sender_addr}\nOriginal-Recipient: rfc822;{r.sender_addr}\nAction: {action}\nStatus: {status}\n"
        f"Diagnostic-Code: smtp; {code}\n\n"
        f"--{boundary}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        f"From: {t.vendor.pm_addr}\nTo: {r.sender_addr}\nMessage-ID: {t.msgid}\nSubject: {enc_header('X', t.subject, 'utf-8')[3:]}\n\n--{boundary}--\n"
    )
    return ("\n".join(headers) + "\n\n" + body).encode("ascii")
