"""Held-out set ZN: machine mail answering our reminders (bounces, auto-replies, receipts).

Bounces: our Postfix relay told by QQ's MX that a mailbox is full (5.5.0 over quota, with
Remote-MTA), a 163 系统退信 as Coremail writes it (GBK HTML, no delivery-status part), Exchange
Online refusing a mailbox that left (5.1.10 RecipientNotFound, DSN + headers) and Yahoo's
plain "Sorry, we were unable to deliver" failure notice. Auto-replies: Exchange OOF in
Polish and English, zh-TW (Big5), a Gmail vacation responder in Spanish and English with its
own subject, an Alimail auto-reply from a group meeting, a QQ holiday reply (HTML only, no
threading), a helpdesk's ticket acknowledgement (Freshdesk-like, Kenya), an Outlook zh-CN read
receipt ("已读:"). A Chinese industry newsletter in bulk that answers nothing of ours.
"""

from __future__ import annotations

from email.utils import format_datetime

from heldout_c_machine_zg import OUR, _auto, _date, _msg, _orig_headers
from heldout_c_machine_zm import POSTFIX_HEAD, _postfix
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_zn import entry


def postfix_qq_full(r: Reply) -> bytes:
    """Postfix DSN: QQ's MX refuses a full mailbox (550 over quota, with Remote-MTA)."""
    rcpt = "2409317768@qq.com"
    text = (
        POSTFIX_HEAD + "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        f"                   The mail system\n\n<{rcpt}>: host mx3.qq.com[157.148.54.34] said: 550 Mailbox\n"
        "    is full or over quota. http://service.mail.qq.com/detail/0/104 (in reply to\n    end of DATA command)\n"
    )
    report = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {r.h[:11]}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        "Action: failed\nStatus: 5.2.2\nRemote-MTA: dns; mx3.qq.com\n"
        "Diagnostic-Code: smtp; 550 Mailbox is full or over quota. http://service.mail.qq.com/detail/0/104\n"
    )
    return _postfix(r, "Undelivered Mail Returned to Sender", text, report, rcpt, "Notification")


def n163_bounce(r: Reply) -> bytes:
    """A 163 系统退信 (Coremail): GBK HTML, the mailbox frozen for inactivity; no DSN part."""
    rcpt = "yangxq_hlh@163.com"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
        '<div style="font-size:14px;font-family:Microsoft YaHei"><p>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</p>'
        f"<table border=0><tr><td>被退回的邮件：</td><td>{SUBJECT[r.thread]}</td></tr>"
        f"<tr><td>发送时间：</td><td>{r.sent:%Y-%m-%d %H:%M:%S}</td></tr><tr><td>无法到达的收件人：</td><td>{rcpt}</td></tr>"
        "<tr><td>退信原因：</td><td>收件人邮箱因长期未登录已被冻结，暂时无法接收邮件 (550 MI:NHD 用户被冻结)</td></tr></table>"
        "<p>建议解决方案：请通过其他方式联系收件人，请其登录邮箱解除冻结后再重新发送。</p>"
        "<p>----------------------------------------------------------------<br>此邮件为网易邮件系统自动发出，请勿直接回复。</p></div></body></html>"
    )
    return _msg([
        "From: postmaster@163.com", f"To: {OUR}", f"Date: {_date(r)} (CST)",
        f"Subject: {enc_word('系统退信', 'GBK')}", f"Message-ID: <{r.h[:20].lower()}.postmaster@163.com>",
        "X-Mailer: Coremail Webmail Server", "X-Coremail-Antispam: 1Uf129KBjvJXoW3JrW5",
    ], part("text/html", "GBK", "base64", html))  # fmt: skip


