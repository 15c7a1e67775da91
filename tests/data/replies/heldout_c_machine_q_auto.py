"""Set Q's machine mail, part two: auto-replies, receipts, a ticket ack and a newsletter.

An OOF without Auto-Submitted (a hand-made rule), an Icelandic vacation notice marked only
by ``X-Autoreply``, Exchange OOF in en and zh-TW (ROC dates, payment contacts), a
Thunderbird MDN, an Outlook 已读 receipt, a Freshdesk ticket acknowledgement, a Gmail
vacation responder with its own subject and a GB18030 HTML-only newsletter.
"""

from __future__ import annotations

from datetime import UTC

from heldout_c_machine_q import BOUNCES, _head, _orig_headers
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_q import o


def oof_plain_zh(r: Reply) -> bytes:
    """A person's hand-made auto-reply rule: no Auto-Submitted, no Precedence, only the words."""
    text = "您好！我于12月1日至12月6日休年假，期间不能及时回复邮件。付款相关事宜请联系出纳 阿燕，电话 0898-8825 1163。\n\n黎春燕\n三亚鹿城果业进出口有限公司"
    extra = [
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.{r.h[12:23].lower()}.Coremail.lichunyan@126.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
    ]
    return _head(
        r,
        f"{enc_word('黎春燕', 'UTF-8')} <lichunyan@126.com>",
        "自动回复：" + SUBJECT[r.thread],
        extra,
    ) + part("text/plain", "UTF-8", "base64", text, "\n")


def oof_en(r: Reply) -> bytes:
    """An Exchange OOF in English naming a return date and the payment contact."""
    text = (
        "Bula! Thank you for your email. I am on annual leave from 30 November and back in the office on "
        "Monday 14 December 2026. For urgent payment matters please contact our General Manager, "
        "Mr Josefa Tuilagi, on gm@coralcoveresort.com.fj or +679 650 1234.\n\nVinaka,\nPriya"
    )
    extra = [
        f"Message-ID: <{r.h[:8]}{r.h[8:24]}@SY4PR01MB6623.ausprd01.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: accounts@coralcoveresort.com.fj",
    ]
    return _head(
        r,
        "Priya Naidu <accounts@coralcoveresort.com.fj>",
        "Automatic reply: " + SUBJECT[r.thread],
        extra,
        True,
    ) + part("text/plain", "utf-8", "quoted-printable", text)


def oof_tw(r: Reply) -> bytes:
    """An Exchange OOF in Traditional Chinese, ROC date, naming the accountant for payments."""
    text = "您好，本人於民國115年12月3日至12月9日出差礦區，收信不便。\n付款及請款事宜請洽會計部林小姐（03-8261-335 分機 12），謝謝。\n\n葉明哲"
    extra = [
        f"Message-ID: <{r.h[:24]}@TYZPR03MB7210.apcprd03.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: mingzhe.ye@hlmarble.com.tw",
    ]
    return _head(
        r,
        f"{enc_word('葉明哲')} <mingzhe.ye@hlmarble.com.tw>",
        "自動回覆: " + SUBJECT[r.thread],
        extra,
        True,
    ) + part("text/plain", "big5", "base64", text)


def vacation_is(r: Reply) -> bytes:
    """An Icelandic/English vacation notice marked only by X-Autoreply."""
    text = (
        "Sjálfvirkt svar: Ég er í fríi til 7. desember. Vinsamlegast hafið samband við bokhald@nordurfiskur.is.\n\n"
        "Automatic reply: I am on holiday until 7 December. For invoices and payments please write to bokhald@nordurfiskur.is.\n\nSigríður"
    )
    extra = [
        f"Message-ID: <{r.h[:20].lower()}@nordurfiskur.is>",
        f"In-Reply-To: {r.ck_id}",
        "X-Autoreply: yes",
    ]
    return _head(
        r,
        "=?utf-8?Q?Sigr=C3=AD=C3=B0ur_Sigur=C3=B0ard=C3=B3ttir?= <sigga@nordurfiskur.is>",
        "Sjálfvirkt svar / Auto reply: " + SUBJECT[r.thread],
        extra,
    ) + part("text/plain", "utf-8", "quoted-printable", text)


