"""Held-out set ZL: machine mail answering our reminders (bounces, auto-replies, a receipt).

Bounces: our Postfix relay for a Gmail address that no longer exists (a multi-line 550-5.1.1
answer), Exchange Online refusing us (5.7.1, "not authorized"), a cPanel Exim over-quota
failure, an Alimail 退信 in Chinese words with no delivery-status part, and a Tencent
Exmail 退信 in GB18030 HTML. Auto-replies: Exchange OOF in zh-CN (gb2312), zh-TW (Big5) and
Cantonese (Big5-HKSCS, 咗/嘅), an English Exchange OOF naming a payment run, a Gmail vacation
responder in Catalan and English, QQ's holiday reply (HTML only, unthreaded), a 163
auto-reply with no auto header, an Alimail auto-reply, an iCloud VACATION; an Outlook zh-CN read receipt
("已读: …"); and a Chinese bulk newsletter about collecting debts that answers nothing of ours.
"""

from __future__ import annotations

from email.utils import format_datetime

from heldout_c_machine_zg import OUR, _auto, _date, _msg, _orig_headers
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_zl import entry


def _dsn(r: Reply, rcpt: str, mx: str, said: str, status: str, diag: str) -> bytes:
    """Our relay's Postfix DSN for ``rcpt`` refused by ``mx``."""
    qid = r.h[:11]
    text = (
        "This is the mail system at host mail.example.cn.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
        f"                   The mail system\n\n<{rcpt}>: host {mx} said:\n{said}\n    (in reply to RCPT TO command)\n"
    )
    report = (
        f"Reporting-MTA: dns; mail.example.cn\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; {OUR}\n"
        f"Arrival-Date: {format_datetime(r.sent)}\n\nFinal-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\n"
        f"Action: failed\nStatus: {status}\nRemote-MTA: dns; {mx.split('[')[0]}\nDiagnostic-Code: smtp; {diag}\n"
    )
    body = multipart("report; report-type=delivery-status", f"{qid}.1765{r.n:06d}/mail.example.cn", [
        b"Content-Description: Notification\r\n" + part("text/plain", "us-ascii", "7bit", text),
        b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        + report.replace("\n", "\r\n").encode(),
        b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + _orig_headers(r, rcpt).replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "Return-Path: <>", f"Date: {_date(r)}", "From: MAILER-DAEMON@mail.example.cn (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender", f"To: {OUR}", "Auto-Submitted: auto-replied",
        f"Message-Id: <202612{r.h[:12]}@mail.example.cn>",
    ], body)  # fmt: skip


def gmail_gone(r: Reply) -> bytes:
    """Postfix: Gmail's multi-line 550-5.1.1 for an address deleted by its owner."""
    return _dsn(r, "rajesh.kbc@gmail.com", "gmail-smtp-in.l.google.com[142.250.157.27]",
                "    550-5.1.1 The email account that you tried to reach does not exist. Please\n"
                "    try double-checking the recipient's email address for typos or\n"
                "    unnecessary spaces. For more information, go to\n"
                "    550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d9443c01a7336-2a1f3c9e1b8si77.28 - gsmtp",
                "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist.")  # fmt: skip


def exo_blocked(r: Reply) -> bytes:
    """Exchange Online: the tenant refuses outside senders to a restricted group (5.7.1)."""
    rcpt = "ap@buckeyehide.com"
    text = (
        f"Your message to {rcpt} couldn't be delivered.\n\nThe group ap only accepts messages from people in its organization "
        f"or on its allowed senders list, and you're not on the list.\n\n{OUR}\nOffice 365\nap\nAction Required\nRecipient\n\n"
        "Sender not allowed\n\nHow to Fix It\nContact the owner of the group and ask to be added to its allowed senders list.\n\n"
        "Diagnostic information for administrators:\n\nGenerating server: CH2PR04MB7063.namprd04.prod.outlook.com\n\n"
        f"{rcpt}\nRemote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'\n"
    )
    status = (
        "Reporting-MTA: dns;CH2PR04MB7063.namprd04.prod.outlook.com\nReceived-From-MTA: dns;mail.example.cn\n\n"
        f"Final-recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.7.1\n"
        "Diagnostic-Code: smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]\n"
    )
    body = multipart("report; report-type=delivery-status", f"_000_{r.h[:26]}_", [
        part("text/plain", "us-ascii", "7bit", text),
        b"Content-Type: message/delivery-status\r\n\r\n" + status.replace("\n", "\r\n").encode(),
        b"Content-Type: message/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@buckeyehide.onmicrosoft.com>",
        f"To: {OUR}", f"Date: {_date(r, True)}", f"Subject: Undeliverable: {SUBJECT[r.thread]}",
        f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}-{r.h[16:20]}-{r.h[20:32]}@CH2PR04MB7063.namprd04.prod.outlook.com>",
        f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "Auto-Submitted: auto-replied",
        "X-MS-Exchange-Message-Is-Ndr: ", "Content-Language: en-US",
    ], body)  # fmt: skip


