"""Categories behind held-out sets T and U's date misreadings (HELDOUT.md "### Misreadings by
category (set T)" / "(set U)", dates wrong with the kind right), in other words, trades and
people than the sets': each row is read by :func:`find_promised_date` from a message sent on
Tuesday 24 November 2026 in Shanghai (``SENT``). Counter-cases beside each category keep their
day.
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.inbox.promise_dates import find_promised_date
from tests.test_promise_dates import SENT, SH

SETS_TU_DATES = [
    # an event's day is not the payment's unless the words tie the payment to it
    ("Our grant only arrives after the trustees' meeting on 10 December, so later.", None),
    ("Funds come once the product launch on the 9th is done.", None),
    ("The money is released when the harbour authority on 3 December signs.", None),
    ("12月10日上线后才有预算，能否1月再付？", None),
    ("15号验收完成后付款", None),
    ("After the meeting we pay on 10 December.", date(2026, 12, 10)),
    ("After the board meeting we will pay on 10 December.", date(2026, 12, 10)),
    ("12月10日以后付款", date(2026, 12, 10)),
    ("Please hold the invoice until our controller is back on the 7th.", date(2026, 12, 7)),
    ("集团12月15日放款后即付", date(2026, 12, 15)),
    (
        "Payments are on hold until the board meeting on 9 December; can you wait until then?",
        date(2026, 12, 9),
    ),
    (
        "Our manager is on leave until 14 December and will make the payment then.",
        date(2026, 12, 14),
    ),
    ("等他26号回来签字就付", date(2026, 11, 26)),
    # a period that dates what the payment waits for
    ("等月底客户回款到了我们就付", None),
    ("要等年底项目拨款下来才能付", None),
    ("补贴年底前下来，下来了就给您结", None),
    ("等下个月初工程款拨下来我们就付", None),
    ("需要等12月中旬集团资金下来才能付", None),
    ("下个月初付", date(2026, 12, 5)),
    ("等到月底就付", date(2026, 11, 30)),
    ("月底前到账", date(2026, 11, 30)),
    ("年底前到账，到了马上通知您", date(2026, 12, 31)),
    # the end of someone's absence, or the week of a day, names no payment day
    ("Our director is on leave until 7 December; he will sign the transfer when he is back.", None),
    ("I'm travelling until the 30th, payment at my return.", None),
    ("Our bookkeeper is away until 2 December. We pay after that.", None),
    ("She returns on 1 December and the transfer goes out that week.", None),
    ("12月1日回来，当周安排付款", None),
    ("I'm away until Friday, but the payment goes out on Monday 30 November.", date(2026, 11, 30)),
    ("She returns on 1 December and pays the same day.", date(2026, 12, 1)),
    # a list of monthly paydays yields to the day this payment is in
    ("我们每月5号、20号付款，这笔排在12月20号", date(2026, 12, 20)),
    ("公司每月15日和30日各付一次，贵司安排在12月15日", date(2026, 12, 15)),
    (
        "We pay on the 10th and 25th of each month; yours goes in the 10 December run.",
        date(2026, 12, 10),
    ),
    (
        "We pay suppliers on the 5th and the 20th of the month. Yours is in the run of 20.12.2026.",
        date(2026, 12, 20),
    ),
    ("每月10号、25号付款", date(2026, 11, 25)),
    ("每月25日付款", date(2026, 11, 25)),
    # a span asked for counts from the reply day; a rough count is read at its upper end
    ("Could you give us another two weeks?", date(2026, 12, 8)),
    ("We need a further week.", date(2026, 12, 1)),
    ("Please allow us another fortnight.", date(2026, 12, 8)),
    ("Can you give us another 30 days?", None),
    ("It will be paid within 3-5 business days.", date(2026, 12, 1)),
    ("We will pay in two to three weeks.", date(2026, 12, 15)),
    ("两三天内付", date(2026, 11, 27)),
    ("3-5个工作日内到账", date(2026, 12, 1)),
    ("三到五个工作日内汇出", date(2026, 12, 1)),
    ("一两周内付清", date(2026, 12, 8)),
    ("二十天内付", date(2026, 12, 14)),
    ("5个工作日内付款", date(2026, 12, 1)),
    # a month after a year is the month's name, not a count of months
    ("明年二月以后再说", None),
    ("明年3月以后再付", None),
    ("2个月后付", date(2027, 1, 24)),
    ("两个月内付清", date(2027, 1, 24)),
    # a choice of two weekdays written together (周三四) is the later one
    ("下周三四付", date(2026, 12, 3)),
    ("这周四五吧", date(2026, 11, 27)),
    ("週一二匯款", date(2026, 12, 1)),
    # a dotted day after "will go" / "be paid"; a day "scheduled to"
    ("The transfer will go 21.12, sorry for the confusion.", date(2026, 12, 21)),
    ("It will be paid 4.12.", date(2026, 12, 4)),
    ("We will go 3.5 km to the bank.", None),
    ("Not paid yet, it's scheduled to the 30th.", date(2026, 11, 30)),
    ("The wire is set to the 3rd.", date(2026, 12, 3)),
    # a period that only sets the scene (English); one with a pay word keeps its day
    ("The harvest was late this year and nothing is sold yet.", None),
    ("Sales were slow this month; please allow us until 15 January.", date(2027, 1, 15)),
    ("We will settle this year.", date(2026, 12, 31)),
    # a part now and the rest later, proposed: a plan of two parts, no single day
    ("We could send $5,000 now and the rest on 2 January.", None),
    ("I can pay 40% today and the balance on 15 January, ok?", None),
    ("We have paid $5,000 and the rest follows on 2 January.", date(2027, 1, 2)),
    # a day not kept (没打成), a routine, a post-dated cheque's date
    ("上周说的周三付款没付成，这周五一定付", date(2026, 11, 27)),
    ("原定周四转账没转出去，下周一再转", date(2026, 11, 30)),
    ("周四付款，没问题", date(2026, 11, 26)),
    (
        "Our payments are usually made at the end of the month; yours will be sent on 18 December.",
        date(2026, 12, 18),
    ),
    ("Payment is made at the end of the month.", date(2026, 11, 30)),
    (
        "We hand over the cheque on 1 December, post-dated 10 December, for the balance.",
        date(2026, 12, 10),
    ),
    # a month without a day asked for names no day
    ("Could we pay in January?", None),
    ("Would it be OK to settle during February?", None),
    ("We will pay on January 5.", date(2027, 1, 5)),
]


@pytest.mark.parametrize(("text", "expected"), SETS_TU_DATES)
def test_sets_tu_dates(text: str, expected: date | None) -> None:
    assert find_promised_date(text, SENT, SH) == expected
