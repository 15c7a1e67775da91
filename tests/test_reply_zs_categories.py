"""Set ZS's misreadings (session 17, helper fixzs), one test per cause, each worded apart from
the set's files (other trades, people, words) and each with a counter-example that must not
change. Read as the daemon reads a reply (classify: the rules, then the second reading)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.reply_readers import dated, mail_kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A garment's or a part's attributes mismatched in the system's data (尺码/色号/规格):
        # a fault report, no sum of our bill; the sign-off's surname 钱 is no money word.
        (
            "周工：\n\n仓库系统里德国那批订单的色号导出来全是问号，色号和面料卡对不上。麻烦派人看看。\n\n钱丽华",
            "other",
        ),
        ("刘经理：\n\nMES里冲压线的规格和图纸不一致，麻烦安排人查一下。\n\n钱会计", "other"),
        # Counter: a sum of our bill mismatched, or money named in the text, stays a dispute.
        ("周工：\n\n你们发票上的金额和合同对不上，麻烦核实。\n\n钱丽华", "dispute"),
        ("色号对不上，这个钱我们先不付。", "dispute"),
    ],
)
def test_mismatch_of_goods_records_is_a_fault_report(text: str, expected: str) -> None:
    assert mail_kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 了吧 closing a clause: a supposition put as a question, no payment told.
        ("李总 这期的钱都结清了吧 开春还想加个门店模块", "other"),
        ("货款都打过去了吧 下个月再跟你们聊二期", "other"),
        # Counter: a payment told plainly, or a supposition followed by the transfer told.
        ("李总 这期的钱都结清了 开春还想加个门店模块", "paid"),
        ("钱付了吧 出纳说上午专账了 你们看下", "paid"),
    ],
)
def test_a_ba_supposition_is_no_payment(text: str, expected: str) -> None:
    assert mail_kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A screenshot of a fault or of a screen attached: no slip named, no payment.
        ("陈工：\n\n导出对账报表时系统报错，报错截图在附件，麻烦看一下是不是权限的问题。", "other"),
        ("登录页面一直转圈，页面截图发你了，帮忙看看。", "other"),
        # Counter: a transfer's screenshot (or one named bare after a payment) stays paid.
        ("款已经转了，转账截图在附件。", "paid"),
        ("付了，截图发你了", "paid"),
    ],
)
def test_a_fault_screenshot_is_no_slip(text: str, expected: str) -> None:
    assert mail_kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Payment hung on our fix with 尽快 (as 马上): a dispute.
        ("报价单的事跟你们说过了 单价更正了我们尽快付", "dispute"),
        ("结算单重做好以后尽快结", "dispute"),
        # Counter: 尽快 alone, or after the writer's own step, stays a promise.
        ("我们尽快付 不会拖的", "promise"),
        ("老板签完字尽快安排付款", "promise"),
    ],
)
def test_pay_soon_after_our_fix_is_a_dispute(text: str, expected: str) -> None:
    assert mail_kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A withholding tax cut stated with a gerund ("after deducting"): partial.
        (
            "We have transferred EUR 9,500 after deducting TDS at 2% as per local law.",
            "partial_payment",
        ),
        # Charges "if any" on the beneficiary: a cut only supposed, the payment is whole.
        (
            "We have transferred EUR 10,000 today. Correspondent charges, if any, are for the"
            " beneficiary's account.",
            "paid",
        ),
        # Counter: charges stated as the beneficiary's, no "if any": a cut told.
        (
            "We have transferred EUR 9,975 today. Bank charges are for the beneficiary's account.",
            "partial_payment",
        ),
        ("We have transferred EUR 10,000 without deducting any tax.", "paid"),
    ],
)
def test_a_cut_stated_or_supposed(text: str, expected: str) -> None:
    assert mail_kind(text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # (sent Tue 1 Dec 2026) A bare weekday with money arrived or sent (了): last week's day,
        # the promise's day is the other one.
        ("客户的钱周一到账了，尾款后天安排给你们付。", ("promise", date(2026, 12, 3))),
        # Counter: a bare weekday with no 了 is the coming one.
        ("尾款周五到账", ("promise", date(2026, 12, 4))),
        # A deed done today in the promise's clause, the promise's own day after it (the
        # month's abbreviation dot ending the sentence).
        (
            "Hello, the bank cleared our transfer today, we will remit on 9 Dec. Thanks.",
            ("promise", date(2026, 12, 9)),
        ),
        ("Hello, we will remit today, the bank cleared it.", ("promise", date(2026, 12, 1))),
        # A client's schedule said to be still on course, or its run moved: a promise of that day.
        # A request for time held by the second reading (a fix of ours named beside it) keeps
        # the day it asks for.
        (
            "Can we move the payment to the Dec 22 run? The controller is still waiting for the"
            " corrected invoice.",
            ("more_time", date(2026, 12, 22)),
        ),
        (
            "Quick update: the transfer is still on schedule for Dec 11.",
            ("promise", date(2026, 12, 11)),
        ),
        (
            "Because of the stocktake our cheque run of 4.12. was moved up to 3.12.2026.",
            ("promise", date(2026, 12, 3)),
        ),
        # Closing a thing until a day ("close it until next Wednesday": until = by) is the
        # payment's step by then; an office closed until a day is no promise's day.
        (
            "Sorry for the wait. The transfer depends on the FX contract with our bank. We should"
            " close it until next Wednesday.",
            ("promise", date(2026, 12, 9)),
        ),
        (
            "Sorry for the wait. Our finance office is closed until next Wednesday, we will pay"
            " after that.",
            ("more_time", None),
        ),
        # A payment promised "before the close" takes the day the reply gives the close; a day
        # of its own beside a close keeps that day.
        (
            "Hi, accounting closes the books on 12/16 and the rest rolls into next year. We'll"
            " have it wired before the close.",
            ("promise", date(2026, 12, 16)),
        ),
        (
            "Our AP cut-off is Dec 15. We will release your payment before the cut-off.",
            ("promise", date(2026, 12, 15)),
        ),
        (
            "Hi, accounting closes the books on 12/16. We will pay you on 12/22.",
            ("promise", date(2026, 12, 22)),
        ),
    ],
)
def test_the_promise_s_own_day(body: str, expected: tuple[str, date | None]) -> None:
    assert dated(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sum sent on a day of now or before, told with no money word: paid.
        ("李经理 资金批下来了 昨天转出36000元 手续费我们出了", "paid"),
        ("准备今天汇出36000元，明天到账", "promise"),
        # A returned transfer said sent again: paid, no question about our account.
        (
            "Hi, the wire bounced for a missing postcode. We re-sent it this morning, pls check.",
            "paid",
        ),
        ("Hi, the wire bounced. Which postcode should we use for your bank?", "bank_question"),
        # The payer's money sitting at an intermediary bank: on its way, paid.
        (
            "Our bank says the funds are still sitting with the correspondent bank in Hamburg.",
            "paid",
        ),
        ("Our customer's money is still stuck at the intermediary bank.", "bank_question"),
        # A milestone confirmed reached: acceptance; waiting for it is not.
        ("看板上线了，二期节点我方确认达成，已报财务", "acceptance"),
        ("二期节点确认达成了吗？", "other"),
        # Patience asked alone ("Please bear with us.") beside a promise with no day: more time.
        ("Payment will be made once the import licence is out. Please bear with us.", "more_time"),
        ("Payment will be made on 10 Dec. Please bear with us.", "promise"),
    ],
)
def test_payments_told_and_time_asked(text: str, expected: str) -> None:
    assert mail_kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part paid and the rest waiting for a new (corrected) invoice of ours: the payment
        # hangs on our reissue, as on a fix (labels.yaml): dispute.
        ("首付上周转了两万，余下的一万八等你们更正的发票到了再付", "dispute"),
        ("定金上周付了，剩下的三万六等新发票到了再付", "dispute"),
        # Counter: the rest waiting for an invoice awaited the first time stays a part paid.
        ("首付上周转了两万，余下的一万八等发票到了再付", "partial_payment"),
    ],
)
def test_rest_waiting_for_our_reissued_invoice(text: str, expected: str) -> None:
    assert mail_kind(text) == expected
