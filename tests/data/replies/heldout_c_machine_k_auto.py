"""Set K's machine mail that is not a bounce: out-of-office and vacation notices, read
receipts (MDN), a helpdesk acknowledgement and a bulk newsletter (heldout_c_machine_k.py
lists them in the set).

Written blind to the classifier after /work/shared/MAIL-CLIENTS.md and RFC 3834 / 8098: the
headers each system really sets, or (163, QQ, iCloud) the little they set.
"""

from __future__ import annotations

from heldout_c_machine_k import OUR, date_of, orig_headers, report
from heldout_c_mime import Reply, b64, enc_word, qp
from heldout_c_quote import SUBJECT


def _auto(r: Reply, frm: str, subj: str, text: str, extra: list[str], charset: str = "utf-8",
          cte: str = "base64", utc: bool = False, ctype: str = "text/plain") -> bytes:  # fmt: skip
    heads = [
        f"From: {frm}",
        f"To: {OUR}",
        f"Subject: {enc_word(subj, charset if charset != 'us-ascii' else 'utf-8')}",
        f"Date: {date_of(r, utc)}",
        *extra,
        "MIME-Version: 1.0",
        f"Content-Type: {ctype}; charset={charset}",
        f"Content-Transfer-Encoding: {cte}",
    ]
    raw = text.replace("\n", "\r\n").encode("big5hkscs" if charset == "big5" else charset)
    body = b64(raw) if cte == "base64" else qp(raw) if cte == "quoted-printable" else raw + b"\r\n"
    return ("\r\n".join(heads) + "\r\n\r\n").encode() + body


def _oof_heads(r: Reply, dom: str) -> list[str]:
    return [
        f"Message-ID: <{r.h[:32]}@SEYPR06MB{r.h[32:36]}.apcprd06.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Auto-Response-Suppress: All",
        f"X-MS-Exchange-Inbox-Rules-Loop: {dom}",
        "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent",
        "Return-Path: <>",
    ]


def oof_zh(r: Reply) -> bytes:
    text = (
        "您好！\n\n我于2026年12月1日至12月9日在省里参加培训，期间不能及时回复邮件。\n"
        "二期款等付款相关事宜请联系计财部龙会计，电话0851-8861 2300。\n\n杨帆\n贵安数智园区运营有限公司 综合办"
    )
    return _auto(r, f"{enc_word('杨主任')} <yangzr@gaszy.com.cn>", "自动答复: " + SUBJECT[r.thread], text,
                 _oof_heads(r, "yangzr@gaszy.com.cn"), utc=True)  # fmt: skip


def oof_tw(r: Reply) -> bytes:
    text = (
        "您好，\n\n本人將於2026年12月3日至12月13日休假，期間未能即時回覆郵件。如有緊急事宜，請聯絡 IT Procurement "
        "(itproc@lotusresort.com.mo)。\n\nI am on leave from 3 to 13 December 2026 with no access to email. For urgent "
        "matters please contact itproc@lotusresort.com.mo.\n\n何詠詩 Vincy Ho"
    )
    return _auto(r, f"{enc_word('何詠詩 Vincy Ho')} <vincy.ho@lotusresort.com.mo>", "自動回覆: " + SUBJECT[r.thread], text,
                 _oof_heads(r, "vincy.ho@lotusresort.com.mo"), utc=True)  # fmt: skip


def oof_en(r: Reply) -> bytes:
    text = (
        "Thank you for your email. I'm on annual leave until Monday 14 December with no access to email.\n\n"
        "For payment queries please contact ap@corribmed.ie; for anything urgent, call reception on +353 91 778 100.\n\n"
        "Siobhán O'Connor\nCorrib MedSupply Ltd"
    )
    return _auto(r, "=?utf-8?Q?Siobh=C3=A1n_O'Connor?= <soconnor@corribmed.ie>", "Automatic reply: " + SUBJECT[r.thread],
                 text, _oof_heads(r, "soconnor@corribmed.ie"), cte="quoted-printable", utc=True)  # fmt: skip


