"""Set O's machine mail: its bounces here, and the list of all of it (``MACHINE``).

Written blind, with forms not common in the earlier sets: an Amazon SES bounce notice that
arrives as SNS JSON in a plain mail, a delay notice in a relay's own Chinese words with no
delivery-status part, a mailing list's rejection of a non-member post, a Chinese webmail
退信 for a full mailbox, an Exchange NDR in Traditional Chinese; the auto-replies, read
receipts, ticket and newsletter are built in ``heldout_c_machine_o_auto.py``. Each answers or
bounces the reminder cuikuan sent for its thread (``heldout_c_threads_o.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, timedelta
from email.utils import format_datetime

from heldout_c_machine_o_auto import (
    AR,
    EXCHANGE_OOF,
    mdn,
    newsletter,
    oof,
    servicenow_ack,
)
from heldout_c_machine_o_auto import date as _date
from heldout_c_machine_o_auto import msg as _msg
from heldout_c_machine_o_auto import orig_headers as _orig_headers
from heldout_c_machine_o_auto import subj as _subj
from heldout_c_mime import Reply, enc_word, multipart, part
from heldout_c_threads_o import o


def postfix_dsn(rcpt: str, reply: str, code: str = "5.1.1") -> Callable[[Reply], bytes]:
    """Postfix on our relay: the client's server refused the address (5.1.1)."""

    def build(r: Reply) -> bytes:
        qid = r.h[:10]
        human = (
            "This is the mail system at host mx1.example.cn.\n\nI'm sorry to have to inform you that your message "
            "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, "
            "please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n                   The mail system\n\n"
            f"<{rcpt}>: host mx.{rcpt.split('@')[1]}[58.213.147.20] said:\n    {reply} (in reply to RCPT TO command)\n"
        )
        status = (
            f"Reporting-MTA: dns; mx1.example.cn\r\nX-Postfix-Queue-ID: {qid}\r\nX-Postfix-Sender: rfc822; {AR}\r\n"
            f"Arrival-Date: {format_datetime(r.when - timedelta(minutes=2))}\r\n\r\n"
            f"Final-Recipient: rfc822; {rcpt}\r\nOriginal-Recipient: rfc822;{rcpt}\r\nAction: failed\r\n"
            f"Status: {code}\r\nRemote-MTA: dns; mx.{rcpt.split('@')[1]}\r\nDiagnostic-Code: smtp; {reply}\r\n"
        )
        bnd = f"{qid}.{int(r.when.timestamp())}/mx1.example.cn"
        body = multipart(
            "report; report-type=delivery-status",
            bnd,
            [
                part("text/plain", "us-ascii", "7bit", human),
                b"Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
                + status.encode(),
                b"Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                + _orig_headers(r, rcpt).encode(),
            ],
            "This is a MIME-encapsulated message.",
        )
        return _msg(
            [
                "Return-Path: <>",
                f"Date: {_date(r)}",
                "From: MAILER-DAEMON@mx1.example.cn (Mail Delivery System)",
                "Subject: Undelivered Mail Returned to Sender",
                f"To: {AR}",
                "Auto-Submitted: auto-replied",
                "MIME-Version: 1.0",
                f"Message-Id: <20261201{qid}@mx1.example.cn>",
            ],
            body,
        )

    return build


