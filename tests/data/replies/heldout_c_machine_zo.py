"""Held-out set ZO: machine mail answering our reminders (bounces, auto-replies, receipts).

Bounces: our Postfix relay told by Tencent Exmail's MX that a rental firm's old address is
unknown (5.1.1), a delay warning from a government mail server that does not answer
(Action: delayed), Exchange Online refusing external mail by a transport rule (5.7.1), a
163 spam rejection (DT:SPM) as Coremail writes it and Google's "Address not found". Auto-
replies: Exchange OOF in Hungarian and English, in zh-CN (gb2312) from a bureau's section
chief at training, an Exmail maternity-leave reply, a QQ holiday reply (HTML only, no
threading), a Hong Kong OOF in English and Chinese, a Gmail vacation responder in Spanish,
a Brazilian OOF in Portuguese and English, a Taiwan OOF with a Big5 body, a 126 auto-reply in
GBK, Outlook's English read receipt and a Foxmail 已读回执 (a disposition notification).
"""

from __future__ import annotations

from email.utils import format_datetime

from heldout_c_machine_zg import OUR, _auto, _date, _msg, _orig_headers
from heldout_c_machine_zm import POSTFIX_HEAD, _postfix
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_zo import entry

_SORRY = (
    POSTFIX_HEAD + "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
    "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
    "                   The mail system\n\n"
)


def postfix_exmail_unknown(r: Reply) -> bytes:
    """Postfix DSN: Tencent Exmail's MX does not know a departed employee (550 5.1.1)."""
    rcpt = "songjie@yugong-zulin.com"
    diag = "550 Mailbox not found or access denied"
    text = (
        _SORRY
        + f"<{rcpt}>: host mxbiz1.qq.com[183.47.101.192] said: {diag} (in\n    reply to RCPT TO command)\n"
    )
    report = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {r.h[:11]}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        f"Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mxbiz1.qq.com\nDiagnostic-Code: smtp; {diag}\n"
    )
    return _postfix(r, "Undelivered Mail Returned to Sender", text, report, rcpt, "Notification")


def postfix_gov_delayed(r: Reply) -> bytes:
    """Postfix: a delay warning only (4.4.1), the bureau's mail server not answering."""
    rcpt = "ranml@xzqwjj.gov.cn"
    text = (
        POSTFIX_HEAD + "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
        f"<{rcpt}>: connect to mail.xzqwjj.gov.cn[61.139.77.20]:25: Connection\n    refused\n"
    )
    report = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {r.h[:11]}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        "Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mail.xzqwjj.gov.cn[61.139.77.20]:25:\n"
        "    Connection refused\n"
    )
    return _postfix(r, "Delayed Mail (still being retried)", text, report, rcpt, "Notification")


def exo_rejected_rule(r: Reply) -> bytes:
    """Exchange Online: the distributor's transport rule refuses outside senders (5.7.1)."""
    rcpt = "ap@serimutiara.com.my"
    diag = (
        "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy"
    )
    text = (
        f"Your message to {rcpt} couldn't be delivered.\n\nThe message was rejected by the recipient's organization policy.\n\n"
        "ap\nOffice 365\n\nAction Required\n\nContact the recipient by some other means. Ask them to add your address to "
        "their allowed senders.\n\nDiagnostic information for administrators:\n\nGenerating server: "
        f"SG2PR04MB3921.apcprd04.prod.outlook.com\n\n{rcpt}\nRemote Server returned '{diag}'\n"
    )
    status = (
        "Reporting-MTA: dns;SG2PR04MB3921.apcprd04.prod.outlook.com\nReceived-From-MTA: dns;mail.example.cn\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.7.1\n"
        f"Diagnostic-Code: smtp;{diag}\n"
    )
    body = multipart("report; report-type=delivery-status", f"_000_{r.h[:26]}_", [
        part("text/plain", "us-ascii", "quoted-printable", text),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
        b"Content-Type: message/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "From: postmaster@serimutiara.onmicrosoft.com", f"To: {OUR}", f"Date: {_date(r, True)}",
        f"Subject: {enc_word('Undeliverable: ' + SUBJECT[r.thread])}",
        f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@SG2PR04MB3921.apcprd04.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: en-US",
    ], body)  # fmt: skip


