"""The two dangerous readings that came back on every set written blind (W, X, Y), as categories,
each on a whole email (parse + classify), worded apart from the sets: other trades (a dairy, a
clinic, a depot, a school canteen...), other people, other wording, in zh, zh-Hant, Cantonese
and English. Every case of the first two lists failed on the code before the change.

1. Paid words whose payment is not done: a decision to pay (老板已经同意付款了, "the board
   has approved the payment"), paid words taken back (看错了, "scratch that") with the payment
   still ahead, another payment's day set against this one still unpaid, or a promise the
   rules read beside the paid words. The reading is held (a promise with its day when one is
   said, else other): never a confident or held ``paid``.
2. A defect word (common.yaml ``defect_only``) that is no objection with a consequence for the
   payment: a feature's name beside a good verdict (退款功能经测试已正常), a promise of
   payment in another sentence, a request for help with no payment named. Never ``dispute``.

The controls below them must not change: a payment made stays a confident ``paid``, an
objection stays a ``dispute``.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.inbox.rulebook import rulebook
from daemon.mail.doubt_texts import doubt_texts
from tests.test_reply_scope import read

NOT_DONE = [
    # a decision to pay: allowed, not made
    ("董事长已经批准支付了，出纳下周一安排打款。", "promise", date(2026, 12, 7)),
    ("老板已经同意付款了，财务这周五之前能转出去。", "other", None),
    ("领导已经签字同意付款，月底前会打过去。", "other", None),
    ("已經同意付款了，會計禮拜四前會匯出。", "other", None),
    ("已经跟财务说好了付款，下周一打过去。", "other", None),
    # the paid words taken back, the payment still ahead
    (
        "尾款已经付了…不对，我看错了，付的是另一家的，你们的尾款明天付。",
        "promise",
        date(2026, 12, 2),
    ),
    ("尾數已經俾咗…唔係，我睇錯，嗰筆係俾裝修佬嘅，你哋嗰筆聽日先過。", "other", None),
    (
        "I see a transfer went out on the 28th - sorry, scratch that, that was the landlord. "
        "Yours is booked for tomorrow's run.",
        "promise",
        date(2026, 12, 2),
    ),
    # another payment's day, this one said unpaid
    ("11月28号转的那笔是去年的质保金，这期进度款还没转。", "other", None),
    # a future in the paid words' own clause
    (
        "As soon as the director signs, the transfer will have been made the same day.",
        "other",
        None,
    ),
]


@pytest.mark.parametrize(("body", "kind", "day"), NOT_DONE, ids=[b[:30] for b, *_ in NOT_DONE])
def test_paid_words_of_a_payment_not_done_are_held_not_paid(
    body: str, kind: str, day: date | None
) -> None:
    assert read(body) == (kind, day, False)


NO_OBJECTION = [
    # a feature's name or a defect beside a good verdict, acceptance given
    ("退款和对账两个模块经过测试都已正常，我们确认验收。", "acceptance"),
    ("之前的质量问题已经全部整改完毕，复检合格，同意验收。", "acceptance"),
    ("验收合格。之前提的退款功能bug已修复，运行正常。", "acceptance"),
    ("退货流程的bug已修复，测试均正常，验收通过。", "acceptance"),
    (
        "The defects from last month are fixed and retested fine; we accept the delivery.",
        "acceptance",
    ),
    (
        "All defects were resolved and the final test passed; we hereby confirm acceptance.",
        "acceptance",
    ),
    # (read acceptance since session 17: "the re-inspection passed" is one; held, a defect named)
    (
        "Quality issues raised at the site visit are resolved and the re-inspection passed. "
        "Accepted.",
        "acceptance",
    ),
    # a promise of payment, the defect in another sentence with no payment named
    ("我们月底前付款。另外系统偶尔打不开，麻烦安排人看看。", "promise"),
    ("款下周三付。顺便说一下，打印模块有时候用不了，请远程看一下。", "promise"),
    ("下周五前会付清。另外，后台报表有时打不开，请帮忙看看。", "promise"),
    (
        "Payment will be made by Friday. Also, the app does not work offline at the depots - "
        "please prioritise.",
        "promise",
    ),
    (
        "Payment will follow on 18 December. By the way, the scanner app does not work on the "
        "night shift tablets, please check.",
        "promise",
    ),
    (
        "We will pay on the 22nd. Unrelated: the dashboard does not work in Firefox, could you "
        "look into it?",
        "promise",
    ),
    # a request for help, no payment named anywhere
    ("预约模块今天早上打不开，家属在等，能不能远程看一下，急", "other"),
    ("仓库那台扫码枪用不了了，麻烦派人来看看。", "other"),
    ("前台那台机器又用不了了，麻烦尽快来人看看。", "other"),
    ("The login page does not work on Safari, can you have someone look at it today?", "other"),
    ("The label printer does not work since Monday, could someone come and look?", "other"),
]


@pytest.mark.parametrize(("body", "kind"), NO_OBJECTION, ids=[b[:30] for b, _ in NO_OBJECTION])
def test_a_defect_word_with_no_consequence_for_the_payment_is_no_dispute(
    body: str, kind: str
) -> None:
    got, _day, confident = read(body)
    assert (got, confident) == (kind, False)


AHEAD_THEN = [
    # a time still ahead, then 就, before the 了: the 了 of a promise
    ("钱下周就打过去了。", None),
    ("款子下个礼拜就汇过去了，放心。", None),
]


@pytest.mark.parametrize(("body", "day"), AHEAD_THEN, ids=[b for b, _ in AHEAD_THEN])
def test_a_time_ahead_then_jiu_makes_paid_words_a_promise(body: str, day: date | None) -> None:
    assert read(body)[:2] == ("promise", day)


def test_a_promise_beside_a_defect_keeps_its_day() -> None:
    assert read("款下周三付。顺便说一下，打印模块有时候用不了，请远程看一下。")[1] == date(
        2026, 12, 9
    )


STILL_PAID = [
    "钱上周就打过去了。",
    "款我们下午就转了，你查一下。",
    "We paid on Monday and you will see it in your account by Wednesday.",
    "钱已经打过去了，11月30号打的，你们看看到账没有。",
    "已于上周五汇出，跨境汇款约需3-5个工作日到账。",
    "We have made the transfer yesterday, you should receive it in 2-3 days.",
    "款已付，回单我让会计发你。",
    "老板已经签字了 钱刚刚转出去 回单截图发你",
    "款付了，您查一下。上次说12月10号以前付，我们提前了。",
    "已付款，请下周五前发货。",
    "Payment sent today; please issue the receipt by Friday.",
    "錢琴日已經過咗數，你check下。",
    "钱已经转了，刚才看错了金额，是80,000不是8,000，没问题。",
]


@pytest.mark.parametrize("body", STILL_PAID)
def test_a_payment_made_stays_a_confident_paid(body: str) -> None:
    kind, _day, confident = read(body)
    assert (kind, confident) == ("paid", True)


STILL_DISPUTE = [
    "系统修复后还是用不了，尾款先不付。",
    "修好了又坏了，质量太差，余款暂缓。",
    "先把退款功能修好，修好了再付款。",
    "退款功能还没有修复，问题没解决之前不付款。",
    "The defects are still not fixed; payment is on hold until they are.",
    "We will not pay until the defects are fixed.",
    "你们的系统三天两头出问题，我们很不满意。",
    "系統仍然無法正常使用，餘款暫緩支付。",
]


@pytest.mark.parametrize("body", STILL_DISPUTE)
def test_an_objection_stays_a_dispute(body: str) -> None:
    assert read(body)[0] == "dispute"


def test_the_defect_only_rules_are_dispute_rules_of_the_rulebook() -> None:
    book = rulebook()
    kinds = {r.name: r.kind for r in book.rules}
    assert book.defect_only
    assert {kinds[name] for name in book.defect_only} == {"dispute"}


NEW_SIGNALS = [
    ("paid", "promised"),
    ("paid", "decided"),
    ("paid", "future"),
    ("paid", "not_paid"),
    ("dispute", "good_verdict"),
    ("dispute", "promised_anyway"),
    ("dispute", "help_asked"),
]


@pytest.mark.parametrize(("read_as", "signal"), NEW_SIGNALS)
@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_pm_is_told_the_suspicion_in_words(read_as: str, signal: str, language: str) -> None:
    texts = doubt_texts(f"second-reading:{read_as}:{signal}", "x", language)
    assert texts is not None and signal not in texts[0]
