"""Set ZD's machine mail, each with its own bytes as the server that sends it writes them.

Bounces (Postfix DSN 5.1.1, a Postfix delay 4.4.1, an Exchange Online NDR 5.2.2, a Coremail
系统退信 without a delivery-status part, a Tencent Exmail 退信), out-of-office replies
(Exchange zh-CN / zh-TW / en, QQ's vacation reply in HTML only, a 163 auto-reply with no
header, an Alimail auto-reply, a Gmail vacation responder with its own subject), read
receipts (Outlook 已读, Thunderbird), a helpdesk acknowledgement and a bulk newsletter.
Every builder takes the heldout_c_mime.Reply that names the thread, sender and time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_zd import ROUNDS, d

Builder = Callable[[Reply], bytes]


def _date(r: Reply, utc: bool = False, tail: str = "") -> str:
    when = r.when.astimezone(UTC) if utc else r.when
    return format_datetime(when).replace("-0000", "+0000") + tail


def _sent(r: Reply) -> datetime:
    """When our reminder of the thread went out: 09:00 on its round's day, the sender's zone."""
    return datetime.combine(ROUNDS[int(r.thread[-1])], time(9), r.when.tzinfo)


def _head(lines: list[str]) -> bytes:
    return ("\r\n".join([*lines, "MIME-Version: 1.0"]) + "\r\n").encode()


def _orig_headers(r: Reply, to: str) -> str:
    """The returned message's headers, as a DSN quotes them."""
    sent = format_datetime(_sent(r))
    return (
        f"Message-ID: {r.ck_id}\r\nDate: {sent}\r\nFrom: Example Tech Accounts <ar@example.cn>\r\n"
        f"To: {to}\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
    )


def _dsn(
    r: Reply,
    *,
    mta: str,
    sender: str,
    subject: str,
    human: str,
    to: str,
    status: str,
    action: str,
    diag: str,
    extra: str = "",
    full_original: bool = False,
) -> bytes:
    """A multipart/report delivery-status notification (RFC 3464)."""
    bnd = f"{r.h[:8]}.{r.h[8:18]}/{mta}"
    status_part = (
        f"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        f"Reporting-MTA: dns; {mta}\r\nX-Postfix-Queue-ID: {r.h[:10]}\r\nArrival-Date: "
        f"{format_datetime(_sent(r))}\r\n\r\nFinal-Recipient: rfc822; {to}\r\nOriginal-Recipient: rfc822;{to}\r\n"
        f"Action: {action}\r\nStatus: {status}\r\nRemote-MTA: dns; {to.split('@')[1]}\r\n"
        f"Diagnostic-Code: smtp; {diag}\r\n{extra}"
    ).encode()
    kind = "message/rfc822" if full_original else "text/rfc822-headers"
    orig = (
        f"Content-Description: Undelivered Message Headers\r\nContent-Type: {kind}\r\n\r\n".encode()
    )
    orig += _orig_headers(r, to).encode()
    if full_original:
        orig += b"Content-Type: text/plain; charset=utf-8\r\n\r\n(body omitted)\r\n"
    human_part = (
        "Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        + human
    ).encode()
    out = _head([
        "Return-Path: <>", f"Date: {_date(r)}", f"From: {sender}", "To: ar@example.cn",
        f"Subject: {subject}", f"Message-Id: <20261201{r.h[:12]}@{mta}>", "Auto-Submitted: auto-replied",
    ])  # fmt: skip
    out += (
        f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"\r\n'
        "Content-Transfer-Encoding: 7bit\r\n\r\nThis is a MIME-encapsulated message.\r\n\r\n"
    ).encode()
    for p in (human_part, status_part, orig):
        out += f"--{bnd}\r\n".encode() + p + b"\r\n"
    return out + f"--{bnd}--\r\n".encode()


