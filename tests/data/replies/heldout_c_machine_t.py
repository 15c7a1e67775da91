"""Set T's machine mail: bounces, delays, auto-replies, receipts, a ticket, a newsletter.

Forms chosen to be unlike the earlier sets': an Amazon SES bounce delivered as an SNS JSON
e-mail, an Exim delay warning, a Chinese gateway's worded delay (no DSN part), a Google
Groups rejection, a Mimecast block notice, Exchange OOF in zh-CN (naming 付款 and dates), in
zh-TW Cantonese and in English without Auto-Submitted, a QQ holiday reply with its own words,
a 163 auto-reply with no header at all, a company's "mail received" acknowledgement, a Jira
Service Management ticket, Outlook and Thunderbird read receipts, and a GB18030 newsletter.
Each is a ``raw`` entry of ``T_SET``: a function of the reply's facts (its thread's subject
and ``<ck.…>`` id, the sender's zone and day) returning the message's bytes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, timedelta
from email.utils import format_datetime

from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_quote import SUBJECT
from heldout_c_threads_t import stage

Raw = Callable[[Reply], bytes]


def _head(r: Reply, frm: str, subject: str, extra: list[str], utc: bool = False) -> bytes:
    when = r.when.astimezone(UTC) if utc else r.when
    dt = format_datetime(when).replace("-0000", "+0000")
    hs = [f"From: {frm}", "To: =?utf-8?B?56S65L6L56eR5oqAIOW6lOaUtui0puasvg==?= <ar@example.cn>",
          f"Subject: {subject}", f"Date: {dt}", *extra, "MIME-Version: 1.0"]  # fmt: skip
    return ("\r\n".join(hs) + "\r\n").encode()


def _orig_headers(r: Reply) -> str:
    return (
        f"From: =?utf-8?B?56S65L6L56eR5oqAIOW6lOaUtui0puasvg==?= <ar@example.cn>\r\n"
        f"To: {r.sender[1]}\r\nSubject: {enc_word(SUBJECT[r.thread])}\r\n"
        f"Date: {format_datetime(r.sent)}\r\nMessage-ID: {r.ck_id}\r\n"
    )


def ses_json(r: Reply) -> bytes:
    """An SES bounce notification, as the SNS e-mail subscription delivers it (JSON text)."""
    note = {
        "notificationType": "Bounce",
        "bounce": {
            "feedbackId": f"0102019{r.h[:10].lower()}-{r.h[10:18].lower()}-000000",
            "bounceType": "Permanent",
            "bounceSubType": "General",
            "bouncedRecipients": [{"emailAddress": r.sender[1], "action": "failed",
                                   "status": "5.1.1", "diagnosticCode": "smtp; 550 5.1.1 user unknown"}],
            "timestamp": r.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "remoteMtaIp": "196.201.32.18",
            "reportingMTA": "dns; a48-112.smtp-out.amazonses.com",
        },
        "mail": {
            "timestamp": r.sent.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "source": "ar@example.cn",
            "messageId": f"0102019{r.h[18:28].lower()}-{r.h[28:36].lower()}-000000",
            "destination": [r.sender[1]],
            "headersTruncated": False,
            "headers": [{"name": "Message-ID", "value": r.ck_id},
                        {"name": "Subject", "value": SUBJECT[r.thread]}],
            "commonHeaders": {"from": ["ar@example.cn"], "to": [r.sender[1]],
                              "messageId": r.ck_id, "subject": SUBJECT[r.thread]},
        },
    }  # fmt: skip
    body = json.dumps(note, ensure_ascii=False) + (
        "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the "
        "link below to unsubscribe:\nhttps://sns.ap-southeast-1.amazonaws.com/unsubscribe.html?"
        "SubscriptionArn=arn:aws:sns:ap-southeast-1:381492003311:ses-bounces:4f1c0e2a\n\n"
        "Please do not reply directly to this email. If you have any questions or comments "
        "regarding this email, please contact us at https://aws.amazon.com/support"
    )
    head = _head(
        r,
        '"AWS Notifications" <no-reply@sns.amazonaws.com>',
        "AWS Notification Message",
        [f"Message-ID: <0100019{r.h[:12].lower()}-{r.h[12:20].lower()}-000000@email.amazonses.com>",
         "x-amz-sns-message-id: 5a2f0c61-8d8e-5b7e-9c51-" + r.h[:12].lower(),
         "x-amz-sns-subscription-arn: arn:aws:sns:ap-southeast-1:381492003311:ses-bounces:4f1c0e2a"],
        utc=True,
    )  # fmt: skip
    return head + part("text/plain", "UTF-8", "7bit", body)


def exim_delay(r: Reply) -> bytes:
    """Exim's 'not yet been delivered' warning: words only, a 452 quota reply, retries go on."""
    body = (
        "This message was created automatically by mail delivery software.\n"
        "A message that you sent has not yet been delivered to one or more of its\n"
        "recipients after more than 24 hours on the queue on mx1.goldcoastcocoa.com.gh.\n\n"
        f"The message identifier is:     1wQ{r.h[:3]}-00{r.h[3:7]}-Ab\n"
        f"The subject of the message is: {SUBJECT[r.thread]}\n"
        f"The date of the message is:    {format_datetime(r.sent)}\n\n"
        f"The address to which the message has not yet been delivered is:\n\n  {r.sender[1]}\n"
        "    host mail.goldcoastcocoa.com.gh [41.215.160.22]\n"
        "    Delay reason: SMTP error from remote mail server after RCPT TO:<"
        + r.sender[1]
        + ">:\n"
        "    452 4.2.2 Mailbox over quota, try again later\n\n"
        "No action is required on your part. Delivery attempts will continue for\n"
        "some time, and this warning may be repeated at intervals if the message\n"
        "remains undelivered. Eventually the mail delivery software will give up,\n"
        "and when that happens, the message will be returned to you.\n"
    )
    head = _head(
        r,
        "Mail Delivery System <Mailer-Daemon@mx1.goldcoastcocoa.com.gh>",
        "Warning: message 1wQ" + r.h[:3] + "-00" + r.h[3:7] + "-Ab delayed 24 hours",
        [f"Message-Id: <E1wQ{r.h[:10]}@mx1.goldcoastcocoa.com.gh>", "Auto-Submitted: auto-replied",
         f"References: {r.ck_id}", "X-Failed-Recipients: " + r.sender[1]],
    )  # fmt: skip
    return head + part("text/plain", "us-ascii", "7bit", body)


