"""Set ZP's misreadings (session 17), one test per category (cause), worded apart from the set's
files (other trades, people, words), each with counter-examples that must keep their reading.
Read by the rules alone (read_words), as the daemon does before any learned guess, or through
classify where the message's day decides (a past day beside a promise)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from daemon.inbox.promise_dates import find_promised_date
from tests.reply_readers import dated, kind
from tests.test_parse import text_mail
from tests.test_reply_scope import SENT


def classified(body: str) -> str:
    return classify(parse_message(text_mail(body, Date=SENT)), known_sender=True).kind


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A past day of another deed (the payee registered), then a payment waiting for an
        # event: no payment made on that day.
        ("上周三我们已经把贵司加进网银收款人名单了 等老板签字就付", "promise"),
        ("上周四出纳已经把收款人加进网银了 等会计说付就付", "promise"),
        # A promise's words with only a past day beside them stay a payment made.
        ("11月30号付的，你们查查。", "paid"),
        ("钱在11月27号汇出的。", "paid"),
    ],
)
def test_a_payee_set_up_on_a_past_day_is_no_payment(body: str, expected: str) -> None:
    assert classified(body) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The payment waits on OUR remedy: our fix then their acceptance then the money.
        ("扫码枪你们抓紧 修好了我们就验收 验收完了尾款马上付", "dispute"),
        # ... a problem put to our people, the payment after it is handled.
        ("是仓库说库存数有问题，我让他跟你们工程师对一下，处理好就转。", "dispute"),
        # ... the days counted from our reissued invoice.
        ("发票改好寄过来，5个工作日内付款", "dispute"),
        # ... in English, held while a fault of ours is checked.
        (
            "Our director is still looking into the label error, payment will be made once"
            " he confirm.",
            "dispute",
        ),
        # ... our fix wanted first.
        ("Not paid yet - our owner wants the yield report corrected first.", "dispute"),
        # Their own steps stay promises.
        ("验收完了尾款马上付", "promise"),
        ("我们账上有点问题，处理好就付", "promise"),
        ("发票已经重开过来了，3个工作日内付", "promise"),
        ("Our director is checking the invoice, payment will be made once he approves.", "promise"),
        ("漏扫的事老张说你们弄好了 钱我回去就签字 周五以前给你打过去", "promise"),
    ],
)
def test_a_payment_hung_on_our_remedy_is_a_dispute(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure in the system wrong, no word of the bill: a fault report.
        ("王经理 看板上的库位数又不对了 你看照片", "other"),
        ("系统里算出来的金额又不对了", "dispute"),
    ],
)
def test_threats_on_the_future_and_fault_reports_are_no_disputes(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A refusal denied twice over is no refusal; "give us some time" asks for time.
        ("货款我们绝对不会不给，只是最近回款慢，麻烦再给我们一点时间。", "more_time"),
        ("尾款不能不付，下周三付。", "promise"),
        ("我们不会付这笔钱", "dispute"),
        ("他们会不会不付？", "other"),
        # The payment stopped for a reason is a refusal kept; a routine monthly cut-off is not.
        ("上次说过了，尾款我们停付，原因是对接一直不稳定。", "dispute"),
    ],
)
def test_double_negation_and_stopped_payments(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A claim threatened on a fault that may yet come: nothing withheld now, and no
        # learned guess either (an aside).
        ("万一因为标签打错赶不上船期，损失我们会让你们赔偿的。", "other"),
        ("要是标签再打错耽误了出口的订单，违约金我们是要找贵司的。", "other"),
        ("已经因为标签打错耽误了出口的订单，违约金我们要找贵司。", "dispute"),
    ],
)
def test_a_claim_threatened_on_a_future_fault_is_no_dispute(body: str, expected: str) -> None:
    assert classified(body) == expected


def test_a_routine_monthly_cut_off_refuses_nothing() -> None:
    assert kind("集团财务每月20日后停止付款，次月3日恢复。") != "dispute"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Our "not received" denied as untrue, a part paid and the rest's day given.
        (
            "贵司函中所称我司“逾期未付”一事与事实不符：我司已于12月2日支付首笔40,000元，余款40,000元于1月10日前支付。",
            "partial_payment",
        ),
        ("贵司函中所称已完成安装调试一事与事实不符，尾款暂不支付。", "dispute"),
        # A client owning that its own plan departs from the contract: a promise, no objection.
        (
            "The first part goes out 1/8, the rest 2/8. We realise this is not how the"
            " agreement has it.",
            "promise",
        ),
        ("The balance goes out 1/15. That's not what the contract says.", "dispute"),
    ],
)
def test_answers_that_concede_or_correct_are_no_disputes(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The milestone owned as done, topic first: acceptance.
        ("传感器都换新的了 这个验收我们认了 款的事让出纳安排", "acceptance"),
        ("试运行这事我们认，尾款按合同走。", "acceptance"),
        ("验收的事我们认为还要再看看", "other"),
        # A split proposed and put to us: instalments asked; told, a promise.
        ("跟您商量下，货款这周先付一半，剩下的月底前付清，这样行吗？", "more_time"),
        ("货款这周先付一半，剩下的月底前付清。", "promise"),
        # A day moved, told: a promise; asked: more time.
        ("尾款15号付不了了，要挪到下周三。", "promise"),
        ("尾款能不能挪到下周三？", "more_time"),
        # "We never said we won't pay, a few days late": a put-off stated, a promise.
        ("我们从没说过不给，就是迟几天。", "promise"),
        ("二期款我们没有说不付，只是流程慢，我催一下财务。", "other"),
        # Our bank details asked for again: a resend.
        ("经理让我问一下贵司的开户银行和账号 要录进系统", "resend_request"),
        # A bank fee cut from the money sent: a part received, held.
        ("银行说中间行扣了USD25手续费，你们收到的会少一点。", "partial_payment"),
        ("中间行没有扣手续费", "other"),
        # ... beside the payment told with the fee's sum: the payment less it (paid+remainder).
        ("货款今天转出去了，银行扣了手续费35元。", "partial_payment"),
        # An order to pay a named milestone by a coming day is no payment made.
        ("让会计下周一前把二期款付了", "promise"),
        ("会计把尾款付了", "paid"),
    ],
)
def test_acceptance_requests_and_put_offs_in_chinese(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The future perfect is a promise, not a payment made.
        ("Relax - the invoice will have been settled by Monday, Orla is doing it.", "promise"),
        ("The invoice has been settled.", "paid"),
        # Someone to take care of the rest: a promise.
        ("Marco will take care of the balance after the holidays.", "promise"),
        ("Who will take care of the invoice?", "other"),
        # A split told, then patience pleaded for: instalments asked; the split alone is a plan.
        (
            "We will pay 30% on Friday and the remainder in February. Please bear with us.",
            "more_time",
        ),
        ("We will pay 30% on Friday and the remainder in February.", "promise"),
        # A sum said sent: paid.
        ("The remaining EUR 3,150 was sent this morning by SEPA.", "paid"),
        ("The remaining EUR 3,150 was not sent yet.", "other"),
    ],
)
def test_promises_and_payments_in_english(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A day of the lunar calendar (sent 1 December 2026): 腊月十六 is 23 January 2027.
        ("余款因年底资金紧，改到腊月十六前付清。", ("promise", date(2027, 1, 23))),
        ("尾款农历冬月二十前一定付。", ("promise", date(2026, 12, 28))),
        ("尾款正月十五前一定付。", ("promise", date(2027, 2, 20))),
        # After a lunar day, as after the New Year (春节后), no day.
        ("尾款正月十五以后一定付。", ("promise", None)),
        # Said as passed first (过完/过了 X 再付): after it too (set ZO's 等过了腊八 met fixzp).
        ("尾款过完正月十五再付。", ("promise", None)),
        # The solar calendar's month and day stay solar.
        ("尾款12月15号前一定付。", ("promise", date(2026, 12, 15))),
        # Phone chat: the day in the payment's own chunk, not our fix's day in the chunk before.
        ("你们周五先把数改好 我们下周三付钱 不会赖", ("promise", date(2026, 12, 9))),
        ("我们下周三付钱", ("promise", date(2026, 12, 9))),
    ],
)
def test_lunar_days_and_the_chat_clause_of_the_promise(
    body: str, expected: tuple[str, date | None]
) -> None:
    assert dated(body) == expected


CHICAGO = ZoneInfo("America/Chicago")
SENT_CHICAGO = datetime(2026, 12, 9, 10, tzinfo=CHICAGO)


@pytest.mark.parametrize(
    ("text", "near", "expected"),
    [
        # Month-first by the sender's zone, cued by the cheque's own verbs (cut, mailed).
        ("The check will be cut 12/18 and mailed the same day.", "will be", date(2026, 12, 18)),
        ("Payment goes out 12/21, FedEx.", "goes out", date(2026, 12, 21)),
        # A fraction is no day.
        ("We will pay once 3/4 of the units work.", "will pay", None),
        # Nigerian English "February ending": the month's end.
        ("By February ending we will clear it.", "will clear", date(2027, 2, 28)),
        ("By end of January we will clear it.", "will clear", date(2027, 1, 31)),
    ],
)
def test_english_days_by_locale_and_usage(text: str, near: str, expected: date | None) -> None:
    assert find_promised_date(text, SENT_CHICAGO, CHICAGO, near=[near]) == expected