def qq_vacation(r: Reply) -> bytes:
    html = (
        "<div>这是来自QQ邮箱的假期自动回复邮件。<br><br>您好，我最近正在休假中，无法亲自回复您的邮件。"
        "我将在假期结束后，尽快给您回复。</div>"
    )
    extra = [f"Message-ID: <tencent_{r.h[:24]}@qq.com>", f"In-Reply-To: {r.ck_id}", "X-QQ-MIME: TCMime 1.0 by Tencent",
             "X-Mailer: QQMail 2.x"]  # fmt: skip
    return _auto(r, '"=?gb18030?B?S2V2aW4=?=" <2851443390@qq.com>', "自动回复: " + SUBJECT[r.thread], html, extra,
                 charset="gb18030", ctype="text/html")  # fmt: skip


def n163_autoreply(r: Reply) -> bytes:
    """163's auto-reply carries no header that marks it; its words speak of 付款 next week."""
    text = "您好，您的邮件我已收到，会尽快处理。\n本周财务月底结账，付款类邮件统一下周处理，谢谢理解。\n\n阿依古丽"
    extra = [f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.{r.h[12:23].lower()}.Coremail.ayiguli_cw@163.com>",
             f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}",
             "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"]  # fmt: skip
    return _auto(r, f"{enc_word('阿依古丽', 'GBK')} <ayiguli_cw@163.com>", "自动回复：" + SUBJECT[r.thread], text, extra,
                 charset="GBK")  # fmt: skip


def icloud_vacation(r: Reply) -> bytes:
    text = "本人12月赴美国参展，12月20日回国，期间邮件回复较慢。急事请找财务林秀琴，电话0595-8512 3366。\n\n陈"
    extra = [f"Message-Id: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-VACATION@icloud.com>", f"In-Reply-To: {r.ck_id}",
             "X-Apple-Action: VACATION"]  # fmt: skip
    return _auto(r, f"{enc_word('陈董')} <chendong_jj@icloud.com>", "Auto reply: " + SUBJECT[r.thread], text, extra,
                 cte="quoted-printable")  # fmt: skip


def alimail_autoreply(r: Reply) -> bytes:
    text = "您好，邮件已收到。本人12月1日至5日出差，付款事宜将于回来后统一处理。\n\n哈尔滨冰雪节庆文化传播有限公司 办公室"
    extra = [f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-auto.bgs@hrbbxjq.com>", f"In-Reply-To: {r.ck_id}",
             "Auto-Submitted: auto-replied", "X-Mailer: [Alimail-Mailagent revision 2546561]"]  # fmt: skip
    return _auto(r, f"{enc_word('办公室')} <bgs@hrbbxjq.com>", "自动回复：" + SUBJECT[r.thread], text, extra,
                 cte="quoted-printable")  # fmt: skip


def exmail_autoreply(r: Reply) -> bytes:
    text = "您好，我正在棉花收购站现场，信号不好，邮件回复可能延迟，急事请打电话 139 0997 1234。\n\n马建军"
    extra = [f"Message-ID: <tencent_{r.h[:24]}@qq.com>", f"In-Reply-To: {r.ck_id}", "Auto-Submitted: auto-replied",
             "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x"]  # fmt: skip
    return _auto(
        r,
        f'"{enc_word("马建军")}" <majianjun@fyminye.com>',
        "自动回复：" + SUBJECT[r.thread],
        text,
        extra,
    )


def mdn_outlook_zh(r: Reply) -> bytes:
    rcpt = "yuhaiyan@hdhgcb.com"
    s, w = r.sent, r.when
    human = b64(
        (
            f"您的邮件\r\n\r\n    收件人: 于海燕\r\n    主题: {SUBJECT[r.thread]}\r\n    发送时间: {s.year}/{s.month}/{s.day} {s:%H:%M}\r\n\r\n"
            f"已于 {w.year}/{w.month}/{w.day} {w:%H:%M} 读取。\r\n"
        ).encode()
    )
    heads = [
        f"From: {enc_word('于海燕')} <{rcpt}>",
        f"To: {OUR}",
        f"Subject: {enc_word('已读: ' + SUBJECT[r.thread])}",
        f"Date: {date_of(r, utc=True)}",
        f"Message-ID: <{r.h[:4].lower()}01db{r.h[4:8].lower()}${r.h[8:16].lower()}$@hdhgcb.com>",
        f"In-Reply-To: {r.ck_id}",
        f"Thread-Topic: {enc_word(SUBJECT[r.thread])}",
        "X-Mailer: Microsoft Outlook 16.0",
        "Content-Language: zh-cn",
    ]
    status = (
        "Reporting-UA: DESKTOP-HD8821; Microsoft Outlook 16.0\r\n"
        f"Final-Recipient: rfc822;{rcpt}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    return report(r, heads, "disposition-notification", human,
                   "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64", status,
                   orig_headers(r, rcpt))  # fmt: skip


