"""The second reading, narrowed where it lost right readings on set U (HELDOUT.md, session 11).

Two causes, each worded apart from the held-out files (other people, trades and wordings):

* the PAYER's own account named so that we can match the payment (付款户名是…，请核对; "our
  IBAN is …, please confirm") is no question about OUR bank: the paid reading stands, while a
  check of our identifiers (贵司开户行是否…, "which SWIFT of yours") is still a bank question;
* an invoice the client says is wrong (an amount "different from the PO", 与订单不同, "please
  revise it") is an objection by labels.yaml's invoice convention, however politely it is
  asked to be sent again: the dispute reading is not turned into a resend request, while a
  plain resend (never received, to another mailbox) still is.
"""

from __future__ import annotations

import pytest

from daemon.inbox.rulebook import rulebook
from daemon.inbox.second_reading import doubt

PAYERS_OWN_ACCOUNT = [
    "货款86,000元昨天已经汇出，付款户名是温州鹿城鞋材贸易有限公司，请财务核对一下。",
    "第三期款今天已转账，我方开户行是建行瓯海支行，户名温州瑞丰，请确认是否到账。",
    "款已付，我司户名：杭州远帆电子有限公司，工行，麻烦查收核对。",
    "已经付清了，我们的户名是宁波港城物流，开户行农行江北支行，请核对。",
    "钱已打过去了，本公司户名可能和合同名称不一样（用的是分公司户名），麻烦你们核对一下。",
    "尾款已汇出。付款人户名：李建国（个人账户代付），请核对是否收到。",
    "貨款昨日已匯出，我方戶名是台中精密機械股份有限公司，煩請核對。",
    "We paid the invoice today. Our IBAN is DE44 5001 0517 5407 3249 31, account name Harbour "
    "Logistics GmbH, please verify it against your statement.",
    "Payment sent this morning; the remitter's SWIFT is BKCHCNBJ, could you confirm it arrived?",
    "The transfer went out yesterday from our IBAN GB29 NWBK 6016 1331 9268 19, please verify "
    "receipt.",
    "Paid in full on Tuesday. Our bank details: account name Nordlys AS, IBAN NO93 8601 1117 947 "
    "- please confirm you can match it.",
    "Wired USD 12,000 today. The ordering bank's SWIFT will show as CHASUS33, please confirm you "
    "received it.",
]


@pytest.mark.parametrize("text", PAYERS_OWN_ACCOUNT)
def test_the_payers_own_account_given_for_matching_leaves_paid_standing(text: str) -> None:
    assert doubt("paid", ["x"], text, rulebook()) is None


OUR_ACCOUNT_CHECKED = [
    ("paid", "款已经转了，但贵司收款户名和合同上不一致，是否同一个账户？"),
    ("paid", "已付款。请问你们的开户行是哪个支行？我们网银里有两个。"),
    ("paid", "款已付。我们转账时发现开户行名称和合同上的不一致，是哪个？"),
    ("paid", "已汇出，我方户名是温州瑞丰，请确认贵司开户行是否为工行鹿城支行？"),
    (
        "paid",
        "We paid, but which SWIFT code is correct for your account - the invoice's or the "
        "letter's?",
    ),
    (
        "paid",
        "We paid, but our bank says the beneficiary bank doesn't match - which one is correct?",
    ),
    ("resend_request", "请确认准确的收款户名和联行号，我们系统里对不上。"),
    ("resend_request", "我们财务问：贵司联行号是否准确？请再发一次。"),
    (
        "resend_request",
        "Could you confirm the exact beneficiary bank name? Only the branch was given.",
    ),
]


@pytest.mark.parametrize(("kind", "text"), OUR_ACCOUNT_CHECKED)
def test_our_account_checked_beside_the_payers_words_is_still_a_bank_question(
    kind: str, text: str
) -> None:
    why = doubt(kind, ["x"], text, rulebook())
    assert why is not None and why.kind == "bank_question"


INVOICE_SAID_WRONG = [
    ("发票金额与采购订单不同，暂不能付款，请改好后再发一次。", "不能付款"),
    ("发票上的金额和合同有出入，没法付，请重新发一份。", "没法付"),
    ("發票金額與訂單不一樣，無法付款，請再寄一份。", "無法付款"),
    ("发票开的单价和报价单有差异，财务不能付款，请再发一份。", "不能付款"),
    (
        "The invoice total is different from our purchase order, so we cannot pay it. Please "
        "send it again.",
        "cannot pay",
    ),
    (
        "Invoice quantity differs from the delivery note, payment is on hold. Kindly resend.",
        "payment is on hold",
    ),
    (
        "Amount billed is different with the quotation, we can't process payment. Please "
        "revise and send again.",
        "can't process payment",
    ),
    (
        "We can't pay this invoice: the VAT does not agree with the contract. Please amend and "
        "resend.",
        "can't pay",
    ),
    (
        "Your invoice cannot be approved, the unit price differs from the quote. Please revise "
        "it and send it again.",
        "cannot be approved",
    ),
]


@pytest.mark.parametrize(("text", "evidence"), INVOICE_SAID_WRONG)
def test_an_invoice_said_wrong_and_asked_again_stays_an_objection(text: str, evidence: str) -> None:
    why = doubt("dispute", [evidence], text, rulebook())
    assert why is None or why.kind == "dispute"


PLAIN_RESEND = [
    ("We cannot pay yet - we never received the invoice. Please send it again.", "cannot pay"),
    ("一直没收到发票，没法付款，请再发一次。", "没法付款"),
    (
        "Payment cannot be processed without the invoice. Could you resend it to a different "
        "mailbox, ap@acme.example?",
        "Payment cannot be processed",
    ),
]


@pytest.mark.parametrize(("text", "evidence"), PLAIN_RESEND)
def test_a_plain_resend_behind_refusal_words_is_still_the_request(text: str, evidence: str) -> None:
    why = doubt("dispute", [evidence], text, rulebook())
    assert why is not None and why.kind == "resend_request"


@pytest.mark.parametrize(
    "text",
    [
        "尾款已经付了。劳烦核对贵司联行号，我们系统里的和发票上的对不上。",
        "We have paid the retention; we ask you to verify your SWIFT code with your bank.",
    ],
)
def test_a_check_of_our_bank_asked_in_any_request_words_is_a_bank_question(text: str) -> None:
    # one request word class (second_reading_ours.REQUEST) serves "asks us something" too
    why = doubt("paid", ["付了" if "付了" in text else "paid"], text, rulebook())
    assert why is not None and why.kind == "bank_question"
