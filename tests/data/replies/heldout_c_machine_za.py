"""Machine mail of held-out set ZA: bounces, delays, auto-replies, receipts, a ticket, a list.

Each builder takes the set's ``Reply`` (its time, sender and the reminder it answers) and
returns the bytes the machine would send, in the forms MAIL-FACTS.md describes: DSNs with
and without a delivery-status part, Exchange's and Outlook's auto-replies in zh-CN, zh-TW
(Big5) and English, an MDN, Outlook's "已读" receipt, a helpdesk acknowledgement, a list's
moderation notice and a bulk newsletter. Written blind to the classifier's rules.
"""

from __future__ import annotations

from datetime import UTC, timedelta
from email.utils import format_datetime

from heldout_c_mime import Reply, b64, enc_word, qp
from heldout_c_quote import SUBJECT, ours


def _date(r: Reply, utc: bool = False) -> str:
    d = format_datetime(r.when.astimezone(UTC) if utc else r.when)
    return d.replace("-0000", "+0000")


def _orig_headers(r: Reply, to: str) -> str:
    on, oa = ours(r)
    return (
        f"From: {enc_word(on)} <{oa}>\r\nTo: {to}\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
        f"Date: {format_datetime(r.sent)}\r\nMessage-ID: {r.ck_id}\r\nMIME-Version: 1.0\r\n"
    )


def _wrap(headers: list[str], body: bytes) -> bytes:
    return ("\r\n".join(headers) + "\r\n").encode() + body


def dsn(
    mta: str,
    rcpt: str,
    status: str,
    diag: str,
    human: str,
    action: str = "failed",
    subject: str = "Undelivered Mail Returned to Sender",
    utc: bool = False,
):
    """A multipart/report DSN (Postfix or Exchange wording) for ``rcpt``."""

    def build(r: Reply) -> bytes:
        bnd = f"{r.h[:10]}.{r.h[10:20]}/{mta}"
        _, oa = ours(r)
        status_part = (
            f"Reporting-MTA: dns; {mta}\r\nArrival-Date: {format_datetime(r.sent)}\r\n\r\n"
            f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\n"
            f"Action: {action}\r\nStatus: {status}\r\nDiagnostic-Code: smtp; {diag}\r\n"
        )
        if action == "delayed":
            status_part += f"Will-Retry-Until: {format_datetime(r.when + timedelta(days=4))}\r\n"
        body = (
            f"This is a MIME-encapsulated message.\r\n\r\n--{bnd}\r\nContent-Description: Notification\r\n"
            f"Content-Type: text/plain; charset=us-ascii\r\n\r\n{human.replace(chr(10), chr(13) + chr(10))}\r\n\r\n"
            f"--{bnd}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
            f"{status_part}\r\n--{bnd}\r\nContent-Description: Undelivered Message Headers\r\n"
            f"Content-Type: text/rfc822-headers\r\n\r\n{_orig_headers(r, rcpt)}\r\n--{bnd}--\r\n"
        )
        hs = [
            "Return-Path: <>",
            f"From: MAILER-DAEMON@{mta} (Mail Delivery System)",
            f"To: {oa}",
            f"Subject: {subject}",
            f"Date: {_date(r, utc)}",
            f"Message-Id: <{r.h[:16].lower()}@{mta}>",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            f'Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary="{bnd}"',
        ]
        return _wrap(hs, body.encode())

    return build


def text_bounce(sender: str, subject: str, text: str, charset: str = "gb18030", utc: bool = False):
    """A bounce with no delivery-status part: only words (Tencent/Coremail/Gmail style)."""

    def build(r: Reply) -> bytes:
        _, oa = ours(r)
        hs = [
            f"From: {sender}",
            f"To: {oa}",
            f"Subject: {enc_word(subject, charset) if not subject.isascii() else subject}",
            f"Date: {_date(r, utc)}",
            f"Message-ID: <{r.h[:20].lower()}@{sender.split('@')[-1].rstrip('>')}>",
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            f"Content-Type: text/plain; charset={charset}",
            "Content-Transfer-Encoding: base64",
        ]
        return _wrap(hs, b64(text.format(ck=r.ck_id).replace("\n", "\r\n").encode(charset)))

    return build


