"""The second reading (issue 12): a paid or dispute verdict the rest of the reply speaks
against is held and the PM asked; a plain one stands.

The sentences here are worded apart from every held-out set and the corpus: they test the
categories (a remainder, a payment ahead, a hedge, a hand-off, a request hidden behind
objection words, asking leave), not anyone's phrases.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from daemon.inbox.classify import CONFIDENT, classify
from daemon.inbox.parse import parse_message
from daemon.inbox.rulebook import rulebook
from daemon.inbox.second_reading import DOUBTED, doubt
from daemon.mail.doubt_texts import doubt_texts

PAID_DOUBTED = [
    # a remainder not itself paid -> a part
    ("已转账3万元，剩下的2万等年审结束后再付。", "已转账", "partial_payment", "remainder"),
    ("已打款一半，余下的部分下个月安排。", "已打款", "partial_payment", "remainder"),
    (
        "We transferred USD 5,000 today; the balance is due after the audit.",
        "transferred",
        "partial_payment",
        "remainder",
    ),
    (
        "Sent 60% this morning. The other half waits for the board.",
        "Sent",
        "partial_payment",
        "remainder",
    ),
    # a payment still ahead
    (
        "Paid the bulk already. We shall pay the retention once the warranty ends.",
        "Paid",
        "other",
        "ahead",
    ),
    ("货款付了12万，质保金质保期满后支付。", "付了", "partial_payment", "ahead"),
    ("款付好了，我们准备下周用承兑汇票支付运费。", "付好了", "other", "ahead"),
    # a hedge on the payment itself
    ("I think we paid this last week.", "paid", "other", "hedge"),
    ("好像上周已经转过去了", "转过去了", "other", "hedge"),
    # someone else asked to pay
    ("老板说让财务付这笔款，钱转了", "钱转了", "other", "someone_else"),
    ("I told our accountant to pay it on Monday, so it is paid.", "paid", "other", "someone_else"),
]


@pytest.mark.parametrize(("text", "evidence", "kind", "signal"), PAID_DOUBTED)
def test_a_paid_reading_with_a_counter_signal_is_doubted(
    text: str, evidence: str, kind: str, signal: str
) -> None:
    why = doubt("paid", [evidence], text, rulebook())
    assert why is not None and (why.kind, why.signal) == (kind, signal)
    assert why.words  # the PM is shown the words that raised it


PAID_STANDS = [
    ("已付，见回单", "已付"),
    ("We paid the invoice today, remittance attached.", "We paid"),
    # the rest itself paid: the last part, nothing follows
    ("余款已于昨日汇出，至此全部付清。", "已于昨日汇出"),
    ("The remaining USD 8,000 was wired this morning.", "wired"),
    ("The balance RM12,300 was transferred yesterday, slip attached.", "transferred"),
    # a hedge on the arrival, not on the payment
    ("已付款，应该明天到账。", "已付款"),
    ("钱昨天转的 跨行可能慢一点", "转的"),
    ("Paid yesterday; it may take two days to reach you, I think.", "Paid"),
    # the paid words are themselves about the rest: the rest is what was paid
    ("Good news: the balance is on its way to you.", "the balance is on its way"),
    # a document to follow is no payment ahead
    ("Paid on Friday, remittance to follow from our AP system.", "Paid"),
]


@pytest.mark.parametrize(("text", "evidence"), PAID_STANDS)
def test_a_plain_paid_reading_stands(text: str, evidence: str) -> None:
    assert doubt("paid", [evidence], text, rulebook()) is None


def test_a_dispute_hiding_a_request_for_missing_paper_is_that_request() -> None:
    text = "财务说没收到发票，没有发票不能付款，麻烦再寄一份。"
    why = doubt("dispute", ["不能付款"], text, rulebook())
    assert why is not None and (why.kind, why.signal) == ("resend_request", "request_kind")


def test_a_dispute_asking_more_time_is_held_as_more_time() -> None:
    text = "年底资金紧张，付款暂停，烦请再宽限两周。"
    why = doubt("dispute", ["付款暂停"], text, rulebook())
    assert why is not None and why.kind == "more_time"


def test_a_dispute_asking_leave_is_held_unsure() -> None:
    text = "Can we hold off the payment until next quarter? Cash is tight."
    why = doubt("dispute", ["hold off"], text, rulebook())
    assert why is not None and (why.kind, why.signal) == ("dispute", "asks_leave")


@pytest.mark.parametrize(
    "text",
    ["The payment is not processed yet, our CFO is travelling.", "公司内部的签批流程还没走完。"],
)
def test_a_dispute_that_is_only_the_clients_own_step_unfinished_is_held_as_other(
    text: str,
) -> None:
    evidence = "not processed" if text.startswith("The") else "还没走完"
    why = doubt("dispute", [evidence], text, rulebook())
    assert why is not None and (why.kind, why.signal) == ("other", "own_step")


DISPUTE_STANDS = [
    # the client's step unfinished, but about our work: an objection
    ("验收还没有完成，付款流程没法启动。", "验收还没有完成"),
    ("Payment is on hold, pending a fix of the outstanding issues.", "on hold"),
    ("验收没通过，我们不会付款。", "验收没通过"),
    # our paper named wrong and a new one asked for: an objection, as the corpus labels it
    ("发票抬头开错了，请重新开具，否则无法付款。", "发票抬头开错"),
    (
        "The invoice shows the wrong entity; please re-issue it, we cannot pay it as is.",
        "cannot pay it as is",
    ),
    # a delay told, not asked, beside an objection
    ("系统还有两个缺陷没改好，尾款大概要到明年了。", "缺陷没改好"),
    # a rhetorical question is no leave asked
    ("还没上线呢，付什么款？", "还没上线"),
]


@pytest.mark.parametrize(("text", "evidence"), DISPUTE_STANDS)
def test_a_plain_dispute_stands(text: str, evidence: str) -> None:
    assert doubt("dispute", [evidence], text, rulebook()) is None


PAID_DOUBTED_MORE = [
    # the client takes back an earlier "paid": the correction, then not paid
    ("上周回复说款已汇出，是我弄错了，那笔是别的合同的，这笔还没有付。", "已汇出", "corrected"),
    (
        "Correction to my note this morning: the transfer I said was sent is for another "
        "vendor. Yours has not been paid yet.",
        "was sent",
        "corrected",
    ),
    # the paid words are a hand-off to the client's own finance
    ("合同款的单子已提交财务处理，请等通知。", "已提交财务处理", "handed_on"),
    ("Approved and passed to our AP team for payment.", "passed to our AP team", "handed_on"),
]


@pytest.mark.parametrize(("text", "evidence", "signal"), PAID_DOUBTED_MORE)
def test_a_paid_reading_taken_back_or_handed_on_is_held_as_other(
    text: str, evidence: str, signal: str
) -> None:
    why = doubt("paid", [evidence], text, rulebook())
    assert why is not None and (why.kind, why.signal) == ("other", signal)


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        # a correction that ends in paid: the paid reading stands
        ("之前说还没付是我记错了，其实上周已经付了。", "已经付了"),
        ("Sorry, my mistake in the subject line. We paid on the 3rd.", "We paid"),
    ],
)
def test_a_correction_that_ends_in_paid_stands(text: str, evidence: str) -> None:
    assert doubt("paid", [evidence], text, rulebook()) is None


PROMISE_DOUBTED = [
    # payment waiting on a remedy of ours: a conditional refusal, held as a possible dispute
    ("打印模块老是卡死，你们工程师过来调好了我们就付款。", "dispute", "remedy_first"),
    ("报表导出还是乱码，整改完成后再支付第二期。", "dispute", "remedy_first"),
    (
        "The second instalment will be paid once the sync bug is fixed on our side.",
        "dispute",
        "remedy_first",
    ),
    (
        "We will settle the invoice on receipt of a credit note for the missing licences.",
        "dispute",
        "remedy_first",
    ),
    (
        "We'll pay the net amount after deducting the late-delivery penalty.",
        "dispute",
        "remedy_first",
    ),
    # payment waiting on our bank details being confirmed: a bank question
    (
        "Our treasury must verify the SWIFT code and the beneficiary name before the "
        "transfer goes out on Friday. Could you confirm them?",
        "bank_question",
        "bank_check",
    ),
    ("银行要求核实贵司开户行和联行号，请提供后我们周三付款。", "bank_question", "bank_check"),
]


@pytest.mark.parametrize(("text", "kind", "signal"), PROMISE_DOUBTED)
def test_a_promise_waiting_on_something_of_ours_is_held(text: str, kind: str, signal: str) -> None:
    why = doubt("promise", ["付"], text, rulebook())
    assert why is not None and (why.kind, why.signal) == (kind, signal)
    assert why.words


PROMISE_DOUBTED_MORE = [
    ("If the patch for the weighbridge is rolled out next week, we pay on the 20th.", "dispute"),
    ("We will release the balance once all eight kiosks are up and running.", "dispute"),
]


@pytest.mark.parametrize(("text", "kind"), PROMISE_DOUBTED_MORE)
def test_a_promise_on_a_condition_of_our_work_is_held(text: str, kind: str) -> None:
    why = doubt("promise", ["pay"], text, rulebook())
    assert why is not None and (why.kind, why.signal) == (kind, "remedy_first")


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (
            "resend_request",
            "付款系统里贵司收款行的名称和合同上的不一致，请确认准确的开户行和联行号。",
        ),
        ("resend_request", "Only your branch name was given, please send the SWIFT code too."),
        ("paid", "款已经用农商行网银转了，收款行下面有两个支行，该选哪一个？"),
    ],
)
def test_a_reading_that_checks_our_banks_codes_is_a_held_bank_question(
    kind: str, text: str
) -> None:
    why = doubt(kind, ["x"], text, rulebook())
    assert why is not None and (why.kind, why.signal) == ("bank_question", "bank_checked")


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        # our bank details asked again (a resend) or a guess about a returned payment
        ("resend_request", "请把贵司的开户行、账号再发一次，新来的出纳要建档。"),
        ("resend_request", "Could you resend your bank details incl. SWIFT on letterhead?"),
        ("paid", "上周就付了，是不是户名写错被退回了？您查一下。"),
    ],
)
def test_our_bank_details_asked_again_are_no_bank_check(kind: str, text: str) -> None:
    assert doubt(kind, ["x"], text, rulebook()) is None


def test_a_refusal_beside_a_plea_in_other_words_is_that_plea() -> None:
    text = "We cannot pay this month, our buyer is late. We ask you to postpone it to March."
    why = doubt("dispute", ["cannot pay"], text, rulebook())
    assert why is not None and why.kind == "more_time"


PROMISE_STANDS = [
    ("问题已经修好了，尾款我们下周二付。", "付"),
    ("The bug is fixed, thanks. We will pay on Friday.", "will pay"),
    ("验收合格后三十天内付款，我们按合同走。", "付款"),
    ("We will pay once the invoice is approved by our director.", "will pay"),
    # the client's own system, not our work
    ("We will pay once our payroll module is fixed after the upgrade.", "will pay"),
    ("Payment will go to your account ending 4411 next Tuesday.", "Payment will"),
    ("下周三付款，到账后请回复确认。", "付款"),
]


@pytest.mark.parametrize(("text", "evidence"), PROMISE_STANDS)
def test_a_plain_promise_stands(text: str, evidence: str) -> None:
    assert doubt("promise", [evidence], text, rulebook()) is None


@pytest.mark.parametrize(
    "text",
    [
        "We cannot release payment against a scanned invoice; please courier the original.",
        "没有盖章的纸质发票，财务没法付款。",
        "AP won't process it without our PO# on the invoice.",
    ],
)
def test_a_refusal_held_on_the_papers_form_is_a_request_for_it(text: str) -> None:
    evidence = {"W": "cannot release payment", "A": "won't process"}.get(text[0], "没法付款")
    why = doubt("dispute", [evidence], text, rulebook())
    assert why is not None and why.kind == "resend_request"


def test_a_refusal_on_a_paper_that_does_not_match_stays_a_dispute() -> None:
    text = "We cannot process the invoice, the PO number on it does not match our order."
    assert doubt("dispute", ["cannot process"], text, rulebook()) is None


def test_a_request_later_in_the_reply_is_still_seen() -> None:
    # the first request-like words only tell; a later sentence asks
    text = (
        "Finance needs the original invoice for the year-end file. Could you send the hard "
        "copy by courier? We cannot pay until it arrives."
    )
    why = doubt("dispute", ["cannot pay"], text, rulebook())
    assert why is not None and (why.kind, why.signal) == ("resend_request", "request_kind")


def test_a_first_part_promised_with_the_rest_after_acceptance_is_a_held_promise() -> None:
    text = "下周一先付30%，余款等终验合格后再付。"
    why = doubt("dispute", ["余款等终验合格后再付"], text, rulebook())
    assert why is not None and (why.kind, why.signal) == ("promise", "part_first")
    fixed_first = "下周一先付30%，余款等你们修好了再付。"
    assert doubt("dispute", ["余款等你们修好了再付"], fixed_first, rulebook()) is None


@pytest.mark.parametrize("kind", ["partial_payment", "other", "acceptance", "more_time"])
def test_only_paid_dispute_promise_and_resend_are_read_twice(kind: str) -> None:
    assert doubt(kind, ["付了"], "已转账3万元，剩下的2万下个月再付。", rulebook()) is None


def _mail(body: str) -> bytes:
    return (
        "From: a@client.cn\r\nTo: ar@example.cn\r\nSubject: Re: reminder\r\n"
        "In-Reply-To: <x@example.cn>\r\nMessage-ID: <y@client.cn>\r\n"
        "Date: Wed, 02 Dec 2026 10:00:00 +0800\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
    ).encode()


def test_classify_holds_a_doubted_paid_and_says_why() -> None:
    c = classify(
        parse_message(
            _mail("We have sent EUR 4,000 today. Remainder is pending the board approval.\n")
        )
    )
    assert c.kind == "partial_payment" and c.confidence == DOUBTED < CONFIDENT
    assert c.rule == "second-reading:paid:remainder"
    assert c.evidence[-1].startswith("remainder: ") and "Remainder is" in c.evidence[-1]
    assert c.amount == Decimal("4000")  # the client's claim, kept apart until the PM confirms


def test_a_held_part_names_the_amount_said_paid_not_a_date() -> None:
    text = "12月1日已转账3万元，剩下的2万等年审结束后再付。"
    why = doubt("paid", ["已转账"], text, rulebook())
    assert why is not None and why.amount == Decimal("30000")


def test_classify_leaves_a_plain_paid_confident() -> None:
    c = classify(parse_message(_mail("已付，见回单\n")))
    assert c.kind == "paid" and c.confident and not c.rule.startswith("second-reading")


def test_the_pm_is_told_the_suspicion_in_both_languages() -> None:
    en = doubt_texts("second-reading:paid:remainder", "remainder: the rest next year", "en")
    zh = doubt_texts("second-reading:paid:remainder", "remainder: 余下的明年付", "zh")
    assert en is not None and zh is not None
    assert en[0] == "looks like paid, but mentions a remainder"
    assert "“the rest next year”" in en[1] and "'paid AMOUNT'" in en[1]
    assert zh[0] == "看似已付款，不过提到还有余款" and "“余下的明年付”" in zh[1]
    dispute = doubt_texts("second-reading:dispute:asks_leave", "asks_leave: Can we wait?", "en")
    assert dispute is not None and "'dispute'" in dispute[1] and "'resume'" in dispute[1]
    assert doubt_texts("en-paid", "paid", "en") is None


def test_the_pm_hears_a_doubted_promise_in_both_languages() -> None:
    rule = "second-reading:promise:remedy_first"
    en = doubt_texts(rule, "remedy_first: will pay once it is fixed", "en")
    zh = doubt_texts(rule, "remedy_first: 修好再付", "zh")
    assert en is not None and zh is not None
    assert (
        en[0]
        == "looks like a promise to pay, but makes the payment wait on a fix or a credit of ours"
    )
    assert "'dispute'" in en[1] and "“will pay once it is fixed”" in en[1]
    assert zh[0] == "看似承诺付款，不过付款要等我们先整改、补救或出红字" and "dispute" in zh[1]
