"""Set ZN's misreadings (session 17), one test per category, worded apart from ZN's files
(other trades, people and words), each with counter-examples that must not change. Read by
the rules alone (read_words), as the daemon does before any learned guess."""

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
        # The money held (缓一缓, 往后推) before OUR fix, a clause between: a dispute, though
        # 没…之前's 没 looks like a negation.
        ("打印机卡纸的事没解决以前，刚才也跟厂长汇报过了，尾款先缓一缓。", "dispute"),
        ("冷链温度曲线没改好之前，我已经交代会计，这期款往后推一推。", "dispute"),
        # A hold for the client's own reason: a plea for time, as before.
        ("年底结账之前，资金紧张，尾款缓一缓。", "more_time"),
        ("春节放假之前资金周转不开，尾款先缓一缓。", "more_time"),
    ],
)
def test_a_hold_before_our_fix_is_a_dispute(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Otherwise it cannot be paid by then": the day hangs on what we must do first.
        ("验收单麻烦今天盖章寄回，否则月底前付不了。", "dispute"),
        ("老板已经批了，但质检报告你们还没补，请尽快补上，不然下周三付不了。", "dispute"),
        # A day simply not kept (no "otherwise"): a delay told, as before.
        ("原定下周三的付款付不了了，老板还在外地。", "more_time"),
        ("这个月实在给不了。", "more_time"),
    ],
)
def test_a_day_hung_on_our_step_is_no_delay(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Work demanded of us, the payment on its completion: a conditional refusal.
        ("钱不是问题，你们的讲师要来每个校区把收银员教一遍，教完了尾款马上付。", "dispute"),
        ("你们得派人把地磅重新标定一次，标完就付。", "dispute"),
        # Our paper asked for first: a resend, not an objection; a plain promise stays one.
        ("你们要把发票寄过来，收到马上付。", "resend_request"),
        ("尾款下周二马上付。", "promise"),
    ],
)
def test_payment_after_work_demanded_of_us_is_a_dispute(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The clearing code under another of its names (支付行号, CNAPS号): a bank question,
        # never answered automatically.
        ("我们走人行大额系统，请提供收款银行的12位支付行号。", "bank_question"),
        ("网银要求录入贵司开户行的CNAPS号，麻烦发一下。", "bank_question"),
        # The account itself asked for: a resend, as before.
        ("请提供贵司开户行和账号。", "resend_request"),
    ],
)
def test_routing_code_names_are_bank_questions(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Complaints of the client's own customers: a fault's consequence, no objection of its own.
        ("早高峰闸机刷卡反应太慢，乘客投诉不断，请尽快派人处理。", "other"),
        ("上周被投诉了三次，麻烦你们看一下排班表。", "other"),
        # The client's own complaint (threatened or made) stays an objection.
        ("你们这样乱收费，我们已经投诉到市场监管局了。", "dispute"),
        ("我们对这张账单有异议。", "dispute"),
    ],
)
def test_third_party_complaints_are_no_objection(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An adviser's objection the writer disowns, the payment promised beside it.
        ("王律师的意见是他个人的，我们这边月底前付款。", "promise"),
        ("法务那边说的不代表公司，尾款下周五照付。", "promise"),
        # The adviser's objection adopted or asked: still an objection.
        ("律师的意见是先不付。", "dispute"),
        ("我们已经请了律师，月底前付款的事再说。", "dispute"),
    ],
)
def test_an_objection_disowned_is_none(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The reissued invoice named as a thing received: no fault now, no paper asked for.
        ("重開嘅發票收到，尾數下個禮拜二過數。", "promise"),
        ("重新開立的發票已收到，款項週五匯出。", "promise"),
        # A reissue asked for: an objection to the invoice, as before.
        ("發票抬頭錯咗，麻煩重開一張。", "dispute"),
    ],
)
def test_a_reissued_invoice_received_is_no_objection(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The payment waits for our system's certification: a conditional refusal.
        (
            "The balance will be paid once the scale software is certified by the metrology lab.",
            "dispute",
        ),
        ("We can release the funds when the app is validated by the regulator.", "dispute"),
        # Their own step: a promise, as before.
        ("We will pay once the CFO signs off.", "promise"),
    ],
)
def test_payment_on_our_certification_is_a_dispute(text: str, expected: str) -> None:
    assert kind(text) == expected
