"""A partial payment is never read as paid: the sum said paid against the sum due.

Why: a part read as ``paid`` thanks the client and stops the chase on money still owed
(sets ZB and ZF: "中期款先付的十万今天付了" against ￥238,000.00, a wire "for $17,400.00"
against USD 18,900.00, "EUR 16.765,00 was paid" against EUR 16,800.00). Worded apart from
the sets: other trades, other people, other formats. Pure: :mod:`daemon.inbox.amounts` and
:func:`daemon.inbox.reading.read_words` with the amount due given; one whole mail with our
reminder quoted below.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from daemon.inbox.amounts import short_of_due, sums_in
from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from daemon.inbox.reading import quoted_due, read_words
from daemon.inbox.rulebook import rulebook
from tests.test_parse import text_mail
from tests.test_reply_scope import SENT

SUMS = [
    ("80,000", Decimal("80000")),
    ("RMB 80,000.00", Decimal("80000")),
    ("￥80,000.00", Decimal("80000")),
    ("8万", Decimal("80000")),
    ("8.5万元", Decimal("85000")),
    ("80k", Decimal("80000")),
    ("捌万元", Decimal("80000")),
    ("十二万", Decimal("120000")),
    ("三万五千元", Decimal("35000")),
    ("EUR 16.800,00", Decimal("16800")),
    ("16 800,00 €", Decimal("16800")),
    ("HK$12,500", Decimal("12500")),
    ("4,200蚊", Decimal("4200")),
]


@pytest.mark.parametrize(("text", "value"), SUMS)
def test_a_sum_in_its_many_formats(text: str, value: Decimal) -> None:
    assert [s.value for s in sums_in(text)] == [value]


NOT_SUMS = [
    "发票号12345678已收到",
    "Invoice No. 20261201 attached",
    "账号 6222 0210 0100 8899",
    "12月5日付",
    "paid on 2026-12-01",
    "付了50%",
    "第2期",
]


@pytest.mark.parametrize("text", NOT_SUMS)
def test_an_invoice_or_account_number_a_date_or_a_share_is_no_sum(text: str) -> None:
    assert sums_in(text) == []


def test_the_first_sum_is_the_one_paid_and_only_a_smaller_one_is_short() -> None:
    words = "The cheque for $9,350.00 (9,800 less 450 withholding) was posted."
    short = short_of_due(words, Decimal("9800"))
    assert short is not None and short.value == Decimal("9350")
    assert short_of_due("Paid USD 9,800.00 today.", Decimal("9800")) is None
    assert short_of_due("Paid USD 12,000.00 for both invoices.", Decimal("9800")) is None
    assert short_of_due("已付款，请查收。", Decimal("9800")) is None


REMINDERS = [
    "这是我们第2次就尾款发出提醒。该笔款项金额为¥56,000.00，已于2026年11月20日到期。",
    "　　金额：¥56,000.00\n　　付款截止日：2026年11月20日",
    "截至今日，该笔款项（¥56,000.00，2026年11月20日到期）已逾期11天，我方仍未收到。",
    "催款函：尾款（¥56,000.00） — 冷库温控系统",
    "The amount of USD 56,000.00, due on 20 November 2026, is now 11 days overdue.",
    "the final payment of USD 56,000.00 under “Cold-store control” fell due on 20 November.",
    "   Amount: USD 56,000.00",
]


@pytest.mark.parametrize("reminder", REMINDERS)
def test_the_amount_our_reminder_asks_for_in_each_template_wording(reminder: str) -> None:
    assert quoted_due(reminder) == Decimal("56000")


def test_two_different_amounts_in_the_quote_give_no_amount_due() -> None:
    assert quoted_due("金额：¥56,000.00\n下一期款项为验收款（¥20,000.00，付款时间：…）") is None


PARTS = [
    # a first part in words and figures, Simplified
    ("冷库尾款今天先转了3万，回单见附件。", Decimal("30000")),
    ("设备款已支付伍万元整。", Decimal("50000")),
    # Traditional / Cantonese
    ("尾數今日過咗HK$40,000，收到請回覆。", Decimal("40000")),
    ("尾款已匯出新台幣 48,000 元，請查收。", Decimal("48000")),
    # English: a fee or a credit taken off, a European format
    ("We sent USD 55,965.00 today; our bank's charge came off it.", Decimal("55965")),
    ("EUR 55.980,00 has been transferred this morning.", Decimal("55980")),
]


@pytest.mark.parametrize(("words", "amount"), PARTS)
def test_a_payment_of_less_than_is_due_is_a_partial_payment(words: str, amount: Decimal) -> None:
    reading = read_words(words, [], rulebook(), due=Decimal("56000"))
    assert (reading.kind, reading.amount) == ("partial_payment", amount)


FULL = [
    "冷库尾款今天已转5.6万，请查收。",
    "尾款已支付伍万陆仟元整。",
    "We sent USD 56,000.00 today.",
    "Paid 60,000 today, which covers the final payment and the service fee.",
    # no sum stated: the words decide (paid)
    "尾款已付，请查收。",
]


@pytest.mark.parametrize("words", FULL)
def test_the_sum_due_or_more_or_no_sum_stays_paid(words: str) -> None:
    assert read_words(words, [], rulebook(), due=Decimal("56000")).kind == "paid"


def test_no_amount_due_known_leaves_the_reading_to_the_words() -> None:
    # (a Chinese sum alone, "已转3万", is read as a part by zh-partial whatever the due)
    assert read_words("We sent USD 30,000.00 today.", [], rulebook()).kind == "paid"


def test_a_whole_reply_quoting_our_reminder_is_read_against_its_amount() -> None:
    body = (
        "林经理，尾款先打了两万，今天上午走的网银。\n\n"
        "------------------ 原始邮件 ------------------\n"
        "发件人: 示例科技 应收账款 <ar@example.cn>\n"
        "主题: 催款函：尾款（￥56,000.00）\n\n"
        "根据合同约定，贵司应于2026年11月20日前向我司支付尾款，金额为￥56,000.00。\n"
    )
    result = classify(parse_message(text_mail(body, Date=SENT)), known_sender=True)
    assert (result.kind, result.amount) == ("partial_payment", Decimal("20000"))
