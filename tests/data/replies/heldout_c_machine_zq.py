"""Held-out set ZQ: machine mail answering our reminders (bounces, delays, auto-replies, a receipt).

Bounces: our Postfix relay told by Exmail's MX that a departed clerk's mailbox is gone (550,
Remote-MTA), our relay's delay warning for a slow Nepali server (4.4.1, Action: delayed),
Exchange Online's NDR in Chinese (无法送达, 5.1.10, DSN + headers), a corporate Coremail 系统退信
in GB18030 HTML (mailbox full, no delivery-status part) and Gmail's "Address not found" for an
old address (DSN + our message). Auto-replies: an Exmail training-day reply, an Exchange OOF in
English from Hong Kong (dd/mm), an Australian conference OOF, an Exchange zh-CN OOF
(gb2312), a 163 auto-reply with no auto header, an Alimail auto-reply, an iCloud VACATION, a
Gmail vacation responder from a trek with its own subject, and an Outlook zh-TW read receipt
("已讀取:", Big5). A ski-industry newsletter in bulk that answers nothing of ours.
"""

from __future__ import annotations

from datetime import UTC
from email.utils import format_datetime

from heldout_c_machine_zg import OUR, _auto, _date, _msg, _orig_headers
from heldout_c_machine_zm import POSTFIX_HEAD, _postfix
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_zq import entry

_FAIL = (
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
    "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
    "                   The mail system\n\n"
)


def postfix_exmail_gone(r: Reply) -> bytes:
    """Postfix DSN: Exmail's MX refuses a departed clerk's mailbox (550, with Remote-MTA)."""
    rcpt = "liqiang@xuechi-ski.com"
    diag = "550 Mailbox not found or access denied"
    text = (
        POSTFIX_HEAD + _FAIL + f"<{rcpt}>: host mxbiz1.qq.com[183.47.103.190] said: {diag}\n"
        "    (in reply to RCPT TO command)\n"
    )
    report = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {r.h[:11]}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        f"Action: failed\nStatus: 5.0.0\nRemote-MTA: dns; mxbiz1.qq.com\nDiagnostic-Code: smtp; {diag}\n"
    )
    return _postfix(r, "Undelivered Mail Returned to Sender", text, report, rcpt, "Notification")


def postfix_delay_np(r: Reply) -> bytes:
    """Postfix: a delay warning for a slow server in Kathmandu (4.4.1, still being retried)."""
    rcpt = "accounts@khumbusummit.com.np"
    text = (
        POSTFIX_HEAD + "####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        f"                   The mail system\n\n<{rcpt}>: connect to mail.khumbusummit.com.np[202.51.74.19]:25:\n"
        "    Connection timed out\n"
    )
    report = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {r.h[:11]}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        "Action: delayed\nStatus: 4.4.1\nDiagnostic-Code: X-Postfix; connect to mail.khumbusummit.com.np[202.51.74.19]:25:\n"
        "    Connection timed out\nWill-Retry-Until: "
        + format_datetime(r.sent.replace(day=r.sent.day + 5))
        + "\n"
    )
    return _postfix(r, "Delayed Mail (still being retried)", text, report, rcpt, "Notification")


def exo_ndr_zh(r: Reply) -> bytes:
    """Exchange Online's NDR in Chinese (无法送达), 5.1.10, DSN + the reminder's headers."""
    rcpt = "zhangwei@yunjian-theatre.com"
    diag = ("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient zhangwei@yunjian-theatre.com not found by "
            "SMTP address lookup")  # fmt: skip
    text = (
        f"你的邮件无法送达 {rcpt}。\n\n在 yunjian-theatre.com 找不到 zhangwei。\n\n{OUR}\nOffice 365\nzhangwei\n"
        "需要执行操作\n收件人\n\n未知的收件人地址\n\n如何解决\n该地址可能拼写错误或不存在。请尝试以下一项或多项操作:\n"
        "- 重新键入收件人地址，然后重新发送邮件。\n- 通过其他方式联系收件人。\n\n管理员的诊断信息:\n\n"
        f"生成服务器: SG2PR06MB5310.apcprd06.prod.outlook.com\n\n{rcpt}\n远程服务器返回“{diag}”\n"
    )
    status = (
        "Reporting-MTA: dns;SG2PR06MB5310.apcprd06.prod.outlook.com\nReceived-From-MTA: dns;mail.example.cn\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.10\n"
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
        "From: postmaster@yunjiantheatre.onmicrosoft.com", f"To: {OUR}", f"Date: {_date(r, True)}",
        f"Subject: {enc_word('无法送达: ' + SUBJECT[r.thread])}",
        f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@SG2PR06MB5310.apcprd06.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: zh-CN",
    ], body)  # fmt: skip


