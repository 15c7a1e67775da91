"""Held-out set ZP: machine mail answering our reminders (bounces, auto-replies, receipts).

Bounces: our Postfix relay told by a Lagos host that a mailbox is unknown (5.1.1, with
Remote-MTA), a Postfix delay warning for a Busan host (4.4.1, still retried: not permanent),
QQ's own 退信 (GB18030 HTML, no delivery-status part), Exchange Online refusing in zh-TW
(無法傳遞, 5.1.1 + DSN), an Exim "Mail delivery failed" over quota with X-Failed-Recipients,
Google's "Address not found" for an old Gmail address. Auto-replies: Exchange OOF in zh-CN
(自动答复, in the cane fields, naming who handles 付款), Irish English (payments resume in the new
year), zh-TW Big5 (自動回覆), a QQ holiday reply (text + HTML, no threading), a 163 自动回复
without any auto header, an Exmail auto-acknowledgement, an iCloud vacation reply, an English
Outlook read receipt and a zh-CN 已读 receipt. An English freight newsletter in bulk about
"payment delays" that answers nothing of ours.
"""

from __future__ import annotations

from email.utils import format_datetime

from heldout_c_machine_zg import OUR, _auto, _date, _msg, _orig_headers
from heldout_c_machine_zm import POSTFIX_HEAD, _postfix
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_zp import entry


def postfix_unknown(r: Reply) -> bytes:
    """Postfix DSN: the Lagos host does not know a former clerk (550 5.1.1, with Remote-MTA)."""
    rcpt = "ngozi.eze@ekobridgefreight.com.ng"
    text = (
        POSTFIX_HEAD + "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        f"                   The mail system\n\n<{rcpt}>: host mail.ekobridgefreight.com.ng[41.58.112.9]\n"
        f"    said: 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in\n"
        "    virtual mailbox table (in reply to RCPT TO command)\n"
    )
    report = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {r.h[:11]}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.ekobridgefreight.com.ng\n"
        f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table\n"
    )
    return _postfix(r, "Undelivered Mail Returned to Sender", text, report, rcpt, "Notification")


def postfix_delay(r: Reply) -> bytes:
    """Postfix: a delay warning for a Busan host (4.4.1), still being retried: not a failure."""
    rcpt = "procurement@haedongvalve.co.kr"
    text = (
        POSTFIX_HEAD + "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        f"                   The mail system\n\n<{rcpt}>: connect to mx1.haedongvalve.co.kr[211.43.77.20]:25:\n"
        "    Connection refused\n"
    )
    report = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {r.h[:11]}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        "Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mx1.haedongvalve.co.kr[211.43.77.20]:25:\n"
        "    Connection refused\nWill-Retry-Until: "
        + format_datetime(r.when.replace(day=r.when.day + 3))
        + "\n"
    )
    return _postfix(r, "Delayed Mail (still being retried)", text, report, rcpt, "Notification")


def qq_bounce(r: Reply) -> bytes:
    """QQ's own 退信: GB18030 HTML, the QQ number does not exist; no delivery-status part."""
    rcpt = "2871305590@qq.com"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
        '<div style="font-size:14px">此邮件是退信，您发送的邮件没能成功送达以下收件人。<br><br>'
        f"收件人：{rcpt}<br>邮件主题：{SUBJECT[r.thread]}<br>发送时间：{r.sent:%Y年%m月%d日 %H:%M}<br><br>"
        "退信原因：收件人的邮箱地址不存在，请核对后重新发送。<br>"
        "(550 Mailbox not found or access denied)<br><br>"
        '<span style="color:#999">此为系统邮件，请勿回复。</span></div></body></html>'
    )
    return _msg([
        f'From: "{enc_word("QQ邮箱管理员", "gb18030")}" <PostMaster@qq.com>', f"To: {OUR}", f"Date: {_date(r)}",
        f"Subject: {enc_word('退信：' + SUBJECT[r.thread], 'gb18030')}",
        f"Message-ID: <tencent_{r.h[:24]}@qq.com>", "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x",
    ], part("text/html", "gb18030", "base64", html))  # fmt: skip


