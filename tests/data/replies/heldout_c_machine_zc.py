"""Held-out set ZC, machine mail: bounces with and without a DSN part, a delay, auto-replies.

Written from /work/shared/MAIL-CLIENTS.md and MAIL-FACTS.md and the forms of the shared real
corpus (read in place), blind to the rules: Postfix and Exchange Online DSNs, a Coremail
退信 and a Tencent Exmail 退信 without a delivery-status part, a qmail words-only bounce, a
Postfix 4.4.1 delay, Exchange OOFs in zh-CN and zh-TW (Big5), a Gmail vacation reply, QQ and
163 自动回复, an Outlook 已读 MDN and a Thunderbird return receipt, an osTicket
acknowledgement, a Google Groups moderation notice and a bulk newsletter (other).
Each ``raw`` function gets the heldout_c_mime.Reply (its ``sender`` is the failed recipient
or the person whose mailbox answered; ``ck_id`` is our reminder's Message-ID).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import UTC, date, timedelta
from email.utils import format_datetime

from heldout_c_mime import Reply, codec, enc_word, multipart, part
from heldout_c_quote import REMINDER, SUBJECT

Raw = Callable[[Reply], bytes]


def _orig_headers(r: Reply) -> str:
    """Our reminder's headers as a bounce quotes them."""
    subj = enc_word(SUBJECT[r.thread])
    return (
        f"Return-Path: <bounces@example.cn>\r\nFrom: =?utf-8?B?{base64.b64encode('示例科技 应收账款'.encode()).decode()}?= <ar@example.cn>\r\n"
        f"To: {r.sender[1]}\r\nSubject: {subj}\r\nDate: {format_datetime(r.sent)}\r\n"
        f"Message-ID: {r.ck_id}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: base64\r\n"
    )


def _orig_message(r: Reply) -> str:
    body = base64.b64encode(REMINDER[r.thread].encode()).decode()
    lines = "\r\n".join(body[i : i + 76] for i in range(0, len(body), 76))
    return _orig_headers(r) + "\r\n" + lines + "\r\n"


def _head(r: Reply, frm: str, subject: str, extra: list[str], utc: bool = False) -> str:
    when = r.when.astimezone(UTC) if utc else r.when
    hs = [
        f"From: {frm}",
        "To: ar@example.cn",
        f"Subject: {subject}",
        f"Date: {format_datetime(when)}",
        *extra,
        "MIME-Version: 1.0",
    ]
    return "\r\n".join(hs) + "\r\n"


def postfix_dsn(host: str, status: str, diag: str, action: str = "failed") -> Raw:
    """A Postfix DSN: words, a message/delivery-status part, our message's headers."""

    def raw(r: Reply) -> bytes:
        delayed = action == "delayed"
        subj = (
            "Delayed Mail (still being retried)"
            if delayed
            else "Undelivered Mail Returned to Sender"
        )
        qid = r.h[:11]
        words = (
            f"This is the mail system at host {host}.\n\n"
            + (
                "####################################################################\n"
                "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
                "####################################################################\n\n"
                "Your message could not be delivered for more than 4 hour(s).\n"
                "It will be retried until it is 5 day(s) old.\n\n"
                if delayed
                else "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n"
            )
            + f"                   The mail system\n\n<{r.sender[1]}>: {diag}\n"
        )
        dsn = (
            f"Reporting-MTA: dns; {host}\r\nX-Postfix-Queue-ID: {qid}\r\n"
            f"X-Postfix-Sender: rfc822; bounces@example.cn\r\nArrival-Date: {format_datetime(r.sent)}\r\n\r\n"
            f"Final-Recipient: rfc822; {r.sender[1]}\r\nOriginal-Recipient: rfc822;{r.sender[1]}\r\n"
            f"Action: {action}\r\nStatus: {status}\r\nRemote-MTA: dns; {host}\r\n"
            f"Diagnostic-Code: smtp; {diag}\r\n"
            + (
                f"Will-Retry-Until: {format_datetime(r.when + timedelta(days=4))}\r\n"
                if delayed
                else ""
            )
        )
        parts = [
            b"Content-Description: Notification\r\n"
            + part("text/plain", "us-ascii", "7bit", words),
            b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
            + dsn.encode(),
            b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
            + _orig_headers(r).encode(),
        ]
        head = _head(
            r,
            f"MAILER-DAEMON@{host} (Mail Delivery System)",
            subj,
            [f"Message-Id: <20261202{r.h[:6]}.{qid}@{host}>", "Auto-Submitted: auto-replied"],
        )
        bnd = f"{qid}.{int(r.when.timestamp())}/{host}"
        body = multipart(
            "report; report-type=delivery-status",
            bnd,
            parts,
            "This is a MIME-encapsulated message.",
        )
        return head.encode() + body

    return raw


