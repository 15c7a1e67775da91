"""Categories behind the held-out sets' Chinese misreadings (tests/data/replies/HELDOUT.md),
each on a whole email (parse + classify), worded apart from the sets: other trades, other
people, other wording. Split from test_reply_scope.py, which holds the older categories.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from tests.test_parse import text_mail
from tests.test_reply_scope import SENT, read

# Categories behind held-out set E's Chinese misreadings (HELDOUT.md), worded apart from the
# set (other trades: printing, freight, maintenance, design, fit-out).
SET_E_CATEGORIES = [
    # a hedge or a check with finance: not a paid (the PM is asked)
    ("印象中上周财务就打过了，我再跟财务确认下。", "other", None),
    ("好似已經俾咗，我問下老闆先。", "other", None),
    # a hand-off to someone else is not a payment
    ("这笔运费已转交集团财务共享中心支付，请联系他们。", "other", None),
    ("我fw咗俾老闆審批，佢返嚟再覆你。", "other", None),
    # scheduled into a payment batch or run: a promise; a pause with its end said likewise
    ("这笔印刷费已列入下周四的付款批次。", "promise", date(2026, 12, 10)),
    ("集团年底关账，12月暂停对外支付，1月中旬恢复。", "promise", date(2027, 1, 15)),
    ("維修費呢排暫停支付，聖誕後恢復。", "promise", None),
    # not yet due, reduced by audit, blocked until our fix: objections
    ("维保期自上线之日起一年，维保期还没满。", "dispute", None),
    ("保養期仲未過，到期先俾。", "dispute", None),
    ("结算审核后审减了8万，尾款按审减后的金额付。", "dispute", None),
    ("漏水没处理好之前，这笔钱出不了。", "dispute", None),
    ("配件送齐了我们再结尾款。", "dispute", None),
    ("啲貨仲有好多問題，暫時唔會過數住。", "dispute", None),
    ("墙都没刷完就来要钱？", "dispute", None),
    # a paid part and a withheld or later part: partial
    ("这次付货款的60%，即9万元，余下40%到货验收后付。", "partial_payment", None),
    # questions about our account's routing or records: the PM answers
    ("麻烦告知贵司开户支行的联行号，我们网银要填。", "bank_question", None),
    ("我们供应商库里登记的是工行账户，和你们邮件里的不一样，以哪个为准？", "bank_question", None),
    ("貴司有冇香港嘅戶口？", "bank_question", None),
    # more wordings of paid, acceptance, more time, resend, promise
    ("运费已于今天经建行付出。", "paid", None),
    ("張支票今日寄咗出去。", "paid", None),
    ("主体结构验收已于上周四通过。", "acceptance", None),
    ("用户验收测试已经通过了。", "acceptance", None),
    ("款子想推到清明以后再付，请谅解。", "more_time", None),
    ("区里的资金还没拨下来，请再耐心等等。", "more_time", None),
    ("麻烦再send一份invoice给我们财务。", "resend_request", None),
    ("春节后给您结。", "promise", None),
    ("放心，下礼拜肯定给。", "promise", None),
    ("下個禮拜五之前會俾埋。", "promise", date(2026, 12, 11)),
    ("过两天就给你办。", "promise", None),
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), SET_E_CATEGORIES, ids=[b for b, _, _ in SET_E_CATEGORIES]
)
def test_set_e_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


def test_a_paid_part_beside_an_objection_to_the_withheld_part_is_held_with_its_amount() -> None:
    result = classify(
        parse_message(text_mail("已付设计费12万元，另3万元因施工图未交暂扣。", Date=SENT)),
        known_sender=True,
    )
    assert (result.kind, result.amount, result.confident) == ("partial_payment", 120_000, False)


def test_an_unsure_paid_keeps_what_it_heard_for_the_pm() -> None:
    result = classify(parse_message(text_mail("我记得已经转过去了，我去问问。", Date=SENT)))
    assert (result.kind, result.confident) == ("other", False)
    assert any("转过去了" in e for e in result.evidence)


# Categories behind held-out set F's Chinese misreadings (HELDOUT.md), worded apart from the
# set (a cleaning firm, a caterer, a fit-out crew, a kindergarten, a Hong Kong printer).
SET_F_CATEGORIES = [
    # phone-typed chat: a space between Chinese words ends a clause; slang amounts (2w)
    ("汇了汇了 你查查", "paid", None),
    ("先转了2w 余下的月底", "partial_payment", None),
    ("钱周五能到 放心", "promise", date(2026, 12, 4)),
    ("还没转 最近太忙 今晚弄", "promise", None),
    ("这批货款收回来了就给你转", "promise", None),
    ("这季度的费用照常付，放心。", "promise", None),
    ("资金还没到位 请再耐心等等 拜托", "more_time", None),
    # objections worded as a precondition on our fix, a condition, a demand, a deduction
    ("屏幕闪退没解决之前钱不会转的", "dispute", None),
    ("要是月底前能把漏水修好，月底就付", "dispute", None),
    ("请先提供施工日志和签证单，我们核对后再付款。", "dispute", None),
    ("本季度保洁费已付18,000元，余下2,000元按合同扣减考核扣款。", "dispute", None),
    # a law firm's name in the signature is no legal threat
    ("服务费已于11月27日支付，请查收。\n\n北京某某律师事务所 行政部", "paid", None),
    # an application handed in is not a payment; a meeting that decides is not a promise
    # (下周三开会定这批付款: test_reply_scope.NO_RULE_OTHER)
    ("上周已经把付款申请交上去了，财务说12月15日前付。", "promise", date(2026, 12, 15)),
    ("报销单已经递到处长那了，批下来就付，具体哪天不好说。", "other", None),
    ("10月8日已经预付过了，请核对。", "paid", None),
    # bank questions without the usual words
    ("我们系统里记录的贵司账号尾号是5678，和发票上的不一样，以哪个为准？", "bank_question", None),
    ("业务员说可以直接转他个人微信，可以吗？", "bank_question", None),
    ("请问贵司开户行的SWIFT代码？我们银行要中转行信息。", "bank_question", None),
    # acceptance, a document to mail, a partial payment in another currency
    ("设备试用一个月没问题，可以验收了。", "acceptance", None),
    ("报账还需要贵司的合同原件，请邮寄一份到财务室。", "resend_request", None),
    ("已先付港幣8,000元，餘數月底前付清。", "partial_payment", None),
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), SET_F_CATEGORIES, ids=[b for b, _, _ in SET_F_CATEGORIES]
)
def test_set_f_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


REMINDER = "如已付款请回复付款日期；如尚未付款请告知预计付款时间。"
OUR_HEADER = "发件人：应收 <ar@example.cn>\n发送时间：2026年11月30日 9:00\n收件人：张总\n主题：提醒"


def test_a_forward_below_words_that_point_at_it_is_the_answer() -> None:
    body = (
        "出纳的答复你看下\n\n-------- 转发的邮件 --------\n发件人：出纳 <cn@x.cn>\n"
        "日期：2026年12月1日\n收件人：张总\n主题：货款\n\n张总，这笔货款下周四转。\n\n"
        f"发自我的iPhone\n\n-------- 原始邮件 --------\n{OUR_HEADER}\n\n{REMINDER}"
    )
    result = classify(parse_message(text_mail(body, Date=SENT)))
    assert (result.kind, result.promised_date) == ("promise", date(2026, 12, 10))
    assert result.rule.startswith("forwarded:")


def test_a_pointer_above_only_our_reminder_reads_nothing_from_it() -> None:
    body = f"见下面\n\n{OUR_HEADER}\n\n已付款的请忽略本邮件。{REMINDER}"
    assert classify(parse_message(text_mail(body, Date=SENT))).kind == "other"


def test_an_answer_written_inline_in_our_quote_is_read_under_a_pointer() -> None:
    body = f"答复写在下面了\n\n{OUR_HEADER}\n\n{REMINDER}\n【上周五已从工行转出，回单稍后补发】"
    result = classify(parse_message(text_mail(body, Date=SENT)))
    assert (result.kind, result.rule) == ("paid", "forwarded:zh-paid")


HEDGE_SCOPE = [
    # a hand-off or a check elsewhere in the reply does not undo a plain paid
    ("我们已付款。发票转给财务了。", "paid", None),
    ("已付款，我确认一下发票地址再寄", "paid", None),
    ("钱已经转过去了，你们核实一下", "paid", None),
    # ... but a hedge on the payment itself does
    ("我记得上个月付过了，我问下出纳", "other", None),
    ("好似俾咗喇，我check下先", "other", None),
    # a hand-off with a day the other party pays by is a promise
    ("付款申请已经移交财务部，他们会在本月底前支付。", "promise", date(2026, 12, 31)),
]


@pytest.mark.parametrize(("body", "kind", "day"), HEDGE_SCOPE, ids=[b for b, _, _ in HEDGE_SCOPE])
def test_a_hedge_or_hand_off_undoes_only_the_payment_it_speaks_of(
    body: str, kind: str, day: date | None
) -> None:
    assert read(body)[:2] == (kind, day)


# A fresh batch written after sets E and F were fixed (19/25 right before these fixes): each
# line is a category that was still missing, in its own words.
FRESH_ZH = [
    ("款子昨儿个就打了 你查查", "paid", None),
    ("我们先付一半，另一半等你们把培训做完。", "dispute", None),  # the rest waits for our work
    ("不好意思哈 这两天忙 周五前一定转", "promise", date(2026, 12, 4)),
    ("請問你哋收唔收到張支票？上星期已經寄出咗。", "paid", None),
    ("呢筆數我哋下個月先可以找。", "promise", None),
    ("实在抱歉，这个月周转不开，能不能缓到下个月十号？", "more_time", date(2027, 1, 10)),
]


@pytest.mark.parametrize(("body", "kind", "day"), FRESH_ZH, ids=[b for b, _, _ in FRESH_ZH])
def test_fresh_zh_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


REASONS = [
    # a time inside a reason clause (因年底…) is not the day asked for or promised
    ("因月底结账资金紧，能否分两期付？", "more_time", None),
    ("因月底要结账，我们12月28日前付。", "promise", date(2026, 12, 28)),
]


@pytest.mark.parametrize(("body", "kind", "day"), REASONS, ids=[b for b, _, _ in REASONS])
def test_a_time_in_a_reason_is_not_the_day(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


# A second fresh batch (government, retail, Hong Kong and Taiwan replies; 19/25 right before
# these fixes): each line a category still missing, in its own words.
FRESH_ZH_2 = [
    # the money leaves tomorrow: a payment still ahead, held as a promise (test_reply_doubt)
    ("支付流程都走完了，出纳说明天上午出款。", "promise", date(2026, 12, 2)),
    ("还在走比价，暂时不能确定什么时候付。", "other", None),  # unsure timing, no refusal
    ("请问你们换了收款单位吗？这张发票的销售方跟合同不一样。", "bank_question", None),
    ("因颱風銀行停業，匯款要順延到下週二。", "promise", date(2026, 12, 8)),
    ("还没收到你们的结算单 财务没法报", "resend_request", None),
    ("等甲方的钱到了才能给你们", "promise", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), FRESH_ZH_2, ids=[b for b, _, _ in FRESH_ZH_2])
def test_fresh_zh_categories_2(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


# A third fresh batch aimed at the dangerous categories (9/15 right before these fixes).
FRESH_ZH_3 = [
    ("月初不是已经转了5万吗？怎么又来催？", "paid", None),  # a paid said as a question: held
    ("钱早给了，你们对一下账。", "paid", None),
    ("我们并不欠贵司的钱，那份合同早已解除。", "dispute", None),
    ("这单是他私人接的，跟我司没有任何关系。", "dispute", None),
    ("不是不付，是你们的账单一直没寄到。", "resend_request", None),
    ("放心 不会赖的 周五前给你", "promise", date(2026, 12, 4)),
]


@pytest.mark.parametrize(("body", "kind", "day"), FRESH_ZH_3, ids=[b for b, _, _ in FRESH_ZH_3])
def test_fresh_zh_categories_3(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


# A fourth fresh batch in Traditional Chinese and Cantonese (13/20 right before these fixes).
FRESH_HANT = [
    ("出納說款項已經入帳了，麻煩核對。", "paid", None),
    ("網站到現在還不能上線，這期款先暫緩。", "dispute", None),
    ("張單個數唔啱，多咗八千蚊。", "dispute", None),
    ("老細出咗差，返嚟先可以簽支票。", "promise", None),
    # a span later than now counts from the reply day, as 宽限两周 (labels.yaml; set I hi095)
    ("呢排週轉唔到，可唔可以遲三個禮拜先俾？", "more_time", date(2026, 12, 22)),
    ("仲有兩箱貨未到，到齊後再一併付款。", "dispute", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), FRESH_HANT, ids=[b for b, _, _ in FRESH_HANT])
def test_fresh_traditional_and_cantonese_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


SPACED = [
    # a space ends a clause in phone-typed chat, but not right after a negation or condition
    ("没有 异议，已付款", "paid", None),
    ("如果 有异议 我们会说", "other", None),
    ("还没付 这周太忙 周五前转", "promise", date(2026, 12, 4)),
]


@pytest.mark.parametrize(("body", "kind", "day"), SPACED, ids=[b for b, _, _ in SPACED])
def test_a_space_ends_a_clause_but_keeps_its_negation(
    body: str, kind: str, day: date | None
) -> None:
    # The rules' clause scope is the subject here: read without the learned fallback, whose
    # held guess on a reply no rule reads (session 13's retrain: bank_question on 如果 有异议
    # 我们会说, margin 0.47 on 我们/有/说) is not what a space in a clause decides.
    mail = parse_message(text_mail(body, Date=SENT))
    result = classify(mail, known_sender=True, learned=False)
    assert (result.kind, result.promised_date) == (kind, day)


# A fifth fresh batch (formal and SME replies; 9/14 right before these fixes).
FRESH_ZH_5 = [
    ("经核实，设计费已于2026年11月18日支付完毕。", "paid", None),
    ("账户被法院冻结了，解冻后第一时间安排。", "promise", None),
    ("你们的工人把我们的地板弄坏了，修理费从尾款里扣。", "dispute", None),
    ("当初说好按季度结，这才第二个月。", "dispute", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), FRESH_ZH_5, ids=[b for b, _, _ in FRESH_ZH_5])
def test_fresh_zh_categories_5(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)
