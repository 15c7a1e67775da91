"""Held-out set ZR: machine mail answering our reminders (bounces, auto-replies, receipts).

Bounces: our Postfix told by QQ's MX that a sock-factory mailbox does not exist (550, with
Remote-MTA), a hospital domain that no longer resolves (5.4.4), a delayed-delivery warning
(4.4.1, still retrying) and a 126 系统退信 (GBK HTML, no delivery-status part). Auto-replies:
a Tencent Exmail 自动回复 on annual leave, a 163 auto-reply, an Exchange zh-CN OOF (GB18030,
training in the province), an Exchange English OOF with a return date, a Gmail vacation reply,
a zh-TW OOF in Big5, a Foxmail read receipt (已读回执) and a restaurant-trade newsletter in bulk.
"""

from __future__ import annotations

from email.utils import format_datetime

from heldout_c_machine_zg import OUR, _auto, _date, _msg
from heldout_c_machine_zm import EXO, POSTFIX_HEAD, _postfix
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_zr import entry

_POLITE = (
    "I'm sorry to have to inform you that your message could not\n"
    "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
    "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
    "                   The mail system\n\n"
)


def _report(r: Reply, rcpt: str, action: str, status: str, tail: str) -> str:
    return (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {r.h[:11]}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        f"Action: {action}\nStatus: {status}\n{tail}"
    )


def postfix_qq_unknown(r: Reply) -> bytes:
    """Postfix DSN: QQ's MX says the mailbox does not exist (550, Remote-MTA)."""
    rcpt = "1063357729@qq.com"
    diag = "550 Mailbox not found. http://service.mail.qq.com/detail/0/92"
    text = (
        POSTFIX_HEAD
        + _POLITE
        + f"<{rcpt}>: host mx1.qq.com[183.47.101.192] said: {diag} (in reply to RCPT TO command)\n"
    )
    tail = f"Remote-MTA: dns; mx1.qq.com\nDiagnostic-Code: smtp; {diag}\n"
    return _postfix(r, "Undelivered Mail Returned to Sender", text, _report(r, rcpt, "failed", "5.1.1", tail),
                    rcpt, "Notification")  # fmt: skip


def postfix_no_host(r: Reply) -> bytes:
    """Postfix DSN: the hospital's old domain no longer resolves (5.4.4, no Remote-MTA)."""
    rcpt = "pengdan@pjzyy-old.cn"
    text = (
        POSTFIX_HEAD
        + _POLITE
        + f"<{rcpt}>: Host or domain name not found. Name service error for\n    name=pjzyy-old.cn type=MX: Host not found\n"
    )
    return _postfix(r, "Undelivered Mail Returned to Sender", text, _report(r, rcpt, "failed", "5.4.4", ""),
                    rcpt, "Notification")  # fmt: skip


def postfix_delay(r: Reply) -> bytes:
    """Postfix delay warning: the township's server times out, still retrying (4.4.1)."""
    rcpt = "zhanghuanwei@fenkou.gov.cn"
    text = (POSTFIX_HEAD + "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
            "                   The mail system\n\n"
            f"<{rcpt}>: connect to mail.fenkou.gov.cn[61.164.20.18]:25: Connection timed out\n")  # fmt: skip
    tail = (
        "Will-Retry-Until: "
        + format_datetime(r.sent)
        + "\nDiagnostic-Code: X-Postfix; connect to mail.fenkou.gov.cn: Connection timed out\n"
    )
    return _postfix(r, "Delayed Mail (still being retried)", text, _report(r, rcpt, "delayed", "4.4.1", tail),
                    rcpt, "Delay")  # fmt: skip


def n126_bounce(r: Reply) -> bytes:
    """A 126 系统退信 (Coremail): GBK HTML, the mailbox over its quota; no DSN part, no threading."""
    rcpt = "yangchunmei_jx@126.com"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
        '<div style="font-size:14px">很抱歉您发送的邮件被退回，以下是该邮件的相关信息：<br>'
        f"被退回的邮件：{SUBJECT[r.thread]}<br>发送时间：{r.sent:%Y-%m-%d %H:%M:%S}<br>无法到达的收件人：{rcpt}<br>"
        "退信原因：收件人邮箱空间已满 (552 Requested mail action aborted: exceeded mailsize limit)<br>"
        "建议解决方案：请通过其他方式通知收件人清理邮箱后重新发送。<br>此邮件为网易邮件系统自动发出，请勿直接回复。</div></body></html>"
    )
    return _msg([
        "From: postmaster@126.com", f"To: {OUR}", f"Date: {_date(r)} (CST)",
        f"Subject: {enc_word('系统退信', 'GBK')}", f"Message-ID: <{r.h[:20].lower()}.postmaster@126.com>",
        "X-Mailer: Coremail Webmail Server",
    ], part("text/html", "GBK", "base64", html))  # fmt: skip