def postfix_user_unknown(r: Reply) -> bytes:
    to = "chuna@txmian.com"
    human = (
        "This is the mail system at host mx1.txmian.com.\r\n\r\nI'm sorry to have to inform you that your "
        "message could not\r\nbe delivered to one or more recipients. It's attached below.\r\n\r\nFor further "
        "assistance, please send mail to postmaster.\r\n\r\nIf you do so, please include this problem report. "
        "You can\r\ndelete your own text from the attached returned message.\r\n\r\n"
        "                   The mail system\r\n\r\n"
        f"<{to}>: host mx1.txmian.com[118.31.27.4] said: 550 5.1.1\r\n    <{to}>: Recipient address rejected: "
        "User unknown in virtual mailbox\r\n    table (in reply to RCPT TO command)\r\n"
    )
    return _dsn(r, mta="mx1.txmian.com", sender="MAILER-DAEMON@mx1.txmian.com (Mail Delivery System)",
                subject="Undelivered Mail Returned to Sender", human=human, to=to, status="5.1.1",
                action="failed", diag=f"550 5.1.1 <{to}>: Recipient address rejected: User unknown")  # fmt: skip


def postfix_delayed(r: Reply) -> bytes:
    to = "accounts@noyyalknit.in"
    human = (
        "This is the mail system at host smtp.example.cn.\r\n\r\n####################################"
        "################################\r\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR "
        "MESSAGE. #\r\n####################################################################\r\n\r\n"
        "Your message could not be delivered for more than 24 hour(s).\r\nIt will be retried until it is "
        "5 day(s) old.\r\n\r\n                   The mail system\r\n\r\n"
        f"<{to}>: connect to mail.noyyalknit.in[103.21.58.19]:25: Connection timed\r\n    out\r\n"
    )
    until = format_datetime(_sent(r) + timedelta(days=5))
    return _dsn(r, mta="smtp.example.cn", sender="MAILER-DAEMON@example.cn (Mail Delivery System)",
                subject="Delayed Mail (still being retried)", human=human, to=to, status="4.4.1",
                action="delayed", diag="connect to mail.noyyalknit.in[103.21.58.19]:25: Connection timed out",
                extra=f"Will-Retry-Until: {until}\r\n")  # fmt: skip


def exchange_mailbox_full(r: Reply) -> bytes:
    to = "dave.parkin@hallamsteel.co.uk"
    human = (
        "Your message to dave.parkin@hallamsteel.co.uk couldn't be delivered.\r\n\r\ndave.parkin's mailbox "
        "is full.\r\n\r\nAction Required\r\nTry again later, or contact the recipient by some other means.\r\n\r\n"
        "How to Fix It\r\nThe recipient's mailbox is full and can't accept messages now. Try resending your "
        "message later, or contact the recipient directly.\r\n\r\nDiagnostic information for administrators:\r\n"
        "Generating server: LO2P265MB2871.GBRP265.PROD.OUTLOOK.COM\r\n"
        f"{to}\r\nRemote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceeded'\r\n"
    )
    return _dsn(r, mta="LO2P265MB2871.GBRP265.PROD.OUTLOOK.COM",
                sender="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hallamsteel.co.uk>",
                subject=f"Undeliverable: {enc_word(SUBJECT[r.thread])}", human=human, to=to, status="5.2.2",
                action="failed", diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceeded",
                full_original=True)  # fmt: skip


def coremail_bounce(r: Reply) -> bytes:
    """A Coremail 系统退信: HTML only, GBK, no delivery-status part."""
    subj = SUBJECT[r.thread]
    body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
        "<p>抱歉，您的邮件被退回来了……</p><p><b>原邮件信息：</b><br>时　间："
        f"{_sent(r):%Y-%m-%d %H:%M:%S}<br>"
        f"主　题：{subj}<br>收件人：wangjing@tcqcdc.cn</p><p><b>退信原因：</b><br>"
        "收件人邮箱空间已满，无法接收新邮件。<br>(552 Requested mail action aborted: exceeded mailsize limit)</p>"
        "<p>建议解决方案：请联系收件人清理邮箱后重新发送。</p><p>此邮件为系统自动发出，请勿直接回复。</p></body></html>"
    )
    head = _head([
        f"Date: {_date(r, tail=' (GMT+08:00)')}", "From: postmaster@tcqcdc.cn", "To: ar@example.cn",
        f"Subject: {enc_word('系统退信', 'GBK')}", f"Message-ID: <{r.h[:8].lower()}.{r.h[8:14].lower()}@tcqcdc.cn>",
        "X-Mailer: Coremail Webmail Server Version XT6.0.3", "Auto-Submitted: auto-generated",
    ])  # fmt: skip
    return head + part("text/html", "GBK", "base64", body)


