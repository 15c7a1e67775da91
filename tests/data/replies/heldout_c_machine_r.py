"""Set R's machine mail: bounces, delays, auto-replies, receipts, a ticket ack, a newsletter.

Forms chosen to be new or rare in earlier sets: an Amazon SES bounce delivered as an SNS
e-mail notification (JSON only), a Chinese gateway's delay notice in its own words (no DSN
part), a Sympa list manager's rejection, an English OOF without Auto-Submitted, Exchange OOF
in zh-CN and zh-TW, a QQ vacation reply (HTML only), an Outlook 已读 receipt, a Freshdesk
ticket acknowledgement, a GB18030 HTML newsletter, a Postfix DSN (mailbox full), an Exchange
NDR, an iCloud VACATION reply and a 163 auto-reply with no marking header.
Each ``raw(r)`` builds the bytes from the reply ``r`` (its thread, sender and time).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, timedelta
from email.utils import format_datetime

from heldout_c_mime import Reply, addr, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_r import o

Raw = Callable[[Reply], bytes]


def _date(r: Reply, utc: bool = False) -> str:
    d = format_datetime(r.when.astimezone(UTC) if utc else r.when)
    return d.replace("-0000", "+0000")


def _msg(headers: list[str], body: bytes) -> bytes:
    return ("\r\n".join(headers) + "\r\n").encode() + body


def _orig_headers(r: Reply) -> str:
    """Our reminder's headers as a bounce quotes them."""
    return (
        f"From: =?utf-8?B?56S65L6L56eR5oqAIOW6lOaUtui0puasvg==?= <ar@example.cn>\r\n"
        f"To: {r.sender[1]}\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
        f"Date: {format_datetime(r.sent)}\r\nMessage-ID: {r.ck_id}\r\n"
    )


def ses_json(r: Reply) -> bytes:
    note = {
        "notificationType": "Bounce",
        "bounce": {
            "feedbackId": f"0100018c{r.h[:8].lower()}-{r.h[8:16].lower()}-000000",
            "bounceType": "Permanent",
            "bounceSubType": "General",
            "bouncedRecipients": [
                {
                    "emailAddress": r.sender[1],
                    "action": "failed",
                    "status": "5.1.1",
                    "diagnosticCode": "smtp; 550 5.1.1 <"
                    + r.sender[1]
                    + ">: Recipient address rejected: User unknown",
                }
            ],  # fmt: skip
            "timestamp": r.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "reportingMTA": "dns; a8-31.smtp-out.amazonses.com",
        },
        "mail": {
            "timestamp": r.sent.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "source": "ar@example.cn",
            "messageId": f"0100018c{r.h[16:24].lower()}-{r.h[24:32].lower()}-000000",
            "destination": [r.sender[1]],
            "headersTruncated": False,
            "commonHeaders": {
                "from": ["ar@example.cn"],
                "to": [r.sender[1]],
                "messageId": r.ck_id,
                "subject": SUBJECT[r.thread],
            },  # fmt: skip
        },
    }
    text = json.dumps(note, ensure_ascii=False)
    tail = (
        "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below "
        "to unsubscribe:\nhttps://sns.ap-southeast-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:"
        "ap-southeast-1:210987654321:ses-bounces:5e1f\n\nPlease do not reply directly to this email. If you have "
        "any questions or comments regarding this email, please contact us at https://aws.amazon.com/support"
    )
    return _msg([
        "From: AWS Notifications <no-reply@sns.amazonaws.com>",
        "To: ar@example.cn",
        "Subject: AWS Notification Message",
        f"Date: {_date(r, True)}",
        f"Message-ID: <0100018c{r.h[:24].lower()}-000000@ap-southeast-1.amazonses.com>",
        "x-amz-sns-message-id: " + f"{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}-{r.h[16:20].lower()}-{r.h[20:32].lower()}",
        "x-amz-sns-subscription-arn: arn:aws:sns:ap-southeast-1:210987654321:ses-bounces:5e1f",
        "MIME-Version: 1.0",
    ], part("text/plain", "UTF-8", "7bit", text + tail))  # fmt: skip


