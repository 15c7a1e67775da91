"""Conventions settled in session 11 for replies left out of the corpus (labels.yaml's header):
a payment put off to a day the client STATES is a promise of that day, time ASKED or wished
for is more_time; a cut only guessed at leaves a payment in full paid. Worded apart from the
held-out files (other trades, people and wordings); each case of the two causes failed on the
code before its fix, the counter-cases read the same before and after.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_reply_scope import read

STATED_NEW_DAY = [
    ("因集团资金统一调度，本期货款需推迟到1月20日支付。", date(2027, 1, 20)),
    ("受年底结汇额度影响，尾款要延到1月10日才能支付，敬请谅解。", date(2027, 1, 10)),
    ("货款延至12月25日支付，特此告知。", date(2026, 12, 25)),
    ("按总部新规，第二期款须延至3月15日支付。", date(2027, 3, 15)),
    ("进度款推迟到12月28日支付，给您添麻烦了。", date(2026, 12, 28)),
    ("因年底結算，尾款需延至1月15日支付。", date(2027, 1, 15)),
]


@pytest.mark.parametrize(("body", "day"), STATED_NEW_DAY, ids=[b for b, _ in STATED_NEW_DAY])
def test_a_payment_moved_to_a_day_the_client_states_is_a_promise_of_that_day(
    body: str, day: date
) -> None:
    assert read(body)[:2] == ("promise", day)


TIME_ASKED = [
    ("能否延至1月20日付款？", "more_time", date(2027, 1, 20)),
    ("申请将尾款推迟至2027年1月31日支付，望批准。", "more_time", date(2027, 1, 31)),
    ("本期款想延到春节后支付，还望理解。", "more_time", None),
    ("这期设备款我们想挪到三月再结。", "more_time", None),
    ("资金紧张，能不能宽限到1月15号？", "more_time", date(2027, 1, 15)),
    ("可否延至明年一月底付款？", "more_time", date(2027, 1, 31)),
    ("We need two more weeks, our customer has not paid us.", "more_time", date(2026, 12, 15)),
    ("Could we push this to mid-January?", "more_time", date(2027, 1, 15)),
]


@pytest.mark.parametrize(("body", "kind", "day"), TIME_ASKED, ids=[b for b, *_ in TIME_ASKED])
def test_time_asked_or_wished_for_stays_more_time(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


GUESSED_CUT = [
    "We paid the whole invoice last week; perhaps your bank deducted a handling fee.",
    "Paid EUR 14,000 in full on Friday - the correspondent leg must have deducted a commission.",
    "We transferred the full amount. I wonder if the correspondent bank withheld a fee.",
    "We paid 22,400 yesterday; maybe the receiving bank deducted something on the way.",
]


@pytest.mark.parametrize("body", GUESSED_CUT)
def test_a_payment_in_full_with_a_cut_only_guessed_at_stays_paid(body: str) -> None:
    assert read(body)[0] == "paid"


CUT_STATED = [
    "We paid 9,950; the intermediary bank deducted USD 50 in fees.",
    "We transferred EUR 4,000 less our bank charges.",
    "We paid 10,000 and withheld 1,000 as retention.",
    "已付9,950元，银行扣了50元手续费。",
]


@pytest.mark.parametrize("body", CUT_STATED)
def test_a_cut_stated_still_makes_a_partial_payment(body: str) -> None:
    assert read(body)[0] == "partial_payment"
