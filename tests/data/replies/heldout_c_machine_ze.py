"""Set ZE's machine mail, byte by byte: bounces, auto-replies, read receipts and a newsletter.

Each builder writes what the server or client writes (MAIL-CLIENTS.md): a Postfix DSN and a
Postfix delay warning, an Exchange Online NDR with the original attached, an Exim bounce with
no delivery-status part, a 163 系统退信 in GBK HTML; Exchange OOF in zh-CN and en, an Exmail
auto-reply, QQ's holiday reply (HTML only, no auto header), a 163 auto-reply with no header,
an iCloud VACATION, a Gmail vacation responder with its own subject, an Outlook 已读 receipt,
a Thunderbird return receipt and a bulk newsletter that answers nothing of ours.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_ze import day

AR = "ar@example.cn"


def _head(lines: list[str]) -> bytes:
    return ("\r\n".join([*lines, "MIME-Version: 1.0"]) + "\r\n").encode()


def _date(r: Reply, utc: bool = False) -> str:
    d = format_datetime(r.when.astimezone(UTC) if utc else r.when)
    return d.replace("-0000", "+0000")


def _queued(r: Reply, minutes: int = 3) -> datetime:
    """When our reminder left the relay: a bounce comes back minutes (a delay hours) later."""
    return r.when - timedelta(minutes=minutes)


def _orig_headers(r: Reply, rcpt: str, minutes: int = 3) -> str:
    """The headers of our reminder as a bounce quotes them."""
    return (
        f"From: =?utf-8?B?56S65L6L56eR5oqAIOW6lOaUtui0puasvg==?= <{AR}>\r\nTo: {rcpt}\r\n"
        f"Subject: {enc_word(SUBJECT[r.thread])}\r\nDate: {format_datetime(_queued(r, minutes))}\r\n"
        f"Message-ID: {r.ck_id}\r\nMIME-Version: 1.0\r\n"
    )


def _dsn(
    r: Reply,
    mta: str,
    rcpt: str,
    action: str,
    status: str,
    diag: str,
    extra: str = "",
    minutes: int = 3,
) -> bytes:
    return (
        f"Reporting-MTA: dns; {mta}\r\nX-Postfix-Queue-ID: 4G7{r.h[:8]}\r\n"
        f"Arrival-Date: {format_datetime(_queued(r, minutes))}\r\n\r\nFinal-Recipient: rfc822; {rcpt}\r\n"
        f"Original-Recipient: rfc822;{rcpt}\r\nAction: {action}\r\nStatus: {status}\r\n{extra}"
        f"Diagnostic-Code: smtp; {diag}\r\n"
    ).encode()


def postfix_unknown(r: Reply) -> bytes:
    """Our relay's DSN: the remote server refused a departed clerk's address (5.1.1)."""
    rcpt = "hu.kuaiji@chishuihe-jiu.com"
    text = (
        "This is the mail system at host mail.example.cn.\n\nI'm sorry to have to inform you that your message "
        "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
        "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete "
        "your own text from the attached returned message.\n\n                   The mail system\n\n"
        f"<{rcpt}>: host mx1.chishuihe-jiu.com[118.31.22.7] said: 550 5.1.1\n    <{rcpt}>: Recipient address "
        "rejected: User unknown in local\n    recipient table (in reply to RCPT TO command)\n"
    )
    dsn = _dsn(r, "mail.example.cn", rcpt, "failed", "5.1.1",
               f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table",
               "Remote-MTA: dns; mx1.chishuihe-jiu.com\r\n")  # fmt: skip
    bnd = f"4G7{r.h[:8]}.1764{r.n:06d}/mail.example.cn"
    head = _head([
        "From: MAILER-DAEMON@mail.example.cn (Mail Delivery System)", f"To: {AR}",
        "Subject: Undelivered Mail Returned to Sender", f"Date: {_date(r)}",
        f"Message-Id: <20261201{r.h[:10]}@mail.example.cn>", "Auto-Submitted: auto-replied",
    ])  # fmt: skip
    body = multipart("report; report-type=delivery-status", bnd, [
        part("text/plain", "us-ascii", "7bit", text, extra="\r\nContent-Description: Notification"),
        b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n" + dsn,
        b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + _orig_headers(r, rcpt).encode(),
    ], "This is a MIME-encapsulated message.")  # fmt: skip
    return head + body


def postfix_delay(r: Reply) -> bytes:
    """A Postfix delay warning (4.4.1, Action: delayed): not a failure yet, not a person either."""
    rcpt = "finance@seohaecos.co.kr"
    text = (
        "This is the mail system at host mail.example.cn.\n\n####################################################"
        "################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n############"
        "########################################################\n\nYour message could not be delivered for more "
        "than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\nFor further assistance, please send mail "
        "to postmaster.\n\n                   The mail system\n\n"
        f"<{rcpt}>: connect to mx.seohaecos.co.kr[211.43.9.18]:25: Connection timed\n    out\n"
    )
    dsn = _dsn(r, "mail.example.cn", rcpt, "delayed", "4.4.1",
               "connect to mx.seohaecos.co.kr[211.43.9.18]:25: Connection timed out",
               f"Will-Retry-Until: {format_datetime(_queued(r, 275) + timedelta(days=5))}\r\n", 275)  # fmt: skip
    head = _head([
        "From: MAILER-DAEMON@mail.example.cn (Mail Delivery System)", f"To: {AR}",
        "Subject: Delayed Mail (still being retried)", f"Date: {_date(r)}",
        f"Message-Id: <20261202{r.h[:10]}@mail.example.cn>", "Auto-Submitted: auto-replied",
    ])  # fmt: skip
    body = multipart("report; report-type=delivery-status", f"7CD{r.h[:8]}.1764/mail.example.cn", [
        part("text/plain", "us-ascii", "7bit", text, extra="\r\nContent-Description: Notification"),
        b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n" + dsn,
        b"Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt, 275).encode(),
    ], "This is a MIME-encapsulated message.")  # fmt: skip
    return head + body


def exchange_full(r: Reply) -> bytes:
    """An Exchange Online NDR (5.2.2, mailbox full) with the reminder attached."""
    rcpt = "sunxiaomei@hbicesnow.com"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<p style="font-size:17pt;color:#C00000">Your message to sunxiaomei@hbicesnow.com couldn\'t be delivered.</p>'
        "<p>sunxiaomei's mailbox is full.</p><p><b>Action Required</b></p><p>Try again later or contact the "
        "recipient by other means.</p><p>Diagnostic information for administrators:</p><p>Generating server: "
        "SEYPR06MB6521.apcprd06.prod.outlook.com</p><p>sunxiaomei@hbicesnow.com<br>Remote Server returned "
        "'554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'"
        "</p></body></html>"
    )
    text = (
        "Your message to sunxiaomei@hbicesnow.com couldn't be delivered.\n\nsunxiaomei's mailbox is full.\n\n"
        "Action Required\nTry again later or contact the recipient by other means.\n"
    )
    dsn = (
        "Reporting-MTA: dns;SEYPR06MB6521.apcprd06.prod.outlook.com\r\nReceived-From-MTA: dns;mail.example.cn\r\n"
        f"Arrival-Date: {format_datetime(_queued(r).astimezone(UTC))}\r\n\r\nFinal-Recipient: rfc822;{rcpt}\r\n"
        "Action: failed\r\nStatus: 5.2.2\r\nDiagnostic-Code: smtp;554 5.2.2 mailbox full; "
        "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\r\n"
    ).encode()
    orig = (
        _orig_headers(r, rcpt).encode()
        + b"Content-Type: text/plain; charset=utf-8\r\n\r\n(reminder)\r\n"
    )
    head = _head([
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hbicesnow.onmicrosoft.com>",
        f"To: {AR}", f"Subject: Undeliverable: {enc_word(SUBJECT[r.thread])}", f"Date: {_date(r, True)}",
        f"Message-ID: <{r.h[:32].lower()}@SEYPR06MB6521.apcprd06.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: en-US",
    ])  # fmt: skip
    alt = multipart("alternative", f"_001_{r.h[:24]}_", [
        part("text/plain", "utf-8", "quoted-printable", text), part("text/html", "utf-8", "quoted-printable", html),
    ])  # fmt: skip
    body = multipart("report; report-type=delivery-status", f"_000_{r.h[:24]}_", [
        alt, b"Content-Type: message/delivery-status\r\n\r\n" + dsn,
        b"Content-Type: message/rfc822\r\n\r\n" + orig,
    ])  # fmt: skip
    return head + body


def exim_failed(r: Reply) -> bytes:
    """An Exim bounce in words only (no delivery-status part), the message copied below."""
    rcpt = "prodaja@zlatnamalina.rs"
    text = (
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
        "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:"
        f"\n\n  {rcpt}\n    mailbox is full: retry timeout exceeded\n\n------ This is a copy of the message, "
        "including all the headers. ------\n\n"
        + _orig_headers(r, rcpt).replace("\r\n", "\n")
        + "\nDear Ms. Marković, ...\n"
    )
    head = _head([
        "From: Mail Delivery System <Mailer-Daemon@mx.zlatnamalina.rs>", f"To: {AR}",
        "Subject: Mail delivery failed: returning message to sender", f"Date: {_date(r)}",
        f"Message-Id: <E1vQ{r.h[:8]}-000Kx3-1A@mx.zlatnamalina.rs>", f"X-Failed-Recipients: {rcpt}",
        "Auto-Submitted: auto-replied",
    ])  # fmt: skip
    return head + part("text/plain", "utf-8", "8bit", text)


def n163_tuixin(r: Reply) -> bytes:
    """163's 系统退信: GBK HTML only, no delivery-status part, the reason in Chinese."""
    rcpt = "ywf_chuna@163.com"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
        '<div style="font-size:14px">很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</div><table>'
        f"<tr><td>被退回的邮件</td><td>主题：{SUBJECT[r.thread]}</td></tr>"
        f"<tr><td>收件人</td><td>{rcpt}</td></tr><tr><td>发送时间</td><td>{_queued(r):%Y-%m-%d %H:%M:%S}</td></tr>"
        "<tr><td>退信原因</td><td>收件人邮箱空间已满，无法接收新邮件。(552 Requested mail action aborted: "
        "exceeded mailsize limit)</td></tr></table><p>建议解决方案：请联系收件人清理邮箱后重新发送。</p>"
        "<p>此为系统邮件，请勿回复。</p></body></html>"
    )
    head = _head([
        f"From: {enc_word('系统退信', 'GBK')} <postmaster@163.com>", f"To: {AR}",
        f"Subject: {enc_word('系统退信', 'GBK')}", f"Date: {_date(r)} (CST)",
        f"Message-ID: <{r.h[:20].lower()}.postmaster@163.com>",
    ])  # fmt: skip
    return head + part("text/html", "GBK", "base64", html)


