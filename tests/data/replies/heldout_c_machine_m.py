"""Bounces answering set M's reminders, in forms the earlier sets did not use.

Each builder takes the machinery's ``Reply`` (its date, sender, thread and ids) and returns
the bytes a server would put on the wire: an Amazon SES bounce notification delivered as an
SNS e-mail (JSON, no DSN part), a delay notice in a gateway's own Chinese words (4.x.x, will
retry), a mailing list manager's rejection, an Exchange NDR in Traditional Chinese, a Postfix
DSN with Chinese text and a Tencent 退信 without a report part. Auto-replies, receipts and
the newsletter are in heldout_c_machine_m_auto.py.
"""

from __future__ import annotations

import json
from datetime import UTC, timedelta
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, part
from heldout_c_quote import SUBJECT, ours

US = "ar@example.cn"


def _date(r: Reply, utc: bool = False, tail: str = "") -> str:
    when = r.when.astimezone(UTC) if utc else r.when
    return format_datetime(when).replace("-0000", "+0000") + tail


def _head(hs: list[str]) -> bytes:
    return ("\r\n".join(hs) + "\r\n").encode()


def _orig_headers(r: Reply, to: str) -> str:
    """The headers of our reminder as a server quotes them in a report."""
    sent = r.sent.astimezone(UTC)
    return (
        f"Return-Path: <{US}>\r\nMessage-ID: {r.ck_id}\r\n"
        f"From: {enc_word(ours(r)[0])} <{US}>\r\nTo: {to}\r\n"
        f"Subject: {enc_word(SUBJECT[r.thread])}\r\n"
        f"Date: {format_datetime(sent).replace('-0000', '+0000')}\r\n"
        f"X-Cuikuan-Message: {r.ck_id}\r\nMIME-Version: 1.0\r\n"
    )


