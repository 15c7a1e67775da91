"""Categories behind held-out sets M, N and O's Chinese misreadings (zh, zh-Hant, Cantonese,
Malaysian Chinese, 中英夹杂), each on a whole email (parse + classify), worded apart from the
sets: other trades (a print works, a ferry line, a clinic, a bakery chain, a Penang hotel...),
other people, other wording; each case failed on the code before its fix.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.inbox.reading import read_words
from daemon.inbox.rulebook import rulebook
from tests.test_reply_scope import read

MNO_CATEGORIES = [
    # a bill endorsement or a wire that needs our clearing code or branch's full name:
    # a routing detail the reminder does not give (the PM answers), not a payment made
    (
        "印刷费我们打算拿一张商业承兑汇票背书转让支付，麻烦给一下贵司开户银行全称和12位行号。",
        "bank_question",
        None,
    ),
    ("网银付款要选支行，请把开户支行的全称发我。", "bank_question", None),
    # 中英夹杂: an English payment verb with a Chinese past marker is a payment made
    ("船票款昨天已经 wire 了，麻烦 check 一下。", "paid", None),
    # a payment means asked about ("能不能用汇票") is no defect ("不能用")
    ("请问这期能不能用承兑汇票付？可以的话下周就能付。", "promise", None),
    # a document form that cannot be used (扫描件不能用) asks for the original: no defect
    ("诊所财务说扫描件不能用，请把发票原件寄过来。", "resend_request", None),
    ("會計說電子版不能用，麻煩寄一份紙本發票過來。", "resend_request", None),
    # a copy of the contract asked for is no "the contract says otherwise"
    ("我哋需要合約副本先可以安排匯款，麻煩再寄一次。", "resend_request", None),
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
