"""Set Q's machine mail, part one: bounces and delays (``heldout_c_machine_q_auto.py``: the rest).

Forms not common in the earlier sets: an Amazon SES notification whose body is JSON (a
transient mailbox-full bounce), a Chinese gateway's worded delay notice without a DSN part,
a Sympa list's refusal in French, a qmail bounce, a Postfix DSN, a zh-TW Exchange NDR.
Each entry's ``raw`` builds the whole message from the Reply (its day, zone and thread).
"""

from __future__ import annotations

import json
from datetime import UTC
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT, reminder_lines
from heldout_c_threads_q import o

OURS = f"{enc_word('示例科技 应收账款')} <ar@example.cn>"


def _date(r: Reply, utc: bool = False) -> str:
    s = format_datetime(r.when.astimezone(UTC) if utc else r.when)
    return s.replace("-0000", "+0000")


def _head(r: Reply, frm: str, subject: str, extra: list[str], utc: bool = False) -> bytes:
    subj = subject if subject.isascii() else enc_word(subject)
    hs = [f"From: {frm}", "To: ar@example.cn", f"Subject: {subj}", f"Date: {_date(r, utc)}"]
    return ("\r\n".join(hs + extra + ["MIME-Version: 1.0"]) + "\r\n").encode()


def _orig_headers(r: Reply) -> str:
    s = r.sent.astimezone(UTC)
    return (
        f"From: {OURS}\r\nTo: {r.sender[1]}\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
        f"Date: {format_datetime(s).replace('-0000', '+0000')}\r\nMessage-ID: {r.ck_id}\r\n"
    )


def _mid(r: Reply, host: str) -> str:
    return f"<{r.h[:16].lower()}.{r.h[16:24].lower()}@{host}>"


def ses_json(r: Reply) -> bytes:
    """An SNS e-mail subscription carrying an SES bounce notification as JSON."""
    when = r.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    note = {
        "notificationType": "Bounce",
        "bounce": {
            "feedbackId": f"0100019{r.h[:9].lower()}-{r.h[9:17].lower()}-000000",
            "bounceType": "Transient",
            "bounceSubType": "MailboxFull",
            "bouncedRecipients": [
                {
                    "emailAddress": "ap@brightsmiledental.com",
                    "action": "failed",
                    "status": "5.2.2",
                    "diagnosticCode": "smtp; 552 5.2.2 Mailbox full: ap@brightsmiledental.com",
                }
            ],
            "timestamp": when,
            "reportingMTA": "dsn; a8-31.smtp-out.amazonses.com",
        },
        "mail": {
            "timestamp": when,
            "source": "ar@example.cn",
            "messageId": r.ck_id.strip("<>"),
            "destination": ["ap@brightsmiledental.com"],
            "commonHeaders": {"subject": SUBJECT[r.thread], "from": ["ar@example.cn"]},
        },
    }
    msg = {
        "Type": "Notification",
        "MessageId": f"{r.h[:8].lower()}-{r.h[8:12].lower()}-5f1e-9c3a-{r.h[12:24].lower()}",
        "TopicArn": "arn:aws:sns:ap-east-1:204918337265:cuikuan-ses-bounces",
        "Message": json.dumps(note, ensure_ascii=False),
        "Timestamp": when,
        "SignatureVersion": "1",
        "UnsubscribeURL": "https://sns.ap-east-1.amazonaws.com/?Action=Unsubscribe",
    }
    text = (
        json.dumps(msg, indent=2, ensure_ascii=False)
        + "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:\nhttps://sns.ap-east-1.amazonaws.com/?Action=Unsubscribe\n"
    )
    extra = [
        f"Message-ID: {_mid(r, 'ap-east-1.amazonses.com')}",
        "x-amz-sns-message-type: Notification",
    ]
    return _head(
        r, "AWS Notifications <no-reply@sns.amazonaws.com>", "AWS Notification Message", extra, True
    ) + part("text/plain", "UTF-8", "7bit", text)