def zh_delay(r: Reply) -> bytes:
    text = (
        f"您好：\n\n您于 {r.sent:%Y-%m-%d %H:%M} 发往 {r.sender[1]} 的邮件暂时未能送达。\n"
        f"主题：{SUBJECT[r.thread]}\n\n对方服务器暂时拒绝接收（451 4.7.1 Greylisted, please try again later），"
        "系统会在后台继续重新投递，最长重试48小时，您暂时无需重新发送。\n若48小时后仍未成功，系统将另行通知您。\n\n"
        "—— 东疆邮件网关（此邮件为系统自动发出，请勿回复）"
    )
    return _msg([
        f"From: {addr('邮件网关', 'postmaster@mailgw.dj-bonded.com')}",
        "To: ar@example.cn",
        f"Subject: {enc_word('邮件延迟投递通知（系统仍在重试）')}",
        f"Date: {_date(r)}",
        f"Message-ID: <delay.{r.h[:16].lower()}@mailgw.dj-bonded.com>",
        "MIME-Version: 1.0",
    ], part("text/plain", "utf-8", "base64", text))  # fmt: skip


def sympa_reject(r: Reply) -> bytes:
    text = (
        "Your message for list ap-invoices@lists.kestrel-test.com.my has been rejected.\n"
        "The message was sent to the list by a non-subscriber and the list is restricted to subscribers.\n\n"
        f"Subject of the rejected message: {SUBJECT[r.thread]}\n\n"
        "If you think this is an error, please contact the list owner: ap-invoices-request@lists.kestrel-test.com.my\n\n"
        "--\nSympa list manager"
    )
    return _msg([
        "From: SYMPA <sympa@lists.kestrel-test.com.my>",
        "To: ar@example.cn",
        "Subject: Message distribution: Authorization denied",
        f"Date: {_date(r)}",
        f"Message-Id: <sympa.{int(r.h[:8], 16)}.{r.n}.reject@lists.kestrel-test.com.my>",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Loop: sympa@lists.kestrel-test.com.my",
        "MIME-Version: 1.0",
    ], part("text/plain", "utf-8", "8bit", text))  # fmt: skip


def oof_plain(r: Reply) -> bytes:
    text = (
        "Labdien! Hello,\n\nI am on vacation until 04.01.2027 with limited access to e-mail. "
        "For invoices and payments please write to finance@baltrail.lv, for operations dispatch@baltrail.lv.\n\n"
        "Jānis Ozols\nHead of Finance, Baltrail Logistics SIA\n+371 6700 1122"
    )
    return _msg([
        f"From: {addr(r.sender[0], r.sender[1])}",
        "To: ar@example.cn",
        "Subject: =?UTF-8?Q?Prom=C4=81t=C4=81:_Out_of_office?=",
        f"Date: {_date(r)}",
        f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}@baltrail.lv>",
        f"In-Reply-To: {r.ck_id}",
        "User-Agent: Roundcube Webmail/1.6.6",
        "MIME-Version: 1.0",
    ], part("text/plain", "UTF-8", "quoted-printable", text))  # fmt: skip


def _exchange_oof(r: Reply, prefix: str, text: str, cs: str, lang: str) -> bytes:
    return _msg([
        f"From: {addr(r.sender[0], r.sender[1])}",
        f"To: {addr('示例科技 应收账款', 'ar@example.cn')}",
        f"Subject: {enc_word(prefix + SUBJECT[r.thread])}",
        f"Thread-Topic: {enc_word(SUBJECT[r.thread])}",
        f"Thread-Index: Ad{r.h[:22]}==",
        f"Date: {_date(r, True)}",
        f"Message-ID: <{r.h[:32].lower()}@{r.sender[1].split('@')[1]}>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        f"Content-Language: {lang}",
        "X-MS-Has-Attach: ",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: " + r.sender[1],
        "Auto-Submitted: auto-generated",
        "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
        "MIME-Version: 1.0",
    ], part("text/plain", cs, "base64", text))  # fmt: skip


def oof_zh(r: Reply) -> bytes:
    text = "您好，我于12月7日至12月11日休假，期间邮件无法及时回复。付款相关事宜请联系财务部吴倩（0756-333 8800），谢谢！\n\n梁嘉欣"
    return _exchange_oof(r, "自动答复: ", text, "utf-8", "zh-CN")


def oof_tw(r: Reply) -> bytes:
    text = "您好：本人於12/3（四）至12/6（日）休假，期間不收信件。匯款、請款相關事宜請洽陳美玲 08-875-2361。謝謝！\n\n會計 蔡秀琴"
    return _exchange_oof(r, "自動回覆: ", text, "utf-8", "zh-TW")


