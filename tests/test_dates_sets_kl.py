"""Categories behind held-out sets K and L's date misreadings (HELDOUT.md "## Set K", "## Set
L"), in other words than the sets'. SENT is Tuesday 24 November 2026, in Shanghai unless a
zone is given.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from daemon.inbox.promise_dates import find_dates, find_promised_date
from tests.test_promise_dates import SENT, SH

SET_KL_DATES = [
    # mid-month with "of"; the end of a named month in any order
    ("We hope to pay around the middle of January.", date(2027, 1, 15)),
    ("Payment mid of February, God willing.", date(2027, 2, 15)),
    ("We need until end February.", date(2027, 2, 28)),
    ("kindly allow till February end", date(2027, 2, 28)),
    ("We can settle by end-Jan.", date(2027, 1, 31)),
    # a day written with hyphens reads like one with slashes
    ("Transfer planned for 21-12-2026.", date(2026, 12, 21)),
    # every Tuesday (每周二 / 逢周二) is a habit, not the day promised
    ("我们财务每周二付款，下周二给你们付", date(2026, 12, 1)),
    ("逢星期二出票，这笔下星期二寄", date(2026, 12, 1)),
    # a window is its last day
    ("预计12月14日至16日付款", date(2026, 12, 16)),
    ("Payment between the 7th and 9th of December.", date(2026, 12, 9)),
    ("Funds should go out Dec 14-16.", date(2026, 12, 16)),
    ("12月30日到1月4日之间安排", date(2027, 1, 4)),
    # a day given up, or someone's absence, yields to the other day named
    ("之前说5号付，现在改到15号", date(2026, 12, 15)),
    ("We originally planned the 30th; it will now be paid on 4 December.", date(2026, 12, 4)),
    (
        "Our CFO is on leave until 7 December, so mid-December at the latest.",
        date(2026, 12, 15),
    ),
    # a bill's maturity is the bank's day, not the client's promise
    ("已开具商业承兑汇票，到期日2027年3月1日", None),
    # a week named by a day is a week, no day (as 下周)
    ("Payment in the week commencing 11 January.", None),
    ("By the 2nd week of January.", None),
    # a window of days of the month, the payment said after it
    ("26号到28号之间付", date(2026, 11, 28)),
    ("20号到22号之间付", date(2026, 12, 22)),
]


@pytest.mark.parametrize(("text", "expected"), SET_KL_DATES, ids=[t for t, _ in SET_KL_DATES])
def test_set_k_and_l_date_categories(text: str, expected: date | None) -> None:
    assert find_promised_date(text, SENT, SH, near=[text[-6:]]) == expected


def test_a_weekday_in_brackets_makes_a_date_and_picks_its_reading() -> None:
    base = date(2026, 11, 24)
    # 3/12 in Shanghai is month first (12 March, a Friday); （四） says 3 December, a Thursday
    assert [h.day for h in find_dates("付款日 3/12（四）", base, dmy=False)] == [date(2026, 12, 3)]
    assert [h.day for h in find_dates("預計1/8（五）匯款", base, dmy=False)] == [date(2027, 1, 8)]
    assert [h.day for h in find_dates("transfer 12/4 (Fri)", base, dmy=None)] == [date(2026, 12, 4)]


def test_a_day_first_sender_writes_hyphens_day_first() -> None:
    madrid = ZoneInfo("Europe/Madrid")
    assert find_promised_date("We will transfer on 04-12-2026.", SENT, madrid) == date(2026, 12, 4)
    assert find_promised_date("Call 0932-118-765 if needed.", SENT, SH) is None


def test_a_period_that_says_when_money_is_short_is_not_the_day_asked() -> None:
    text = "年底财政资金很紧张，能不能宽限一段时间？"
    assert find_promised_date(text, SENT, SH, near=["资金很紧张", "能不能宽限"]) is None
