"""Categories behind held-out set W's misreadings (zh, zh-Hant/Cantonese, English from many
regions), each on a whole email (parse + classify), worded apart from the set: other trades
(a fridge dealer, a crane hire, a clinic, a print shop...), other people, other wording; each
case failed on the code before its fix.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from tests.test_reply_scope import SENT, read, text_mail

NOT_PAID_YET = [
    # a step before the money leaves said done (approval through, initiated awaiting a signatory)
    ("这笔款审批我们已经走完了，周五转给你们。", "promise", date(2026, 12, 4)),
    (
        "Payment has been initiated and is pending the second approver; it goes out on Friday.",
        "promise",
        date(2026, 12, 4),
    ),
    # a payment made to someone else, ours still to come
    (
        "We paid the first round of suppliers on Monday. Yours is next Monday, I have approved it.",
        "promise",
        date(2026, 12, 7),
    ),
    ("轉咗數嗰筆係俾裝修師傅嘅，你哋嗰筆仲未轉，禮拜五轉。", "promise", date(2026, 12, 4)),
    # a modal inside "payment of ...": to come
    (
        "The payment of EUR 8,200 shall be released on or before 14/12/2026.",
        "promise",
        date(2026, 12, 14),
    ),
    # a cheque of theirs that came back for its payee name, a wire approved instead
    (
        "上個月寄嘅支票抬頭寫錯咗，銀行退返嚟，老闆已經批咗改用電匯，下個禮拜一電匯過去。",
        "promise",
        date(2026, 12, 7),
    ),
]


@pytest.mark.parametrize(("body", "kind", "day"), NOT_PAID_YET, ids=[b for b, *_ in NOT_PAID_YET])
def test_a_payment_still_to_come_is_no_payment_made(body: str, kind: str, day: date) -> None:
    assert read(body)[:2] == (kind, day)


@pytest.mark.parametrize(
    "body",
    [
        "审批已经走完了，钱昨天已经打过去了。",
        "Payment was initiated yesterday and the funds left our account this morning.",
        "We paid all suppliers including you on Monday.",
        "The payment of EUR 8,200 was released this morning.",
    ],
)
def test_money_said_sent_stays_paid(body: str) -> None:
    # counter-cases: right before the change too
    assert read(body)[0] == "paid"


REFUSED = [
    # a refusal said through others, or an order that nothing be paid
    "I've asked our bookkeeper not to pay until you tell us why the cold room failed.",
    "The sensors failed again last night. I have asked accounts not to release the payment.",
    "I've told finance not to approve your invoice.",
    "The board has directed that no more payments be released until the audit trail is fixed.",
    "We want the double charges sorted out before we pay anything more.",
    "We are not in a position to sign off on the invoice until the rates are corrected.",
    # our work still failing, its acceptance refused
    "The label printer still won't print the batch codes. We haven't accepted it.",
    "The barcode reader misses half the cartons. We cannot sign the stage 3 acceptance yet.",
    # the payment held until our problem is solved
    "系统报表一直导不出来，这个不解决尾款先压着。",
    "掃碼槍成日斷線，呢個問題未搞掂之前尾數先壓住。",
    # our invoice's name written as something else
    "发票上的公司名称写成了“杭州某科技公司”，我们是“杭州某科技有限公司”，请作废重开。",
    "張發票嘅公司名寫成「大昌貿易」，我哋註冊名係「大昌貿易有限公司」，核數師唔收。",
]


@pytest.mark.parametrize("body", REFUSED)
def test_objections_are_held_as_disputes(body: str) -> None:
    assert read(body)[0] == "dispute"


def test_a_fault_alone_is_a_support_request() -> None:
    # counter-case: no payment, no acceptance named (right before the change too)
    assert read("The booking screen still does not save repeat appointments.")[0] == "other"


def test_a_colleague_told_to_pay_is_still_a_promise() -> None:
    # counter-case: right before the change too
    assert read("I told Maria to pay on Friday.")[:2] == ("promise", date(2026, 12, 4))


OTHER_KINDS = [
    # an offer to be called is no objection; 付完了 is paid
    ("钱都付完了，你们查一下，有问题直接打我电话", "paid"),
    # a lost invoice is wanted again as it was
    ("纸质发票寄丢了，财务没法入账，麻烦重开一张。", "resend_request"),
    # our account doubted by its length: a question for the PM
    ("你们的账号是18位还是16位？我们网银提示位数不对。", "bank_question"),
    # the rest itself paid now: all of it
    ("The wire for the remaining $2,180.50 went out this morning.", "paid"),
    ("尾款餘額NT$52,000已於今天由合作金庫銀行電匯，請查收。", "paid"),
    # our work approved by its part
    ("安装调试我们认可，已经跟财务说了。", "acceptance"),
]


@pytest.mark.parametrize(("body", "kind"), OTHER_KINDS, ids=[b for b, _ in OTHER_KINDS])
def test_other_kinds_of_set_w(body: str, kind: str) -> None:
    assert read(body)[0] == kind


SECOND_STEP = [
    # a paper to follow (the remittance advice) is no payment to follow
    (
        "This invoice has been paid today by BACS, GBP 3,200.00. A remittance advice will follow.",
        "paid",
        None,
    ),
    # a payment put off by the payer, its month named: time asked, no day
    (
        "Because of the strike we must postpone the payment. Please accept it in February.",
        "more_time",
        None,
    ),
]


@pytest.mark.parametrize(("body", "kind", "day"), SECOND_STEP, ids=[b for b, *_ in SECOND_STEP])
def test_second_step_categories_of_set_w(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


def test_a_value_date_is_when_a_payment_made_is_credited() -> None:
    mail = parse_message(
        text_mail(
            "Payment of €8,300.00 issued today by SEPA credit transfer, value date 15/12/2026. "
            "Remittance attached.",
            Date=SENT,
        )
    )
    result = classify(mail, tz=ZoneInfo("Europe/Dublin"), known_sender=True)
    assert (result.kind, result.promised_date) == ("paid", None)
