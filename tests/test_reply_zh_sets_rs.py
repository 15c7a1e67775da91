"""Categories behind held-out sets R and S's Chinese misreadings (zh, zh-Hant, Cantonese,
Teochew, zh-en mixed), each on a whole email (parse + classify), worded apart from the sets:
other trades (a bakery, a print works, a fish farm, a dental lab...), other people, other
wording; each case failed on the code before its fix.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_reply_scope import read

DANGEROUS = [
    # payment hung on OUR visit and fix, a complaint before it, no defect word: a dispute
    ("烤箱温控老是忽高忽低 面包烤糊好几炉 你们先派个师傅过来 搞好了余款马上结", "dispute", None),
    # a rhetorical "you want us to pay for this?" after a complaint (a question, still one)
    ("印出來的顏色全部偏紅，客戶整批退回。這種質量還要我們付錢？", "dispute", None),
    # a firm promise in Teochew/Cantonese 过数 with an irritated tail: a promise, not an objection
    ("阿姐讲礼拜四一定会过数 你们不要再催了", "promise", date(2026, 12, 3)),
    # an earlier "paid" taken back, the payment told for later: a promise
    (
        "上次回复说已经汇了，是出纳弄错了，汇的是别的单位，这笔周五补上。",
        "promise",
        date(2026, 12, 4),
    ),
    # acceptance agreed and passed on to finance to pay: acceptance, not a payment made
    ("样机都测过了，同意验收，已转财务部付款。", "acceptance", None),
    # a part on a day, the rest after the client's own commissioning and acceptance: the part's
    # day is a promise, not a refusal
    ("老板交代：周四先付一半，余款试车验收后再付。", "promise", date(2026, 12, 3)),
]


@pytest.mark.parametrize(("body", "kind", "day"), DANGEROUS, ids=[b for b, *_ in DANGEROUS])
def test_dangerous_categories_of_sets_r_and_s(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)
