"""Machine mail for held-out set E: out-of-office notes, read receipts, a ticket system, bounces.

Other machines than sets C and D: a German Exchange OOF in two languages, a government
Coremail auto-reply, an Exmail auto-reply that promises to 安排付款, a US AP portal's ticket
acknowledgement, Gmail's vacation responder, 163's and Outlook zh-TW's read receipts, an
Exchange NDR with a delivery-status part and a Coremail 退信 without one. Each builder takes
the Reply and returns bytes; the text talks about payment on purpose (a trap for a reader
that does not look at who is writing).
"""

from __future__ import annotations

from heldout_c_machine import _head
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT


def _refs(r: Reply, mid: str) -> list[str]:
    return [f"Message-ID: {mid}", f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}"]


def oof_de(r: Reply) -> bytes:
    """Exchange OOF from a German mailbox: German then English, all Exchange markers."""
    text = (
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 04.01.2027 nicht im Büro und habe keinen "
        "Zugriff auf meine E-Mails. Zahlungen und Rechnungen werden nach meiner Rückkehr bearbeitet. In dringenden "
        "Fällen wenden Sie sich bitte an buchhaltung@kessler-maschinenbau.de.\n\n"
        "Thank you for your message. I am out of the office until 4 January 2027 with no access to e-mail. "
        "Outstanding invoices will be paid after my return. For urgent matters please contact "
        "buchhaltung@kessler-maschinenbau.de.\n\nJürgen Weber\nKessler Maschinenbau GmbH"
    )
    extra = [
        *_refs(r, f"<{r.h[:20]}@FRAP264MB{r.h[20:24]}.DEUP264.PROD.OUTLOOK.COM>"),
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender[1]}",
        "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
        "Return-Path: <>",
        "Content-Language: de-DE",
    ]
    subj = enc_word("Automatische Antwort: " + SUBJECT[r.thread], "utf-8", "Q")
    frm = f"{enc_word(r.sender[0], 'utf-8', 'Q')} <{r.sender[1]}>"
    return _head(r, subj, extra, frm, utc=True) + part(
        "text/plain", "utf-8", "quoted-printable", text
    )


def coremail_auto_gov(r: Reply) -> bytes:
    """A government Coremail auto-reply: 自动回复 subject, no RFC 3834 header, GBK."""
    text = (
        "您好，您的来信已收到。\n本人12月1日至12月7日参加市里集中学习，期间不能及时处理邮件。"
        "涉及项目验收、付款审批的事项，请联系科室座机0571-8766 2301，谢谢！\n\n西湖区数据资源管理局 刘"
    )
    extra = [
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:14].lower()}.Coremail.liuke@dsj.xihu.gov.cn>",
        "X-Mailer: Coremail Webmail Server Version XT6.0.3 build 20240716(b0f3e4c1)",
        "X-Coremail-Locale: zh_CN",
    ]
    subj = enc_word("自动回复：" + SUBJECT[r.thread], "GBK")
    head = _head(r, subj, extra, f"{enc_word(r.sender[0], 'GBK')} <{r.sender[1]}>")
    return head + part("text/plain", "GBK", "base64", text, "\n")


def exmail_auto(r: Reply) -> bytes:
    """Exmail auto-reply that 'promises' payment: Auto-Submitted auto-replied, HTML + text."""
    text = "您好！您的邮件已收到，我会尽快核对并安排付款相关事宜。如有急事请拨打 0731-8452 6600 转财务部。"
    parts = [
        part("text/plain", "utf-8", "base64", text),
        part("text/html", "utf-8", "base64", f"<html><body><div>{text}</div></body></html>"),
    ]
    extra = [
        f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
    ]
    subj = enc_word("自动回复: " + SUBJECT[r.thread])
    head = _head(r, subj, extra, f'"{enc_word(r.sender[0] or "财务部")}" <{r.sender[1]}>')
    return head + multipart("alternative", f"----=_NextPart_{r.h[:8]}_{r.h[8:16]}", parts)


def ap_ticket(r: Reply) -> bytes:
    """A US accounts-payable helpdesk acknowledgement: a ticket number and payment terms."""
    text = (
        "This is an automated response - please do not reply to this message.\n\n"
        "Thank you for contacting Northwind Financial Accounts Payable. Your request has been logged as "
        "ticket AP-448213. Invoices are paid according to our Net 45 terms once approved. If your invoice "
        "has already been paid, remittance details are available in the supplier portal.\n\n"
        "Northwind Financial | Accounts Payable Shared Services"
    )
    extra = [
        f"Message-ID: <ticket.AP-448213.{r.h[:10].lower()}@helpdesk.northwindfin.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Autoreply: yes",
        "Precedence: auto_reply",
    ]
    head = _head(
        r,
        "[AP-448213] We have received your request: " + SUBJECT[r.thread],
        extra,
        "Northwind AP Helpdesk <ap-helpdesk@northwindfin.com>",
    )
    return head + part("text/plain", "us-ascii", "7bit", text)


def gmail_vacation(r: Reply) -> bytes:
    """Gmail's vacation responder: Auto-Submitted auto-replied, the person's own words."""
    text = (
        "Hi,\n\nI'm out of the office through Monday, December 7 with limited access to email. "
        "I'll make sure any pending payments are processed when I'm back. If this is urgent, "
        "please reach out to ap@northwindfin.com.\n\nThanks,\nMike"
    )
    extra = [
        f"Message-ID: <CA{r.h[:10]}{r.h[10:30].lower()}+vac@mail.gmail.com>",
        *_refs(r, "")[1:],
        "Auto-Submitted: auto-replied",
        "Precedence: bulk",
    ]
    head = _head(r, "Out of office: " + SUBJECT[r.thread], extra, f"{r.sender[0]} <{r.sender[1]}>")
    return head + part("text/plain", "UTF-8", "quoted-printable", text)


