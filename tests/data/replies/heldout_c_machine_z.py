"""Machine mail of held-out set Z (written blind): bounces, delays, auto-replies, receipts.

Each builder returns the bytes a real system puts on the wire for one of our reminders of set
Z (heldout_c_threads_z.py): a Postfix DSN, a Coremail 系统退信 and a Tencent Exmail 退信 without a
delivery-status part, an Exchange Online NDR in Chinese, a Postfix delay warning, Google
Workspace's "Address not found", Exchange out-of-office notices in zh-CN, zh-TW and English, a
QQ Mail vacation reply (HTML only, no threading header), a 163 auto-reply with no header at
all, an Alimail shared-box acknowledgement, a Jira Service Management ticket receipt, a
Thunderbird MDN, an Outlook 已读 receipt and a GB18030 trade newsletter (bulk, unknown sender).
"""

from __future__ import annotations

from datetime import UTC, date
from email.utils import format_datetime

import heldout_c_threads_z  # noqa: F401  (registers the threads)
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT

OUR = "ar@example.cn"


def _date(r: Reply, utc: bool = False) -> str:
    d = r.when.astimezone(UTC) if utc else r.when
    return format_datetime(d).replace("-0000", "+0000")


def _sent(r: Reply) -> str:
    return format_datetime(r.sent)


def _orig_headers(r: Reply, rcpt: str) -> str:
    return (
        f"Return-Path: <{OUR}>\r\nMessage-ID: {r.ck_id}\r\nDate: {_sent(r)}\r\n"
        f"From: =?utf-8?B?56S65L6L56eR5oqAIOW6lOaUtui0puasvg==?= <{OUR}>\r\nTo: {rcpt}\r\n"
        f"Subject: {enc_word(SUBJECT[r.thread])}\r\nMIME-Version: 1.0\r\n"
    )


