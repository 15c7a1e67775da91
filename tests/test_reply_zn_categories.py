"""Set ZN's misreadings (session 17), one test per category, worded apart from ZN's files
(other trades, people and words), each with counter-examples that must not change. Read by
the rules alone (read_words), as the daemon does before any learned guess."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from daemon.inbox.promise_dates import find_promised_date
from daemon.inbox.reading import read_words
from daemon.inbox.rulebook import rulebook
from tests.reply_readers import kind
from tests.test_parse import text_mail
from tests.test_reply_scope import SENT

BOOK = rulebook()


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


# --- kinds (session 17, second step) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The milestone's own condition confirmed met: acceptance.
        ("配送系统跑了两周，各项指标已达到合同约定的验收标准。", "acceptance"),
        ("还未达到合同约定的验收标准。", "dispute"),
        # The phase owned in the first person: acceptance; the debt owned is not.
        ("三期的东西我这边认了。", "acceptance"),
        ("这笔钱我认，下周三付。", "promise"),
        # The trial's verdict passed up to the boss: acceptance, held.
        ("試咗兩個禮拜冇再出錯，我同老闆講咗冇問題。", "acceptance"),
        ("我跟老板说了，你们的发票还有问题，麻烦重开。", "dispute"),
        # A trial the contract names passed (考核 as 测试), a payment day beside it.
        ("高峰期压力考核已经顺利通过，财务下周三付款。", "acceptance"),
        (
            "The site inspection passed on Monday, well done. Maria will pay on the 22nd.",
            "acceptance",
        ),
        ("We will pay once the inspection has passed.", "dispute"),
    ],
)
def test_acceptance_said_in_other_words(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A denial of refusing with the payer named between (不是俺们不给).
        ("不是俺们不给，是厂里的钱还没回笼，下礼拜三前一定到。", "promise"),
        # An order to pay today is a promise of today; one said done is no promise.
        ("我叫阿芳今天先把货款转了 不用等月底", "promise"),
        ("已经叫会计今天把钱打了", "other"),
        # Cantonese 出 as the paying verb on a booked day.
        ("尾數我哋會計排咗喺12月22號出，到時寄支票定直接過數？", "promise"),
        ("貨款排咗喺12月22號出貨", "other"),
    ],
)
def test_promises_in_other_words(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plea to us to act (麻烦今天安排) is no payment arranged.
        ("需要贵司后台改一个开关，麻烦今天安排。", "other"),
        ("尾款明天安排。", "promise"),
        # 轉俾你哋同事 passes a report on: no payment.
        ("附件係app嘅截圖，有幾部機先會出現，麻煩轉俾你哋同事跟進。", "other"),
        ("下個禮拜會轉俾你哋。", "promise"),
    ],
)
def test_requests_forwards_and_closures_are_no_promise(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cantonese 過咗X先畀, asked: time asked.
        ("尾數可唔可以過咗農曆年先畀？", "more_time"),
        # The milestone named with its qualifier ("extend the second instalment").
        ("We would like to ask you to extend the second instalment to 15/01/2027.", "more_time"),
        ("We will pay the second instalment on 15/01/2027.", "promise"),
    ],
)
def test_time_asked_in_other_words(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cut stated after paying, told as what we will receive: a part payment, held.
        ("The bank took EUR 15 so you will receive EUR 4,985 only.", "partial_payment"),
        ("中间行又扣了一笔手续费，贵司实收会少一点。", "partial_payment"),
        # Guessed, or no cut: not a part.
        ("They may deduct charges, so maybe you receive a bit less.", "other"),
        ("You will receive USD 12,400 tomorrow.", "other"),
    ],
)
def test_a_cut_told_as_what_we_receive_is_a_part(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    "body",
    [
        "元旦前后车间停产检修，1月5号正常开工，有事打我手机。",
        "春节厂里放假检修，2月20号复工，祝新年快乐。",
    ],
)
def test_a_works_closure_is_an_absence_not_a_guess(body: str) -> None:
    """The writer's works shut until a day: an absence told (other by its rule), no learned
    guess of a promise from the day in it."""
    result = classify(parse_message(text_mail(body, Date=SENT)), known_sender=True)
    assert (result.kind, result.rule) == ("other", "zh-colleague-away")


def test_a_cut_told_keeps_the_amount_that_arrives() -> None:
    reading = read_words("The bank took EUR 15 so you will receive EUR 4,985 only.", (), BOOK)
    assert reading.amount == 4985


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The payer's own payment held, told to a colleague.
        ("Ines, please stop the payment to the Spanish supplier until Jorge signs.", "dispute"),
        ("Could you hold the invoice until January?", "more_time"),
        # Our fix first, then the payment, in the clipped form.
        ("Chaudhry sahib said first correct this then final payment.", "dispute"),
        ("First we pay the deposit, then you start the work.", "other"),
        # A fault in Cantonese (成日甩轆) or the idiom 掉链子, the money put off beside it.
        ("個收銀app成日甩轆，上個禮拜少收咗十幾單。呢期錢遲啲先講。", "dispute"),
        ("订货系统偏偏在年底掉链子，尾款等系统稳定了再说。", "dispute"),
        ("佢成日出差，呢期錢下個禮拜一過數。", "promise"),
    ],
)
def test_holds_in_other_words_are_disputes(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_the_season_said_now_is_no_payment_day() -> None:
    """年底了 ("it is the year's end now") sets the scene; a bound before it makes it the day."""
    sent = datetime(2026, 12, 15, 2, 0, tzinfo=UTC)
    asked = "年底了 厂里的货款都还没收回来 你再宽限几天行不行"
    assert find_promised_date(asked, sent, near=["宽限几天"]) is None
    assert find_promised_date("尾款能不能缓到年底了", sent, near=["缓到年底"]) == date(2026, 12, 31)


_QUOTED_NOTE = """老板的意思见下面，请知悉。