def mdn_thunderbird(r: Reply) -> bytes:
    rcpt = "d.pak@kaspiyburservis.kz"
    human = (
        f"This is a Return Receipt for the mail that you sent to {rcpt}.\r\n\r\n"
        "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
        "There is no guarantee that the recipient has read or understood the message contents.\r\n"
    ).encode()
    heads = [
        f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}-{r.h[16:20].lower()}-{r.h[20:32].lower()}@kaspiyburservis.kz>",
        f"Date: {date_of(r)}",
        "User-Agent: Mozilla Thunderbird",
        f"From: Dmitriy Pak <{rcpt}>",
        f"To: {OUR}",
        f"Subject: Return Receipt (displayed) - {SUBJECT[r.thread]}",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
    ]
    status = (
        f"Reporting-UA: kaspiyburservis.kz; Mozilla Thunderbird\r\nFinal-Recipient: rfc822;{rcpt}\r\n"
        f"Original-Message-ID: {r.ck_id}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    return report(r, heads, "disposition-notification", human, "Content-Type: text/plain; charset=UTF-8", status,
                   orig_headers(r, rcpt))  # fmt: skip


def ticket_ack(r: Reply) -> bytes:
    text = (
        "Dear Customer,\n\nThank you for contacting Savanna Freight Accounts. Your request has been logged as ticket "
        "#20418 and assigned to the Accounts Payable queue.\n\nWe respond to payment and invoice queries within 3 "
        "business days. Please quote the ticket number in any correspondence.\n\nThis is an automated message; please "
        "do not reply to it.\n\nSavanna Freight Logistics Ltd - Accounts Helpdesk"
    )
    extra = [f"Message-ID: <ticket-20418-{r.h[:10].lower()}@support.savannafreight.co.ke>", f"In-Reply-To: {r.ck_id}",
             f"References: {r.ck_id}", "Auto-Submitted: auto-generated", "X-Autoreply: yes",
             "Precedence: auto_reply"]  # fmt: skip
    return _auto(r, "Savanna Freight Accounts <accounts@savannafreight.co.ke>",
                 f"[#20418] Received: {SUBJECT[r.thread]}", text, extra, charset="us-ascii", cte="7bit")  # fmt: skip


def newsletter(r: Reply) -> bytes:
    html = (
        "<html><body><h2>年底跨境收付款政策汇总｜付款、退税、发票一次看懂</h2>"
        "<p>各位卖家朋友：年底将至，平台结算周期调整，请在12月25日前完成付款账户核验，以免回款延迟。</p>"
        "<p>本期内容：1. 境外收款与结汇新规；2. 数电票开具常见问题；3. 供应商付款如何避免被冻结。</p>"
        '<p><a href="https://news.kuajingcaishui.example.com/u?id=88213">退订</a></p></body></html>'
    )
    extra = [f"Message-ID: <{r.h[:20].lower()}@edm.kuajingcaishui.example.com>", "Precedence: bulk",
             "List-Unsubscribe: <https://news.kuajingcaishui.example.com/u?id=88213>, <mailto:unsubscribe@kuajingcaishui.example.com>",
             "List-Id: <weekly.kuajingcaishui.example.com>", "X-Mailer: EDM Sender 4.2"]  # fmt: skip
    return _auto(r, f"{enc_word('跨境财税周报')} <weekly@kuajingcaishui.example.com>",
                 "年底跨境收付款政策汇总｜付款、退税、发票一次看懂", html, extra, ctype="text/html")  # fmt: skip