def _head(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode()


def postfix_dsn(rcpt: str, host: str, status: str, diag: str, delayed: bool = False):
    def build(r: Reply) -> bytes:
        qid = r.h[:10]
        if delayed:
            subj, action = "Delayed Mail (still being retried)", "delayed"
            text = (
                f"This is the mail system at host {host}.\r\n\r\n####################################################################\r\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\r\n"
                "####################################################################\r\n\r\n"
                "Your message could not be delivered for more than 4 hour(s).\r\nIt will be retried until it is 5 day(s) old.\r\n\r\n"
                "For further assistance, please send mail to postmaster.\r\n\r\n"
                f"                   The mail system\r\n\r\n<{rcpt}>: {diag}\r\n"
            )
        else:
            subj, action = "Undelivered Mail Returned to Sender", "failed"
            text = (
                f"This is the mail system at host {host}.\r\n\r\nI'm sorry to have to inform you that your message could not\r\n"
                "be delivered to one or more recipients. It's attached below.\r\n\r\n"
                "For further assistance, please send mail to postmaster.\r\n\r\n"
                "If you do so, please include this problem report. You can\r\ndelete your own text from the attached returned message.\r\n\r\n"
                f"                   The mail system\r\n\r\n<{rcpt}>: {diag}\r\n"
            )
        dsn = (
            f"Reporting-MTA: dns; {host}\r\nX-Postfix-Queue-ID: {qid}\r\nX-Postfix-Sender: rfc822; {OUR}\r\n"
            f"Arrival-Date: {_sent(r)}\r\n\r\nFinal-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\n"
            f"Action: {action}\r\nStatus: {status}\r\nDiagnostic-Code: smtp; {diag.split('said: ')[-1].split(' (in reply')[0]}\r\n"
        )
        bnd = f"{qid}.{r.h[10:20]}/{host}"
        body = multipart(
            "report; report-type=delivery-status",
            bnd,
            [
                b"Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
                + text.encode(),
                b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
                + dsn.encode(),
                b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                + _orig_headers(r, rcpt).encode(),
            ],
            "This is a MIME-encapsulated message.",
        )
        hs = [
            "Return-Path: <>",
            f"Date: {_date(r)}",
            f"From: MAILER-DAEMON@{host} (Mail Delivery System)",
            f"Subject: {subj}",
            f"To: {OUR}",
            "Auto-Submitted: auto-replied",
            f"Message-Id: <20261202{r.h[:12]}@{host}>",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + body

    return build


def coremail_tuixin(rcpt: str, dom: str):
    def build(r: Reply) -> bytes:
        s = r.sent
        text = (
            "抱歉，您的邮件被退回来了……\n\n原邮件信息：\n"
            f"　　时　间：{s:%Y-%m-%d %H:%M:%S}\n　　主　题：{SUBJECT[r.thread]}\n　　收件人：{rcpt}\n\n"
            f"退信原因：\n　　收件人 {rcpt} 不存在（550 User not found）。\n\n"
            "建议解决方案：\n　　请核对收件人地址是否正确，或联系收件人确认其邮箱地址。\n\n"
            f"此邮件由 {dom} 邮件系统自动发出，请勿直接回复。"
        )
        hs = [
            f"Date: {_date(r)} (CST)",
            f"From: postmaster@{dom}",
            f"To: {OUR}",
            f"Subject: {enc_word('系统退信', 'GBK')}",
            f"Message-ID: <{r.h[:8].lower()}.{r.h[8:14].lower()}.bounce.Coremail.postmaster@{dom}>",
            "X-Mailer: Coremail Webmail Server Version XT6.0.3 build 20240716(b0f3e4c1)",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + part("text/plain", "GBK", "base64", text)

    return build


def exmail_tuixin(rcpt: str):
    def build(r: Reply) -> bytes:
        html = (
            '<html><head><meta charset="utf-8"></head><body><div style="font-size:14px">'
            "<p>很抱歉您的邮件没有发送成功。</p>"
            f"<table><tr><td>收件人：</td><td>{rcpt}</td></tr>"
            f"<tr><td>主题：</td><td>{SUBJECT[r.thread]}</td></tr>"
            "<tr><td>退信原因：</td><td>收件人邮箱不存在或已被停用。</td></tr>"
            "<tr><td>建议：</td><td>请检查收件人地址是否正确后重新发送。</td></tr></table>"
            "<p style='color:#888'>mx3.qq.com 550 Mailbox not found or access denied</p>"
            "<p>此为系统邮件，请勿回复。</p></div></body></html>"
        )
        hs = [
            f"Date: {_date(r)}",
            f"From: {enc_word('系统退信')} <postmaster@exmail.qq.com>",
            f"To: {OUR}",
            f"Subject: {enc_word('退信：' + SUBJECT[r.thread])}",
            f"Message-ID: <bounce_{r.h[:20].lower()}@qq.com>",
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-QQ-Mailer: QQMail 2.x",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + part("text/html", "utf-8", "base64", html)

    return build


def exchange_ndr_zh(rcpt: str):
    def build(r: Reply) -> bytes:
        dom = rcpt.split("@")[1]
        text = (
            f"无法将你的邮件传递到 {rcpt}，因为该收件人的邮箱已满。\r\n\r\n"
            "你需要执行的操作\r\n请稍后尝试重新发送邮件，或者通过其他方式联系收件人，告知其清理邮箱。\r\n\r\n"
            f"针对 {dom} 的电子邮件管理员的详细信息\r\n\r\n"
            f"远程服务器返回“554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException”\r\n"
        )
        dsn = (
            "Reporting-MTA: dns;SEYPR06MB6512.apcprd06.prod.outlook.com\r\nReceived-From-MTA: dns;mail.example.cn\r\n"
            f"Arrival-Date: {_sent(r)}\r\n\r\nFinal-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.2.2\r\n"
            "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\r\n"
        )
        bnd = f"_{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}_"
        body = multipart(
            "report; report-type=delivery-status",
            bnd,
            [
                part("text/plain", "utf-8", "base64", text),
                b"Content-Type: message/delivery-status\r\n\r\n" + dsn.encode(),
                b"Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).encode(),
            ],
        )
        hs = [
            f"From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}>",
            f"To: {OUR}",
            f"Date: {_date(r, utc=True)}",
            f"Subject: {enc_word('无法传递: ' + SUBJECT[r.thread])}",
            f"Message-ID: <{r.h[:30]}@SEYPR06MB6512.apcprd06.prod.outlook.com>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Auto-Submitted: auto-replied",
            "X-MS-Exchange-Message-Is-Ndr: ",
            "Content-Language: zh-CN",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + body

    return build


def google_dsn(rcpt: str):
    def build(r: Reply) -> bytes:
        text = (
            "** Address not found **\r\n\r\n"
            f"Your message wasn't delivered to {rcpt} because the address couldn't be found, "
            "or is unable to receive mail.\r\n\r\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\r\n\r\n"
            "The response was:\r\n\r\n550 5.1.1 The email account that you tried to reach does not exist. Please try "
            "double-checking the recipient's email address for typos or unnecessary spaces. "
            "https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-7b2a1c3f0a1si4410231b3a.112 - gsmtp\r\n"
        )
        dsn = (
            "Reporting-MTA: dns; googlemail.com\r\n"
            f"Arrival-Date: {_sent(r)}\r\n\r\nFinal-Recipient: rfc822; {rcpt}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
            "Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.157.27, the server for the domain gmail.com.)\r\n"
            "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\r\n"
            f"Last-Attempt-Date: {_date(r)}\r\n"
        )
        bnd = "000000000000" + r.h[:16].lower()
        body = multipart(
            "report; report-type=delivery-status",
            bnd,
            [
                part("text/plain", "UTF-8", "7bit", text),
                b"Content-Type: message/delivery-status\r\n\r\n" + dsn.encode(),
                b"Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).encode(),
            ],
        )
        hs = [
            "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
            f"To: {OUR}",
            "Auto-Submitted: auto-replied",
            "Subject: Delivery Status Notification (Failure)",
            f"References: {r.ck_id}",
            f"In-Reply-To: {r.ck_id}",
            f"Message-ID: <{r.h[:12].lower()}.050a0220.{r.h[12:18].lower()}.8f1e@mx.google.com>",
            f"Date: {_date(r)}",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + body

    return build


def exchange_oof(prefix: str, lang: str, text: str, charset: str = "utf-8"):
    def build(r: Reply) -> bytes:
        name, email = r.sender
        subj = prefix + SUBJECT[r.thread]
        html = "".join(f"<p>{ln or '&nbsp;'}</p>" for ln in text.split("\n"))
        alt = multipart(
            "alternative",
            f"_000_{r.h[:32]}_",
            [
                part("text/plain", charset, "base64", text),
                part("text/html", charset, "base64", f"<html><body>{html}</body></html>"),
            ],
        )
        hs = [
            f"From: {enc_word(name) if not name.isascii() else name} <{email}>",
            f"To: {OUR}",
            f"Subject: {enc_word(subj, charset)}",
            f"Date: {_date(r, utc=True)}",
            f"Message-ID: <SEYPR06MB{r.h[:20]}@SEYPR06MB{r.h[20:24]}.apcprd06.prod.outlook.com>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: All",
            f"Content-Language: {lang}",
            "X-MS-Exchange-Inbox-Rules-Loop: " + email,
            "MIME-Version: 1.0",
        ]
        return _head(hs) + alt

    return build


def qq_vacation(text: str):
    def build(r: Reply) -> bytes:
        name, email = r.sender
        html = f'<html><head><meta charset="gb18030"></head><body><div>{text}</div><div><br></div><div style="color:#999">此邮件为QQ邮箱自动回复。</div></body></html>'
        hs = [
            f'From: "{enc_word(name, "gb18030")}" <{email}>',
            f"To: {OUR}",
            f"Subject: {enc_word('自动回复: ' + SUBJECT[r.thread], 'gb18030')}",
            f"Date: {_date(r)}",
            f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-Mailer: QQMail 2.x",
            "X-QQ-Mailer: QQMail 2.x",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + part("text/html", "gb18030", "base64", html)

    return build


def plain_auto(subject: str, text: str, extra: list[str], charset: str = "UTF-8"):
    """An auto-reply or acknowledgement: ``extra`` holds its marker headers (or none)."""

    def build(r: Reply) -> bytes:
        name, email = r.sender
        subj = subject.format(s=SUBJECT[r.thread])
        hs = [
            f"From: {enc_word(name, charset) if not name.isascii() else name} <{email}>",
            f"To: {OUR}",
            f"Subject: {subj if subj.isascii() else enc_word(subj, charset)}",
            f"Date: {_date(r)}",
            f"Message-ID: <{r.h[:16].lower()}.auto@{email.split('@')[1]}>",
            *[e.format(ck=r.ck_id) for e in extra],
            "MIME-Version: 1.0",
        ]
        return _head(hs) + part("text/plain", charset, "base64", text)

    return build


def mdn(text: str, subj_prefix: str, mailer: str, charset: str = "utf-8"):
    def build(r: Reply) -> bytes:
        name, email = r.sender
        report = (
            f"Reporting-UA: {mailer}\r\nFinal-Recipient: rfc822;{email}\r\n"
            f"Original-Message-ID: {r.ck_id}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
        )
        body = multipart(
            "report; report-type=disposition-notification",
            f"------------{r.h[:24]}",
            [
                part("text/plain", charset, "base64", text),
                b'Content-Type: message/disposition-notification; name="MDNPart2.txt"\r\nContent-Disposition: inline\r\n\r\n'
                + report.encode(),
                b'Content-Type: text/rfc822-headers; name="MDNPart3.txt"\r\nContent-Disposition: inline\r\n\r\n'
                + _orig_headers(r, email).encode(),
            ],
        )
        subj = subj_prefix + SUBJECT[r.thread]
        hs = [
            f"From: {enc_word(name) if not name.isascii() else name} <{email}>",
            f"To: {OUR}",
            f"Subject: {enc_word(subj)}",
            f"Date: {_date(r)}",
            f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-mdn@{email.split('@')[1]}>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
        ]
        return _head(hs) + body

    return build


def newsletter(r: Reply) -> bytes:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
        '<table width="600" align="center"><tr><td><h2>光伏玻璃周报｜12月第1周</h2>'
        "<p>一、价格：3.2mm镀膜玻璃主流成交价企稳，部分二线厂家小幅让利。</p>"
        "<p>二、库存：行业库存天数回落至28天左右。</p>"
        "<p>三、回款：年底组件企业付款周期普遍拉长，多数玻璃厂反映承兑汇票占比上升，现汇付款比例下降。</p>"
        "<p>四、展会：2027 SNEC 报名通道已开启。</p>"
        '<p style="font-size:12px;color:#999">您收到此邮件是因为您订阅了光伏资讯周报。'
        '<a href="https://news.pv-info.example/unsub?u=ar%40example.cn">退订</a></p>'
        "</td></tr></table></body></html>"
    )
    hs = [
        f"From: {enc_word('光伏资讯', 'gb18030')} <weekly@news.pv-info.example>",
        f"To: {OUR}",
        f"Subject: {enc_word('光伏玻璃周报｜12月第1周：价格企稳，回款周期拉长', 'gb18030')}",
        f"Date: {_date(r)}",
        f"Message-ID: <nl.20261203.{r.h[:10].lower()}@news.pv-info.example>",
        "Precedence: bulk",
        "List-Unsubscribe: <https://news.pv-info.example/unsub?u=ar%40example.cn>, <mailto:unsub@news.pv-info.example>",
        "List-Id: <weekly.news.pv-info.example>",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/html", "gb18030", "base64", html)


def D(day: int) -> date:
    return date(2026, 12, day)


def m(thread: str, who: tuple[str, str], day: int, raw, tz: str = "", **kw: object) -> dict:
    out = {"thread": thread, "sender": who, "day": D(day), "raw": raw, **kw}
    if tz:
        out["tz"] = tz
    return out


MACHINE: list[tuple] = [
    ("olen", "bounce", None, "postfix 5.1.1 departed cashier", m("z_tyre", ("", "MAILER-DAEMON@mail.example.cn"), 2,
        postfix_dsn("jinxx@lclt-tyre.com", "mail.example.cn", "5.1.1",
                    "host mx.lclt-tyre.com[61.156.17.40] said: 550 5.1.1 <jinxx@lclt-tyre.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)"), tz="Asia/Shanghai")),
    ("coremail", "bounce", None, "coremail 退信 no dsn", m("z_funeral", ("", "postmaster@hyby.org.cn"), 3, coremail_tuixin("caiwuke@hyby.org.cn", "hyby.org.cn"))),
    ("exmail", "bounce", None, "exmail 退信 html", m("z_glass", ("", "postmaster@exmail.qq.com"), 7, exmail_tuixin("caigou01@bbjygf.com"))),
    ("owazh", "bounce", None, "exchange ndr zh mailbox full", m("z_glass", ("", "postmaster@bbjygf.onmicrosoft.com"), 4, exchange_ndr_zh("hanxue@bbjygf.onmicrosoft.com"))),
    ("tben", "bounce", None, "postfix delay", m("z_oslo", ("", "MAILER-DAEMON@mail.example.cn"), 3,
        postfix_dsn("ap@fjordfeed.no", "mail.example.cn", "4.4.1",
                    "connect to mx1.fjordfeed.no[185.39.146.12]:25: Connection timed out", delayed=True), tz="Asia/Shanghai", note="delay: not permanent")),
    ("gmailen", "bounce", None, "google 5.1.1", m("z_mush", ("", "mailer-daemon@googlemail.com"), 2, google_dsn("linzw.fungi.export@gmail.com"), tz="Asia/Shanghai")),
    ("olzhcn", "auto_reply", None, "oof zh", m("z_glass", ("岳振东", "yuezd@bbjygf.com"), 7, exchange_oof("自动答复: ", "zh-CN",
        "您好！\n\n本人12月7日至12月11日在合肥参加集团会议，期间邮件回复可能不及时。\n到货验收及付款相关事宜请联系设备部王工 0552-3127765，或财务共享中心 gxzx@bbjygf.com。\n\n岳振东"))),
    ("owazhtw", "auto_reply", None, "oof zh-tw", m("z_spa", ("游志成", "cc.you@jiaoxi-spring.com.tw"), 3, exchange_oof("自動回覆: ", "zh-TW",
        "您好：\n本人休假至12月7日（一），期間無法收信。\n訂房與帳務相關事宜請洽櫃台 03-988-1126，謝謝。\n\n游志成"), tz="Asia/Taipei")),
    ("owaen", "auto_reply", None, "oof en", m("z_abz", ("Fiona Reid", "fiona.reid@northsea-crew.co.uk"), 8, exchange_oof("Automatic reply: ", "en-GB",
        "Thank you for your email.\n\nI am offshore until Monday 14 December with limited access to email. For payment queries please contact accounts@northsea-crew.co.uk; for urgent crewing matters call +44 1224 555 019.\n\nFiona"), tz="Europe/London")),
    ("qqhtml", "auto_reply", None, "qq vacation", m("z_arena", ("覃总", "1345078852@qq.com"), 4, qq_vacation("您好，我这几天在外地看新店，邮件不能及时回复，有事请打电话，谢谢！"))),
    ("n163", "auto_reply", None, "163 autoreply no header", m("z_tyre", ("郝会计", "hao_kj_lc@163.com"), 10, plain_auto(
        "自动回复：{s}", "您好，您的来信已收到，我会尽快处理。\n\n郝会计", []))),
    ("alimail", "auto_reply", None, "alimail shared box ack", m("z_pet", ("财务部", "finance@ycmengchong.com"), 7, plain_auto(
        "自动回复：{s}", "您好！本邮箱为宜昌萌宠动物医院财务部公共邮箱，您的来信已收到。\n付款类事项每周二统一处理，如有急事请致电 0717-6253390。\n\n（此邮件为系统自动回复，请勿直接回复）",
        ["Auto-Submitted: auto-replied", "In-Reply-To: {ck}", "X-Mailer: [Alimail-Mailagent revision 2546561][W4_6173578][AUTOREPLY]"]))),
    ("gmailen", "auto_reply", None, "jira ticket ack", m("z_mpls", ("NorthStar AP Help Center", "ap-help@northstarpianos.atlassian.net"), 3, plain_auto(
        "[AP-4471] {s}", "Hi there,\n\nThanks for contacting the NorthStar Pianos Accounts Payable team. We've received your request and a team member will respond within 3 business days.\n\nYour request number is AP-4471. You can view and comment on your request here: https://northstarpianos.atlassian.net/servicedesk/customer/portal/3/AP-4471\n\nNorthStar Pianos AP",
        ["Auto-Submitted: auto-generated", "Precedence: bulk", "X-JSD-Request-Key: AP-4471", "In-Reply-To: {ck}"]), tz="America/Chicago")),
    ("tben", "auto_reply", None, "thunderbird mdn", m("z_abz", ("Ewan Gray", "ewan.gray@northsea-crew.co.uk"), 2, mdn(
        "This is a Return Receipt for the mail that you sent to ewan.gray@northsea-crew.co.uk.\r\n\r\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\r\n",
        "Return Receipt (displayed) - ", "mail.northsea-crew.co.uk; Thunderbird 128.5.0"), tz="Europe/London")),
    ("olzhcn", "auto_reply", None, "outlook 已读", m("z_funeral", ("周卫红", "zhouwh@hyby.org.cn"), 2, mdn(
        "您的邮件\r\n\r\n  收件人: 周卫红 <zhouwh@hyby.org.cn>\r\n  主题: 二期款逾期未付款项提醒\r\n  发送时间: 2026/11/30 9:00\r\n\r\n已于 2026/12/2 10:31 读取。\r\n",
        "已读: ", "Microsoft Outlook 16.0"))),
    ("qqweb", "other", None, "newsletter", m("z_glass", ("光伏资讯", "weekly@news.pv-info.example"), 3, newsletter, known=False,
        note="bulk newsletter, not a reply")),
]  # fmt: skip
