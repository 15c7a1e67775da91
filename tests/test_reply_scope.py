"""Issue 12's structural categories, each on a whole email (parse + classify), written apart
from the corpus: tense from the dates beside the words, payment made to wait for something
we must do (a conditional refusal), A-not-A questions that are not negations, more date
forms, and quote headers clients write in other ways.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date
from email.mime.text import MIMEText
from zoneinfo import ZoneInfo

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from tests.test_parse import add_headers, text_mail

SENT = "Tue, 01 Dec 2026 10:00:00 +0800"


def read(body: str) -> tuple[str, date | None, bool]:
    result = classify(parse_message(text_mail(body, Date=SENT)), known_sender=True)
    return result.kind, result.promised_date, result.confident


TENSE = [
    # a forward-only time word before 了 makes it a promise, not a payment made
    ("元旦前把款付了。", "promise", date(2026, 12, 31)),
    ("好的，下周五前就把钱转了。", "promise", date(2026, 12, 11)),
    # a past day beside a promise's words: the payment was made (the PM confirms it)
    ("11月30号付的，你们查查。", "paid", None),
    ("钱在11月27号汇出的。", "paid", None),
    ("昨天下午转的，麻烦查一下。", "paid", None),
    # ... but not a plan that is now late
    ("原定11月30日付款，现在财务还在走流程。", "promise", None),
    # a bare weekday beside a past tense is the last one
    ("钱我们周一就转过去了。", "paid", None),
    ("We paid it last Friday, please check your account.", "paid", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), TENSE, ids=[b for b, _, _ in TENSE])
def test_tense_comes_from_the_dates_beside_the_words(body: str, kind: str, day: date) -> None:
    got_kind, got_day, _ = read(body)
    assert (got_kind, got_day) == (kind, day)


def test_a_past_dated_promise_read_as_paid_is_held_for_the_pm() -> None:
    assert read("11月30日付款，请查收。") == ("paid", None, False)


REMEDY = [
    ("问题修复后我们再付款。", "dispute"),
    ("你们先把发票改过来，我们再付。", "dispute"),
    ("等你们把验收报告补齐了再说付款的事。", "dispute"),
    ("付款前需要你们先把问题修好。", "dispute"),
    ("問題修復後我們再付款。", "dispute"),
    ("We will pay once the bugs are fixed.", "dispute"),
    ("Once the invoice is reissued, we will pay.", "dispute"),
    ("Unless the invoice is corrected, we cannot process it.", "dispute"),
    ("Payment is being held pending resolution of the outstanding issues.", "dispute"),
    ("We cannot approve this invoice because the deliverables were rejected.", "dispute"),
    ("The work was never completed, so no payment is due.", "dispute"),
    ("我们没有收到你们的货，怎么付款？", "dispute"),
    ("东西还没到，付什么款？", "dispute"),
    # waiting for their own step is a promise, not an objection
    ("领导回来后再安排付款。", "promise"),
    ("审批完成后再付款。", "promise"),
    ("We will pay once the CFO signs off.", "promise"),
    ("We will pay once our approval process is completed.", "promise"),
    ("我们还没收到发票，麻烦再发一份。", "resend_request"),
]


@pytest.mark.parametrize(("body", "kind"), REMEDY, ids=[b for b, _ in REMEDY])
def test_payment_waiting_for_our_fix_is_a_dispute(body: str, kind: str) -> None:
    assert read(body)[0] == kind


WORDINGS = [
    ("能不能下个月再付？最近资金比较紧张。", "more_time"),
    ("可唔可以遲啲先俾錢？", "more_time"),  # 可唔可以 asks; it does not negate
    ("Would it be OK if we paid in January instead?", "more_time"),
    ("Yes, already paid.", "paid"),
    ("钱上周五就到你们账上了。", "paid"),
    ("款子早打过去了。", "paid"),
    ("Our finance team will look into it and pay shortly.", "promise"),
    ("I'll make sure it's paid this Friday.", "promise"),
]


@pytest.mark.parametrize(("body", "kind"), WORDINGS, ids=[b for b, _ in WORDINGS])
def test_more_wordings_of_each_kind(body: str, kind: str) -> None:
    assert read(body)[0] == kind


DATES = [
    ("We'll pay mid-December.", date(2026, 12, 15)),
    ("我们十二月中旬付款。", date(2026, 12, 15)),
    ("明年1月中付款。", date(2027, 1, 15)),
    ("本月内付清。", date(2026, 12, 31)),
    ("年内付清。", date(2026, 12, 31)),
    ("We'll pay before year end.", date(2026, 12, 31)),
    ("We'll pay by the 18th.", date(2026, 12, 18)),
    ("Payment goes out Monday.", date(2026, 12, 7)),
]


@pytest.mark.parametrize(("body", "day"), DATES, ids=[b for b, _ in DATES])
def test_more_date_forms(body: str, day: date) -> None:
    assert read(body)[:2] == ("promise", day)


REMINDER = "请于12月5日前付款，如有异议请回复。If you dispute it, reply."
QUOTES = {
    "fullwidth-wrote": f"好的\n\n王磊\nOn 11/30/2026 15:12，王磊<w@x.cn> wrote：\n{REMINDER}",
    "dashed-original": f"好的\n\n--- 原邮件 ---\n发件人: 王磊 <w@x.cn>\n{REMINDER}",
    "dashed-forward": f"好的\n\n-------- 转发邮件信息 --------\n发件人：王磊 <w@x.cn>\n{REMINDER}",
    "outlook-zh-tw": (
        "好的\n\n寄件者: 王小明 <w@x.tw>\n傳送時間: 2026年11月30日 下午 03:12\n"
        f"收件者: 林 <l@y.tw>\n主旨: 付款提醒\n{REMINDER}"
    ),
    "apple-zh-tw": f"好的\n\n於 2026年11月30日 下午3:12，王小明 <w@x.tw> 寫道：\n\n{REMINDER}",
}


@pytest.mark.parametrize("style", sorted(QUOTES))
def test_quoted_reminder_does_not_decide(style: str) -> None:
    result = classify(parse_message(text_mail(QUOTES[style], Date=SENT)))
    assert (result.kind, result.text_considered.splitlines()[0]) == ("other", "好的")


HTML_QUOTES = {
    "mail-master-card": (
        '<div>好的</div><div class="ntes-mailmaster-quote"><table><tr><td>发件人</td>'
        "<td>李四&lt;lisi@example.cn&gt;</td></tr><tr><td>发送日期</td><td>2026年01月05日 10:30"
        f"</td></tr></table><div>{REMINDER}</div></div>"
    ),
    "139-reply-split": f'<div>好的</div><hr id="replySplit"><div>{REMINDER}</div>',
    "sina-origbody": (
        f'<div>好的</div><div id="origbody"><div>发件人：李四</div><div>{REMINDER}</div></div>'
    ),
    "qq-app": f'<div>好的</div><div id="original-content"><div>{REMINDER}</div></div>',
    "new-outlook": (
        '<div>好的</div><div id="mail-editor-reference-message-container">'
        f"<div>{REMINDER}</div></div>"
    ),
    "qq-new-web": (
        "<div>好的</div><article><div>Original</div><hr><table><tr><td>From:李四</td></tr>"
        f"<tr><td>Sent Time: 2026年1月5日</td></tr></table></article><div>{REMINDER}</div>"
    ),
}


@pytest.mark.parametrize("style", sorted(HTML_QUOTES))
def test_html_quote_boxes_do_not_decide(style: str) -> None:
    raw = add_headers(MIMEText(HTML_QUOTES[style], "html", "utf-8"), Date=SENT).as_bytes()
    result = classify(parse_message(raw))
    assert (result.kind, result.text_considered.splitlines()[0]) == ("other", "好的")


def test_words_below_an_html_quote_box_are_kept() -> None:
    html = f'<div class="gmail_quote"><blockquote>{REMINDER}</blockquote></div><div>已付款</div>'
    raw = add_headers(MIMEText(html, "html", "utf-8"), Date=SENT).as_bytes()
    assert classify(parse_message(raw)).kind == "paid"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("已付款，不过有个问题：发票上少写了一个项目。", "paid"),
        ("We will pay on Friday, but we have some concerns about the hours billed.", "promise"),
    ],
)
def test_an_objection_beside_a_confident_reading_holds_it_for_the_pm(body: str, kind: str) -> None:
    got_kind, _, confident = read(body)
    assert (got_kind, confident) == (kind, False)


# Categories behind held-out set C's misreadings (HELDOUT.md), in other words than the set's.
SET_C_CATEGORIES = [
    ("早就转了，别再催了！", "paid", None),  # irritated "stop chasing" beside paid: still paid
    ("只转了一半，剩下的下周安排。", "partial_payment", None),
    ("我们付了2万，其余月底前付清。", "partial_payment", None),
    ("本次先行支付人民币叁万元整，回单附后，余款下月结清。", "partial_payment", None),
    ("聽講你哋換咗戶口，係咪真㗎？", "bank_question", None),  # 換咗 is a change, not paid
    ("为什么收款人是个人，不是贵司？", "bank_question", None),
    ("开的是普票，我们需要专票，换成专票再付款。", "dispute", None),
    ("付款申请已经提交了，在审批中。", "other", None),  # no day, no commitment: ask the PM
    ("明天给你们打过去。", "promise", date(2026, 12, 2)),
    ("月底前。", "promise", date(2026, 12, 31)),
    ("最近资金紧张，但下周五前一定付。", "promise", date(2026, 12, 11)),
    ("The wire went through yesterday.", "paid", None),
    ("It'll be with you by Friday.", "promise", date(2026, 12, 4)),
    ("We'll pay by EOW.", "promise", date(2026, 12, 4)),
    ("We'd like to request a 60-day extension.", "more_time", None),
    ("Cash flow is tight, but we will pay by Friday.", "promise", date(2026, 12, 4)),
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), SET_C_CATEGORIES, ids=[b for b, _, _ in SET_C_CATEGORIES]
)
def test_set_c_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


def test_stop_chasing_beside_paid_is_held() -> None:
    assert read("早就转了，别再催了！") == ("paid", None, False)


# Categories behind held-out set D's misreadings (HELDOUT.md), in other words than the set's.
SET_D_CATEGORIES = [
    ("第一期5万已付，第二期5万下月付。", "partial_payment", None),
    ("We paid 8,000; the 1,000 shortfall is bank charges.", "partial_payment", None),
    ("按合同是上线后60天付款，还没到账期。", "dispute", None),
    ("付款的前提是验收报告签字，报告还没签呢。", "dispute", None),
    ("还没有安排付款。", "other", None),  # a Traditional rule, a Simplified negation
    ("以转账，请查收。", "paid", None),  # 以 typed for 已
    ("已经 transferred 了，请查一下。", "paid", None),
    ("OK 我们 next Friday 安排付款。", "promise", date(2026, 12, 11)),
    ("五天后付款。", "promise", date(2026, 12, 6)),
    ("半个月内付清。", "promise", date(2026, 12, 16)),
    ("能不能再给我们十天？", "more_time", date(2026, 12, 11)),
    ("月尾前會付。", "promise", date(2026, 12, 31)),
    ("发票多开了一个月的服务费。", "dispute", None),
    ("发票抬头漏了“科技”两个字，没法入账。", "dispute", None),
    ("东西做成这样，还好意思催款？", "dispute", None),
    ("两封邮件里的账户有出入，以哪个为准？", "bank_question", None),
    ("you're bank account has moved to HSBC? 你哋戶口換咗去滙豐？", "bank_question", None),
    ("Did you get the wire we sent on the 20th?", "paid", None),  # past: not a promise
    ("we payed last Thursday", "paid", None),
    ("We'll get it paid by Dec 18.", "promise", date(2026, 12, 18)),
    ("Paying this Friday.", "promise", date(2026, 12, 4)),
    ("Not paid yet - it's in our next payment run on the 10th.", "promise", date(2026, 12, 10)),
    ("Could you give us until the end of January?", "more_time", date(2027, 1, 31)),
    ("The rollout failed, so we are not paying this month.", "dispute", None),
    ("UAT was successful; please consider this our formal acceptance.", "acceptance", None),
    ("Will pay by thrusday.", "promise", date(2026, 12, 3)),
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), SET_D_CATEGORIES, ids=[b for b, _, _ in SET_D_CATEGORIES]
)
def test_set_d_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


# A fresh batch written after set D, measured before these fixes (22/30 right): each line is
# a category that was still missing, in its own words.
FRESH = [
    # 春节前 is the Lunar New Year's eve (a holiday's 前 is its eve: labels.yaml), 2027-02-05
    ("实在不好意思，这笔款能不能等到春节前再结？", "more_time", date(2027, 2, 5)),
    ("已经安排财务付款了，今天上午到账的，麻烦确认一下。", "paid", None),
    ("我们这边还没收到纸质发票，麻烦寄一下。", "resend_request", None),
    ("錢已經匯到貴公司的玉山銀行帳戶，請查收。", "paid", None),
    ("本公司付款日為每月15日，屆時將為您安排。", "promise", date(2026, 12, 15)),
    ("Before we can pay, we need the missing test reports.", "dispute", None),
    ("Your invoice shows a different IBAN from last time. Which is right?", "bank_question", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), FRESH, ids=[b for b, _, _ in FRESH])
def test_fresh_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


# Categories behind held-out set E's English misreadings (HELDOUT.md), in other words than
# the set's: payment waiting for our fix or a corrected invoice, bank charges netted off or a
# retention beside a paid amount, paperwork that is no objection, terse and passive wordings.
SET_E_EN_CATEGORIES = [
    ("Funds go out once the patch is live and we have tested it.", "dispute", None),
    ("We'll settle as soon as the hotfix has been applied and confirmed.", "dispute", None),
    ("It won't be paid until we get a proper tax invoice.", "dispute", None),
    ("Under clause 9 the fee is due after handover; handover has not happened.", "dispute", None),
    ("We regard this reminder as unwarranted.", "dispute", None),
    ("We transferred USD 9,960 today, less the intermediary bank fee.", "partial_payment", None),
    ("Paid EUR 27,000 today; 10% is retained under clause 12.", "partial_payment", None),
    ("Sent via ACH yesterday, it should land by Friday.", "paid", None),
    ("Wired already, please confirm.", "paid", None),
    ("The balance will be settled after our month-end close.", "promise", None),
    ("We'll get the money out by 12/18.", "promise", date(2026, 12, 18)),
    ("Lined up for the end of the month.", "promise", date(2026, 12, 31)),
    ("Our next possible pay run is early February.", "promise", date(2027, 2, 5)),
    ("Could you agree to a new payment deadline of 15 March 2027?", "more_time", date(2027, 3, 15)),
    ("We'd like to pay this in 4 quarterly payments.", "more_time", None),
    ("Completion certificate attached, signed by our project director.", "acceptance", None),
    ("Is that actually your account? The name looks like a person's.", "bank_question", None),
    ("Should go out Tuesday week.", "promise", date(2026, 12, 8)),
    ("Will transfer tmrw", "promise", date(2026, 12, 2)),
    ("We'll pay on the twelfth.", "promise", date(2026, 12, 12)),
    ("We will pay within 10 business days of approval by our board.", "promise", None),
    ("验收签字后十个工作日内付款。", "promise", None),
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), SET_E_EN_CATEGORIES, ids=[b for b, _, _ in SET_E_EN_CATEGORIES]
)
def test_set_e_english_and_date_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


NO_RULE_OTHER = [
    "Before we can process payment we need a signed W-9 from you.",
    "下周三开会定这批付款，定了告诉你。",  # a meeting that decides is not a promise
    "系统里显示：已审批，待支付，具体付款日以资金计划为准。",  # approved, no day given
]
"""Replies no rule reads, ``other`` for the rules. The learned fallback (trained, not
written) may guess a promise for these today: a held guess, the PM asked as for ``other``
(tests/test_learned_fallback.py, ``test_a_guess_on_a_reply_no_rule_reads_is_held``)."""


@pytest.mark.parametrize("body", NO_RULE_OTHER)
def test_no_rule_reads_a_request_for_a_form_or_a_meeting_that_decides(body: str) -> None:
    mail = parse_message(text_mail(body, Date=SENT))
    result = classify(mail, known_sender=True, learned=False)
    assert (result.kind, result.rule) == ("other", "no-rule")


@pytest.mark.parametrize(
    ("body", "zone"),
    [("貨款已於12/2匯出，請查收。", "Asia/Taipei"), ("Wire sent on 12/2.", "America/Denver")],
)
def test_a_month_first_sender_s_past_slash_date_stays_past(body: str, zone: str) -> None:
    # Written on 3 December: 12/2 is 2 December there, not 12 February (a promise).
    mail = parse_message(text_mail(body, Date="Thu, 03 Dec 2026 22:00:00 +0800"))
    result = classify(mail, tz=ZoneInfo(zone), known_sender=True)
    assert (result.kind, result.promised_date) == ("paid", None)


# Categories behind held-out set F's English misreadings (HELDOUT.md), in other words than
# the set's: charges left to us or "the balance … will be paid" beside a paid amount,
# non-native and chat wordings, objections said as discomfort or a fix asked first.
SET_F_EN_CATEGORIES = [
    (
        "We remitted SGD 7,975 today; the TT charges of SGD 25.00 are for your account.",
        "partial_payment",
        None,
    ),
    (
        "We paid EUR 3,000 now; the remaining will be settled after delivery.",
        "partial_payment",
        None,
    ),
    (
        "Paid USD 2,500 today, the balance USD 2,500 will be paid in January.",
        "partial_payment",
        None,
    ),
    ("Transferred oredi, pls check.", "paid", None),
    ("Invoice status: settled", "paid", None),
    ("We made the bank transfer on Monday, it should reach you this week.", "paid", None),
    ("The transfer will be done by end of next week.", "promise", date(2026, 12, 11)),
    ("I will make the wire on friday", "promise", date(2026, 12, 4)),
    ("Cheque will be available for pick-up on Thursday, 12/10.", "promise", date(2026, 12, 10)),
    ("Could you wait until February for this one?", "more_time", None),
    ("Please allow us more time, our budget opens in April.", "more_time", None),
    ("Can we pay in three times? It is hard for us this quarter.", "more_time", None),
    ("We are not happy to pay the last milestone while the export still fails.", "dispute", None),
    (
        "The dashboard does not meet the requirements; please fix them before we pay.",
        "dispute",
        None,
    ),
    ("Our expense claim was rejected because the invoice has the wrong date.", "dispute", None),
    ("Before finance can release this we need the open defects closed.", "dispute", None),
    ("Testing done on our side - treat milestone 2 as accepted.", "acceptance", None),
    ("We need your SWIFT code and the address of your bank branch.", "bank_question", None),
    ("We will pay next week.", "promise", None),  # next week names no day (labels.yaml)
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), SET_F_EN_CATEGORIES, ids=[b for b, _, _ in SET_F_EN_CATEGORIES]
)
def test_set_f_english_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


# A fresh English batch written after sets E and F were fixed (16/30 right before these
# fixes): each line a category still missing, in its own words.
FRESH_EN = [
    ("Just checked with accounts, it's been paid.", "paid", None),
    ("We've put it through today, should clear in 3-5 working days.", "paid", None),
    ("We've only been able to pay 60% for now.", "partial_payment", None),
    ("I'll get accounts to push it through by the end of the week.", "promise", date(2026, 12, 4)),
    ("We'll square this up on the 20th.", "promise", date(2026, 12, 20)),
    ("We haven't paid yet, sorry - will do so by Friday.", "promise", date(2026, 12, 4)),
    ("Our cheque run is every other Thursday; you're on the next one.", "promise", None),
    ("Could we push the due date back by a fortnight?", "more_time", None),
    (
        "Any flexibility on the deadline? We'd need until mid-January.",
        "more_time",
        date(2027, 1, 15),
    ),
    ("Happy to confirm the installation is complete and accepted.", "acceptance", None),
    ("Sign-off attached - great job from the team.", "acceptance", None),
    ("Who is the beneficiary? It doesn't match your company name.", "bank_question", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), FRESH_EN, ids=[b for b, _, _ in FRESH_EN])
def test_fresh_english_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


# A second fresh English batch (17/25 right before these fixes; one dangerous: a paid read
# in "once we've paid").
FRESH_EN_2 = [
    ("We'll let you know once we've paid.", "other", None),
    ("Please bear with us; we will confirm when it has been paid.", "other", None),
    ("The amount has been debited from our account today.", "paid", None),
    (
        "Half of it went out today, the other half goes out with the January run.",
        "partial_payment",
        None,
    ),
    (
        "We've sent across 30k; balance once we get the signed delivery note.",
        "partial_payment",
        None,
    ),
    (
        "We'll pay when our investor's funds land, hopefully mid-month.",
        "promise",
        date(2026, 12, 15),
    ),
    ("The hours on this invoice are way more than we approved.", "dispute", None),
    (
        "We've raised this with legal; please do not contact our finance team directly.",
        "dispute",
        None,
    ),
    ("The delivery was short by 20 units, so we'll only pay for what arrived.", "dispute", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), FRESH_EN_2, ids=[b for b, _, _ in FRESH_EN_2])
def test_second_fresh_english_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)
