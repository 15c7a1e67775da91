"""Held-out set U: machine mail answering set U's reminders (written blind).

Bounces in forms not common before (an Amazon SES bounce notification delivered as JSON by
SNS, a gateway's delay warning in its own words without a delivery-status part, a Sympa list
manager's rejection, a Postfix DSN for a full mailbox, a zh-TW Exchange NDR, a Coremail 退信),
auto-replies (Exchange OOF in zh, zh-TW without Auto-Submitted, en; a Norwegian/English
"Automatisk svar"; QQ vacation, HTML only; Gmail vacation; a Freshdesk ticket
acknowledgement), read receipts (Outlook en, 163 已读回执) and a bulk newsletter. Each builder
takes the machinery's ``Reply`` and returns the bytes on the wire.
"""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_u import o


def _date(r: Reply, utc: bool = False) -> str:
    d = format_datetime(r.when.astimezone(UTC) if utc else r.when)
    return d.replace("-0000", "+0000")


def _orig_headers(r: Reply) -> str:
    """The headers of our reminder as a bounce returns them."""
    sent = r.sent.astimezone(UTC)
    return (
        f"Return-Path: <bounces+ck@example.cn>\r\nMessage-ID: {r.ck_id}\r\nDate: {format_datetime(sent).replace('-0000', '+0000')}\r\n"
        f"From: =?utf-8?B?56S65L6L56eR5oqAIOW6lOaUtui0puasvg==?= <ar@example.cn>\r\nTo: {r.sender[1]}\r\n"
        f"Subject: {enc_word(SUBJECT[r.thread])}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
    )


