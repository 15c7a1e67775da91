"""Categories behind held-out sets ZD, ZE, ZG and ZL's date misreadings (session 16, helper
dates; HELDOUT.md), in other words than theirs: each row is read by
:func:`find_promised_date` from a message sent on Tuesday 24 November 2026 (``SENT``,
Shanghai unless a zone is given), with ``near`` the words that made the reading. Counter-cases
beside each category keep their reading.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from daemon.inbox.fallback_reading import acceptance_day
from daemon.inbox.promise_dates import find_promised_date
from tests.test_promise_dates import SENT, SH

BANGKOK = ZoneInfo("Asia/Bangkok")
TAIPEI = ZoneInfo("Asia/Taipei")
SEOUL = ZoneInfo("Asia/Seoul")
NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")
LONDON = ZoneInfo("Europe/London")
HONG_KONG = ZoneInfo("Asia/Hong_Kong")

S16_DATES: list[tuple[str, ZoneInfo, tuple[str, ...], date | None]] = [
    # Thai years of the Buddhist Era (2569 = 2026); a number that is no year stays none
    ("We will transfer on 20/12/2569 ka.", BANGKOK, (), date(2026, 12, 20)),
    ("Payment date 2569-12-18, thank you ka.", BANGKOK, (), date(2026, 12, 18)),
    ("We will transfer on 20/12/2026 ka.", BANGKOK, (), date(2026, 12, 20)),
    # a day given up, written 原訂/原订: the other day named is the promise
    ("原訂12/25付款，因年底提早結帳，改於本週五匯出。", TAIPEI, (), date(2026, 11, 27)),
    ("原订12月20日付，现在提前到12月4日付", SH, (), date(2026, 12, 4)),
    ("12/25付款，謝謝。", TAIPEI, (), date(2026, 12, 25)),
    # after a holiday (过了元旦, 元旦后, 过完国庆): no day, however the scene is dated
    ("年底门店回款太慢了，能不能过了元旦再付？", SH, ("能不能过了元旦再付",), None),
    ("资金紧张，尾款元旦以后再给你们", SH, ("元旦以后再给你们",), None),
    ("尾款元旦前付", SH, ("元旦前付",), date(2026, 12, 31)),
    ("元旦后第一个工作日付款", SH, ("元旦后第一个工作日付款",), date(2027, 1, 4)),
    # a holiday's eve the payment waits for (等过年前货卖掉了就给): no day; said alone, 除夕
    ("现在橙子还在树上 等过年前橙子卖掉了就给你们", SH, ("卖掉了就给你们",), None),
    ("春节前一定给你们结清", SH, ("一定给你们结清",), date(2027, 2, 5)),
    # a grace asked with a bare 缓 (能不能缓一个月) counts from the reply day, unless the
    # reply names the month meant; 缓付三个月 (a deferment) and 延期 count from the due day
    ("客户退单了，这个尾款能不能缓一个月", SH, ("能不能缓1个月",), date(2026, 12, 24)),
    ("能否缓两周？", SH, ("能否缓2周",), date(2026, 12, 8)),
    ("能不能缓两个月？明年二月份一起结。", SH, ("能不能缓2个月",), None),
    ("集团资金紧张，申请缓付三个月。", SH, ("资金紧张",), None),
    ("能不能再缓两周", SH, ("再缓2周",), date(2026, 12, 8)),
    # the grace asked in the very words that made the reading beats a period beside it
    ("平台的钱要月中才结 再宽限两周行不行", SH, ("宽限2周",), date(2026, 12, 8)),
    ("月中前付不了，宽限到月底行不行", SH, ("宽限到月底",), date(2026, 11, 30)),
    # "on 30th" without "the"; "by 3rd party", "on second thought" are no days
    ("The payment will be arranged on 30th this month.", SH, (), date(2026, 11, 30)),
    ("It was paid by 3rd party, please check.", SH, (), None),
    ("On second thought we will pay next week.", SH, (), None),
    # a dotted month.day after a pay verb and "at"/"on", a word after it (Korea)
    (
        "Final payment will be paid at 12.24 together with our 25th payment.",
        SEOUL,
        (),
        date(2026, 12, 24),
    ),
    ("The unit price is 12.24 together with freight.", SEOUL, (), None),
    # the next run said as "the next one", a day off a weekend: the day moved to
    (
        "It missed the cutoff for today's run, so it'll go out on the next one, December 4.",
        NEW_YORK,
        ("'ll go out",),
        date(2026, 12, 4),
    ),
    (
        "Yours is due to go on the 20th of December - that's a Sunday, so Monday 21st.",
        AUCKLAND,
        (),
        date(2026, 12, 21),
    ),
    ("Yours is due to go on the 20th of December.", AUCKLAND, (), date(2026, 12, 20)),
    # weekdays of every month ("the 1st and 3rd Thursday") are a routine, no day
    (
        "We cut checks on the 1st and 3rd Thursday. You're scheduled for 12/17.",
        NEW_YORK,
        (),
        date(2026, 12, 17),
    ),
    ("We can pay between the 1st and 3rd.", NEW_YORK, (), date(2026, 12, 3)),
    ("We will pay on Thursday.", NEW_YORK, (), date(2026, 11, 26)),
    # a part now and the rest on a day, asked with "if we paid": a plan, no single day
    (
        "Would it be alright if we paid $4,000 now and the balance of $8,200 by January 31?",
        NEW_YORK,
        (),
        None,
    ),
    ("Would it be alright if we paid by January 31?", NEW_YORK, (), date(2027, 1, 31)),
    # the time a payment takes, said alone (一般要十个工作日左右): N working days from now
    (
        "需要财政局审核后由国库直接支付，一般要十个工作日左右，请耐心等待。",
        SH,
        ("审核后由国库直接支付",),
        date(2026, 12, 8),
    ),
    ("他出差要十天左右，回来再付", SH, (), None),
    # a slash date before its batch (照原本12/25那批匯): a date; a fraction stays none
    ("上線款照原本12/25那批匯。", TAIPEI, (), date(2026, 12, 25)),
    ("3/4的货已经到了", SH, (), None),
    # a day missed ("missed today's run"): not kept; the next run named is the promise
    (
        "She missed today's run with it, so it goes in Friday week's.",
        LONDON,
        (),
        date(2026, 12, 4),
    ),
    ("The missed payment will be sent tomorrow.", LONDON, (), date(2026, 11, 25)),
    # "on a Wednesday", "every second Friday": no day; "the next one is the 9th" is one
    (
        "Our run is fortnightly on a Wednesday and the next one is the 9th.",
        LONDON,
        (),
        date(2026, 12, 9),
    ),
    ("Runs go out every second Friday; yours is on December 11.", NEW_YORK, (), date(2026, 12, 11)),
    ("We pay on Wednesday.", LONDON, (), date(2026, 11, 25)),
    # a day offered if the first fails ("otherwise", 否则): the later one, as a choice
    (
        "It'll be on the December 11 run, otherwise December 24.",
        NEW_YORK,
        (),
        date(2026, 12, 24),
    ),
    (
        "Please pay on December 11, otherwise we lose the discount.",
        NEW_YORK,
        (),
        date(2026, 12, 11),
    ),
    # a call's or meeting's day is not the payment's, unless tied back to it
    ("Payment goes ahead as planned, but I'd like a call tomorrow.", LONDON, (), None),
    ("We'll pay tomorrow, and can we have a call?", LONDON, (), date(2026, 11, 25)),
    ("We have a meeting on Friday and will pay then.", LONDON, (), date(2026, 11, 27)),
    # the day someone is back, its clause ending there (佢下礼拜二返): an absence's end, no day
    ("要校长返嚟签字先至付得，佢下礼拜二返。", SH, (), None),
    ("老板14号回来就付", SH, (), date(2026, 12, 14)),
    ("老板下周一回来，当天就付", SH, (), date(2026, 11, 30)),
    # Cantonese 冇辦法出 (cannot pay out): the day not kept yields to the next one
    ("餘數今日冇辦法出，要等下星期一老闆返嚟簽支票先得。", HONG_KONG, (), date(2026, 11, 30)),
    ("餘數今日出。", HONG_KONG, (), date(2026, 11, 24)),
    # 今天刚… dates what happened (voice input, no commas): the day promised beside it
    ("我今天刚从广州回来 明天一早就叫会计付掉", SH, ("明天一早就叫会计付",), date(2026, 11, 25)),
    ("我今天付 明天到账", SH, ("今天付",), date(2026, 11, 24)),
    # 下個月月中 (next month's middle, the month said twice) is next month's 15th
    ("尾款可唔可以延到下個月月中先付？", SH, ("可唔可以延到下個月月中先付",), date(2026, 12, 15)),
    ("尾款下下个月月中付", SH, (), date(2027, 1, 15)),
    ("尾款月中付", SH, (), date(2026, 12, 15)),
    # an event's month ("Season opens in January") is no time the payment is put in
    (
        "Season opens in January and cash is tight. Could we do January 15?",
        NEW_YORK,
        ("cash is tight",),
        date(2027, 1, 15),
    ),
    ("We will pay in January. Could we do that?", NEW_YORK, ("will pay",), None),
]


@pytest.mark.parametrize(("text", "tz", "near", "expected"), S16_DATES)
def test_session_16_date_categories(
    text: str, tz: ZoneInfo, near: tuple[str, ...], expected: date | None
) -> None:
    assert find_promised_date(text, SENT, tz, near=near) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("系统验收冇问题，验收单我签咗。中期款余数月中前畀晒。", date(2026, 12, 15)),
        ("验收单已签好，财务12月10号前把验收款付掉。", date(2026, 12, 10)),
        ("Protocol signed today (24.11.2026). Thank you.", None),
        ("验收通过了，验收单12月1日寄出。", None),
    ],
)
def test_a_learned_acceptance_is_dated_by_its_paying_sentence(
    text: str, expected: date | None
) -> None:
    assert acceptance_day(text, SENT, SH) == expected
