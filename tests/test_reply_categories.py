"""Issue 12's weak categories, each through parse + classify on a whole email.

Quoting styles (the quoted reminder's 付款/异议/"if you dispute" must not decide), read
receipts and list posts (not a person / not an auto-reply), Big5-HKSCS, and the new kinds.
"""

from __future__ import annotations

from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from tests.test_parse import add_headers, mislabelled_mail, text_mail

REMINDER = "请于12月5日前付款。如有异议，请回复。账号：6225 8888 0000\nIf you dispute it, reply."
QUOTED = "\n".join("> " + line for line in REMINDER.splitlines())
STYLES = {
    "mail-master-zh": (
        f"好的\n\n发自网易邮箱大师\n---- 回复的原邮件 ----\n| 发件人 | 王磊<w@x.cn> |\n\n{REMINDER}"
    ),
    "mail-master-en": f"OK\n\nSent from NetEase Mail Master\n---- Replied Message ----\n{REMINDER}",
    "qq-entities": f"好的\r\n{'-' * 18}&nbsp;原始邮件&nbsp;{'-' * 18}\r\n{REMINDER}",
    "alimail": f"好的\n{'-' * 66}\n发件人：王磊 <w@x.cn>\n{REMINDER}",
    "outlook-zh": (
        f"好的\n\n发件人: 王磊 <w@x.cn>\n发送时间: 2026年11月24日 10:30\n主题: 提醒\n\n{REMINDER}"
    ),
    "gmail-zh": f"好的\n\n王磊 <w@x.cn> 于2026年11月24日周二 10:30写道：\n{QUOTED}",
    "apple-zh": f"好的\n\n> 在 2026年11月24日，10:30，王磊 <w@x.cn> 写道：\n{QUOTED}",
    "huawei": f"好的\n\n发自我的华为手机\n-------- 原始邮件 --------\n{REMINDER}",
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_quoted_reminders_do_not_decide(style: str) -> None:
    result = classify(parse_message(text_mail(STYLES[style])))
    own = "OK" if style == "mail-master-en" else "好的"
    assert (result.kind, result.text_considered) == ("other", own)


def test_mdn_read_receipt_is_not_a_person() -> None:
    msg = MIMEMultipart("report", report_type="disposition-notification")
    msg.attach(MIMEText("您的邮件已于 2026/11/24 10:30 读取。我们已付款。", "plain", "utf-8"))
    mdn = MIMEText(
        "Final-Recipient: rfc822;li@client.cn\nDisposition: manual-action/MDN-sent-"
        "manually; displayed\n",
        "plain",
    )
    mdn.replace_header("Content-Type", "message/disposition-notification")
    msg.attach(mdn)
    result = classify(parse_message(add_headers(msg, subject="已读: 付款提醒").as_bytes()))
    assert (result.kind, result.rule) == ("auto_reply", "read-receipt")


def test_outlook_read_receipt_without_mdn_part() -> None:
    raw = text_mail("Your message was read on Tuesday, 24 November 2026.", subject="Read: 付款提醒")
    assert classify(parse_message(raw)).kind == "auto_reply"


def test_a_person_answering_read_is_a_person() -> None:
    raw = text_mail("我们已付款", subject="Read: 付款提醒")  # no receipt wording
    assert classify(parse_message(raw)).kind == "paid"


def test_precedence_bulk_list_post_is_not_an_auto_reply() -> None:
    raw = text_mail(
        "Weekly digest",
        subject="[list] digest",
        Precedence="bulk",
        List_Post="<mailto:list@example.org>",
    )
    assert classify(parse_message(raw)).kind == "other"
    vacation = text_mail("Thank you for your email.", subject="Re: x", Precedence="bulk")
    assert classify(parse_message(vacation)).kind == "auto_reply"


def test_big5_label_is_read_as_big5_hkscs() -> None:
    raw = mislabelled_mail("我們已滙款，請查收。".encode("big5hkscs"), "big5")
    result = classify(parse_message(raw))
    assert result.kind == "paid" and "滙" in result.text_considered


KINDS = [
    ("款项已经转过去了", "paid"),
    ("钱已经打过去了", "paid"),
    ("We sent the wire yesterday.", "paid"),
    ("我们不会付这笔款", "dispute"),
    ("我们不付", "dispute"),
    ("We won't pay until the defects are fixed.", "dispute"),
    ("验收未通过，请尽快整改。", "dispute"),
    ("发票抬头写错了，税号也不对。", "dispute"),
    ("We cannot pay it as issued: the PO number is missing.", "dispute"),
    ("The contract says payment is due 60 days after acceptance.", "dispute"),
    ("We paid on Monday.", "paid"),  # past tense, not a promise for next Monday
    ("我们还没有付", "other"),
    ("We have not paid yet.", "other"),
    ("We paid 40,000 of 80,000; the rest next month.", "partial_payment"),
    ("能否分三期支付？", "more_time"),
    ("Could we have an extension until March?", "more_time"),
    ("验收合格，谢谢。", "acceptance"),
    ("We have accepted the deliverables.", "acceptance"),
    ("麻烦把发票再发一份。", "resend_request"),
    ("Could you resend your bank details?", "resend_request"),
    ("你们的收款账户换了吗？", "bank_question"),
    ("錢已經過咗數，麻煩你check下。", "paid"),  # Cantonese
    ("系統仲有好多bug未改好，我哋唔會俾錢住。", "dispute"),
    ("點解今次封信嘅戶口號碼同上次唔同？", "bank_question"),
    ("合同上的账号和这封邮件里的账号不一致，以哪个为准？", "bank_question"),
    ("Hi - this was paid two weeks ago via ACH. Can you double-check?", "paid"),
    ("这个月只能先付三万，剩余的下个月付清。", "partial_payment"),
    ("能否延至明年一月底才付款？", "more_time"),  # a date, not a condition: no refusal
    ("按合同，尾款在上线六个月后支付，现在时间还没到。", "dispute"),
    ("We will not be paying this invoice until the migration is complete.", "dispute"),
    ("好的，我们争取本月20号前把款付了。", "promise"),  # 争取 ... 了 is not past
    ("款已打，麻烦查收，有问题随时联系。", "paid"),  # "contact us if any problem" is no objection
    (
        "Have your bank details changed? We got an email asking us to pay a new account.",
        "bank_question",
    ),
]


@pytest.mark.parametrize(("body", "kind"), KINDS, ids=[b for b, _ in KINDS])
def test_kinds(body: str, kind: str) -> None:
    result = classify(parse_message(text_mail(body)))
    assert result.kind == kind, (result.rule, result.evidence)
    assert result.rule and (kind == "other" or result.evidence)


def test_paid_on_monday_has_no_promised_date() -> None:
    result = classify(parse_message(text_mail("We paid on Monday.")))
    assert result.promised_date is None


def test_only_an_attachment_named_like_a_receipt() -> None:
    msg = MIMEMultipart()
    msg.attach(MIMEText("见附件", "plain", "utf-8"))
    att = MIMEText("x", "plain", "utf-8")
    att.add_header("Content-Disposition", "attachment", filename="转账凭证.pdf")
    msg.attach(att)
    result = classify(parse_message(add_headers(msg).as_bytes()))
    assert (result.kind, result.rule) == ("paid", "attachment:remittance-attachment")


def test_partial_payment_names_the_amount() -> None:
    result = classify(parse_message(text_mail("已先转¥48,000.00，另外¥72,000.00下月付。")))
    assert result.kind == "partial_payment" and result.amount == 48_000
