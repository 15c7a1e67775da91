"""Set ZQ's misreadings (session 17), one test per category (cause), worded apart from the set's
files (other trades, people, words), each with counter-examples that must keep their reading.
Read by the rules alone (read_words), as the daemon does before any learned guess."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from daemon.inbox.promise_dates import find_promised_date
from daemon.inbox.reading import read_words
from daemon.inbox.rulebook import rulebook
from tests.reply_readers import kind

BOOK = rulebook()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A screenshot of something named (a fault's screen) sent to our engineers: no proof.
        ("排班冲突我们复现了一次，报错截图在附件，请转给开发看看。", "other"),
        ("同一張單被開了兩次，系統畫面截圖附上，麻煩工程師看一下。", "other"),
        # A bare screenshot after a reminder, or one of the transfer, stays a payment's proof.
        ("截图发你了", "paid"),
        ("网银转账截图在附件，请查收", "paid"),
        ("截圖見附件", "paid"),
    ],
)
def test_a_screenshot_of_a_fault_is_no_proof_of_payment(text: str, expected: str) -> None:
    assert kind(text, ("bug.png",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The paid sum named as the basis of a document (split the invoice by it): no payment told.
        ("麻烦把这期的发票按已付的4万元和安装费的6千元拆成两张重新开给我们。", "resend_request"),
        ("發票請按已付的三萬和未付的兩萬分開開", "other"),
        # A paid sum told stays a payment.
        ("已付的3万元请查收", "paid"),
        ("已經付了，請查收", "paid"),
        ("设备款已付，请把安装费的发票单独开给我们", "paid"),
    ],
)
def test_the_paid_sum_as_a_basis_tells_no_payment(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The reissued invoice received, then a payment day: a promise, no invoice asked.
        ("重新开的普票收到，已经交给会计了。设备款周五付。", "promise"),
        # The invoice asked for again still is.
        ("请重新开具一张专票", "resend_request"),
    ],
)
def test_a_reissued_invoice_received_asks_for_nothing(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The rest "also" sent, no day word, an amount with a thousands comma: the rest paid.
        ("余下的15,000也汇过去了，你们查一下", "paid"),
        ("剩下的一万二也打过去了", "paid"),
        # The rest still to send keeps its reading.
        ("剩下的也要转过去了", "other"),
        ("先转了一半，剩下的下周转", "partial_payment"),
    ],
)
def test_the_rest_also_sent_is_paid(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The payment waiting for our deliverable in another language: our delivery, a hold.
        ("说明书的英文版呢？合同里写了的。余款等英文版做好再结", "dispute"),
        # ... for our guarantee that a fault will not recur.
        ("上周打印机把两张订单印成一张，客户投诉了。余款等你们保证以后不再漏单再付。", "dispute"),
        ("貨款等貴司確保不會再出錯再說。", "dispute"),
        # Their own step, or a version already live, stays a promise / nothing.
        ("英文版已经上线了，谢谢，余款下周付", "promise"),
        ("尾款等老板回来再付", "promise"),
        ("余款等审计报告出来再付", "other"),
        ("尾款等你们确定上门时间再说", "other"),
    ],
)
def test_a_payment_held_for_our_delivery_or_guarantee_is_a_dispute(
    text: str, expected: str
) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ready to pay only on our corrected invoice: the objection stands.
        (
            "We remain ready to pay the undisputed EUR 12,400 upon receipt of a revised invoice.",
            "dispute",
        ),
        # A payment with a qualifier taken out of the run: withdrawn.
        (
            "Per our GM I have taken the final milestone payment off the 14/12 batch for now.",
            "dispute",
        ),
        # Ready to pay on the invoice itself, or the run only looked at, is no objection.
        ("We are ready to pay upon receipt of your invoice.", "other"),
        ("We took the time to review the payment run.", "other"),
    ],
)
def test_holds_in_finance_words_are_disputes(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The payment act in the progressive with its day; an owner's order with a bare weekday.
        ("Pieter's sending the EFT tomorrow.", "promise"),
        ("Thabo, please pay them Tuesday.", "promise"),
        # The slip sent, or the order asked, is no promise.
        ("I'm sending the wire confirmation tomorrow.", "other"),
        ("Please pay them no attention.", "other"),
    ],
)
def test_plans_said_in_the_progressive_or_as_an_order_are_promises(
    text: str, expected: str
) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The payer's bank shows the payment gone.
        ("Did it arrive? Nedbank shows the transfer as processed yesterday.", "paid"),
        # A bank's fee told as taken from the money sent: a part received.
        (
            "Further to our transfer of 3 March, EUR 25 was deducted as intermediary bank charges."
            " Please bear with us.",
            "partial_payment",
        ),
        # Pending, a question, or a fee guessed: no such reading.
        ("The bank shows the payment as pending.", "other"),
        ("Was USD 20 deducted as fees?", "other"),
    ],
)
def test_bank_facts_told_by_the_payer(text: str, expected: str) -> None:
    assert kind(text) == expected


def promised(text: str, day: date, zone: str = "Asia/Shanghai") -> date | None:
    tz = ZoneInfo(zone)
    return find_promised_date(text, datetime(day.year, day.month, day.day, 10, tzinfo=tz), tz)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A group's month-end batch, then this payment's own day: the day refines the batch.
        ("公司月底统一付款，这笔大概12月27号付出。", date(2026, 12, 27)),
        # The batch alone is still the month's end.
        ("公司月底统一付款。", date(2026, 12, 31)),
        # A paper signed on the reply's day, the payment routed after it: no day of the payment.
        ("验收报告我们今天签了 让会计给你们走付款", None),
        # The reply's day of the payment itself stays.
        ("验收报告我们今天签好了，明天付款", date(2026, 12, 3)),
        ("今天付款", date(2026, 12, 2)),
    ],
)
def test_days_of_another_deed_or_of_a_routine_yield(text: str, expected: date | None) -> None:
    assert promised(text, date(2026, 12, 2)) == expected


def test_a_contract_term_restated_names_no_day() -> None:
    # "within N days as per the contract": the contract's count, from its own event.
    assert (
        promised(
            "Payment will be made within 14 days as per the agreement.",
            date(2026, 3, 2),
            "Africa/Nairobi",
        )
        is None
    )
    # A count from today with no term named stays a day.
    assert promised("Payment will follow within 10 days.", date(2026, 12, 4)) == date(2026, 12, 14)


@pytest.mark.parametrize(
    ("text", "attachments", "expected"),
    [
        # The acceptance "act" (signed) and the record signed with a day word between.
        ("The acceptance act is signed. Payment will follow within 10 days.", (), "acceptance"),
        (
            "Attached the signed records. Payment will follow within 10 days.",
            ("Acceptance_Act_Kyiv.pdf",),
            "acceptance",
        ),
        ("验收报告我们昨天签了，让出纳走付款流程", (), "acceptance"),
        # Without a signature said, the promise stays; a signature asked is none.
        ("Payment will follow within 10 days.", ("Acceptance_Act_Kyiv.pdf",), "promise"),
        ("验收报告我们昨天签了吗？", (), "other"),
    ],
)
def test_a_signed_acceptance_act_is_acceptance(
    text: str, attachments: tuple[str, ...], expected: str
) -> None:
    assert kind(text, attachments) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Our deliverable in another language made, then the money: the payment hung on it.
        ("说明书的俄文版做好了 资金一到就给你们", "dispute"),
        # Their own step before the money stays a promise.
        ("资金调好了马上付", "promise"),
    ],
)
def test_a_payment_on_our_language_version_made_is_a_dispute(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A gift of the season sent to us, our address asked: a courtesy read by its rule.
        ("中秋给你们寄一盒月饼 公司地址发我一下", "zh-gift-address"),
        (
            "We'd like to send the team a Christmas hamper - what's your postal address?",
            "en-gift-address",
        ),
    ],
)
def test_a_gift_address_asked_is_a_courtesy(text: str, expected: str) -> None:
    reading = read_words(text, (), BOOK)
    assert (reading.kind, reading.rule) == ("other", expected)


def test_the_invoice_address_stays_a_resend() -> None:
    assert kind("请把发票寄到我们公司地址") == "resend_request"