def mdn_tb(r: Reply) -> bytes:
    """A Thunderbird return receipt (displayed), sent automatically."""
    human = f"This is a Return Receipt for the mail that you sent to {r.sender[1]}.\n\nNote: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n"
    disp = (
        "Reporting-UA: uzpaxta-trade.uz; Mozilla Thunderbird\r\n"
        f"Final-Recipient: rfc822;{r.sender[1]}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
        "Disposition: manual-action/MDN-sent-automatically; displayed\r\n"
    )
    parts = [
        part("text/plain", "UTF-8", "7bit", human),
        b'Content-Type: message/disposition-notification; name="MDNPart2.txt"\r\nContent-Disposition: inline\r\n\r\n'
        + disp.encode(),
        b'Content-Type: text/rfc822-headers; name="MDNPart3.txt"\r\nContent-Disposition: inline\r\n\r\n'
        + _orig_headers(r).encode(),
    ]
    bnd = f"------------{r.h[:24]}"
    inner = multipart("report", bnd, parts)
    body = (
        f'Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary="{bnd}"\r\n\r\n'.encode()
        + inner.split(b"\r\n\r\n", 1)[1]
    )
    extra = [
        f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}-{r.h[16:20].lower()}-{r.h[20:32].lower()}@uzpaxta-trade.uz>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "User-Agent: Mozilla Thunderbird",
    ]
    return (
        _head(
            r,
            f"{r.sender[0]} <{r.sender[1]}>",
            "Return Receipt (displayed) - " + SUBJECT[r.thread],
            extra,
        )
        + body
    )


def mdn_zh(r: Reply) -> bytes:
    """An Outlook 已读 receipt in Simplified Chinese."""
    s = r.sent.astimezone(UTC)
    human = f"您的邮件\n\n    收件人: {r.sender[1]}\n    主题: {SUBJECT[r.thread]}\n    发送时间: {s.year}/{s.month}/{s.day} {s:%H:%M}\n\n已于 {r.when.year}/{r.when.month}/{r.when.day} {r.when:%H:%M} 读取。"
    disp = f"Reporting-UA: jinanmining.com.cn; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;{r.sender[1]}\r\nOriginal-Message-ID: {r.ck_id}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
    bnd = f"----=_NextPart_000_{r.h[:4]}_01DB{r.h[4:8]}.{r.h[8:16]}"
    inner = multipart(
        "report",
        bnd,
        [
            part("text/plain", "gb2312", "base64", human),
            b"Content-Type: message/disposition-notification\r\n\r\n" + disp.encode(),
        ],
    )
    body = (
        f'Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary="{bnd}"\r\n\r\n'.encode()
        + inner.split(b"\r\n\r\n", 1)[1]
    )
    extra = [
        f"Message-ID: <{r.h[:4].lower()}01db{r.h[4:8].lower()}${r.h[8:16].lower()}$@jinanmining.com.cn>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "X-Mailer: Microsoft Outlook 16.0",
    ]
    return (
        _head(
            r,
            f"{enc_word('郝建军', 'gb2312')} <haojj@jinanmining.com.cn>",
            "已读: " + SUBJECT[r.thread],
            extra,
            True,
        )
        + body
    )


def freshdesk(r: Reply) -> bytes:
    """A Freshdesk acknowledgement from the clinic chain's AP help desk."""
    text = (
        "Hi there,\n\nThank you for contacting BrightSmile Accounts Payable. Your request has been received and "
        "ticket #48213 has been created. A member of our AP team will respond within 3-5 business days.\n\n"
        "Payment status inquiries: please allow 30 days from invoice receipt before following up. Payments are "
        "issued on our weekly check run.\n\nYou can view the status of your ticket at any time:\n"
        "https://brightsmiledental.freshdesk.com/support/tickets/48213\n\nBrightSmile AP Support"
    )
    extra = [
        f"Message-ID: <{r.h[:16].lower()}_48213@brightsmiledental.freshdesk.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Freshdesk-Ticket: 48213",
        "Reply-To: ap@brightsmiledental.freshdesk.com",
    ]
    return _head(
        r,
        "BrightSmile AP Support <ap@brightsmiledental.freshdesk.com>",
        f"[#48213] Re: {SUBJECT[r.thread]}",
        extra,
    ) + part("text/plain", "UTF-8", "quoted-printable", text)


