"""Set S's auto-replies, read receipt, helpdesk ack and newsletter (bounces: heldout_c_machine_s.py).

Out-of-office replies with and without Auto-Submitted (zh, zh-TW Cantonese in Big5, en), a
Gmail vacation responder with its own subject, a 163 auto-reply with no marking header, an
Outlook 已读 receipt, a helpdesk acknowledgement marked only by Precedence and a bulk
newsletter that talks of 付款 (not threaded, from an unknown sender).
"""

from __future__ import annotations

from heldout_c_machine_s import BOUNCES, head_bytes
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_s import o


def _oof(
    r: Reply, frm: str, subject: str, text: str, charset: str, extra: list[str], utc: bool
) -> bytes:
    head = head_bytes(
        r, frm, subject, [*extra, f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}"], utc
    )
    return head + part("text/plain", charset, "base64", text)


def oof_zh_bare(r: Reply) -> bytes:
    """A Coremail auto-reply with no Auto-Submitted or other marking header, naming 付款 and days."""
    text = (
        "您好！本人12月7日至12月18日休产假，期间不查看邮件。\n"
        "付款、发票事宜请联系出纳苏晓燕（QQ 3321907465，电话0472-5127739），其他事宜请联系财务部乔经理。\n"
        "谢谢！\n高丽娟"
    )
    return _oof(
        r,
        f"{enc_word('高会计')} <gaokj@bcmagnet.com.cn>",
        enc_word("自动回复：" + SUBJECT[r.thread]),
        text,
        "UTF-8",
        [
            f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.auto.Coremail.gaokj@bcmagnet.com.cn>",
            "X-Mailer: Coremail Webmail Server Version XT6.0.3 build 20240716(b0f3e4c1)",
        ],
        False,
    )


def oof_hk_big5(r: Reply) -> bytes:
    """An Exchange out-of-office in Cantonese, Big5-HKSCS, with Exchange's marking headers."""
    text = (
        "你好，本人由12月14日至12月18日放假，期間唔會睇電郵。\n"
        "有關付款或者支票事宜，請聯絡梁生（leung.kf@klgmb.com.hk），急事請打 2388 1456。\n多謝！\n何嘉欣"
    )
    return _oof(
        r,
        f"{enc_word('何嘉欣', 'big5')} <kayan.ho@klgmb.com.hk>",
        enc_word("自動回覆: " + SUBJECT[r.thread], "big5"),
        text,
        "big5",
        [
            f"Message-ID: <{r.h[:32]}@HK2PR04MB{r.h[:4]}.apcprd04.prod.outlook.com>",
            "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: All",
            "X-MS-Exchange-Inbox-Rules-Loop: kayan.ho@klgmb.com.hk",
            "Content-Language: zh-HK",
        ],
        True,
    )


def oof_en(r: Reply) -> bytes:
    """An Exchange out-of-office in English with a day-first Finnish date."""
    text = (
        "Hi,\n\nI'm on parental leave until 11.1.2027 and not reading email.\n"
        "For invoices and payments please write to invoices@revontuliaudio.fi (note: e-invoices via Maventa only).\n\n"
        "Jukka Lehtonen\nCEO, Revontuli Audio Oy"
    )
    return _oof(
        r,
        "Jukka Lehtonen <jukka@revontuliaudio.fi>",
        "Automatic reply: " + SUBJECT[r.thread],
        text,
        "utf-8",
        [
            f"Message-ID: <{r.h[:32]}@AM9PR07MB{r.h[4:8]}.eurprd07.prod.outlook.com>",
            "Auto-Submitted: auto-generated",
            "X-Auto-Response-Suppress: All",
            "X-MS-Exchange-Inbox-Rules-Loop: jukka@revontuliaudio.fi",
        ],
        True,
    )


def gmail_vacation(r: Reply) -> bytes:
    """Gmail's vacation responder with the owner's own subject: Christmas closure, payments after."""
    text = (
        "Hi there,\n\nThanks for your email. The Sunhaven office is closed from Monday 21 December and reopens "
        "Tuesday 5 January. Accounts payable will be processed when we're back.\n\n"
        "For urgent installs call 1300 786 426.\n\nMerry Christmas!\nSunhaven Solar Accounts"
    )
    return _oof(
        r,
        "Sunhaven Accounts <accounts@sunhavensolar.com.au>",
        "Office closed for Christmas - back 5 January",
        text,
        "UTF-8",
        [f"Message-ID: <CA{r.h[:30]}@mail.gmail.com>", "Auto-Submitted: auto-replied"],
        False,
    )


def netease_auto_bare(r: Reply) -> bytes:
    """163's auto-reply: just the owner's words, no marking header."""
    text = "您好，您的来信已收到，我这段时间在牧区收绒，回复会慢一些，请见谅。卓玛"
    return _oof(
        r,
        f"{enc_word('合作社会计卓玛')} <zhuoma_kj@126.com>",
        enc_word("自动回复：" + SUBJECT[r.thread]),
        text,
        "UTF-8",
        [f"Message-ID: <{r.h[:8].lower()}.auto.Coremail.zhuoma_kj@126.com>"],
        False,
    )