def exmail_bounce(r: Reply) -> bytes:
    """A Tencent Exmail 退信 in text and HTML, without a delivery-status part."""
    subj = SUBJECT[r.thread]
    text = (
        "很抱歉您发送的邮件被退回，以下是该邮件的相关信息：\n\n"
        f"被退回的邮件\n主　题：{subj}\n时　间：{_sent(r).year}年{_sent(r).month}月{_sent(r).day}日 {_sent(r):%H:%M}\n"
        "收件人：ajscb@ajzhuyun.com\n\n退信原因\n收件人地址不存在，请核实后重新发送。\n"
        "(550 Mailbox not found or access denied)\n\n此邮件由系统自动发送，请不要直接回复。"
    )
    html = (
        "<html><body>"
        + "".join(f"<div>{ln or '<br>'}</div>" for ln in text.split("\n"))
        + "</body></html>"
    )
    head = _head([
        f"Date: {_date(r)}", f"From: {enc_word('系统退信')} <postmaster@ajzhuyun.com>", "To: ar@example.cn",
        f"Subject: {enc_word('退信：' + subj)}", f"Message-ID: <tencent_{r.h[:24]}@qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "Auto-Submitted: auto-replied",
    ])  # fmt: skip
    bnd = f"----=_NextPart_{r.h[:8]}_{r.h[8:16]}_{r.h[16:24]}"
    return head + multipart("alternative", bnd, [part("text/plain", "utf-8", "base64", text),
                                                   part("text/html", "utf-8", "base64", html)])  # fmt: skip


def _exchange_oof(r: Reply, prefix: str, charset: str, text: str, lang: str) -> bytes:
    subj = prefix + SUBJECT[r.thread]
    name, email = r.sender
    head = _head([
        f"From: {enc_word(name, charset) if not name.isascii() else name} <{email}>", "To: ar@example.cn",
        f"Subject: {enc_word(subj, charset)}", f"Date: {_date(r, utc=True)}",
        f"Message-ID: <SEYPR06MB{r.h[:20]}@SEYPR06MB{r.h[20:24]}.apcprd06.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", f"Thread-Topic: {enc_word(SUBJECT[r.thread])}",
        f"Thread-Index: Ad{r.h[:22]}==", "Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
        f"X-MS-Exchange-Inbox-Rules-Loop: {email}", "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
        f"Content-Language: {lang}", "Return-Path: <>",
    ])  # fmt: skip
    html = (
        "<html><body>"
        + "".join(f"<p>{ln or '&nbsp;'}</p>" for ln in text.split("\n"))
        + "</body></html>"
    )
    bnd = f"_000_{r.h[:32]}_"
    return head + multipart("alternative", bnd, [part("text/plain", charset, "base64", text),
                                                   part("text/html", charset, "base64", html)])  # fmt: skip


def oof_zh_cn(r: Reply) -> bytes:
    text = ("您好！\n\n我于2026年12月21日至12月25日休假，期间不能及时回复邮件。\n"
            "付款、发票相关事宜请联系出纳陈小姐，电话0769-8531 2277。\n\n黄丽华")  # fmt: skip
    return _exchange_oof(r, "自动答复: ", "gb2312", text, "zh-CN")


def oof_zh_tw(r: Reply) -> bytes:
    text = "您好，本人11/30至12/1休假，12/2恢復上班。\n付款相關事宜請洽會計課 分機22。\n\n黃雅琪"
    return _exchange_oof(r, "自動回覆: ", "big5", text, "zh-TW")


def oof_en(r: Reply) -> bytes:
    text = ("Thank you for your email. I am out of the office until Monday 4 January 2027 with no access to "
            "email.\n\nFor urgent payment queries please contact Geoff Hodgson on 0114 272 0480.\n\n"
            "Karen Whitworth\nAccounts")  # fmt: skip
    return _exchange_oof(r, "Automatic reply: ", "us-ascii", text, "en-GB")


