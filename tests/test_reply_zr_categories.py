"""Set ZR's misreadings (session 17), one test per category (cause), worded apart from the set's
files (other trades, people, words), each with counter-examples that must keep their reading.
Read by the rules alone (read_words), as the daemon does before any learned guess."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from daemon.inbox.promise_dates import find_promised_date
from tests.reply_readers import kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Our invoice's title said issued as another name: issued wrong, a dispute however
        # politely the reissue is asked.
        ("票到了 可是购买方开成我们总公司了 我们分店单独核算 麻烦重新开一张", "dispute"),
        (
            "贵司发票抬头开的是“绿源物业”，我们做账要写全称“绿源物业服务有限公司”，请重开。",
            "dispute",
        ),
        # ... or a number of the payer's left off it.
        ("发票收到了，我们的纳税人识别号没填，会计不收，麻烦重开", "dispute"),
        # A form asked before issuing, or an issued title said fine, stays what it was.
        ("发票抬头请开成我们杭州分公司，谢谢", "resend_request"),
        ("抬头开成绿源物业服务有限公司就行，麻烦开一张", "other"),
        ("发票抬头开的是我们分公司，没问题，月底付款", "promise"),
    ],
)
def test_our_invoice_title_issued_wrong_is_a_dispute(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The client's own customers paid through our product and it shows wrong: a fault.
        ("又有三个车主说扫码付了停车费 系统还是显示欠费 截图发你了", "other"),
        ("好几个会员充值成功了后台查不到记录，麻烦看看", "other"),
        # The client's own payment, or a promise hung on its customers' money, stays.
        ("停车费的款我们已经付了，截图发你了", "paid"),
        ("会员费收上来了，这周五给你们转过去", "promise"),
    ],
)
def test_a_customers_payment_shown_wrong_is_a_fault_report(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A payment only heard of, nobody named who knows: the PM asks.
        ("据说款子已经打了 改天来喝茶", "other"),
        ("听说尾款转过去了？辛苦你们", "other"),
        # A named office's word stays a payment.
        ("会计说款子已经打了，你们查一下", "paid"),
    ],
)
def test_a_payment_only_heard_of_is_not_paid(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sum put up for talks: an objection, beside a missed day or a promise.
        ("抱歉，25号那批付款没赶上。质量的事还没说清楚，尾款金额我们还得再谈谈。", "dispute"),
        (
            "We'll settle it, but the outage cost us a week of orders, so we need to"
            " renegotiate the fee.",
            "dispute",
        ),
        # Talks about when are no objection; a missed day with a new one is a promise.
        ("尾款哪天付得商量一下，我明天回你", "other"),
        ("15号那批付款没赶上，改到22号付", "promise"),
        # A day's payment run missed is no promise of that day.
        ("5号的付款批次没赶上，财务说下个批次再看", "other"),
        ("Let's discuss the payment schedule next week.", "other"),
    ],
)
def test_the_sum_put_up_for_talks_is_a_dispute(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A complaint or grievance of the client's own customers, no payment word: a fault report.
        ("今天的小票打印串单了 好几桌顾客在投诉 你们看看", "other"),
        ("积分换算少了零头，会员都有意见，麻烦改一下算法", "other"),
        # The client's own objection stays a dispute.
        ("这个算法我们有意见，账单金额不认", "dispute"),
        ("董事长有意见，这笔先不付", "dispute"),
    ],
)
def test_customers_complaints_are_no_objection_of_the_client(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The client's own acceptance paper signed, the rest on its own event: acceptance.
        ("复测通过了。院里同意验收，验收报告院长签了字，尾款等医保款下来再付。", "acceptance"),
        # Our paper to complete first stays a payment hung on our remedy.
        ("等你们把验收报告补齐了再说付款的事。", "dispute"),
    ],
)
def test_their_signed_acceptance_paper_is_no_remedy_of_ours(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Our bank's name in one paper not matching another: a question about our account.
        (
            "Our treasury noticed the bank's name on your invoice isn't the same as in the"
            " agreement.",
            "bank_question",
        ),
        # An amount not matching stays an objection.
        ("The amount in your statement doesn't match the purchase order.", "dispute"),
    ],
)
def test_a_bank_name_not_matching_is_a_bank_question(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The rest named by its sum and said sent, no money word: paid, no rest to follow.
        ("张会计 余下一万二打了 麻烦核一下", "paid"),
        ("3800转过去了 收到吱一声", "paid"),
        # Not yet, asked, or still ahead: unchanged.
        ("余下一万二还没打了 下周打", "promise"),
        ("3800转过去了吗", "other"),
        ("余下一万二下礼拜转", "promise"),
    ],
)
def test_a_sum_said_sent_is_paid(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the" before the sum paid, with or without a subject.
        ("Sent the 3,150 EUR this morning by SEPA, the portal was down all week.", "paid"),
        ("Hi Ana, the mill paid the 8,400 on Tuesday. Could you mail the stamped invoice?", "paid"),
        # The payer's bank showing it gone, beside a question whether it arrived.
        (
            "Did the EUR 6,200 reach you in full? Our bank statement shows it debited on the 9th.",
            "paid",
        ),
        # A question or a pending status stays what it was.
        ("Sent the 3,150 EUR? We have no record.", "other"),
        ("Our bank shows the payment as pending.", "other"),
    ],
)
def test_english_sums_paid(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cantonese gives the money with 俾/過俾 alone: a promise of the day named.
        ("數目啱咗 尾數下個禮拜二過俾你", "promise"),
        ("張單冇問題 啲錢聽日俾你", "promise"),
        # ... not 俾你睇 (shows you), nor an invoice handed over (開票給你們).
        ("報告下星期俾你睇", "other"),
        ("下週二開票給你們，請提供統編。", "other"),
    ],
)
def test_cantonese_money_given_to_you_is_a_promise(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Traditional 弄好/搞好 is our remedy too: the payment waits on our fix.
        ("媽媽說掃描器的問題還沒好，尾款先緩一緩，等你們弄好再說。", "dispute"),
        ("尾款等你們搞好個掃描器再付", "dispute"),
    ],
)
def test_traditional_remedy_words(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The milestone waiting for public funds, no payment verb after: more time.
        ("二期款要等县里的补助资金拨下来 啥时候到我也说不好", "more_time"),
        # A firm payment once funds come, or a client's own money, is no such wait.
        ("资金到位后马上付款", "promise"),
        ("二期款要等补助拨下来吗", "other"),
    ],
)
def test_a_milestone_waiting_for_public_funds_is_more_time(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A transfer returned for a name mismatch and to be sent again by the payer: a promise.
        ("上礼拜那笔货款被退回来了 银行说收款人名称不符 我们核对一下下周一重新汇", "promise"),
        ("微信那笔打回来了，说账号不一致，今天下午用网银再转", "promise"),
        # Our name questioned, or our account asked for again, stays with the PM.
        ("那笔钱退回来了，说户名对不上，贵司户名是不是改了？明天重新转", "bank_question"),
        ("钱退回来了 说账号有一位不对 你把账号再发我一下 我重新转", "resend_request"),
    ],
)
def test_a_transfer_returned_and_sent_again_is_a_promise(text: str, expected: str) -> None:
    assert kind(text) == expected


SENT_DAY = datetime(2026, 12, 10, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # N working days then the arrival, no 内: counted from the reply day (Thu 10 Dec).
        ("钱已经报到财政局集中支付了，正常2个工作日到账。", date(2026, 12, 14)),
        # 会后 counts from the meeting the sentence dates (Fri 18 Dec + 3 working days).
        ("付款要上董事会，董事会定在12月18号，会后3个工作日内付款。", date(2026, 12, 23)),
        # A meeting with no day, or a count that names a payment made, names none.
        ("付款要上办公会，会后3个工作日内付款。", None),
    ],
)
def test_working_day_counts(text: str, expected: date | None) -> None:
    assert find_promised_date(text, SENT_DAY, ZoneInfo("Asia/Shanghai")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The acceptance opinion signed is the acceptance record.
        ("接口的毛病好了，跑了三天没报错。终验意见我们签了，余款等年终结算后付。", "acceptance"),
        ("验收意见我签了吗？", "other"),
    ],
)
def test_the_acceptance_opinion_signed_is_acceptance(text: str, expected: str) -> None:
    assert kind(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The product's data not matching the payer's books, the matter put off until it does.
        ("书记说先放放 两个网格的巡查数据跟纸质台账还没对上 对好了再说", "dispute"),
        # Their own books to reconcile, no data of ours: no objection.
        ("我们的台账还没对上 对上了再付", "other"),
    ],
)
def test_a_payment_put_off_until_our_data_matches_is_a_dispute(text: str, expected: str) -> None:
    assert kind(text) == expected