def exo_not_found(r: Reply) -> bytes:
    """Exchange Online: a departed user's mailbox (5.1.10 RecipientNotFound), DSN + headers."""
    rcpt = "mary.wanjiru@umojaexpress-sacco.co.ke"
    diag = ("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient mary.wanjiru@umojaexpress-sacco.co.ke not found "
            "by SMTP address lookup")  # fmt: skip
    text = (
        f"Your message to {rcpt} couldn't be delivered.\n\nmary.wanjiru wasn't found at umojaexpress-sacco.co.ke.\n\n"
        f"{OUR}\nOffice 365\nmary.wanjiru\nAction Required\nRecipient\n\nUnknown To address\n\n"
        "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
        "- Retype the recipient's address, then resend the message.\n- Contact the recipient by some other means.\n\n"
        "Diagnostic information for administrators:\n\nGenerating server: AM9P191MB1412.EURP191.PROD.OUTLOOK.COM\n\n"
        f"{rcpt}\nRemote Server returned '{diag}'\n"
    )
    status = (
        "Reporting-MTA: dns;AM9P191MB1412.EURP191.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;mail.example.cn\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.10\n"
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
        "From: postmaster@umojaexpresssacco.onmicrosoft.com", f"To: {OUR}", f"Date: {_date(r, True)}",
        f"Subject: {enc_word('Undeliverable: ' + SUBJECT[r.thread])}",
        f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@AM9P191MB1412.EURP191.PROD.OUTLOOK.COM>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: en-US",
    ], body)  # fmt: skip


def yahoo_failure(r: Reply) -> bytes:
    """Yahoo's plain failure notice (text only, our message inline, no DSN part)."""
    rcpt = "imran.cheema.grw@yahoo.com"
    text = (
        "Sorry, we were unable to deliver your message to the following address.\n\n"
        f"<{rcpt}>:\n554: delivery error: dd This user doesn't have a yahoo.com account ({rcpt}) [0] - "
        "mta1231.mail.ne1.yahoo.com\n\n--- Below this line is a copy of the message.\n\n"
        + _orig_headers(r, rcpt)
    )
    return _msg([
        "From: MAILER-DAEMON@yahoo.com", f"To: {OUR}", f"Date: {_date(r, True)}",
        "Subject: Failure Notice", f"Message-ID: <{r.h[:18].lower()}@mta1231.mail.ne1.yahoo.com>",
    ], part("text/plain", "us-ascii", "7bit", text))  # fmt: skip


EXO = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]


def oof_pl(r: Reply) -> bytes:
    """Exchange OOF in Polish and English (Odpowiedź automatyczna), back after the holidays."""
    text = ("Dzień dobry,\n\ndziękuję za wiadomość. Jestem na urlopie do 4 stycznia 2027 r. W sprawach płatności proszę "
            "kontaktować się z Panią Ewą Mazur (ewa.mazur@swiecelublin.pl).\n\n"
            "Thank you for your message. I am on leave until 4 January 2027. For payment matters please contact "
            "Ms Ewa Mazur (ewa.mazur@swiecelublin.pl).\n\nKatarzyna Nowak\nKsięgowość / Accounts")  # fmt: skip
    return _auto(r, f"{enc_word('Katarzyna Nowak')} <k.nowak@swiecelublin.pl>",
                 enc_word("Odpowiedź automatyczna: " + SUBJECT[r.thread]), text, "utf-8",
                 [*EXO, "Content-Language: pl-PL"], utc=True)  # fmt: skip


def oof_zhtw(r: Reply) -> bytes:
    """Exchange OOF in zh-TW, Big5 body: the temple's year-end rites, back on a date."""
    text = ("您好：\n\n本人12月24日至12月31日協助本宮年終謝平安法會，暫停收發郵件，1月4日恢復上班。\n"
            "帳務相關事宜請洽會計組 (07)556-2108 分機 12。\n\n鳳山 慈雲宮 總務組 蘇雅婷")  # fmt: skip
    return _auto(r, f"{enc_word('蘇雅婷', 'big5')} <yt.su@ciyungong.org.tw>",
                 enc_word("自動回覆: " + SUBJECT[r.thread], "big5"), text, "big5",
                 [*EXO, "Content-Language: zh-TW"], utc=True)  # fmt: skip


def gmail_vacation_es(r: Reply) -> bytes:
    """A Gmail vacation responder in Spanish and English with its own subject."""
    text = ("Hola, gracias por tu correo.\n\nEstoy fuera por las fiestas de la Virgen de Guadalupe y regreso el lunes 14 "
            "de diciembre. Para pagos, escribe a Lupita: administracion@mezcaldanzantes.mx\n\n"
            "Hi, thanks for your email. I'm away for the Guadalupe holidays and back on Monday December 14. "
            "For payments please write to Lupita: administracion@mezcaldanzantes.mx\n\nJavier")  # fmt: skip
    return _auto(r, "Javier Ramirez <javier.ramirez.oax@gmail.com>", "Fuera de la oficina / Out of office", text,
                 "UTF-8", ["Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes"])  # fmt: skip