def gmail_vacation(r: Reply) -> bytes:
    """Gmail's vacation responder with its own subject (no 'Re:' of ours)."""
    text = "Hello,\n\nThank you for your mail. I am travelling to the cocoa districts until Friday 11th December with limited access to email. For payments please contact Abena Owusu on abena.owusu@goldcoastcocoa.com.gh.\n\nKwame Mensah"
    extra = [
        f"Message-ID: <CA{r.h[:10]}{r.h[10:30].lower()}+{r.h[30:36]}@mail.gmail.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "Precedence: bulk",
    ]
    return _head(
        r, "Kwame Mensah <kwamemensah.gcc@gmail.com>", "Out of office - back 11th December", extra
    ) + part("text/plain", "UTF-8", "quoted-printable", text)


def newsletter_gb(r: Reply) -> bytes:
    """A GB18030 HTML-only newsletter of the Yiwu trade fair that talks of 付款 and 逾期."""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"></head><body>'
        "<h2>义乌国际圣诞用品订货会 · 12月快讯</h2><p>尊敬的会员：</p>"
        "<p>2027春季订货会展位预订已开始，12月20日前付款可享九折，逾期未付款的展位将释放给候补企业。</p>"
        "<p>付款账户及发票事宜请咨询会务组：0579-8541 7700。</p>"
        '<p style="font-size:12px;color:#999">如不想再收到此类邮件，请<a href="https://news.ywxmasfair.cn/unsub">退订</a>。</p></body></html>'
    )
    extra = [
        f"Message-ID: <{r.h[:20].lower()}@edm.ywxmasfair.cn>",
        "Precedence: bulk",
        "List-Unsubscribe: <https://news.ywxmasfair.cn/unsub>",
        "X-Mailer: EDM Sender 3.2",
    ]
    return _head(
        r,
        f"{enc_word('义乌圣诞用品订货会', 'gb18030')} <news@edm.ywxmasfair.cn>",
        "【12月快讯】春季订货会展位预订开始，12月20日前付款九折",
        extra,
    ) + part("text/html", "gb18030", "base64", html)


MACHINE: list[tuple] = BOUNCES + [
    ("olzhcn", "auto_reply", None, "", o("q_sanya", 1, ("黎春燕", "lichunyan@126.com"), raw=oof_plain_zh, danger=True, note="OOF without Auto-Submitted naming 付款")),
    ("olen", "auto_reply", None, "", o("q_fiji", 1, ("Priya Naidu", "accounts@coralcoveresort.com.fj"), raw=oof_en, danger=True, note="OOF names payment matters and a date")),
    ("olzhtw", "auto_reply", None, "", o("q_hualien", 3, ("葉明哲", "mingzhe.ye@hlmarble.com.tw"), raw=oof_tw, danger=True, note="zh-TW OOF, ROC dates, 付款")),
    ("olen", "auto_reply", None, "", o("q_reykjavik", 2, ("Sigríður Sigurðardóttir", "sigga@nordurfiskur.is"), raw=vacation_is, note="only X-Autoreply")),
    ("tben", "auto_reply", None, "", o("q_tashkent", 2, ("Rustam Karimov", "r.karimov@uzpaxta-trade.uz"), raw=mdn_tb, note="Thunderbird MDN")),
    ("olzhcn", "auto_reply", None, "", o("q_taiyuan", 2, ("郝建军", "haojj@jinanmining.com.cn"), raw=mdn_zh, danger=True, note="Outlook 已读 receipt")),
    ("olen", "auto_reply", None, "", o("q_chicago", 3, ("BrightSmile AP Support", "ap@brightsmiledental.freshdesk.com"), raw=freshdesk, note="Freshdesk ticket ack")),
    ("gmailen", "auto_reply", None, "", o("q_accra", 3, ("Kwame Mensah", "kwamemensah.gcc@gmail.com"), raw=gmail_vacation, note="Gmail vacation, own subject, a date")),
    ("olzhcn", "other", None, "", o("q_yiwu", 3, ("", "news@edm.ywxmasfair.cn"), raw=newsletter_gb, known=False, danger=True, note="newsletter: Precedence bulk, 付款/逾期")),
]  # fmt: skip