def n163_spam(r: Reply) -> bytes:
    """163 rejects our mail as spam (DT:SPM): a 系统退信 in GBK HTML, no delivery-status part."""
    rcpt = "xzcdc_xxk@163.com"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
        '<div style="font-size:14px"><p>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</p>'
        f"<p>被退回的邮件：{SUBJECT[r.thread]}<br>发送时间：{r.sent:%Y-%m-%d %H:%M:%S}<br>无法到达的收件人：{rcpt}</p>"
        "<p>退信原因：554 DT:SPM 发送的邮件内容包含了未被许可的信息，或被系统识别为垃圾邮件。</p>"
        "<p>建议解决方案：请检查邮件内容后重新发送，或通过其他方式联系收件人。</p>"
        "<p>此邮件为网易邮件系统自动发出，请勿直接回复。</p></div></body></html>"
    )
    return _msg([
        "From: postmaster@163.com", f"To: {OUR}", f"Date: {_date(r)} (CST)",
        f"Subject: {enc_word('系统退信', 'GBK')}", f"Message-ID: <{r.h[:20].lower()}.spm@163.com>",
        "X-Mailer: Coremail Webmail Server",
    ], part("text/html", "GBK", "base64", html))  # fmt: skip


def google_not_found(r: Reply) -> bytes:
    """Google's 'Address not found' (mailer-daemon@googlemail.com), a DSN with our headers."""
    rcpt = "importaciones.puertoaustral@gmail.com"
    text = (
        "** Address not found **\n\nYour message wasn't delivered to "
        + rcpt
        + " because the address couldn't be found, "
        "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking "
        "the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser\n"
    )
    status = (
        "Reporting-MTA: dns; googlemail.com\nArrival-Date: " + format_datetime(r.sent) + "\n\n"
        f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; gmail-smtp-in.l.google.com.\n"
        "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
    )
    body = multipart("report; report-type=delivery-status", f"000000000000{r.h[:16].lower()}", [
        part("text/plain", "UTF-8", "quoted-printable", text),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
        b"Content-Type: message/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", f"To: {OUR}", f"Date: {_date(r)}",
        "Subject: Delivery Status Notification (Failure)", f"Message-ID: <{r.h[:24].lower()}@mx.google.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
    ], body)  # fmt: skip


EXO = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]


def oof_hu(r: Reply) -> bytes:
    """Exchange OOF in Hungarian and English: on leave until 2027.01.04."""
    text = ("Tisztelt Feladó!\n\nKöszönöm levelét. 2026.12.21. és 2027.01.04. között szabadságon vagyok. Számlázási és "
            "fizetési ügyekben kérem, forduljon Szabó Eszterhez (szabo.eszter@gyoriprecizios.hu).\n\n"
            "Thank you for your message. I am on leave from 21.12.2026 to 04.01.2027. For invoices and payments please "
            "contact Ms Eszter Szabó (szabo.eszter@gyoriprecizios.hu).\n\nKiss Andrea")  # fmt: skip
    return _auto(r, f"{enc_word('Kiss Andrea')} <kiss.andrea@gyoriprecizios.hu>",
                 enc_word("Automatikus válasz: " + SUBJECT[r.thread]), text, "utf-8",
                 [*EXO, "Content-Language: hu-HU"], utc=True)  # fmt: skip


def oof_zhcn(r: Reply) -> bytes:
    """Exchange OOF in zh-CN (gb2312): the section chief at a training course."""
    text = ("您好！\n\n本人12月14日至18日参加市卫健委组织的财务管理培训，期间不能及时回复邮件。"
            "如有急事请联系科室袁小琴，电话0831-8227316。\n\n冉茂林")  # fmt: skip
    return _auto(r, f"{enc_word('冉茂林', 'gb2312')} <ranml@xzqwjj.gov.cn>",
                 enc_word("自动答复: " + SUBJECT[r.thread], "gb2312"), text, "gb2312",
                 [*EXO, "Content-Language: zh-CN"], utc=True)  # fmt: skip