def exo_ndr_zhtw(r: Reply) -> bytes:
    """Exchange Online in zh-TW (無法傳遞): a mailbox that left, 5.1.1, with a DSN part."""
    rcpt = "mh.cheng@yongfeng-net.com.tw"
    diag = f"550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ({rcpt})"
    text = (
        f"您傳送給 {rcpt} 的郵件無法傳遞。\n\n在 yongfeng-net.com.tw 找不到 mh.cheng。\n\n"
        "如何修正\n收件者的電子郵件地址可能拼錯或不存在。請嘗試下列方法：\n- 重新輸入收件者地址，然後再次傳送郵件。\n"
        "- 以其他方式聯絡收件者。\n\n系統管理員的診斷資訊：\n\n產生伺服器: TYZPR06MB4410.apcprd06.prod.outlook.com\n\n"
        f"{rcpt}\nRemote Server returned '{diag}'\n"
    )
    status = (
        "Reporting-MTA: dns;TYZPR06MB4410.apcprd06.prod.outlook.com\nReceived-From-MTA: dns;mail.example.cn\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.1\n"
        f"Diagnostic-Code: smtp;{diag}\n"
    )
    body = multipart("report; report-type=delivery-status", f"_000_{r.h[:26]}_", [
        multipart("alternative", f"_001_{r.h[:26]}_", [
            part("text/plain", "utf-8", "base64", text),
            part("text/html", "utf-8", "base64",
                 "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"),
        ]),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
        b"Content-Type: message/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "From: postmaster@yongfengnet.onmicrosoft.com", f"To: {OUR}", f"Date: {_date(r, True)}",
        f"Subject: {enc_word('無法傳遞: ' + SUBJECT[r.thread])}",
        f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@TYZPR06MB4410.apcprd06.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: zh-TW",
    ], body)  # fmt: skip


def exim_quota(r: Reply) -> bytes:
    """Exim's "Mail delivery failed": a Dublin mailbox over quota, X-Failed-Recipients, no DSN part."""
    rcpt = "studio@hollowoakgames.ie"
    text = (
        "This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. "
        f"The following address(es) failed:\n\n  {rcpt}\n    mailbox is full: retry timeout exceeded\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        + _orig_headers(r, rcpt)
    )
    return _msg([
        "Return-path: <>", "From: Mail Delivery System <Mailer-Daemon@mx2.blacknight.com>", f"To: {OUR}",
        f"Date: {_date(r)}", "Subject: Mail delivery failed: returning message to sender",
        f"Message-Id: <E1{r.h[:14]}-000Xyz-7Q@mx2.blacknight.com>", f"X-Failed-Recipients: {rcpt}",
        "Auto-Submitted: auto-replied",
    ], part("text/plain", "us-ascii", "7bit", text))  # fmt: skip


def google_not_found(r: Reply) -> bytes:
    """Google's "Address not found" for an old Gmail address (DSN + the original headers)."""
    rcpt = "bvp.office.old@gmail.com"
    text = (
        f"** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, "
        "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces. "
        "https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-4a5c1f2b3c4si123456qt.201 - gsmtp\n"
    )
    status = (
        "Reporting-MTA: dns; googlemail.com\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\n"
        "Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.101.27, the server for the domain gmail.com.)\n"
        "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
    )
    body = multipart("report; report-type=delivery-status", f"000000000000{r.h[:16].lower()}", [
        multipart("related", f"000000000000{r.h[16:32].lower()}", [part("text/plain", "UTF-8", "quoted-printable", text)]),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
        b"Content-Type: message/rfc822\r\n\r\n" + _orig_headers(r, rcpt).replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", f"To: {OUR}", f"Date: {_date(r, True)}",
        "Subject: Delivery Status Notification (Failure)", f"Message-ID: <{r.h[:20].lower()}.gsmtp@mx.google.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
    ], body)  # fmt: skip


EXO = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]


def oof_zhcn(r: Reply) -> bytes:
    """Exchange OOF zh-CN (自动答复): in the cane fields, names who handles 付款."""
    text = ("您好！\n\n榨季期间本人12月14日至12月18日在各蔗区巡查，手机信号不稳定，邮件不能及时回复。"
            "付款、对账事宜请联系财务部韦美玲（0771-7823316），系统问题请联系信息中心蒙志刚。\n\n黄永强\n甘泉糖业 副总经理")  # fmt: skip
    return _auto(r, f"{enc_word('黄永强')} <huangyq@ganquan-sugar.onmicrosoft.com>",
                 enc_word("自动答复: " + SUBJECT[r.thread]), text, "utf-8",
                 [*EXO, "Content-Language: zh-CN", "X-MS-Exchange-Inbox-Rules-Loop: huangyq@ganquan-sugar.onmicrosoft.com"],
                 utc=True)  # fmt: skip


