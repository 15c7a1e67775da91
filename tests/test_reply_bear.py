"""Objection words read only when they bear on THIS payment (helper bear, session 13).

On sets Z, ZB and ZC (written blind) the largest dangerous category was a reply with objection
words (an audit cut, "the contract says", a wrong invoice, a mismatch, work not delivered) that
do not withhold, condition or reduce the payment asked for: the writer pays or promises anyway,
the words are about its own side or another matter, or they only ask. And the reverse: an
invoice we issued that the client's finance sent back, read as a plain resend request. Each
category here is worded apart from the sets (other trades, other people, other words), with a
control that must keep its reading.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.objection_bearing import REASONS
from daemon.inbox.parse import parse_message
from daemon.mail.doubt_texts import doubt_texts
from tests.test_parse import text_mail
from tests.test_reply_scope import SENT, read

WRONG_INVOICE_SENT_BACK = [
    # our invoice not accepted as issued, sent back by the client's finance, treasury or tax
    # office: an objection to our paper (labels.yaml's invoice convention), however politely
    # the reissue is asked
    "你们上次开成了个人抬头，报销被财务退回来了，麻烦按公司全称重开。",
    "贵司开的发票没有写项目名称，被财政局退回了，请重新开具。",
    "發票被會計室退回了，統一編號打錯，麻煩重開。",
    # 普票 where a 专票 is due, the need stated at length
    "你们开的是普票，我们单位是一般纳税人，要抵扣进项，请重开一张9%的增值税专用发票。",
]

STILL_A_RESEND = [
    # a form the client now chooses, nothing of ours named wrong: a resend request
    "我们下个月起只收数电票，贵司开的是纸质票，麻烦重新开一张电子的发过来。",
    "发票开的是一张，现在要分两次付，麻烦作废后重开两张。",
    # sent back by the carrier: the paper lost on the way, not refused
    "发票被快递退回了，麻烦再寄一次。",
]


@pytest.mark.parametrize("body", WRONG_INVOICE_SENT_BACK)
def test_an_invoice_sent_back_as_issued_is_a_dispute(body: str) -> None:
    assert read(body)[0] == "dispute"


@pytest.mark.parametrize("body", STILL_A_RESEND)
def test_an_invoice_wanted_in_a_new_form_stays_a_resend(body: str) -> None:
    assert read(body)[0] == "resend_request"


OUR_ACCOUNT_IN_TWO_PLACES = [
    # our account given differently in two places: a doubt about our account, not the amount
    "合同上贵司的收款账号是以3301结尾，发票备注里写的是以3310结尾，两个不一致，请书面确认。",
    "政府采购系统中贵公司开户行登记为“工商银行西湖支行”，与本次函件所列开户行表述不一致，请确认。",
]


@pytest.mark.parametrize("body", OUR_ACCOUNT_IN_TWO_PLACES)
def test_our_account_named_differently_is_a_bank_question(body: str) -> None:
    assert read(body)[0] == "bank_question"


def test_an_amount_that_differs_stays_a_dispute() -> None:
    # the control: no account named, the sum differs
    assert read("对账单上的金额和我们的入库记录不一致，请核对后再开票。")[0] == "dispute"


def test_a_refusal_inside_if_not_is_a_condition() -> None:
    # 如不接受: "if you do not accept" our choice to make, not the writer's objection
    body = "下月的款我们想部分用商业承兑汇票付，贵司看能不能接受？如不接受就等下个月的现款批次。"
    assert read(body)[0] != "dispute"


def test_a_refusal_said_outright_stays_a_dispute() -> None:
    assert read("这个结算金额我们不接受，请重新核算。")[0] == "dispute"


def test_waiting_on_the_clients_own_bank_is_no_incomplete_work() -> None:
    body = (
        "We are still waiting for the dollar allocation from our central bank. "
        "Payment will go out by 11 December."
    )
    assert read(body)[:2] == ("promise", date(2026, 12, 11))


def test_waiting_on_our_deliverables_stays_a_dispute() -> None:
    assert read("We are still waiting for the training videos you promised.")[0] == "dispute"


# Objection words beside a payment made or promised that they do not withhold, condition or
# reduce (daemon/inbox/objection_bearing.py): held (the PM asked, the reason in the rule),
# never a dispute answered as one and never a confident payment.
ASIDE = [
    # settled: the writer takes the mistake on its own side
    (
        "上次说发票税号不对，其实是我们这边填错了信息，发票没问题，下周三前付款。",
        "promise",
        date(2026, 12, 9),
        "settled",
    ),
    (
        "The tax number on the invoice is wrong, but that was our mistake: we sent you the old "
        "one. We will pay on 10 December.",
        "promise",
        date(2026, 12, 10),
        "settled",
    ),
    # another matter: the words are about another contract's payment
    (
        "上周转的8600是另一份合同（仓储系统）的款，不是本期的。本期款12月10号付。",
        "promise",
        date(2026, 12, 10),
        "other_matter",
    ),
    # a cut the writer pays around: the reduced amount promised, or paid with the cut named
    (
        "结算审计核减了12,000元，我们按核减后的金额本月18号付。",
        "promise",
        date(2026, 12, 18),
        "cut_applied",
    ),
    (
        "今天已付126,000元，审计核减的14,000元如有异议请走书面程序。",
        "partial_payment",
        None,
        "cut_applied",
    ),
    # the rest set on the contract's own step, a part paid
    (
        "首期款已付30,000元，剩余30,000元按合同第六条，终验后支付。",
        "partial_payment",
        None,
        "rest_scheduled",
    ),
    (
        "本期先匯出新台幣50,000元，餘款待驗收報告用印後再付。",
        "partial_payment",
        None,
        "rest_scheduled",
    ),
]


@pytest.mark.parametrize(("body", "kind", "day", "why"), ASIDE, ids=[b[:24] for b, *_ in ASIDE])
def test_objection_words_beside_a_payment_that_they_do_not_touch(
    body: str, kind: str, day: date | None, why: str
) -> None:
    result = classify(parse_message(text_mail(body, Date=SENT)), known_sender=True)
    assert (result.kind, result.promised_date, result.confident) == (kind, day, False)
    assert result.rule == f"second-reading:dispute:{why}"
    assert any(e.startswith(f"{why}: ") for e in result.evidence)  # it explains itself


@pytest.mark.parametrize("why", REASONS)
@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_pm_hears_each_reason_in_words_not_its_id(why: str, language: str) -> None:
    texts = doubt_texts(f"second-reading:dispute:{why}", f"{why}: 审计核减了2万", language)
    assert texts is not None
    reading, details = texts
    assert why not in reading and "_" not in reading  # a raw id in the PM's mail is a defect
    assert "审计核减了2万" in details


def test_every_reason_the_cases_give_is_one_the_pm_hears() -> None:
    assert {why for *_, why in ASIDE} <= set(REASONS)


def test_a_part_paid_keeps_its_amount() -> None:
    result = classify(parse_message(text_mail(ASIDE[4][0], Date=SENT)), known_sender=True)
    assert result.amount == Decimal("126000")


BEARS = [
    # a fix of ours asked before paying
    "发票抬头错了，请重开后我们下周付款。",
    # the rest held until our fix, or until our feature is live (the corpus's hg009)
    "已付30,000元，剩下的要等你们把报表功能修好再付。",
    "已付28,000元，剩下的一半要等结算功能上线、验收通过以后再付。",
    # a penalty the writer deducts from the rest: a withholding, not an audit's sum
    "绿化养护费已付36,000元，余下4,000元按合同扣减考核扣款。",
    # the cut withheld in so many words
    "审计核减了12,000元，核减部分暂不支付，其余下周五付。",
    # the rest refused, not set on a step
    "We paid 6 500 today; the remaining 1 500 is not owed, since the reports were never delivered.",
    # another project's bill, nothing paid or promised
    "这张发票是另一个项目的，我们不付。",
]


@pytest.mark.parametrize("body", BEARS)
def test_objection_words_that_bear_on_the_payment_stay_a_dispute(body: str) -> None:
    assert read(body)[0] == "dispute"