def delay_zh(r: Reply) -> bytes:
    """A Chinese gateway's delay notice in its own words: no DSN part, no 4.x.x code."""
    text = (
        "您好：\n\n您于 "
        + f"{r.sent:%Y-%m-%d %H:%M}"
        + " 发送给 cwb@jinanmining.com.cn 的邮件“"
        + SUBJECT[r.thread]
        + "”暂时未能送达。\n\n原因：对方邮件服务器繁忙，暂时拒绝接收。\n"
        "系统将在 48 小时内自动重试，您无需重新发送。如果最终仍无法送达，系统会另行通知您。\n\n"
        "此邮件为系统自动发出，请勿直接回复。\n晋安矿业邮件网关"
    )
    extra = [
        f"Message-ID: {_mid(r, 'mx.jinanmining.com.cn')}",
        "Auto-Submitted: auto-generated",
        f"References: {r.ck_id}",
    ]
    return _head(
        r,
        "邮件系统管理员 <postmaster@jinanmining.com.cn>",
        "邮件延迟投递通知（系统将继续尝试）",
        extra,
    ) + part("text/plain", "UTF-8", "base64", text)


def sympa_fr(r: Reply) -> bytes:
    """A Sympa list refusing our mail (sender not subscribed), in French with an English line."""
    text = (
        "Bonjour,\n\nVotre message pour la liste compta@listes.atlastextile.ma a été rejeté : seuls les abonnés "
        "peuvent écrire à cette liste.\n\nYour message to the list compta@listes.atlastextile.ma has been rejected "
        "because you are not allowed to send to it.\n\nObjet : "
        + SUBJECT[r.thread]
        + "\n\n-- \nSympa, gestionnaire de listes"
    )
    extra = [
        f"Message-ID: {_mid(r, 'listes.atlastextile.ma')}",
        "Auto-Submitted: auto-replied",
        "X-Loop: compta@listes.atlastextile.ma",
        "Precedence: list",
    ]
    body = multipart(
        "mixed",
        f"==SYMPA_{r.h[:12]}",
        [
            part("text/plain", "utf-8", "8bit", text),
            b"Content-Type: message/rfc822\r\n\r\n"
            + _orig_headers(r).encode()
            + b"\r\n(corps du message omis)\r\n",
        ],
    )
    return (
        _head(
            r,
            "SYMPA <sympa@listes.atlastextile.ma>",
            "Diffusion d'un message : autorisation refusée",
            extra,
        )
        + body
    )


def qmail(r: Reply) -> bytes:
    """A qmail bounce: words only, the original below a ruler."""
    text = (
        "Hi. This is the qmail-send program at mail.goldcoastcocoa.com.gh.\nI'm afraid I wasn't able to deliver your "
        "message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<k.mensah@goldcoastcocoa.com.gh>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\nReturn-Path: <ar@example.cn>\n"
        + _orig_headers(r).replace("\r\n", "\n")
        + "\n"
        + "\n".join(reminder_lines(r)[:8])
        + "\n"
    )
    extra = [f"Message-ID: <{r.when:%Y%m%d%H%M%S}.{r.n}.qmail@mail.goldcoastcocoa.com.gh>"]
    return _head(r, "MAILER-DAEMON@mail.goldcoastcocoa.com.gh", "failure notice", extra) + part(
        "text/plain", "us-ascii", "7bit", text
    )