def qq_vacation(r: Reply) -> bytes:
    """QQ Mail's holiday reply: HTML only, GB18030, no auto header and no threading header."""
    body = (
        '<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>这是来自QQ邮箱的假期自动回复邮件。'
        "<br><br>您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。</div>"
    )
    head = _head([
        f"From: \"{enc_word('马永祥', 'gb18030')}\" <{r.sender[1]}>", "To: ar@example.cn",
        f"Subject: {enc_word('自动回复: ' + SUBJECT[r.thread], 'gb18030')}", f"Date: {_date(r)}",
        f"Message-ID: <tencent_{r.h[:24]}@qq.com>", "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x",
    ])  # fmt: skip
    return head + part("text/html", "GB18030", "base64", body)


def n163_autoreply(r: Reply) -> bytes:
    """A 163 auto-reply: GBK text, no Auto-Submitted or Precedence header."""
    text = (
        "您的来信已收到，我会尽快处理。\n\n对账、付款事宜请致电 0851-2251 6608。\n\n田晓梅 财务部"
    )
    head = _head([
        f"From: {enc_word('田晓梅', 'GBK')} <{r.sender[1]}>", "To: ar@example.cn",
        f"Subject: {enc_word('自动回复：' + SUBJECT[r.thread], 'GBK')}", f"Date: {_date(r, tail=' (CST)')}",
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.{r.h[12:23].lower()}.Coremail.tianxm_rh@163.com>",
        f"In-Reply-To: {r.ck_id}", "X-Mailer: Coremail Webmail Server Version XT5.0.14",
    ])  # fmt: skip
    return head + part("text/plain", "GBK", "base64", text, "\n")


def alimail_autoreply(r: Reply) -> bytes:
    text = ("您好，集团财务部已收到您的邮件。\n供应商付款统一于每周四处理，对账请联系 0451-8462 7700。\n"
            "本邮件为自动回复，请勿直接回复。")  # fmt: skip
    head = _head([
        f"From: {enc_word('集团财务部')} <{r.sender[1]}>", "To: ar@example.cn",
        f"Subject: {enc_word('自动回复：' + SUBJECT[r.thread])}", f"Date: {_date(r)}",
        f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}.{r.sender[1]}>",
        f"In-Reply-To: {r.ck_id}", "Auto-Submitted: auto-replied",
        "X-Mailer: [Alimail-Mailagent revision 2546561][W4_6173578][DEFAULT][Chrome]",
    ])  # fmt: skip
    return head + part("text/plain", "UTF-8", "quoted-printable", text)


def gmail_vacation(r: Reply) -> bytes:
    text = ("Thanks for your note. I'm out of the office through January 4 with limited email.\n"
            "For payables, please contact Tom Brekke at ap@driftlessvalleycheese.coop.\n\nKarin")  # fmt: skip
    head = _head([
        f"From: {r.sender[0]} <{r.sender[1]}>", "To: ar@example.cn", "Subject: Out of office - back Jan 4",
        f"Date: {_date(r)}", f"Message-ID: <CA{r.h[:10]}{r.h[10:30].lower()}@mail.gmail.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
    ])  # fmt: skip
    bnd = "000000000000" + r.h[:16].lower()
    return head + multipart("alternative", bnd, [part("text/plain", "UTF-8", "quoted-printable", text),
                                                   part("text/html", "UTF-8", "quoted-printable",
                                                        "<div>" + text.replace("\n", "<br>") + "</div>")])  # fmt: skip


