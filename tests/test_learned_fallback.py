"""The learned fallback (daemon/inbox/fallback.py): a held guess for replies no rule reads.

The shipped model is checked for what it must be (valid, small, reading its own corpus, never
turning the corpus's own ``other`` replies into a guess), not for exact numbers: the reply
helpers add sets and retrain it. The mechanics (margins, kinds it may never guess, the
hook in classify, the cross-validation) are tested on small models trained by the real
training code from examples written here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from daemon.cli.classify_train import examples_of
from daemon.cli.main import main
from daemon.inbox import fallback
from daemon.inbox.classify import CONFIDENT, classify
from daemon.inbox.fallback import GUESSES, NEEDS_NO, Model, features, packaged_model, says_no
from daemon.inbox.fallback_train import (
    DANGER_WEIGHT,
    DANGEROUS,
    KEEP,
    Example,
    Trial,
    choose,
    cross_validate,
    margins_of,
    model_json,
    others_scores,
)
from daemon.inbox.parse import parse_message
from tests.fixtures.replies import ReplyCorpus
from tests.test_parse import text_mail
from tests.test_reply_scope import NO_RULE_OTHER

REPLIES = Path(__file__).parent / "data" / "replies"
SENT = "Tue, 01 Dec 2026 10:00:00 +0800"

PROMISES = [
    "Dear Wang, the money goes out soon, inshallah, next week",
    "The money goes out next week inshallah",
    "the money goes out soon inshallah",
    "Dear Wang, money goes out on the 10th inshallah",
]
OTHERS = [
    "Dear Wang, thanks, noted with thanks",
    "noted with thanks, best regards to you",
    "Dear Wang, well noted, kind regards",
    "thanks, noted, regards from all of us",
]
PAIDS = [
    "the money went out yesterday, slip attached",
    "money went out, slip attached",
    "Dear Wang, money went out, see the slip",
]
"""Words no rule of cuikuan knows ("money goes out ... inshallah"): only the model reads them."""


def toy(margin: float = 0.1, margin_other: float = 0.1) -> Model:
    data = [Example("a", "promise", t) for t in PROMISES]
    data += [Example("a", "other", t) for t in OTHERS]
    data += [Example("a", "paid", t) for t in PAIDS]
    return Model.from_json(model_json(data, {"promise": (margin, margin_other)}))


@pytest.fixture
def toy_model(monkeypatch: pytest.MonkeyPatch) -> Model:
    model = toy()
    monkeypatch.setattr(fallback, "packaged_model", lambda: model)
    return model


def test_features_are_characters_words_and_pairs_without_digits() -> None:
    grams = features("已付 Paid 12,000")
    assert {"已", "已付", "w:paid", "b:paid 00", "0,0"} - grams == {"b:paid 00"}
    assert "p" not in grams and "1" not in grams  # no single ASCII letters, digits are 0
    assert {"!安", "!安排", "!付"} <= features("还没有安排付款")  # negated: 没 then 4 characters
    assert "!安" not in features("安排付款")


def test_a_guess_needs_its_margins_and_is_never_paid() -> None:
    model = toy()
    guess = model.guess("the money goes out soon inshallah")
    assert guess is not None and guess.kind == "promise"
    assert any("inshallah" in words for words in guess.evidence)
    assert toy(margin=5.0).guess("the money goes out soon inshallah") is None
    assert toy(margin_other=5.0).guess("the money goes out soon inshallah") is None
    assert model.guess("Dear Wang, the money went out, slip attached") is None  # paid: never
    assert model.guess("Dear Wang, noted with thanks, regards") is None  # looks like other
    assert model.guess("12345") is None  # nothing it knows
    assert model.guess("money goes out inshallah") is None  # too few words to guess from
    assert GUESSES.isdisjoint({"paid", "partial_payment", "auto_reply", "bounce", "other"})


def test_classify_asks_the_model_only_when_no_rule_reads_the_words(toy_model: Model) -> None:
    body = "Dear Wang, money goes out soon inshallah, 10 December."
    mail = parse_message(text_mail(body, Date=SENT))
    result = classify(mail)
    assert (result.kind, result.rule) == ("promise", "learned:promise")
    assert result.confidence < CONFIDENT and not result.confident  # held for the PM
    assert result.evidence[0].startswith("learned guess (margin")
    assert any("inshallah" in words for words in result.evidence[1:])
    assert result.promised_date is not None and result.promised_date.isoformat() == "2026-12-10"
    assert classify(mail, learned=False).rule == "no-rule"
    ruled = classify(parse_message(text_mail("已付款，请查收。money goes out", Date=SENT)))
    assert ruled.kind == "paid" and not ruled.rule.startswith("learned")


def test_machine_mail_and_non_replies_never_reach_the_model(toy_model: Model) -> None:
    body = "Dear Wang, money goes out soon inshallah"
    auto = text_mail(body, Date=SENT, **{"Auto-Submitted": "auto-replied"})
    assert classify(parse_message(auto)).kind == "auto_reply"
    fresh = text_mail(body, Date=SENT, Subject="hello", **{"In-Reply-To": ""})
    assert classify(parse_message(fresh)).rule == "not-a-reply"


def test_the_shipped_model_is_valid_small_and_reads_its_own_corpus(
    reply_corpus: ReplyCorpus,
) -> None:
    model = packaged_model()
    assert "other" in model.kinds and set(model.kinds) >= GUESSES
    assert 0 < len(model.vocabulary) <= KEEP
    assert set(model.margins) <= GUESSES
    assert all(m >= 0 and m_other >= 0 for m, m_other in model.margins.values())
    size = (Path(fallback.__file__).parent / "rules" / fallback.MODEL_FILE).stat().st_size
    assert size < 400_000
    data = examples_of(REPLIES.name, reply_corpus.parsed())
    right = 0
    for ex in data:
        scores = model.scores(features(ex.text) & model.vocabulary)
        right += max(scores, key=lambda k: scores[k]) == ex.kind
    person = [ex for ex in data if ex.kind in model.kinds]
    assert right >= 0.9 * len(person)
    # trained with its margins chosen so: none of its own `other` replies becomes a guess
    turned = [ex.text for ex in data if ex.kind == "other" and model.guess(ex.text)]
    assert turned == [], "retrain: cuikuan classify --train tests/data/replies (README)"


def test_cross_validation_holds_each_set_out_and_choose_is_cautious() -> None:
    data = [Example(g, "promise", t) for g in "xy" for t in PROMISES]
    data += [Example(g, "other", t) for g in "xy" for t in OTHERS]
    trials = cross_validate(data)
    assert {t.others for t in trials} == {len(OTHERS) * 2}
    [best] = choose(trials)
    assert best.kind == "promise" and best.objective() > 0
    full = Model.from_json(model_json(data, {}))
    cautious = choose(trials, others_scores(data, full))
    chosen = Model.from_json(model_json(data, margins_of(cautious)))
    assert [t for t in OTHERS if chosen.guess(t)] == []
    bad = [Trial("promise", 0.0, 0.0, 10, 0, 5, 10), Trial("promise", 0.1, 0.4, 1, 0, 4, 10)]
    assert choose(bad) == []  # none worth it: the kind is never guessed


def test_the_margins_maximise_the_objective_not_the_right_guesses() -> None:
    # right guesses less one per wrong kind and nine per `other` reply turned (an `other`
    # of the corpus's folds stands for nine among the replies no rule reads)
    many = Trial("promise", 0.0, 0.0, right=100, wrong=10, others_turned=20, others=50)
    careful = Trial("promise", 0.2, 0.5, right=80, wrong=5, others_turned=2, others=50)
    assert (many.objective(), careful.objective()) == (-90, 57)
    assert choose([many, careful]) == [careful]
    worthless = Trial("promise", 0.0, 0.0, right=3, wrong=3, others_turned=0, others=50)
    cautious = Trial("promise", 0.1, 0.9, right=0, wrong=0, others_turned=0, others=50)
    assert choose([worthless, cautious]) == []  # nothing worth guessing: never guessed


def test_one_odd_other_reply_does_not_force_the_margins_up() -> None:
    # Session 9: a naive Bayes scored one of its own `other` replies (a Cantonese request
    # for an English receipt) as bank_question even in-sample, and the margins that kept
    # it `other` cut the right guesses by a sixth. The perceptron reads its own replies.
    odd = "Dear Wang, the money goes out soon inshallah? asks the auditor"  # a question: other
    data = [Example("x", "promise", t) for t in PROMISES]
    data += [Example("x", "other", t) for t in [*OTHERS, odd]]
    full = Model.from_json(model_json(data, {"promise": (0.0, 0.0)}))
    assert full.guess(odd) is None
    assert [full.guess(t) for t in OTHERS] == [None] * len(OTHERS)
    guess = full.guess(PROMISES[0])
    assert guess is not None and guess.kind == "promise"
    [chosen] = choose([Trial("promise", 0.0, 0.0, 5, 0, 0, 5)], others_scores(data, full))
    assert chosen.margin == 0.0


def test_a_guess_names_the_words_that_weigh_for_its_kind_against_other() -> None:
    model = toy()
    guess = model.guess("Dear Wang, the money goes out soon inshallah, noted")
    assert guess is not None and guess.kind == "promise"
    assert any("inshallah" in words for words in guess.evidence)
    assert not {"noted", "dear", "dear wang"} & set(guess.evidence)  # words of `other`
    assert all(a == b or a not in b for a in guess.evidence for b in guess.evidence)


RESENDS = [
    "麻烦重新开一张发票寄过来",
    "发票抬头错了，麻烦重新开",
    "请重新开发票，谢谢",
    "麻烦把发票重新开一下",
]
NOTES = ["好的，收到了，谢谢", "收到，谢谢你们", "好的，知道了，谢谢", "知道了，收到"]


def test_chinese_evidence_is_a_run_of_characters_not_single_ones() -> None:
    # a linear model spreads its weight over 重, 新, 重新 and 重新开: the PM reads 重新开
    data = [Example("a", "resend_request", t) for t in RESENDS]
    data += [Example("a", "other", t) for t in NOTES]
    model = Model.from_json(model_json(data, {"resend_request": (0.1, 0.1)}))
    guess = model.guess("收到，麻烦重新开发票")
    assert guess is not None and guess.kind == "resend_request"
    assert len(guess.evidence[0]) > 1 and "收到" not in guess.evidence


def test_training_is_reproducible() -> None:
    data = [Example("x", "promise", t) for t in PROMISES]
    data += [Example("x", "other", t) for t in OTHERS]
    data += [Example("y", "paid", t) for t in PAIDS]
    margins = {"promise": (0.1, 0.2)}
    assert model_json(data, margins) == model_json(list(data), margins)
    assert cross_validate(data) == cross_validate(data)


def _corpus(folder: Path, replies: list[tuple[str, str, str]]) -> Path:
    """A labelled corpus like tests/data/replies: (file name, kind, body) each."""
    folder.mkdir()
    for name, _kind, body in replies:
        (folder / name).write_bytes(text_mail(body, Date=SENT))
    labels = {name: {"kind": kind} for name, kind, _body in replies}
    (folder / "labels.yaml").write_text(json.dumps(labels), encoding="utf-8")
    return folder


def test_eval_counts_the_guesses_and_the_others_they_turned(
    toy_model: Model, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = _corpus(
        tmp_path / "c",
        [
            ("a1.eml", "promise", "Dear Wang, money goes out soon inshallah."),
            ("a2.eml", "other", "Dear Wang, money goes out soon inshallah, next year maybe."),
            ("a3.eml", "other", "Dear Wang, thanks, noted with thanks"),
        ],
    )
    assert main(["classify", "--eval", str(corpus)]) == 0
    out = capsys.readouterr().out
    assert "learned guesses (held for the PM): 1/2 right, 1 of 2 'other' replies turned" in out
    assert main(["classify", "--eval", str(corpus), "--no-learned"]) == 0
    assert "learned guesses" not in capsys.readouterr().out


def test_train_command_writes_a_model_the_classifier_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replies = [
        (f"{'ab'[i % 2]}{n}{i}.eml", kind, body)
        for n, (kind, texts) in enumerate((("promise", PROMISES), ("other", OTHERS)))
        for i, body in enumerate(texts)
    ]
    corpus = _corpus(tmp_path / "corpus", replies)
    # the PM's corrections (data/corrections, hashed names) train as one more set
    corrections = _corpus(tmp_path / "corrections", [("0f3a.eml", "other", OTHERS[0])])
    out = tmp_path / "model.json"
    argv = ["classify", "--train", str(corpus), "--train", str(corrections), "--model", str(out)]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert "9 replies from 3 sets" in printed and "\n  promise " in printed
    assert "never guessed (no margins worth it): acceptance, bank_question, dispute" in printed
    model = Model.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert model.weights and model.guess(OTHERS[0]) is None


@pytest.mark.parametrize("body", NO_RULE_OTHER)
def test_a_guess_on_a_reply_no_rule_reads_is_held(body: str) -> None:
    # the shipped model may guess on these (a promise, today); whatever it guesses, it is
    # never paid or dispute and never confident: the PM is asked as for `other`
    result = classify(parse_message(text_mail(body, Date=SENT)), known_sender=True)
    assert result.rule in ("no-rule", f"learned:{result.kind}")
    assert result.kind in GUESSES | {"other"} and not result.confident


@pytest.mark.parametrize("kind", sorted(GUESSES))
def test_every_kind_it_may_guess_is_held_for_the_pm(kind: str) -> None:
    from daemon.inbox.classify import Classification
    from daemon.inbox.decide import needs_pm
    from daemon.inbox.fallback import CONFIDENCE

    guessed = Classification(kind, rule=f"learned:{kind}", confidence=CONFIDENCE)  # type: ignore[arg-type]
    assert not guessed.confident and needs_pm(guessed)


# Swahili, which no rule of cuikuan reads: a Kenyan client refusing until a fix (saying no
# in English: "no pesa", no money), promising, or only acknowledging.
OBJECTIONS = [
    "Bidhaa zimeharibika, no pesa mpaka mrekebishe mfumo",
    "Mfumo bado haufanyi kazi, no pesa mpaka mrekebishe",
    "Salio: no pesa mpaka mrekebishe hitilafu ya mfumo",
    "Ripoti zina makosa, no pesa mpaka mrekebishe kwanza",
]
PLEDGES = [
    "Tutalipa wiki ijayo, asante kwa subira yako",
    "Tutalipa salio wiki ijayo bila kukosa",
    "Habari, tutalipa wiki ijayo kupitia benki",
    "Tutalipa ankara yote wiki ijayo, asante sana",
]
THANKS = [
    "Asante, tumepokea ujumbe wako, tutawasiliana",
    "Asante sana, tumepokea ujumbe wako",
    "Tumepokea ujumbe wako, asante na siku njema",
    "Asante, ujumbe wako umefika salama kwetu",
]


def swahili(margins: dict[str, tuple[float, float]]) -> Model:
    data = [Example("a", "dispute", t) for t in OBJECTIONS]
    data += [Example("a", "promise", t) for t in PLEDGES]
    data += [Example("a", "other", t) for t in THANKS]
    return Model.from_json(model_json(data, margins))


def test_each_kind_has_its_own_margins_and_a_kind_without_them_is_never_guessed() -> None:
    refusal = "Mfumo una hitilafu, no pesa mpaka mrekebishe tafadhali"
    pledge = "Tutalipa wiki ijayo, tafadhali subiri kidogo"
    both = swahili({"dispute": (0.1, 0.1), "promise": (0.1, 0.1)})
    assert [getattr(both.guess(t), "kind", None) for t in (refusal, pledge)] == [
        "dispute",
        "promise",
    ]
    no_dispute = swahili({"promise": (0.1, 0.1)})  # dispute leads, but has no margins
    assert no_dispute.guess(refusal) is None
    assert getattr(no_dispute.guess(pledge), "kind", None) == "promise"
    strict = swahili({"dispute": (9.0, 9.0), "promise": (0.1, 0.1)})  # one kind's bar only
    assert strict.guess(refusal) is None and strict.guess(pledge) is not None
    with pytest.raises(ValueError, match="paid"):
        data = model_json([Example("a", "other", THANKS[0])], {})
        Model.from_json({**data, "margins": {"paid": [0, 0]}})


def test_a_wrong_dispute_guess_costs_twenty_right_ones_so_it_is_guessed_only_when_sure() -> None:
    # a held dispute that is not one is a dangerous misreading (evaluate.danger); a wrong
    # promise is a safe miss: the same counts choose looser margins for a promise
    loose = dict(margin=0.5, margin_other=0.5, right=40, wrong=1, others_turned=1, others=50)
    tight = dict(margin=2.0, margin_other=2.5, right=25, wrong=0, others_turned=0, others=50)
    assert Trial("dispute", **loose).objective() == 40 - 2 * DANGER_WEIGHT  # type: ignore[arg-type]
    assert Trial("promise", **loose).objective() == 40 - 1 - 9  # type: ignore[arg-type]
    trials = [Trial(k, **c) for k in ("dispute", "promise") for c in (loose, tight)]  # type: ignore[arg-type]
    assert margins_of(choose(trials)) == {"dispute": (2.0, 2.5), "promise": (0.5, 0.5)}
    assert DANGER_WEIGHT >= 20 and {"dispute"} <= DANGEROUS and "paid" not in GUESSES


def test_a_dispute_is_guessed_only_from_a_reply_that_says_no() -> None:
    # the topic of a dispute without a negation cue of the rules (zh, zh-Hant, en) is no
    # objection: "the system is faulty, fix it" leads as dispute here but is not guessed
    model = swahili({"dispute": (0.1, 0.1), "promise": (0.1, 0.1)})
    topic = "Mfumo una hitilafu, pesa mpaka mrekebishe tafadhali"
    scores = model.scores(features(topic))
    assert max(scores, key=lambda k: scores[k]) == "dispute" and model.guess(topic) is None
    assert says_no("no pesa") and says_no("还没修好") and says_no("問題未解決")
    assert not says_no("发票税率是13%，合同约定也是13%，我们这周走流程。")
    assert {"dispute"} == NEEDS_NO


def test_cross_validation_chooses_margins_per_kind() -> None:
    data = [Example(g, "dispute", t) for g in "xy" for t in OBJECTIONS]
    data += [Example(g, "promise", t) for g in "xy" for t in PLEDGES]
    data += [Example(g, "other", t) for g in "xy" for t in THANKS]
    trials = cross_validate(data)
    assert {t.kind for t in trials} == GUESSES
    chosen = margins_of(choose(trials))
    assert set(chosen) == {"dispute", "promise"}  # the kinds that lead right on held-out sets


def test_a_message_from_a_known_sender_that_answers_nothing_of_ours_is_not_guessed(
    toy_model: Model,
) -> None:
    # the model learned from replies to reminders: a fresh message from a client's address
    # (spam sent from it, a newsletter) stays `other`, held for the PM as any unread mail
    body = "Dear Wang, money goes out soon inshallah, 10 December."
    fresh = text_mail(body, Date=SENT, Subject="hello", **{"In-Reply-To": ""})
    read = classify(parse_message(fresh), known_sender=True)
    assert (read.kind, read.rule) == ("other", "no-rule")
    threaded = classify(parse_message(text_mail(body, Date=SENT)), known_sender=True)
    assert threaded.rule == "learned:promise"
