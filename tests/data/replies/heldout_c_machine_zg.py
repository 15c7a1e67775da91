"""Held-out set ZG: machine mail answering our reminders, with its own byte builders.

Bounces as Postfix, Exchange Online, Exchange on-premises (zh-CN), cPanel Exim and Coremail
write them; auto-replies from Exchange (zh-CN gb2312, zh-TW Big5, en), a Gmail vacation
responder with its own subject, QQ's holiday reply (HTML only, no threading, no auto
header), a 163 auto-reply with no header at all, Alimail and Exmail auto-replies, an iCloud
VACATION; an Outlook read receipt; and an English newsletter that answers nothing of ours.
"""

from __future__ import annotations

from datetime import UTC
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT, ours
from heldout_c_threads_zg import entry

OUR = "ar@example.cn"


def _date(r: Reply, utc: bool = False) -> str:
    when = r.when.astimezone(UTC) if utc else r.when
    return format_datetime(when).replace("-0000", "+0000")


def _msg(headers: list[str], body: bytes) -> bytes:
    return ("\r\n".join([*headers, "MIME-Version: 1.0"]) + "\r\n").encode() + body


def _orig_headers(r: Reply, to: str) -> str:
    """The headers of our reminder, as a bounce quotes them."""
    return (
        f"Return-Path: <{OUR}>\nMessage-ID: {r.ck_id}\nDate: {format_datetime(r.sent)}\n"
        f"From: {enc_word(ours(r)[0])} <{OUR}>\nTo: {to}\nSubject: {enc_word(SUBJECT[r.thread])}\n"
        'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="===============ck7716=="\n'
    )


def postfix_dsn(r: Reply) -> bytes:
    """Our relay's Postfix DSN: the recipient's server refused a departed user (5.1.1)."""
    rcpt = "chenyj@letongtoys.com"
    qid = r.h[:10]
    text = (
        "This is the mail system at host mail.example.cn.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        f"                   The mail system\n\n<{rcpt}>: host mxbiz1.qq.com[183.3.229.103] said: 550 5.1.1\n"
        "    Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728\n"
        "    (in reply to RCPT TO command)\n"
    )
    status = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mxbiz1.qq.com\n"
        "Diagnostic-Code: smtp; 550 5.1.1 Mailbox not found.\n"
    )
    body = multipart("report; report-type=delivery-status", f"{qid}.1764{r.n:06d}/mail.example.cn", [
        b"Content-Description: Notification\r\n" + part("text/plain", "us-ascii", "7bit", text),
        b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        + status.replace("\n", "\r\n").encode(),
        b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + _orig_headers(r, rcpt).replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "Return-Path: <>", f"Date: {_date(r)}", "From: MAILER-DAEMON@mail.example.cn (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender", f"To: {OUR}", "Auto-Submitted: auto-replied",
        f"Message-Id: <20261202{r.h[:12]}@mail.example.cn>",
    ], body)  # fmt: skip


def exchange_online_ndr(r: Reply) -> bytes:
    """Exchange Online's NDR for a mailbox that no longer exists (5.1.10)."""
    rcpt = "ap.clerk@bigskyhoney.com"
    text = (
        f"Your message to {rcpt} couldn't be delivered.\n\n{rcpt.split('@')[0]} wasn't found at bigskyhoney.com.\n\n"
        f"{OUR}\nOffice 365\n{rcpt.split('@')[0]}\nAction Required\nRecipient\n\nUnknown To address\n\n"
        "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
        "  * Send the message again following these steps: ...\n\n\nDiagnostic information for administrators:\n\n"
        f"Generating server: BY5PR11MB4321.namprd11.prod.outlook.com\n\n{rcpt}\nRemote Server returned "
        "'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n"
    )
    status = (
        "Reporting-MTA: dns;BY5PR11MB4321.namprd11.prod.outlook.com\nReceived-From-MTA: dns;mail.example.cn\n"
        f"Arrival-Date: {format_datetime(r.sent.astimezone(UTC))}\n\nFinal-recipient: rfc822;{rcpt}\nAction: failed\n"
        "Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
    )
    bnd = f"_000_{r.h[:24]}_"
    body = multipart("report; report-type=delivery-status", bnd, [
        multipart("alternative", f"_001_{r.h[:24]}_", [part("text/plain", "us-ascii", "7bit", text),
            part("text/html", "us-ascii", "7bit", "<html><body><p><b>Your message to " + rcpt
                 + " couldn't be delivered.</b></p><p>Diagnostic information for administrators: 550 5.1.10</p></body></html>")]),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
        b"Content-Type: message/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bigskyhoney.onmicrosoft.com>",
        f"To: {OUR}", f"Date: {_date(r, True)}", f"Subject: Undeliverable: {SUBJECT[r.thread]}",
        f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@BY5PR11MB4321.namprd11.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: en-US",
    ], body)  # fmt: skip