def _mdn(r: Reply, subject: str, human: str, ua: str, disposition: str, charset: str) -> bytes:
    head = _head([
        f"From: {enc_word(r.sender[0], charset) if not r.sender[0].isascii() else r.sender[0]} <{r.sender[1]}>",
        "To: ar@example.cn", f"Subject: {subject}", f"Date: {_date(r, utc=charset != 'UTF-8')}",
        f"Message-ID: <{r.h[:24].lower()}@{r.sender[1].split('@')[1]}>", f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
    ])  # fmt: skip
    bnd = f"----MDN{r.h[:16]}"
    notif = (
        f"Content-Type: message/disposition-notification\r\n\r\nReporting-UA: {ua}\r\n"
        f"Final-Recipient: rfc822;{r.sender[1]}\r\nOriginal-Message-ID: {r.ck_id}\r\nDisposition: {disposition}\r\n"
    ).encode()
    out = (
        head
        + (
            f'Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary="{bnd}"\r\n\r\n'
        ).encode()
    )
    for p in (part("text/plain", charset, "base64", human), notif):
        out += f"--{bnd}\r\n".encode() + p + b"\r\n"
    return out + f"--{bnd}--\r\n".encode()


def outlook_read(r: Reply) -> bytes:
    subj = SUBJECT[r.thread]
    human = (f"您的邮件\n\n    收件人: 周伟\n    主题: {subj}\n    发送时间: {_sent(r).year}/{_sent(r).month}/{_sent(r).day}"
             f" {_sent(r):%H:%M}\n\n已于 {r.when.year}/{r.when.month}/{r.when.day} {r.when:%H:%M} 读取。")  # fmt: skip
    return _mdn(r, enc_word("已读: " + subj, "gb2312"), human, "Microsoft Outlook 16.0",
                "manual-action/MDN-sent-manually; displayed", "gb2312")  # fmt: skip


def thunderbird_receipt(r: Reply) -> bytes:
    subj = SUBJECT[r.thread]
    human = (f"This is a Return Receipt for the mail that you sent to {r.sender[1]}.\n\nNote: This Return Receipt "
             "only acknowledges that the message was displayed on the recipient's computer. There is no guarantee "
             "that the recipient has read or understood the message contents.")  # fmt: skip
    return _mdn(r, f"Return Receipt (displayed) - {enc_word(subj)}", human,
                "mail.uhren-kienzler.de; Thunderbird 128.5.2", "manual-action/MDN-sent-manually; displayed",
                "UTF-8")  # fmt: skip


def zendesk_ack(r: Reply) -> bytes:
    text = ("##- Please type your reply above this line -##\n\nYour request (48211) has been received and is "
            "being reviewed by our finance support team.\n\nTo add additional comments, reply to this email.\n\n"
            "Supplier payments are processed in the weekly payment run. We aim to respond within 3 business "
            "days.\n\nTiong Bahru Kopi Group - Finance Helpdesk")  # fmt: skip
    head = _head([
        "From: Tiong Bahru Kopi Finance <support@tbkopi.zendesk.com>", "To: ar@example.cn",
        f"Subject: [Request received] {SUBJECT[r.thread]}", f"Date: {_date(r, utc=True)}",
        f"Message-ID: <{r.h[:12].lower()}_{r.h[12:20].lower()}_sprut@zendesk.com>", f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}", "Auto-Submitted: auto-generated", "X-Mailer: Zendesk Mailer",
        "X-Zendesk-From-Account-Id: 2a8c1f", "Precedence: bulk",
    ])  # fmt: skip
    return head + part("text/plain", "utf-8", "quoted-printable", text)


def newsletter(r: Reply) -> bytes:
    """A bulk newsletter from a liquor-trade site: answers nothing of ours."""
    body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030"></head><body>'
        "<h2>酱酒行业周报（第48期）</h2><p>年底回款潮来袭：经销商付款周期普遍拉长，多家酒企要求12月20日前"
        "完成货款结算，逾期付款将影响明年配额。</p><p>本期导读：1. 坤沙基酒价格走势；2. 下沙季用工；"
        '3. 如何催收经销商欠款（附付款提醒模板）。</p><p>如不想再收到本邮件，请<a href="https://mail.jiuyeinfo.cn/u">'
        "退订</a>。</p></body></html>"
    )
    head = _head([
        f"From: {enc_word('酒业资讯网', 'gb18030')} <news@mail.jiuyeinfo.cn>", f"To: {r.sender[1]}",
        f"Subject: {enc_word('酱酒行业周报｜年底回款潮来袭，经销商付款周期普遍拉长', 'gb18030')}",
        f"Date: {_date(r)}", f"Message-ID: <{r.h[:20].lower()}@mail.jiuyeinfo.cn>", "Precedence: bulk",
        "List-Unsubscribe: <https://mail.jiuyeinfo.cn/u>, <mailto:unsubscribe@mail.jiuyeinfo.cn>",
        "List-Id: <weekly.jiuyeinfo.cn>",
    ])  # fmt: skip
    return head + part("text/html", "GB18030", "base64", body)


