"""Machine mail answering set M's reminders that is not a bounce: auto-replies and receipts.

An OOF written as a hand-made rule (no Auto-Submitted, no Precedence, its own subject), a
DingTalk-mail vacation notice (X-Autoreply, HTML only), a government Coremail OOF, Exchange
OOF in zh-TW and English (dates, "payment" words), a Thunderbird MDN for a message deleted
unread, an Outlook 已读 receipt, a shared-services ticket receipt marked only by Precedence,
and a trade-fair newsletter sent in bulk (an unknown sender, not an auto-reply).
"""

from __future__ import annotations

from datetime import UTC

from heldout_c_machine_m import US, _date, _head, _orig_headers
from heldout_c_mime import Reply, b64, enc_word, multipart, part
from heldout_c_quote import SUBJECT, ours


def oof_no_header(r: Reply) -> bytes:
    """An out-of-office typed as a rule by hand: no Auto-Submitted, no Precedence, own subject."""
    text = """您好，您的来信已收到。

本人12月1日至12月6日在榆林参加集团年度安全检查，期间无法及时查看邮件。
涉及付款、票据事宜请联系财务科小贾（0351-7821093，jiaxl@sxmeihua-chem.com.cn），
紧急事项请打手机。12月7日返岗后统一回复。

郝建国
山西某煤化工有限公司 财务科"""
    hs = [
        f"From: {enc_word('郝建国')} <haojg@sxmeihua-chem.com.cn>",
        f"To: {enc_word(ours(r)[0])} <{US}>",
        f"Subject: {enc_word('【不在办公室】回复：' + SUBJECT[r.thread])}",
        f"Date: {_date(r, tail=' (GMT+08:00)')}",
        f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.{r.h[12:23].lower()}.Coremail.haojg@sxmeihua-chem.com.cn>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "X-Mailer: Coremail Webmail Server Version XT6.0.3 build 20240716(b0f3e4c1)",
        "X-Coremail-Locale: zh_CN",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/plain", "UTF-8", "base64", text)


def dingtalk_vacation(r: Reply) -> bytes:
    """A DingTalk-mail vacation notice (HTML only, X-Autoreply, no Auto-Submitted)."""
    htm = """<html><body><div style="font-family:PingFang SC">这是一封自动回复邮件：</div>
<div>您好，我是浙江某阀门的外贸跟单，11月30日至12月9日在德国埃森参展（Valve World Expo），邮件回复会有延迟。</div>
<div>订单、报价请找王小姐 wangjy@wzfamen.com；<b>对账付款的事老板会直接安排</b>，也可以打 0577-8655 3021。</div>
<div>谢谢！</div></body></html>"""
    hs = [
        "From: =?UTF-8?B?5Y+26Z2S?= <yeqing@wzfamen.com>",
        f"To: {US}",
        f"Subject: {enc_word('自动回复：' + SUBJECT[r.thread])}",
        f"Date: {_date(r)}",
        f"Message-ID: <autoreply-{r.h[:20].lower()}@mail.dingtalk.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "X-Autoreply: yes",
        "X-Mailer: DingTalk Mail",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/html", "UTF-8", "base64", htm)


def exchange_oof(lang: str, who: tuple[str, str], text: str):
    """An Exchange OOF in ``lang`` ("zh-TW" or "en") for one person; UTC date, headers."""
    prefix = {"zh-TW": "自動回覆: ", "en": "Automatic reply: ", "zh-CN": "自动答复: "}[lang]

    def build(r: Reply) -> bytes:
        h = r.h
        hs = [
            f"From: {enc_word(who[0]) if not who[0].isascii() else who[0]} <{who[1]}>",
            f"To: {enc_word(ours(r)[0])} <{US}>",
            f"Subject: {enc_word(prefix + SUBJECT[r.thread])}",
            f"Thread-Topic: {enc_word(SUBJECT[r.thread])}",
            f"Thread-Index: AQH{h[:24]}",
            f"Date: {_date(r, utc=True)}",
            f"Message-ID: <{h[:32].lower()}@{who[1].split('@')[1]}>",
            f"In-Reply-To: {r.ck_id}",
            f"References: {r.ck_id}",
            "Auto-Submitted: auto-replied",
            "X-Auto-Response-Suppress: All",
            f"X-MS-Exchange-Inbox-Rules-Loop: {who[1]}",
            f"Content-Language: {lang}",
            "MIME-Version: 1.0",
        ]
        cs = "big5" if lang == "zh-TW" else "us-ascii" if text.isascii() else "utf-8"
        cte = "quoted-printable" if lang == "zh-TW" else "7bit"
        htm = "<html><body><p>" + text.replace("\n", "<br>\n") + "</p></body></html>"
        body = multipart(
            "alternative",
            f"_000_{h[:32]}_",
            [part("text/plain", cs, cte, text), part("text/html", cs, cte, htm)],
        )
        return _head(hs) + body

    return build


def coremail_gov_oof(r: Reply) -> bytes:
    """A government-run Coremail OOF: Auto-Submitted, own prefix, mentions 财政 and 付款."""
    text = """【自动回复】您好，来信收悉。
本人于2026年12月2日至12月11日参加省委宣传部组织的集中培训，培训期间手机需统一保管。
预算、报账、付款相关事项请联系部门内勤小彭（0731-8881 6072）。
长沙某电视台 新媒体中心 谭"""
    hs = [
        f"From: {enc_word('谭卫东')} <tanwd@cstv-media.gov.cn>",
        f"To: {enc_word(ours(r)[0])} <{US}>",
        f"Subject: {enc_word('自动回复: ' + SUBJECT[r.thread])}",
        f"Date: {_date(r, tail=' (GMT+08:00)')}",
        f"Message-ID: <auto.{r.h[:16].lower()}.Coremail.tanwd@cstv-media.gov.cn>",
        f"In-Reply-To: {r.ck_id}",
        "Auto-Submitted: auto-replied",
        "X-Mailer: Coremail Webmail Server Version 2024.2-cmXT6 build 20241011(d6b5a4f1) cstv-media.gov.cn",
        "X-Coremail-Locale: zh_CN",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/plain", "UTF-8", "base64", text)


def mdn_deleted(r: Reply) -> bytes:
    """A Thunderbird MDN: our reminder was deleted without being displayed."""
    who = "accounts@pearlriver-yachts.com"
    human = (
        f"The message sent on {r.sent:%d/%m/%Y %H:%M} to {who} with subject "
        f'"{SUBJECT[r.thread]}" was deleted without being displayed.\r\n'
    )
    report = (
        "Reporting-UA: pearlriver-yachts.com; Thunderbird 128.5.0\r\n"
        f"Final-Recipient: rfc822;{who}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
        "Disposition: manual-action/MDN-sent-manually; deleted\r\n"
    )
    bnd = f"------------{r.h[:24]}"
    body = (
        f'Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary="{bnd}"\r\n\r\n'
        f"This is a multi-part message in MIME format.\r\n--{bnd}\r\n"
        f"Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n{human}\r\n"
        f'--{bnd}\r\nContent-Type: message/disposition-notification; name="MDNPart2.txt"\r\n'
        f"Content-Disposition: inline\r\nContent-Transfer-Encoding: 7bit\r\n\r\n{report}\r\n"
        f'--{bnd}\r\nContent-Type: text/rfc822-headers; name="MDNPart3.txt"\r\n'
        f"Content-Disposition: inline\r\n\r\n{_orig_headers(r, who)}\r\n--{bnd}--\r\n"
    )
    hs = [
        f"From: Accounts Payable <{who}>",
        f"To: {US}",
        f"Subject: Return Receipt (deleted) - {SUBJECT[r.thread]}",
        f"Date: {_date(r)}",
        f"Message-ID: <{r.h[:8].lower()}-{r.h[8:12].lower()}-{r.h[12:16].lower()}-{r.h[16:20].lower()}-{r.h[20:32].lower()}@pearlriver-yachts.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "User-Agent: Mozilla Thunderbird",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + body.encode()


def mdn_outlook_read_zh(r: Reply) -> bytes:
    """An Outlook 已读 receipt from the Tianjin park's finance (text + report, UTC date)."""
    who = ("吕静", "lvjing@tjgang-wuliu.com")
    sent = r.sent.astimezone(UTC)
    human = (
        f"您的邮件\r\n\r\n    收件人: {who[0]} <{who[1]}>\r\n    主题: {SUBJECT[r.thread]}\r\n"
        f"    发送时间: {sent.year}/{sent.month}/{sent.day} {sent:%H:%M}\r\n\r\n"
        f"已于 {r.when.year}/{r.when.month}/{r.when.day} {r.when:%H:%M} 读取。\r\n"
    )
    bnd = f"----_=_NextPart_001_{r.h[:8]}.{r.h[8:16]}"
    report = (
        f"Reporting-UA: tjgang-wuliu.com; Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;{who[1]}\r\n"
        f"Original-Message-ID: {r.ck_id}\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n"
    )
    body = (
        f'Content-Type: multipart/report; report-type=disposition-notification;\r\n\tboundary="{bnd}"\r\n\r\n'
        f"--{bnd}\r\nContent-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    ).encode()
    body += b64(human.encode("gbk"))
    body += (
        f"\r\n--{bnd}\r\nContent-Type: message/disposition-notification\r\n\r\n{report}\r\n--{bnd}--\r\n"
    ).encode()
    hs = [
        f"From: {enc_word(who[0], 'gb2312')} <{who[1]}>",
        f"To: {enc_word(ours(r)[0], 'gb2312')} <{US}>",
        f"Subject: {enc_word('已读: ' + SUBJECT[r.thread], 'gb2312')}",
        f"Date: {_date(r, utc=True)}",
        f"Message-ID: <{r.h[:4].lower()}01db{r.h[4:8].lower()}${r.h[8:16].lower()}$@tjgang-wuliu.com>",
        f"In-Reply-To: {r.ck_id}",
        f"Thread-Topic: {enc_word(SUBJECT[r.thread], 'gb2312')}",
        "X-Mailer: Microsoft Outlook 16.0",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + body


def ticket_ack(r: Reply) -> bytes:
    """A group shared-services centre acknowledging a ticket; Precedence only, mentions 付款."""
    text = f"""尊敬的供应商：

您发送至集团财务共享服务中心的邮件已收到，系统已自动生成服务工单。

工单编号：FSSC-20261203-{int(r.h[:6], 16) % 100000:05d}
工单类型：供应商付款查询
受理时限：3个工作日

共享中心将按集团资金计划统一安排付款，付款进度请以"供应商服务平台"显示为准，请勿重复发送邮件。
本邮件由系统自动发送，请勿回复。

某港口集团 财务共享服务中心
"""
    hs = [
        f"From: {enc_word('集团财务共享服务中心')} <fssc-noreply@tjport-group.com>",
        f"To: {US}",
        f"Subject: {enc_word('[工单已受理] ' + SUBJECT[r.thread])}",
        f"Date: {_date(r)}",
        f"Message-ID: <fssc.{r.h[:18].lower()}@tjport-group.com>",
        f"In-Reply-To: {r.ck_id}",
        f"References: {r.ck_id}",
        "Precedence: auto_reply",
        "X-Mailer: FSSC Ticket Service 3.2",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/plain", "UTF-8", "quoted-printable", text)


def newsletter(r: Reply) -> bytes:
    """A trade-fair newsletter in bulk, with 付款/账期/逾期 in it, from an unknown sender."""
    htm = """<html><body><table width="600"><tr><td>
<h2>义乌国际小商品博览会 · 参展商通讯 第48期</h2>
<p>【展位费付款提醒】第33届义博会展位费请于12月20日前付款，逾期未付款的展位将释放给候补企业。</p>
<p>【账期小课堂】外贸客户要求60天账期怎么办？出口信用保险帮您兜底。</p>
<p>【政策】跨境电商出口退税新规解读，12月15日线上直播。</p>
<p style="font-size:12px;color:#888">您收到此邮件是因为您订阅了义博会通讯。<a href="https://news.yiwufair.example/unsub?u=ar%40example.cn">退订</a></p>
</td></tr></table></body></html>"""
    hs = [
        f"From: {enc_word('义博会组委会')} <news@yiwufair.example>",
        f"To: {US}",
        f"Subject: {enc_word('参展商通讯第48期：展位费付款截止12月20日 | 账期怎么谈')}",
        f"Date: {_date(r)}",
        f"Message-ID: <nl48.{r.h[:16].lower()}@edm.yiwufair.example>",
        "Precedence: bulk",
        "List-Unsubscribe: <https://news.yiwufair.example/unsub?u=ar%40example.cn>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "X-Mailer: EDM Sender 4.0",
        "MIME-Version: 1.0",
    ]
    return _head(hs) + part("text/html", "UTF-8", "base64", htm)


OOF_TW = exchange_oof(
    "zh-TW",
    ("蔡佩珊", "ps.tsai@tyairkitchen.com.tw"),
    """您好，
本人於12月3日至12月9日休假（民國115年12月10日恢復上班），休假期間不定時收信。
請款、付款相關問題請洽會計課 林小姐 分機 2217，或寄信至 ap@tyairkitchen.com.tw。
謝謝！
蔡佩珊 採購課""",
)
OOF_EN = exchange_oof(
    "en",
    ("Tom Hartley", "tom.hartley@pearlriver-yachts.com"),
    """Thank you for your email. I am on sea trials off Wanshan until Friday 11 December with
limited connectivity. For anything about invoices or payments please contact
accounts@pearlriver-yachts.com; otherwise I will reply when I am back in the office.

Tom Hartley
Programme Manager | Pearl River Yachts (Zhuhai) Co., Ltd.""",
)
OOF_EN_HK = exchange_oof(
    "en",
    ("Ivy Cheung", "ivy.cheung@smileharbour-dental.hk"),
    """Thank you for your message. I am out of the office with no access to email until 14/12/2026.
For urgent accounts payable matters, please contact Mr. Kelvin Lau at ap@smileharbour-dental.hk
or call +852 2868 3410. Payment runs continue as scheduled.

Ivy Cheung | Finance Manager | Smile Harbour Dental Group""",
)