def _auto(
    r: Reply,
    frm: str,
    subj: str,
    extra: list[str],
    text: str,
    cs: str = "utf-8",
    cte: str = "base64",
    ctype: str = "text/plain",
    threaded: bool = True,
) -> bytes:
    thread = [f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}"] if threaded else []
    head = _head(
        [
            f"From: {frm}",
            f"To: {AR}",
            f"Subject: {subj}",
            f"Date: {_date(r)}",
            f"Message-ID: <auto.{r.h[:16].lower()}@{frm.split('@')[-1].rstrip('>')}>",
            *thread,
            *extra,
        ]
    )
    return head + part(ctype, cs, cte, text)  # fmt: skip


def oof_zh(r: Reply) -> bytes:
    """Exchange OOF in zh-CN: 自动答复, gb2312 label, a phone number and 付款 in the text."""
    text = (
        "您好，我于12月21日至12月25日休假，期间无法及时回复邮件。付款相关事宜请联系财务共享中心，"
        "电话0451-8766 2301。\n\n孙晓梅"
    )
    return _auto(r, f"{enc_word('孙晓梅', 'gb2312')} <sunxiaomei@hbicesnow.com>",
                 enc_word("自动答复: " + SUBJECT[r.thread], "gb2312"),
                 ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                  "X-MS-Exchange-Inbox-Rules-Loop: sunxiaomei@hbicesnow.com", "Content-Language: zh-CN"],
                 text, "gb2312")  # fmt: skip