def exchange_ndr(r: Reply) -> bytes:
    """Exchange Online NDR, 550 5.1.10: HTML words, a DSN part, our headers."""
    rcpt = r.sender[1]
    dom = rcpt.split("@")[1]
    html_words = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
        f'<p><b><font color="#000066" size="3" face="Segoe UI">Your message to {rcpt} couldn\'t be delivered.</font></b></p>'
        f"<p>{rcpt.split('@')[0]} wasn't found at {dom}.</p>"
        '<p><font color="#000000" size="2" face="Segoe UI"><b>Action Required</b> Recipient</font></p>'
        "<p>Unknown To address</p><p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>"
        f"<p>Original Message Details<br>Created Date: {r.sent:%m/%d/%Y %I:%M:%S %p}<br>Sender Address: ar@example.cn<br>"
        f"Recipient Address: {rcpt}<br>Subject: {SUBJECT[r.thread]}</p>"
        "<p>Error Details<br>Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup</p>"
        "</body></html>"
    )
    dsn = (
        "Reporting-MTA: dns;AM9PR05MB8321.eurprd05.prod.outlook.com\r\n"
        f"Received-From-MTA: dns;mx.example.cn\r\nArrival-Date: {format_datetime(r.sent.astimezone(UTC))}\r\n\r\n"
        f"Original-Recipient: rfc822;{rcpt}\r\nFinal-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.1.10\r\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\r\n"
    )
    parts = [
        multipart(
            "alternative",
            f"_001_{r.h[:20]}_",
            [
                part(
                    "text/plain",
                    "us-ascii",
                    "quoted-printable",
                    f"Your message to {rcpt} couldn't be delivered.\n\n{rcpt.split('@')[0]} wasn't found at {dom}.\n",
                ),
                part("text/html", "us-ascii", "quoted-printable", html_words),
            ],
        ),
        b"Content-Type: message/delivery-status\r\n\r\n" + dsn.encode(),
        b"Content-Type: message/rfc822\r\n\r\n" + _orig_message(r).encode(),
    ]
    head = _head(
        r,
        "Microsoft Outlook <postmaster@alexspin-eg.com>",
        f"Undeliverable: {SUBJECT[r.thread]}",
        [
            f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}@AM9PR05MB8321.eurprd05.prod.outlook.com>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Content-Language: en-US",
            "X-MS-Exchange-Message-Is-Ndr: ",
            "Auto-Submitted: auto-replied",
        ],
        utc=True,
    )
    body = multipart("report; report-type=delivery-status", f"_000_{r.h[:24]}_", parts)
    return head.encode() + body


def coremail_tuixin(r: Reply) -> bytes:
    """A Coremail 系统退信 (GBK words, our message attached, no delivery-status part)."""
    words = (
        "您好，\n\n很抱歉，您发送的邮件被退回，以下是该邮件的相关信息：\n\n"
        f"  被退回的邮件：{SUBJECT[r.thread]}\n  发送时间：{r.sent:%Y-%m-%d %H:%M:%S}\n"
        f"  无法到达的收件人：{r.sender[1]}\n\n"
        "  退信原因：收件人邮箱空间已满（552 Mailbox quota exceeded）\n\n"
        "建议解决方案：请联系收件人清理邮箱后重新发送。\n\n"
        "此邮件为系统自动发送，请勿直接回复。\n"
    )
    parts = [
        part("text/plain", "GBK", "base64", words),
        b'Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="original.eml"\r\n\r\n'
        + _orig_message(r).encode(),
    ]
    dom = r.sender[1].split("@")[1]
    head = _head(
        r,
        f"{enc_word('系统管理员', 'GBK')} <postmaster@{dom}>",
        enc_word("系统退信", "GBK"),
        [
            f"Message-ID: <{r.h[:12].lower()}.postmaster@{dom}>",
            "X-Mailer: Coremail Webmail Server",
            "Content-Language: zh-CN",
        ],
    )
    return head.encode() + multipart("mixed", f"----=_Part_{r.h[:10]}", parts)