def _m(
    style: str,
    kind: str,
    raw: Builder,
    th: str,
    who: tuple[str, str],
    day: int | date,
    tz: str = "",
    **opts: object,
) -> tuple:
    o = {
        "thread": f"zd_{th}",
        "raw": raw,
        "sender": who,
        "day": day if isinstance(day, date) else d(day),
        "danger": True,
        **opts,
    }
    if tz:
        o["tz"] = tz
    return (style, kind, None, "", o)  # fmt: skip


ZD_MACHINE = [
    _m("n163", "bounce", postfix_user_unknown, "mh2", ("", "MAILER-DAEMON@mx1.txmian.com"), 7),
    _m(
        "olen",
        "bounce",
        exchange_mailbox_full,
        "sf1",
        ("", "postmaster@hallamsteel.co.uk"),
        date(2026, 11, 30),
        "Europe/London",
    ),
    _m("olen", "bounce", postfix_delayed, "tp1", ("", "MAILER-DAEMON@example.cn"), 1),
    _m("coremail", "bounce", coremail_bounce, "jk2", ("", "postmaster@tcqcdc.cn"), 7),
    _m(
        "exmail",
        "bounce",
        exmail_bounce,
        "aj1",
        ("", "postmaster@ajzhuyun.com"),
        date(2026, 11, 30),
    ),
    _m("olzhcn", "auto_reply", oof_zh_cn, "mj3", ("黄丽华", "huanglh@dgjingrui.com"), 21),
    _m(
        "olzhtw",
        "auto_reply",
        oof_zh_tw,
        "sm1",
        ("黃雅琪", "yaci.huang@sianwang.com.tw"),
        date(2026, 11, 30),
        "Asia/Taipei",
    ),
    _m(
        "olen",
        "auto_reply",
        oof_en,
        "sf2",
        ("Karen Whitworth", "accounts@hallamsteel.co.uk"),
        23,
        "Europe/London",
    ),
    _m(
        "qqhtml",
        "auto_reply",
        qq_vacation,
        "mh1",
        ("马永祥", "1520839746@qq.com"),
        date(2026, 11, 30),
    ),
    _m(
        "n163",
        "auto_reply",
        n163_autoreply,
        "jx1",
        ("田晓梅", "tianxm_rh@163.com"),
        date(2026, 11, 30),
    ),
    _m(
        "alimail",
        "auto_reply",
        alimail_autoreply,
        "hc2",
        ("集团财务部", "caiwu@ldwhongchang.com"),
        7,
    ),
    _m(
        "gmailen",
        "auto_reply",
        gmail_vacation,
        "wi3",
        ("Karin Lindqvist", "karin.driftlessvalley@gmail.com"),
        21,
        "America/Chicago",
    ),
    _m("olzhcn", "auto_reply", outlook_read, "mj2", ("周伟", "zhouwei@dgjingrui.com"), 8),
    _m(
        "tben",
        "auto_reply",
        thunderbird_receipt,
        "bf1",
        ("Markus Kienzler", "m.kienzler@uhren-kienzler.de"),
        1,
        "Europe/Berlin",
    ),
    _m(
        "olen",
        "auto_reply",
        zendesk_ack,
        "sg2",
        ("Tiong Bahru Kopi Finance", "support@tbkopi.zendesk.com"),
        7,
        "Asia/Singapore",
    ),
    _m(
        "qqhtml",
        "other",
        newsletter,
        "jx2",
        ("", "tianxm_rh@163.com"),
        8,
        known=False,
        note="a bulk newsletter (Precedence: bulk, List-Unsubscribe) that answers nothing of ours",
    ),
]