def coremail_full(r: Reply) -> bytes:
    """A corporate Coremail 系统退信 (GB18030 HTML): the mailbox is full; no delivery-status part."""
    rcpt = "wuliping@gutao-vinegar.com.cn"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030"></head><body>'
        '<div style="font-size:14px">您发送的邮件未能成功投递，详细信息如下：<br><br>'
        f"主题：{SUBJECT[r.thread]}<br>收件人：{rcpt}<br>发送时间：{r.sent:%Y-%m-%d %H:%M}<br><br>"
        "退信原因：收件人邮箱空间已满 (552 Requested mail action aborted: exceeded mailsize limit)<br><br>"
        "建议：请联系收件人清理邮箱后再重新发送。<br><br>本邮件由系统自动发出，请勿回复。</div></body></html>"
    )
    return _msg([
        "From: postmaster@gutao-vinegar.com.cn", f"To: {OUR}", f"Date: {_date(r)} (GMT+08:00)",
        f"Subject: {enc_word('系统退信', 'GB18030')}", f"Message-ID: <{r.h[:20].lower()}.postmaster@gutao-vinegar.com.cn>",
        "X-Mailer: Coremail Webmail Server Version XT6.0.3",
    ], part("text/html", "GB18030", "base64", html))  # fmt: skip


