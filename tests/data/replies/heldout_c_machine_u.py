"""Held-out set U: the bounces of set U's reminders (written blind).

Bounces in forms not common before (an Amazon SES bounce notification delivered as JSON by
SNS, a gateway's delay warning in its own words without a delivery-status part, a Sympa list
manager's rejection, a Postfix DSN for a full mailbox, a zh-TW Exchange NDR, a Coremail 退信),
the rest in heldout_c_machine_u_auto.py. Each builder takes the machinery's ``Reply`` and
returns the bytes on the wire.
"""

from __future__ import annotations

import json
from datetime import UTC, date, timedelta
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_u import o

D = date


def _date(r: Reply, utc: bool = False) -> str:
    d = format_datetime(r.when.astimezone(UTC) if utc else r.when)
    return d.replace("-0000", "+0000")


def _orig_headers(r: Reply) -> str:
    """The headers of our reminder as a bounce returns them."""
    sent = (r.when - timedelta(minutes=7)).astimezone(UTC)  # an immediate bounce
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
    ).format(
        sent=f"{r.when - timedelta(hours=4):%Y-%m-%d %H:%M}", to=r.sender[1], subj=SUBJECT[r.thread]
    )
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
    body = multipart(
        "mixed",
        bnd,
        [part("text/plain", "utf-8", "8bit", text), b"Content-Type: message/rfc822\r\n\r\n" + orig],
    )
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
        b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        + status.replace("\n", "\r\n").encode(),
        b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + _orig_headers(r).encode(),
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
        b"Content-Type: message/rfc822\r\n\r\n"
        + (_orig_headers(r) + "\r\n(body omitted)\r\n").encode(),
    ]
    return _head(hs) + multipart("report; report-type=delivery-status", bnd, parts)


def coremail_tuixin(r: Reply) -> bytes:
    """A 163/Coremail 系统退信 without a delivery-status part."""
    text = (
        f"很抱歉您的邮件被退回。\n\n- 收件人：{r.sender[1]}\n- 退信原因：收件人邮箱已被冻结或停用（550 User suspended）\n"
        f"- 原邮件主题：{SUBJECT[r.thread]}\n- 发送时间：{r.when - timedelta(minutes=3):%Y-%m-%d %H:%M:%S}\n\n"
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
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    return _head(hs) + multipart(
        "alternative",
        f"----=_Part_{r.h[:6]}",
        [part("text/plain", "GBK", "base64", text), part("text/html", "GBK", "base64", html)],
    )


# fmt: off
U_BOUNCES: list[tuple] = [
    ("olen", "bounce", None, "SES JSON bounce", o("ka", ("Patrick Okello", "p.okello@sunbrite.co.ug"), D(2026, 11, 30), raw=ses_json, note="SNS e-mail subscription: the bounce is JSON in text/plain")),
    ("olzhcn", "bounce", None, "gateway delay words", o("nd", ("郑伟", "zheng.wei@ldpack-nd.com"), D(2026, 11, 30), raw=delay_words, note="a delay (4.7.1) in the gateway's own words, no DSN part")),
    ("olen", "bounce", None, "sympa reject", o("co", ("finance-ap", "finance-ap@lists.leemedtech.ie"), D(2026, 11, 30), raw=sympa_reject)),
    ("olzhcn", "bounce", None, "postfix mailbox full", o("sy", ("吴晓东", "wuxd@sanyabluebay.com"), D(2026, 11, 30), raw=postfix_full)),
    ("olzhtw", "bounce", None, "exchange zh-TW NDR", o("ch2", ("林志明", "cm.lin@chlunbike.com.tw"), 7, raw=exchange_tw_ndr)),
    ("olzhcn", "bounce", None, "126 tuixin", o("zg2", ("出纳", "zgcd_cn@126.com"), 7, raw=coremail_tuixin)),
]
# fmt: on