def qq_vacation(r: Reply) -> bytes:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
        "<div>这是来自QQ邮箱的假期自动回复邮件。<br><br>您好，我最近出门看货，无法及时回复邮件。"
        "货款、对账的事请联系阮会计陈小姐 0754-8571 2290。</div></body></html>"
    )
    return _msg([
        f'From: "{enc_word(r.sender[0], "gb18030")}" <{r.sender[1]}>',
        f'To: "{enc_word("示例科技 应收账款", "gb18030")}" <ar@example.cn>',
        f"Subject: {enc_word('自动回复: ' + SUBJECT[r.thread], 'gb18030')}",
        f"Date: {_date(r)}",
        f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "X-Mailer: QQMail 2.x",
        "X-QQ-Mailer: QQMail 2.x",
        "MIME-Version: 1.0",
    ], part("text/html", "gb18030", "base64", html))  # fmt: skip


def mdn_read(r: Reply) -> bytes:
    human = (
        f"您的邮件\n\n    收件人: {r.sender[0]}\n    主题: {SUBJECT[r.thread]}\n"
        f"    发送时间: {r.sent.year}/{r.sent.month}/{r.sent.day} {r.sent:%H:%M}\n\n"
        f"已于 {r.when.year}/{r.when.month}/{r.when.day} {r.when:%H:%M} 读取。"
    )
    report = (
        "Content-Type: message/disposition-notification\r\n\r\n"
        "Reporting-UA: dj-bonded.com; Microsoft Outlook 16.0\r\n"
        f"Final-Recipient: rfc822;{r.sender[1]}\r\n"
        f"Original-Message-ID: {r.ck_id}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    ).encode()
    body = multipart("report; report-type=disposition-notification", f"----=_MDN_{r.h[:16]}",
                     [part("text/plain", "utf-8", "base64", human), report])  # fmt: skip
    return _msg([
        f"From: {addr(r.sender[0], r.sender[1])}",
        "To: ar@example.cn",
        f"Subject: {enc_word('已读: ' + SUBJECT[r.thread])}",
        f"Date: {_date(r, True)}",
        f"Message-ID: <{r.h[:4].lower()}01db{r.h[4:8].lower()}${r.h[8:16].lower()}$@dj-bonded.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "X-Mailer: Microsoft Outlook 16.0",
        "MIME-Version: 1.0",
    ], body)  # fmt: skip


def freshdesk_ack(r: Reply) -> bytes:
    text = (
        "Hello,\n\nThank you for contacting Lone Star Wellsite Services Accounts Payable. Your request has been "
        "received and assigned ticket #48213. A member of our AP team will respond within 3-5 business days.\n\n"
        "Please note: payment status inquiries are answered in the order received. To check the status of an "
        "invoice, please log in to the Coupa Supplier Portal.\n\nThis is an automated message; replies to this "
        "address are added to your ticket.\n\nLone Star Wellsite Services AP Helpdesk"
    )
    return _msg([
        "From: Lone Star AP Helpdesk <support@lonestarwell.freshdesk.com>",
        "Reply-To: ap@lonestarwell.com",
        "To: ar@example.cn",
        f"Subject: Ticket Received - {SUBJECT[r.thread]}",
        f"Date: {_date(r, True)}",
        f"Message-ID: <{r.h[:20].lower()}.48213@lonestarwell.freshdesk.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Precedence: auto_reply",
        "X-FD-Email-Category: 2",
        "MIME-Version: 1.0",
    ], part("text/plain", "utf-8", "7bit", text))  # fmt: skip


def newsletter(r: Reply) -> bytes:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
        '<table width="600" align="center"><tr><td><h2>云啡烘焙 · 十二月会员通讯</h2>'
        "<p>云南新产季生豆已到店！保山小粒咖啡、普洱日晒批次限量上架。</p>"
        "<p>企业客户福利：12月15日前下单并完成付款，享95折；月结客户请于每月25日前付款，逾期将暂停配送。</p>"
        "<p>门店地址：昆明市五华区翠湖南路 · 订货热线 0871-6533 2088</p>"
        '<p style="font-size:11px;color:#999">您收到这封邮件是因为您订阅了云啡烘焙会员通讯。'
        '<a href="https://mail.yunfeiroast.cn/u?e=ar%40example.cn">退订</a></p></td></tr></table></body></html>'
    )
    return _msg([
        f"From: {addr('云啡烘焙', 'news@mail.yunfeiroast.cn', 'gb18030')}",
        "To: ar@example.cn",
        f"Subject: {enc_word('【云啡烘焙】新产季生豆到店，12月企业客户付款优惠', 'gb18030')}",
        f"Date: {_date(r)}",
        f"Message-ID: <{r.h[:12].lower()}.{r.n}@mail.yunfeiroast.cn>",
        "Precedence: bulk",
        "List-Unsubscribe: <https://mail.yunfeiroast.cn/u?e=ar%40example.cn>",
        "List-Id: <members.yunfeiroast.cn>",
        "MIME-Version: 1.0",
    ], part("text/html", "gb18030", "base64", html))  # fmt: skip