def oof_en(r: Reply) -> bytes:
    """Exchange OOF in English with dates and a hand-off for payment matters."""
    text = (
        "Dear Sender,\n\nThank you for your email. I am on annual leave from 17 December 2026 to 3 January 2027 "
        "with limited access to email. For payment matters please contact accounts@alnooroud.ae.\n\n"
        "Regards,\nRajesh Menon"
    )
    return _auto(r, "Rajesh Menon <rajesh.menon@alnooroud.ae>", "Automatic reply: " + enc_word(SUBJECT[r.thread]),
                 ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                  "X-MS-Exchange-Inbox-Rules-Loop: rajesh.menon@alnooroud.ae"],
                 text, "us-ascii", "7bit")  # fmt: skip


def exmail_auto(r: Reply) -> bytes:
    """Tencent Exmail's auto-reply (自动回复：, Auto-Submitted)."""
    text = "您好，我这段时间在收购现场，邮件查看不及时，急事请打电话13909971234。\n王建疆"
    return _auto(r, f'"{enc_word("王建疆")}" <wangjj@tianmian-aks.com>', enc_word("自动回复：" + SUBJECT[r.thread]),
                 ["Auto-Submitted: auto-replied", "X-Mailer: QQMail 2.x", "X-QQ-MIME: TCMime 1.0 by Tencent"],
                 text)  # fmt: skip