def exmail_tuixin(r: Reply) -> bytes:
    """A Tencent Exmail 退信, HTML only, no DSN part: the user does not exist."""
    html_words = (
        '<html><head><meta charset="utf-8"></head><body><div style="font-size:14px">'
        "<p>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</p>"
        f"<table><tr><td>被退回的邮件：</td><td>{SUBJECT[r.thread]}</td></tr>"
        f"<tr><td>时间：</td><td>{r.sent:%Y年%m月%d日 %H:%M}</td></tr>"
        f"<tr><td>无法到达的收件人：</td><td>{r.sender[1]}</td></tr></table>"
        "<p>退信原因：收件人邮箱不存在（550 Mailbox not found）。该成员可能已离职或邮箱地址有误。</p>"
        "<p>解决方案：请核对收件人地址后重新发送。</p>"
        '<p style="color:#999">此邮件由腾讯企业邮箱系统自动发出，请勿回复。</p></div></body></html>'
    )
    head = _head(
        r,
        f'"{enc_word("腾讯企业邮箱")}" <PostMaster@exmail.qq.com>',
        enc_word("退信：" + SUBJECT[r.thread]),
        [
            "Message-ID: <bounce_" + r.h[:20].lower() + "@exmail.qq.com>",
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-Mailer: QQMail 2.x",
        ],
    )
    return head.encode() + part("text/html", "utf-8", "base64", html_words)


def qmail_words(r: Reply) -> bytes:
    """A qmail words-only bounce: no DSN part, our message pasted under a break line."""
    text = (
        "Hi. This is the qmail-send program at mx1.agroica.com.pe.\n"
        "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
        "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        f"<{r.sender[1]}>:\nThis address no longer accepts mail.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        + _orig_headers(r).replace("\r\n", "\n")
        + "\n"
        + REMINDER[r.thread][:600]
        + "\n"
    )
    head = _head(
        r,
        "MAILER-DAEMON@mx1.agroica.com.pe",
        "failure notice",
        [f"Message-ID: <{int(r.when.timestamp())}.{r.h[:5].lower()}@mx1.agroica.com.pe>"],
    )
    return head.encode() + part("text/plain", "utf-8", "8bit", text)


def oof(
    frm: str,
    subject_prefix: str,
    text: str,
    charset: str,
    mailer: list[str],
    html_too: bool = True,
) -> Raw:
    """An out-of-office answer (Exchange / Gmail / QQ / 163 forms set by ``mailer``)."""

    def raw(r: Reply) -> bytes:
        subj_text = subject_prefix + SUBJECT[r.thread]
        subj = subj_text if subj_text.isascii() else enc_word(subj_text, _fits(subj_text, charset))
        extra = [*mailer]
        extra = [h.replace("{ck}", r.ck_id).replace("{h}", r.h[:24]) for h in extra]
        head = _head(r, frm, subj, extra, utc=any("Exchange" in h for h in mailer))
        if not html_too:
            return head.encode() + part("text/plain", charset, "base64", text)
        html = "<html><body><div>" + text.replace("\n", "<br>") + "</div></body></html>"
        body = multipart(
            "alternative",
            f"_000_{r.h[:28]}_",
            [
                part("text/plain", charset, "base64", text),
                part("text/html", charset, "base64", html),
            ],
        )
        return head.encode() + body

    return raw