def _receipt(r: Reply, human: str, cs: str, subj: str, ua: str, utc: bool) -> bytes:
    report = (
        f"Reporting-UA: {ua}\r\nOriginal-Recipient: rfc822;{r.sender[1]}\r\nFinal-Recipient: rfc822;{r.sender[1]}\r\n"
        f"Original-Message-ID: {r.ck_id}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    p2 = b"Content-Type: message/disposition-notification\r\n\r\n" + report.encode()
    body = multipart("report", f"=_rcpt_{r.h[:16]}", [part("text/plain", cs, "base64", human), p2])
    body = body.replace(
        b"multipart/report;", b"multipart/report; report-type=disposition-notification;", 1
    )
    mid = f"<{r.h[:24].lower()}@{r.sender[1].split('@')[1]}>"
    return _head(r, subj, _refs(r, mid), f"{enc_word(r.sender[0], cs)} <{r.sender[1]}>", utc) + body


def receipt_163(r: Reply) -> bytes:
    """163 Mail's 已读回执 (a person clicked 'send receipt': manual-action, GBK)."""
    human = f"这是邮件已读回执。\n\n您于 2026年11月30日 09:00 发送给 {r.sender[1]} 的邮件\n主题：{SUBJECT[r.thread]}\n已于 2026年12月2日 10:42 被阅读。"
    subj = enc_word("已读回执：" + SUBJECT[r.thread], "GBK")
    return _receipt(r, human, "GBK", subj, "mail.163.com; Coremail", False)


def receipt_outlook_tw(r: Reply) -> bytes:
    """Outlook zh-TW read receipt: 已讀取: subject, Big5 text, UTC date."""
    human = f"您的郵件\n\n  收件者: {r.sender[1]}\n  主旨: {SUBJECT[r.thread]}\n  傳送時間: 2026/11/30 上午 09:00\n\n已於 2026/12/2 上午 10:05 讀取。"
    subj = enc_word("已讀取: " + SUBJECT[r.thread], "big5")
    return _receipt(r, human, "big5", subj, "lucky-star.com.hk; Microsoft Outlook 16.0", True)


def ndr_exchange(r: Reply) -> bytes:
    """Exchange Online NDR: multipart/report delivery-status, 550 5.1.10 recipient not found."""
    rcpt = r.sender[1]
    human = (
        "Your message to " + rcpt + " couldn't be delivered.\n\n" + rcpt.split("@")[0] + " wasn't found at "
        + rcpt.split("@")[1] + ".\n\nAction Required: Recipient\nUnknown To address\n\nHow to Fix It\n"
        "The address may be misspelled or may not exist. Try one or more of the following: retype the "
        "recipient's address, then resend the message.\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
        "Recipient not found by SMTP address lookup'"
    )  # fmt: skip
    status = (
        "Reporting-MTA: dns; SG2PR01MB4183.apcprd01.prod.exchangelabs.com\r\n\r\n"
        f"Final-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.1.10\r\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n"
    )
    orig = f"From: ar@example.cn\r\nTo: {rcpt}\r\nSubject: {SUBJECT[r.thread]}\r\nMessage-ID: {r.ck_id}\r\n"
    parts = [
        part("text/plain", "us-ascii", "7bit", human),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.encode(),
        b"Content-Type: text/rfc822-headers\r\n\r\n" + orig.encode(),
    ]
    body = multipart("report", f"_rep_{r.h[:20]}_", parts).replace(
        b"multipart/report;", b"multipart/report; report-type=delivery-status;", 1
    )
    extra = [
        f"Message-ID: <{r.h[:30]}@SG2PR01MB4183.apcprd01.prod.exchangelabs.com>",
        "Auto-Submitted: auto-replied",
    ]
    subj = "Undeliverable: " + SUBJECT[r.thread]
    return (
        _head(r, subj, extra, "Microsoft Outlook <postmaster@lionbridge-log.com.sg>", utc=True)
        + body
    )


def bounce_coremail(r: Reply) -> bytes:
    """Coremail 系统退信 in HTML only, no delivery-status part: mailbox full, then expired."""
    html = (
        "<html><body><p>很抱歉，您发送的邮件未能成功投递给以下收件人：</p>"
        f"<p><b>{r.sender[1]}</b></p><p>退信原因：收件人邮箱空间已满，邮件在队列中停留超过48小时已被退回。</p>"
        "<p>错误信息：552 Requested mail action aborted: exceeded mailsize limit / mailbox full</p>"
        f"<p>原邮件主题：{SUBJECT[r.thread]}</p><p>此邮件为系统自动发送，请勿回复。</p></body></html>"
    )
    extra = [f"Message-ID: <{r.h[:12].lower()}.bounce@hj3j-jianshe.com>", "X-Mailer: Coremail MTA"]
    subj = enc_word("系统退信", "GBK")
    frm = f"{enc_word('系统管理员', 'GBK')} <postmaster@hj3j-jianshe.com>"
    return _head(r, subj, extra, frm) + part("text/html", "GBK", "base64", html)