def qq_holiday(r: Reply) -> bytes:
    """QQ Mail's holiday reply: HTML only, GB18030, no Auto-Submitted and no threading header."""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
        "<div>这是来自QQ邮箱的假期自动回复邮件。</div><div>&nbsp;</div><div>您好，我最近正在休假中，无法亲自回复您的邮件。"
        "我将在假期结束后，尽快给您回复。付款的事请找田会计。</div></body></html>"
    )
    return _auto(r, f'"{enc_word("黎小燕", "gb18030")}" <2817760351@qq.com>',
                 enc_word("自动回复: " + SUBJECT[r.thread], "gb18030"), ["X-Mailer: QQMail 2.x"],
                 html, "gb18030", "base64", "text/html", threaded=False)  # fmt: skip


def n163_auto(r: Reply) -> bytes:
    """A 163 auto-reply: no auto header at all, only its words and subject prefix."""
    text = "您的来信已收到，我会尽快处理。谢谢！\n刘振国"
    return _auto(r, f"{enc_word('刘振国', 'GBK')} <liuzhenguo_xx@163.com>",
                 enc_word("自动回复：" + SUBJECT[r.thread], "GBK"), [], text, "GBK")  # fmt: skip


def icloud_vacation(r: Reply) -> bytes:
    """An iCloud VACATION reply: X-Apple-Action, no Auto-Submitted."""
    text = "您好，我在杭州参加服装展，12月10日回曹县，期间回复较慢，谢谢。\n刘静"
    return _auto(r, f"{enc_word('刘静')} <liujing_jxhs@icloud.com>", "Auto reply: " + enc_word(SUBJECT[r.thread]),
                 ["X-Apple-Action: VACATION", "X-Apple-Auto-Reply: true"], text, "utf-8", "quoted-printable")  # fmt: skip


