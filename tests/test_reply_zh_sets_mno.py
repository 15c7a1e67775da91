"""Categories behind held-out sets M, N and O's Chinese misreadings (zh, zh-Hant, Cantonese,
Malaysian Chinese, 中英夹杂), each on a whole email (parse + classify), worded apart from the
sets: other trades (a print works, a ferry line, a clinic, a bakery chain, a Penang hotel...),
other people, other wording; each case failed on the code before its fix.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from daemon.inbox.reading import quoted_due, read_words
from daemon.inbox.rulebook import rulebook
from tests.test_parse import text_mail
from tests.test_reply_scope import SENT, read

MNO_CATEGORIES = [
    # a bill endorsement or a wire that needs our clearing code or branch's full name:
    # a routing detail the reminder does not give (the PM answers), not a payment made
    (
        "印刷费我们打算拿一张商业承兑汇票背书转让支付，麻烦给一下贵司开户银行全称和12位行号。",
        "bank_question",
        None,
    ),
    # 中英夹杂: an English payment verb with a Chinese past marker is a payment made
    ("船票款昨天已经 wire 了，麻烦 check 一下。", "paid", None),
    # a payment means asked about ("能不能用汇票") is no defect ("不能用")
    ("请问这期能不能用承兑汇票付？可以的话下周就能付。", "promise", None),
    # a document form that cannot be used (扫描件不能用) asks for the original: no defect
    ("诊所财务说扫描件不能用，请把发票原件寄过来。", "resend_request", None),
    ("會計說電子版不能用，麻煩寄一份紙本發票過來。", "resend_request", None),
    # a copy of the contract asked for is no "the contract says otherwise"
    ("出納要見合約副本才可入帳，麻煩補寄一份。", "resend_request", None),
    # "转好了我把截图发你": once the transfer is done (it is not yet): a promise
    ("面包店这批货款下周三前转给你们，转好了我把截图发你。", "promise", date(2026, 12, 9)),
    # a retention kept until the warranty ends: what was paid today is a part
    (
        "依合約扣除保固金5%，保固期滿後支付；本期實付NT$95,000已於今日匯出。",
        "partial_payment",
        None,
    ),
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), MNO_CATEGORIES, ids=[b for b, *_ in MNO_CATEGORIES]
)
def test_mno_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


def test_a_slip_attached_with_the_other_half_later_is_a_partial_payment() -> None:
    reading = read_words(
        "酒店的款见附件。另一半等董事签了再放。", ["bank_transfer_receipt.pdf"], rulebook()
    )
    assert reading.kind == "partial_payment"


def test_a_slip_attached_alone_stays_paid() -> None:
    assert read_words("见附件。", ["bank_transfer_receipt.pdf"], rulebook()).kind == "paid"


MORE_MNO = [
    # the client's own approval not finished is no unfinished work of ours
    ("这笔我们公司内部还没有完成签批，所以还没付，有结果了再通知你。", "other", None),
    # unable during a holiday or a closing, with the payment after it: no refusal
    ("春节放假期间无法处理付款，节后第一周安排。", "promise", None),
    ("年結期間公司付款暫停，恢復後即安排，請見諒。", "promise", None),
    # unable for now, said not to be a refusal: a request for time
    ("货款还没回笼，眼下确实付不了，并不是我们赖账。", "more_time", None),
    # a refusal whose reason is our supplier data missing: a request for it
    (
        "请发一下贵司的开票信息和开户资料，财务系统没有贵司的供应商资料，付不了。",
        "resend_request",
        None,
    ),
    # the client correcting its own earlier reply is no objection
    ("抱歉，我上封邮件回复有误，那笔不是付给你们的，你们的款还没有付。", "other", None),
    # our company papers for the vendor file: a request
    ("供应商入库要你们营业执照复印件和开户许可证，发我一下。", "resend_request", None),
    # a price rise never agreed to: a dispute
    ("物业费怎么涨了？我们没同意过涨价，还是按原价付。", "dispute", None),
    # a bill endorsed to us, a bank debit shown done: payments made
    ("商票已经在票交所背书给贵司了，请在网银签收。", "paid", None),
    ("银行流水显示扣款成功，麻烦核对下。", "paid", None),
    # a bare "I'll see to it", a plan kept, dialect and code-switched promises
    ("好的，我来安排", "promise", None),
    ("补充：税号财务已经查到了，不用再发。付款仍按计划月底前。", "promise", date(2026, 12, 31)),
    ("余款月底前分恁，免烦恼。", "promise", date(2026, 12, 31)),
    ("支付是下旬的予定，具体日子财务再联系。", "promise", None),
    ("租金 cheque 下个礼拜会 ready，到时通知你来拿。", "promise", None),
    ("剩下的 TT 明天出，水单后天发你。", "promise", date(2026, 12, 2)),
    # finance will not release the money until the open points close: a dispute
    ("问题清单没关闭前，财务不会放款。", "dispute", None),
    # Traditional: an acceptance refused, a cheque to be issued
    ("系統仍常當機，本公司無法驗收，請先處理。", "dispute", None),
    ("貨款會開立本票，用掛號郵寄給貴公司。", "promise", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), MORE_MNO, ids=[b for b, *_ in MORE_MNO])
def test_more_mno_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


THIRD_MNO = [
    # whether and when to pay decided by our rectification: a dispute
    (
        "附件是整改清单(共5项)，请确认完成时间。尾款是否支付、何时支付，我们会根据整改结果再定。",
        "dispute",
        None,
    ),
    # "as the contract says, no discount": the client pays in full, no objection
    (
        "你们提的九折我们不要，还是按合同执行，维护费不打折，月底前付清。",
        "promise",
        date(2026, 12, 31),
    ),
    # the rest itself paid now: the last part, paid in full
    ("二期余款¥36,000.00已汇出，至此全部付清。", "paid", None),
    # a payment moved back by a span, no day: more time (held for the PM)
    ("设备款只能往后推两周，实在对不住。", "more_time", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), THIRD_MNO, ids=[b for b, *_ in THIRD_MNO])
def test_third_mno_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


def test_a_day_then_cannot_pay_is_no_confident_promise() -> None:
    # a time the payment cannot be made by (zh-not-by, as 付不了): a delay told, no day
    assert read("月底前实在付不出来，抱歉。")[:2] == ("more_time", None)


def test_the_amount_beside_the_milestone_in_our_reminder_is_the_amount_due() -> None:
    reminder = "贵司的二期款（￥48,000.00）已于2026年11月20日到期。"
    assert quoted_due(reminder) == Decimal("48000")
    reading = read_words("二期款上周已经付了，4.8万。", [], rulebook(), due=quoted_due(reminder))
    assert reading.kind == "paid"


INLINE_UNDER_OWN_NAME = (
    "王经理，请见原函里标出的蓝字部分。\n\n周敏\n\n"
    "发件人: 示例科技 应收账款 <ar@example.cn>\n发送时间: 2026年11月30日 9:00\n"
    "主题: 尾款提醒 [CK-C1-m1]\n\n尊敬的周敏：\n\n贵司的尾款（￥20,000.00）已到期，请安排支付。\n"
    "【周敏】财务已排在12月10日付出。\n\n付款方式：\n开户行：示例银行杭州分行\n"
    "账号：6222 0000 1234 5678\n"
)


def test_an_answer_under_the_writers_own_name_inside_our_reminder_is_read() -> None:
    mail = parse_message(
        text_mail(INLINE_UNDER_OWN_NAME, Date=SENT, From="=?utf-8?b?5ZGo5pWP?= <zm@example.cn>")
    )
    assert mail.from_name == "周敏"
    result = classify(mail, known_sender=True)
    assert (result.kind, result.promised_date) == ("promise", date(2026, 12, 10))
