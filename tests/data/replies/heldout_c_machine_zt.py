"""Held-out set ZT: machine mail answering our reminders (auto-replies of its own, reused bounces).

Auto-replies written for this set: an Exchange OOF in zh-CN (gb2312) from the ferry agency's
accountant at a settlement meeting, a 163 auto-reply with no auto header (GBK), a QQ holiday
reply (HTML only, no threading), an Exchange OOF in zh-TW (Big5) from the quarry's cashier, a
Perth FIFO roster OOF ("on R&R until"), a bilingual French/English Gmail vacation responder with
its own subject, a Cape Town leave OOF naming a colleague for payments, and an iPhone-signed
Manila auto-acknowledgement. Bounces reuse the byte builders of sets ZG and ZM (Postfix,
Exchange Online, Coremail, Google, Sina), threaded to this set's reminders.
"""

from __future__ import annotations

from heldout_c_machine_zg import _auto, coremail_bounce, exchange_online_ndr, postfix_dsn
from heldout_c_machine_zm import google_not_found, sina_bounce
from heldout_c_mime import Reply, enc_word
from heldout_c_quote import SUBJECT
from heldout_c_threads_zt import entry

EXO = ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]


def oof_zhcn(r: Reply) -> bytes:
    """Exchange OOF in zh-CN, gb2312: at a settlement meeting with the shipping lines."""
    text = ("您好！\n\n我于12月14日至12月16日在福州参加船公司年度结算会议，期间邮件回复可能不及时。\n"
            "紧急付款事宜请联系出纳吴佳琪（0592-2056713）。\n\n林秀英\n鹭岛轮渡票务 财务部")  # fmt: skip
    return _auto(r, f"{enc_word('林秀英', 'gb2312')} <caiwu@ludaoferry.com>",
                 enc_word("自动答复: " + SUBJECT[r.thread], "gb2312"), text, "gb2312",
                 [*EXO, "Content-Language: zh-CN"], utc=True)  # fmt: skip


def n163_auto(r: Reply) -> bytes:
    """163's auto-reply: no auto header at all, GBK."""
    text = "您好，邮件已收到，我外出盘点门店库存，回来后第一时间处理。\n\n杨金花"
    return _auto(r, f"{enc_word('杨金花', 'GBK')} <yangjinhua_dl@163.com>",
                 enc_word("自动回复：" + SUBJECT[r.thread], "GBK"), text, "GBK",
                 ["X-Mailer: Coremail Webmail Server Version XT5.0.14"])  # fmt: skip


def qq_holiday(r: Reply) -> bytes:
    """QQ's holiday reply: HTML only, GB18030, no threading, no auto header."""
    html = ('<html><body><div style="font-size:14px">这是来自QQ邮箱的假期自动回复邮件。<br><br>'
            "您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。</div></body></html>")  # fmt: skip
    return _auto(r, f'"{enc_word("张莉", "gb18030")}" <1364820957@qq.com>',
                 enc_word("自动回复: " + SUBJECT[r.thread], "gb18030"), "", "gb18030",
                 ["X-Mailer: QQMail 2.x"], html=html, thread=False)  # fmt: skip


def oof_zhtw(r: Reply) -> bytes:
    """Exchange OOF in zh-TW, Big5: the cashier on leave, a colleague for payments."""
    text = "您好：\n\n本人12月21日至12月25日休假，期間付款相關事宜請洽會計陳小姐（03-8561234 分機12）。\n\n高秀蘭"
    return _auto(r, f"{enc_word('高秀蘭', 'big5')} <xl.kao@tarokostone.com.tw>",
                 enc_word("自動回覆: " + SUBJECT[r.thread], "big5"), text, "big5",
                 [*EXO, "Content-Language: zh-TW"], utc=True)  # fmt: skip


def oof_perth(r: Reply) -> bytes:
    """Exchange OOF from a FIFO roster: on R&R until a day, payments to the AP inbox."""
    text = ("Hi,\n\nI'm on R&R until Monday 14 December and won't be checking email. For anything about invoices or "
            "payments please email ap@pilbaracampkitchens.com.au.\n\nDean O'Brien\nFinance Officer | Pilbara Camp Kitchens")  # fmt: skip
    return _auto(r, "Dean O'Brien <dean.obrien@pilbaracampkitchens.com.au>", f"Automatic reply: {SUBJECT[r.thread]}",
                 text, "us-ascii", EXO, utc=True)  # fmt: skip


