"""Categories behind held-out set P's Chinese misreadings (zh, zh-Hant, Cantonese), each on a
whole email (parse + classify), worded apart from the set: other trades (a print works, a
tea garden, a dental lab, a freight forwarder, a bakery...), other people, other wording;
each case failed on the code before its fix.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from tests.test_parse import text_mail
from tests.test_reply_scope import SENT, read

SET_P_CATEGORIES = [
    # the rest waiting for the client's own signature on a report (their step, not our fix):
    # a part paid, the rest to follow, no objection (the amount's thousands comma is no break)
    ("印刷费先付了30,000元，其余20,000元等结算单盖章后再付。", "partial_payment", None),
    # an invoice never received, "no invoice, cannot book it" its consequence: a resend
    (
        "出纳说一直没收到这期的发票，没有发票不能报销付款，请重新开一张寄来。",
        "resend_request",
        None,
    ),
    # Cantonese 轉咗 before a job or a team is a move, not money
    ("我已經轉咗部門，茶園嗰單以後請搵返Peter跟進。", "other", None),
    # the delivered work looked over and found fine is acceptance
    ("三期的小程序页面我们都测试过了，没有问题。", "acceptance", None),
    ("茶園的系統功能我們都測試過了，沒問題。", "acceptance", None),
    # a numeric date after 已于 is a payment made as 已于11月28日 is
    ("货代费已于2026-11-27经农行电子承兑汇票结算。", "paid", None),
    # chat particles after a bare "paid"
    ("转啦转啦～你查一下", "paid", None),
    # arranged on a past day and arriving today: the money has left
    ("出纳前天就操作了，今天估计能到账，请留意。", "paid", None),
    # put into a later period's funds plan, no day: a delay told
    ("面包厂的付款要排进下半年的资金计划，到时候再通知您。", "more_time", None),
    # the payment waits for the client's own funds to be allotted: more time, not a promise
    ("这笔要等总部资金下拨，下拨了就安排。", "more_time", None),
    # ... and a day asked for in another clause is the day (the plan's period names none)
    (
        "今年额度用完了，只能排到下半年的资金计划，可否宽限到明年1月15日？",
        "more_time",
        date(2027, 1, 15),
    ),
    ("牙科診所的帳要等年底結算，估計要等到過完年才可以付，請見諒。", "more_time", None),
    # Cantonese: a cheque posted and the rest (淨返) later
    ("今朝寄咗張$12,500嘅支票，淨返$7,500月尾再俾。", "partial_payment", None),
    # the season at year end is the reason money is tied up, not the day asked
    ("年底茶叶淡季，货款压着，能不能再宽限几天？", "more_time", None),
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), SET_P_CATEGORIES, ids=[b for b, *_ in SET_P_CATEGORIES]
)
def test_set_p_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


def test_the_rest_waiting_for_the_acceptance_report_signed_is_no_acceptance_yet() -> None:
    assert read("牙科加工费余款等验收单签字后再付。")[0] != "acceptance"


def test_the_order_forwarded_below_a_note_that_it_went_to_finance_is_read() -> None:
    body = (
        "李经理，已转财务。\n\n---------- 转发的邮件 ----------\n"
        "发件人：张总 <zhang@freight.example.cn>\n发送时间：2026年12月1日 9:00\n"
        "收件人：出纳 <cn@freight.example.cn>\n主题：转发：货代费\n\n"
        "小刘，这笔后天付掉，别拖了。\n\n"
        "------------------ 原始邮件 ------------------\n"
        "发件人: 应收账款 <ar@example.cn>\n主题: 货代费付款提醒\n\n"
        "尊敬的张总：货代费尚未收到，请尽快安排。\n"
    )
    assert read(body)[:2] == ("promise", date(2026, 12, 3))


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # an absence template's own subject on a "Re:" with no machine header at all
        ("回复: 出差中", "本人12月2日至12月6日出差，急事请找销售部李先生。"),
        # no telling subject: the absence, its dates and "no mail meanwhile" in the words
        ("Re: [CK-C1-m1] 付款提醒", "本人12月2日至12月6日休假，期间无法及时回复邮件。"),
    ],
)
def test_an_absence_notice_without_machine_headers_is_an_auto_reply(
    subject: str, body: str
) -> None:
    mail = parse_message(text_mail(body, Date=SENT, Subject=subject))
    assert classify(mail, known_sender=True).kind == "auto_reply"


# Set Q (zh, zh-Hant, Cantonese): read confidently, not only guessed by the learned fallback.
SET_Q_CATEGORIES = [
    # the clearing code wanted as a field to fill in, its length after it: a routing detail
    ("付款系统要求填写收款银行的大额行号（12位），邮件上没有。", "bank_question", None),
    # which of several branches to pick: a routing detail, whatever payment words stand beside
    ("我们网银转账要选开户支行，贵司那家银行在杭州有好几个支行，选哪个", "bank_question", None),
    # busy with their own shipping, "talk after the 20th": time told, no remedy of ours, no day
    ("这周在忙装柜 过了20号再说", "more_time", None),
    # 走款 (move the money) is a payment word
    ("财务说下周二走款。", "promise", date(2026, 12, 8)),
    # a day given up and a later one committed: a promise for the new day
    ("钱不够，之前说的周五付不了了，改到12月15号付。", "promise", date(2026, 12, 15)),
    # zh-TW: what is paid this time said as an amount, the rest later: a partial payment
    ("本次先匯新台幣20萬元，餘款預計一月底前匯出。", "partial_payment", None),
    # Cantonese: pay once our fix is done (先至 = 才): a conditional refusal
    ("個排班系統成日死機，你哋修好先至俾錢。", "dispute", None),
    # Cantonese: the payer away, done at once on return, a day named
    ("唔好意思仲未俾，出納請咗假，佢返嚟之後即刻安排，大概12月7號。", "promise", date(2026, 12, 7)),
    # Cantonese 月尾先過到數: the month's end is the day to pay, not the scene
    ("我哋要等到月尾先過到數。", "promise", date(2026, 12, 31)),
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), SET_Q_CATEGORIES, ids=[b for b, *_ in SET_Q_CATEGORIES]
)
def test_set_q_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body) == (kind, day, True)


# The same categories in the other script (Traditional / Simplified), read confidently.
OTHER_SCRIPT = [
    ("這筆要排到明年第一季的預算裡，具體日子還說不準。", "more_time", None),
    ("會計昨天就安排了，今天應該會到帳，麻煩留意。", "paid", None),
    ("這兩天忙出貨 過了15號再說", "more_time", None),
    ("財務說下週三走款。", "promise", date(2026, 12, 9)),
    ("本期先付一半计15万元，余款下月。", "partial_payment", None),
    ("轉啦轉啦～你查一下", "paid", None),
    # a wire returned for a payee-name mismatch is a question about our account, not about
    # the amount (set O's ho107 category)
    ("11月28日匯出的款項因戶名不符被退匯，請再確認貴司帳戶資料。", "bank_question", None),
    ("我們這邊要等集團資金下撥，下撥了就付。", "more_time", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), OTHER_SCRIPT, ids=[b for b, *_ in OTHER_SCRIPT])
def test_the_categories_in_the_other_script(body: str, kind: str, day: date | None) -> None:
    assert read(body) == (kind, day, True)