def exchange_ndr_zh(r: Reply) -> bytes:
    """An on-premises Exchange NDR in zh-CN (gb2312): the mailbox is over its quota."""
    rcpt = "guhm@jinchenghome.com"
    text = (
        "由于以下错误，邮件未能传递:\n\n收件人的邮箱已满，目前无法接收邮件。请稍后尝试重新发送邮件，或者通过其他方式联系收件人。\n\n"
        f"以下收件人无法接收邮件：\n\n'顾红梅' ({rcpt})\n\n\n管理员的诊断信息:\n\n生成服务器: EXCH01.jinchenghome.local\n\n"
        f"{rcpt}\n#554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded ##\n"
    )
    status = (
        "Reporting-MTA: dns;EXCH01.jinchenghome.local\n\n"
        f"Final-recipient: RFC822; {rcpt}\nAction: failed\nStatus: 5.2.2\nX-Display-Name: 顾红梅\n"
    )
    body = multipart("report; report-type=delivery-status", f"_000_{r.h[:20]}EXCH01_", [
        part("text/plain", "gb2312", "base64", text),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode("gbk"),
        b"Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "From: postmaster@jinchenghome.com", f"To: {OUR}", f"Date: {_date(r, True)}",
        f"Subject: {enc_word('无法送达: ' + SUBJECT[r.thread], 'gb2312')}",
        f"Message-ID: <{r.h[:32].lower()}@EXCH01.jinchenghome.local>", f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-replied", "Content-Language: zh-CN",
    ], body)  # fmt: skip


def exim_bounce(r: Reply) -> bytes:
    """cPanel Exim: a failure after acceptance, in words only, our message copied below."""
    rcpt = "accounts@penwithoysters.co.uk"
    text = (
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
        "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {rcpt}\n    No Such User Here\n\n------ This is a copy of the message, including all the headers. ------\n\n"
        + _orig_headers(r, rcpt).replace(
            'Content-Type: multipart/alternative; boundary="===============ck7716=="\n',
            "Content-Type: text/plain; charset=utf-8\n",
        )
        + "\nDear Kerry,\n\nI hope all is well. Our records show that the phase 2 payment of GBP 22,500.00 ... is now 14 days overdue.\n"
    )
    return _msg([
        "Return-path: <>", "Envelope-to: ar@example.cn", f"Delivery-date: {_date(r)}",
        "From: Mail Delivery System <Mailer-Daemon@cp12.uk-hosting.net>", f"To: {OUR}",
        "Subject: Mail delivery failed: returning message to sender", f"Message-Id: <E1t{r.h[:14]}-000Kq2-1B@cp12.uk-hosting.net>",
        f"Date: {_date(r)}", f"X-Failed-Recipients: {rcpt}", "Auto-Submitted: auto-replied",
    ], part("text/plain", "utf-8", "8bit", text))  # fmt: skip


def coremail_bounce(r: Reply) -> bytes:
    """A Coremail 系统退信 in GBK HTML, no delivery-status part."""
    rcpt = "jiweidong_old@126.com"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
        '<div style="font-size:14px"><p>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</p>'
        f"<table><tr><td>被退回的邮件：</td><td>{SUBJECT[r.thread]}</td></tr>"
        f"<tr><td>发送时间：</td><td>{r.sent:%Y-%m-%d %H:%M:%S}</td></tr><tr><td>无法到达的收件人：</td><td>{rcpt}</td></tr>"
        "<tr><td>退信原因：</td><td>收件人邮箱不存在或已被注销 (550 User not found)</td></tr></table>"
        "<p>----------------------------------------------------------------<br>此邮件为系统自动发出，请勿直接回复。</p></div></body></html>"
    )
    return _msg([
        "From: postmaster@126.com", f"To: {OUR}", f"Date: {_date(r)} (CST)",
        f"Subject: {enc_word('系统退信', 'GBK')}", f"Message-ID: <{r.h[:20].lower()}.postmaster@126.com>",
        "X-Mailer: Coremail Webmail Server", "X-Coremail-Antispam: 1Uf129KBjvJXoW7",
    ], part("text/html", "GBK", "base64", html))  # fmt: skip


