"""Set S's bounces (auto-replies, receipts and the rest: heldout_c_machine_s_auto.py).

Forms chosen to differ from the common ones: an SES bounce forwarded as an SNS JSON
notification, a gateway's delay notice in its own Chinese words (no delivery-status part), a
Sympa list manager refusing our post, a Postfix DSN for a mailbox closed after its owner left
and a 163 退信 in HTML only. The helpers here build the headers of every machine mail of S.
"""

from __future__ import annotations

import json
from datetime import UTC
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT, ours
from heldout_c_threads_s import o


def _date(r: Reply, utc: bool = False) -> str:
    when = r.when.astimezone(UTC) if utc else r.when
    return format_datetime(when).replace("-0000", "+0000")


def head_bytes(r: Reply, frm: str, subject: str, extra: list[str], utc: bool = False) -> bytes:
    _, oa = ours(r)
    hs = [f"From: {frm}", f"To: {oa}", f"Subject: {subject}", f"Date: {_date(r, utc)}", *extra]
    if not any(h.lower().startswith("mime-version") for h in hs):
        hs.append("MIME-Version: 1.0")
    return ("\r\n".join(hs) + "\r\n").encode()


def _orig_headers(r: Reply) -> str:
    """Our reminder's headers as a bounce quotes them."""
    _, oa = ours(r)
    return (
        f"From: {oa}\r\nTo: {r.sender[1]}\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
        f"Date: {format_datetime(r.sent)}\r\nMessage-ID: {r.ck_id}\r\n"
    )


def _mid(r: Reply, dom: str) -> str:
    return f"<{r.h[:20].lower()}@{dom}>"


def ses_json(r: Reply) -> bytes:
    """An Amazon SES bounce forwarded by SNS to our mailbox: the facts live in a JSON body."""
    sent = r.sent.astimezone(UTC)
    note = {
        "notificationType": "Bounce",
        "bounce": {
            "feedbackId": f"0100019{r.h[:10].lower()}-{r.h[10:18].lower()}-000000",
            "bounceType": "Permanent",
            "bounceSubType": "General",
            "bouncedRecipients": [
                {
                    "emailAddress": r.sender[1],
                    "action": "failed",
                    "status": "5.1.1",
                    "diagnosticCode": "smtp; 550 5.1.1 <"
                    + r.sender[1]
                    + ">: Recipient address rejected: User unknown in virtual mailbox table",
                }
            ],
            "timestamp": sent.strftime("%Y-%m-%dT%H:%M:%S.512Z"),
            "reportingMTA": "dns; a8-51.smtp-out.amazonses.com",
        },
        "mail": {
            "timestamp": sent.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "source": "ar@example.cn",
            "messageId": f"0100019{r.h[18:30].lower()}-000000",
            "destination": [r.sender[1]],
            "commonHeaders": {
                "from": ["ar@example.cn"],
                "to": [r.sender[1]],
                "messageId": r.ck_id,
                "subject": SUBJECT[r.thread],
            },
        },
    }
    text = json.dumps(note, ensure_ascii=False, indent=None)
    text += (
        "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit"
        " the link below to unsubscribe:\nhttps://sns.ap-southeast-1.amazonaws.com/unsubscribe.html"
        "?SubscriptionArn=arn:aws:sns:ap-southeast-1:481516234200:ses-bounces:7c1d\n"
    )
    head = head_bytes(
        r,
        "AWS Notifications <no-reply@sns.amazonaws.com>",
        "AWS Notification Message",
        [
            f"Message-ID: {_mid(r, 'ap-southeast-1.amazonses.com')}",
            "x-amz-sns-message-id: " + r.h[:32].lower(),
        ],
    )
    return head + part("text/plain", "UTF-8", "7bit", text)


def gateway_delay(r: Reply) -> bytes:
    """A mail gateway's delay notice in its own Chinese words, no delivery-status part."""
    text = (
        "这是系统自动发出的通知，请勿直接回复。\n\n"
        f"您于 {r.sent:%Y-%m-%d %H:%M} 发送给 {r.sender[1]} 的邮件暂时未能送达。\n"
        "原因：对方邮件服务器繁忙，暂不接收（421 4.7.0 Try again later, closing connection）。\n\n"
        "系统将在接下来的 48 小时内继续自动尝试投递，您无需重新发送。如届时仍无法投递，系统会另行通知您。\n\n"
        f"邮件主题：{SUBJECT[r.thread]}\n\n"
        "—— 天门索道 邮件安全网关"
    )
    head = head_bytes(
        r,
        f"{enc_word('邮件网关')} <postmaster@tmcable.cn>",
        enc_word("邮件延迟投递通知（非退信）"),
        [
            f"Message-ID: {_mid(r, 'gw.tmcable.cn')}",
            f"In-Reply-To: {r.ck_id}",
            "X-Mailer: MailGateway 6.2",
        ],
    )
    return head + part("text/plain", "UTF-8", "base64", text)