def _fits(text: str, charset: str) -> str:
    """``charset`` if it holds ``text`` (a Big5 client's subject in Simplified falls back to UTF-8)."""
    try:
        text.encode(codec(charset))
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def mdn(frm: str, subject: str, words: str, charset: str, mailer: list[str], ua: str) -> Raw:
    """A read receipt: multipart/report; report-type=disposition-notification."""

    def raw(r: Reply) -> bytes:
        subj = subject + SUBJECT[r.thread]
        disp = (
            f"Reporting-UA: {ua}\r\nOriginal-Recipient: rfc822;{r.sender[1]}\r\n"
            f"Final-Recipient: rfc822;{r.sender[1]}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
        )
        w = words.format(subject=SUBJECT[r.thread], sent=f"{r.sent:%Y/%m/%d %H:%M}")
        parts = [
            part("text/plain", charset, "base64", w),
            b"Content-Type: message/disposition-notification\r\n\r\n" + disp.encode(),
        ]
        if "Thunderbird" in ua:
            parts.append(
                b'Content-Type: text/rfc822-headers; name="MDNPart3.txt"\r\nContent-Disposition: inline\r\n\r\n'
                + _orig_headers(r).encode()
            )
        head = _head(
            r,
            frm,
            subj if subj.isascii() else enc_word(subj, charset),
            [h.replace("{ck}", r.ck_id).replace("{h}", r.h[:20]) for h in mailer],
        )
        return head.encode() + multipart(
            "report; report-type=disposition-notification", f"----=_MDN_{r.h[:16]}", parts
        )

    return raw


def ticket_ack(r: Reply) -> bytes:
    """An osTicket acknowledgement from the Izmir firm's accounting desk."""
    text = (
        "Dear Example Tech Accounts,\n\n"
        "A request for support has been created and assigned ticket #284117. "
        "A representative will follow-up with you as soon as possible.\n\n"
        "You can view this ticket's progress online here: https://destek.egeinciri.com.tr/view.php?t=284117\n\n"
        "If you wish to send additional comments or information regarding this issue, please reply to this email.\n\n"
        "Ege Incir Muhasebe Destek\n"
    )
    head = _head(
        r,
        '"Ege Incir Muhasebe Destek" <destek@egeinciri.com.tr>',
        f"[#284117] {SUBJECT[r.thread]}",
        [
            f"Message-ID: <ost-{r.h[:18].lower()}@egeinciri.com.tr>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Auto-Submitted: auto-replied",
            "X-Autoreply: yes",
            "Precedence: auto_reply",
            "X-Mailer: osTicket Mailer",
        ],
    )
    return head.encode() + part("text/plain", "utf-8", "quoted-printable", text)


def groups_hold(r: Reply) -> bytes:
    """A Google Groups moderation notice: our reminder to a group address waits for a moderator."""
    text = (
        f"Your message to {r.sender[1]} is awaiting moderator approval.\n\n"
        "The group's moderators will review it. If approved, it will be posted to the group.\n\n"
        "You can view the group's posting policy here: https://groups.google.com/a/okaformotors.com.ng/g/accounts/about\n\n"
        "The Google Groups Team\n"
    )
    head = _head(
        r,
        f"{r.sender[1]} <{r.sender[1].replace('@', '+msgappr@')}>",
        "Your message to accounts awaits moderator approval",
        [
            f"Message-ID: <{r.h[:16].lower()}@google.com>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Auto-Submitted: auto-replied",
            "X-Google-Group-Id: 613508443021",
            "Precedence: list",
        ],
    )
    return head.encode() + part("text/plain", "UTF-8", "quoted-printable", text)


def newsletter(r: Reply) -> bytes:
    """A bulk newsletter of a foundry-industry portal (GB18030 HTML): answers nothing of ours."""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
        "<h2>慧铸网·铸造行业周刊 第48期</h2>"
        "<p>【行情】本周废钢价格小幅上涨，生铁持稳；</p>"
        "<p>【政策】多地发布中频炉能效新规，年底前完成改造可申请补贴；</p>"
        "<p>【财务】年底回款季：应收账款逾期怎么办？五招教您催款不伤客户关系，付款提醒模板免费下载；</p>"
        "<p>【会展】2027中国国际铸造博览会报名开启。</p>"
        '<p style="color:#888">您收到此邮件是因为您订阅了慧铸网周刊。<a href="https://www.huizhu.example.com/unsub?u=ar%40example.cn">退订</a></p>'
        "</body></html>"
    )
    head = _head(
        r,
        f"{enc_word('慧铸网', 'gb18030')} <news@mail.huizhu-news.com>",
        enc_word("慧铸网周刊｜年底回款季，逾期账款怎么催？", "gb18030"),
        [
            f"Message-ID: <nl48.{r.h[:14].lower()}@mail.huizhu-news.com>",
            "Precedence: bulk",
            "List-Unsubscribe: <https://www.huizhu.example.com/unsub?u=ar%40example.cn>, <mailto:unsub@huizhu-news.com>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "List-Id: <weekly.huizhu-news.com>",
            "X-Mailer: EDM Sender 3.2",
        ],
    )
    return head.encode() + part("text/html", "gb18030", "base64", html)