def gateway_delay_zh(r: Reply) -> bytes:
    """A Chinese mail gateway's worded delay notice: no DSN part, a retry deadline, 暂未投递."""
    until = (r.when + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    body = (
        "尊敬的用户：\n\n您好！您发送的邮件暂时未能投递到对方服务器，系统仍在继续尝试，"
        f"无需重新发送。如在 {until} 之前仍无法投递，系统将退回该邮件并另行通知您。\n\n"
        f"　　收件人：{r.sender[1]}\n　　邮件主题：{SUBJECT[r.thread]}\n"
        f"　　发送时间：{r.sent:%Y-%m-%d %H:%M:%S}\n"
        "　　原因：对方服务器响应超时（421 Service not available, closing transmission channel）\n\n"
        "此为系统邮件，请勿回复。"
    )
    head = _head(
        r,
        "=?GB18030?B?08q8/s+1zbM=?= <postmaster@mailgw.example.cn>",
        enc_word("邮件延迟投递通知（系统将继续尝试）", "GB18030"),
        [
            f"Message-ID: <delay.{r.h[:16].lower()}@mailgw.example.cn>",
            "X-Mailer: MailGW Notifier 3.2",
        ],
    )
    return head + part("text/plain", "GB18030", "base64", body)


def google_groups(r: Reply) -> bytes:
    """Google Groups refusing a post from outside the group (a list manager's bounce)."""
    grp = "payables@prairiegate-grain.ca"
    body = (
        "Hello ar@example.cn,\n\n"
        f"We're writing to let you know that the group you tried to contact ({grp.split('@')[0]}) may not "
        "exist, or you may not have permission to post messages to the group. A few more details on why "
        "you weren't able to post:\n\n * You might have spelled or formatted the group name incorrectly.\n"
        " * The owner of the group may have removed this group.\n"
        " * You may need to join the group before receiving permission to post.\n"
        " * This group may not be open to posting.\n\n"
        "If you have questions related to this or any other Google Group, visit the Help Center at "
        "https://groups.google.com/support/.\n\nThanks,\n\nprairiegate-grain.ca admins\n\n\n\n"
        "----- Original message -----\n\n"
        f"X-Google-Smtp-Source: AGHT+IF{r.h[:20]}\n{_orig_headers(r).replace(chr(13), '')}"
    )
    head = _head(
        r,
        f"{grp} <{grp}>",
        "Address not found",
        [f"Message-ID: <{r.h[:20].lower()}@google.com>", "Auto-Submitted: auto-replied",
         f"In-Reply-To: {r.ck_id}", f"References: {r.ck_id}"],
    )  # fmt: skip
    return head + part("text/plain", "UTF-8", "quoted-printable", body)


def mimecast_block(r: Reply) -> bytes:
    """Mimecast's rejection notice (HTML and text, a reject code, no DSN part)."""
    text = (
        "Your message couldn't be delivered\n\n"
        f"Your message to {r.sender[1]} was rejected by the recipient's email security gateway.\n\n"
        "Reason: 550 Administrative prohibition - envelope blocked - https://community.mimecast.com/"
        "docs/DOC-1369#550 [" + r.h[:22] + ".uk93]\n\n"
        f"Subject: {SUBJECT[r.thread]}\nSent: {format_datetime(r.sent)}\n\n"
        "If you believe this is in error, please contact the recipient by other means."
    )
    html_ = "<html><body>" + "".join(f"<p>{ln}</p>" for ln in text.split("\n\n")) + "</body></html>"
    head = _head(
        r,
        "Mimecast Postmaster <postmaster@eu-smtp-delivery-151.mimecast.com>",
        "Undeliverable: " + SUBJECT[r.thread],
        [f"Message-ID: <mimecast-{r.h[:18].lower()}@mimecast.com>", "Auto-Submitted: auto-generated",
         f"In-Reply-To: {r.ck_id}"],
    )  # fmt: skip
    alt = multipart("alternative", f"MC_{r.h[:20]}", [part("text/plain", "utf-8", "7bit", text),
                                                       part("text/html", "utf-8", "7bit", html_)])  # fmt: skip
    return head + alt


def _oof(r: Reply, subj_prefix: str, body: str, charset: str, extra: list[str], utc: bool = True,
         html_only: bool = False) -> bytes:  # fmt: skip
    name, addr = r.sender
    frm = f"{enc_word(name, charset)} <{addr}>" if not name.isascii() else f"{name} <{addr}>"
    subject = subj_prefix + SUBJECT[r.thread]
    head = _head(
        r,
        frm,
        enc_word(subject, charset),
        [f"Message-ID: <{r.h[:24].lower()}@{addr.split('@')[1]}>", f"In-Reply-To: {r.ck_id}",
         f"References: {r.ck_id}", *extra],
        utc=utc,
    )  # fmt: skip
    if html_only:
        html_ = "<html><body>" + "".join(f"<div>{ln or '<br>'}</div>" for ln in body.split("\n"))
        return head + part("text/html", charset, "base64", html_ + "</body></html>")
    return head + part("text/plain", charset, "base64", body)


def oof_zh(r: Reply) -> bytes:
    """Exchange OOF in zh-CN naming 付款 and a return day."""
    body = (
        "您好，我于12月7日至12月11日在哈尔滨出差，期间邮件回复可能不及时。\n"
        "付款、发票相关事宜请联系财务部孙丽娟，电话 0452-2936117。\n\n孙丽娟"
    )
    return _oof(r, "自动答复: ", body, "gb2312",
                ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                 "X-MS-Exchange-Inbox-Rules-Loop: sunlj@qqhe-bc.com", "Content-Language: zh-CN"])  # fmt: skip