def ses_json(rcpt: str) -> Callable[[Reply], bytes]:
    """An Amazon SES bounce notification delivered by SNS as an email: JSON in a plain text mail."""

    def build(r: Reply) -> bytes:
        ts = r.when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        sent = r.sent.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        msg = {
            "notificationType": "Bounce",
            "bounce": {
                "feedbackId": f"0100018c{r.h[:8].lower()}-{r.h[8:16].lower()}-000000",
                "bounceType": "Permanent",
                "bounceSubType": "General",
                "bouncedRecipients": [
                    {
                        "emailAddress": rcpt,
                        "action": "failed",
                        "status": "5.1.1",
                        "diagnosticCode": f"smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: "
                        "User unknown in virtual mailbox table",
                    }
                ],
                "timestamp": ts,
                "remoteMtaIp": "142.251.10.27",
                "reportingMTA": "dsn; a48-112.smtp-out.amazonses.com",
            },
            "mail": {
                "timestamp": sent,
                "source": AR,
                "sourceArn": "arn:aws:ses:ap-southeast-1:402917385566:identity/example.cn",
                "messageId": f"0100018c{r.h[16:24].lower()}-{r.h[24:32].lower()}-000000",
                "destination": [rcpt],
                "commonHeaders": {
                    "from": ["Example Tech Accounts <ar@example.cn>"],
                    "to": [rcpt],
                    "messageId": r.ck_id,
                    "subject": _subj(r),
                },
            },
        }
        text = (
            json.dumps(msg, ensure_ascii=False)
            + "\n\n--\nIf you wish to stop receiving notifications from this topic, please click or visit the link "
            "below to unsubscribe:\nhttps://sns.ap-southeast-1.amazonaws.com/unsubscribe.html?SubscriptionArn="
            "arn:aws:sns:ap-southeast-1:402917385566:ses-bounces:6f1c2d3e-8a9b-4c5d-9e0f-1a2b3c4d5e6f"
            "&Endpoint=ar@example.cn\n\nPlease do not reply directly to this email. If you have any questions or "
            "comments regarding this email, please contact us at https://aws.amazon.com/support\n"
        )
        return _msg(
            [
                f"Date: {_date(r, utc=True)}",
                "From: AWS Notifications <no-reply@sns.amazonaws.com>",
                f"To: {AR}",
                f"Message-ID: <0100018c{r.h[:12].lower()}-ses-bounces@ap-southeast-1.amazonses.com>",
                "Subject: AWS Notification Message",
                "MIME-Version: 1.0",
                "x-amz-sns-message-id: 6a1f0c2e-"
                + r.h[:4].lower()
                + "-5b7e-9d3a-"
                + r.h[4:16].lower(),
                "x-amz-sns-subscription-arn: arn:aws:sns:ap-southeast-1:402917385566:ses-bounces:6f1c2d3e",
            ],
            part("text/plain", "UTF-8", "base64", text),
        )

    return build


def delay_zh(rcpt: str) -> Callable[[Reply], bytes]:
    """Our relay's own Chinese words for a 4.x.x delay, with no delivery-status part."""

    def build(r: Reply) -> bytes:
        sent = r.sent
        text = (
            f"您好：\n\n您于 {sent:%Y-%m-%d %H:%M} 发送的邮件\n\n    主题：{_subj(r)}\n    收件人：{rcpt}\n\n"
            "暂时还没有投递成功。对方邮件服务器目前响应繁忙（421 4.7.0 Too many connections, try again later），"
            "系统会在接下来的 48 小时内自动继续尝试投递，您无需重新发送。\n\n如果 48 小时后仍无法投递，系统将另行发送退信通知。\n\n"
            "—— 示例科技邮件系统（此邮件由系统自动发出，请勿直接回复）\n"
        )
        return _msg(
            [
                f"Date: {_date(r)}",
                f"From: {enc_word('邮件系统管理员')} <postmaster@example.cn>",
                f"To: {AR}",
                f"Subject: {enc_word('邮件延迟投递通知：' + _subj(r))}",
                f"Message-ID: <delay.{r.h[:16].lower()}@mx1.example.cn>",
                "MIME-Version: 1.0",
            ],
            part("text/plain", "UTF-8", "base64", text),
        )

    return build