def exim_quota(r: Reply) -> bytes:
    """cPanel Exim: the mailbox is over quota, our message copied below (words only)."""
    rcpt = "dafydd.jones@moelwynslate.co.uk"
    text = (
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be "
        "delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
        f"  {rcpt}\n    Mailbox quota exceeded\n\n------ This is a copy of the message, including all the headers. ------\n\n"
        + _orig_headers(r, rcpt).replace(
            'Content-Type: multipart/alternative; boundary="===============ck7716=="\n',
            "Content-Type: text/plain; charset=utf-8\n",
        )
        + "\nDear Gareth,\n\nI hope all is well. Our records show that the phase 2 payment of GBP 18,400.00 ... is now 14 days overdue.\n"
    )
    return _msg([
        "Return-path: <>", "Envelope-to: ar@example.cn", f"Delivery-date: {_date(r)}",
        "From: Mail Delivery System <Mailer-Daemon@uk12.stablehost.co.uk>", f"To: {OUR}",
        "Subject: Mail delivery failed: returning message to sender", f"Message-Id: <E1v{r.h[:14]}-00Ab3Q-7K@uk12.stablehost.co.uk>",
        f"Date: {_date(r)}", f"X-Failed-Recipients: {rcpt}", "Auto-Submitted: auto-replied",
    ], part("text/plain", "utf-8", "8bit", text))  # fmt: skip


def alimail_bounce(r: Reply) -> bytes:
    """An Alimail 退信: Chinese words in plain text, no delivery-status part, no threading."""
    rcpt = "caigou@huacai-lantern.com"
    text = (
        "您好，\n\n很遗憾，您发送的邮件未能成功投递到以下收件人。\n\n"
        f"收件人：{rcpt}\n主题：{SUBJECT[r.thread]}\n发送时间：{r.sent:%Y-%m-%d %H:%M:%S}\n\n"
        "失败原因：收件人账号已被停用（550 Mailbox unavailable or access denied）\n\n"
        "建议：请确认收件人地址是否正确，或通过其他方式联系收件人。\n\n此邮件由阿里邮箱系统自动发出，请勿回复。"
    )
    return _msg([
        "From: =?UTF-8?B?6YKu5Lu257O757uf?= <postmaster@mxhichina.com>", f"To: {OUR}", f"Date: {_date(r)}",
        f"Subject: {enc_word('邮件投递失败通知（退信）')}", f"Message-ID: <{r.h[:22].lower()}.bounce@mxhichina.com>",
        "X-Mailer: Alimail-Mailagent",
    ], part("text/plain", "UTF-8", "base64", text))  # fmt: skip


def exmail_bounce(r: Reply) -> bytes:
    """A Tencent Exmail 系统退信 in GB18030 HTML: the domain's mailbox is full."""
    rcpt = "kefu@xiezhiyuan.com"
    html = (
        '<html><head><meta charset="gb18030"></head><body><div style="font-size:14px;font-family:Verdana">'
        "<p><b>系统退信</b></p><p>抱歉，您的邮件被退回来了……</p>"
        f"<p>原邮件信息：</p><table><tr><td>时　间：</td><td>{r.sent:%Y年%m月%d日 %H:%M}</td></tr>"
        f"<tr><td>主　题：</td><td>{SUBJECT[r.thread]}</td></tr><tr><td>收件人：</td><td>{rcpt}</td></tr></table>"
        "<p>退信原因：收件人邮箱空间已满，无法接收新邮件。(552 Requested mail action aborted: exceeded storage allocation)</p>"
        "<p>建议解决方案：请联系收件人清理邮箱后重新发送。</p></div></body></html>"
    )
    return _msg([
        "From: =?gb18030?B?z7XNs83Litw=?= <PostMaster@exmail.qq.com>", f"To: {OUR}", f"Date: {_date(r)}",
        f"Subject: {enc_word('退信：' + SUBJECT[r.thread], 'gb18030')}", f"Message-ID: <{r.h[:18]}@exmail.qq.com>",
        "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x",
    ], part("text/html", "gb18030", "base64", html))  # fmt: skip


