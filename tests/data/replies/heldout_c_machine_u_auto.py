"""Held-out set U: auto-replies, read receipts and a newsletter (written blind).

Exchange OOF in zh and en, a zh-TW Outlook rule reply without Auto-Submitted, a
Norwegian/English "Automatisk svar", QQ's holiday reply (HTML only, gb18030), a Gmail
vacation with its own subject, a Freshdesk ticket acknowledgement, an Alimail auto-reply,
read receipts (Outlook en from Korea, a 163 已读回执) and a bulk GB18030 newsletter.
"""

from __future__ import annotations

from datetime import UTC, datetime, time

from heldout_c_machine_u import _date, _head
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_u import SENT, o


def _reminder_time(r: Reply) -> datetime:
    """When cuikuan sent the reminder this receipt reports: 09:00 on its day, the reader's zone."""
    return datetime.combine(SENT[r.stage][r.seq], time(9), r.when.tzinfo)


def _oof(
    r: Reply, subject: str, text: str, extra: list[str], charset: str = "utf-8", utc: bool = True
) -> bytes:
    hs = [
        f"From: {enc_word(r.sender[0]) if not r.sender[0].isascii() else r.sender[0]} <{r.sender[1]}>",
        "To: =?utf-8?B?56S65L6L56eR5oqAIOW6lOaUtui0puasvg==?= <ar@example.cn>",
        f"Subject: {enc_word(subject) if not subject.isascii() else subject}",
        f"Date: {_date(r, utc)}",
        f"Message-ID: <{r.h[:20]}@{r.sender[1].split('@')[1]}>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        *extra,
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/plain", charset, "base64", text)


EXCH = [
    "Auto-Submitted: auto-generated",
    "X-Auto-Response-Suppress: All",
    "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
]


def oof_zh(r: Reply) -> bytes:
    text = "您好，我于12月3日至12月6日在合肥参加展会，期间邮件回复可能不及时。付款、发票相关事宜请联系财务共享服务中心 fssc@zhibi-auto.com。\n\n马骏"
    return _oof(
        r,
        "自动答复: " + SUBJECT[r.thread],
        text,
        [f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender[1]}", *EXCH],
    )


def oof_tw_bare(r: Reply) -> bytes:
    """A zh-TW Outlook rule reply: no Auto-Submitted, only the Exchange suppress header."""
    text = "您好：本人於 12/3（四）至 12/8（二）休假，期間不便收信。帳款問題請洽會計部 蔡小姐 04-7612358 分機 215，謝謝。\n\n陳建宏"
    return _oof(r, "自動回覆: " + SUBJECT[r.thread], text, ["X-Auto-Response-Suppress: All"])


def oof_en(r: Reply) -> bytes:
    text = (
        "Thank you for your email. I am out of the office until Monday 7th December with limited access to email.\n"
        "For payment queries please contact ap@leemedtech.ie; for anything urgent ring reception on +353 21 435 8800.\n\nAoife Byrne"
    )
    return _oof(
        r,
        "Automatic reply: " + SUBJECT[r.thread],
        text,
        [f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender[1]}", *EXCH],
    )


def oof_no(r: Reply) -> bytes:
    text = (
        "Jeg er på juleferie og tilbake 04.01.2027. Faktura og betaling: regnskap@nordkapp-havbruk.no.\n\n"
        "I am on Christmas holiday and back 04.01.2027. Invoices and payments: regnskap@nordkapp-havbruk.no.\n\nEirik Johansen"
    )
    return _oof(
        r,
        "Automatisk svar: " + SUBJECT[r.thread],
        text,
        [f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender[1]}", *EXCH],
    )


def qq_vacation_html(r: Reply) -> bytes:
    """QQ Mail's holiday auto-reply, HTML only, gb18030."""
    inner = "这是来自QQ邮箱的假期自动回复邮件。<br><br>您好，我最近正在灯会现场，信号不好，邮件无法及时回复。急事请打电话：138 8131 6602。"
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body><div>{inner}</div></body></html>'
    hs = [
        f'From: "{enc_word(r.sender[0], "gb18030")}" <{r.sender[1]}>',
        "To: ar@example.cn",
        f"Subject: {enc_word('自动回复: ' + SUBJECT[r.thread], 'gb18030')}",
        f"Date: {_date(r)}",
        f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
        f"In-Reply-To: {r.ck_id}",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/html", "gb18030", "base64", html)


def gmail_vacation(r: Reply) -> bytes:
    text = "Hi there - I'm out of the office Dec 3-7 for EuroShop setup with spotty email. For invoices and payments, please email ap@lakeshoreexhibits.com.\n\nDana"
    hs = [
        f"From: {r.sender[0]} <{r.sender[1]}>",
        "To: ar@example.cn",
        "Subject: Out of office Dec 3-7",
        f"Date: {_date(r)}",
        f"Message-ID: <CA{r.h[:10]}{r.h[10:30].lower()}vac@mail.gmail.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "Precedence: bulk",
        "X-Autoreply: yes",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/plain", "UTF-8", "quoted-printable", text)


def freshdesk_ack(r: Reply) -> bytes:
    text = (
        "Dear Customer,\n\nThank you for contacting Lee MedTech Accounts Payable. Your request has been received and a ticket "
        f"has been created (#{48000 + r.n}). A member of the team will respond within 3 working days.\n\n"
        "Please do not reply to this email with new queries; use the ticket reference above.\n\nLee MedTech AP Helpdesk"
    )
    hs = [
        "From: Lee MedTech AP Helpdesk <support@leemedtech.freshdesk.com>",
        "To: ar@example.cn",
        f"Subject: Ticket Received - {SUBJECT[r.thread]}",
        f"Date: {_date(r)}",
        f"Message-ID: <{r.h[:24].lower()}@leemedtech.freshdesk.com>",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-generated",
        "X-Freshdesk-Ticket: " + str(48000 + r.n),
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/plain", "utf-8", "quoted-printable", text)


def mdn_en(r: Reply) -> bytes:
    """An Outlook read receipt (the Korean client's Outlook in English)."""
    sent = _reminder_time(r).astimezone(UTC)
    human = (
        f"Your message\r\n\r\n        To:      {r.sender[0]}\r\n        Subject: {SUBJECT[r.thread]}\r\n"
        f"        Sent:    {sent:%A, %B} {sent.day}, {sent.year} {sent:%I:%M:%S %p} (UTC+00:00) Monrovia, Reykjavik\r\n\r\n"
        f"was read on {r.when.astimezone(UTC):%A, %B} {r.when.day}, {r.when.year} {r.when.astimezone(UTC):%I:%M:%S %p} (UTC+00:00) Monrovia, Reykjavik.\r\n"
    )
    disp = (
        f"Reporting-UA: {r.sender[1].split('@')[1]}; Microsoft Exchange Server\r\nFinal-Recipient: rfc822;{r.sender[1]}\r\n"
        f"Original-Message-ID: {r.ck_id}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    hs = [
        f"From: {r.sender[0]} <{r.sender[1]}>",
        "To: ar@example.cn",
        f"Subject: Read: {SUBJECT[r.thread]}",
        f"Date: {_date(r, True)}",
        f"Message-ID: <{r.h[:32].lower()}@uhi-marine.co.kr>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Content-Language: en-US",
        "MIME-Version: 1.0",
    ]
    parts = [
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + human.encode(),
        b"Content-Type: message/disposition-notification\r\n\r\n" + disp.encode(),
    ]
    return _head(hs) + multipart(
        "report; report-type=disposition-notification", f"_002_{r.h[:30]}_", parts
    )


def mdn_163(r: Reply) -> bytes:
    """A 163 已读回执: HTML notice plus a disposition part."""
    sent = _reminder_time(r)
    text = f"这是邮件回执。\n\n您于 {sent:%Y-%m-%d %H:%M:%S} 发送给 {r.sender[1]} 的邮件“{SUBJECT[r.thread]}”已于 {r.when:%Y-%m-%d %H:%M:%S} 被阅读。"
    disp = (
        f"Reporting-UA: mail.163.com; Coremail\r\nFinal-Recipient: rfc822;{r.sender[1]}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    hs = [
        f"From: {enc_word(r.sender[0], 'GBK')} <{r.sender[1]}>",
        "To: ar@example.cn",
        f"Subject: {enc_word('已读: ' + SUBJECT[r.thread], 'GBK')}",
        f"Date: {_date(r)} (CST)",
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.mdn.Coremail.{r.sender[1].split('@')[0]}@163.com>",
        f"In-Reply-To: {r.ck_id}",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)",
        "MIME-Version: 1.0",
    ]
    parts = [
        part("text/plain", "GBK", "base64", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + disp.encode(),
    ]
    return _head(hs) + multipart(
        "report; report-type=disposition-notification", f"----=_Part_{r.h[:8]}", parts
    )


def newsletter(r: Reply) -> bytes:
    """The 粽子 brand's New-Year-goods newsletter (bulk, HTML, GB18030), with no thread."""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030"></head><body>'
        "<h2>粽香斋年货节 · 12月18日开抢</h2><p>尊敬的合作伙伴：</p><p>2027年货节礼盒（鲜肉蛋黄粽、豆沙粽、咸鸭蛋组合）现已开放企业团购预订，"
        "12月15日前付款享9折，付款后48小时内发货。对账、开票请联系 zxz_xz@sina.com。</p>"
        '<p style="font-size:12px;color:#999">您收到此邮件是因为您订阅了粽香斋合作伙伴资讯。<a href="https://m.zongxiangzhai.com/unsub?u=ar%40example.cn">退订</a></p>'
        "</body></html>"
    )
    hs = [
        f"From: {enc_word('粽香斋', 'GB18030')} <news@edm.zongxiangzhai.com>",
        "To: ar@example.cn",
        f"Subject: {enc_word('【粽香斋】年货节团购开启，12月15日前付款享9折', 'GB18030')}",
        f"Date: {_date(r)}",
        f"Message-ID: <edm.{r.h[:20].lower()}@edm.zongxiangzhai.com>",
        "List-Unsubscribe: <https://m.zongxiangzhai.com/unsub?u=ar%40example.cn>, <mailto:unsub@edm.zongxiangzhai.com>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Precedence: bulk",
        "Feedback-ID: 20261210:edm:zxz",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/html", "GB18030", "base64", html)


def alimail_auto(r: Reply) -> bytes:
    text = "您好，您的邮件已收到。本人12月7日至12月9日外出学习，付款事宜请联系出纳 hdxb_cn@sina.com，谢谢！"
    return _oof(
        r,
        "自动回复：" + SUBJECT[r.thread],
        text,
        ["Auto-Submitted: auto-replied", "X-Mailer: Alimail-Mailagent revision 2546561"],
        utc=False,
    )


# fmt: off
U_AUTO: list[tuple] = [
    ("olzhcn", "auto_reply", None, "oof zh", o("wh", ("马骏", "ma.jun@zhibi-auto.onmicrosoft.com"), 3, raw=oof_zh)),
    ("olzhtw", "auto_reply", None, "oof zh-TW bare", o("ch", ("陳建宏", "kh.chen@chlunbike.com.tw"), 3, raw=oof_tw_bare, note="no Auto-Submitted")),
    ("olen", "auto_reply", None, "oof en", o("co", ("Aoife Byrne", "aoife.byrne@leemedtech.ie"), 3, raw=oof_en)),
    ("olen", "auto_reply", None, "oof no", o("tr2", ("Eirik Johansen", "eirik.johansen@nordkapp-havbruk.no"), 21, raw=oof_no)),
    ("qqhtml", "auto_reply", None, "qq vacation", o("zg", ("曾老板", "1049935521@qq.com"), 1, raw=qq_vacation_html)),
    ("olen", "auto_reply", None, "gmail vacation", o("cg", ("Dana Kowalski", "dkowalski@lakeshoreexhibits.com"), 3, raw=gmail_vacation)),
    ("olen", "auto_reply", None, "freshdesk ack", o("co2", ("Lee MedTech AP Helpdesk", "support@leemedtech.freshdesk.com"), 8, raw=freshdesk_ack)),
    ("olen", "auto_reply", None, "mdn en", o("ul", ("Park Jae-hyun", "jh.park@uhi-marine.co.kr"), 1, raw=mdn_en)),
    ("n163", "auto_reply", None, "mdn 163", o("zb2", ("孙丽", "sunli_zbmy@163.com"), 7, raw=mdn_163)),
    ("alimail", "auto_reply", None, "alimail auto", o("bd2", ("赵倩", "ds@hengdabags.com"), 7, raw=alimail_auto)),
    ("qqhtml", "other", None, "newsletter", o("jx", ("粽香斋", "news@edm.zongxiangzhai.com"), 10, raw=newsletter, known=False)),
]
# fmt: on