def _auto(
    r: Reply,
    frm: str,
    subject: str,
    text: str,
    charset: str,
    extra: list[str],
    utc: bool = False,
    html: str = "",
    thread: bool = True,
) -> bytes:
    hs = [f"From: {frm}", f"To: {OUR}", f"Date: {_date(r, utc)}", f"Subject: {subject}",
          f"Message-ID: <{r.h[:24].lower()}.auto@{frm.split('@')[-1].rstrip('>')}>"]  # fmt: skip
    if thread:
        hs += [f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}"]
    if html and not text:
        body = part("text/html", charset, "base64", html)
    elif html:
        body = multipart("alternative", f"----=_Auto_{r.h[:16]}", [
            part("text/plain", charset, "base64", text), part("text/html", charset, "base64", html)])  # fmt: skip
    else:
        body = part("text/plain", charset, "base64", text)
    return _msg(hs + extra, body)


def oof_zhcn(r: Reply) -> bytes:
    """Exchange OOF in zh-CN, gb2312, naming payment matters and a colleague."""
    text = ("您好！\n\n我于12月7日至12月11日在广州参加家纺展，期间邮件回复可能不及时。\n"
            "付款相关事宜请联系财务部顾红梅（guhm@jinchenghome.com，0513-82216608）。\n\n施建平")  # fmt: skip
    return _auto(r, f"{enc_word('施建平', 'gb2312')} <shijp@jinchenghome.com>",
                 enc_word("自动答复: " + SUBJECT[r.thread], "gb2312"), text, "gb2312",
                 ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                  "X-MS-Exchange-Inbox-Rules-Loop: shijp@jinchenghome.com", "Content-Language: zh-CN"], utc=True)  # fmt: skip


def oof_zhtw(r: Reply) -> bytes:
    """Exchange OOF in zh-TW, Big5: on leave, official business to a colleague."""
    text = "您好：\n\n本人12月14日至12月18日休假，期間公務請洽會計室陳先生（分機221）。\n\n頭城鎮公所 會計室 游淑惠"
    return _auto(r, f"{enc_word('游淑惠', 'big5')} <yu.shuhui@toucheng.gov.tw>",
                 enc_word("自動回覆: " + SUBJECT[r.thread], "big5"), text, "big5",
                 ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: zh-TW"], utc=True)  # fmt: skip


def oof_en(r: Reply) -> bytes:
    """Exchange OOF in English that mentions scheduled payments."""
    text = ("Thank you for your email. I'm out of the office until Monday, December 28 with limited access to email.\n\n"
            "Payments already scheduled for the 12/22 run will be released as planned. For payment status questions, "
            "please contact ap@bigskyhoney.com.\n\nDana Kowalczyk\nAccounts Payable | Big Sky Honey Co.")  # fmt: skip
    return _auto(r, "Dana Kowalczyk <dkowalczyk@bigskyhoney.com>", f"Automatic reply: {SUBJECT[r.thread]}",
                 text, "us-ascii", ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                                    "X-MS-Exchange-Inbox-Rules-Loop: dkowalczyk@bigskyhoney.com"], utc=True)  # fmt: skip


def gmail_vacation(r: Reply) -> bytes:
    """A Gmail vacation responder with its own subject."""
    text = ("Hi,\n\nI'm at the cider and perry festival in Hereford until Monday 7th December and checking mail only now and then. "
            "For anything urgent about production ring the cider house on 056 772 4410.\n\nCiarán")  # fmt: skip
    return _auto(r, "=?UTF-8?Q?Ciar=C3=A1n_Walsh?= <ciaran.walsh.nvc@gmail.com>", "Away until 7 December", text, "UTF-8",
                 ["Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes"])  # fmt: skip


def qq_holiday(r: Reply) -> bytes:
    """QQ's holiday reply: HTML only, GB18030, no threading and no auto header."""
    html = ('<html><body><div style="font-size:14px">这是来自QQ邮箱的假期自动回复邮件。<br><br>'
            "您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。</div></body></html>")  # fmt: skip
    return _auto(r, f'"{enc_word("汪小雨", "gb18030")}" <1273390456@qq.com>',
                 enc_word("自动回复: " + SUBJECT[r.thread], "gb18030"), "", "gb18030",
                 ["X-Mailer: QQMail 2.x", "X-QQ-MIME: TCMime 1.0 by Tencent"], html=html, thread=False)  # fmt: skip


def n163_auto(r: Reply) -> bytes:
    """163's auto-reply: no auto header at all, GBK."""
    text = "您好，您的来信已收到，我会尽快处理并回复。\n\n余芳"
    return _auto(r, f"{enc_word('余芳', 'GBK')} <yufang_jdz@163.com>", enc_word("自动回复：" + SUBJECT[r.thread], "GBK"),
                 text, "GBK", ["X-Mailer: Coremail Webmail Server Version XT5.0.14"])  # fmt: skip