李娜


> 在 2026年12月3日 10:12，张国强 <zhang@example-client.cn> 写道：
>
> 小李：扫码枪的事没弄好之前，这笔先从付款计划里拿掉，等我通知。
>
> 发自我的iPhone

发件人： 示例科技 应收账款
发送时间： 2026-12-02 09:00
收件人： 李娜
主题： 中期款付款提醒

尊敬的张总：中期款已逾期，请尽快安排付款。
"""

_QUOTED_REMINDER = """情况见下面。

李娜

在 2026年12月2日 09:00，示例科技 <ar@example.cn> 写道：
> 尊敬的张总：
>
> 根据我方记录，中期款已逾期5天，我方暂未查到到账记录。
> 如已付款，烦请回复告知付款日期；如尚未安排，还请协助推进。
>
> 王明
"""

_QUOTED_LAST = """情况见下面。

李娜

> 在 2026年12月2日 09:00，示例科技 <ar@example.cn> 写道：
>
> 尊敬的张总：中期款已逾期5天，请尽快安排付款。
> 如已付款，烦请回复告知付款日期。
>
> 王明
"""


def test_a_colleagues_note_quoted_below_a_pointer_is_read() -> None:
    """ "见下面" above a colleague's message quoted with its own attribution inside the >
    block: that message is the answer; our reminder quoted below an attribution is not."""
    held = classify(parse_message(text_mail(_QUOTED_NOTE, Date=SENT)), known_sender=True)
    assert held.kind == "dispute"
    assert held.rule.startswith("forwarded:")
    for ours in (_QUOTED_REMINDER, _QUOTED_LAST):
        # our reminder, quoted as the last block (its attribution inside or outside the > lines)
        assert classify(parse_message(text_mail(ours, Date=SENT)), known_sender=True).kind == (
            "other"
        )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day promised only if our work holds (labels.yaml, session 17: a payment promised on
        # condition that our work holds or gets fixed is dispute; hzn091): held for the PM.
        ("旺季过了只要不出问题，元旦前我们一定付清。", "dispute"),
        ("要是收银系统这个月不再出故障，月底就给你们结。", "dispute"),
        # The client's own step under the same words, or no condition at all: a promise.
        ("只要财务审批不出问题，月底前肯定付。", "promise"),
        ("元旦前我们一定付清。", "promise"),
    ],
)
def test_a_day_hung_on_our_work_holding_is_a_dispute(text: str, expected: str) -> None:
    assert kind(text) == expected