def alimail_auto(r: Reply) -> bytes:
    """Alimail's auto-reply: at the group's year-end meeting; payments via finance."""
    text = "您好！本人12月16日至18日在集团参加年度审计工作会，邮件回复不及时。付款审批事宜请联系财务部李红霞（0371-67782105）。\n\n侯斌"
    return _auto(r, f"{enc_word('侯斌')} <houbin@zyjc-group.com>", enc_word("自动回复：" + SUBJECT[r.thread]),
                 text, "UTF-8", ["Auto-Submitted: auto-replied",
                                 "X-Mailer: [Alimail-Mailagent revision 2551822][W4_6281544][DEFAULT][Chrome]"])  # fmt: skip


def qq_holiday(r: Reply) -> bytes:
    """QQ's holiday reply: HTML only, GB18030, no threading and no auto header."""
    html = ('<html><body><div style="font-size:14px">这是来自QQ邮箱的假期自动回复邮件。<br><br>'
            "您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。</div></body></html>")  # fmt: skip
    return _auto(r, f'"{enc_word("杨帆", "gb18030")}" <3327710458@qq.com>',
                 enc_word("自动回复: " + SUBJECT[r.thread], "gb18030"), "", "gb18030",
                 ["X-Mailer: QQMail 2.x", "X-QQ-MIME: TCMime 1.0 by Tencent"], html=html, thread=False)  # fmt: skip


def helpdesk_ack(r: Reply) -> bytes:
    """A helpdesk's ticket acknowledgement (Freshdesk-like): our reminder became ticket #4471."""
    text = ("Dear Customer,\n\nThank you for contacting Umoja Express SACCO. Your request has been received and a ticket "
            "has been created (Ticket #4471). One of our staff will respond within 2 working days.\n\n"
            "Please do not reply to this email. To add information, reply on the ticket portal: "
            "https://support.umojaexpress-sacco.co.ke/tickets/4471\n\nUmoja Express SACCO Support Desk\nNairobi, Kenya")  # fmt: skip
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    return _auto(r, "Umoja Express SACCO Support <support@umojaexpress-sacco.freshdesk.com>",
                 enc_word(f"Ticket Received - {SUBJECT[r.thread]}"), text, "utf-8",
                 ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Precedence: auto_reply",
                  "X-FD-Ticket-Id: 4471"], html=html)  # fmt: skip