def list_reject(listaddr: str) -> Callable[[Reply], bytes]:
    """Mailman 3 rejecting a non-member's post to the client's AP list."""

    def build(r: Reply) -> bytes:
        name = listaddr.split("@")[0].capitalize()
        owner = listaddr.replace("@", "-owner@")
        text = (
            f"Your message entitled\n\n    {_subj(r)}\n\nwas rejected by the list moderators.  The moderator gave "
            'the following\nreason for rejecting your request:\n\n"Non-members are not allowed to post to this list. '
            'Vendors please send\ninvoices and payment questions to the AP mailbox ap@sinolink-at.com."\n\n'
            f"Any questions or comments should be directed to the list administrator\nat:\n\n    {owner}\n"
        )
        notice = multipart(
            "mixed",
            f"===============59{int(r.h[:8], 16) % 10**8:08d}==",
            [
                part("text/plain", "utf-8", "8bit", text),
                b"Content-Type: message/rfc822\r\nMIME-Version: 1.0\r\n\r\n"
                + _orig_headers(r, listaddr).encode()
                + b"\r\n(body omitted)\r\n",
            ],
        )
        return _msg(
            [
                f"Subject: Request to mailing list {name} rejected",
                f"From: {owner}",
                f"To: {AR}",
                f"Message-ID: <{r.h[:20].lower()}@lists.sinolink-at.com>",
                f"Date: {_date(r)}",
                "Precedence: bulk",
                "X-Mailman-Version: 3.3.9",
                "MIME-Version: 1.0",
            ],
            notice,
        )

    return build


def full_mailbox_zh(rcpt: str) -> Callable[[Reply], bytes]:
    """A Chinese webmail relay's 退信 for a full mailbox: words only, the reminder attached."""

    def build(r: Reply) -> bytes:
        text = (
            "很抱歉，您的邮件未能成功发送给以下收件人：\n\n"
            f"  {rcpt}\n\n退信原因：收件人邮箱空间已满，无法接收新邮件。\n"
            f"服务器返回信息：552 5.2.2 <{rcpt}>: Mailbox full, quota exceeded\n\n"
            "建议：请通过其他方式联系收件人清理邮箱后再重新发送。\n\n"
            f"原邮件主题：{_subj(r)}\n原邮件发送时间：{r.sent:%Y年%m月%d日 %H:%M}\n"
        )
        body = multipart(
            "mixed",
            f"----=_Part_{int(r.h[:6], 16)}_bounce",
            [
                part("text/plain", "GBK", "base64", text),
                b'Content-Type: message/rfc822\r\nContent-Disposition: attachment;\r\n\tfilename="original.eml"\r\n\r\n'
                + _orig_headers(r, rcpt).encode()
                + b"\r\n(body omitted)\r\n",
            ],
        )
        return _msg(
            [
                f"Date: {_date(r)}",
                f"From: {enc_word('系统退信', 'GBK')} <postmaster@example.cn>",
                f"To: {AR}",
                f"Subject: {enc_word('系统退信：' + _subj(r), 'GBK')}",
                f"Message-ID: <bounce.{r.h[:18].lower()}@example.cn>",
                "MIME-Version: 1.0",
            ],
            body,
        )

    return build