def gmail_vacation_fr(r: Reply) -> bytes:
    """A Gmail vacation responder in French and English with its own subject."""
    text = ("Bonjour,\n\nL'école est fermée pour les Fêtes du 21 décembre au 4 janvier. Je répondrai à mon retour.\n\n"
            "Hello,\n\nThe school is closed for the holidays from December 21 to January 4. I will reply when I'm back.\n\n"
            "Geneviève Tremblay\nÉcole de danse Saint-Laurent")  # fmt: skip
    return _auto(r, "=?UTF-8?Q?Genevi=C3=A8ve_Tremblay?= <gtremblay.danse@gmail.com>",
                 enc_word("Fermé pour les Fêtes / Closed for the holidays"), text, "UTF-8",
                 ["Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes"])  # fmt: skip


def oof_capetown(r: Reply) -> bytes:
    """Exchange OOF from Cape Town: on leave until January, payments to finance."""
    text = ("Good day,\n\nThank you for your email. I am on annual leave until 11 January 2027. For payment queries please "
            "contact finance@capevineyardfreight.co.za.\n\nPieter van der Merwe\nCape Vineyard Freight")  # fmt: skip
    return _auto(r, "Pieter van der Merwe <pieter@capevineyardfreight.co.za>", f"Automatic reply: {SUBJECT[r.thread]}",
                 text, "us-ascii", EXO, utc=True)  # fmt: skip


def manila_ack(r: Reply) -> bytes:
    """An AP mailbox's auto-acknowledgement from Manila (Auto-Submitted, a reference number)."""
    text = ("Good day!\n\nThis is to acknowledge receipt of your email. Your concern has been logged under reference "
            "AP-2026-118734 and will be attended to within 3 to 5 business days.\n\nThis is a system-generated message. "
            "Please do not reply.\n\nBrightPath Contact Solutions - Accounts Payable")  # fmt: skip
    return _auto(r, "BrightPath AP <ap.noreply@brightpathcx.ph>", f"RE: {SUBJECT[r.thread]} [Ref: AP-2026-118734]",
                 text, "utf-8", ["Auto-Submitted: auto-replied"])  # fmt: skip


B = {"kind": "bounce", "danger": True}
A = {"kind": "auto_reply", "danger": True}

# fmt: off
_ROWS = [
    ("olzhcn", A, oof_zhcn, "zt_xm2", 14, ("林秀英", "caiwu@ludaoferry.com"), {}),
    ("n163", A, n163_auto, "zt_dl", 4, ("杨金花", "yangjinhua_dl@163.com"), {"note": "163 auto-reply, no auto header"}),
    ("qqhtml", A, qq_holiday, "zt_hz", 24, ("张莉", "1364820957@qq.com"), {"note": "QQ holiday reply, HTML only, no threading"}),
    ("owazhtw", A, oof_zhtw, "zt_hl", 21, ("高秀蘭", "xl.kao@tarokostone.com.tw"), {"tz": "Asia/Taipei"}),
    ("olen", A, oof_perth, "zt_pe", 11, ("Dean O'Brien", "dean.obrien@pilbaracampkitchens.com.au"),
     {"tz": "Australia/Perth", "note": "an absence's end is no payment day"}),
    ("gmailen", A, gmail_vacation_fr, "zt_mt", 21, ("Geneviève Tremblay", "gtremblay.danse@gmail.com"),
     {"tz": "America/Toronto", "note": "a vacation responder with its own subject"}),
    ("olen", A, oof_capetown, "zt_ct", 15, ("Pieter van der Merwe", "pieter@capevineyardfreight.co.za"),
     {"tz": "Africa/Johannesburg"}),
    ("owaen", A, manila_ack, "zt_mn", 1, ("BrightPath AP", "ap.noreply@brightpathcx.ph"),
     {"tz": "Asia/Manila", "note": "an AP mailbox's ticket acknowledgement"}),
    ("qqweb", B, postfix_dsn, "zt_hz", 2, ("", "MAILER-DAEMON@mail.example.cn"), {"note": "builder of set ZG"}),
    ("owaen", B, exchange_online_ndr, "zt_mt", 2, ("", "postmaster@outlook.com"), {"note": "builder of set ZG"}),
    ("n163", B, coremail_bounce, "zt_wf", 1, ("", "postmaster@163.com"), {"note": "builder of set ZG"}),
    ("gmailen", B, google_not_found, "zt_pe", 1, ("", "mailer-daemon@googlemail.com"), {"note": "builder of set ZM"}),
    ("sina", B, sina_bounce, "zt_dl", 8, ("", "postmaster@sina.com"), {"note": "builder of set ZM"}),
]
# fmt: on

ZT_MACHINE = [
    entry(
        style, k["kind"], None, fn.__name__, thread, day, who, raw=fn, danger=k["danger"], **extra
    )
    for style, k, fn, thread, day, who, extra in _ROWS
]
