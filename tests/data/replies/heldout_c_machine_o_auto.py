"""Set O's auto-replies and other machine mail, and the helpers its bounces share.

Out-of-office notes with and without ``Auto-Submitted`` (an Exchange OOF in zh-CN and zh-TW, a
cPanel autoresponder marked only ``X-Autorespond``, a Coremail note with no header at all, an
Exmail note in HTML only), an iCloud vacation notice, read receipts (Outlook zh-TW, 163), a
ServiceNow acknowledgement and a flower-auction newsletter. Written blind (see
``heldout_c_set_o.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import OURS, OURS_EN, SUBJECT, ZH_THREADS

AR = "ar@example.cn"


def subj(r: Reply) -> str:
    return SUBJECT[r.thread]


def ours(r: Reply) -> str:
    on, oa = OURS if r.thread in ZH_THREADS else OURS_EN
    return f"{enc_word(on)} <{oa}>" if not on.isascii() else f"{on} <{oa}>"


def date(r: Reply, utc: bool = False) -> str:
    when = r.when.astimezone(UTC) if utc else r.when
    return format_datetime(when).replace("-0000", "+0000")


def orig_headers(r: Reply, rcpt: str) -> str:
    """The headers of cuikuan's reminder as a bounce quotes them (text/rfc822-headers)."""
    sent = r.sent.astimezone(UTC)
    return (
        f"Return-Path: <{AR}>\r\nMessage-ID: {r.ck_id}\r\nDate: {format_datetime(sent).replace('-0000', '+0000')}\r\n"
        f"From: {ours(r)}\r\nTo: {rcpt}\r\nSubject: {enc_word(subj(r))}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="===============ck0417=="\r\n'
    )


def msg(headers: list[str], body: bytes) -> bytes:
    return ("\r\n".join(headers) + "\r\n").encode() + body


def oof(subject_prefix: str, text: str, charset: str = "utf-8", headers: tuple[str, ...] = (),
        utc: bool = False, html_only: bool = False, thread_ids: bool = True) -> Callable[[Reply], bytes]:  # fmt: skip
    """An out-of-office or vacation note from the person the reminder went to."""

    def build(r: Reply) -> bytes:
        name, email = r.sender
        frm = (
            f"{enc_word(name, charset)} <{email}>"
            if name and not name.isascii()
            else f"{name} <{email}>"
        )
        subject = subject_prefix + subj(r)
        ids = [f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}"] if thread_ids else []
        if html_only:
            html_text = "".join(f"<div>{ln or '<br>'}</div>" for ln in text.split("\n"))
            body = part("text/html", charset, "base64", f"<html><body>{html_text}</body></html>")
        else:
            body = part("text/plain", charset, "base64", text)
        return msg(
            [
                f"From: {frm}",
                f"To: {ours(r)}",
                f"Subject: {enc_word(subject, charset)}",
                f"Date: {date(r, utc)}",
                f"Message-ID: <{r.h[:24].lower()}@{email.split('@')[1]}>",
                *ids,
                *headers,
                "MIME-Version: 1.0",
            ],
            body,
        )

    return build


def mdn(
    text: str, ua: str, subject: str, charset: str = "utf-8", utc: bool = False
) -> Callable[[Reply], bytes]:
    """A read receipt (RFC 8098) for the reminder."""

    def build(r: Reply) -> bytes:
        name, email = r.sender
        frm = f"{enc_word(name, charset)} <{email}>" if not name.isascii() else f"{name} <{email}>"
        sent = r.sent
        words = text.format(subject=subj(r), sent=sent, read=r.when, rcpt=email)
        report = (
            f"Reporting-UA: {ua}\r\nFinal-Recipient: rfc822;{email}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
        )
        body = multipart(
            "report; report-type=disposition-notification",
            f"----=_Mdn_{r.h[:16]}",
            [
                part("text/plain", charset, "base64", words),
                b"Content-Type: message/disposition-notification\r\n\r\n" + report.encode(),
            ],
        )
        return msg(
            [
                f"From: {frm}",
                f"To: {ours(r)}",
                f"Subject: {enc_word(subject + subj(r), charset)}",
                f"Date: {date(r, utc)}",
                f"Message-ID: <mdn.{r.h[:20].lower()}@{email.split('@')[1]}>",
                f"In-Reply-To: {r.ck_id}",
                f"References: {r.ck_id}",
                "MIME-Version: 1.0",
            ],
            body,
        )

    return build