def exchange_ndr_tw(rcpt: str) -> Callable[[Reply], bytes]:
    """Exchange Online's NDR in Traditional Chinese (the recipient's tenant answers in its language)."""

    def build(r: Reply) -> bytes:
        html_part = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<p><b><font color="#000066" size="3">您的郵件無法傳遞給 {rcpt}，因為找不到該地址，或該地址無法接收電子郵件。'
            "</font></b></p><p>錯誤碼：550 5.1.10</p><p>建議的解決方式：收件者的電子郵件地址可能拼錯了，或已不存在。"
            "請確認地址後重新傳送郵件。</p><p>產生此郵件的伺服器：TY0PR06MB5122.apcprd06.prod.outlook.com</p></body></html>"
        )
        status = (
            "Reporting-MTA: dns;TY0PR06MB5122.apcprd06.prod.outlook.com\r\n"
            f"Received-From-MTA: dns;mx1.example.cn\r\nArrival-Date: {format_datetime(r.when.astimezone(UTC))}\r\n\r\n"
            f"Final-Recipient: rfc822;{rcpt}\r\nAction: failed\r\nStatus: 5.1.10\r\n"
            f"Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP "
            "address lookup\r\n"
        )
        body = multipart(
            "report; report-type=delivery-status",
            f"_000_{r.h[:30]}_",
            [
                multipart(
                    "alternative",
                    f"_002_{r.h[:30]}_",
                    [
                        part("text/plain", "utf-8", "base64",
                             f"您的郵件無法傳遞給 {rcpt}，因為找不到該地址，或該地址無法接收電子郵件。\n\n錯誤碼：550 5.1.10\n"),
                        part("text/html", "utf-8", "base64", html_part),
                    ],
                ),
                b"Content-Type: message/delivery-status\r\n\r\n" + status.encode(),
                b"Content-Type: text/rfc822-headers\r\n\r\n" + _orig_headers(r, rcpt).encode(),
            ],
        )  # fmt: skip
        return _msg(
            [
                f"From: {enc_word('Microsoft Outlook')} <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@haitung-shipping.com.tw>",
                f"To: {AR}",
                f"Date: {_date(r, utc=True)}",
                f"Subject: {enc_word('無法傳遞: ' + _subj(r))}",
                f"Message-ID: <{r.h[:8]}-{r.h[8:12]}-{r.h[12:16]}@TY0PR06MB5122.apcprd06.prod.outlook.com>",
                f"In-Reply-To: {r.ck_id}",
                f"References: {r.ck_id}",
                "Auto-Submitted: auto-replied",
                "MIME-Version: 1.0",
            ],
            body,
        )

    return build


