"""Held-out set V's machine mail: bounces, delays, out-of-office, receipts, a ticket, a newsletter.

Each is written byte by byte as its sender's software writes it (/work/shared/MAIL-CLIENTS.md,
the public bounce corpora's forms): Postfix and Exchange DSNs, a Coremail 系统退信 and a
gateway's Chinese delay notice without a delivery-status part, Exchange OOF in zh-CN, zh-TW and
en, QQ's HTML-only vacation reply, a 163 auto-reply without any auto header, Alimail's and
iCloud's, an Outlook 已读 receipt and a Thunderbird return receipt, a shared-services ticket
acknowledgement and a GB18030 bulk newsletter. The entries ride ``opts["raw"]``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from email.utils import format_datetime

import heldout_c_threads_v  # noqa: F401  (registers the threads)
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT

SHA, TPE, NYC = "Asia/Shanghai", "Asia/Taipei", "America/New_York"
SIN, HBA = "Asia/Singapore", "Australia/Hobart"
OUR = "ar@example.cn"


def _date(r: Reply, utc: bool = False) -> str:
    d = format_datetime(r.when.astimezone(UTC) if utc else r.when)
    return d.replace("-0000", "+0000")


def _orig_headers(r: Reply, to: str) -> str:
    sent: datetime = r.sent
    return (
        f"From: {enc_word('示例科技 应收账款')} <{OUR}>\r\n"
        f"To: {to}\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
        f"Date: {format_datetime(sent)}\r\nMessage-ID: {r.ck_id}\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="=-ck"\r\n'
    )


def _msg(headers: list[str], body: bytes) -> bytes:
    return ("\r\n".join([*headers, "MIME-Version: 1.0"]) + "\r\n").encode() + body


def _dsn(r: Reply, mta: str, rcpt: str, action: str, status: str, diag: str, text: str,
         subject: str, sender: str, extra: list[str] | None = None) -> bytes:  # fmt: skip
    bnd = f"{r.h[:10]}.{int(r.when.timestamp())}/{mta}"
    report = (
        f"Reporting-MTA: dns; {mta}\r\nX-Postfix-Queue-ID: {r.h[:10]}\r\n"
        f"Arrival-Date: {format_datetime(r.sent)}\r\n\r\n"
        f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\nAction: {action}\r\n"
        f"Status: {status}\r\nDiagnostic-Code: smtp; {diag}\r\n"
    )
    if action == "delayed":
        report += (
            "Will-Retry-Until: " + format_datetime(r.when.replace(day=r.when.day + 4)) + "\r\n"
        )
    parts = [
        part("text/plain", "us-ascii", "7bit", text, extra="").replace(
            b"charset=us-ascii", b"charset=us-ascii\r\nContent-Description: Notification"
        ),
        b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        + report.encode(),
        b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + _orig_headers(r, rcpt).encode(),
    ]
    body = multipart("report; report-type=delivery-status", bnd, parts)
    hs = [
        "Return-Path: <>",
        f"From: {sender}",
        f"To: {OUR}",
        f"Subject: {subject}",
        f"Date: {_date(r)}",
        f"Message-ID: <{r.h[:14]}@{mta}>",
        "Auto-Submitted: auto-replied",
        *(extra or []),
    ]
    return _msg(hs, body)


def postfix_unknown(r: Reply) -> bytes:
    rcpt = "yiqian@jinyan-fw.com"
    text = (
        "This is the mail system at host mail.example.cn.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        f"<{rcpt}>: host mx.jinyan-fw.com[121.40.18.77] said: 550 5.1.1\n    <{rcpt}>: Recipient address rejected: User unknown in\n"
        "    virtual mailbox table (in reply to RCPT TO command)"
    )
    return _dsn(r, "mail.example.cn", rcpt, "failed", "5.1.1",
                f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table", text,
                "Undelivered Mail Returned to Sender", "MAILER-DAEMON@mail.example.cn (Mail Delivery System)")  # fmt: skip


def postfix_delay(r: Reply) -> bytes:
    rcpt = "weiming.tan@straitsmf.com.sg"
    text = (
        "This is the mail system at host mail.example.cn.\n\n####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\n"
        "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
        "For further assistance, please send mail to postmaster.\n\n                   The mail system\n\n"
        f"<{rcpt}>: connect to straitsmf-com-sg.mail.protection.outlook.com[52.101.132.8]:25:\n    Connection timed out"
    )
    return _dsn(r, "mail.example.cn", rcpt, "delayed", "4.4.1", "connect to straitsmf-com-sg.mail.protection.outlook.com: Connection timed out",
                text, "Delayed Mail (still being retried)", "MAILER-DAEMON@mail.example.cn (Mail Delivery System)")  # fmt: skip


def exchange_full(r: Reply) -> bytes:
    rcpt = "ray@tidewaterhome.com"
    bnd = f"_{r.h[:8]}-{r.h[8:12]}_"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
        '<p><b><font color="#000066" size="3" face="Arial">Your message to ray@tidewaterhome.com couldn\'t be delivered.</font></b></p>'
        "<p>ray's mailbox is full.</p><p><b>Ray Caldwell</b><br>Office 365</p>"
        "<p><b>Action Required</b><br>Try again later, or contact the recipient by other means.</p>"
        "<p>Diagnostic information for administrators:</p><p>Generating server: BN8PR12MB3345.namprd12.prod.outlook.com<br>"
        "ray@tidewaterhome.com<br>Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
        "MapiExceptionShutoffQuotaExceeded'</p></body></html>"
    )
    report = (
        "Reporting-MTA: dns;BN8PR12MB3345.namprd12.prod.outlook.com\r\nReceived-From-MTA: dns;mail.example.cn\r\n"
        f"Arrival-Date: {format_datetime(r.sent.astimezone(UTC))}\r\n\r\n"
        f"Original-Recipient: rfc822;{rcpt}\r\nFinal-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.2.2\r\n"
        "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\r\n"
    )
    parts = [
        multipart("alternative", bnd + "alt", [part("text/html", "us-ascii", "7bit", html)]),
        b"Content-Type: message/delivery-status\r\n\r\n" + report.encode(),
        b"Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).encode(),
    ]
    body = multipart("report; report-type=delivery-status", bnd, parts)
    hs = [
        "From: postmaster@tidewaterhome.onmicrosoft.com",
        f"To: {OUR}",
        f"Subject: Undeliverable: {SUBJECT[r.thread]}",
        f"Date: {_date(r, True)}",
        f"Message-ID: <{r.h[:20]}@BN8PR12MB3345.namprd12.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Content-Language: en-US",
        "X-MS-Exchange-Generated-Message-Source: Mailbox Transport",
        "Auto-Submitted: auto-generated",
    ]
    return _msg(hs, body)


def coremail_nodsn(r: Reply) -> bytes:
    s = r.sent
    html = (
        '<html><head><meta charset="UTF-8"></head><body><div style="font-size:14px">'
        "<p><b>系统退信</b></p><p>您好！很抱歉，您于"
        f"{s:%Y年%m月%d日 %H:%M}发送的邮件未能成功投递到以下收件人：</p>"
        "<p>wuhm_old@jszxcy.com.cn</p><p>退信原因：收件人账号不存在（550 User not found: wuhm_old@jszxcy.com.cn）。</p>"
        f"<p>原邮件主题：{SUBJECT[r.thread]}</p><p>此邮件由系统自动发出，请勿直接回复。</p></div></body></html>"
    )
    hs = [
        f"From: {enc_word('系统管理员')} <postmaster@jszxcy.com.cn>",
        f"To: {OUR}",
        f"Subject: {enc_word('系统退信')}",
        f"Date: {_date(r)} (CST)",
        f"Message-ID: <{r.h[:12].lower()}.postmaster@jszxcy.com.cn>",
        "X-Mailer: Coremail Webmail Server Version XT6.0.3 build 20240716(b0f3e4c1)",
        "X-CM-TRANSID: AQAAfwD3_" + r.h[:16],
    ]
    return _msg(hs, part("text/html", "UTF-8", "base64", html))


def gateway_delay_zh(r: Reply) -> bytes:
    s = r.sent
    text = (
        "投递延迟通知\n\n"
        f"您于 {s:%Y-%m-%d %H:%M} 发送给 mazhanggui@longyuan-sy.com 的邮件暂时未能投递。\n"
        "原因：对方邮件服务器暂时无法连接（421 4.4.0 Service not available）。\n"
        "系统将继续尝试投递，最长72小时。在此期间您无需重新发送。\n"
        "如72小时后仍无法投递，系统将另行发送退信通知。\n\n"
        f"邮件主题：{SUBJECT[r.thread]}\n\n此邮件由系统自动发出，请勿回复。"
    )
    hs = [
        f"From: {enc_word('邮件系统')} <postmaster@mail.example.cn>",
        f"To: {OUR}",
        f"Subject: {enc_word('邮件延迟投递通知')}",
        f"Date: {_date(r)}",
        f"Message-ID: <delay.{r.h[:12].lower()}@mail.example.cn>",
    ]
    return _msg(hs, part("text/plain", "UTF-8", "base64", text))


def _oof(r: Reply, frm: str, prefix: str, text: str, lang: str, cs: str = "utf-8") -> bytes:
    bnd = f"_000_{r.h[:32]}_"
    html = (
        "<html><body>"
        + "".join(f"<p>{ln or '&nbsp;'}</p>" for ln in text.split("\n"))
        + "</body></html>"
    )
    body = multipart(
        "alternative",
        bnd,
        [part("text/plain", cs, "base64", text), part("text/html", cs, "base64", html)],
    )
    hs = [
        f"From: {frm}",
        f"To: {enc_word('示例科技 应收账款')} <{OUR}>",
        f"Subject: {enc_word(prefix + SUBJECT[r.thread], cs)}",
        f"Date: {_date(r, True)}",
        f"Message-ID: <{r.h[:24]}@SEYPR06MB{r.h[24:28]}.apcprd06.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        f"Thread-Topic: {enc_word(SUBJECT[r.thread])}",
        f"Content-Language: {lang}",
        "X-MS-Has-Attach: ",
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        f"X-MS-Exchange-Inbox-Rules-Loop: {frm.split('<')[-1].rstrip('>')}",
        "Return-Path: <>",
    ]
    return _msg(hs, body)


def oof_zh(r: Reply) -> bytes:
    text = (
        "您好，\n\n我于12月7日至12月11日休假，期间不能及时回复邮件。\n"
        "付款相关事宜请联系出纳易小姐（0731-83612255），紧急事项请致电13875123368。\n\n彭丽华\n浏阳市金焰花炮制造有限公司 财务部"
    )
    return _oof(r, f"{enc_word('彭丽华')} <penglh@jinyan-fw.com>", "自动答复: ", text, "zh-CN")


def oof_tw(r: Reply) -> bytes:
    text = (
        "您好：\n\n我目前休假中，將於12月14日（一）返回辦公室，期間無法即時回覆郵件。\n"
        "請款與付款事宜請洽吳佩珊小姐 ps.wu@yuanshun-soy.com.tw，謝謝。\n\n陳怡君\n源順醬園股份有限公司 會計部"
    )
    return _oof(
        r, f"{enc_word('陳怡君')} <yichun.chen@yuanshun-soy.com.tw>", "自動回覆: ", text, "zh-TW"
    )


def oof_en(r: Reply) -> bytes:
    text = (
        "Thank you for your email. I am out of the office until Monday 12/7 with limited access to email.\n"
        "For payment status inquiries please contact ap-team@tidewaterhome.com; invoices can be sent to invoices@tidewaterhome.com.\n\n"
        "Denise Harper\nAccounts Payable | Tidewater Home Furnishings\nSavannah, GA"
    )
    return _oof(r, "Denise Harper <ap@tidewaterhome.com>", "Automatic reply: ", text, "en-US")


def qq_vacation(r: Reply) -> bytes:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
        "<div>这是来自QQ邮箱的假期自动回复邮件。<br><br>您好，我这几天在外地考察学习，邮件不能及时回复。"
        "付款和发票的事情请联系财务吕会计，电话010-67483392。谢谢！</div></body></html>"
    )
    hs = [
        f'From: "{enc_word("韩院长", "gb18030")}" <2095573318@qq.com>',
        f"To: {OUR}",
        f"Subject: {enc_word('自动回复: ' + SUBJECT[r.thread], 'gb18030')}",
        f"Date: {_date(r)}",
        f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
    ]
    return _msg(hs, part("text/html", "gb18030", "base64", html))


def n163_auto(r: Reply) -> bytes:
    text = "您好，您的来信已收到。本人12月份在济南参加财务培训，月底返回，期间邮件查看不及时。付款相关事宜请致电财务部0536-5276618。\n\n孙丽娟"
    hs = [
        f"From: {enc_word('孙丽娟', 'GBK')} <sunlj_lh@163.com>",
        f"To: {OUR}",
        f"Subject: {enc_word('自动回复：' + SUBJECT[r.thread], 'GBK')}",
        f"Date: {_date(r)} (CST)",
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.{r.h[12:23].lower()}.Coremail.sunlj_lh@163.com>",
        "X-Coremail-Locale: zh_CN",
        f"X-CM-TRANSID: {r.h[:20]}_{r.h[20:28].lower()}--.{r.h[28:34]}",
    ]
    return _msg(hs, part("text/plain", "GBK", "base64", text))


def alimail_auto(r: Reply) -> bytes:
    text = "您好，邮件已收到。本人12月9日至12月13日请假，付款事宜请联系出纳陈女士（chuwei_cn@126.com），谢谢！\n\n邓会计"
    hs = [
        f"From: {enc_word('邓会计')} <dengkj@chuwei-food.com>",
        f"To: {OUR}",
        f"Subject: {enc_word('自动回复：' + SUBJECT[r.thread])}",
        f"Date: {_date(r)}",
        f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-auto.dengkj@chuwei-food.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Mailer: [Alimail-Mailagent revision 2546561][W4_6173578][AUTOREPLY]",
    ]
    return _msg(hs, part("text/plain", "UTF-8", "quoted-printable", text))


def icloud_vacation(r: Reply) -> bytes:
    text = "我正在成都布展，12月6日前回复可能不及时，急事请打电话。\nI'm at an exhibition in Chengdu until 6 Dec, replies may be slow.\n\nKevin 陆凯文"
    hs = [
        f"From: {enc_word('陆凯文')} <kevin.lu@icloud.com>",
        f"To: {OUR}",
        f"Subject: {enc_word('Auto reply: ' + SUBJECT[r.thread])}",
        f"Date: {_date(r)}",
        f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}@icloud.com>",
        f"In-Reply-To: {r.ck_id}",
        "X-Apple-Action: VACATION",
    ]
    return _msg(hs, part("text/plain", "utf-8", "quoted-printable", text))


def _mdn(r: Reply, frm: str, subject: str, text: str, rcpt: str, ua: str, disp: str, utc: bool,
         cs: str = "utf-8") -> bytes:  # fmt: skip
    bnd = f"----=_MDN_{r.h[:16]}"
    report = (
        f"Reporting-UA: {ua}\r\nFinal-Recipient: rfc822;{rcpt}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
        f"Disposition: {disp}\r\n"
    )
    parts = [
        part("text/plain", cs, "base64", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + report.encode(),
    ]
    body = multipart("report; report-type=disposition-notification", bnd, parts)
    hs = [
        f"From: {frm}",
        f"To: {OUR}",
        f"Subject: {subject}",
        f"Date: {_date(r, utc)}",
        f"Message-ID: <{r.h[:20]}@mdn.{rcpt.split('@')[1]}>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
    ]
    return _msg(hs, body)


def mdn_outlook_zh(r: Reply) -> bytes:
    s = r.sent.astimezone(UTC)
    w = r.when
    text = (
        f"您的邮件\n\n    收件人: 于长海\n    主题: {SUBJECT[r.thread]}\n    发送时间: {s:%Y/%m/%d} {s.hour}:{s:%M}\n\n"
        f"已于 {w:%Y/%m/%d} {w.hour}:{w:%M} 读取。"
    )
    subject = enc_word("已读: " + SUBJECT[r.thread], "gb2312")
    return _mdn(r, f"{enc_word('于长海', 'gb2312')} <yuch@hongcheng-auto.com>", subject, text, "yuch@hongcheng-auto.com",
                "Microsoft Outlook 16.0", "automatic-action/MDN-sent-automatically; displayed", True, "gb2312")  # fmt: skip


def mdn_thunderbird(r: Reply) -> bytes:
    text = (
        "This is a Return Receipt for the mail that you sent to markus.klein@kessler-antrieb.com.\n\n"
        "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
        "There is no guarantee that the recipient has read or understood the message contents."
    )
    subject = enc_word("Return Receipt (displayed) - " + SUBJECT[r.thread])
    return _mdn(r, "Markus Klein <markus.klein@kessler-antrieb.com>", subject, text, "markus.klein@kessler-antrieb.com",
                "Mozilla Thunderbird", "manual-action/MDN-sent-manually; displayed", False)  # fmt: skip


def ticket_ack(r: Reply) -> bytes:
    text = (
        "Dear Sender,\n\nThank you for contacting Kessler Accounts Payable Shared Services (Asia).\n"
        "Your e-mail has been logged under ticket AP-CN-118274. Our standard response time is 3 business days.\n"
        "For payment status inquiries, please always quote the invoice number and the PO number.\n\n"
        "This is an automated message. Please do not reply to this e-mail.\n\nKessler AP Shared Services | Taicang · Nürnberg"
    )
    hs = [
        "From: Kessler AP Service Desk <apservice@kessler-antrieb.com>",
        f"To: {OUR}",
        f"Subject: {enc_word('[AP-CN-118274] RE: ' + SUBJECT[r.thread])}",
        f"Date: {_date(r)}",
        f"Message-ID: <ticket.118274.{r.h[:10].lower()}@servicedesk.kessler-antrieb.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Auto-Response-Suppress: All",
    ]
    return _msg(hs, part("text/plain", "utf-8", "quoted-printable", text))


def newsletter(r: Reply) -> bytes:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
        '<table width="640" align="center"><tr><td><h2>会展周刊 · 第48期</h2>'
        "<p><b>年底回款季：展商尾款如何催收？</b></p>"
        "<p>临近年底，不少主办方反映展商尾款逾期未付。本期我们整理了付款提醒、催款函和对账的实用模板，"
        "并邀请律师解读逾期付款违约金的约定方式。</p>"
        "<p>· 2027年上半年全国展会排期表已发布<br>· 数电发票全面推行后，展位费开票注意事项</p>"
        '<p style="font-size:12px;color:#999">您收到此邮件是因为您订阅了会展周刊。'
        '<a href="https://news.cn-expo-weekly.com/unsubscribe?u=ar%40example.cn">退订</a></p>'
        "</td></tr></table></body></html>"
    )
    hs = [
        f"From: {enc_word('会展周刊', 'gb18030')} <news@cn-expo-weekly.com>",
        f"To: {OUR}",
        f"Subject: {enc_word('会展周刊｜年底回款季：展商尾款如何催收？', 'gb18030')}",
        f"Date: {_date(r)}",
        f"Message-ID: <20261203.{r.h[:12].lower()}@edm.cn-expo-weekly.com>",
        "Precedence: bulk",
        "List-Id: <weekly.cn-expo-weekly.com>",
        "List-Unsubscribe: <https://news.cn-expo-weekly.com/unsubscribe?u=ar%40example.cn>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "X-Mailer: EDM Sender 3.2",
    ]
    return _msg(hs, part("text/html", "gb18030", "base64", html))


def _m(style: str, kind: str, thread: str, raw, tz: str, day: date, note: str, **o: object) -> tuple:  # fmt: skip
    opts = {"thread": thread, "tz": tz, "day": day, "raw": raw, "danger": True, "note": note, **o}
    return (style, kind, None, note, opts)


MACHINE_V = [
    _m("olzhcn", "bounce", "v_ly2", postfix_unknown, SHA, date(2026, 12, 3), "Postfix DSN 5.1.1, departed cashier", stage="second", seq=2),
    _m("coremail", "bounce", "v_zj", coremail_nodsn, SHA, date(2026, 12, 2), "Coremail 系统退信 without a delivery-status part"),
    _m("olen", "bounce", "v_sav", exchange_full, NYC, date(2026, 12, 8), "Exchange Online NDR 5.2.2 mailbox full"),
    _m("owaen", "bounce", "v_sgp", postfix_delay, SIN, date(2026, 12, 2), "delay warning, not permanent"),
    _m("coremail", "bounce", "v_dx", gateway_delay_zh, SHA, date(2026, 12, 3), "delay notice in Chinese without a DSN part, not permanent"),
    _m("olzhcn", "auto_reply", "v_ly", oof_zh, SHA, date(2026, 12, 7), "Exchange OOF zh-CN naming 付款 and dates"),
    _m("olzhtw", "auto_reply", "v_yl", oof_tw, TPE, date(2026, 12, 8), "Exchange OOF zh-TW naming 請款與付款"),
    _m("olen", "auto_reply", "v_sav", oof_en, NYC, date(2026, 12, 2), "Exchange OOF en, 12/7"),
    _m("qqhtml", "auto_reply", "v_bj", qq_vacation, SHA, date(2026, 12, 10), "QQ vacation reply, HTML only, no threading header"),
    _m("n163", "auto_reply", "v_sg", n163_auto, SHA, date(2026, 12, 2), "163 auto-reply without any auto header"),
    _m("alimail", "auto_reply", "v_qj", alimail_auto, SHA, date(2026, 12, 9), "Alimail auto-reply naming 付款"),
    _m("applezh", "auto_reply", "v_sh", icloud_vacation, SHA, date(2026, 12, 2), "iCloud VACATION, zh and en"),
    _m("olzhcn", "auto_reply", "v_cc", mdn_outlook_zh, SHA, date(2026, 12, 2), "Outlook read receipt 已读:"),
    _m("tben", "auto_reply", "v_tc", mdn_thunderbird, SHA, date(2026, 12, 2), "Thunderbird return receipt"),
    _m("exmailen", "auto_reply", "v_tc", ticket_ack, SHA, date(2026, 12, 3), "AP shared-services ticket acknowledgement"),
    _m("qqhtml", "other", "v_sh", newsletter, SHA, date(2026, 12, 3), "bulk newsletter about 尾款/付款 (machine, not a person); other by the bulk-mail convention of labels.yaml (was auto_reply)", known=False),
]  # fmt: skip