def exmail_leave(r: Reply) -> bytes:
    """Tencent Exmail's auto-reply: the cashier on maternity leave, payments via finance."""
    text = "您好，我已于12月起休产假，邮件不能及时处理。付款相关事宜请联系财务经理 Amy Xu（amy.xu@jisuhuandian.com）。谢谢！\n\n刘倩"
    return _auto(r, f'"{enc_word("刘倩")}" <liuqian@jisuhuandian.com>', enc_word("自动回复：" + SUBJECT[r.thread]),
                 text, "utf-8", ["Auto-Submitted: auto-replied", "X-QQ-Mailer: QQMail 2.x"])  # fmt: skip


def qq_holiday(r: Reply) -> bytes:
    """QQ's holiday reply: HTML only, GB18030, no threading and no auto header."""
    html = ('<html><body><div style="font-size:14px">这是来自QQ邮箱的假期自动回复邮件。<br><br>'
            "您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。</div></body></html>")  # fmt: skip
    return _auto(r, f'"{enc_word("马晓东", "gb18030")}" <1522038716@qq.com>',
                 enc_word("自动回复: " + SUBJECT[r.thread], "gb18030"), "", "gb18030",
                 ["X-Mailer: QQMail 2.x", "X-QQ-MIME: TCMime 1.0 by Tencent"], html=html, thread=False)  # fmt: skip


def oof_hk(r: Reply) -> bytes:
    """Exchange OOF from Hong Kong in English and Chinese: back on 28/12."""
    text = ("Thank you for your email. I am on leave and will return to the office on 28/12/2026. For urgent accounts "
            "matters please contact accounts@takcheong-print.com.hk.\n\n多謝來郵。本人放假至2026年12月27日，12月28日返回辦公室。"
            "急事請電郵 accounts@takcheong-print.com.hk。\n\nWinnie Lau")  # fmt: skip
    return _auto(r, "Winnie Lau <winnie.lau@takcheong-print.com.hk>",
                 enc_word("Automatic reply: " + SUBJECT[r.thread]), text, "utf-8",
                 [*EXO, "Content-Language: en-HK"], utc=True)  # fmt: skip


def gmail_vacation_es(r: Reply) -> bytes:
    """A Gmail vacation responder in Spanish, its own subject, summer holidays in Chile."""
    text = ("Hola, estoy de vacaciones hasta el lunes 11 de enero. Para temas de pagos escriba a Carolina Muñoz "
            "(cmunoz@puertoaustral.cl).\n\nRodrigo Olivares")  # fmt: skip
    return _auto(r, "Rodrigo Olivares <rodrigo.olivares.vlp@gmail.com>", enc_word("Vacaciones de verano"), text, "UTF-8",
                 ["Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes"])  # fmt: skip


