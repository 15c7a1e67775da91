"""Set P's machine mail: bounces, delays, out-of-office, receipts, an ack and a newsletter.

Forms the earlier sets did not use: an Amazon SES bounce notification whose body is the
JSON record, a 4.x.x delay told in a relay's own words, a mailing-list manager's bounce, an
out-of-office in Traditional Chinese without Auto-Submitted, a Korean groupware absence
notice written in English, a disposition notification from a mobile client. Each builder
takes the :class:`Reply` the generator makes (its date, id, thread) and returns raw bytes.
"""

from __future__ import annotations

import json
from email.utils import format_datetime

from heldout_c_mime import Reply, b64, enc_word
from heldout_c_quote import SUBJECT

US = "ar@example.cn"


def _head(r: Reply, frm: str, subj: str, extra: list[str], to: str = US) -> list[str]:
    return [
        f"From: {frm}",
        f"To: {to}",
        f"Subject: {subj}",
        f"Date: {format_datetime(r.when)}",
        f"Message-ID: <{r.h[:20].lower()}@{frm.split('@')[-1].rstrip('>')}>",
        "MIME-Version: 1.0",
        *extra,
    ]


def _join(lines: list[str], body: bytes) -> bytes:
    return "\r\n".join(lines).encode() + b"\r\n" + body


def _orig(r: Reply, rcpt: str) -> str:
    return (
        f"From: =?utf-8?B?56S65L6L56eR5oqAIOW6lOaUtui0puasvg==?= <{US}>\r\n"
        f"To: {rcpt}\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
        f"Date: {format_datetime(r.sent)}\r\nMessage-ID: {r.ck_id}\r\n"
    )


def ses_json(rcpt: str):
    """Amazon SES bounce notification forwarded by SNS email: the body is the JSON record."""

    def build(r: Reply) -> bytes:
        rec = {
            "notificationType": "Bounce",
            "bounce": {
                "bounceType": "Permanent",
                "bounceSubType": "NoEmail",
                "bouncedRecipients": [
                    {"emailAddress": rcpt, "action": "failed", "status": "5.1.1",
                     "diagnosticCode": "smtp; 550 5.1.1 user unknown"}
                ],
                "timestamp": r.when.isoformat(),
                "feedbackId": f"0100018c{r.h[:24].lower()}-000000",
            },
            "mail": {
                "timestamp": r.sent.isoformat(),
                "source": US,
                "messageId": r.ck_id.strip("<>"),
                "destination": [rcpt],
                "commonHeaders": {"subject": SUBJECT[r.thread], "messageId": r.ck_id},
            },
        }  # fmt: skip
        body = json.dumps(rec, ensure_ascii=False, indent=1)
        hs = _head(r, "AWS Notifications <no-reply@sns.amazonaws.com>",
                   "AWS Notification Message", [
                       "Content-Type: text/plain; charset=UTF-8",
                       "Content-Transfer-Encoding: base64", "x-amz-sns-message-type: Notification"])  # fmt: skip
        return _join(hs + [""], b64(body.encode()))

    return build


def delay_words(rcpt: str):
    """A relay's own words for a 4.x.x delay: no DSN part, no 'delayed' in the subject."""

    def build(r: Reply) -> bytes:
        text = (
            "This is the mail relay at smtp-out2.bizhost.co.za.\r\n\r\n"
            "Your message could not be handed over yet. The remote side keeps saying it\r\n"
            "is busy (451 4.7.1 greylisted, please try again later). Nothing is wrong on\r\n"
            "your side; we shall keep trying for up to 5 days and only tell you again if\r\n"
            "we have to give up.\r\n\r\n"
            f"    Recipient: <{rcpt}>\r\n    Tried: 7 times since {format_datetime(r.sent)}\r\n\r\n"
            "--- Headers of your message follow ---\r\n\r\n" + _orig(r, rcpt)
        )
        hs = _head(r, "Mail Relay <postmaster@bizhost.co.za>",
                   "Still trying: your message to " + rcpt,
                   ["Auto-Submitted: auto-generated", "Content-Type: text/plain; charset=us-ascii"])  # fmt: skip
        return _join(hs + [""], text.encode())

    return build