def ses_json_bounce(r: Reply) -> bytes:
    """An Amazon SES bounce notification, mailed by SNS as JSON text (no DSN part at all)."""
    to = "finance@yw-tradinghub.com"
    sent = r.sent.astimezone(UTC)
    note = {
        "notificationType": "Bounce",
        "bounce": {
            "feedbackId": f"0100019{r.h[:13].lower()}-{r.h[13:21].lower()}-000000",
            "bounceType": "Permanent",
            "bounceSubType": "NoEmail",
            "bouncedRecipients": [
                {
                    "emailAddress": to,
                    "action": "failed",
                    "status": "5.1.1",
                    "diagnosticCode": "smtp; 550 5.1.1 <finance@yw-tradinghub.com>: Recipient address rejected: User unknown in virtual mailbox table",
                }
            ],
            "timestamp": (r.when.astimezone(UTC) - timedelta(minutes=3)).strftime(
                "%Y-%m-%dT%H:%M:%S.000Z"
            ),
            "reportingMTA": "dsn; a48-112.smtp-out.amazonses.com",
        },
        "mail": {
            "timestamp": sent.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "source": US,
            "sourceArn": "arn:aws:ses:ap-southeast-1:480113502871:identity/example.cn",
            "messageId": f"0100019{r.h[21:34].lower()}-000000",
            "destination": [to],
            "commonHeaders": {
                "from": [f"Example Tech Accounts <{US}>"],
                "to": [to],
                "messageId": r.ck_id,
                "subject": SUBJECT[r.thread],
            },
        },
    }
    body = json.dumps(note, ensure_ascii=False, separators=(",", ":"))
    body += (
        "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or "
        "visit the link below to unsubscribe:\nhttps://sns.ap-southeast-1.amazonaws.com/"
        "unsubscribe.html?SubscriptionArn=arn:aws:sns:ap-southeast-1:480113502871:ses-bounces:"
        "5b1e2c3d-9f00-4b7a-8e55-1c2d3e4f5a6b&Endpoint=ar@example.cn\n\nPlease do not reply "
        "directly to this email. If you have any questions or comments regarding this email, "
        "please contact us at https://aws.amazon.com/support\n"
    )
    hs = [
        "From: AWS Notifications <no-reply@sns.amazonaws.com>",
        f"To: {US}",
        "Subject: AWS Notification Message",
        f"Date: {_date(r, utc=True)}",
        f"Message-ID: <0100019{r.h[:20].lower()}-000000@email.amazonses.com>",
        "x-amz-sns-message-id: 6f1b2c3d-4e5f-5a6b-9c7d-8e9f0a1b2c3d",
        "x-amz-sns-subscription-arn: arn:aws:sns:ap-southeast-1:480113502871:ses-bounces:5b1e2c3d-9f00-4b7a-8e55-1c2d3e4f5a6b",
        "Feedback-ID: 1.ap-southeast-1.sns:SES",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/plain", "UTF-8", "7bit", body)


def delay_gateway_zh(r: Reply) -> bytes:
    """A corporate gateway's own delay notice (4.x.x, will retry), no DSN part, no 'delayed'."""
    to = "caiwu@sxmeihua-chem.com.cn"
    s = r.sent
    text = f"""您好，

这是邮件安全网关自动发送的通知，请勿直接回复。

您于 {s:%Y-%m-%d %H:%M} 发往以下地址的邮件暂时未能送达，系统仍在继续尝试投递，您无需重新发送：

    {to}

原因：对方服务器暂时不可用（421 4.4.2 Connection timed out / 对方邮件服务器繁忙）
已尝试时间：4 小时
系统将继续重试，最长保留 5 天；如届时仍无法送达，您会收到另一封通知。

邮件主题：{SUBJECT[r.thread]}

——
示例科技 IT 服务台 · 邮件安全网关
"""
    hs = [
        "From: =?UTF-8?B?6YKu5Lu25a6J5YWo572R5YWz?= <postmaster@example.cn>",
        f"To: {US}",
        f"Subject: {enc_word('邮件暂未送达（系统将继续尝试）：' + SUBJECT[r.thread])}",
        f"Date: {_date(r)}",
        f"Message-ID: <gw-{r.h[:16].lower()}@mailgw.example.cn>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "X-Mailer: SecMail Gateway 8.1",
        "Auto-Submitted: auto-generated",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/plain", "UTF-8", "base64", text)


def list_manager_reject(r: Reply) -> bytes:
    """A list manager's rejection: our reminder to a finance list was refused (non-member)."""
    lst = "cw-all@gxtangye.com.cn"
    text = f"""您好：

您发往邮件列表 {lst}（广西某糖业 财务部全体）的邮件未被投递。

原因：该邮件列表只允许列表成员发信，您（{US}）不是该列表的成员。
邮件已被列表管理系统退回，列表中的任何成员都不会收到此邮件。

原邮件主题：{SUBJECT[r.thread]}
原邮件发送时间：{r.sent:%Y-%m-%d %H:%M:%S}

如需与该部门联系，请直接发信给列表管理员 admin-cw@gxtangye.com.cn。

此邮件由邮件列表管理程序自动发出。
"""
    hs = [
        "From: =?UTF-8?B?6YKu5Lu25YiX6KGo566h55CG5ZGY?= <cw-all-owner@gxtangye.com.cn>",
        f"To: {US}",
        f"Subject: {enc_word('邮件被退回：' + SUBJECT[r.thread])}",
        f"Date: {_date(r, tail=' (CST)')}",
        f"Message-ID: <list.{r.h[:12].lower()}@gxtangye.com.cn>",
        f"In-Reply-To: {r.ck_id}",
        "List-Id: =?UTF-8?B?6LSi5Yqh6YOo5YWo5L2T?= <cw-all.gxtangye.com.cn>",
        "X-Coremail-Locale: zh_CN",
        "X-Mailer: Coremail MailList Server",
        "Precedence: list",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/plain", "UTF-8", "base64", text)


def ndr_zhtw(r: Reply) -> bytes:
    """An Exchange Online NDR in Traditional Chinese (Taoyuan address no longer exists)."""
    to = "acct.chen@tyairkitchen.com.tw"
    text = f"""您的郵件無法傳遞到 {to}，因為該電子郵件地址找不到。請檢查收件者的電子郵件地址，然後再試一次傳送郵件。如果問題持續發生，請與您的電子郵件管理員連絡。

給電子郵件管理員的診斷資訊:

產生伺服器: TYAPR01MB5520.apcprd01.prod.exchangelabs.com

{to}
遠端伺服器傳回 '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    bnd = f"_{r.h[:8].lower()}-{r.h[8:12].lower()}_"
    dsn = (
        "Reporting-MTA: dns;TYAPR01MB5520.apcprd01.prod.exchangelabs.com\r\n"
        f"Received-From-MTA: dns;mail.example.cn\r\nArrival-Date: {format_datetime(r.sent.astimezone(UTC)).replace('-0000', '+0000')}\r\n\r\n"
        f"Final-Recipient: rfc822;{to}\r\nAction: failed\r\nStatus: 5.1.10\r\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n"
    )
    body = (
        f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"\r\n\r\n'
        f"--{bnd}\r\n"
    ).encode()
    body += part("text/plain", "utf-8", "base64", text)
    body += (
        f"\r\n--{bnd}\r\nContent-Type: message/delivery-status\r\n\r\n{dsn}\r\n"
        f"--{bnd}\r\nContent-Type: text/rfc822-headers\r\n\r\n{_orig_headers(r, to)}\r\n--{bnd}--\r\n"
    ).encode()
    hs = [
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tyairkitchen.com.tw>",
        f"To: {US}",
        f"Subject: {enc_word('無法傳遞: ' + SUBJECT[r.thread])}",
        f"Date: {_date(r, utc=True)}",
        f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-4c1d-9e2f-{r.h[12:24].lower()}@TYAPR01MB5520.apcprd01.prod.exchangelabs.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ",
        "Content-Language: zh-TW",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + body


def postfix_dsn_zh(r: Reply) -> bytes:
    """A Postfix DSN with Chinese human text (mailbox full, 552 5.2.2), with its report part."""
    to = "gongying@dlhaixian-food.com"
    text = f"""这是来自 mail.example.cn 的邮件系统的通知。

很遗憾，您的邮件无法投递给以下一个或多个收件人。

<{to}>: host mx.dlhaixian-food.com[122.70.141.18] said: 552 5.2.2
    Mailbox full, quota exceeded / 用户邮箱已满 (in reply to RCPT TO command)
"""
    bnd = f"{r.h[:10]}.{int(r.h[10:18], 16)}/mail.example.cn"
    dsn = (
        f"Reporting-MTA: dns; mail.example.cn\r\nX-Postfix-Queue-ID: {r.h[:10]}\r\n"
        f"Arrival-Date: {format_datetime(r.sent)}\r\n\r\n"
        f"Final-Recipient: rfc822; {to}\r\nOriginal-Recipient: rfc822;{to}\r\nAction: failed\r\n"
        "Status: 5.2.2\r\nRemote-MTA: dns; mx.dlhaixian-food.com\r\n"
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded\r\n"
    )
    body = (
        f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"\r\n\r\n'
        f"This is a MIME-encapsulated message.\r\n\r\n--{bnd}\r\n"
        "Content-Description: Notification\r\n"
    ).encode()
    body += part("text/plain", "utf-8", "8bit", text)
    body += (
        f"\r\n--{bnd}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n{dsn}\r\n"
        f"--{bnd}\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"{_orig_headers(r, to)}\r\n--{bnd}--\r\n"
    ).encode()
    hs = [
        "From: MAILER-DAEMON@mail.example.cn (Mail Delivery System)",
        f"To: {US}",
        "Subject: Undelivered Mail Returned to Sender",
        f"Date: {_date(r)}",
        f"Message-Id: <20261202{r.h[:10]}@mail.example.cn>",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + body


def tencent_tuixin(r: Reply) -> bytes:
    """A Tencent Exmail 退信 in HTML only, no report part; the Yiwu boss's old address."""
    to = "louboss@ywxiaoshangpin.cn"
    htm = f"""<html><body><div style="font-size:14px">
<p>很抱歉您的邮件没有发送成功。</p>
<p>收件人：<b>{to}</b></p>
<p>退信原因：收件人邮箱地址不存在或已被停用。</p>
<p>建议解决方案：请检查收件人地址是否正确，或联系收件人确认其最新的邮箱地址。</p>
<p>原邮件主题：{SUBJECT[r.thread]}<br>发送时间：{r.sent.year}年{r.sent.month}月{r.sent.day}日 {r.sent:%H:%M}</p>
<p style="color:#999">此邮件由腾讯企业邮系统自动发出，请勿直接回复。<br>退信代码：550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728</p>
</div></body></html>"""
    hs = [
        f"From: {enc_word('系统退信')} <PostMaster@exmail.qq.com>",
        f"To: {US}",
        f"Subject: {enc_word('退信：' + SUBJECT[r.thread])}",
        f"Date: {_date(r)}",
        f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-QQ-Mailer: QQMail 2.x",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/html", "gb18030", "base64", htm)