def outlook_read_en(r: Reply) -> bytes:
    """Outlook's English read receipt ("Read: ..."), a disposition notification."""
    text = (f"Your message\n\n  To: Lim Siew Ling\n  Subject: {SUBJECT[r.thread]}\n  Sent: {r.sent:%d/%m/%Y %H:%M}\n\n"
            f"was read on {r.when:%d/%m/%Y %H:%M}.\n")  # fmt: skip
    mdn = ("Reporting-UA: siewling.lim@serimutiara.com.my; Microsoft Outlook 16.0\n"
           f"Final-Recipient: rfc822;siewling.lim@serimutiara.com.my\nOriginal-Message-ID: {r.ck_id}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"----=_MDN_{r.h[:16]}", [
        part("text/plain", "us-ascii", "7bit", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + mdn.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg(["From: Lim Siew Ling <siewling.lim@serimutiara.com.my>", f"To: {OUR}", f"Date: {_date(r, True)}",
                 f"Subject: {enc_word('Read: ' + SUBJECT[r.thread])}",
                 f"Message-ID: <{r.h[:32].lower()}@serimutiara.com.my>", f"In-Reply-To: {r.ck_id}",
                 f"References: {r.ck_id}", "X-Mailer: Microsoft Outlook 16.0"], body)  # fmt: skip


def foxmail_receipt(r: Reply) -> bytes:
    """A Foxmail 已读回执: GB18030 text, a disposition notification."""
    text = (
        f"这是邮件收条，{r.when:%Y-%m-%d %H:%M:%S} 顾晓雯 阅读了您的邮件「{SUBJECT[r.thread]}」。"
    )
    mdn = ("Reporting-UA: Foxmail 7.2\nFinal-Recipient: rfc822;guxiaowen@yikang-yanglao.com\n"
           f"Original-Message-ID: {r.ck_id}\nDisposition: manual-action/MDN-sent-manually; displayed\n")  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"----=_NextPart_{r.h[:20]}", [
        part("text/plain", "GB18030", "base64", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + mdn.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([f"From: {enc_word('顾晓雯', 'GB18030')} <guxiaowen@yikang-yanglao.com>", f"To: {OUR}",
                 f"Date: {_date(r)}", f"Subject: {enc_word('已读: ' + SUBJECT[r.thread], 'GB18030')}",
                 f"Message-ID: <{r.h[:24]}@yikang-yanglao.com>", f"In-Reply-To: {r.ck_id}",
                 f"References: {r.ck_id}", "X-Mailer: Foxmail 7.2.25.254[cn]"], body)  # fmt: skip


def oof_pt(r: Reply) -> bytes:
    """Exchange OOF in Portuguese and English: the company's collective holidays."""
    text = ("Prezado(a),\n\nEstou em férias coletivas de 21/12/2026 a 04/01/2027, sem acesso ao e-mail. Para assuntos "
            "urgentes de pagamento, contate financeiro@carroceriasaraucaria.com.br.\n\nI am on collective holidays from "
            "21/12/2026 to 04/01/2027. For urgent payment matters, please contact financeiro@carroceriasaraucaria.com.br."
            "\n\nJuliana Kowalski")  # fmt: skip
    return _auto(r, "Juliana Kowalski <juliana.kowalski@carroceriasaraucaria.com.br>",
                 enc_word("Resposta automática: " + SUBJECT[r.thread]), text, "utf-8",
                 [*EXO, "Content-Language: pt-BR"], utc=True)  # fmt: skip


def oof_zhtw(r: Reply) -> bytes:
    """Exchange OOF in zh-TW with a Big5 body: the accountant on leave over Christmas."""
    text = ("您好：\n\n本人於12月24日至12月27日休假，期間無法即時回覆郵件，12月28日恢復上班。"
            "匯款相關事宜請洽產銷班總幹事許美鳳 (08)875-3316。\n\n蔡淑惠")  # fmt: skip
    return _auto(r, f"{enc_word('蔡淑惠', 'big5')} <sh.tsai@linbian-wax.org.tw>",
                 enc_word("自動回覆: 尾款逾期提醒（第二次）", "big5"), text, "big5",
                 [*EXO, "Content-Language: zh-TW"], utc=True)  # fmt: skip


def n126_auto(r: Reply) -> bytes:
    """A 126 mailbox's auto-reply (Coremail): the accountant away at the court, GBK."""
    text = "您好，您的来信已收到。本人这几天在县法院处理账户解冻事宜，回复可能不及时，急事请打电话0319-6823105。郝秀芬"
    return _auto(r, f"{enc_word('郝秀芬', 'GBK')} <haoxf_jinsui@126.com>", enc_word("自动回复:" + SUBJECT[r.thread], "GBK"),
                 text, "GBK", ["Auto-Submitted: auto-replied", "X-Mailer: Coremail Webmail Server",
                               "X-Coremail-Antispam: 1Uf129KBjvJX"])  # fmt: skip


B = {"kind": "bounce", "danger": True}
A = {"kind": "auto_reply", "danger": True}

# fmt: off
_ROWS = [
    ("exmail", B, postfix_exmail_unknown, "zo_lyd", 8, ("", "MAILER-DAEMON@mail.example.cn"),
     {"note": "a departed employee's Exmail address"}),
    ("olzhcn", B, postfix_gov_delayed, "zo_yb2", 8, ("", "MAILER-DAEMON@mail.example.cn"),
     {"note": "a delay warning (Action: delayed), labelled bounce as in earlier sets"}),
    ("owaen", B, exo_rejected_rule, "zo_pg", 1, ("", "postmaster@serimutiara.onmicrosoft.com"),
     {"tz": "Asia/Kuala_Lumpur", "note": "refused by the recipient's transport rule"}),
    ("n163", B, n163_spam, "zo_yb", 1, ("", "postmaster@163.com"),
     {"note": "a 163 spam rejection in HTML, no delivery-status part, no threading"}),
    ("gmailen", B, google_not_found, "zo_cl", 1, ("", "mailer-daemon@googlemail.com"), {"tz": "America/Santiago"}),
    ("owaen", A, oof_hu, "zo_hu2", 22, ("Kiss Andrea", "kiss.andrea@gyoriprecizios.hu"), {"tz": "Europe/Budapest"}),
    ("olzhcn", A, oof_zhcn, "zo_yb2", 14, ("冉茂林", "ranml@xzqwjj.gov.cn"), {"note": "an OOF naming a colleague for payments"}),
    ("exmail", A, exmail_leave, "zo_sz2", 8, ("刘倩", "liuqian@jisuhuandian.com"), {"note": "maternity leave; payments to a colleague"}),
    ("qqhtml", A, qq_holiday, "zo_as", 30, ("马晓东", "1522038716@qq.com"), {"note": "QQ holiday reply, HTML only, no threading"}),
    ("owaen", A, oof_hk, "zo_kc2", 22, ("Winnie Lau", "winnie.lau@takcheong-print.com.hk"),
     {"tz": "Asia/Hong_Kong", "note": "an English and Chinese OOF; its return day is no promise"}),
    ("gmailen", A, gmail_vacation_es, "zo_cld", 28, ("Rodrigo Olivares", "rodrigo.olivares.vlp@gmail.com"),
     {"tz": "America/Santiago", "note": "a vacation responder with its own subject"}),
    ("olen", A, outlook_read_en, "zo_pg2", 9, ("Lim Siew Ling", "siewling.lim@serimutiara.com.my"),
     {"tz": "Asia/Kuala_Lumpur", "note": "an English read receipt"}),
    ("owaen", A, oof_pt, "zo_br2", 21, ("Juliana Kowalski", "juliana.kowalski@carroceriasaraucaria.com.br"),
     {"tz": "America/Sao_Paulo", "note": "an OOF in Portuguese and English"}),
    ("olzhtw", A, oof_zhtw, "zo_pt2", 24, ("蔡淑惠", "sh.tsai@linbian-wax.org.tw"),
     {"tz": "Asia/Taipei", "note": "a Big5 OOF; its subject shortened"}),
    ("n126", A, n126_auto, "zo_mld", 12, ("郝秀芬", "haoxf_jinsui@126.com"), {"note": "a 126 auto-reply in GBK"}),
    ("foxmail", A, foxmail_receipt, "zo_xz2", 9, ("顾晓雯", "guxiaowen@yikang-yanglao.com"), {"note": "a Foxmail 已读回执"}),
]
# fmt: on

ZO_MACHINE = [
    entry(
        style, k["kind"], None, fn.__name__, thread, day, who, raw=fn, danger=k["danger"], **extra
    )
    for style, k, fn, thread, day, who, extra in _ROWS
]
