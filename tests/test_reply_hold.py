"""The dangerous misreadings of held-out sets ZD, ZE and ZG by cause (helper hold, session 16).

Each category is worded apart from the sets (other trades, other people, other words), with
counter-examples that must keep their reading:

* an objection beside an UNCONDITIONED promise of a day of the writer's own ("发票抬头有点问
  题，不过30号会付"; "今天付不了，下周二付": a refusal naming its new day) is that promise,
  held (second-reading:dispute:promised_beside); a promise conditioned on our paper or fix, a
  charge of ours objected to (违约金, penalty), a refusal said outright, a contract's term
  ("验收后30日内支付") or a promise with no day keep the dispute;
* a retention the contract provides for (按合同扣留5%质保金…质保期满后支付) beside a part paid is
  a partial payment with the rest scheduled; a sum kept with no retention named, or kept until
  our fix, stays a dispute;
* our account written two ways and the client asking which to pay is a bank question;
* a fault report that names no payment (no payment, paper, sign-off or condition anywhere) is
  `other`, held (labels.yaml); a mismatch of goods or system records is no amount disputed;
  the learned fallback guesses no dispute from such a report;
* money said gone over (钱礼拜五已经过去了) beside a penalty the writer deducted is a part
  paid, held for the PM, as "扣除违约金后实付…已转账" already is.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.fallback import packaged_model
from daemon.inbox.objection_bearing import REASONS
from daemon.inbox.parse import parse_message
from daemon.inbox.second_reading import BEARS_ON_PAYMENT
from daemon.mail.doubt_texts import doubt_texts
from tests.test_parse import text_mail
from tests.test_reply_scope import SENT, read


def reading(body: str):  # type: ignore[no-untyped-def]
    return classify(parse_message(text_mail(body, Date=SENT)), known_sender=True)


PROMISED_BESIDE = [
    # an objection to our paper or our tone, and a day of the writer's own, unconditioned
    ("收据抬头你们开错了，耽误了几天，款下周四付。", date(2026, 12, 10)),
    ("我们不是不付，你们的律师函太过分了。款12月18日付。", date(2026, 12, 18)),
    ("收到封律師信，使唔使咁誇張。下星期五一定過數。", date(2026, 12, 11)),
]


def test_a_day_not_kept_with_a_new_day_is_a_plain_promise() -> None:
    # 今天付不了了 is a day not kept, no refusal (zh.yaml, set ZM): the new day is promised;
    # a refusal (这周不付了) with a new day stays a dispute, held (zh-refuse)
    result = reading("今天付不了了，账上钱不够，12月11日付。")
    assert (result.kind, result.promised_date) == ("promise", date(2026, 12, 11))


@pytest.mark.parametrize(("body", "day"), PROMISED_BESIDE, ids=[b[:16] for b, _ in PROMISED_BESIDE])
def test_an_objection_beside_a_dated_unconditioned_promise_is_that_promise_held(
    body: str, day: date
) -> None:
    result = reading(body)
    assert (result.kind, result.promised_date, result.confident) == ("promise", day, False)
    assert result.rule == "second-reading:dispute:promised_beside"
    assert any(e.startswith("promised_beside: ") for e in result.evidence)


STILL_A_DISPUTE = [
    # the promise conditioned on our corrected paper
    "收据抬头你们开错了，请重开，收到新收据后我们12月18日付款。",
    "发票不符合合同约定已退回，在收到合规发票的前提下，我司安排于12月30日支付。",
    # a charge of ours objected to, the principal promised (the corpus's hk160)
    "贵司函中所列违约金我方不予认可，本金部分12月18日支付。",
    # a refusal said outright
    "这张发票开错了，我们不会付，12月18日之前请重开。",
    # the contract's term, not a promise: not yet due
    "合同约定验收合格后30日内支付，验收单12月1日才签，现在还没到期。",
    # a day of payment beside a deduction of the writer's
    "延期交付的违约金要扣，扣完以后12月18日付。",
]


@pytest.mark.parametrize("body", STILL_A_DISPUTE, ids=[b[:16] for b in STILL_A_DISPUTE])
def test_an_objection_that_conditions_reduces_or_refuses_stays_a_dispute(body: str) -> None:
    assert read(body)[0] == "dispute"


def test_an_objection_beside_a_promise_with_no_day_stays_a_dispute() -> None:
    # nothing to hold the milestone to: the PM decides on the dispute
    assert read("收据抬头你们开错了，不过款我们会付的。")[0] == "dispute"


def test_the_pm_hears_the_new_reasons_in_words() -> None:
    assert "promised_beside" in REASONS
    for language in ("en", "zh"):
        for why in ("promised_beside", "fault_report"):
            texts = doubt_texts(f"second-reading:dispute:{why}", f"{why}: 印错了", language)
            assert texts is not None and why not in texts[0] and "印错了" in texts[1]


RETENTION = [
    ("二期款已支付171,000元，按合同第十条扣留5%质量保证金9,000元，质保期满后支付。", 171000),
    ("首期款已转账64,600元，按合同第八条预留5%质保金3,400元，质保期满后另行支付。", 64600),
]


@pytest.mark.parametrize(("body", "paid"), RETENTION, ids=[b[:12] for b, _ in RETENTION])
def test_a_retention_the_contract_provides_for_is_a_part_paid_with_the_rest_scheduled(
    body: str, paid: int
) -> None:
    result = reading(body)
    assert (result.kind, result.amount, result.confident) == (
        "partial_payment",
        Decimal(paid),
        False,
    )
    assert result.rule == "second-reading:dispute:rest_scheduled"


KEPT_BACK = [
    # the sum kept until our fix
    "二期款已支付171,000元，按合同扣留质保金9,000元，系统问题解决之前不付。",
    # kept, no retention named: a withholding
    "二期款已支付171,000元，按合同第十条扣留9,000元，质保期满后支付。",
]


@pytest.mark.parametrize("body", KEPT_BACK, ids=[b[-12:] for b in KEPT_BACK])
def test_a_sum_kept_back_otherwise_stays_a_dispute(body: str) -> None:
    assert read(body)[0] == "dispute"


OUR_ACCOUNT_WHICH = [
    "函里给的账号是6217 0011 2233 4455，档案里是6217 0011 2233 4454，差最后一位，以哪个为准？",
    "开户行你们发票上写的是滨江支行，函里写的是高新支行，差了一个字，转哪个？",
    "你哋封信嘅帳號同合約上面差咗最後一位，以邊個為準？",
]


@pytest.mark.parametrize("body", OUR_ACCOUNT_WHICH, ids=[b[:12] for b in OUR_ACCOUNT_WHICH])
def test_which_of_two_accounts_of_ours_is_a_bank_question(body: str) -> None:
    assert read(body)[0] == "bank_question"


def test_which_of_two_amounts_or_days_is_no_question_about_our_account() -> None:
    for body in ("对账单金额和发票金额不一样，以哪个为准？", "付款日期和合同不一样，以哪个为准？"):
        assert "zh-bank-which" not in reading(body).rule


FAULT_REPORTS = [
    # a mismatch of goods or system records, not of money
    "扫码枪扫出来的条码跟库存对不上，是系统的问题还是枪的问题？",
    # a defect still there, the writer's own next step
    "导出的报表打不开的问题还在，我们IT先换个浏览器试试。",
]


@pytest.mark.parametrize("body", FAULT_REPORTS, ids=[b[:12] for b in FAULT_REPORTS])
def test_a_fault_report_naming_no_payment_is_other_held(body: str) -> None:
    result = reading(body)
    assert (result.kind, result.confident) == ("other", False)
    # the second reading takes it from a dispute, or a device-vs-records mismatch is read as
    # no objection to begin with (zh-data-mismatch, set ZM)
    assert result.rule.startswith("second-reading:dispute:") or result.rule == "zh-data-mismatch"


FAULTS_THAT_BEAR = [
    "导出的报表打不开的问题还在，修好之前这期款先不付。",
    "对账单上的金额跟我们的记录对不上。",
]


@pytest.mark.parametrize("body", FAULTS_THAT_BEAR, ids=[b[:12] for b in FAULTS_THAT_BEAR])
def test_a_fault_with_a_consequence_for_the_payment_stays_a_dispute(body: str) -> None:
    assert read(body)[0] == "dispute"


def test_a_fault_report_is_no_learned_dispute() -> None:
    report = "三号池的溶氧探头数值一直显示零 晚上报警器也没响 差点出事 你们赶紧派人过来看看"
    assert not BEARS_ON_PAYMENT.search(report)
    guess = packaged_model().guess(report)
    assert guess is None or guess.kind != "dispute"
    assert BEARS_ON_PAYMENT.search("Boss said wait until this is fixed.")


def test_money_gone_over_less_a_penalty_deducted_is_a_part_paid_held() -> None:
    result = reading("钱小周昨天已经过去了 按合同扣了延期的违约金 你们对下数")
    assert (result.kind, result.confident) == ("partial_payment", False)
    # nothing paid: the penalty alone stays a dispute
    assert read("按合同扣了延期的违约金 你们对下数")[0] == "dispute"
