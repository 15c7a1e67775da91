"""Categories behind held-out sets X and Y's Chinese misreadings (zh, zh-Hant, Cantonese in
either script), each on a whole email (parse + classify), worded apart from the sets: other
trades (a dental chain, a bakery, a ferry line, a tea garden, a print works...), other people,
other wording; each case failed on the code before its fix; the counter-cases are guards.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from tests.test_parse import text_mail
from tests.test_reply_scope import SENT, read

DANGEROUS = [
    # our invoice against the client's own record, no fault word: a wrong invoice (dispute),
    # not a plain reissue request
    (
        "开票内容写的是“技术服务费”，我们牙科连锁是按医疗设备采购立项的，需要开“口腔影像设备”"
        "13%的专票，麻烦作废重开。",
        "dispute",
    ),
    ("贵司发票税率开的是3%，我们烘焙店的合同约定是9%，财务已退回，请按9%重开。", "dispute"),
    ("发票开给了“舟山海运”，我们公司全称是“舟山海星客运有限公司”，请作废重开。", "dispute"),
    ("發票上抬頭為「林記茶行」，惟商業登記名稱為「林記茶業有限公司」，請更正後重發。", "dispute"),
    # a deduction the client takes from a named instalment: a claim against us, not a promise
    ("印错的两千张海报损失我们在验收款里扣9000，剩下的还是月底付。", "dispute"),
    ("送錯嘅燈膽我哋會喺三期款度扣返，其餘照月底俾。", "dispute"),
    # a payment taken back out of the client's plan: no promise of the plan's month
    ("二期款已从本月资金计划中撤下，等质检科复检签字后再重新报。", "dispute"),
]


@pytest.mark.parametrize(("body", "kind"), DANGEROUS, ids=[b for b, _ in DANGEROUS])
def test_dangerous_categories_of_sets_x_and_y(body: str, kind: str) -> None:
    assert read(body)[0] == kind


MISSED_DISPUTES = [
    # Cantonese: not paid (nor approved) before our fix, in either script
    ("啲冷氣機成日跳掣，搞掂之前尾數我哋暫時唔會俾。", "dispute"),
    ("你哋個訂位系統未搞掂之前，我唔會批呢期錢。", "dispute"),
    # a remedy we promised that has not come
    ("你们说寄新的称重传感器，到现在还没到，尾款等它到了一起结。", "dispute"),
    # a deduction threatened from a named instalment, beside a condition of our fix
    ("航线系统这周要是修不好，退给乘客的票款我们要从三期款里扣。", "dispute"),
    # spoken "no fix, no money"
    ("你们那个排产软件老是算错 弄不好的话别来找我要钱", "dispute"),
]


@pytest.mark.parametrize(("body", "kind"), MISSED_DISPUTES, ids=[b for b, _ in MISSED_DISPUTES])
def test_disputes_no_rule_read_before(body: str, kind: str) -> None:
    assert read(body)[0] == kind


OTHER_CATEGORIES = [
    # a spoken plea to wait beside an undated promise: time asked
    ("茶叶款你等一等好伐，经销商的钱还没回来呢，回来了马上打给你", "more_time", None),
    # 第一时间 (at the first moment) is a promise without a day
    ("未付。县里的专项资金还没有拨下来，拨下来后第一时间支付。", "promise", None),
    # a detail asked added to our invoice: a reissue request
    ("請問收據上可以加註我們的統一編號嗎？", "resend_request", None),
    # acceptance said as 驗收OK
    ("兩間門市都驗收OK，驗收單我請店長寄給你。", "acceptance", None),
    # the rest itself paid today (Cantonese 餘下嘅): the whole, no rest to follow
    ("餘下嘅港幣46,000已經今日滙出，多謝晒。", "paid", None),
    # instalments told as the reason for splitting the invoice: the split is the request
    ("尾款现在分两次付，麻烦把发票作废后重开两张，一张4万一张2万。", "resend_request", None),
    # the memo on the slip of a payment made, explained
    ("回单上附言写的是材料费 其实就是你们的三期款", "paid", None),
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), OTHER_CATEGORIES, ids=[b for b, *_ in OTHER_CATEGORIES]
)
def test_other_categories_of_sets_x_and_y(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


def test_our_fix_on_watch_is_other_with_its_reason_not_a_learned_acceptance() -> None:
    # no acceptance word: a support follow-up; the PM is told, no guess that it was accepted
    for body in (
        "今朝喺倉庫試過，掃碼已經冇問題，快咗好多，唔該晒。",
        "库存同步今天试过，已经没有问题了，辛苦。",
    ):
        result = classify(parse_message(text_mail(body, Date=SENT)), known_sender=True)
        assert (result.kind, result.rule) == ("other", "zh-fix-on-watch")


GUARDS = [
    # acceptance said beside a fix watched stays an acceptance
    ("问题修好了，观察了一周没再出现，我们这边验收通过。", "acceptance"),
    # a reissue asked in a named form is no wrong invoice
    ("发票抬头请开成“舟山海星客运有限公司”，税号后附。", "resend_request"),
    # the same rate twice is agreement
    ("发票税率是13%，合同约定也是13%，我们这周走流程。", "other"),
    # our papers not arrived are a request for them, not a grievance
    ("你们说寄发票，到现在还没到，麻烦再寄一份。", "resend_request"),
    # a deduction both sides agreed is no claim
    ("双方同意按5%扣减，差额我们下周五前补付。", "promise"),
    # a memo asked is no slip
    ("转账附言写的是什么？", "other"),
    # a pause in the talk is no plea for time
    ("您等一下，我查一下到账没有", "other"),
]


@pytest.mark.parametrize(("body", "kind"), GUARDS, ids=[b for b, _ in GUARDS])
def test_counter_cases_stay(body: str, kind: str) -> None:
    assert read(body)[0] == kind