def oof_hk(r: Reply) -> bytes:
    """Exchange OOF in zh-TW, written in Cantonese, labelled big5 (HKSCS characters)."""
    body = "你好，我而家放緊假，18/12先返嚟。急事請搵會計部陳小姐（2388 6715）。多謝！\n\n何嘉欣"
    return _oof(r, "自動回覆: ", body, "big5",
                ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                 "Content-Language: zh-TW"])  # fmt: skip


def oof_en_bare(r: Reply) -> bytes:
    """An English out-of-office with no Auto-Submitted, no Precedence: only its words."""
    body = (
        "Thank you for your email.\n\nI am currently out of the office on annual leave, returning on "
        "Sunday 20/12/2026. For urgent payment matters please contact finance@sultanate-venues.om.\n\n"
        "Regards,\nSaid Al-Balushi"
    )
    return _oof(
        r, "Out of Office: ", body, "utf-8", ["X-Mailer: Microsoft Outlook 16.0"], utc=False
    )


def qq_holiday(r: Reply) -> bytes:
    """QQ Mail's holiday auto-reply (HTML only) with the user's own words about payments."""
    body = (
        "这是来自QQ邮箱的假期自动回复邮件。\n\n您好，圣诞季出货太忙，邮件可能回得慢。"
        "付款的事请直接打楼总电话 139 0579 1288，谢谢！"
    )
    name, addr = r.sender
    head = _head(
        r,
        f'"{enc_word(name, "gb18030")}" <{addr}>',
        enc_word("自动回复: " + SUBJECT[r.thread], "gb18030"),
        [f"Message-ID: <tencent_{r.h[:24]}@qq.com>", f"References: {r.ck_id}", "X-QQ-MIME: TCMime 1.0 by Tencent",
         "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"],
    )  # fmt: skip
    html_ = "<html><body>" + "".join(f"<div>{ln or '<br>'}</div>" for ln in body.split("\n"))
    return head + part("text/html", "gb18030", "base64", html_ + "</body></html>")