def outlook_read_zh(r: Reply) -> bytes:
    """Outlook's zh-CN read receipt ("已读: ..."), a disposition notification."""
    text = (f"您的邮件\n\n  收件人: 沈佳怡\n  主题: {SUBJECT[r.thread]}\n  发送时间: {r.sent:%Y/%m/%d %H:%M}\n\n"
            f"已于 {r.when:%Y/%m/%d %H:%M} 被阅读。\n")  # fmt: skip
    mdn = ("Reporting-UA: shenjiayi@songheyuan.com; Microsoft Outlook 16.0\n"
           f"Final-Recipient: rfc822;shenjiayi@songheyuan.com\nOriginal-Message-ID: {r.ck_id}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"----=_MDN_{r.h[:16]}", [
        part("text/plain", "gb2312", "base64", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + mdn.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([f"From: {enc_word('沈佳怡', 'gb2312')} <shenjiayi@songheyuan.com>", f"To: {OUR}", f"Date: {_date(r, True)}",
                 f"Subject: {enc_word('已读: ' + SUBJECT[r.thread], 'gb2312')}",
                 f"Message-ID: <{r.h[:32].lower()}@songheyuan.com>", f"In-Reply-To: {r.ck_id}",
                 f"References: {r.ck_id}", "X-Mailer: Microsoft Outlook 16.0"], body)  # fmt: skip


def newsletter_zh(r: Reply) -> bytes:
    """A Chinese industry newsletter in bulk (GBK): answers nothing of ours."""
    text = (
        "【混凝土与水泥制品周刊】第48期 2026年12月\n\n本期导读：\n"
        "一、年底回款难？预拌混凝土企业应收账款管理的五个做法\n"
        "二、供应商催款函怎么回：对账、异议与付款计划的书面确认\n"
        "三、罐车北斗定位与地磅称重系统选型指南\n\n"
        "12月17日（周四）14:00 线上讲座：“年底清欠与合同付款条件”，欢迎报名。\n\n"
        "您收到此邮件是因为您订阅了本刊。退订请点击：https://news.hntzk.cn/unsubscribe?id=88d02f\n"
        "混凝土与水泥制品周刊编辑部"
    )
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    body = multipart("alternative", f"==HNTZK_{r.h[:20]}", [
        part("text/plain", "GBK", "base64", text), part("text/html", "GBK", "base64", html)])  # fmt: skip
    return _msg([f"From: {enc_word('混凝土与水泥制品周刊', 'GBK')} <weekly@news.hntzk.cn>", f"To: {OUR}", f"Date: {_date(r)}",
                 f"Subject: {enc_word('年底回款难？应收账款管理的五个做法 | 周刊第48期', 'GBK')}",
                 f"Message-ID: <{r.h[:24].lower()}@news.hntzk.cn>", "Precedence: bulk",
                 "List-Unsubscribe: <https://news.hntzk.cn/unsubscribe?id=88d02f>",
                 "List-Id: <weekly.news.hntzk.cn>"], body)  # fmt: skip


B = {"kind": "bounce", "danger": True}
A = {"kind": "auto_reply", "danger": True}

# fmt: off
_ROWS = [
    ("qqweb", B, postfix_qq_full, "zn_zz", 4, ("", "MAILER-DAEMON@mail.example.cn"), {"note": "QQ mailbox full"}),
    ("n163", B, n163_bounce, "zn_znd", 9, ("", "postmaster@163.com"),
     {"note": "a 163 系统退信 in HTML, no delivery-status part, no threading"}),
    ("owaen", B, exo_not_found, "zn_ke2", 8, ("", "postmaster@umojaexpresssacco.onmicrosoft.com"), {"tz": "Africa/Nairobi"}),
    ("gmailen", B, yahoo_failure, "zn_pk", 3, ("", "MAILER-DAEMON@yahoo.com"),
     {"tz": "Asia/Karachi", "note": "Yahoo failure notice: our message inline, no DSN part, no threading"}),
    ("olen", A, oof_pl, "zn_pl", 21, ("Katarzyna Nowak", "k.nowak@swiecelublin.pl"), {"tz": "Europe/Warsaw"}),
    ("olzhtw", A, oof_zhtw, "zn_ks", 24, ("蘇雅婷", "yt.su@ciyungong.org.tw"), {"tz": "Asia/Taipei"}),
    ("gmailen", A, gmail_vacation_es, "zn_mx", 11, ("Javier Ramirez", "javier.ramirez.oax@gmail.com"),
     {"tz": "America/Mexico_City", "note": "a vacation responder with its own subject"}),
    ("alimail", A, alimail_auto, "zn_zz2", 16, ("侯斌", "houbin@zyjc-group.com"), {}),
    ("qqhtml", A, qq_holiday, "zn_cd", 21, ("杨帆", "3327710458@qq.com"), {"note": "QQ holiday reply, HTML only, no threading"}),
    ("owaen", A, helpdesk_ack, "zn_ke", 2, ("Umoja Express SACCO Support", "support@umojaexpress-sacco.freshdesk.com"),
     {"tz": "Africa/Nairobi", "note": "a helpdesk opened a ticket for our reminder"}),
    ("olzhcn", A, outlook_read_zh, "zn_sz", 3, ("沈佳怡", "shenjiayi@songheyuan.com"), {"note": "a zh-CN read receipt"}),
    ("n163", {"kind": "other", "danger": True}, newsletter_zh, "zn_zz", 7, ("混凝土与水泥制品周刊", "weekly@news.hntzk.cn"),
     {"known": False, "note": "a trade newsletter about late payers that answers nothing of ours"}),
]
# fmt: on

ZN_MACHINE = [
    entry(
        style, k["kind"], None, fn.__name__, thread, day, who, raw=fn, danger=k["danger"], **extra
    )
    for style, k, fn, thread, day, who, extra in _ROWS
]
