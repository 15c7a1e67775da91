"""Held-out set X's machine mail: bounces, delays, auto-replies, read receipts, a ticket, a list.

Byte forms from /work/shared/MAIL-CLIENTS.md (OOF, QQ/163/Alimail/iCloud vacation, MDN) and
RFC 3464 (DSN); the words are set X's own clients'. Each builder takes the Reply the
generator made (its date, sender and the reminder it answers) and returns the message.
Delay notices are labelled bounce (not permanent); the newsletter is machine mail
(auto_reply) from an unknown sender.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import REMINDER, SUBJECT


def _date(r: Reply, utc: bool = False) -> str:
    when = r.when.astimezone(UTC) if utc else r.when
    return format_datetime(when).replace("-0000", "+0000")


def _head(r: Reply, frm: str, subject: str, extra: list[str], utc: bool = False) -> bytes:
    hs = [f"From: {frm}", "To: ar@example.cn", f"Subject: {subject}", f"Date: {_date(r, utc)}"]
    hs += extra + ["MIME-Version: 1.0"]
    return ("\r\n".join(hs) + "\r\n").encode()


def _orig_headers(r: Reply, rcpt: str) -> str:
    sent = format_datetime(r.sent)
    return (
        f"Return-Path: <ar@example.cn>\nMessage-ID: {r.ck_id}\nDate: {sent}\n"
        f"From: =?utf-8?b?56S65L6L56eR5oqAIOW6lOaUtui0puasvg==?= <ar@example.cn>\nTo: {rcpt}\n"
        f"Subject: {enc_word(SUBJECT[r.thread])}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
    )


def _rfc822_headers(r: Reply, rcpt: str) -> bytes:
    text = _orig_headers(r, rcpt).replace("\n", "\r\n")
    return f"Content-Type: text/rfc822-headers\r\n\r\n{text}".encode()


def _report(kind: str, boundary: str, parts: list[bytes]) -> bytes:
    body = multipart("report", boundary, parts)
    return body.replace(
        b"Content-Type: multipart/report;", f"Content-Type: multipart/report; report-type={kind};".encode(), 1
    )  # fmt: skip


def _raw_part(ctype: str, text: str) -> bytes:
    return f"Content-Type: {ctype}\r\n\r\n{text.replace(chr(10), chr(13) + chr(10))}".encode()


def postfix_dsn(rcpt: str, host: str) -> Callable[[Reply], bytes]:
    """Postfix: a departed cashier's mailbox, 5.1.1, with a delivery-status part."""

    def build(r: Reply) -> bytes:
        qid = r.h[:10]
        notice = f"""This is the mail system at host {host}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host {host}[10.12.3.8] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)
"""
        status = f"""Reporting-MTA: dns; {host}
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; ar@example.cn
Arrival-Date: {format_datetime(r.sent)}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; {host}
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
        head = _head(r, f"MAILER-DAEMON@{host} (Mail Delivery System)", "Undelivered Mail Returned to Sender",
                     [f"Message-Id: <20261202{qid}@{host}>", "Auto-Submitted: auto-replied"])  # fmt: skip
        bnd = f"{qid}.1764{r.n:06d}/{host}"
        parts = [
            part("text/plain", "us-ascii", "7bit", notice, extra="").replace(b"\r\n\r\n", b"\r\nContent-Description: Notification\r\n\r\n", 1),
            _raw_part("message/delivery-status", status),
            _rfc822_headers(r, rcpt),
        ]  # fmt: skip
        return head + _report("delivery-status", bnd, parts)

    return build


def postfix_delay(rcpt: str, host: str) -> Callable[[Reply], bytes]:
    """Postfix: still being retried (4.4.1, Action: delayed): not a permanent failure."""

    def build(r: Reply) -> bytes:
        qid = r.h[:10]
        notice = f"""This is the mail system at host {host}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: connect to mail.{rcpt.split("@")[1]}[203.0.113.45]:25:
    Connection timed out
"""
        status = f"""Reporting-MTA: dns; {host}
X-Postfix-Queue-ID: {qid}
X-Postfix-Sender: rfc822; ar@example.cn
Arrival-Date: {format_datetime(r.sent)}