def list_bounce(r: Reply) -> bytes:
    """A mailing-list manager refusing our mail (posting by non-member), as Mailman writes it."""
    text = (
        "You are not allowed to post to this mailing list, and your message has\r\n"
        "been automatically rejected.  If you think that your messages are\r\n"
        "being rejected in error, contact the mailing list owner at\r\n"
        "accounts-owner@lists.tilesfactory.pt.\r\n"
    )
    hs = _head(r, "accounts-owner@lists.tilesfactory.pt",
               "Your message to Accounts rejects you",
               ["Precedence: bulk", "X-Mailman-Version: 2.1.39",
                "List-Id: Accounts payable <accounts.lists.tilesfactory.pt>",
                "X-List-Administrivia: yes", "Auto-Submitted: auto-replied",
                f"In-Reply-To: {r.ck_id}",
                'Content-Type: multipart/mixed; boundary="===============0231=="'])  # fmt: skip
    body = (
        "--===============0231==\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        + text + "\r\n--===============0231==\r\nContent-Type: message/rfc822\r\n"
        "MIME-Version: 1.0\r\n\r\n" + _orig(r, "accounts@lists.tilesfactory.pt")
        + "\r\nPlease see the reminder.\r\n\r\n--===============0231==--\r\n"
    )  # fmt: skip
    return _join(hs + [""], body.encode())


def oof_hant_plain(r: Reply) -> bytes:
    """A zh-TW out-of-office with no Auto-Submitted header: only its words tell."""
    text = (
        "您好，本人於12月1日至12月8日請假（進香團隨香），期間不定時收信。\r\n"
        "廟務請洽總幹事 05-2771234，帳務請洽會計林小姐。\r\n謝謝！\r\n蔡主委"
    )
    hs = _head(r, f"{enc_word('蔡文雄', 'big5')} <wh.tsai@chiayi-temple.org.tw>",
               enc_word("回覆: 請假中", "big5") , [
                   f"In-Reply-To: {r.ck_id}", "X-Mailer: Microsoft Outlook 16.0",
                   "Content-Type: text/plain; charset=big5", "Content-Transfer-Encoding: 8bit"])  # fmt: skip
    return _join(hs + [""], text.encode("big5hkscs") + b"\r\n")


def oof_busan(r: Reply) -> bytes:
    """Korean groupware absence notice in English, with X-Auto-Response-Suppress only."""
    text = (
        "[Auto Notice] I am on business trip to Shanghai Cosmetics Expo from 2026.12.01 to\r\n"
        "2026.12.05. Reply can be late. For urgent payment matter please contact\r\n"
        "Ms. Kim Ji-eun (jekim@busancos.co.kr, +82-51-740-2213).\r\nThank you.\r\nPark Min-ho"
    )
    hs = _head(r, "Park Min-ho <mhpark@busancos.co.kr>",
               "[Absence] Re: " + enc_word(SUBJECT[r.thread]), [
                   f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}",
                   "X-Mailer: Hiworks Mail", "X-Auto-Response-Suppress: All",
                   "Content-Type: text/plain; charset=utf-8"])  # fmt: skip
    return _join(hs + [""], text.encode() + b"\r\n")


def oof_zh(r: Reply) -> bytes:
    """A Simplified-Chinese Exchange OOF whose text names a return date and '付款' duties."""
    text = (
        "您好，我已休年假，12月7日（周一）返岗。休假期间付款审批由罗总代签，\r\n"
        "对账请联系出纳小吴 0851-8655 2201。"
    )
    hs = _head(r, f"{enc_word('罗晓燕')} <luoxy@gyjiangxiang.com>",
               enc_word("自动答复: " + SUBJECT[r.thread]), [
                   f"In-Reply-To: {r.ck_id}", "Auto-Submitted: auto-replied",
                   "X-MS-Exchange-Inbox-Rules-Loop: luoxy@gyjiangxiang.com",
                   "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"])  # fmt: skip
    return _join(hs + [""], b64(text.encode()))


def mdn_mobile(r: Reply) -> bytes:
    """A read receipt from a phone client: multipart/report disposition-notification."""
    hs = _head(r, "Oksana Kovalenko <o.kovalenko@dnipro-soft.com.ua>",
               "Read: " + enc_word(SUBJECT[r.thread]), [
                   f"References: {r.ck_id}",
                   'Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn77"'])  # fmt: skip
    body = (
        "--mdn77\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"The message sent on {format_datetime(r.sent)} to o.kovalenko@dnipro-soft.com.ua "
        "was displayed. There is no guarantee that the content was read or understood.\r\n"
        "--mdn77\r\nContent-Type: message/disposition-notification\r\n\r\n"
        "Reporting-UA: K-9 Mail\r\nFinal-Recipient: rfc822;o.kovalenko@dnipro-soft.com.ua\r\n"
        f"Original-Message-ID: {r.ck_id}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n--mdn77--\r\n"
    )
    return _join(hs + [""], body.encode())


