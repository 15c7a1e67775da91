"""Set ZO's misreadings (session 17), one test per category, worded apart from ZO's own files
(other trades, people, words), each with counter-examples that must not change. Read by the
rules alone (read_words), as the daemon does before any learned guess."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from daemon.inbox.promise_dates import find_promised_date
from daemon.inbox.reading import read_words
from daemon.inbox.rulebook import machine_rules, rulebook
from tests.reply_readers import kind

BOOK = rulebook()


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
        # A payment held back until our fix, its clauses parted by spaces (a phone reply): the
        # denial after it does not undo the hold (corpus hzd080).
        ("仓库说少发了两箱 货款先压着 你们补齐了再说 我们也不是不给", "dispute"),
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


def reading(text: str) -> tuple[str, str]:
    r = read_words(text, (), BOOK)
    return r.kind, r.rule


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The payee told it will have its money: a promise.
        ("Don't worry, you'll get all your money next week.", "promise"),
        ("When will you have your money?", "other"),
        # Instalments asked with the sum between the verb and the split: time asked.
        ("Can we settle the 9.8k balance in three payments?", "more_time"),
        ("We will pay the USD 26,400 in two parts.", "promise"),
        # The payer's own books closed to all outgoing payments from a day: no refusal of ours;
        # the day it pays again stands.
        ("商会统一规定15号以后不再对外付款，这笔只能春节后付了，请谅解。", "promise"),
        ("12月20日以后不再付你们的款", "dispute"),
        # Whether the money of a named day arrived: the client says it paid (held).
        # A payment hung on public funds that may come: time, not a promise.
        ("若下周专项经费能下达，我们尽量月底前付款，还请再等等。", "more_time"),
        ("如果你们同意，我们月底付款", "promise"),
        ("请问你们有没有收到我们上周五那笔转账？", "paid"),
        ("我们是否已收到贵司的发票？", "other"),
    ],
)
def test_promises_time_asked_and_payments_asked_about(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Words that say nothing of the payment, named by their rule so that no learned guess
        # is made: our fix tested and working, a payment referred to a colleague, the approval
        # at a desk (no day), a compliance paper of ours for the client's own inspection.
        ("Label printer patched & verified this morning, works fine.", ("other", "en-fix-tested")),
        (
            "I'm travelling all week. Our accountant Ravi takes care of payments.",
            ("other", "en-payment-referred"),
        ),
        ("排班模块在门店跑了三天，离线也能补传，我这边没问题了。", ("other", "zh-ran-fine")),
        (
            "The Tuesday training slot works fine, see you then.",
            ("other", "en-service-arrangement-fine"),
        ),
        (
            "From March all invoices must be issued to Kopi Group Pte Ltd. Kindly note.",
            ("other", "en-future-invoices-addressed"),
        ),
        # No service named: no support aside (the learned fallback may still weigh it).
        ("The payment plan is fine for us.", ("other", "no-rule")),
        ("东区三个仓今天全部上线了，扫码和出库单都正常。", ("other", "zh-ran-fine")),
        (
            "消防检查要用，请贵司提供一份系统的安全评估报告，加盖公章",
            ("other", "zh-compliance-paper"),
        ),
    ],
)
def test_asides_name_their_reading(text: str, expected: tuple[str, str]) -> None:
    assert reading(text) == expected


def test_an_approval_at_a_desk_hedges_a_promise_of_no_day() -> None:
    """The approval told as the desk it sits on (流程目前在X处): still in approval, so a promise
    without a day beside it is no promise (classify turns a hedged dayless promise to other)."""
    assert read_words("这笔服务费的流程目前在分管副总处，批完会安排付款。", (), BOOK).hedged
    assert not read_words("这笔服务费批完会安排付款。", (), BOOK).hedged
    assert reading("流程在总经理处，预计周五付款")[0] == "promise"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Beside them, a meaning of the payment is the reading.
        ("Fixed and tested, we accept the system.", "acceptance"),
        ("Ravi handles the payment and will send it on Friday.", "promise"),
        ("Please reissue this invoice to our holding company.", "dispute"),
        ("全部上线了，验收单已签", "acceptance"),
        ("流程在总经理处，预计周五付款", "promise"),
        ("请出具盖章的收款账户确认函", "bank_question"),
    ],
)
def test_asides_yield_to_a_payment_meaning(text: str, expected: str) -> None:
    assert kind(text) == expected


KL = ZoneInfo("Asia/Kuala_Lumpur")
SH = ZoneInfo("Asia/Shanghai")
SP = ZoneInfo("America/Sao_Paulo")


def promised(text: str, sent: datetime, tz: ZoneInfo, near: str) -> date | None:
    return find_promised_date(text, sent, tz, near=[near])


@pytest.mark.parametrize(
    ("text", "near", "expected"),
    [
        # Two paydays of every month listed ("twice a month, on the 5th and the 20th"): the next
        # of them, not a choice of two days (whose later day a window takes).
        (
            "Payroll runs twice a month, on the 5th and the 20th, "
            "so it will be paid in the next run.",
            "will be paid",
            date(2026, 12, 5),
        ),
        (
            "Payroll runs twice a month, on the 5th and the 20th. Yours goes out on the 20th.",
            "goes out on",
            date(2026, 12, 20),
        ),
        ("We can pay on the 10th or the 11th.", "pay on", date(2026, 12, 11)),
    ],
)
def test_paydays_listed_are_a_routine(text: str, near: str, expected: date | None) -> None:
    assert promised(text, datetime(2026, 12, 2, 3, 0, tzinfo=UTC), KL, near) == expected


@pytest.mark.parametrize(
    ("text", "near", "expected"),
    [
        # One instalment's day of a plan the payee agreed, in a sentence holding no plan: its day.
        (
            "Many thanks for accepting our payment plan. "
            "The first tranche (EUR 8,000) leaves our account on Tuesday 22/12.",
            "leaves our account",
            date(2026, 12, 22),
        ),
        # A plan proposed, or two days of the agreed plan named: no single day.
        ("Could we pay in two instalments, half on 22/12?", "pay in two", None),
        (
            "Thank you for agreeing to the instalments: 50% on 22/12 and 50% on 15/01.",
            "50% on",
            None,
        ),
    ],
)
def test_an_agreed_plans_instalment_is_dated(text: str, near: str, expected: date | None) -> None:
    assert promised(text, datetime(2026, 12, 15, 13, 0, tzinfo=UTC), SP, near) == expected


@pytest.mark.parametrize(
    ("text", "near", "expected"),
    [
        # The day a run of days is complete is the event's (试用满60天后支付): the estimate beside
        # it is the promise; the run's length is no count from the reply day.
        (
            "质保金按合同在2月5日试用满60天后支付，预计明年2月中旬。",
            "2月5日试用满60天后支付",
            date(2027, 2, 15),
        ),
        ("设备试运行满30天后支付。", "支付", None),
        ("收到发票后30天内支付", "支付", None),
        ("30天内支付", "支付", date(2027, 1, 22)),
        # A count glued to an amount read in words (两万五3个工作日内) is still a count.
        ("尾款两万五3个工作日内付，注意查收。", "工作日内付", date(2026, 12, 28)),
        # The pressure to collect at year end sets the scene; money said to come on a day dates
        # the payment that follows it.
        ("考虑到你们年底回款的压力，我们可以先付一半，剩下一半等满30天后再付。", "先付一半", None),
        ("等客户20号回款了再付", "再付", date(2027, 1, 20)),
    ],
)
def test_an_events_day_and_a_run_reached(text: str, near: str, expected: date | None) -> None:
    assert promised(text, datetime(2026, 12, 23, 7, 0, tzinfo=UTC), SH, near) == expected


@pytest.mark.parametrize(
    ("text", "challenge"),
    [
        # An NDR telling us to ask the recipient to add us (a transport rule's rejection) is a
        # bounce, no challenge-response; a challenge asks US to add ourselves.
        (
            "The message was rejected by the recipient's organization policy. Contact the "
            "recipient by some other means. Ask them to add your address to their allowed senders.",
            False,
        ),
        ("Your mail is held. To be delivered, add yourself to my approved senders list.", True),
    ],
)
def test_a_rejection_asking_the_recipient_is_no_challenge(text: str, challenge: bool) -> None:
    rules = machine_rules()["challenge"]
    assert any(r.pattern.search(text) for r in rules) is challenge
