"""Categories behind held-out sets Z, ZB and ZC's Chinese misreadings (zh, zh-Hant, Cantonese in
either script), each on a whole email (parse + classify), worded apart from the sets: other
trades (a seafood restaurant, a printing house, a Macau bakery, a cold store, a kindergarten...),
other people, other wording; each case failed on the code before its fix; the counter-cases are
guards that pass on both.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_reply_scope import read

DANGEROUS = [
    # an earlier "paid" taken back in Cantonese (滙咗, 話過咗數 … 原來), the new day kept
    (
        "唔好意思，之前講已經滙咗係會計搞錯咗，張單仲未簽，下個禮拜三之前畀。",
        "promise",
        date(2026, 12, 9),
    ),
    (
        "唔好意思，上次話過咗數，原來係過咗畀另一間海鮮供應商。今個禮拜五（4號）之前一定過。",
        "promise",
        date(2026, 12, 4),
    ),
    # a self-correction in voice input (不对不对) is no objection; Northeastern 指定给你整完
    (
        "付了吧好像是付了 不对不对 会计说还在走审批 这礼拜五之前指定给你整完",
        "promise",
        date(2026, 12, 4),
    ),
    # the money under way (在走), its arrival day told: not paid yet
    ("老板让我回你一下，钱已经在走了，出纳说周四能到。", "promise", date(2026, 12, 3)),
    # submitted to the treasury (已经报…财政), "about N working days": a promise of that day
    (
        "园里的支付申请已经报县财政了（国库集中支付），一般3个工作日左右到账。",
        "promise",
        date(2026, 12, 4),
    ),
    # a bank fee cut from the transfer, stated with its sum: partial, not paid in full
    ("尾款已於今日匯出，銀行扣了匯費新台幣450元，敬請見諒。", "partial_payment", None),
    ("冷库那笔款今天汇出去了，我们这边银行扣了手续费120元。", "partial_payment", None),
    # a share paid today named before the amount, the rest after our paper
    ("今日先支付进度款的一半36,500.00元，另一半待结算单盖章后支付。", "partial_payment", None),
    # spoken "no replacement, no money"; "the money's not to be mentioned" until fixed
    ("啥时候把那台打印机给换了 换了就给你结 不换不给", "dispute", None),
    ("空调又坏了三台 你们快派人来 修不好钱的事甭提", "dispute", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), DANGEROUS, ids=[b for b, *_ in DANGEROUS])
def test_dangerous_categories_of_sets_z(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


OTHER_CATEGORIES = [
    # a fix confirmed and the go-live said fine; spoken 认了 (accepted)
    ("排班的问题改好了，护士站这几天用下来都顺，上线没问题了。", "acceptance"),
    ("你们那套收银系统我们认了，尾款下礼拜走。", "acceptance"),
    # paid said, with a chat particle, a question after it, the bank's debit, or as rhetoric
    ("上週三已經匯了喔，麻煩你們查一下～", "paid"),
    ("錢轉了 你哋收到未", "paid"),
    ("王姐 前天转的那笔到了没 我这边手机银行显示已经扣款了", "paid"),
    ("款不是月初就打过了？你们财务再对一下。", "paid"),
    # an objection with its consequence: the acceptance sheet not signed, the job not closed,
    # a loss's bearer asked; an invoice (named in English) with the company's name wrong
    ("冷库温控只装了6路，合同是10路，验收单我们没法签字。", "dispute"),
    ("會員點數一直算錯，這樣我們沒辦法結案，請盡快修正。", "dispute"),
    ("冷柜温控失灵 坏了两百多斤海鲜 这个损失谁来承担", "dispute"),
    ("張invoice嘅公司名打錯咗，我哋係「和記餅家有限公司」，唔該改返。", "dispute"),
]


@pytest.mark.parametrize(("body", "kind"), OTHER_CATEGORIES, ids=[b for b, _ in OTHER_CATEGORIES])
def test_other_categories_of_sets_z(body: str, kind: str) -> None:
    assert read(body)[0] == kind


DATES_AND_REQUESTS = [
    # a day, then the cheque written (Cantonese)
    ("收到，老細下個禮拜二開支票寄過去。", "promise", date(2026, 12, 8)),
    # a slashed day before a payment verb is a date
    ("董事長同意付款，還是照原訂的 12/9 匯出。", "promise", date(2026, 12, 9)),
    # half a month more asked; a plea to defer (缓上一缓)
    ("最近工地回款慢，能不能再给我们半个月？", "more_time", date(2026, 12, 16)),
    ("你看钱的事能不能缓上一缓，开了春再说", "more_time", None),
    # northern 后儿 (the day after tomorrow), 明儿 turned down
    ("明儿不行，后儿给你们转。", "promise", date(2026, 12, 3)),
    # a time ahead, certainty, settled "for you" with 了
    ("加工费你放心 元旦前肯定给你结了", "promise", date(2026, 12, 31)),
    # a transfer returned for the payer's own slip, sent again: a promise, no bank question
    (
        "昨天那笔被银行退回来了，我们会计把户名打成了“某某股份公司”，明天重新转。",
        "promise",
        date(2026, 12, 2),
    ),
    # payments said crowded at year end: the season, not the day
    ("年底财政支付比较集中，申请已经提交，一般3个工作日内到账。", "promise", date(2026, 12, 4)),
    # in approval, a routine weekly pay day: no day for this payment
    ("付款申请目前在财务总监节点，审批通过后按每周三统一付款日支付。", "other", None),
    # no access to the accounts, handed on: no unreadable attachment
    ("催款邮件我这边看不了账，已经转给财务了。", "other", None),
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), DATES_AND_REQUESTS, ids=[b for b, *_ in DATES_AND_REQUESTS]
)
def test_dates_and_requests_of_sets_z(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


GUARDS = [
    # a paid claim not taken back stays paid
    ("上次話過咗數，你哋查下，係今朝過嘅。", "paid"),
    # money gone (走了), arriving Friday: paid
    ("钱已经打过去了，周五能到。", "paid"),
    # a fee borne by the payer is no cut
    ("尾款已于今日电汇，手续费由我方承担。", "paid"),
    # a doubled 不对 beside a real objection still objects
    ("发票金额不对，请重开。", "dispute"),
    # a feature tried and working, no verdict on the whole: a support follow-up
    ("库存同步今天试过，已经没有问题了，辛苦。", "other"),
    # an admitted mistake is no acceptance
    ("这个错我们认了，下周改好。", "other"),
    # 是不是…了？ asks whether it was paid
    ("顾总问余款是不是已经付过了？", "other"),
    ("钱付了吗？", "other"),
    # a day named for a payment still ahead stays
    ("审批通过后下周三付款。", "promise"),
]


@pytest.mark.parametrize(("body", "kind"), GUARDS, ids=[b for b, _ in GUARDS])
def test_counter_cases_stay(body: str, kind: str) -> None:
    assert read(body)[0] == kind