def auto_reply(
    sender: str,
    subject_prefix: str,
    text: str,
    charset: str = "utf-8",
    extra: tuple[str, ...] = (),
    subject: str = "",
):
    """An out-of-office or acknowledgement answering our reminder (Auto-Submitted set)."""

    def build(r: Reply) -> bytes:
        _, oa = ours(r)
        subj = subject or subject_prefix + SUBJECT[r.thread]
        hs = [
            f"From: {sender}",
            f"To: {oa}",
            f"Subject: {subj if subj.isascii() else enc_word(subj, charset)}",
            f"Date: {_date(r, True)}",
            f"Message-ID: <{r.h[:24].lower()}@{sender.split('@')[-1].rstrip('>')}>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            *extra,
            "MIME-Version: 1.0",
            f"Content-Type: text/plain; charset={charset}",
            "Content-Transfer-Encoding: quoted-printable",
        ]
        return _wrap(
            hs, qp(text.replace("\n", "\r\n").encode(charset if charset != "big5" else "big5hkscs"))
        )

    return build


def mdn(sender: str, ua: str, disposition: str = "manual-action/MDN-sent-manually; displayed"):
    """An RFC 8098 read receipt (multipart/report; report-type=disposition-notification)."""

    def build(r: Reply) -> bytes:
        _, oa = ours(r)
        bnd = f"------------{r.h[:24]}"
        body = (
            f"This is a multi-part message in MIME format.\r\n--{bnd}\r\n"
            "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            f"This is a Return Receipt for the mail that you sent to {sender}.\r\n\r\n"
            "Note: This Return Receipt only acknowledges that the message was displayed on the "
            "recipient's computer. There is no guarantee that the recipient has read or understood "
            f"the message contents.\r\n\r\n--{bnd}\r\nContent-Type: message/disposition-notification; "
            f'name="MDNPart2.txt"\r\nContent-Disposition: inline\r\n\r\nReporting-UA: {ua}\r\n'
            f"Final-Recipient: rfc822;{sender}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
            f"Disposition: {disposition}\r\n\r\n--{bnd}\r\nContent-Type: text/rfc822-headers; "
            f'name="MDNPart3.txt"\r\nContent-Disposition: inline\r\n\r\n{_orig_headers(r, sender)}\r\n--{bnd}--\r\n'
        )
        hs = [
            f"From: {sender}",
            f"To: {oa}",
            f"Subject: =?UTF-8?Q?Return_Receipt_=28displayed=29?= - {enc_word(SUBJECT[r.thread])}",
            f"Date: {_date(r)}",
            f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}@{sender.split('@')[1]}>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "User-Agent: Mozilla Thunderbird",
            "MIME-Version: 1.0",
            f'Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary="{bnd}"',
        ]
        return _wrap(hs, body.encode())

    return build


def outlook_read(sender: str):
    """Outlook's own read receipt in Chinese: "已读: <subject>", a text part, no MDN part."""

    def build(r: Reply) -> bytes:
        _, oa = ours(r)
        s = r.sent
        text = (
            f"你的邮件\r\n\r\n    收件人: {sender}\r\n    主题: {SUBJECT[r.thread]}\r\n"
            f"    发送时间: {s.year}/{s.month}/{s.day} 星期{'一二三四五六日'[s.weekday()]} 9:00\r\n\r\n"
            f"已于 {r.when.year}/{r.when.month}/{r.when.day} 星期{'一二三四五六日'[r.when.weekday()]} "
            f"{r.when:%H:%M} 读取。\r\n"
        )
        hs = [
            f"From: {sender}",
            f"To: {oa}",
            f"Subject: {enc_word('已读: ' + SUBJECT[r.thread], 'gb2312')}",
            f"Date: {_date(r, True)}",
            f"Message-ID: <{r.h[:4].lower()}01db{r.h[4:8].lower()}${r.h[8:16].lower()}$@{sender.split('@')[1]}>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "X-Mailer: Microsoft Outlook 16.0",
            "Content-Language: zh-cn",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=gb2312",
            "Content-Transfer-Encoding: base64",
        ]
        return _wrap(hs, b64(text.encode("gbk")))

    return build