def oof_ie(r: Reply) -> bytes:
    """Exchange OOF in Irish English: payments resume in the new year (a trap of payment words)."""
    text = ("Hi,\n\nThanks for your email. The office is closed for Christmas and I'm out until Monday 4 January. "
            "Supplier payments will resume with the first payment run of the new year. For anything urgent please "
            "contact accounts@hollowoakgames.ie.\n\nNiamh O'Rourke\nFinance Manager, Hollow Oak Games")  # fmt: skip
    return _auto(r, "Niamh O'Rourke <niamh.orourke@hollowoakgames.ie>", "Automatic reply: " + SUBJECT[r.thread],
                 text, "utf-8", [*EXO, "Content-Language: en-IE"], utc=True)  # fmt: skip


def oof_zhtw(r: Reply) -> bytes:
    """Exchange OOF zh-TW (自動回覆), Big5 body: year-end leave, back on a date."""
    text = ("您好：\n\n本人於12月28日至1月3日休年假，期間無法即時回覆郵件，1月4日恢復上班。\n"
            "匯款及帳務相關事宜，請洽出納吳雅雯小姐 (07)841-2266 分機 205。\n\n永豐漁網 會計 許淑惠")  # fmt: skip
    return _auto(r, f"{enc_word('許淑惠', 'big5')} <sh.hsu@yongfeng-net.com.tw>",
                 enc_word("自動回覆: " + SUBJECT[r.thread], "big5"), text, "big5",
                 [*EXO, "Content-Language: zh-TW"], utc=True)  # fmt: skip


def qq_holiday(r: Reply) -> bytes:
    """QQ's holiday reply, text and HTML, GB18030, no threading and no auto header."""
    own = "您好，我在乌鲁木齐培训，12月20日前不在合作社，转账的事请找张玉兰会计。"
    text = f"这是来自QQ邮箱的假期自动回复邮件。\n\n{own}"
    html = f'<html><body><div style="font-size:14px">这是来自QQ邮箱的假期自动回复邮件。<br><br>{own}</div></body></html>'
    return _auto(r, f'"{enc_word("古丽娜尔", "gb18030")}" <1649920387@qq.com>',
                 enc_word("自动回复: " + SUBJECT[r.thread], "gb18030"), text, "gb18030",
                 ["X-Mailer: QQMail 2.x", "X-QQ-MIME: TCMime 1.0 by Tencent"], html=html, thread=False)  # fmt: skip


def n163_auto(r: Reply) -> bytes:
    """A 163 自动回复 with no auto header at all (GBK)."""
    text = "您好，您的来信已收到。我近期在乡里核对农户交售数据，回复可能较慢，请谅解。\n\n张玉兰"
    return _auto(r, f"{enc_word('张玉兰', 'GBK')} <zhangyulan_tlf@163.com>",
                 enc_word("自动回复：" + SUBJECT[r.thread], "GBK"), text, "GBK",
                 ["X-Mailer: Coremail Webmail Server Version XT5.0.14"])  # fmt: skip


def exmail_auto(r: Reply) -> bytes:
    """An Exmail auto-acknowledgement: received, will handle, asks for the contract number."""
    text = ("您好，邮件已收到，我会尽快处理。涉及付款的来函请注明合同编号，以便财务核对。\n\n"
            "鄂尔多斯市雪原羊绒制品有限公司 出纳 高娜")  # fmt: skip
    return _auto(r, f"{enc_word('高娜')} <gaona@xueyuan-cashmere.com>", enc_word("自动回复：" + SUBJECT[r.thread]),
                 text, "utf-8", ["Auto-Submitted: auto-replied", "X-Mailer: Tencent Exmail"])  # fmt: skip