def postfix_dsn(r: Reply) -> bytes:
    """A Postfix DSN for a mailbox that no longer exists (the person left)."""
    human = (
        "This is the mail system at host mx1.lzniurou.cn.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n<shenli@lzniurou.cn>: host mx1.lzniurou.cn[10.2.0.5] said: 550 5.1.1\n"
        "    <shenli@lzniurou.cn>: Recipient address rejected: User unknown in local\n    recipient table\n"
    )
    status = (
        f"Reporting-MTA: dns; mx1.lzniurou.cn\r\nArrival-Date: {format_datetime(r.when)}\r\n\r\n"
        "Final-Recipient: rfc822; shenli@lzniurou.cn\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <shenli@lzniurou.cn>: Recipient address rejected: User unknown\r\n"
    )
    parts = [
        part("text/plain", "us-ascii", "7bit", human),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.encode(),
        b"Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r).encode(),
    ]
    body = f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{r.h[:10]}.{r.n}/mx1.lzniurou.cn"\r\n\r\n'.encode()
    inner = multipart("report", f"{r.h[:10]}.{r.n}/mx1.lzniurou.cn", parts)
    body = body + inner.split(b"\r\n\r\n", 1)[1]
    extra = [
        f"Message-ID: <{r.when:%Y%m%d%H%M%S}.{r.h[:8]}@mx1.lzniurou.cn>",
        "Auto-Submitted: auto-replied",
    ]
    return (
        _head(
            r,
            "MAILER-DAEMON@mx1.lzniurou.cn (Mail Delivery System)",
            "Undelivered Mail Returned to Sender",
            extra,
        )
        + body
    )


def ndr_tw(r: Reply) -> bytes:
    """An Exchange Online NDR in Traditional Chinese with a delivery-status part."""
    human = (
        "無法傳遞到 mingzhe.ye@hlmarble.com.tw\n\n收件者的電子郵件提供者拒絕接受此郵件。\n\n"
        "收件者信箱已停用。請確認電子郵件地址是否正確，或改用其他方式聯絡收件者。\n\n"
        "診斷資訊：\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"
    )
    status = (
        "Reporting-MTA: dns;TYZPR03MB7210.apcprd03.prod.outlook.com\r\n\r\n"
        "Final-recipient: RFC822; mingzhe.ye@hlmarble.com.tw\r\nAction: failed\r\nStatus: 5.1.10\r\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound\r\n"
    )
    parts = [
        part("text/plain", "utf-8", "base64", human),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.encode(),
        b"Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r).encode(),
    ]
    inner = multipart("report", f"_{r.h[:20]}_", parts)
    body = (
        f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="_{r.h[:20]}_"\r\n\r\n'.encode()
        + inner.split(b"\r\n\r\n", 1)[1]
    )
    extra = [
        f"Message-ID: <{r.h[:24]}@TYZPR03MB7210.apcprd03.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ",
    ]
    return (
        _head(
            r,
            "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hlmarble.com.tw>",
            "無法傳遞: " + SUBJECT[r.thread],
            extra,
            True,
        )
        + body
    )


BOUNCES: list[tuple] = [
    ("olen", "bounce", None, "", o("q_chicago", 2, ("", "ap@brightsmiledental.com"), raw=ses_json, known=False, danger=True, note="SES JSON via SNS: transient mailbox full")),
    ("olzhcn", "bounce", None, "", o("q_taiyuan", 3, ("", "cwb@jinanmining.com.cn"), raw=delay_zh, known=False, danger=True, note="worded delay notice, no DSN part")),
    ("olen", "bounce", None, "", o("q_casablanca", 2, ("", "compta@listes.atlastextile.ma"), raw=sympa_fr, known=False, note="Sympa list refusal in French")),
    ("olen", "bounce", None, "", o("q_accra", 2, ("", "k.mensah@goldcoastcocoa.com.gh"), raw=qmail, known=False, note="qmail failure notice")),
    ("olzhcn", "bounce", None, "", o("q_lanzhou", 9, ("", "shenli@lzniurou.cn"), raw=postfix_dsn, known=False)),
    ("olzhtw", "bounce", None, "", o("q_hualien", 10, ("", "mingzhe.ye@hlmarble.com.tw"), raw=ndr_tw, known=False, note="Exchange NDR zh-TW")),
]  # fmt: skip