Final-Recipient: rfc822; {rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.{rcpt.split("@")[1]}[203.0.113.45]:25:
    Connection timed out
Will-Retry-Until: {format_datetime(r.when.replace(day=r.when.day + 4))}
"""
        head = _head(r, f"MAILER-DAEMON@{host} (Mail Delivery System)", "Delayed Mail (still being retried)",
                     [f"Message-Id: <20261203{qid}@{host}>", "Auto-Submitted: auto-replied"])  # fmt: skip
        parts = [
            part("text/plain", "us-ascii", "7bit", notice),
            _raw_part("message/delivery-status", status),
            _rfc822_headers(r, rcpt),
        ]
        return head + _report("delivery-status", f"{qid}.1764{r.n:06d}/{host}", parts)

    return build


def coremail_nodsn(rcpt: str, host: str) -> Callable[[Reply], bytes]:
    """Coremail's 系统退信: HTML words only, no delivery-status part."""

    def build(r: Reply) -> bytes:
        sent = r.sent
        html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>
<div style="font-size:14px;font-family:Microsoft YaHei">
<p><b>抱歉，您的邮件被退回来了……</b></p>
<p>原邮件信息：</p>
<table><tr><td>时　间：</td><td>{sent:%Y-%m-%d %H:%M:%S}</td></tr>
<tr><td>主　题：</td><td>{SUBJECT[r.thread]}</td></tr>
<tr><td>收件人：</td><td>{rcpt}</td></tr></table>
<p>退信原因：</p>
<p>收件人账号不存在，或已被停用。请核对收件人地址后重新发送。</p>
<p style="color:#888">错误代码：550 User not found: {rcpt}</p>
<p>此邮件为系统自动发送，请勿回复。</p>
</div></body></html>"""
        head = _head(r, f"{enc_word('系统退信', 'GBK')} <postmaster@{host}>", enc_word("系统退信", "GBK"),
                     [f"Message-ID: <{r.h[:20].lower()}@{host}>", "X-Mailer: Coremail Webmail Server"])  # fmt: skip
        return head + part("text/html", "GBK", "base64", html)

    return build


def exim_words(rcpt: str, host: str) -> Callable[[Reply], bytes]:
    """Exim's default failure: words and the returned message, no delivery-status part."""

    def build(r: Reply) -> bytes:
        text = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mail.{rcpt.split("@")[1]} [202.51.74.19]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    550 No such user here

------ This is a copy of the message, including all the headers. ------

{_orig_headers(r, rcpt)}
{REMINDER[r.thread]}
"""
        head = _head(r, f"Mail Delivery System <Mailer-Daemon@{host}>", "Mail delivery failed: returning message to sender",
                     [f"Message-Id: <E1t{r.h[:6]}-000{r.n}-Ab@{host}>", "Auto-Submitted: auto-replied", "X-Failed-Recipients: " + rcpt])  # fmt: skip
        return head + part("text/plain", "utf-8", "8bit", text)

    return build


def gmail_nosuch(rcpt: str) -> Callable[[Reply], bytes]:
    """Gmail's "Address not found", with its delivery-status part."""

    def build(r: Reply) -> bytes:
        text = f"""
** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
"""
        status = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; ar@example.cn
Arrival-Date: {format_datetime(r.sent)}
X-Original-Message-ID: {r.ck_id}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; The email account that you tried to reach does not exist.
Last-Attempt-Date: {format_datetime(r.when)}
"""
        head = _head(r, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
                     [f"Message-ID: <6{r.h[:10].lower()}.050a0220.{r.h[10:16].lower()}@mx.google.com>", "Auto-Submitted: auto-replied",
                      f"References: {r.ck_id}", f"In-Reply-To: {r.ck_id}", "X-Failed-Recipients: " + rcpt])  # fmt: skip
        parts = [
            multipart("alternative", "000000000000" + r.h[:16].lower() + "b",
                      [part("text/plain", "UTF-8", "quoted-printable", text)]),
            _raw_part("message/delivery-status", status),
            _rfc822_headers(r, rcpt),
        ]  # fmt: skip
        return head + _report("delivery-status", "000000000000" + r.h[:16].lower(), parts)

    return build


def exchange_oof(prefix: str, charset: str, lang: str) -> Callable[[Reply], bytes]:
    """Exchange/Outlook OOF: Auto-Submitted: auto-generated, UTC date, text+HTML."""

    def build(r: Reply) -> bytes:
        name, addr = r.sender
        subj = prefix + SUBJECT[r.thread]
        html = "".join(f"<p>{ln or '&nbsp;'}</p>" for ln in r.body.split("\n"))
        extra = [
            f"Message-ID: <{r.h[:8]}{r.h[8:24]}@SG2PR06MB{r.h[24:28]}.apcprd06.prod.outlook.com>",
            f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}",
            f"Thread-Topic: {enc_word(SUBJECT[r.thread])}", f"Thread-Index: AQ{r.h[:20]}==",
            "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
            f"X-MS-Exchange-Inbox-Rules-Loop: {addr}", f"Content-Language: {lang}",
            "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
        ]  # fmt: skip
        head = _head(
            r,
            f"{enc_word(name, 'utf-8') if not name.isascii() else name} <{addr}>",
            enc_word(subj),
            extra,
            utc=True,
        )
        parts = [part("text/plain", charset, "base64", r.body),
                 part("text/html", charset, "base64", f"<html><body>{html}</body></html>")]  # fmt: skip
        return head + multipart("alternative", f"_000_{r.h[:32]}_", parts)

    return build


def qq_vacation(r: Reply) -> bytes:
    """QQ Mail's holiday reply: HTML only, GB18030, no auto header, no threading header."""
    name, addr = r.sender
    html = (
        '<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>这是来自QQ邮箱的假期自动回复邮件。'
        f"<br><br>{r.body.replace(chr(10), '<br>')}</div>"
    )
    head = _head(r, f'"{enc_word(name, "gb18030")}" <{addr}>', enc_word("自动回复: " + SUBJECT[r.thread], "gb18030"),
                 [f"Message-ID: <tencent_{r.h[:24]}@qq.com>", "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x"])  # fmt: skip
    return head + part("text/html", "GB18030", "base64", html)


def n163_plain_auto(r: Reply) -> bytes:
    """163's auto-reply: a subject prefix and nothing else that says machine."""
    name, addr = r.sender
    head = _head(r, f"{enc_word(name, 'GBK')} <{addr}>", enc_word("自动回复：" + SUBJECT[r.thread], "GBK"),
                 [f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.Coremail.{addr.split('@')[0]}@163.com>",
                  "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)",
                  "X-Coremail-Locale: zh_CN"])  # fmt: skip
    return head + part("text/plain", "GBK", "base64", r.body)


def alimail_auto(r: Reply) -> bytes:
    """Alimail's auto-reply: Auto-Submitted: auto-replied, threaded to the reminder."""
    name, addr = r.sender
    head = _head(r, f"{enc_word(name)} <{addr}>", enc_word("自动回复：" + SUBJECT[r.thread]),
                 [f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}.{addr}>", f"In-Reply-To: {r.ck_id}",
                  f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
                  "X-Mailer: [Alimail-Mailagent][AutoReply]"])  # fmt: skip
    return head + part("text/plain", "UTF-8", "quoted-printable", r.body)


