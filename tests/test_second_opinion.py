"""The learned model's second opinion on the rules' paid and dispute readings (issue 12).

Where the rules read paid or dispute (the kinds whose false reading is dangerous) and the
learned model confidently reads another kind, the reply is held as the model's kind (never as
paid or dispute) and the PM asked, told both readings. The mechanics are tested on a toy
model trained by the real training code; the shipped model on realistic replies of the
categories the unseen sets Z, ZB and ZC showed (a correction of an earlier "paid" and a
bank-account check the rules read as paid or dispute), with
counter-examples it must leave alone.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from daemon.inbox import fallback
from daemon.inbox.classify import classify
from daemon.inbox.fallback import Model, features, packaged_model
from daemon.inbox.fallback_train import SECOND_OPINION_SPARE, second_opinion_lead
from daemon.inbox.parse import parse_message
from daemon.inbox.second_opinion import Disagreement, disagreement, opposing
from daemon.mail.doubt_texts import doubt_texts
from tests.test_learned_fallback import SENT, toy
from tests.test_parse import text_mail

PAID_BUT_PROMISE = "Payment done. Dear Wang, the money goes out soon inshallah"
"""The rules read "Payment done" as paid; the toy model reads the rest as a promise."""


@pytest.fixture
def opinion() -> Model:
    """The toy model (promise, paid and other replies) with a lead of 0.5."""
    return replace(toy(), second_opinion=0.5)


def test_a_paid_reading_the_model_reads_as_a_promise_is_a_disagreement(opinion: Model) -> None:
    why = disagreement("paid", PAID_BUT_PROMISE, opinion)
    assert why is not None
    assert (why.read_as, why.model_kind, why.held_as) == ("paid", "promise", "promise")
    assert why.rule == "second-opinion:paid->promise"
    assert why.lead >= 0.5 and any("inshallah" in w for w in why.words)


def test_no_disagreement_when_the_model_agrees_is_unsure_or_has_no_lead(opinion: Model) -> None:
    assert disagreement("paid", "Dear Wang, the money went out, slip attached", opinion) is None
    assert disagreement("paid", PAID_BUT_PROMISE, replace(opinion, second_opinion=None)) is None
    assert disagreement("paid", PAID_BUT_PROMISE, replace(opinion, second_opinion=9.0)) is None
    assert disagreement("paid", "inshallah soon", opinion) is None  # too few words to judge
    # only paid and dispute are watched: a promise the model reads otherwise is the rules'
    assert disagreement("promise", "Dear Wang, noted with thanks, kind regards", opinion) is None


def test_a_part_paid_beside_a_dispute_is_not_a_disagreement() -> None:
    # the rest waiting on our fix (dispute) or on their own step (partial payment): the
    # rules read whose step it is, the model only "part paid"
    assert opposing("dispute", {"dispute": 0.0, "partial_payment": 4.0, "other": 1.0}) is None
    text = "首款3万已经打了，余款等你们把漏装的设备补齐再付。"  # read partial_payment, 2.68 ahead
    assert disagreement("dispute", text, packaged_model()) is None


def test_a_disagreement_is_never_held_as_paid_or_dispute() -> None:
    why = Disagreement("paid", "dispute", 4.0, ["不能接受"])
    assert (why.held_as, why.rule) == ("other", "second-opinion:paid->other")


def test_the_models_other_or_paid_against_a_dispute_is_no_disagreement() -> None:
    # "other" is what the model reads when it knows few words; "we paid long ago" disputes
    assert opposing("dispute", {"dispute": 0.0, "other": 5.0, "paid": 1.0}) is None
    assert opposing("paid", {"paid": 0.0, "other": 5.0, "dispute": 1.0}) is None
    assert opposing("dispute", {"dispute": 0.0, "paid": 5.0, "other": 1.0}) is None
    assert opposing("paid", {"paid": 0.0, "promise": 5.0, "other": 1.0}) == ("promise", 5.0)
    for text in (
        "哪个项目的？我们这边查不到有这笔。",  # other, 3.66 ahead of dispute
        "这笔我们去年就结清了，你们账是不是记错了？",  # paid, 2.85 ahead
    ):
        assert disagreement("dispute", text, packaged_model()) is None


def test_classify_holds_the_rules_paid_as_the_models_promise(
    opinion: Model, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fallback, "packaged_model", lambda: opinion)
    mail = parse_message(text_mail(PAID_BUT_PROMISE, Date=SENT))
    held = classify(mail)
    assert (held.kind, held.rule) == ("promise", "second-opinion:paid->promise")
    assert not held.confident  # the PM is asked
    assert held.evidence[-2].startswith("second opinion: promise (ahead by")
    assert held.evidence[-1].startswith("learned words: ") and "inshallah" in held.evidence[-1]
    assert classify(mail, learned=False).kind == "paid"  # settings.replies.learned off


SHIPPED = [
    # a correction of an earlier "paid" (Cantonese): it is still to be paid, by a day
    ("paid", "唔好意思，之前話已經過咗數係我搞錯，張單仲未批，"
     "財務話下個禮拜五之前會過。", "promise"),
    ("paid", "Sorry, my colleague said it was paid, but it is still in the approval queue; "
     "it will be released by next Friday.", "promise"),
]  # fmt: skip


@pytest.mark.parametrize(("rules", "text", "model_kind"), SHIPPED)
def test_the_shipped_model_disagrees_with_a_wrong_paid_or_dispute(
    rules: str, text: str, model_kind: str
) -> None:
    why = disagreement(rules, text, packaged_model())
    assert why is not None and why.model_kind == model_kind


def test_the_shipped_model_reads_a_bank_check_read_as_dispute_as_a_bank_question() -> None:
    # a check of our bank account's name, no objection: the model reads the bank question
    # (4.2 ahead on the shipped model; whether it clears the lead depends on the retrain)
    text = "请确认贵司收款账户开户行名称，财务系统里登记的开户行与发票备注不一致，请出具盖章说明。"
    opposed = opposing("dispute", packaged_model().scores(features(text)))
    assert opposed is not None and opposed[0] == "bank_question"


@pytest.mark.parametrize(
    ("rules", "text"),
    [
        ("paid", "款已于今天上午通过招商银行汇出，共计128,000元，回单见附件。"),
        ("paid", "We paid the invoice in full this morning, please find the bank slip attached."),
        ("dispute", "发票金额与合同不符，合同约定98,000元，发票开了108,000元，我们不能接受。"),
        ("dispute", "The system still crashes every day, we will not pay until it is fixed."),
    ],
)
def test_the_shipped_model_leaves_a_right_paid_or_dispute_alone(rules: str, text: str) -> None:
    assert disagreement(rules, text, packaged_model()) is None


def test_the_lead_clears_every_held_out_lag_by_a_hinge_and_its_own_corpus() -> None:
    def behind(kind: str, by: float) -> dict[str, float]:
        return {"paid": 0.0, "dispute": 0.0, "promise": 0.0, kind: -by}

    scored = [("paid", behind("paid", b), "") for b in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0)]
    scored += [("dispute", behind("dispute", 0.0), ""), ("promise", behind("promise", 5.0), "")]
    scored += [("dispute", {"dispute": 0.0, "partial_payment": 4.0}, "")]  # not told apart
    # every held-out lag cleared by a training hinge: 3.0 + 1.0 (not the promise's 5.0)
    assert SECOND_OPINION_SPARE == 1.0
    assert second_opinion_lead(scored) == pytest.approx(4.1)
    own = [("paid", behind("paid", 4.5))]  # its own corpus must stay as the rules read it
    assert second_opinion_lead(scored, own) == pytest.approx(4.6)
    assert second_opinion_lead(scored, [("paid", behind("paid", 9.0))]) is None


def test_the_pm_question_names_both_readings_and_the_models_words() -> None:
    rule, words = "second-opinion:paid->promise", "learned words: next friday, released"
    en = doubt_texts(rule, words, "en")
    assert en is not None
    assert en[0] == "the rules read paid, but the learned model reads a promise to pay"
    assert "“next friday, released”" in en[1] and "'paid AMOUNT'" in en[1]
    zh = doubt_texts("second-opinion:dispute->bank_question", "learned words: 开户行", "zh")
    assert zh is not None and zh[0] == "规则读作异议，学习模型却读作询问收款账户"
    assert "“开户行”" in zh[1] and "resume" in zh[1]