def mdn_read_zh(r: Reply) -> bytes:
    """An Outlook 已读 receipt from the fluorochemical plant's buyer."""
    human = (
        f"您的邮件\n\n  收件人: 徐敏 <{r.sender[1]}>\n  主题: {SUBJECT[r.thread]}\n"
        f"  发送时间: {r.sent.year}/{r.sent.month}/{r.sent.day} {r.sent:%H:%M}\n\n"
        f"已于 {r.when.year}/{r.when.month}/{r.when.day} {r.when:%H:%M} 读取。"
    )
    mdn = (
        "Reporting-UA: quhua-f.com; Microsoft Outlook 16.0\r\n"
        f"Final-Recipient: rfc822;{r.sender[1]}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    bnd = f"----=_NextPart_{r.h[:8]}"
    body = (
        (
            f'Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary="{bnd}"\r\n\r\n'
            f"--{bnd}\r\n"
        ).encode()
        + part("text/plain", "gb2312", "base64", human)
        + (
            f"\r\n--{bnd}\r\nContent-Type: message/disposition-notification\r\n\r\n{mdn}\r\n--{bnd}--\r\n"
        ).encode()
    )
    head = head_bytes(
        r,
        f"{enc_word('采购部 徐敏', 'gb2312')} <xumin@quhua-f.com>",
        enc_word("已读: " + SUBJECT[r.thread], "gb2312"),
        [
            f"Message-ID: <{r.h[:4].lower()}01db{r.h[4:8].lower()}${r.h[8:16].lower()}$@quhua-f.com>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "X-Mailer: Microsoft Outlook 16.0",
        ],
        True,
    )
    return head + body


def ticket_ack(r: Reply) -> bytes:
    """A helpdesk's acknowledgement (the school's IT/finance desk), marked only by Precedence."""
    text = (
        "Hello,\n\nThank you for contacting the Parkhurst Ridge College Service Desk. Your request has been logged "
        "as ticket #48213 (Finance - Supplier queries).\n\nOur target response time is 3 working days. Please "
        "keep [#48213] in the subject line of any further mail about this request.\n\n"
        "Service Desk | Parkhurst Ridge College\n"
    )
    return _oof(
        r,
        "Parkhurst Ridge Service Desk <servicedesk@parkhurstridge.co.za>",
        f"[#48213] Request received: {SUBJECT[r.thread]}",
        text,
        "utf-8",
        [
            f"Message-ID: <ticket-48213-{r.h[:10].lower()}@parkhurstridge.freshservice.com>",
            "Precedence: bulk",
            "X-Mailer: Freshservice",
        ],
        False,
    )


def newsletter(r: Reply) -> bytes:
    """The cable-car operator's winter newsletter (bulk, not threaded) that talks of 付款."""
    html = (
        "<html><body><h2>天门山冬季游园指南</h2><p>尊敬的合作伙伴：</p>"
        "<p>12月15日起索道执行冬季票价，旅行社团队在线付款立减10%，请于12月31日前完成年度结算付款，逾期将无法享受优惠。</p>"
        "<p>如已付款请忽略本邮件。</p>"
        '<p style="font-size:11px;color:#999">如不希望再收到此类邮件，请<a href="https://edm.tmcable.cn/u?e=ar@example.cn">退订</a>。</p>'
        "</body></html>"
    )
    text = (
        "天门山冬季游园指南\n\n尊敬的合作伙伴：\n12月15日起索道执行冬季票价，旅行社团队在线付款立减10%，"
        "请于12月31日前完成年度结算付款，逾期将无法享受优惠。\n如已付款请忽略本邮件。\n\n退订：https://edm.tmcable.cn/u?e=ar@example.cn"
    )
    bnd = f"----=_EDM_{r.h[:16]}"
    body = multipart(
        "alternative",
        bnd,
        [
            part("text/plain", "GB18030", "base64", text),
            part("text/html", "GB18030", "base64", html),
        ],
    )
    head = head_bytes(
        r,
        f"{enc_word('天门山索道', 'GB18030')} <news@edm.tmcable.cn>",
        enc_word("【天门山】冬季票价及年度结算付款提醒", "GB18030"),
        [
            f"Message-ID: <edm.{r.h[:20].lower()}@edm.tmcable.cn>",
            "Precedence: bulk",
            "List-Unsubscribe: <https://edm.tmcable.cn/u?e=ar@example.cn>",
            "X-Campaign-ID: winter2026-07",
        ],
    )
    return head + body


S_MACHINE = BOUNCES + [
    (
        "coremail",
        "auto_reply",
        None,
        "",
        o(
            "magnet",
            "cw",
            8,
            seq=2,
            raw=oof_zh_bare,
            danger=True,
            note="OOF without Auto-Submitted, names 付款 and days",
        ),
    ),
    (
        "olzhtw",
        "auto_reply",
        None,
        "",
        o("minibus", "acc", 14, seq=2, raw=oof_hk_big5, danger=True),
    ),
    ("olen", "auto_reply", None, "", o("audio", "ceo", 14, seq=2, raw=oof_en)),
    (
        "gmailen",
        "auto_reply",
        None,
        "",
        o(
            "solar",
            "acc",
            21,
            seq=2,
            raw=gmail_vacation,
            danger=True,
            note="vacation responder, own subject, payments after 5 Jan",
        ),
    ),
    (
        "n126",
        "auto_reply",
        None,
        "",
        o("yak", "cw", 10, raw=netease_auto_bare, note="163 auto-reply, no header"),
    ),
    (
        "olzhcn",
        "auto_reply",
        None,
        "",
        o("fluoro", "buy", 3, raw=mdn_read_zh, danger=True, note="Outlook 已读 receipt"),
    ),
    (
        "olen",
        "auto_reply",
        None,
        "",
        o("school", "it", 7, seq=2, raw=ticket_ack, note="helpdesk ack, Precedence only"),
    ),
    (
        "qqweb",
        "other",
        None,
        "",
        o(
            "cable",
            "cw",
            9,
            raw=newsletter,
            danger=True,
            known=False,
            note="newsletter: Precedence bulk, mentions 付款",
        ),
    ),
]
