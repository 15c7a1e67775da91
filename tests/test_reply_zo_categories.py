"""Set ZO's misreadings (session 17), one test per category, worded apart from ZO's own files
(other trades, people, words), each with counter-examples that must not change. Read by the
rules alone (read_words), as the daemon does before any learned guess."""

from __future__ import annotations

import pytest

from daemon.inbox.reading import read_words
from daemon.inbox.rulebook import rulebook

BOOK = rulebook()


def kind(text: str) -> str:
    return read_words(text, (), BOOK).kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The payment waits until the difference in our bill is confirmed or cleared up: a
        # dispute held for the PM, however friendly.
        ("电费按读数结算，少抄的那部分差额确认后我们才付。", "dispute"),
        ("账算清楚了就给你们打过去，老朋友了不会赖你们。", "dispute"),
        ("差价核定以后再付尾款", "dispute"),
        # An ordinary reconciliation, or a difference already settled, is no disagreement.
        ("对完账就给你们结。", "promise"),
        ("差额已经确认了，周五付。", "promise"),
    ],
)
def test_payment_after_a_disputed_difference_is_a_dispute(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The client's takings against our system's orders, the gap counted in orders: a fault
        # of the product reported (other), no objection to our bill.
        ("今天收银和后台对不上，差了四单，麻烦查一下。", "other"),
        ("系统里的预约记录跟门店的流水不一致，少了两笔订单。", "other"),
        # Money or our bill named beside it: the objection stands.
        ("对账单上的订单数跟我们后台对不上，差了六单，多收了300元。", "dispute"),
        ("和我们的记录对不上", "dispute"),
    ],
)
def test_an_order_count_mismatch_is_a_fault_report(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Cannot pay" in a sentence that denies refusing (a frozen account, a court): a plight
        # told, the promise beside it stands.
        (
            "公司的账户被税务局查封了，这阵子付不了钱，解封以后第一时间打给你们，并非故意拖欠。",
            "promise",
        ),
        # A fault of ours named before the denial keeps the objection; a bare "cannot pay now"
        # stays what it was.
        ("系统问题没解决之前付不了，不是我们有意拖欠。", "dispute"),
        ("现在付不了，系统问题没解决。", "dispute"),
        ("我们不会付这笔款", "dispute"),
    ],
)
def test_a_refusal_denied_is_no_refusal(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A routing detail of our bank the payer's bank needs: a bank question for the PM, never
        # a promise, whatever payment is said to follow its answer.
        ("外汇局那边要求写明收款人开户银行的SWIFT，下个月初付款。", "bank_question"),
        ("電匯需要收款銀行的SWIFT代碼，信裡沒有，收到後下週二匯出。", "bank_question"),
        # Our own code given, or none needed: no question.
        ("人民币跨境付款不需要SWIFT代码，我们月底前付款。", "promise"),
        ("下週二匯出。", "promise"),
    ],
)
def test_a_routing_detail_needed_is_a_bank_question(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Our corrected invoice wanted again on paper: a resend, nothing objected to.
        ("Could you also send the corrected invoice by post?", "resend_request"),
        (
            "Can you just courier the revised invoice via DHL? Our notary needs it.",
            "resend_request",
        ),
        # A correction asked (a, not the) stays an objection; a plain resend stays one.
        ("Could you send us a corrected invoice by post?", "dispute"),
        ("Please reissue the invoice with our correct VAT number.", "dispute"),
        ("Could you resend the invoice?", "resend_request"),
    ],
)
def test_a_corrected_invoice_asked_on_paper_is_a_resend(text: str, expected: str) -> None:
    assert kind(text) == expected
