"""Set ZM's dangerous misreadings (session 16), one test per category, each with a
counter-example that must not change. Read by the rules alone (read_words), as the daemon does
before any learned guess."""

from __future__ import annotations

import pytest

from tests.reply_readers import kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An instruction to pay by a coming time (让X这个礼拜把钱付了) is no payment made.
        ("让其其格这个礼拜把钱付了", "promise"),
        ("我昨天把钱付了", "paid"),
        # Acceptance said topic-first (验收我同意了), beside the instruction to pay.
        ("标签也换成耐冻的了 验收我同意了 让其其格这个礼拜把钱付了", "acceptance"),
        # A signature on the settlement/acceptance paper is acceptance, not 结算 (a payment).
        ("品质部已经在结算单上签字。", "acceptance"),
        ("已付款单据见附件", "paid"),
    ],
)
def test_acceptance_and_orders_are_not_paid(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fault of a device against the system (no sum of our bill): a fault report, other.
        ("另外分割车间三号线的电子秤和系统对不上，一头羊差两三斤，请尽快拿个方案出来。", "other"),
        ("提成部分用的GMV数据跟平台后台对不上，请先提供明细，核对后再说。", "dispute"),
        # A plea for a visit with no payment word: support (other, no learned guess).
        ("数据采集盒子又有三台冇得数据了 是不是网线的问题 你们派个人过来看下咯", "other"),
        # A contract term asked about refuses nothing.
        ("老板让我问一下 你们二期的合同是不是写的上线满一个月才付款的", "other"),
        ("验收通过才付", "dispute"),
    ],
)
def test_fault_reports_and_questions_are_not_disputes(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An objection taken back (就当我没说) beside the payment confirmed.
        ("老孙说钱付了，我查了银行流水，确实出去了，之前说不同意付的话就当我没说。", "paid"),
        ("我们不同意付这笔钱。", "dispute"),
        # Today's payment not kept, the signer away: a promise of no day, no refusal.
        ("中期款今天付不了了 老板把U盾带到广州去了 要等他回来才能付", "promise"),
        ("我们不会付这笔款", "dispute"),
    ],
)
def test_withdrawn_objections_and_days_not_kept_are_not_disputes(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The payment held until OUR explanation or fix: a dispute, not a plea for time.
        ("问题没彻底解决之前，中期款我想先缓一缓，等侬拿个书面说明出来再讲。", "dispute"),
        ("顾总交代中期款暂缓，要等保险提醒的书面说明，所以9号付不了了。", "dispute"),
        ("资金紧张，尾款希望宽限几天", "more_time"),
        # "Will ask the chairman NOT to pay" is a hold, not a promise (會…不要付).
        ("系統沒改好之前，尾款我會請董事長先不要付。", "dispute"),
        ("下禮拜一會匯", "promise"),
    ],
)
def test_holds_for_our_fix_are_disputes(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The fault put on the client's own side (不是系统的问题) beside an acceptance.
        (
            "合格率那个是我们品检把返工件重复算进去了，不是系统的问题。中期的功能我们都测完了，"
            "验收没问题，验收单老板回来签。",
            "acceptance",
        ),
        ("返工了三次，不是系统的问题，是你们接口的问题", "dispute"),
    ],
)
def test_a_fault_owned_by_the_client_is_no_objection(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance paper not signed, by the one who signs it: a refusal.
        ("验收单我这边不签。零下18度的冷库里追溯码扫码成功率不到六成，差得太远了。", "dispute"),
        ("领导出差了，验收单我这边先不签，下周回来再签", "other"),
        # Voice input's 以付 (已付) after the money.
        ("王经理二期款以付 你查下", "paid"),
        ("尾款以付清为准", "other"),
        # A concession (即便验收单签了) is no acceptance; a later time asked is more_time.
        ("即便验收单签了，资金计划排得比较满，验收款能否安排在下旬支付？", "more_time"),
        ("验收单已经签了", "acceptance"),
    ],
)
def test_unsigned_papers_typos_and_concessions(text: str, expected: str) -> None:
    assert kind(text) == expected