EX_OOF = ["Message-ID: <{h}@HK2PR02MB4410.apcprd02.prod.outlook.com>", "In-Reply-To: {ck}", "References: {ck}",
          "Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: {}", "X-Auto-Response-Suppress: All",
          "Thread-Topic: x", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"]  # fmt: skip


def _ex(addr_: str) -> list[str]:
    return [h.replace("{}", addr_) for h in EX_OOF if not h.startswith("Thread-Topic")] + [
        "X-MS-Exchange-Organization-AutoReply: Exchange"
    ]


def D(day: int) -> date:
    return date(2026, 12, day)


def _who(name: str, email: str, thread: str, tz: str = "Asia/Shanghai", **kw: object) -> dict:
    return {"sender": (name, email), "thread": thread, "tz": tz, "danger": True, **kw}


MACHINE: list[tuple] = [
    ("olen", "bounce", None, "",
     {**_who("Kyle Tran", "k.tran@okanagancherrypack.ca", "zc_ca", "America/Vancouver"),
      "raw": postfix_dsn("mail.okanagancherrypack.ca", "5.1.1", "550 5.1.1 <k.tran@okanagancherrypack.ca>: Recipient address rejected: User unknown in virtual mailbox table")}),
    ("coremail", "bounce", None, "",
     {**_who("向会计", "xiangkj@ycqx.gov.cn", "zc_qx"), "raw": coremail_tuixin}),
    ("olen", "bounce", None, "",
     {**_who("Ahmed Fathy", "a.fathy@alexspin-eg.com", "zc_eg", "Africa/Cairo", day=D(3)), "raw": exchange_ndr}),
    ("exmail", "bounce", None, "",
     {**_who("张强", "zhangqiang@hhzhuzao.com", "zc_zz", day=D(3)), "raw": exmail_tuixin}),
    ("olen", "bounce", None, "",
     {**_who("Le Thi Thu", "thu.le@hoangphatcashew.vn", "zc_vn", "Asia/Ho_Chi_Minh"),
      "raw": postfix_dsn("mx.hoangphatcashew.vn", "4.4.1", "connect to mail.hoangphatcashew.vn[103.9.77.12]:25: Connection timed out", "delayed"),
      "note": "a delay warning, not a permanent failure"}),
    ("olen", "bounce", None, "",
     {**_who("Carlos Ramos", "cramos@agroica.com.pe", "zc_pe", "America/Lima", day=D(4)), "raw": qmail_words}),
    ("olzhcn", "auto_reply", None, "",
     {**_who("杨晓红", "yangxh@hhsydl.com.cn", "zc_sd", day=D(7)),
      "raw": oof("=?gb2312?B?" + base64.b64encode("杨晓红".encode("gbk")).decode() + "?= <yangxh@hhsydl.com.cn>", "自动答复: ",
                 "您好！我于12月7日至12月11日外出培训，期间邮件查看不及时。付款及发票事宜请联系财务资产部冯会计，电话0931-86xx3320。谢谢！",
                 "gb2312", _ex("yangxh@hhsydl.com.cn"))}),
    ("olzhtw", "auto_reply", None, "",
     {**_who("黃淑貞", "sc.huang@atsai-food.com.tw", "zc_cy", "Asia/Taipei", day=D(14)),
      "raw": oof("=?big5?B?" + base64.b64encode("黃淑貞".encode("big5")).decode() + "?= <sc.huang@atsai-food.com.tw>", "自動回覆: ",
                 "您好，本人12/14至12/18休假，期間無法回覆郵件。匯款及請款相關事宜請洽蔡明德先生，謝謝。",
                 "big5", _ex("sc.huang@atsai-food.com.tw"))}),
    ("gmailen", "auto_reply", None, "",
     {**_who("Luis Quispe", "lquispe.agroica@gmail.com", "zc_pe", "America/Lima", day=D(8)),
      "raw": oof("Luis Quispe <lquispe.agroica@gmail.com>", "Re: ",
                 "Hello, I am in the fields until 14/12/2026 with limited access to email. For payments and invoices please write to Rosa Huamán (rhuaman@agroica.com.pe). Thank you.",
                 "UTF-8", ["Message-ID: <CAvac{h}@mail.gmail.com>", "In-Reply-To: {ck}", "References: {ck}", "Auto-Submitted: auto-replied"])}),
    ("qqweb", "auto_reply", None, "",
     {**_who("郝成旺", "3360128845@qq.com", "zc_hh"),
      "raw": oof("\"" + enc_word("郝成旺", "gb18030") + "\" <3360128845@qq.com>", "自动回复: ",
                 "您好，我最近在地里忙，邮件看得少，有事请打电话，谢谢！",
                 "gb18030", ["Message-ID: <tencent_auto_{h}@qq.com>", "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"]),
      "note": "QQ holiday reply: no Auto-Submitted header"}),
    ("n163", "auto_reply", None, "",
     {**_who("孙丽华", "sunlihua_hh@163.com", "zc_zz", day=D(11)),
      "raw": oof(enc_word("孙丽华", "GBK") + " <sunlihua_hh@163.com>", "自动回复：",
                 "这是一封自动回复邮件。您好，您的来信已收到，我这两天在集团开预算会，付款相关事宜回来后第一时间处理。",
                 "GBK", ["Message-ID: <auto.{h}@163.com>", "In-Reply-To: {ck}", "Auto-Submitted: auto-replied",
                         "X-Mailer: Coremail Webmail Server Version XT5.0.14", "X-Coremail-Locale: zh_CN"], html_too=False),
      "note": "mentions 付款 and 处理"}),
    ("olzhcn", "auto_reply", None, "",
     {**_who("王淑芬", "wangsf@hhzhuzao.com", "zc_zz"),
      "raw": mdn("=?gb2312?B?" + base64.b64encode("王淑芬".encode("gbk")).decode() + "?= <wangsf@hhzhuzao.com>", "已读: ",
                 "您的邮件\n\n  收件人: 王淑芬\n  主题: {subject}\n  发送时间: {sent}\n\n已于 2026/12/2 9:41 阅读。",
                 "gb2312", ["Message-ID: <mdn{h}@hhzhuzao.com>", "X-Mailer: Microsoft Outlook 16.0", "Content-Language: zh-cn"],
                 "Microsoft Outlook 16.0")}),
    ("tben", "auto_reply", None, "",
     {**_who("Sabine Krause", "buchhaltung@orgelbau-vogel.de", "zc_de", "Europe/Berlin", day=D(3)),
      "raw": mdn("Sabine Krause <buchhaltung@orgelbau-vogel.de>", "Return Receipt (displayed) - ",
                 "This is a Return Receipt for the mail that you sent to buchhaltung@orgelbau-vogel.de.\n\n"
                 "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
                 "There is no guarantee that the recipient has read or understood the message contents.",
                 "UTF-8", ["Message-ID: <{h}@orgelbau-vogel.de>", "User-Agent: Mozilla Thunderbird"],
                 "Mozilla Thunderbird; Thunderbird 128.5.0")}),
    ("olen", "auto_reply", None, "",
     {**_who("Ege Incir Muhasebe", "muhasebe@egeinciri.com.tr", "zc_tr", "Europe/Istanbul"), "raw": ticket_ack}),
    ("gmailen", "auto_reply", None, "",
     {**_who("accounts", "accounts@okaformotors.com.ng", "zc_ng", "Africa/Lagos"), "raw": groups_hold}),
    ("qqhtml", "other", None, "",
     {"sender": ("慧铸网", "news@mail.huizhu-news.com"), "thread": "zc_zz", "known": False, "day": D(4),
      "raw": newsletter, "note": "bulk newsletter, answers nothing of ours"}),
]  # fmt: skip