def postfix_full(r: Reply) -> bytes:
    host = "mx1.baltrail.lv"
    human = (
        f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        f"                   The mail system\n\n<{r.sender[1]}>: host 127.0.0.1[127.0.0.1] said: 552 5.2.2\n"
        "    Mailbox full - quota exceeded (in reply to end of DATA command)"
    )
    status = (
        "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; {host}\r\nArrival-Date: {format_datetime(r.when - timedelta(minutes=1))}\r\n\r\n"
        f"Final-Recipient: rfc822; {r.sender[1]}\r\nOriginal-Recipient: rfc822;{r.sender[1]}\r\n"
        "Action: failed\r\nStatus: 5.2.2\r\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full - quota exceeded\r\n"
    ).encode()
    orig = ("Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            + _orig_headers(r)).encode()  # fmt: skip
    body = multipart("report; report-type=delivery-status", f"{r.h[:12]}.{int(r.h[12:20], 16)}/{host}",
                     [part("text/plain", "us-ascii", "7bit", human), status, orig])  # fmt: skip
    return _msg([
        "From: MAILER-DAEMON@mx1.baltrail.lv (Mail Delivery System)",
        "To: ar@example.cn",
        "Subject: Undelivered Mail Returned to Sender",
        f"Date: {_date(r)}",
        f"Message-Id: <20261209{r.h[:10]}@{host}>",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ], body)  # fmt: skip


def exchange_ndr(r: Reply) -> bytes:
    human = (
        "Your message to " + r.sender[1] + " couldn't be delivered.\n\n"
        f"{r.sender[1].split('@')[0]} wasn't found at {r.sender[1].split('@')[1]}.\n\n"
        "Action Required: Recipient\nUnknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. "
        "Try one or more of the following: retype the recipient's address, then resend the message.\n\n"
        "Diagnostic information for administrators:\nGenerating server: AM9PR02MB7410.eurprd02.prod.outlook.com\n"
        f"{r.sender[1]}\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"
    )
    status = (
        "Content-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns;AM9PR02MB7410.eurprd02.prod.outlook.com\r\n"
        f"Received-From-MTA: dns;mail.example.cn\r\nArrival-Date: {format_datetime(r.sent)}\r\n\r\n"
        f"Final-Recipient: rfc822;{r.sender[1]}\r\nAction: failed\r\nStatus: 5.1.10\r\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n"
    ).encode()
    orig = ("Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r)).encode()
    body = multipart("report; report-type=delivery-status", f"_000_{r.h[:32]}_",
                     [part("text/plain", "us-ascii", "7bit", human), status, orig])  # fmt: skip
    return _msg([
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@zamzamtravel.sa>",
        "To: ar@example.cn",
        f"Subject: Undeliverable: {SUBJECT[r.thread]}",
        f"Date: {_date(r, True)}",
        f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@AM9PR02MB7410.eurprd02.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ",
        "MIME-Version: 1.0",
    ], body)  # fmt: skip


def icloud_vacation(r: Reply) -> bytes:
    text = "Thanks for your email. I'm away at the Whisky Show in London until Monday 7 December and will reply when I'm back.\n\nCallum Grant\nGlen Avonside Distillery"
    return _msg([
        f"From: {addr(r.sender[0], 'callum.grant@icloud.com')}",
        "To: ar@example.cn",
        f"Subject: Auto reply: {SUBJECT[r.thread]}",
        f"Date: {_date(r)}",
        f"Message-id: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}@me.com>",
        f"In-Reply-To: {r.ck_id}",
        "X-Apple-Action: VACATION",
        "MIME-Version: 1.0",
    ], part("text/plain", "us-ascii", "7bit", text))  # fmt: skip


def n163_auto(r: Reply) -> bytes:
    text = "您的来信已收到，谢谢！本人近期在冷库盘点，付款类邮件统一在每周四处理，急事请拨 139 4112 0815。\n\n孙丽娜"
    return _msg([
        f"From: {addr(r.sender[0], r.sender[1], 'GBK')}",
        "To: ar@example.cn",
        f"Subject: {enc_word('自动回复：' + SUBJECT[r.thread], 'GBK')}",
        f"Date: {_date(r)} (CST)",
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.{r.h[12:23].lower()}.Coremail.sunlina_jst@163.com>",
        f"In-Reply-To: {r.ck_id}",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)",
        "MIME-Version: 1.0",
    ], part("text/plain", "GBK", "base64", text, "\n"))  # fmt: skip


def _m(style: str, kind: str, fn: Raw, key: str, who: tuple[str, str], day: int, note: str,
       known: bool = True, danger: bool = False) -> tuple:  # fmt: skip
    opts = o(key, who, day, raw=fn, note=note, danger=danger)
    if not known:
        opts["known"] = False
    return (style, kind, None, f"[{fn.__name__}] {note}", opts)


# fmt: off
MACHINE: list[tuple] = [
    _m("olen", "bounce", ses_json, "r_penang", ("Ooi Mei Ling", "ml.ooi@kestrel-test.com.my"), 2, "SES bounce as an SNS e-mail, JSON only", known=False, danger=True),
    _m("owazh", "bounce", zh_delay, "r_tianjin", ("周伟", "zhouwei@dj-bonded.com"), 3, "worded delay notice, 4.7.1, no DSN part", known=False, danger=True),
    _m("olen", "bounce", sympa_reject, "r_penang", ("AP invoices", "ap-invoices@lists.kestrel-test.com.my"), 4, "Sympa list rejects a non-subscriber", known=False),
    _m("olen", "auto_reply", oof_plain, "r_riga", ("Jānis Ozols", "janis.ozols@baltrail.lv"), 14, "OOF without Auto-Submitted, an absence end date", danger=True),
    _m("owazh", "auto_reply", oof_zh, "r_zhuhai", ("梁嘉欣", "liangjx@jzcruiseport.com"), 7, "Exchange OOF zh-CN naming 付款"),
    _m("owazhtw", "auto_reply", oof_tw, "r_pingtung", ("鴻益水產 會計", "acct@hongyi-aqua.com.tw"), 3, "Exchange OOF zh-TW naming 匯款"),
    _m("qqweb", "auto_reply", qq_vacation, "r_shantou", ("林老板", "8815502316@qq.com"), 4, "QQ vacation, HTML only, no header"),
    _m("olzhcn", "auto_reply", mdn_read, "r_tianjin", ("周伟", "zhouwei@dj-bonded.com"), 2, "Outlook 已读 receipt (MDN)", danger=True),
    _m("olen", "auto_reply", freshdesk_ack, "r_houston", ("Lone Star AP Helpdesk", "support@lonestarwell.freshdesk.com"), 4, "helpdesk ticket ack, Precedence auto_reply only", known=False),
    _m("qqweb", "other", newsletter, "r_kunming", ("云啡烘焙", "news@mail.yunfeiroast.cn"), 8, "GB18030 HTML newsletter mentioning 付款", known=False, danger=True),
    _m("tben", "bounce", postfix_full, "r_riga", ("Ilze Bērziņa", "ilze.berzina@baltrail.lv"), 9, "Postfix DSN 5.2.2 mailbox full", known=False),
    _m("olen", "bounce", exchange_ndr, "r_jeddah", ("Yasser", "yasser.acc@zamzamtravel.sa"), 10, "Exchange Online NDR 5.1.10", known=False),
    _m("appleen", "auto_reply", icloud_vacation, "r_speyside", ("Callum Grant", "callum@glenavonside.co.uk"), 3, "iCloud VACATION, a return day named"),
    _m("n163", "auto_reply", n163_auto, "r_dalian", ("孙丽娜", "sunlina_jst@163.com"), 8, "163 auto-reply, no marking header, 付款类 on Thursdays", danger=True),
]
# fmt: on
