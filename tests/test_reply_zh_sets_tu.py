"""Categories behind held-out sets T and U's Chinese misreadings (zh, zh-Hant, Cantonese,
Malaysian Chinese), each on a whole email (parse + classify), worded apart from the sets:
other trades (a winery, a fish market, a print shop, a clinic...), other people, other
wording; each case failed on the code before its fix.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_reply_scope import read

DANGEROUS = [
    # all payments paused until a time named: put off, not refused (more time, no day)
    ("总部年底资金管控，供应商付款一律冻结到明年2月，请谅解。", "more_time", None),
    ("集團指示，對外付款暫停至明年一月，敬請見諒。", "more_time", None),
    # an order to pay this week's day, forwarded by the boss ("给人家付了"): a promise
    ("这个星期五把钱给人家转了，别拖", "promise", date(2026, 12, 4)),
    # a bare half paid, the other half still to come: a part, not the whole
    ("汇了一半，还剩一半等老板签字", "partial_payment", None),
    # Cantonese: an earlier "paid" (話…轉咗數) taken back, the payment told for later
    ("唔好意思，琴日話轉咗數係會計搞錯，仲未轉。下個禮拜一轉。", "promise", date(2026, 12, 7)),
]


@pytest.mark.parametrize(("body", "kind", "day"), DANGEROUS, ids=[b for b, *_ in DANGEROUS])
def test_dangerous_categories_of_sets_t_and_u(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


def test_a_pause_without_its_end_is_still_a_refusal() -> None:
    # the counter-case (a guard, right before the change too): no end, no postponement
    assert read("这笔我们暂停付款。")[0] == "dispute"


OTHER_CATEGORIES = [
    # the rest paid, told with a long bank phrase between 已于 and the verb: all of it
    ("余款36,500元已于11月27日通过工商银行苏州工业园区支行转出，请查收。", "paid", None),
    # a time ahead, then 把 what is paid off (an amount's comma between); 付完把回单发您 waits
    (
        "老板批了，明天上午我走网银把剩下的82,000付掉，付完把回单发您。",
        "promise",
        date(2026, 12, 2),
    ),
    # Malaysian Chinese: bank in is paying into our account
    ("货款我们下个礼拜二会bank in，老板这个礼拜不在。", "promise", date(2026, 12, 8)),
    # the client's own cash tied up in a fixed deposit is a reason, not a hedge
    ("这笔钱我们下个礼拜会 bank in，公司的钱卡在定期里面，要等到期。", "promise", None),
    # a day not kept (礼拜一打款没打成) yields to the one named after it
    ("上礼拜讲的礼拜一打款没打成，老板出差，估计这个礼拜五能打", "promise", date(2026, 12, 4)),
    # Taiwan: a bare 匯 ending the clause is the verb
    ("已交代出納，下週一匯。", "promise", date(2026, 12, 7)),
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), OTHER_CATEGORIES, ids=[b for b, *_ in OTHER_CATEGORIES]
)
def test_other_categories_of_sets_t_and_u(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


def test_a_bare_weekday_after_libai_is_a_time_word_read_by_a_rule() -> None:
    # 礼拜X without 下 is a time word like 周X: a rule reads it (it was the learned guess)
    assert read("财务讲礼拜五付") == ("promise", date(2026, 12, 4), True)


HANDOFF_OVER_OUR_REMINDER = (
    "好的，已轉給財務同事處理。\n\n"
    "寄件者: Example Tech Accounts <ar@example.cn>\n"
    "寄件日期: 2026年11月30日 上午9:00\n"
    "收件者: 陳小姐 <chan@example.hk>\n"
    "主旨: Payment reminder [CK-XY-2026-001-final]\n\n"
    "Dear Ms Chan,\n\n\n"
    "The final payment of HKD 40,000.00 is now overdue.\n\n"
    "How to pay:\nBank: Example Bank\nAccount number: 6222 0000 1111 2222\nSWIFT: EXBKCNSHHZH\n\n\n"
    "Kind regards,\n\nWang Ming\n"
)


def test_a_hand_off_over_our_quoted_reminder_is_no_forwarded_bank_block() -> None:
    # our own reminder quoted below (its blank lines folded by the quote stripper) is not a
    # message forwarded by someone else: its bank lines are ours, no bank question
    assert read(HANDOFF_OVER_OUR_REMINDER)[0] == "other"