def servicenow_ack(r: Reply) -> bytes:
    """The Wuxi AP service desk's acknowledgement: an incident opened from the reminder."""
    inc = f"INC00{int(r.h[:6], 16) % 100000:05d}"
    text = (
        f"Dear Example Tech Accounts,\n\nThank you for contacting SinoLink AP Service Desk. Incident {inc} has been "
        f"opened on your behalf.\n\nShort description: {subj(r)}\nAssignment group: AP - Vendor Payments\n"
        "State: New\n\nOur target response time is 3 business days. Please do not reply to this email; to add "
        "information, reply keeping the incident number in the subject.\n\n您好，您的邮件已转入应付账款服务台（工单号见上），"
        "我们将在3个工作日内答复。付款进度可登录供应商门户查询。\n\nSinoLink AP Service Desk\n"
    )
    return msg(
        [
            "From: SinoLink AP Service Desk <apservicedesk@sinolink-at.com>",
            f"To: {ours(r)}",
            f"Subject: Incident {inc} has been opened on your behalf - {subj(r)}",
            f"Date: {date(r, utc=True)}",
            f"Message-ID: <{inc}.{r.h[:12].lower()}@sinolink.service-now.com>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Auto-Submitted: auto-generated",
            "X-ServiceNow-Generated: true",
            "MIME-Version: 1.0",
        ],
        part("text/plain", "UTF-8", "quoted-printable", text),
    )


def newsletter(r: Reply) -> bytes:
    """A flower auction's member newsletter: bulk, full of 付款 and 结算, nobody's answer."""
    text = (
        "斗南花卉拍卖中心 会员通讯 2026年第23期\n\n【结算提醒】12月份交易货款请各购买商会员于12月15日前结清，"
        "逾期未付款的会员将暂停竞拍资格。已付款会员请忽略本提醒。\n\n【行情】玫瑰（卡罗拉A级）本周均价1.85元/枝，"
        "环比上涨12%；圣诞、元旦备货期出口订单集中，请提前安排冷链车辆。\n\n【通知】元旦期间（1月1日—1月3日）拍卖正常进行，"
        "结算中心1月1日休息。\n\n如不想再收到本通讯，请点击退订：https://www.dnhhpm.com/unsubscribe?u=yangli%40caiyunflower.cn\n"
    )
    html_text = "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln)
    body = multipart(
        "alternative",
        f"==news_{r.h[:16]}",
        [
            part("text/plain", "UTF-8", "base64", text),
            part("text/html", "UTF-8", "base64", f"<html><body>{html_text}</body></html>"),
        ],
    )
    return msg(
        [
            f"From: {enc_word('斗南花卉拍卖中心')} <news@dnhhpm.com>",
            "To: yangli@caiyunflower.cn",
            f"Subject: {enc_word('【斗南花拍】12月结算提醒及行情速递')}",
            f"Date: {date(r)}",
            f"Message-ID: <news.202623.{r.h[:10].lower()}@dnhhpm.com>",
            "Precedence: bulk",
            "List-Unsubscribe: <https://www.dnhhpm.com/unsubscribe?u=yangli%40caiyunflower.cn>",
            "List-Id: <members.dnhhpm.com>",
            "MIME-Version: 1.0",
        ],
        body,
    )


EXCHANGE_OOF = (
    "Auto-Submitted: auto-generated",
    "X-Auto-Response-Suppress: All",
    "X-MS-Exchange-Inbox-Rules-Loop: ",
    "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
)