def oof_zhcn(r: Reply) -> bytes:
    """Exchange OOF in zh-CN (gb2312) naming the payment and a colleague."""
    text = ("您好！\n\n本人12月14日至12月18日在南京参加集团财务培训，期间不能及时回复邮件。\n"
            "付款及发票事宜请联系出纳周小燕（zhouxy_szxie@126.com，0512-65873321）。\n\n陆雯")  # fmt: skip
    return _auto(r, f"{enc_word('陆雯', 'gb2312')} <luwen@xiezhiyuan.com>",
                 enc_word("自动答复: " + SUBJECT[r.thread], "gb2312"), text, "gb2312",
                 ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: zh-CN"], utc=True)  # fmt: skip


def oof_zhtw(r: Reply) -> bytes:
    """Exchange OOF in zh-TW (Big5): on leave over New Year, remittances after."""
    text = "您好：\n\n本人12月24日至1月3日休假，期間匯款及發票事宜將於收假後處理，急件請洽吳先生 03-8325566。\n\n山海民宿集團 會計 張雅婷"
    # the quoted subject is Simplified (our reminder), beyond Big5: Exchange writes it in UTF-8
    return _auto(r, f"{enc_word('張雅婷', 'big5')} <yating.chang@shanhai-bnb.com.tw>",
                 enc_word("自動回覆: " + SUBJECT[r.thread]), text, "big5",
                 ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: zh-TW"], utc=True)  # fmt: skip


def oof_hk(r: Reply) -> bytes:
    """Exchange OOF in Cantonese and English, Big5 holding HKSCS characters."""
    text = ("多謝你嘅電郵。我已經放咗年假，1月4日返嚟，期間唔會睇電郵。付款事宜請搵郭生。\n\n"
            "Thank you for your email. I am on annual leave and will be back on 4 January. For payment matters please contact Mr Kwok.\n\nCathy Tam")  # fmt: skip
    return _auto(r, f"{enc_word('Cathy Tam 譚嘉欣', 'big5')} <cathy.tam@ntgreenminibus.com.hk>",
                 enc_word("自動回覆: " + SUBJECT[r.thread], "big5"), text, "big5",
                 ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All", "Content-Language: zh-HK"], utc=True)  # fmt: skip


def oof_en(r: Reply) -> bytes:
    """Exchange OOF in English that names a payment run and a date."""
    text = ("I am out of the office through Friday, 12/18 and will respond when I return.\n\n"
            "Wires approved before 12/15 will be released on schedule. For urgent AP matters contact Tom Albanese "
            "(talbanese@buckeyehide.com).\n\nBrenda Yoder\nAccounts Payable, Buckeye Hide & Leather")  # fmt: skip
    return _auto(r, "Brenda Yoder <byoder@buckeyehide.com>", f"Automatic reply: {SUBJECT[r.thread]}", text, "us-ascii",
                 ["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                  "X-MS-Exchange-Inbox-Rules-Loop: byoder@buckeyehide.com"], utc=True)  # fmt: skip


def gmail_vacation(r: Reply) -> bytes:
    """A Gmail vacation responder in Catalan and English, with its own subject."""
    text = ("Bon dia,\n\nSóc fora de l'oficina fins al 14/12. Per a temes urgents truqueu al 376 890 123.\n\n"
            "I'm out of the office until 14/12. For urgent matters call +376 890 123.\n\nMontse Vidal")  # fmt: skip
    return _auto(r, "Montse Vidal <montse.vidal.picnegre@gmail.com>", "=?UTF-8?Q?Fora_de_l'oficina_/_Out_of_office?=",
                 text, "UTF-8", ["Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes"])  # fmt: skip


def qq_holiday(r: Reply) -> bytes:
    """QQ's holiday reply: HTML only, GB18030, no threading, no auto header."""
    html = ('<html><body><div style="font-size:14px">这是来自QQ邮箱的假期自动回复邮件。<br><br>'
            "您好，我这几天请假回老家，邮件会晚点回复，付款的事情请联系邵会计，谢谢！</div></body></html>")  # fmt: skip
    return _auto(r, f'"{enc_word("吴婷婷", "gb18030")}" <2391804476@qq.com>',
                 enc_word("自动回复: " + SUBJECT[r.thread], "gb18030"), "", "gb18030",
                 ["X-Mailer: QQMail 2.x", "X-QQ-MIME: TCMime 1.0 by Tencent"], html=html, thread=False)  # fmt: skip


def n163_auto(r: Reply) -> bytes:
    """163's auto-reply: no auto header at all, GBK."""
    text = "您好！邮件已收到，我会尽快处理。如有急事请拨打0772-3126688。\n\n莫小芳"
    return _auto(r, f"{enc_word('莫小芳', 'GBK')} <moxf_lz@163.com>", enc_word("自动回复：" + SUBJECT[r.thread], "GBK"),
                 text, "GBK", ["X-Mailer: Coremail Webmail Server Version XT5.0.14"])  # fmt: skip


def alimail_auto(r: Reply) -> bytes:
    """Alimail's auto-reply (Auto-Submitted): abroad with the festival team."""
    text = "您好！本人12月1日至12月20日随灯组在欧洲，邮件回复可能延迟，财务事宜请联系曾琳（0813-5102288）。\n\n邓佳"
    return _auto(r, f"{enc_word('邓佳')} <dengjia@huacai-lantern.com>", enc_word("自动回复：" + SUBJECT[r.thread]),
                 text, "UTF-8", ["Auto-Submitted: auto-replied",
                                 "X-Mailer: [Alimail-Mailagent revision 2546561][W4_6173578][DEFAULT][Chrome]"])  # fmt: skip


def icloud_vacation(r: Reply) -> bytes:
    """iCloud's VACATION reply: X-Apple-Action, no Auto-Submitted, Cantonese in simplified."""
    text = "你好，我而家喺外地考察，12月13号返东莞，期间邮件回复会慢啲。付款嘅事请搵何姐（0769-22851166）。\n\n叶伟强"
    return _auto(r, f"{enc_word('叶伟强')} <yewq@shunan-jx.com>", enc_word("Auto reply: " + SUBJECT[r.thread]),
                 text, "utf-8", ["X-Apple-Action: VACATION"])  # fmt: skip


def outlook_mdn_zh(r: Reply) -> bytes:
    """Outlook zh-CN's read receipt: "已读: …", a disposition notification."""
    text = (f"您的邮件\n\n  收件人: 覃丽华\n  主题: {SUBJECT[r.thread]}\n  发送时间: {r.sent:%Y/%m/%d %H:%M}\n\n"
            f"已于 {r.when:%Y/%m/%d %H:%M} 被读取。")  # fmt: skip
    mdn = (f"Reporting-UA: qinlh@luoxiangyuan.com; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;qinlh@luoxiangyuan.com\n"
           f"Original-Message-ID: {r.ck_id}\nDisposition: manual-action/MDN-sent-manually; displayed\n")  # fmt: skip
    body = multipart("report; report-type=disposition-notification", f"----=_MDN_{r.h[:16]}", [
        part("text/plain", "gb2312", "base64", text),
        b"Content-Type: message/disposition-notification\r\n\r\n" + mdn.replace("\n", "\r\n").encode(),
    ])  # fmt: skip
    return _msg([f"From: {enc_word('覃丽华', 'gb2312')} <qinlh@luoxiangyuan.com>", f"To: {OUR}", f"Date: {_date(r, True)}",
                 f"Subject: {enc_word('已读: ' + SUBJECT[r.thread], 'gb2312')}", f"Message-ID: <{r.h[:32].lower()}@luoxiangyuan.com>",
                 f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}", "X-Mailer: Microsoft Outlook 16.0"], body)  # fmt: skip


def newsletter_zh(r: Reply) -> bytes:
    """A Chinese bulk newsletter about collecting receivables: answers nothing of ours."""
    text = (
        "【财税早班车】第48期 | 年底回款冲刺指南\n\n各位老板、财务同仁：\n\n年底将至，应收账款逾期又到高峰。"
        "据我们对1,500家中小企业的调查，11月到期的货款有43%未按时付款，平均拖延27天。\n\n"
        "本期要点：\n1. 催款邮件要写明付款日期，不要只说“尽快”；\n2. 客户提出异议，务必书面确认；\n"
        "3. 已付款请索要回单，未付款请约定具体日期；\n4. 12月31日前完成对账，避免跨年坏账。\n\n"
        "直播预告：12月10日（周四）晚8点《如何合法高效地催收欠款》，扫码报名。\n\n"
        "如不想再收到本刊，请点击退订：https://edm.caishuizaobanche.cn/u/77a1c\n财税早班车 杭州市西湖区文三路90号"
    )
    html = (
        "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n") if ln) + "</body></html>"
    )
    body = multipart("alternative", f"==EDM_{r.h[:20]}", [
        part("text/plain", "utf-8", "base64", text), part("text/html", "utf-8", "base64", html)])  # fmt: skip
    return _msg([f"From: {enc_word('财税早班车')} <edm@edm.caishuizaobanche.cn>", f"To: {OUR}", f"Date: {_date(r)}",
                 f"Subject: {enc_word('年底回款冲刺：11月货款43%逾期，您的客户付了吗？')}",
                 f"Message-ID: <{r.h[:24].lower()}@edm.caishuizaobanche.cn>", "Precedence: bulk",
                 "List-Unsubscribe: <https://edm.caishuizaobanche.cn/u/77a1c>",
                 "List-Id: <zaobanche.edm.caishuizaobanche.cn>"], body)  # fmt: skip


B = {"kind": "bounce", "danger": True}
A = {"kind": "auto_reply", "danger": True}
SH = "Asia/Shanghai"

# fmt: off
_ROWS = [
    ("gmailen", B, gmail_gone, "zl_kl", 9, ("", "MAILER-DAEMON@mail.example.cn"), {"tz": "Asia/Kolkata"}),
    ("olen", B, exo_blocked, "zl_oh", 2, ("", "postmaster@buckeyehide.com"), {"tz": "America/New_York"}),
    ("olenplain", B, exim_quota, "zl_cy", 2, ("", "Mailer-Daemon@uk12.stablehost.co.uk"), {"tz": "Europe/London"}),
    ("alimail", B, alimail_bounce, "zl_zg", 2, ("", "postmaster@mxhichina.com"), {}),
    ("qqhtml", B, exmail_bounce, "zl_xie", 2, ("", "PostMaster@exmail.qq.com"), {}),
    ("olzhcn", A, oof_zhcn, "zl_xied", 14, ("陆雯", "luwen@xiezhiyuan.com"), {}),
    ("olzhtw", A, oof_zhtw, "zl_hl", 24, ("張雅婷", "yating.chang@shanhai-bnb.com.tw"), {"tz": "Asia/Taipei"}),
    ("olzhtw", A, oof_hk, "zl_hkd", 21, ("Cathy Tam 譚嘉欣", "cathy.tam@ntgreenminibus.com.hk"), {"tz": "Asia/Hong_Kong"}),
    ("owaen", A, oof_en, "zl_oh2", 14, ("Brenda Yoder", "byoder@buckeyehide.com"), {"tz": "America/New_York"}),
    ("gmailen", A, gmail_vacation, "zl_ad", 8, ("Montse Vidal", "montse.vidal.picnegre@gmail.com"), {"tz": "Europe/Andorra"}),
    ("qqhtml", A, qq_holiday, "zl_yx2", 17, ("吴婷婷", "2391804476@qq.com"), {}),
    ("n163", A, n163_auto, "zl_lz", 2, ("莫小芳", "moxf_lz@163.com"), {}),
    ("alimail", A, alimail_auto, "zl_zg", 3, ("邓佳", "dengjia@huacai-lantern.com"), {}),
    ("applezh", A, icloud_vacation, "zl_dg", 7, ("叶伟强", "yewq@shunan-jx.com"), {}),
    ("olzhcn", A, outlook_mdn_zh, "zl_lz2", 8, ("覃丽华", "qinlh@luoxiangyuan.com"), {"note": "a read receipt"}),
    ("n163", {"kind": "other", "danger": True}, newsletter_zh, "zl_yx", 7, ("财税早班车", "edm@edm.caishuizaobanche.cn"),
     {"known": False, "note": "bulk mail about collecting debts that answers nothing of ours"}),
]
# fmt: on

ZL_MACHINE = [
    entry(
        style, k["kind"], None, fn.__name__, thread, day, who, raw=fn, danger=k["danger"], **extra
    )
    for style, k, fn, thread, day, who, extra in _ROWS
]