def alimail_auto(r: Reply) -> bytes:
    """Alimail's auto-reply (Auto-Submitted) naming the cashier for payments."""
    text = "您好！本人12月14日至16日外出培训，财务付款事宜请联系出纳方小姐（0594-2676123）。谢谢！\n\n郑秀英"
    return _auto(r, f"{enc_word('郑秀英')} <zhengxy@hongbu-shoes.com>", enc_word("自动回复：" + SUBJECT[r.thread]),
                 text, "UTF-8", ["Auto-Submitted: auto-replied",
                                 "X-Mailer: [Alimail-Mailagent revision 2546561][W4_6173578][DEFAULT][Chrome]"])  # fmt: skip


def exmail_auto(r: Reply) -> bytes:
    """Exmail's auto-reply (Auto-Submitted)."""
    text = "您好，您的邮件已收到，我会尽快回复。Thanks!\n\n许佩玲 跟单部"
    return _auto(r, f'"{enc_word("许佩玲")}" <xupl@letongtoys.com>', enc_word("自动回复: " + SUBJECT[r.thread]),
                 text, "utf-8", ["Auto-Submitted: auto-replied", "X-Mailer: QQMail 2.x"])  # fmt: skip


def icloud_vacation(r: Reply) -> bytes:
    """iCloud's VACATION reply: X-Apple-Action, no Auto-Submitted."""
    text = "您好，我在德国参展，12月20日回国，期间邮件回复较慢。急事请打电话。\n\n黄文辉"
    return _auto(r, f"{enc_word('黄文辉')} <huangwh@icloud.com>", enc_word("Auto reply: " + SUBJECT[r.thread]),
                 text, "utf-8", ["X-Apple-Action: VACATION"])  # fmt: skip