def exmail_auto(r: Reply) -> bytes:
    """Tencent Exmail 自动回复: annual leave, back on the 14th."""
    text = "您好，我正在休年假，12月14日回来上班，期间邮件可能无法及时回复。付款事宜请联系财务部 0573-82216608。\n朱雯"
    return _auto(r, f"{enc_word('朱雯', 'utf-8')} <zhuwen@sdwly.com>", enc_word("自动回复: " + SUBJECT[r.thread], "utf-8"),
                 text, "utf-8", ["Auto-Submitted: auto-replied", "X-Mailer: Tencent Exmail"])  # fmt: skip


def n163_auto(r: Reply) -> bytes:
    """163's own auto-reply (自动回复), GBK, no Auto-Submitted header."""
    text = "您好！您的来信已收到，我会尽快处理。——叶秀珍（此邮件为自动回复）"
    return _auto(r, f"{enc_word('叶秀珍', 'GBK')} <qtgs_ye@163.com>", enc_word("自动回复：" + SUBJECT[r.thread], "GBK"),
                 text, "GBK", ["X-Mailer: Coremail Webmail Server Version XT5.0.14"])  # fmt: skip


def oof_zhcn(r: Reply) -> bytes:
    """Exchange OOF in zh-CN (GB18030): training in the province, a deputy named."""
    text = ("您好！\n\n本人12月7日至12月11日在成都参加省卫健委财务培训，期间不便处理邮件。\n"
            "紧急付款事宜请联系彭丹（pengdan_pj@126.com）。\n\n邱红梅\n蒲江县中医医院 财务科")  # fmt: skip
    return _auto(r, f"{enc_word('邱红梅', 'gb18030')} <caiwuke@pjzyy.cn>",
                 enc_word("自动答复: " + SUBJECT[r.thread], "gb18030"), text, "gb18030",
                 [*EXO, "Content-Language: zh-CN"], utc=True)  # fmt: skip


def oof_en(r: Reply) -> bytes:
    """Exchange OOF in English from a Singapore accounts mailbox: back on a date."""
    text = (
        "Thank you for your email. I am on leave from 21 Dec to 1 Jan with limited access to email.\n"
        "For urgent payment matters please contact Mr Goh Kim Huat at kimhuat.goh@gohbrostea.com.sg.\n\nPriya Nair"
    )
    return _auto(r, "Priya Nair <accounts@gohbrostea.com.sg>", "Automatic reply: " + SUBJECT[r.thread], text,
                 "us-ascii", [*EXO, "Content-Language: en-SG"], utc=True)  # fmt: skip


def gmail_vacation(r: Reply) -> bytes:
    """A Gmail vacation responder from the Los Angeles warehouse man, its own subject."""
    text = "Hi, I'm out of the office until Jan 4 with no email access. For warehouse issues please contact Jose Ruiz (jose.ruiz.ontario@gmail.com).\n\nMike"
    return _auto(r, "Mike Chen <mikechen.ontario@gmail.com>", "Out of office until Jan 4", text, "UTF-8",
                 ["Auto-Submitted: auto-replied", "Precedence: bulk"])  # fmt: skip


def oof_zhtw(r: Reply) -> bytes:
    """Exchange OOF in zh-TW (Big5): the bakery's New Year gift-box rush."""
    text = ("您好：\n\n本人12月28日至1月8日支援門市年節禮盒出貨，暫停收發郵件。\n帳務相關事宜請洽 04-2220-3318 分機 21。\n\n"
            "賴家餅舖 會計 陳怡君")  # fmt: skip
    return _auto(r, f"{enc_word('陳怡君', 'big5')} <yj.chen@laijia-bakery.com.tw>",
                 enc_word("自動回覆: " + SUBJECT[r.thread], "utf-8"), text, "big5",
                 [*EXO, "Content-Language: zh-TW"], utc=True)  # fmt: skip