def icloud_vacation(r: Reply) -> bytes:
    """iCloud's vacation reply: X-Apple-Action: VACATION, no Auto-Submitted."""
    name, addr = r.sender
    head = _head(r, f"{enc_word(name)} <{addr}>", "Auto reply: " + enc_word(SUBJECT[r.thread]),
                 [f"Message-Id: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@icloud.com>",
                  f"In-Reply-To: {r.ck_id}", "X-Apple-Action: VACATION"])  # fmt: skip
    return head + part("text/plain", "utf-8", "quoted-printable", r.body)


def outlook_read_zh(r: Reply) -> bytes:
    """Outlook zh-CN read receipt (已读:), gb2312 label, a disposition-notification part."""
    name, addr = r.sender
    s = r.sent
    text = f"""您的邮件

  收件人: {name}
  主题: {SUBJECT[r.thread]}
  发送时间: {s.year}/{s.month}/{s.day} {s:%H:%M}

已于 {r.when.year}/{r.when.month}/{r.when.day} {r.when:%H:%M} 读取。"""
    mdn = f"""Reporting-UA: {addr.split("@")[1]}; Microsoft Outlook 16.0
Final-Recipient: rfc822;{addr}
Original-Message-ID: {r.ck_id}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    head = _head(r, f"{enc_word(name, 'gb2312')} <{addr}>", enc_word("已读: " + SUBJECT[r.thread], "gb2312"),
                 [f"Message-ID: <{r.h[:4].lower()}01db$read{r.h[4:12].lower()}@{addr.split('@')[1]}>",
                  f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "X-Mailer: Microsoft Outlook 16.0",
                  "Content-Language: zh-cn"], utc=True)  # fmt: skip
    parts = [
        part("text/plain", "gb2312", "base64", text),
        _raw_part("message/disposition-notification", mdn),
    ]
    return head + _report("disposition-notification", f"----=_NextPart_{r.h[:20]}", parts)


def thunderbird_receipt(r: Reply) -> bytes:
    """Thunderbird's return receipt (displayed)."""
    name, addr = r.sender
    text = f"""This is a Return Receipt for the mail that you sent to {addr}.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents."""
    mdn = f"""Reporting-UA: {addr.split("@")[1]}; Mozilla Thunderbird
Final-Recipient: rfc822;{addr}
Original-Message-ID: {r.ck_id}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    head = _head(r, f"{name} <{addr}>", "Return Receipt (displayed) - " + enc_word(SUBJECT[r.thread]),
                 [f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-mdn@{addr.split('@')[1]}>",
                  f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "User-Agent: Mozilla Thunderbird"])  # fmt: skip
    parts = [part("text/plain", "UTF-8", "7bit", text), _raw_part("message/disposition-notification", mdn),
             _rfc822_headers(r, addr)]  # fmt: skip
    return head + _report("disposition-notification", f"------------{r.h[:24]}", parts)


def ticket_ack(r: Reply) -> bytes:
    """An AP helpdesk's acknowledgement with a ticket number."""
    name, addr = r.sender
    head = _head(r, f"{name} <{addr}>", f"[Request #48213] Re: {SUBJECT[r.thread]}",
                 [f"Message-ID: <{r.h[:12].lower()}_48213@levantpharma.zendesk.com>", f"In-Reply-To: {r.ck_id}",
                  f"References: {r.ck_id}", "Auto-Submitted: auto-generated", "X-Autoreply: yes",
                  "Precedence: auto_reply"])  # fmt: skip
    return head + part("text/plain", "UTF-8", "quoted-printable", r.body)