def n163_bare(r: Reply) -> bytes:
    """A 163 auto-reply with no header marking it: only the 自动回复 subject and canned words."""
    body = "您的来信已收到，我们会尽快处理并回复。\n\n德化县瓷都窑业有限公司　财务部\n（此邮件为自动回复）"
    name, addr = r.sender
    head = _head(
        r,
        f"{enc_word(name, 'GBK')} <{addr}>",
        enc_word("自动回复：" + SUBJECT[r.thread], "GBK"),
        [f"Message-ID: <{r.h[:8].lower()}.{r.h[8:12].lower()}.{r.h[12:23].lower()}.Coremail.{addr.split('@')[0]}@163.com>",
         f"In-Reply-To: {r.ck_id}", "X-Coremail-Locale: zh_CN"],
    )  # fmt: skip
    return head + part("text/plain", "GBK", "base64", body)


def ack_company(r: Reply) -> bytes:
    """A company mailbox's 'mail received' acknowledgement, Precedence: bulk only."""
    body = (
        "Thank you for contacting Gold Coast Cocoa Ltd.\n\nThis is to acknowledge receipt of your mail. "
        "It has been forwarded to the appropriate department and will be attended to within 48 hours.\n\n"
        "For payment enquiries kindly quote your invoice number.\n\nGold Coast Cocoa Ltd | Tema, Ghana"
    )
    return _oof(r, "Acknowledgement: ", body, "utf-8", ["Precedence: bulk"], utc=False)


def jira_ticket(r: Reply) -> bytes:
    """A Jira Service Management request acknowledgement from the client's AP desk."""
    body = (
        f'Hi Example Tech Accounts,\n\nYour request AP-4821 "{SUBJECT[r.thread]}" has been received.\n\n'
        "Our Accounts Payable team will review it and respond within 3 business days. Payment status "
        "queries are answered in the order received.\n\nView request: "
        "https://islandreach.atlassian.net/servicedesk/customer/portal/4/AP-4821\n\n"
        "Island Reach BPO - Accounts Payable Service Desk"
    )
    return _oof(r, "[JIRA] (AP-4821) ", body, "utf-8",
                ["Auto-Submitted: auto-generated", "X-JIRA-FingerPrint: 7b3e0c2f9d", "Precedence: bulk"],
                utc=False)  # fmt: skip