def gmail_not_found(r: Reply) -> bytes:
    """Gmail's "Address not found" for an old gmail.com address (DSN + our message)."""
    rcpt = "carmen.yip.bayview2019@gmail.com"
    text = (
        f"** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't be found, "
        "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
        "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist. Please try "
        "double-checking the recipient's email address for typos or unnecessary spaces.\n"
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
        + "\nDear Mr. Chow,\n\nI hope all is well. Our records show that the phase 2 payment of HKD 96,000.00 ...\n"
    )
    body = multipart("report; report-type=delivery-status", "000000000000" + r.h[:16].lower(), [
        multipart("alternative", "000000000000" + r.h[8:24].lower(), [
            part("text/plain", "UTF-8", "quoted-printable", text),
            part("text/html", "UTF-8", "quoted-printable",
                 "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"),
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


def exmail_leave(r: Reply) -> bytes:
    """Exmail's auto-reply: a day's training, payment matters to the cashier."""
    text = ("您好！我12月1日外出培训，12月2日返回，期间邮件回复不及时。付款相关事宜请联系出纳赵静"
            "（1390276514@qq.com）。\n\n付晓雯\n雪驰滑雪度假区 财务部")  # fmt: skip
    return _auto(r, f'"{enc_word("付晓雯")}" <fuxiaowen@xuechi-ski.com>', enc_word("自动回复: " + SUBJECT[r.thread]),
                 text, "utf-8", ["Auto-Submitted: auto-replied", "X-Mailer: QQMail 2.x"])  # fmt: skip


def oof_en_hk(r: Reply) -> bytes:
    """Exchange OOF in English from Hong Kong, dd/mm dates."""
    text = ("Thank you for your email. I am on leave from 8/12 to 10/12 and will reply upon my return. "
            "For urgent payment matters, please contact Carmen Yip at carmen.yip@bayview-interior.com.hk.\n\n"
            "Mandy Tang\nAccounts, Bayview Interior Works Ltd.")  # fmt: skip
    return _auto(r, "Mandy Tang <accounts@bayview-interior.com.hk>", f"Automatic reply: {SUBJECT[r.thread]}",
                 text, "us-ascii", [*EXO, "X-MS-Exchange-Inbox-Rules-Loop: accounts@bayview-interior.com.hk"],
                 utc=True)  # fmt: skip


def oof_au_conference(r: Reply) -> bytes:
    """An Australian OOF (a conference), dd/mm: back on a day."""
    text = ("Hi there,\n\nThanks for your email. I'm at the distillers' conference in Launceston until Wednesday 2/12 "
            "with limited access to email. Invoices and payment queries will be answered when I'm back in the office."
            "\n\nFiona Callaghan\nFinance Manager")  # fmt: skip
    return _auto(r, "Fiona Callaghan <fiona@derwentcove.com.au>", f"Automatic reply: {SUBJECT[r.thread]}", text,
                 "us-ascii", [*EXO, "Content-Language: en-AU"], utc=True)  # fmt: skip


def oof_zhcn(r: Reply) -> bytes:
    """Exchange OOF in zh-CN (gb2312): at a group meeting, the payment desk named."""
    text = ("您好！\n\n我12月8日至12月9日在集团开会，期间不能及时回复邮件。\n"
            "付款、发票相关事宜请联系财务部 021-64318820。\n\n钱颖\n上海云间剧院管理有限公司 财务部")  # fmt: skip
    return _auto(r, f"{enc_word('钱颖', 'gb2312')} <qianying@yunjian-theatre.com>",
                 enc_word("自动答复: " + SUBJECT[r.thread], "gb2312"), text, "gb2312",
                 [*EXO, "Content-Language: zh-CN"], utc=True)  # fmt: skip


def n163_auto(r: Reply) -> bytes:
    """163's auto-reply: no auto header at all, GBK."""
    text = "您好，来信已收到，我在县里开会，回来后尽快处理。\n\n李春梅"
    return _auto(r, f"{enc_word('李春梅', 'GBK')} <lichunmei_jx@163.com>", enc_word("自动回复：" + SUBJECT[r.thread], "GBK"),
                 text, "GBK", ["X-Mailer: Coremail Webmail Server Version XT5.0.14"])  # fmt: skip


def alimail_auto(r: Reply) -> bytes:
    """Alimail's auto-reply (Auto-Submitted): a day's training."""
    text = "您好！本人12月8日外出培训，12月9日返回，邮件回复不及时，付款事宜请联系出纳吴婷（0514-87345201）。谢谢！\n\n周玉兰"
    return _auto(r, f"{enc_word('周玉兰')} <zhouyl@glqiqi.com>", enc_word("自动回复：" + SUBJECT[r.thread]),
                 text, "UTF-8", ["Auto-Submitted: auto-replied",
                                 "X-Mailer: [Alimail-Mailagent revision 2551822][W4_6281544][DEFAULT][Chrome]"])  # fmt: skip


def icloud_vacation(r: Reply) -> bytes:
    """iCloud's VACATION reply: X-Apple-Action, no Auto-Submitted."""
    text = "您好，我这几天在福建看漆料，邮件回复较慢，急事请打电话。\n\n殷国华"
    return _auto(r, f"{enc_word('殷国华')} <yinguohua@icloud.com>", enc_word("Auto reply: " + SUBJECT[r.thread]),
                 text, "utf-8", ["X-Apple-Action: VACATION"])  # fmt: skip


def gmail_trek(r: Reply) -> bytes:
    """A Gmail vacation responder from a trek, with its own subject."""
    text = ("Namaste,\n\nI am leading a group to Everest Base Camp with very limited network until 12 December. "
            "For payments and accounts please write to Sunita: accounts@khumbusummit.com.np\n\nPemba Sherpa")  # fmt: skip
    return _auto(r, "Pemba Sherpa <pemba.sherpa.kst@gmail.com>", "On trek - limited connectivity", text, "UTF-8",
                 ["Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes"])  # fmt: skip


def outlook_read_tw(r: Reply) -> bytes:
    """Outlook's zh-TW read receipt ("已讀取:"), Big5, a disposition notification."""
    text = (f"您的郵件\n\n  收件者: 吳淑惠\n  主旨: {SUBJECT[r.thread]}\n  傳送時間: {r.sent.astimezone(UTC):%Y/%m/%d %H:%M}\n\n"
            f"已於 {r.when.astimezone(UTC):%Y/%m/%d %H:%M} 讀取。\n")  # fmt: skip
    mdn = ("Reporting-UA: sh.wu@jinxin-palanquin.com.tw; Microsoft Outlook 16.0\n"
           f"Final-Recipient: rfc822;sh.wu@jinxin-palanquin.com.tw\nOriginal-Message-ID: {r.ck_id}\n"
           "Disposition: manual-action/MDN-sent-manually; displayed\n")  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"----=_MDN_{r.h[:16]}", [
        part("text/plain", "big5", "quoted-printable", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + mdn.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([f"From: {enc_word('吳淑惠', 'big5')} <sh.wu@jinxin-palanquin.com.tw>", f"To: {OUR}", f"Date: {_date(r, True)}",
                 f"Subject: {enc_word('已讀取: ' + SUBJECT[r.thread], 'big5')}",
                 f"Message-ID: <{r.h[:32].lower()}@jinxin-palanquin.com.tw>", f"In-Reply-To: {r.ck_id}",
                 f"References: {r.ck_id}", "X-Mailer: Microsoft Outlook 16.0"], body)  # fmt: skip


def newsletter_ski(r: Reply) -> bytes:
    """A ski-industry newsletter in bulk: answers nothing of ours."""
    text = (
        "Snow Business Asia - Weekly Briefing, December 2026\n\n"
        "1. Season openings: 14 resorts in Hebei and Jilin opened before 1 December.\n"
        "2. Rental fleets: RFID tagging pays back in one season, operators say.\n"
        "3. Cash flow: resorts are being asked to settle supplier invoices before the holidays. "
        "Are you paid on time? Reply to our 2-minute survey.\n\n"
        "You are receiving this email because you subscribed at snowbusiness.asia.\n"
        "Unsubscribe: https://snowbusiness.asia/unsubscribe?u=5c81e2\nSnow Business Asia, Singapore"
    )
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    body = multipart("alternative", f"==SBA_{r.h[:20]}", [
        part("text/plain", "utf-8", "quoted-printable", text), part("text/html", "utf-8", "quoted-printable", html)])  # fmt: skip
    return _msg(["From: Snow Business Asia <briefing@news.snowbusiness.asia>", f"To: {OUR}", f"Date: {_date(r, True)}",
                 "Subject: Season openings, RFID rentals, and getting paid before the holidays",
                 f"Message-ID: <{r.h[:24].lower()}@news.snowbusiness.asia>", "Precedence: bulk",
                 "List-Unsubscribe: <https://snowbusiness.asia/unsubscribe?u=5c81e2>",
                 "List-Id: <briefing.news.snowbusiness.asia>"], body)  # fmt: skip


B = {"kind": "bounce", "danger": True}
A = {"kind": "auto_reply", "danger": True}

# fmt: off
_ROWS = [
    ("exmail", B, postfix_exmail_gone, "zq_cl", 1, ("", "MAILER-DAEMON@mail.example.cn"), {"note": "Exmail: a departed clerk"}),
    ("gmailen", B, postfix_delay_np, "zq_np2", 8, ("", "MAILER-DAEMON@mail.example.cn"),
     {"tz": "Asia/Kathmandu", "note": "a delay warning (Action: delayed), labelled bounce as in earlier sets"}),
    ("owazh", B, exo_ndr_zh, "zq_shd", 8, ("", "postmaster@yunjiantheatre.onmicrosoft.com"), {"note": "Exchange NDR in Chinese"}),
    ("coremail", B, coremail_full, "zq_py", 1, ("", "postmaster@gutao-vinegar.com.cn"),
     {"note": "a Coremail 系统退信 in HTML, no delivery-status part, no threading"}),
    ("gmailen", B, gmail_not_found, "zq_kb", 1, ("", "mailer-daemon@googlemail.com"), {"tz": "Asia/Hong_Kong"}),
    ("exmail", A, exmail_leave, "zq_cl", 1, ("付晓雯", "fuxiaowen@xuechi-ski.com"), {}),
    ("olen", A, oof_en_hk, "zq_kbd", 8, ("Mandy Tang", "accounts@bayview-interior.com.hk"), {"tz": "Asia/Hong_Kong"}),
    ("olen", A, oof_au_conference, "zq_ts", 1, ("Fiona Callaghan", "fiona@derwentcove.com.au"), {"tz": "Australia/Hobart"}),
    ("olzhcn", A, oof_zhcn, "zq_shd", 8, ("钱颖", "qianying@yunjian-theatre.com"), {}),
    ("n163", A, n163_auto, "zq_sg", 1, ("李春梅", "lichunmei_jx@163.com"), {"note": "no auto header"}),
    ("alimail", A, alimail_auto, "zq_yz2", 8, ("周玉兰", "zhouyl@glqiqi.com"), {}),
    ("applezh", A, icloud_vacation, "zq_yz", 1, ("殷国华", "yinguohua@icloud.com"), {"note": "iCloud VACATION, no Auto-Submitted"}),
    ("gmailen", A, gmail_trek, "zq_np", 1, ("Pemba Sherpa", "pemba.sherpa.kst@gmail.com"),
     {"tz": "Asia/Kathmandu", "note": "a vacation responder with its own subject"}),
    ("olzhtw", A, outlook_read_tw, "zq_tn", 2, ("吳淑惠", "sh.wu@jinxin-palanquin.com.tw"),
     {"tz": "Asia/Taipei", "note": "a zh-TW read receipt"}),
    ("gmailen", {"kind": "other", "danger": True}, newsletter_ski, "zq_cl", 7,
     ("Snow Business Asia", "briefing@news.snowbusiness.asia"),
     {"known": False, "note": "bulk mail about getting paid that answers nothing of ours"}),
]
# fmt: on

ZQ_MACHINE = [
    entry(
        style, k["kind"], None, fn.__name__, thread, day, who, raw=fn, danger=k["danger"], **extra
    )
    for style, k, fn, thread, day, who, extra in _ROWS
]