def newsletter(r: Reply) -> bytes:
    """A GB18030 HTML newsletter about invoices and overdue payments (bulk, unsubscribe)."""
    name, addr = r.sender
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030"></head><body><table width="600">{"".join(f"<tr><td>{ln}</td></tr>" for ln in r.body.split(chr(10)))}</table></body></html>'
    head = _head(r, f'"{enc_word(name, "gb18030")}" <{addr}>', enc_word("【财税云课堂】12月征期提醒｜逾期付款如何入账？数电发票全面推行", "gb18030"),
                 [f"Message-ID: <nl.20261207.{r.h[:10].lower()}@edm.caishuiyun.cn>", "Precedence: bulk",
                  "List-Unsubscribe: <https://edm.caishuiyun.cn/u?e=ar%40example.cn>, <mailto:unsub@edm.caishuiyun.cn>",
                  "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: EDM Sender 3.2"])  # fmt: skip
    return head + part("text/html", "GB18030", "base64", html)


def M(style: str, kind: str, body: str, thread: str, who: tuple, day: int, tz: str, raw: Callable, **kw) -> tuple:  # fmt: skip
    opts = {
        "thread": thread,
        "sender": who,
        "day": date(2026, 12, day),
        "tz": tz,
        "raw": raw,
        "danger": True,
    }
    opts.update(kw)
    return (style, kind, None, body, opts)