def _mdn(r: Reply, subj: str, human: str, disp: str, ua: str, charset: str) -> bytes:
    name, addr = r.sender
    frm = f"{enc_word(name, charset)} <{addr}>" if not name.isascii() else f"{name} <{addr}>"
    head = _head(
        r,
        frm,
        enc_word(subj + SUBJECT[r.thread], charset),
        [f"Message-ID: <{r.h[:20].lower()}@{addr.split('@')[1]}>", f"In-Reply-To: {r.ck_id}",
         f"References: {r.ck_id}"],
        utc=True,
    )  # fmt: skip
    status = (
        f"Reporting-UA: {ua}\r\nFinal-Recipient: rfc822;{addr}\r\nOriginal-Message-ID: {r.ck_id}\r\n"
        f"Disposition: {disp}\r\n"
    )
    report = multipart(
        "report; report-type=disposition-notification",
        f"----=_mdn_{r.h[:16]}",
        [part("text/plain", charset, "base64", human),
         b"Content-Type: message/disposition-notification\r\n\r\n" + status.encode()],
    )  # fmt: skip
    return head + report


def mdn_zh(r: Reply) -> bytes:
    when = r.when.strftime("%Y/%m/%d %H:%M")
    human = (
        f"您的邮件\n\n    收件人: {r.sender[0]}\n    主题: {SUBJECT[r.thread]}\n"
        f"    发送时间: {r.sent:%Y/%m/%d %H:%M}\n\n已于 {when} 读取。"
    )
    return _mdn(r, "已读: ", human, "manual-action/MDN-sent-automatically; displayed",
                "NNGH-EX01.nnganghua-sugar.local; Microsoft Exchange Server", "gb2312")  # fmt: skip


def mdn_tb(r: Reply) -> bytes:
    human = (
        f"This is a Return Receipt for the mail that you sent to {r.sender[1]}.\n\n"
        "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
        "computer. There is no guarantee that the recipient has read or understood the message contents."
    )
    return _mdn(r, "Return Receipt (displayed) - ", human,
                "manual-action/MDN-sent-manually; displayed", "vistulagames.pl; Thunderbird 128.5.0", "UTF-8")  # fmt: skip


def newsletter(r: Reply) -> bytes:
    """A B2B trade platform's bulk newsletter (GB18030 HTML) full of 付款/逾期/账期 words."""
    html_ = (
        "<html><body><h2>义乌小商品城 · 年末结算服务月</h2><p>尊敬的会员：</p>"
        "<p>年底将至，平台推出“账期宝”：采购商逾期付款最长可延至2027年2月28日，供应商货款T+1到账。"
        "12月10日前开通立享手续费八折。</p><p>已付款订单请在“我的账单”中上传付款回单。</p>"
        "<p>如不想再收到此类邮件，请<a href='https://edm.example-yiwugo.cn/u'>退订</a>。</p></body></html>"
    )
    head = _head(
        r,
        f"{enc_word('义乌购商户服务', 'GB18030')} <edm@news.example-yiwugo.cn>",
        enc_word("【年末结算】账期宝上线：逾期付款也不怕，货款T+1到账", "GB18030"),
        [f"Message-ID: <edm.{r.h[:20].lower()}@news.example-yiwugo.cn>", "Precedence: bulk",
         "List-Unsubscribe: <https://edm.example-yiwugo.cn/u>, <mailto:unsub@news.example-yiwugo.cn>",
         "List-Id: <merchants.news.example-yiwugo.cn>"],
    )  # fmt: skip
    return head + part("text/html", "GB18030", "base64", html_)