def ticket_ack(r: Reply) -> bytes:
    """A shared AP inbox's ticket acknowledgement (Zendesk-like), mentioning invoices."""
    text = (
        "Thank you for contacting Accounts Payable - Al Safa Bullion.\r\n\r\n"
        "Your request (#48213) has been received and is being reviewed by our team.\r\n"
        "Invoices are processed within 10 business days of receipt. Please do not reply\r\n"
        "to this email with payment queries; our staff will contact you.\r\n"
    )
    hs = _head(r, "Al Safa AP <support@alsafa-bullion.zendesk.com>",
               "[Request received] " + enc_word(SUBJECT[r.thread]), [
                   f"In-Reply-To: {r.ck_id}", "Auto-Submitted: auto-generated",
                   "X-Zendesk-From-Account-Id: 8c1d2f", "Precedence: bulk",
                   "Content-Type: text/plain; charset=utf-8"])  # fmt: skip
    return _join(hs + [""], text.encode())


def newsletter(r: Reply) -> bytes:
    """A bulk newsletter from a trade portal mentioning 付款 and 账期, HTML only, GB18030."""
    html = (
        "<html><body><h2>中国石材网 · 本周行情</h2><p>水头板材价格企稳；出口商请注意：新的"
        "账期付款规则将于12月15日执行，逾期未付款订单将被暂停。</p>"
        "<p><a href='https://www.stonecn.example/unsub'>退订</a></p></body></html>"
    )
    hs = _head(r, f"{enc_word('中国石材网', 'gb18030')} <news@mail.stonecn.example>",
               enc_word("本周石材行情 | 付款新规", "gb18030"), [
                   "Precedence: bulk", "List-Unsubscribe: <https://www.stonecn.example/unsub>",
                   "Content-Type: text/html; charset=gb18030", "Content-Transfer-Encoding: base64"])  # fmt: skip
    return _join(hs + [""], b64(html.encode("gb18030")))


def ndr_zh(rcpt: str):
    """A Chinese Exchange NDR for a mailbox that no longer exists (staff left the studio)."""

    def build(r: Reply) -> bytes:
        text = (
            f"无法送达以下收件人或组:\r\n\r\n{rcpt}\r\n"
            "找不到该电子邮件地址。请检查收件人的电子邮件地址，然后重新发送邮件。\r\n\r\n"
            f"远程服务器返回 '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found'\r\n"
        )
        dsn = (
            "Reporting-MTA: dns;HK2PR03MB1234.apcprd03.prod.outlook.com\r\n\r\n"
            f"Final-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.1.10\r\n"
        )
        hs = _head(r, "Microsoft Outlook <postmaster@jdzciyi.onmicrosoft.com>",
                   enc_word("无法传递: " + SUBJECT[r.thread]), [
                       "Auto-Submitted: auto-replied",
                       'Content-Type: multipart/report; report-type=delivery-status; boundary="ndr9"'])  # fmt: skip
        body = (
            b"--ndr9\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        ) + b64(text.encode()) + (
            "--ndr9\r\nContent-Type: message/delivery-status\r\n\r\n" + dsn
            + "\r\n--ndr9\r\nContent-Type: text/rfc822-headers\r\n\r\n" + _orig(r, rcpt) + "\r\n--ndr9--\r\n"
        ).encode()  # fmt: skip
        return _join(hs + [""], body)

    return build


def vacation_gmail(r: Reply) -> bytes:
    """A Gmail vacation responder of a Manila crew agency, its own subject, no ck subject."""
    text = (
        "Hi! I'm on leave until December 9 for my sister's wedding in Iloilo. Payments and\r\n"
        "vouchers are handled by our Finance (finance@bluehorizoncrew.ph) while I'm away.\r\n"
        "Salamat po!\r\nMaricel\r\n"
    )
    hs = _head(r, "Maricel Dela Cruz <maricel.delacruz@gmail.com>", "On leave until Dec 9", [
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
        "Content-Type: text/plain; charset=UTF-8"])  # fmt: skip
    return _join(hs + [""], text.encode())