def outlook_mdn(r: Reply) -> bytes:
    """Outlook's read receipt (RFC 8098 disposition notification)."""
    text = (f"Your message\n\nTo: Brent Olafson\nSubject: {SUBJECT[r.thread]}\nSent: {r.sent.astimezone(UTC):%A, %B %d, %Y %I:%M:%S %p} (UTC)\n\n"
            f"was read on {r.when.astimezone(UTC):%A, %B %d, %Y %I:%M:%S %p} (UTC).\n")  # fmt: skip
    mdn = (f"Reporting-UA: bolafson@kindersleypulse.ca; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;bolafson@kindersleypulse.ca\n"
           f"Original-Message-ID: {r.ck_id}\nDisposition: manual-action/MDN-sent-automatically; displayed\n")  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"----=_MDN_{r.h[:16]}", [
        part("text/plain", "us-ascii", "7bit", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + mdn.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg(["From: Brent Olafson <bolafson@kindersleypulse.ca>", f"To: {OUR}", f"Date: {_date(r, True)}",
                 f"Subject: Read: {SUBJECT[r.thread]}", f"Message-ID: <{r.h[:32].lower()}@kindersleypulse.ca>",
                 f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "X-Mailer: Microsoft Outlook 16.0"], body)  # fmt: skip


def newsletter(r: Reply) -> bytes:
    """A bulk newsletter from an unknown sender about late payment: answers nothing of ours."""
    text = (
        "The Cash Flow Brief - December 2026\n\nGet paid before Christmas\n\nOverdue invoices peak in December. "
        "Our survey of 1,200 small firms found that 41% of invoices due in November were paid late, and the average "
        "delay was 23 days.\n\nThree things to do this week:\n1. Send reminders before Friday 11 December, not after.\n"
        "2. Ask for a payment date, not a promise.\n3. If a client disputes an invoice, resolve it in writing.\n\n"
        "Already paid your subscription? Thank you. If not, your renewal is due on 31 December.\n\n"
        "You are receiving this because you subscribed at ledgerline.co.uk. Unsubscribe: https://ledgerline.co.uk/u/8f2a1\n"
        "LedgerLine Ltd, 14 Wharf Road, London N1 7GR"
    )
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    body = multipart("alternative", f"==LL_{r.h[:20]}", [
        part("text/plain", "utf-8", "quoted-printable", text), part("text/html", "utf-8", "quoted-printable", html)])  # fmt: skip
    return _msg(["From: LedgerLine <news@mail.ledgerline.co.uk>", f"To: {OUR}", f"Date: {_date(r, True)}",
                 "Subject: Get paid before Christmas: the December Cash Flow Brief",
                 f"Message-ID: <{r.h[:24].lower()}@mail.ledgerline.co.uk>", "Precedence: bulk",
                 "List-Unsubscribe: <https://ledgerline.co.uk/u/8f2a1>, <mailto:unsub-8f2a1@mail.ledgerline.co.uk>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "List-Id: LedgerLine news <news.ledgerline.co.uk>"], body)  # fmt: skip


ZG_MACHINE = [
    entry(
        "qqweb",
        "bounce",
        None,
        "postfix 5.1.1",
        "zg_st",
        2,
        ("", "MAILER-DAEMON@mail.example.cn"),
        raw=postfix_dsn,
        danger=True,
    ),
    entry(
        "olen",
        "bounce",
        None,
        "exo 5.1.10",
        "zg_us",
        2,
        ("", "postmaster@bigskyhoney.com"),
        raw=exchange_online_ndr,
        danger=True,
        tz="America/Denver",
    ),
    entry(
        "olzhcn",
        "bounce",
        None,
        "exch zh 5.2.2",
        "zg_nt",
        3,
        ("", "postmaster@jinchenghome.com"),
        raw=exchange_ndr_zh,
        danger=True,
    ),
    entry(
        "olenplain",
        "bounce",
        None,
        "exim",
        "zg_uk",
        3,
        ("", "Mailer-Daemon@cp12.uk-hosting.net"),
        raw=exim_bounce,
        danger=True,
    ),
    entry(
        "n126",
        "bounce",
        None,
        "coremail",
        "zg_nt",
        4,
        ("", "postmaster@126.com"),
        raw=coremail_bounce,
        danger=True,
    ),
    entry(
        "olzhcn",
        "auto_reply",
        None,
        "oof zh",
        "zg_ntd",
        8,
        ("施建平", "shijp@jinchenghome.com"),
        raw=oof_zhcn,
        danger=True,
    ),
    entry(
        "olzhtw",
        "auto_reply",
        None,
        "oof tw",
        "zg_tc",
        14,
        ("游淑惠", "yu.shuhui@toucheng.gov.tw"),
        raw=oof_zhtw,
        danger=True,
        tz="Asia/Taipei",
    ),
    entry(
        "owaen",
        "auto_reply",
        None,
        "oof en",
        "zg_usd",
        21,
        ("Dana Kowalczyk", "dkowalczyk@bigskyhoney.com"),
        raw=oof_en,
        danger=True,
        tz="America/Denver",
    ),
    entry(
        "gmailen",
        "auto_reply",
        None,
        "gmail vacation",
        "zg_ie",
        2,
        ("Ciarán Walsh", "ciaran.walsh.nvc@gmail.com"),
        raw=gmail_vacation,
        danger=True,
        tz="Europe/Dublin",
    ),
    entry(
        "qqhtml",
        "auto_reply",
        None,
        "qq holiday",
        "zg_jdz2",
        8,
        ("汪小雨", "1273390456@qq.com"),
        raw=qq_holiday,
        danger=True,
    ),
    entry(
        "n163",
        "auto_reply",
        None,
        "163 auto",
        "zg_jdz",
        2,
        ("余芳", "yufang_jdz@163.com"),
        raw=n163_auto,
        danger=True,
    ),
    entry(
        "alimail",
        "auto_reply",
        None,
        "alimail auto",
        "zg_pt",
        14,
        ("郑秀英", "zhengxy@hongbu-shoes.com"),
        raw=alimail_auto,
        danger=True,
    ),
    entry(
        "exmail",
        "auto_reply",
        None,
        "exmail auto",
        "zg_st",
        2,
        ("许佩玲", "xupl@letongtoys.com"),
        raw=exmail_auto,
        danger=True,
    ),
    entry(
        "applezh",
        "auto_reply",
        None,
        "icloud",
        "zg_pt",
        2,
        ("黄文辉", "huangwh@icloud.com"),
        raw=icloud_vacation,
        danger=True,
    ),
    entry(
        "olen",
        "auto_reply",
        None,
        "mdn",
        "zg_ca",
        3,
        ("Brent Olafson", "bolafson@kindersleypulse.ca"),
        raw=outlook_mdn,
        danger=True,
        tz="America/Regina",
        note="a read receipt",
    ),
    entry(
        "gmailen",
        "other",
        None,
        "newsletter",
        "zg_uk",
        7,
        ("LedgerLine", "news@mail.ledgerline.co.uk"),
        raw=newsletter,
        known=False,
        danger=True,
        note="bulk mail about late payment that answers nothing of ours",
    ),
]
