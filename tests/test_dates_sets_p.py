"""Categories behind held-out sets N, O and P's date misreadings (HELDOUT.md "## Set P", the
brief of issue #12) and the forms not read before, in other words than the sets'. SENT is
Tuesday 24 November 2026, in Shanghai unless a zone is given.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from daemon.inbox.promise_dates import find_dates, find_promised_date
from tests.test_promise_dates import SENT, SH

SET_P_DATES = [
    # a choice of two days is the later one; a bare weekday takes the first one's week
    ("周三或周四安排付款", date(2026, 11, 26)),
    ("下周三或者周四付款", date(2026, 12, 3)),
    ("We can pay on Monday or Tuesday.", date(2026, 12, 1)),
    ("10号或12号付", date(2026, 12, 12)),
    # "the day after" counts from the day before it in the sentence (that one is an event's)
    (
        "The committee meets on Monday week and the payment follows the day after.",
        date(2026, 12, 8),
    ),
    ("下周一开董事会，次日付款", date(2026, 12, 1)),
    ("We pay the day after tomorrow.", date(2026, 11, 26)),
    # a window across a month's end is next month's day
    ("30号至3号之间汇款", date(2026, 12, 3)),
    ("付款时间11月29日至3日", date(2026, 12, 3)),
    # the last working day of a month, in the Chinese calendar
    ("本月最后一个工作日付款", date(2026, 11, 30)),
    ("十二月最後一個工作日匯出", date(2026, 12, 31)),
    ("Payment on the last business day of December.", date(2026, 12, 31)),
    # a period that only sets the scene names no day; one with a pay word or alone does
    ("年底物流旺季，仓库忙不过来，能不能再等等？", None),
    ("门店年底盘点，下周三付款", date(2026, 12, 2)),
    ("缓到年底吧", date(2026, 12, 31)),
    ("年底一定付清", date(2026, 12, 31)),
    ("尾款我们12月底办理", date(2026, 12, 31)),
    ("这笔12月底结算", date(2026, 12, 31)),
    # a day the client cannot pay by, or a day postponed, is not the promise
    ("11月底实在付不了，12月10号前付", date(2026, 12, 10)),
    ("月底付不出来，请谅解。", None),
    ("原定12月5日的付款要顺延，新日期另行通知", None),
    ("The payment of 1 December is postponed to the 9th.", date(2026, 12, 9)),
    ("12月10日前付款，不会再推迟了", date(2026, 12, 10)),
    # a holiday in English before Chinese 前; Minnan 拜五 is 礼拜五
    ("这笔 Xmas 之前付清", date(2026, 12, 24)),
    ("拜五叫会计安排", date(2026, 11, 27)),
    # part first, the rest later: a plan, no single day
    ("元旦前先付一部分，剩下的春节后付", None),
    # "on Thursday week" is the UK's Thursday a week on; with a week number, the ISO week
    ("We will pay on Thursday week.", date(2026, 12, 3)),
    # the same categories in their neighbouring forms
    ("We will pay on the 10th or 11th.", date(2026, 12, 11)),
    ("Payment Dec 10 or 11.", date(2026, 12, 11)),
    ("12月10日或11日付款", date(2026, 12, 11)),
    ("周五之前或者下周一付", date(2026, 11, 30)),
    ("下周二、周三付款", date(2026, 12, 2)),
    ("本月最后一天付款", date(2026, 11, 30)),
    ("We will pay on the last day of December.", date(2026, 12, 31)),
    ("We can't pay this Friday; next Wednesday instead.", date(2026, 12, 2)),
    ("We are unable to pay by Friday.", None),
    # a holiday's 前 is its eve; "the Friday after next" is 下下周五
    ("国庆节前付清", date(2027, 9, 30)),
    ("We will pay the Friday after next.", date(2026, 12, 11)),
]


@pytest.mark.parametrize(("text", "expected"), SET_P_DATES, ids=[t for t, _ in SET_P_DATES])
def test_set_p_date_categories(text: str, expected: date | None) -> None:
    assert find_promised_date(text, SENT, SH) == expected


def test_the_day_after_an_event_is_the_promise_beside_the_words() -> None:
    text = "The committee meets on Monday week and the payment follows the day after."
    assert find_promised_date(text, SENT, SH, near=["payment follows"]) == date(2026, 12, 8)
    text = "Our board signs off at the meeting on Thursday week; accounts will pay the day after."
    assert find_promised_date(text, SENT, SH, near=["will pay"]) == date(2026, 12, 4)


def test_a_time_without_a_day_given_up_lets_the_new_day_stand() -> None:
    text = "原来说下个星期付，财务那边卡住了。现在确定12月4号前付。"
    near = ["下个星期付", "12月4号前付"]
    assert find_promised_date(text, SENT, SH, near=near) == date(2026, 12, 4)
    # not given up, the week without a day is the answer: no date
    assert find_promised_date("下个星期付，财务在走流程", SENT, SH, near=["下个星期付"]) is None


def test_a_make_up_saturday_is_a_month_s_last_working_day() -> None:
    sent = datetime(2026, 2, 3, 10, 0, tzinfo=SH)  # 28 February 2026 is a 调休 Saturday
    assert find_promised_date("二月最后一个工作日付款", sent, SH) == date(2026, 2, 28)


def test_a_choice_is_one_hit_over_both_days() -> None:
    [hit] = find_dates("我们周四或周五付", date(2026, 11, 24))
    assert (hit.start, hit.end, hit.day, hit.rule) == (2, 7, date(2026, 11, 27), "choice")


def test_an_iso_week_after_by_stays_an_iso_week() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    assert find_promised_date("We pay by Thursday week 50.", SENT, berlin) == date(2026, 12, 10)