# fmt: off
MACHINE = [
    o("olzhcn", "bounce", None, "", "sy_sun", "o_sy", 1,
      raw=postfix_dsn("wangqiang@sybzjt.com.cn", "550 5.1.1 User not found: wangqiang@sybzjt.com.cn"),
      known=False, note="Postfix DSN, a left employee's address"),
    o("olzhcn", "bounce", None, "", "sy_fssc", "o_sy", 9,
      raw=postfix_dsn("fssc-ap@sybzjt.com.cn", "554 5.7.1 Message rejected: content filter (spam score 9.2), "
                      "contact postmaster@sybzjt.com.cn", "5.7.1"),
      known=False, note="Postfix DSN, refused as spam by the client's filter"),
    o("olen", "auto_reply", None, "", "wx_vivian", "o_wx", 14,
      raw=oof("Automatic reply: ", "Hi,\n\nI'm out of office until 12/21 (Mon) with limited access to email. For urgent "
              "payment queries please contact ap@sinolink-at.com or Grace Wu at ext. 8015.\n\nVivian", "utf-8",
              EXCHANGE_OOF, utc=True),
      note="Exchange OOF en, month-first date"),
    o("olen", "bounce", None, "", "van_mandy", "o_van", 2, raw=ses_json("purchasing@pacificharvest.ca"),
      known=False, note="Amazon SES bounce notice as SNS JSON"),
    o("olzhcn", "bounce", None, "", "zz_han", "o_zz", 3, raw=delay_zh("hanwd@zzkg-logistics.com"),
      known=False, note="delay (421) in the relay's own Chinese words, no DSN part: not permanent"),
    o("olen", "bounce", None, "", "wx_vivian", "o_wx", 2, raw=list_reject("ap-invoices@lists.sinolink-at.com"),
      known=False, note="Mailman 3 rejects a non-member post"),
    o("olzhcn", "bounce", None, "", "nt_cao", "o_nt", 2, raw=full_mailbox_zh("cao_kj@163.com"),
      known=False, note="退信: mailbox full, words only"),
    o("olzhtw", "bounce", None, "", "kl_chen", "o_kl_en", 1, raw=exchange_ndr_tw("ch.chen@haitung-shipping.com.tw"),
      known=False, note="Exchange Online NDR in zh-TW"),
    o("olzhcn", "auto_reply", None, "", "sy_sun", "o_sy", 7,
      raw=oof("自动答复: ", "您好，本人12月7日至12月11日在北京参加集团财务共享培训，期间邮件回复可能不及时。\n"
              "付款事宜请联系刘洋（024-2586 7731），谢谢！\n\n孙丽华", "gb2312", EXCHANGE_OOF, utc=True),
      note="Exchange OOF zh-CN with dates and a 付款 hand-off"),
    o("olzhtw", "auto_reply", None, "", "kl_chen", "o_kl_en", 14,
      raw=oof("自動回覆: ", "您好，本人12/14-12/18至高雄港出差，期間無法即時回覆郵件。\n"
              "付款相關事項請洽會計部林美惠小姐 (02)2424-6688 分機215。\n\n陳志豪", "big5", EXCHANGE_OOF, utc=True),
      note="Exchange OOF zh-TW"),
    o("gmailen", "auto_reply", None, "", "kul_tan", "o_kul_en", 7,
      raw=oof("Out of Office: ", "Hi,\n\nI am on annual leave from 7/12 to 11/12 and will reply when I am back.\n"
              "For urgent payment matters, please contact Dato' Lim's PA at +603-2166 8828.\n\nRegards,\nSiew Yee",
              headers=(f"X-Autorespond: {'siewyee.tan@srimewah.com.my'}",)),
      note="cPanel autoresponder: no Auto-Submitted, only X-Autorespond"),
    o("coremail", "auto_reply", None, "", "qh_qi", "o_qh", 1,
      raw=oof("自动回复：", "您好！您的邮件已收到。\n本人12月1日—12月6日休年假，付款相关事宜请联系财务部马会计，电话0979-8412 207。",
              thread_ids=False),
      note="Coremail auto-reply with no header at all"),
    o("iosen", "auto_reply", None, "", "van_kelvin", "o_van", 23,
      raw=oof("Auto reply: ", "Hi, I'm travelling in Hong Kong until Jan 4. 有急事請 WhatsApp +1 604 555 0142.\n\nKelvin",
              headers=("X-Apple-Action: VACATION", "X-Apple-Auto-Reply: true")),
      sender=("Kelvin Leung", "kelvinleung88@icloud.com"), note="iCloud VACATION"),
    o("exmail", "auto_reply", None, "", "xm_huang", "o_xm", 21,
      raw=oof("自动回复：", "您好，您的来信已收到。\n本人12月21日至12月25日外出巡店，期间请联系加盟运营部座机0592-5063318。\n"
              "付款及对账事宜请发送至 caiwu@shanhaichashi.com，谢谢！", headers=("Auto-Submitted: auto-replied",),
              html_only=True),
      note="Exmail auto-reply, HTML only"),
    o("olzhtw", "auto_reply", None, "", "kl_lin", "o_kl_en", 1,
      raw=mdn("您的郵件\n\n    收件者: {rcpt}\n    主旨: {subject}\n    傳送時間: {sent:%Y/%m/%d} 上午 09:00\n\n"
              "已於 {read:%Y/%m/%d} 讀取。\n", "Microsoft Outlook 16.0", "已讀: ", "big5", utc=True),
      note="Outlook zh-TW read receipt"),
    o("n163", "auto_reply", None, "", "nt_cao", "o_nt", 1,
      raw=mdn("这是邮件已读回执。\n\n您于 {sent:%Y-%m-%d %H:%M} 发送给 {rcpt} 的邮件\n“{subject}”\n已于 {read:%Y-%m-%d %H:%M} 被阅读。\n",
              "mail.163.com; Coremail", "已读回执：", "GBK"),
      note="163 read receipt (MDN)"),
    o("olen", "auto_reply", None, "", "wx_vivian", "o_wx", 1, raw=servicenow_ack, known=False,
      sender=("SinoLink AP Service Desk", "apservicedesk@sinolink-at.com"), note="ServiceNow incident acknowledgement"),
    o("olzhcn", "other", None, "", "km_yang", "o_km", 7, raw=newsletter, known=False,
      note="newsletter: Precedence bulk, 结算 and 付款"),
]
# fmt: on