def icloud_vacation(r: Reply) -> bytes:
    """iCloud's vacation reply ("Auto reply:", X-Apple-Action: VACATION, no Auto-Submitted)."""
    text = ("Thanks for your note. I'm at the pecan growers' meeting in San Antonio through Thursday and checking "
            "mail only now and then. For invoices and payments call Debbie at the office, (979) 555-0142.\n\nWade")  # fmt: skip
    return _auto(r, "Wade Hollis <wadehollis@icloud.com>", "Auto reply: " + SUBJECT[r.thread], text, "utf-8",
                 ["X-Apple-Action: VACATION", "X-Mailer: iCloud MailClient"])  # fmt: skip


def outlook_read_en(r: Reply) -> bytes:
    """Outlook's English read receipt ("Read: ..."), a disposition notification."""
    text = (f"Your message\n\n  To: Kim Soo-jin\n  Subject: {SUBJECT[r.thread]}\n  Sent: {r.sent:%A, %B %d, %Y %I:%M %p}\n\n"
            f"was read on {r.when:%A, %B %d, %Y %I:%M %p}.\n")  # fmt: skip
    mdn = ("Reporting-UA: sjkim@haedongvalve.co.kr; Microsoft Outlook 16.0\n"
           f"Final-Recipient: rfc822;sjkim@haedongvalve.co.kr\nOriginal-Message-ID: {r.ck_id}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"----=_MDN_{r.h[:16]}", [
        part("text/plain", "us-ascii", "7bit", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + mdn.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg(["From: Kim Soo-jin <sjkim@haedongvalve.co.kr>", f"To: {OUR}", f"Date: {_date(r, True)}",
                 f"Subject: Read: {SUBJECT[r.thread]}", f"Message-ID: <{r.h[:32].lower()}@haedongvalve.co.kr>",
                 f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "X-Mailer: Microsoft Outlook 16.0"], body)  # fmt: skip


def outlook_read_zh(r: Reply) -> bytes:
    """Outlook's zh-CN read receipt ("已读: 催款函…"), a disposition notification."""
    text = (f"您的邮件\n\n  收件人: 白秀梅\n  主题: {SUBJECT[r.thread]}\n  发送时间: {r.sent:%Y/%m/%d %H:%M}\n\n"
            f"已于 {r.when:%Y/%m/%d %H:%M} 读取。\n")  # fmt: skip
    mdn = ("Reporting-UA: baixiumei@xueyuan-cashmere.com; Microsoft Outlook 16.0\n"
           f"Final-Recipient: rfc822;baixiumei@xueyuan-cashmere.com\nOriginal-Message-ID: {r.ck_id}\n"
           "Disposition: automatic-action/MDN-sent-automatically; displayed\n")  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"----=_MDN_{r.h[:16]}", [
        part("text/plain", "gb2312", "base64", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + mdn.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([f"From: {enc_word('白秀梅', 'gb2312')} <baixiumei@xueyuan-cashmere.com>", f"To: {OUR}",
                 f"Date: {_date(r, True)}", f"Subject: {enc_word('已读: ' + SUBJECT[r.thread], 'gb2312')}",
                 f"Message-ID: <{r.h[:32].lower()}@xueyuan-cashmere.com>", f"In-Reply-To: {r.ck_id}",
                 f"References: {r.ck_id}", "X-Mailer: Microsoft Outlook 16.0"], body)  # fmt: skip


def newsletter_en(r: Reply) -> bytes:
    """An English freight newsletter in bulk (payment words, nothing of ours)."""
    text = (
        "FREIGHTWATCH WEST AFRICA - Weekly Brief, December 2026\n\n"
        "In this issue:\n1. Apapa port congestion: dwell times back above 20 days\n"
        "2. FX scarcity and payment delays: how forwarders are renegotiating supplier terms\n"
        "3. Already paid but not received? Tracing a SWIFT transfer step by step\n\n"
        "Webinar Thursday 17 December, 2pm WAT: 'Disputed invoices and demurrage'.\n\n"
        "You are receiving this because you subscribed at freightwatch.ng. Unsubscribe: https://freightwatch.ng/u/7f3a9c\n"
    )
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    body = multipart("alternative", f"==FW_{r.h[:20]}", [
        part("text/plain", "utf-8", "quoted-printable", text), part("text/html", "utf-8", "quoted-printable", html)])  # fmt: skip
    return _msg(["From: FreightWatch West Africa <brief@news.freightwatch.ng>", f"To: {OUR}", f"Date: {_date(r)}",
                 "Subject: FX scarcity and payment delays | FreightWatch Weekly Brief",
                 f"Message-ID: <{r.h[:24].lower()}@news.freightwatch.ng>", "Precedence: bulk",
                 "List-Unsubscribe: <https://freightwatch.ng/u/7f3a9c>", "List-Id: <brief.news.freightwatch.ng>"],
                body)  # fmt: skip


B = {"kind": "bounce", "danger": True}
A = {"kind": "auto_reply", "danger": True}

# fmt: off
_ROWS = [
    ("olen", B, postfix_unknown, "zp_la", 3, ("", "MAILER-DAEMON@mail.example.cn"), {"tz": "Africa/Lagos"}),
    ("olen", B, postfix_delay, "zp_bs", 2, ("", "MAILER-DAEMON@mail.example.cn"),
     {"tz": "Asia/Seoul", "note": "a delay warning, still retried: a bounce that is not permanent"}),
    ("qqweb", B, qq_bounce, "zp_tlf", 3, ("", "PostMaster@qq.com"),
     {"note": "QQ's own 退信 in HTML, no delivery-status part, no threading"}),
    ("owazhtw", B, exo_ndr_zhtw, "zp_kh", 2, ("", "postmaster@yongfengnet.onmicrosoft.com"), {"tz": "Asia/Taipei"}),
    ("olen", B, exim_quota, "zp_du", 8, ("", "Mailer-Daemon@mx2.blacknight.com"),
     {"tz": "Europe/Dublin", "note": "Exim: no delivery-status part, no threading"}),
    ("gmailen", B, google_not_found, "zp_tx", 3, ("", "mailer-daemon@googlemail.com"), {"tz": "America/Chicago"}),
    ("owazh", A, oof_zhcn, "zp_czd", 15, ("黄永强", "huangyq@ganquan-sugar.onmicrosoft.com"),
     {"note": "an OOF naming who handles 付款"}),
    ("owaen", A, oof_ie, "zp_du", 23, ("Niamh O'Rourke", "niamh.orourke@hollowoakgames.ie"),
     {"tz": "Europe/Dublin", "note": "'payments will resume' in an OOF"}),
    ("olzhtw", A, oof_zhtw, "zp_kh2", 28, ("許淑惠", "sh.hsu@yongfeng-net.com.tw"), {"tz": "Asia/Taipei"}),
    ("qqweb", A, qq_holiday, "zp_tlf2", 12, ("古丽娜尔", "1649920387@qq.com"),
     {"note": "QQ holiday reply, no threading; names 转账"}),
    ("n163", A, n163_auto, "zp_tlf2", 14, ("张玉兰", "zhangyulan_tlf@163.com"), {"note": "a 163 自动回复 with no auto header"}),
    ("exmail", A, exmail_auto, "zp_ee2", 9, ("高娜", "gaona@xueyuan-cashmere.com"), {}),
    ("iosen", A, icloud_vacation, "zp_txd", 9, ("Wade Hollis", "wadehollis@icloud.com"),
     {"tz": "America/Chicago", "note": "iCloud vacation: X-Apple-Action only"}),
    ("olen", A, outlook_read_en, "zp_bs", 3, ("Kim Soo-jin", "sjkim@haedongvalve.co.kr"),
     {"tz": "Asia/Seoul", "note": "an English read receipt"}),
    ("olzhcn", A, outlook_read_zh, "zp_eed", 16, ("白秀梅", "baixiumei@xueyuan-cashmere.com"),
     {"note": "a zh-CN read receipt of the 催款函"}),
    ("gmailen", {"kind": "other", "danger": True}, newsletter_en, "zp_la2", 10,
     ("FreightWatch West Africa", "brief@news.freightwatch.ng"),
     {"tz": "Africa/Lagos", "known": False, "note": "a newsletter about payment delays that answers nothing of ours"}),
]
# fmt: on

ZP_MACHINE = [
    entry(
        style, k["kind"], None, fn.__name__, thread, day, who, raw=fn, danger=k["danger"], **extra
    )
    for style, k, fn, thread, day, who, extra in _ROWS
]