def _head(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode()


def ses_json(r: Reply) -> bytes:
    """An SES bounce notification forwarded by SNS to an e-mail subscription: JSON in text."""
    t = r.when.astimezone(UTC)
    note = {
        "notificationType": "Bounce",
        "bounce": {
            "feedbackId": f"0100019{r.h[:10].lower()}-{r.h[10:18].lower()}-000000",
            "bounceType": "Permanent",
            "bounceSubType": "NoEmail",
            "bouncedRecipients": [{"emailAddress": r.sender[1], "action": "failed", "status": "5.1.1",
                                   "diagnosticCode": "smtp; 550 5.1.1 <" + r.sender[1] + ">: Recipient address rejected: User unknown"}],
            "timestamp": f"{t:%Y-%m-%dT%H:%M:%S}.412Z",
            "reportingMTA": "dns; a48-112.smtp-out.amazonses.com",
        },
        "mail": {
            "timestamp": f"{t - timedelta(seconds=3):%Y-%m-%dT%H:%M:%S}.077Z",
            "source": "ar@example.cn",
            "messageId": f"0100019{r.h[18:28].lower()}-{r.h[28:36].lower()}-000000",
            "destination": [r.sender[1]],
            "headersTruncated": False,
            "commonHeaders": {"from": ["ar@example.cn"], "to": [r.sender[1]], "messageId": r.ck_id, "subject": SUBJECT[r.thread]},
        },
    }  # fmt: skip
    text = json.dumps(note, ensure_ascii=False) + (
        "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:\n"
        "https://sns.ap-southeast-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:ap-southeast-1:318840211597:ses-bounces:5d1c0a\n"
    )
    hs = [
        "From: AWS Notifications <no-reply@sns.amazonaws.com>",
        "To: ar@example.cn",
        "Subject: AWS Notification Message",
        f"Date: {_date(r, True)}",
        f"Message-ID: <0100019{r.h[:12].lower()}-{r.h[12:20].lower()}-000000@ap-southeast-1.amazonses.com>",
        "x-amz-sns-message-type: Notification",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/plain", "UTF-8", "7bit", text)


def delay_words(r: Reply) -> bytes:
    """A Chinese gateway's delay warning in its own words: no DSN part, no 'Undelivered'."""
    text = (
        "尊敬的用户：\n\n您于 {sent} 发往 {to} 的邮件暂时未能送达，系统将在48小时内继续尝试投递，您无需重新发送。\n"
        "若48小时后仍无法送达，系统将另行通知您。\n\n原因：对方服务器暂时拒绝接收（451 4.7.1 Greylisted, please try again later）\n"
        "邮件主题：{subj}\n\n此邮件由系统自动发出，请勿直接回复。\n宁德锂动能源 邮件网关"
    ).format(sent=f"{r.sent:%Y-%m-%d %H:%M}", to=r.sender[1], subj=SUBJECT[r.thread])
    hs = [
        f"From: {enc_word('邮件系统')} <postmaster@ldpack-nd.com>",
        "To: ar@example.cn",
        f"Subject: {enc_word('邮件延迟投递通知：' + SUBJECT[r.thread][:20])}",
        f"Date: {_date(r)}",
        f"Message-ID: <delay.{r.h[:16].lower()}@mx1.ldpack-nd.com>",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/plain", "UTF-8", "base64", text)


def sympa_reject(r: Reply) -> bytes:
    """A Sympa list manager rejecting our mail to a members-only list address."""
    text = (
        "Your message for list finance-ap@lists.leemedtech.ie has been rejected.\n"
        "The message is thus returned to you, along with this notice.\n\n"
        "Rejection reason: you (ar@example.cn) are not allowed to send messages to this list;\n"
        "only subscribers may post.\n\nFor further information, please contact the list owner:\n"
        "finance-ap-request@lists.leemedtech.ie\n"
    )
    bnd = f"sympa.{r.h[:10].lower()}"
    hs = [
        "From: SYMPA <sympa@lists.leemedtech.ie>",
        "To: ar@example.cn",
        "Subject: Message distribution: Authorization denied",
        f"Date: {_date(r)}",
        f"Message-ID: <sympa.{int(r.h[:8], 16)}.{r.h[8:12].lower()}@lists.leemedtech.ie>",
        "Auto-Submitted: auto-replied",
        "X-Loop: sympa@lists.leemedtech.ie",
        "MIME-Version: 1.0",
    ]
    orig = (_orig_headers(r) + "\r\nDear Ms. Byrne, ...\r\n").encode()
    body = multipart("mixed", bnd, [part("text/plain", "utf-8", "8bit", text), b"Content-Type: message/rfc822\r\n\r\n" + orig])
    return _head(hs) + body


def postfix_full(r: Reply) -> bytes:
    """A Postfix DSN: the mailbox is over quota (5.2.2)."""
    rcpt = r.sender[1]
    human = (
        "This is the mail system at host mx.sanyabluebay.com.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n"
        f"<{rcpt}>: host mailstore2.sanyabluebay.com[10.2.0.14] said: 552 5.2.2\n    Mailbox full: quota exceeded (in reply to RCPT TO command)\n"
    )
    status = (
        "Reporting-MTA: dns; mx.sanyabluebay.com\nX-Postfix-Queue-ID: 4Q" + r.h[:8] + "\n"
        f"Arrival-Date: {_date(r)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        "Action: failed\nStatus: 5.2.2\nRemote-MTA: dns; mailstore2.sanyabluebay.com\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded\n"
    )
    bnd = f"4Q{r.h[:8]}.{int(r.h[8:14], 16)}/mx.sanyabluebay.com"
    hs = [
        "From: MAILER-DAEMON@mx.sanyabluebay.com (Mail Delivery System)",
        "To: ar@example.cn",
        "Subject: Undelivered Mail Returned to Sender",
        f"Date: {_date(r)}",
        f"Message-Id: <20261203{r.h[:6]}.4Q{r.h[6:12]}@mx.sanyabluebay.com>",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]
    parts = [
        b"Content-Description: Notification\r\n" + part("text/plain", "us-ascii", "7bit", human),
        b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
        b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r).encode(),
    ]
    body = multipart("report; report-type=delivery-status", bnd, parts)
    return _head(hs) + body


def exchange_tw_ndr(r: Reply) -> bytes:
    """An Exchange Online NDR with zh-TW words (the recipient's mailbox was removed)."""
    rcpt = r.sender[1]
    text = (
        f"您的郵件無法傳遞給 {rcpt}，因為找不到該電子郵件地址。請檢查收件者的電子郵件地址並嘗試重新傳送郵件。\n\n"
        "如果問題持續發生，請連絡您的技術支援人員。\n\n系統管理員的診斷資訊：\n\n"
        "產生伺服器：TYZPR03MB7xxx.apcprd03.prod.outlook.com\n"
        f"{rcpt}\nRemote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n"
    )
    status = (
        f"Reporting-MTA: dns;TYZPR03MB7{r.h[:3]}.apcprd03.prod.outlook.com\nReceived-From-MTA: dns;mail.example.cn\n"
        f"Arrival-Date: {_date(r, True)}\n\nFinal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.10\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n"
    )
    bnd = f"_000_{r.h[:32]}_"
    hs = [
        "From: Microsoft Outlook <MAILER-DAEMON@chlunbike.com.tw>",
        "To: ar@example.cn",
        f"Subject: {enc_word('無法傳遞: ' + SUBJECT[r.thread])}",
        f"Date: {_date(r, True)}",
        f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}@TYZPR03MB7{r.h[16:19]}.apcprd03.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ",
        "Content-Language: zh-TW",
        "MIME-Version: 1.0",
    ]
    parts = [
        part("text/plain", "utf-8", "base64", text),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
        b"Content-Type: message/rfc822\r\n\r\n" + (_orig_headers(r) + "\r\n(body omitted)\r\n").encode(),
    ]
    return _head(hs) + multipart("report; report-type=delivery-status", bnd, parts)


def coremail_tuixin(r: Reply) -> bytes:
    """A 163/Coremail 系统退信 without a delivery-status part."""
    text = (
        f"很抱歉您的邮件被退回。\n\n- 收件人：{r.sender[1]}\n- 退信原因：收件人邮箱已被冻结或停用（550 User suspended）\n"
        f"- 原邮件主题：{SUBJECT[r.thread]}\n- 发送时间：{r.sent:%Y-%m-%d %H:%M:%S}\n\n"
        "建议解决方案：请确认收件人地址是否正确，或通过其他方式联系收件人。\n\n网易邮箱"
    )
    hs = [
        f"From: {enc_word('系统退信')} <postmaster@126.com>",
        "To: ar@example.cn",
        f"Subject: {enc_word('系统退信')}",
        f"Date: {_date(r)} (CST)",
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.bounce@126.com>",
        "X-Coremail-Antispam: 1Uf129KBjvJXoW7KF4UJF1xXw45uw17Ar",
        "MIME-Version: 1.0",
    ]
    html = "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    return _head(hs) + multipart("alternative", f"----=_Part_{r.h[:6]}", [part("text/plain", "GBK", "base64", text), part("text/html", "GBK", "base64", html)])


def _oof(r: Reply, subject: str, text: str, extra: list[str], charset: str = "utf-8", utc: bool = True) -> bytes:
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


EXCH = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"]


def oof_zh(r: Reply) -> bytes:
    text = "您好，我于12月3日至12月6日在合肥参加展会，期间邮件回复可能不及时。付款、发票相关事宜请联系财务共享服务中心 fssc@zhibi-auto.com。\n\n马骏"
    return _oof(r, "自动答复: " + SUBJECT[r.thread], text, [f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender[1]}", *EXCH])


def oof_tw_bare(r: Reply) -> bytes:
    """A zh-TW Outlook rule reply: no Auto-Submitted, only the Exchange suppress header."""
    text = "您好：本人於 12/3（四）至 12/8（二）休假，期間不便收信。帳款問題請洽會計部 蔡小姐 04-7612358 分機 215，謝謝。\n\n陳建宏"
    return _oof(r, "自動回覆: " + SUBJECT[r.thread], text, ["X-Auto-Response-Suppress: All"])


def oof_en(r: Reply) -> bytes:
    text = (
        "Thank you for your email. I am out of the office until Monday 7th December with limited access to email.\n"
        "For payment queries please contact ap@leemedtech.ie; for anything urgent ring reception on +353 21 435 8800.\n\nAoife Byrne"
    )
    return _oof(r, "Automatic reply: " + SUBJECT[r.thread], text, [f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender[1]}", *EXCH])


def oof_no(r: Reply) -> bytes:
    text = (
        "Jeg er på juleferie og tilbake 04.01.2027. Faktura og betaling: regnskap@nordkapp-havbruk.no.\n\n"
        "I am on Christmas holiday and back 04.01.2027. Invoices and payments: regnskap@nordkapp-havbruk.no.\n\nEirik Johansen"
    )
    return _oof(r, "Automatisk svar: " + SUBJECT[r.thread], text, [f"X-MS-Exchange-Inbox-Rules-Loop: {r.sender[1]}", *EXCH])


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
    sent = r.sent.astimezone(UTC)
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
        b"Content-Type: text/plain; charset=us-ascii\r\nContent-Transfer-Encoding: 7bit\r\n\r\n" + human.encode(),
        b"Content-Type: message/disposition-notification\r\n\r\n" + disp.encode(),
    ]
    return _head(hs) + multipart("report; report-type=disposition-notification", f"_002_{r.h[:30]}_", parts)


def mdn_163(r: Reply) -> bytes:
    """A 163 已读回执: HTML notice plus a disposition part."""
    sent = r.sent
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
    parts = [part("text/plain", "GBK", "base64", text), b"Content-Type: message/disposition-notification\r\n\r\n" + disp.encode()]
    return _head(hs) + multipart("report; report-type=disposition-notification", f"----=_Part_{r.h[:8]}", parts)


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
    return _oof(r, "自动回复：" + SUBJECT[r.thread], text, ["Auto-Submitted: auto-replied", "X-Mailer: Alimail-Mailagent revision 2546561"], utc=False)


U_MACHINE: list[tuple] = [
    ("olen", "bounce", None, "SES JSON bounce", o("ka", ("Patrick Okello", "p.okello@sunbrite.co.ug"), 2, raw=ses_json, note="SNS e-mail subscription: the bounce is JSON in text/plain")),
    ("olzhcn", "bounce", None, "gateway delay words", o("nd", ("郑伟", "zheng.wei@ldpack-nd.com"), 1, raw=delay_words, note="a delay (4.7.1) in the gateway's own words, no DSN part")),
    ("olen", "bounce", None, "sympa reject", o("co", ("finance-ap", "finance-ap@lists.leemedtech.ie"), 2, raw=sympa_reject)),
    ("olzhcn", "bounce", None, "postfix mailbox full", o("sy", ("符小梅", "fu.xm@sanyabluebay.com"), 1, raw=postfix_full)),
    ("olzhtw", "bounce", None, "exchange zh-TW NDR", o("ch2", ("林志明", "cm.lin@chlunbike.com.tw"), 8, raw=exchange_tw_ndr)),
    ("olzhcn", "bounce", None, "126 tuixin", o("zg2", ("会计", "zgcd_kj@126.com"), 8, raw=coremail_tuixin)),
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