def foxmail_receipt(r: Reply) -> bytes:
    """A Foxmail read receipt (已读回执), GB18030, a disposition notification."""
    text = f"这是邮件收条，{r.when:%Y年%m月%d日 %H:%M}，收件人已阅读您发送的邮件：“{SUBJECT[r.thread]}”。\n"
    mdn = ("Reporting-UA: xingzheng@sdwly.com; Foxmail 7.2\nFinal-Recipient: rfc822;xingzheng@sdwly.com\n"
           f"Original-Message-ID: {r.ck_id}\nDisposition: manual-action/MDN-sent-manually; displayed\n")  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"----=_Receipt_{r.h[:16]}", [
        part("text/plain", "GB18030", "base64", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + mdn.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([f"From: {enc_word('行政部', 'GB18030')} <xingzheng@sdwly.com>", f"To: {OUR}", f"Date: {_date(r)}",
                 f"Subject: {enc_word('已读回执: ' + SUBJECT[r.thread], 'GB18030')}",
                 f"Message-ID: <{r.h[:28].lower()}@sdwly.com>", f"In-Reply-To: {r.ck_id}",
                 f"References: {r.ck_id}", "X-Mailer: Foxmail 7.2.25.228[cn]"], body)  # fmt: skip


def newsletter_zh(r: Reply) -> bytes:
    """A restaurant-trade newsletter in bulk (List-Unsubscribe) that answers nothing of ours."""
    text = ("餐饮老板内参 第312期\n\n一、年底供应商结算：哪些钱可以先压一压？\n二、扫码点单系统选型：上线款怎么付才稳妥\n"
            "三、中央厨房配送的五个坑\n\n退订请点击：https://news.cylbnc.cn/u?id=5c1e90\n餐饮老板内参编辑部")  # fmt: skip
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    body = multipart("alternative", f"==CYLB_{r.h[:20]}", [
        part("text/plain", "utf-8", "base64", text), part("text/html", "utf-8", "base64", html)])  # fmt: skip
    return _msg([f"From: {enc_word('餐饮老板内参', 'utf-8')} <news@cylbnc.cn>", f"To: {OUR}", f"Date: {_date(r)}",
                 f"Subject: {enc_word('年底结账，供应商的钱怎么付？| 第312期', 'utf-8')}",
                 f"Message-ID: <{r.h[:24].lower()}@cylbnc.cn>", "Precedence: bulk",
                 "List-Unsubscribe: <https://news.cylbnc.cn/u?id=5c1e90>", "List-Id: <weekly.cylbnc.cn>"], body)  # fmt: skip


B = {"kind": "bounce", "danger": True}
A = {"kind": "auto_reply", "danger": True}

# fmt: off
_ROWS = [
    ("qqweb", B, postfix_qq_unknown, "zr_yw2", 8, ("", "MAILER-DAEMON@mail.example.cn"), {"note": "QQ: no such mailbox"}),
    ("olzhcn", B, postfix_no_host, "zr_pjd", 8, ("", "MAILER-DAEMON@mail.example.cn"), {"note": "old domain gone"}),
    ("olzhcn", B, postfix_delay, "zr_ca2", 8, ("", "MAILER-DAEMON@mail.example.cn"),
     {"note": "a delay warning, still retrying"}),
    ("n126", B, n126_bounce, "zr_cg", 1, ("", "postmaster@126.com"), {"note": "126 退信 in HTML, mailbox full, no threading"}),
    ("exmail", A, exmail_auto, "zr_jx", 1, ("朱雯", "zhuwen@sdwly.com"), {}),
    ("n163", A, n163_auto, "zr_ws", 1, ("叶秀珍", "qtgs_ye@163.com"), {"note": "163's auto-reply, no auto header"}),
    ("olzhcn", A, oof_zhcn, "zr_pjd", 8, ("邱红梅", "caiwuke@pjzyy.cn"), {}),
    ("owaen", A, oof_en, "zr_sg", 21, ("Priya Nair", "accounts@gohbrostea.com.sg"), {"tz": "Asia/Singapore"}),
    ("gmailen", A, gmail_vacation, "zr_sz2", 19, ("Mike Chen", "mikechen.ontario@gmail.com"),
     {"tz": "America/Los_Angeles", "note": "a vacation responder with its own subject"}),
    ("olzhtw", A, oof_zhtw, "zr_tc", 28, ("陳怡君", "yj.chen@laijia-bakery.com.tw"), {"tz": "Asia/Taipei"}),
    ("foxmail", A, foxmail_receipt, "zr_jxd", 8, ("行政部", "xingzheng@sdwly.com"), {"note": "a Foxmail read receipt"}),
    ("qqweb", {"kind": "other", "danger": True}, newsletter_zh, "zr_mc", 7, ("餐饮老板内参", "news@cylbnc.cn"),
     {"known": False, "note": "a trade newsletter that answers nothing of ours"}),
]
# fmt: on

ZR_MACHINE = [
    entry(
        style, k["kind"], None, fn.__name__, thread, day, who, raw=fn, danger=k["danger"], **extra
    )
    for style, k, fn, thread, day, who, extra in _ROWS
]