def gmail_vacation(r: Reply) -> bytes:
    """A Gmail vacation responder with its own subject."""
    text = (
        "Hello,\n\nI am out of office until 14th December 2026 with limited access to email. For urgent matters "
        "kindly contact Neema Mushi on neema.mushi@pembaclove.co.tz.\n\nJuma Hamad"
    )
    return _auto(r, "Juma Hamad <juma.hamad.pemba@gmail.com>", "Out of Office - Juma Hamad",
                 ["Auto-Submitted: auto-replied"], text, "UTF-8", "quoted-printable")  # fmt: skip


def mdn_zh(r: Reply) -> bytes:
    """An Outlook 已读 receipt (multipart/report; disposition-notification), gb2312 label."""
    text = (
        f"您的邮件\n\n  收件人: 王淑敏\n  主题: {SUBJECT[r.thread]}\n  发送时间: {r.sent:%Y/%m/%d %H:%M}\n\n"
        f"已于 {r.when:%Y/%m/%d %H:%M} 读取。"
    )
    mdn = (
        "Reporting-UA: wangshumin@xxqingyuan.com; Microsoft Outlook 16.0\r\n"
        "Final-Recipient: rfc822;wangshumin@xxqingyuan.com\r\n"
        f"Original-Message-ID: {r.ck_id}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
    ).encode()
    head = _head([
        f"From: {enc_word('王淑敏', 'gb2312')} <wangshumin@xxqingyuan.com>", f"To: {AR}",
        f"Subject: {enc_word('已读: ' + SUBJECT[r.thread], 'gb2312')}", f"Date: {_date(r, True)}",
        f"Message-ID: <000c01db{r.h[:8].lower()}$mdn@xxqingyuan.com>", f"In-Reply-To: {r.ck_id}",
        "X-Mailer: Microsoft Outlook 16.0",
    ])  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"----=_NextPart_MDN_{r.h[:12]}", [
        part("text/plain", "gb2312", "base64", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + mdn,
    ])  # fmt: skip
    return head + body


def tb_receipt(r: Reply) -> bytes:
    """A Thunderbird return receipt (displayed)."""
    text = (
        "This is a Return Receipt for the mail that you sent to jelena.markovic@zlatnamalina.rs.\n\nNote: This "
        "Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no "
        "guarantee that the recipient has read or understood the message contents.\n"
    )
    mdn = (
        "Reporting-UA: zlatnamalina.rs; Mozilla Thunderbird\r\nFinal-Recipient: rfc822;jelena.markovic@zlatnamalina.rs\r\n"
        f"Original-Message-ID: {r.ck_id}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
    ).encode()
    head = _head([
        "From: =?UTF-8?Q?Jelena_Markovi=C4=87?= <jelena.markovic@zlatnamalina.rs>", f"To: {AR}",
        "Subject: Return Receipt (displayed) - " + enc_word(SUBJECT[r.thread]), f"Date: {_date(r)}",
        f"Message-ID: <{r.h[:8].lower()}-mdn-{r.h[8:12].lower()}@zlatnamalina.rs>", f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}", "User-Agent: Mozilla Thunderbird",
    ])  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"------------{r.h[:24]}", [
        part("text/plain", "UTF-8", "7bit", text),
        b"Content-Type: message/disposition-notification; name=\"MDNPart2.txt\"\r\n\r\n" + mdn,
    ])  # fmt: skip
    return head + body