def sympa_reject(r: Reply) -> bytes:
    """A Sympa list manager refusing our post to a members-only accounts list."""
    text = (
        "Dear ar@example.cn,\n\n"
        "Your message for list accounts@lists.parkhurstridge.co.za has been rejected.\n"
        "The message is enclosed.\n\n"
        "You are not allowed to send messages to this list: only list members may post.\n"
        "Please contact the list owner: accounts-request@lists.parkhurstridge.co.za\n\n"
        "-- \nSympa, mailing list manager\n"
    )
    orig = _orig_headers(r) + "\r\nDear Parkhurst Ridge College,\r\n\r\nOur records show...\r\n"
    bnd = f"----------=_{r.h[:10]}"
    body = multipart(
        "mixed",
        bnd,
        [
            part("text/plain", "utf-8", "8bit", text),
            b"Content-Type: message/rfc822\r\nContent-Disposition: inline\r\n\r\n" + orig.encode(),
        ],
    )
    head = head_bytes(
        r,
        "SYMPA <sympa@lists.parkhurstridge.co.za>",
        "Message distribution: Authorization denied",
        [
            f"Message-ID: {_mid(r, 'lists.parkhurstridge.co.za')}",
            "Auto-Submitted: auto-replied",
            "X-Loop: sympa@lists.parkhurstridge.co.za",
            "Precedence: list",
        ],
    )
    return head + body


def postfix_dsn(r: Reply) -> bytes:
    """A Postfix DSN for a mailbox removed after its owner left."""
    human = (
        "This is the mail system at host mx1.liangheng-qs.com.\n\n"
        "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
        "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "                   The mail system\n\n"
        f"<{r.sender[1]}>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1 Mailbox disabled, user has left the company (in reply to RCPT TO command)\n"
    )
    status = (
        "Reporting-MTA: dns; mx1.liangheng-qs.com\r\nX-Postfix-Queue-ID: 4Q7Hf21kZPz9t\r\n"
        f"Arrival-Date: {format_datetime(r.sent)}\r\n\r\n"
        f"Final-Recipient: rfc822; {r.sender[1]}\r\nOriginal-Recipient: rfc822;{r.sender[1]}\r\n"
        "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 Mailbox disabled, user has left the company\r\n"
    )
    bnd = f"4Q7Hf21kZPz9t.{r.h[:10]}/mx1.liangheng-qs.com"
    body = (
        f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"\r\n\r\n'
        "This is a MIME-encapsulated message.\r\n\r\n"
        f"--{bnd}\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        + human.replace("\n", "\r\n")
        + f"\r\n--{bnd}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        + status
        + f"\r\n--{bnd}\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + _orig_headers(r)
        + f"\r\n--{bnd}--\r\n"
    ).encode()
    head = head_bytes(
        r,
        "MAILER-DAEMON@mx1.liangheng-qs.com (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        [
            f"Message-Id: <20261202{r.h[:8]}.4Q7Hf21kZPz9t@mx1.liangheng-qs.com>",
            "Auto-Submitted: auto-replied",
        ],
    )
    return head + body


def netease_html_bounce(r: Reply) -> bytes:
    """163's 退信 as HTML only: the recipient's mailbox is full."""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
        '<div style="font-size:14px"><p><b>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</b></p>'
        f"<table><tr><td>被退回的邮件主题</td><td>{SUBJECT[r.thread]}</td></tr>"
        f"<tr><td>发送时间</td><td>{r.sent:%Y-%m-%d %H:%M:%S}</td></tr>"
        f"<tr><td>收件人</td><td>{r.sender[1]}</td></tr>"
        "<tr><td>退信原因</td><td>收件人邮箱空间已满，无法接收新邮件。(552 Requested mail action aborted: exceeded mailsize limit)</td></tr></table>"
        "<p>建议解决方案：请通过其他方式联系收件人清理邮箱后重新发送。</p>"
        "<p>网易邮件中心</p></div></body></html>"
    )
    head = head_bytes(
        r,
        f"{enc_word('系统退信', 'GBK')} <postmaster@163.com>",
        enc_word("系统退信", "GBK"),
        [
            f"Message-ID: <{r.h[:12].lower()}.postmaster@163.com>",
            f"In-Reply-To: {r.ck_id}",
            "X-Mailer: Coremail MTA",
        ],
    )
    return head + part("text/html", "GBK", "base64", html)


BOUNCES = [
    ("olen", "bounce", None, "", o("solar", "old", 2, raw=ses_json, note="SES bounce as SNS JSON")),
    (
        "qqweb",
        "bounce",
        None,
        "",
        o("cable", "cw", 3, raw=gateway_delay, danger=True, note="delay in own words, not final"),
    ),
    (
        "olen",
        "bounce",
        None,
        "",
        o("school", "bursar", 3, raw=sympa_reject, note="Sympa: only members may post"),
    ),
    ("qqweb", "bounce", None, "", o("quantum", "old", 2, raw=postfix_dsn)),
    (
        "n163",
        "bounce",
        None,
        "",
        o("yak", "head", 14, seq=2, raw=netease_html_bounce, note="163 退信, HTML only"),
    ),
]