def _m(style: str, kind: str, raw: Raw, thread: str, sender: tuple[str, str], tz: str,
       day: date, note: str, known: bool = True) -> tuple:  # fmt: skip
    opts: dict = {**stage(thread), "raw": raw, "sender": sender, "tz": tz, "day": day, "note": note,
                  "danger": True}  # fmt: skip
    if not known:
        opts["known"] = False
    return (style, kind, None, "", opts)


# fmt: off
MACHINE_T: list[tuple] = [
    _m("olen", "bounce", ses_json, "t_johor", ("", "kahwai@jbteak-furniture.com.my"), "Asia/Kuala_Lumpur", date(2026, 12, 2), "SES bounce as SNS JSON e-mail", known=False),
    _m("olen", "bounce", exim_delay, "t_accra", ("", "k.mensah@goldcoastcocoa.com.gh"), "Africa/Accra", date(2026, 12, 2), "Exim delay warning (452), not permanent", known=False),
    _m("olzhcn", "bounce", gateway_delay_zh, "t_zunyi", ("", "yangzg@zyyunjian.com"), "Asia/Shanghai", date(2026, 12, 2), "gateway delay notice in words, retry deadline date", known=False),
    _m("gmailen", "bounce", google_groups, "t_saskatoon", ("", "payables@prairiegate-grain.ca"), "America/Regina", date(2026, 12, 2), "Google Groups: no permission to post", known=False),
    _m("owaen", "bounce", mimecast_block, "t_christchurch", ("", "accounts@canterburymilk.co.nz"), "Pacific/Auckland", date(2026, 12, 3), "Mimecast 550 block notice", known=False),
    _m("olzhcn", "auto_reply", oof_zh, "t_qiqihar", ("孙丽娟", "sunlj@qqhe-bc.com"), "Asia/Shanghai", date(2026, 12, 7), "Exchange OOF zh: 付款 and dates"),
    _m("olzhtw", "auto_reply", oof_hk, "t_kowloon_en", ("何嘉欣", "karen.ho@kldimsum.com.hk"), "Asia/Hong_Kong", date(2026, 12, 8), "Exchange OOF, Cantonese, 18/12"),
    _m("olen", "auto_reply", oof_en_bare, "t_muscat", ("Said Al-Balushi", "said.albalushi@sultanate-venues.om"), "Asia/Muscat", date(2026, 12, 9), "OOF without Auto-Submitted"),
    _m("qqhtml", "auto_reply", qq_holiday, "t_yiwu", ("楼建国", "13905791288@qq.com"), "Asia/Shanghai", date(2026, 12, 2), "QQ holiday reply, HTML only, 付款的事"),
    _m("n163", "auto_reply", n163_bare, "t_dehua", ("德化瓷窑财务", "dhcy_cw@163.com"), "Asia/Shanghai", date(2026, 12, 2), "163 auto-reply with no header"),
    _m("olen", "auto_reply", ack_company, "t_accra", ("Gold Coast Cocoa Ltd", "info@goldcoastcocoa.com.gh"), "Africa/Accra", date(2026, 12, 3), "acknowledgement, Precedence: bulk only"),
    _m("owaen", "auto_reply", jira_ticket, "t_cebu", ("Island Reach AP Service Desk", "jira@islandreach.atlassian.net"), "Asia/Manila", date(2026, 12, 2), "Jira Service Management ticket ack"),
    _m("olzhcn", "auto_reply", mdn_zh, "t_nanning", ("韦春梅", "weicm@nnganghua-sugar.com"), "Asia/Shanghai", date(2026, 12, 2), "Exchange read receipt 已读"),
    _m("tben", "auto_reply", mdn_tb, "t_warsaw", ("Marta Zielińska", "marta.zielinska@vistulagames.pl"), "Europe/Warsaw", date(2026, 12, 2), "Thunderbird return receipt"),
    _m("qqhtml", "other", newsletter, "t_yiwu", ("义乌购商户服务", "edm@news.example-yiwugo.cn"), "Asia/Shanghai", date(2026, 12, 3), "bulk newsletter: 逾期付款, 付款回单", known=False),
]
# fmt: on