SH, TW, AT, KT, TL = (
    "Asia/Shanghai",
    "Asia/Taipei",
    "Europe/Athens",
    "Asia/Kathmandu",
    "Europe/Tallinn",
)
MACHINE_X = [
    M("olen", "bounce", "", "x_goji", ("", "MAILER-DAEMON@mx.nxqxhong.com"), 2, SH,
      postfix_dsn("yangqiong@nxqxhong.com", "mx.nxqxhong.com"), note="a departed cashier's box; 5.1.1"),
    M("coremail", "bounce", "", "x_steel", ("系统退信", "postmaster@jdsteel.com.cn"), 2, SH,
      coremail_nodsn("wangxp@jdsteel.com.cn", "jdsteel.com.cn"), note="no delivery-status part"),
    M("olen", "bounce", "", "x_ba", ("", "MAILER-DAEMON@relay.example.cn"), 3, SH,
      postfix_delay("pagos@yerbalatierra.com.ar", "relay.example.cn"), note="a delay: not permanent"),
    M("olen", "bounce", "", "x_ktm", ("", "Mailer-Daemon@smtp.example.cn"), 2, SH,
      exim_words("info@himalayantrails.com.np", "smtp.example.cn"), note="Exim words only, no delivery-status part"),
    M("gmailen", "bounce", "", "x_kigali", ("", "mailer-daemon@googlemail.com"), 2, "Africa/Kigali",
      gmail_nosuch("habimana.motopay@gmail.com")),
    M("olzhcn", "auto_reply", "您好，我于2026年12月7日至12月11日参加市民政局业务培训，期间邮件回复可能不及时。\n付款相关事宜请联系财务室欧阳红，电话0792-8356217。\n\n胡建华",
      "x_funeral", ("胡建华", "hujh@jjbz.org.cn"), 7, SH, exchange_oof("自动答复: ", "utf-8", "zh-CN"), note="names 付款 and dates"),
    M("owazhtw", "auto_reply", "您好，本人於12月21日（一）至12月25日（五）休假，期間無法即時回覆郵件。\n請款及付款事宜請洽會計 陳小姐（分機213）。\n\n黃淑惠",
      "x_vet", ("黃淑惠", "admin@anxin-vet.com.tw"), 21, TW, exchange_oof("自動回覆: ", "utf-8", "zh-TW")),
    M("olen", "auto_reply", "Thank you for your email. I am out of the office until Monday 14/12 with limited access to email.\nFor payment matters please contact accounts@aegeanlines.gr.\n\nGiorgos Papadakis",
      "x_athens", ("Giorgos Papadakis", "g.papadakis@aegeanlines.gr"), 10, AT, exchange_oof("Automatic reply: ", "utf-8", "en-US")),
    M("qqweb", "auto_reply", "您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。", "x_hs",
      ("南大门票务", "2850017761@qq.com"), 8, SH, qq_vacation, note="HTML only, no auto header"),
    M("n163", "auto_reply", "您好，您的邮件已收到。本人12月份在外地跑市场，付款的事情请直接联系财务谭姐，电话0731-58213360。\n\n易帆", "x_betel",
      ("易帆", "yifan_xt@163.com"), 3, SH, n163_plain_auto, note="no auto header; names 付款"),
    M("alimail", "auto_reply", "您的来信已收到，我会尽快处理。\n\n汪静 财务部", "x_hs", ("汪静", "wangjing@hstourism.cn"), 2, SH, alimail_auto),
    M("ioszhtw", "auto_reply", "我這幾天在園區忙採收，回覆會比較慢，急事請打0912-338-516。\n\n邱爸", "x_berry", ("邱爸", "qiu.farm@icloud.com"), 14, TW, icloud_vacation),
    M("olzhcn", "auto_reply", "", "x_steel", ("高建国", "gaojg@jdsteel.com.cn"), 7, SH, outlook_read_zh, note="read receipt"),
    M("tben", "auto_reply", "", "x_tallinn", ("Rein Kask", "rein.kask@arvekiri.ee"), 2, TL, thunderbird_receipt, note="read receipt"),
    M("gmailen", "auto_reply", """Hello,

Your request (48213) has been received and is being reviewed by our Accounts Payable team.

To add additional comments, reply to this email.

Levant Pharma - Accounts Payable""", "x_amman", ("Levant Pharma AP", "ap@levantpharma.zendesk.com"), 2, "Asia/Amman", ticket_ack),
    M("qqhtml", "other", """财税云课堂 · 12月征期提醒
1. 12月15日前完成11月增值税申报，逾期将产生滞纳金。
2. 客户逾期付款如何入账？收到付款回单后的账务处理全解析。
3. 数电发票全面推行：红字发票、作废与重开的新流程。
如不想再收到本邮件，请点击退订。""", "x_hs", ("财税云课堂", "news@edm.caishuiyun.cn"), 7, SH, newsletter, known=False,
      note="a bulk newsletter from an unknown sender"),
]  # fmt: skip