def newsletter(r: Reply) -> bytes:
    """A bulk HTML newsletter (GB18030) from a liquor trade site: answers nothing of ours."""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
        "<h2>酱酒产区周报 · 第48期</h2><p>年底白酒旺季，经销商回款普遍放缓，多家酒企已将付款账期延长至60天。</p>"
        "<p>专题：如何催收逾期货款？已付款的请保留回单；有异议的款项应书面提出。</p>"
        '<p><a href="https://news.jiangjiu-chanqu.example/unsub?u=caiwu">退订</a></p></body></html>'
    )
    head = _head([
        f"From: {enc_word('酱酒产区周报', 'gb18030')} <news@jiangjiu-chanqu.example>", f"To: {AR}",
        f"Subject: {enc_word('年底回款放缓，账期延长至60天 | 酱酒产区周报第48期', 'gb18030')}",
        f"Date: {_date(r)}", f"Message-ID: <nl48.{r.h[:12].lower()}@jiangjiu-chanqu.example>",
        "Precedence: bulk", "List-Unsubscribe: <https://news.jiangjiu-chanqu.example/unsub?u=caiwu>",
        "List-Id: <weekly.jiangjiu-chanqu.example>",
    ])  # fmt: skip
    return head + part("text/html", "gb18030", "base64", html)


def oof_ja(r: Reply) -> bytes:
    """A Japanese company's Exchange OOF for the year-end closure, Japanese then English."""
    text = (
        "誠に勝手ながら、2026年12月29日から2027年1月4日まで年末年始休業とさせていただきます。"
        "1月5日以降、順次対応いたします。\n\nThank you for your e-mail. Our office is closed for the year-end "
        "holidays from 29 December 2026 to 4 January 2027. We will reply after 5 January.\n\n"
        "Yukimuro Shuzo K.K. Accounting Section"
    )
    return _auto(r, "Yumi Sato <y.sato@yukimuro-shuzo.co.jp>", "Automatic reply: " + enc_word(SUBJECT[r.thread]),
                 ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                  "X-MS-Exchange-Inbox-Rules-Loop: y.sato@yukimuro-shuzo.co.jp", "Content-Language: ja-JP"],
                 text, "iso-2022-jp", "7bit")  # fmt: skip


def _m(
    style: str,
    kind: str,
    raw: Callable[[Reply], bytes],
    thread: str,
    on,
    tz: str = "Asia/Shanghai",
    **o: object,
) -> tuple:
    opts = {
        "raw": raw,
        "thread": thread,
        "day": on,
        "tz": tz,
        "danger": True,
        "sender": ("", AR),
        **o,
    }
    return (style, kind, None, raw.__doc__ or "", opts)  # fmt: skip


ZE_MACHINE = [
    _m("olen", "bounce", postfix_unknown, "ze_jiu", day(12, 1)),
    _m("olen", "bounce", postfix_delay, "ze_kor", day(12, 1)),
    _m("olen", "bounce", exchange_full, "ze_bing", day(12, 16)),
    _m("olen", "bounce", exim_failed, "ze_mal", day(12, 1), "Europe/Belgrade"),
    _m("olzhcn", "bounce", n163_tuixin, "ze_huo", day(12, 1)),
    _m("olzhcn", "auto_reply", oof_zh, "ze_bing", day(12, 21)),
    _m("olen", "auto_reply", oof_en, "ze_oud", day(12, 17), "Asia/Dubai"),
    _m("exmail", "auto_reply", exmail_auto, "ze_mian", day(12, 1)),
    _m("qqhtml", "auto_reply", qq_holiday, "ze_jiu2", day(12, 7), seq=2),
    _m("mailmaster", "auto_reply", n163_auto, "ze_shui_dm", day(12, 2), stage="demand"),
    _m("applezh", "auto_reply", icloud_vacation, "ze_han", day(12, 1)),
    _m("gmailen", "auto_reply", gmail_vacation, "ze_znz", day(12, 7), "Africa/Dar_es_Salaam"),
    _m("olzhcn", "auto_reply", mdn_zh, "ze_shui", day(12, 1)),
    _m("tben", "auto_reply", tb_receipt, "ze_mal", day(12, 1), "Europe/Belgrade"),
    _m("olen", "auto_reply", oof_ja, "ze_sake", day(12, 29), "Asia/Tokyo"),
    _m(
        "olzhcn",
        "other",
        newsletter,
        "ze_jiu",
        day(12, 3),
        known=False,
        note="bulk newsletter, not a reply: other (labels.yaml)",
    ),
]