def newsletter(r: Reply) -> bytes:
    """A bulk newsletter from a logistics marketplace: answers nothing of ours."""
    html = (
        "<html><body><h2>December freight outlook</h2><p>Peak-season surcharges on Asia–Europe "
        "lanes take effect on 15 December. Book early, pay by card or invoice, and track every "
        "container in one place.</p><p>Overdue invoices? Our new collections add-on sends "
        "payment reminders for you.</p><p><a href='https://news.cargolane.example/u?id=88213'>"
        "Unsubscribe</a></p></body></html>"
    )
    _, oa = ours(r)
    hs = [
        'From: "CargoLane Insights" <news@mail.cargolane.example>',
        f"To: {oa}",
        "Subject: December freight outlook: peak surcharges, new payment options",
        f"Date: {_date(r, True)}",
        f"Message-ID: <{r.h[:20].lower()}.news@mail.cargolane.example>",
        "Precedence: bulk",
        "List-Id: CargoLane Insights <insights.cargolane.example>",
        "List-Unsubscribe: <https://news.cargolane.example/u?id=88213>, <mailto:unsub-88213@mail.cargolane.example>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "MIME-Version: 1.0",
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
    ]
    return _wrap(hs, qp(html.encode()))


MACHINE_ZA = [
    ("n163", "bounce", dsn(
        "mx.jiecheng-linen.com", "xiaojiang@jiecheng-linen.com", "5.1.1",
        "550 5.1.1 <xiaojiang@jiecheng-linen.com>: Recipient address rejected: User unknown in virtual mailbox table",
        "This is the mail system at host mx.jiecheng-linen.com.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n<xiaojiang@jiecheng-linen.com>: host\n"
        "    mx.jiecheng-linen.com said: 550 5.1.1 User unknown",
    ), "thread za_linen; a clerk who left: Postfix 5.1.1 DSN"),
    ("olen", "bounce", dsn(
        "AM9PR02MB7712.eurprd02.prod.outlook.com", "a.siddiqui@rafal-fm.com.sa", "5.1.10",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        "Your message to a.siddiqui@rafal-fm.com.sa couldn't be delivered.\n\na.siddiqui wasn't found at rafal-fm.com.sa.\n\n"
        "Action Required: Recipient\nUnknown To address\n",
        subject="Undeliverable: Payment reminder", utc=True,
    ), "thread za_riyadh; Exchange NDR with a DSN part"),
    ("qqweb", "bounce", text_bounce(
        "PostMaster@qq.com", "退信",
        "此邮件是系统自动发送的退信通知，请勿直接回复。\n\n很抱歉，您的邮件未能成功投递给以下收件人：\n"
        "wanghaibo_zs@qq.com\n\n退信原因：收件人邮箱空间已满（552 mailbox is full）。\n"
        "原邮件编号：{ck}\n建议：请联系收件人清理邮箱后再发送。\n",
    ), "thread za_fish; Tencent words-only bounce, no DSN part"),
    ("coremail", "bounce", text_bounce(
        "postmaster@qinyun-piano.com.cn", "系统退信",
        "您发送到 gaoxin@qinyun-piano.com.cn 的邮件投递失败。\n\n失败原因：该用户已被停用"
        "（550 User suspended）\n\n原邮件：{ck}\n\n-- Coremail 邮件系统\n",
        charset="utf-8",
    ), "thread za_piano; a suspended mailbox, no DSN part"),
    ("tben", "bounce", dsn(
        "mail.oke-ado-cassava.com.ng", "f.adeyemi@oke-ado-cassava.com.ng", "4.4.1",
        "connect to mx1.oke-ado-cassava.com.ng[102.89.34.17]:25: Connection timed out",
        "This is the mail system at host mail.oke-ado-cassava.com.ng.\n\n####################################################################\n"
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
        "####################################################################\n\nYour message could not be delivered for 4.0 hours.\n"
        "It will be retried until it is 5.0 days old.",
        action="delayed", subject="Delayed Mail (still being retried)",
    ), "thread za_ibadan; a delay warning: not permanent"),
    ("gmailen", "bounce", text_bounce(
        "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Delay)",
        "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to "
        "hamish.reid@octagonliving.co.nz. Gmail will retry for 46 more hours. You'll be notified if the "
        "delivery fails permanently.\n\nThe response was:\n\nThe recipient server did not accept our requests "
        "to connect. [octagonliving.co.nz. 203.97.41.8: timed out]\n",
        charset="utf-8", utc=True,
    ), "thread za_dunedin; Gmail delay without a DSN part: not permanent"),
    ("olzhcn", "auto_reply", auto_reply(
        f"{enc_word('何秀萍', 'gb2312')} <hexp@anjie-lift.com>", "自动答复: ",
        "您好，我于12月1日至12月6日在广州参加电梯安全年检培训，期间邮件无法及时处理。\n"
        "付款及发票事宜请联系出纳麦小姐 0757-2283 6615，谢谢！\n\n何秀萍\n财务部\n",
        charset="gb2312",
        extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: hexp@anjie-lift.com"),
    ), "thread za_lift; Exchange OOF zh-CN mentioning 付款"),
    ("olzhtw", "auto_reply", auto_reply(
        f"{enc_word('黃冠偉', 'big5')} <kw.huang@mingshi-optical.com.tw>", "自動回覆: ",
        "您好，本人12/2（三）至12/4（五）休假，信件將於12/7（一）回覆。\n"
        "急件請洽門市管理部 06-2135-778 分機 21，謝謝。\n\n黃冠偉\n",
        charset="big5",
        extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"),
    ), "thread za_optic; Outlook zh-TW OOF in Big5"),
    ("olen", "auto_reply", auto_reply(
        "Fiona MacLeod <fiona@clydecask.co.uk>", "Automatic reply: ",
        "Thank you for your email. I am out of the office until Monday 7 December with limited access "
        "to email. For anything urgent regarding invoices or payments please contact "
        "accounts@clydecask.co.uk.\n\nFiona\n",
        extra=("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"),
    ), "thread za_glasgow; English OOF mentioning payments"),
    ("qqweb", "auto_reply", auto_reply(
        f'"{enc_word("韩小雨", "gb18030")}" <3385120967@qq.com>', "",
        "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。\n",
        charset="gb18030",
        extra=("X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "Auto-Submitted: auto-replied"),
        subject="自动回复: 上线款付款提醒",
    ), "thread za_bike; QQ's holiday auto-reply with its own subject"),
    ("tben", "auto_reply", mdn("l.fernandez@rematesdelplata.com.uy", "mail.rematesdelplata.com.uy; Thunderbird 128.5.0"),
     "thread za_monte; Thunderbird MDN"),
    ("olzhcn", "auto_reply", outlook_read("li.shuzhen@feichi-bike.cn"), "thread za_bike; Outlook 已读 receipt, text only"),
    ("olen", "auto_reply", auto_reply(
        "Red Fork Accounts Payable <ap@redforkmoving.com>", "",
        "Hello,\n\nThank you for contacting Red Fork Moving & Storage Accounts Payable. Your request has been "
        "received and assigned ticket #AP-20417. A member of our team will respond within 2 business days.\n\n"
        "Please do not reply to this message.\n",
        extra=("Auto-Submitted: auto-replied", "Precedence: auto_reply", "X-Mailer: Zoho Desk"),
        subject="[Ticket #AP-20417] We received your request",
    ), "thread za_tulsa; helpdesk ticket acknowledgement"),
    ("gmailen", "auto_reply", auto_reply(
        "accounts+msgappr@pwaniclearing.co.ke", "",
        "Your message to the accounts group has been held for moderator approval because you are not a member "
        "of the group. A moderator will review it; you will be notified if it is rejected.\n\n"
        "Google Groups\n",
        extra=("Auto-Submitted: auto-replied", "Precedence: list", "List-ID: <accounts.pwaniclearing.co.ke>"),
        subject="Your message to accounts awaits moderator approval",
    ), "thread za_mombasa; Google Groups moderation notice"),
    ("appleen", "auto_reply", auto_reply(
        "Elena Petrova <e.petrova@thracianrose.bg>", "Re: ",
        "Thank you for your message. I am on annual leave until 14.12.2026 and will reply on my return. "
        "For urgent matters, contact Georgi Dimitrov, +359 32 642 118.\n",
        extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes"),
    ), "thread za_plovdiv; vacation responder"),
    ("olen", "other", newsletter, "a bulk newsletter: answers nothing of ours"),
]  # fmt: skip
