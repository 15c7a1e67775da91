"""The reply rules as data: every rule matches its own examples and none of its counter-examples.

The examples live next to the rules in daemon/inbox/rules/*.yaml, so whoever edits a rule
sees (and runs) what it must and must not catch.
"""

from __future__ import annotations

import pytest

from daemon.inbox.reading import normalise, read_words
from daemon.inbox.rulebook import (
    LANGUAGE_FILES,
    MACHINE_GROUPS,
    RulebookError,
    _asides,
    _compile,
    _covers,
    find_signals,
    machine_rules,
    phrases_from_config,
    rulebook,
)

BOOK = rulebook()
EXAMPLES = [(r.name, e) for r in BOOK.rules for e in r.examples]
COUNTERS = [(r.name, e) for r in BOOK.rules for e in r.counter]


def _fired(rule: str, text: str) -> bool:
    return any(s.rule == rule for s in find_signals(normalise(text), BOOK))


@pytest.mark.parametrize(("rule", "text"), EXAMPLES, ids=[f"{r}:{t}" for r, t in EXAMPLES])
def test_rule_matches_its_examples(rule: str, text: str) -> None:
    assert _fired(rule, text)


@pytest.mark.parametrize(("rule", "text"), COUNTERS, ids=[f"{r}:{t}" for r, t in COUNTERS])
def test_rule_ignores_its_counter_examples(rule: str, text: str) -> None:
    assert not _fired(rule, text)


MACHINE = machine_rules()
MACHINE_EXAMPLES = [(g, r.name, e) for g in MACHINE_GROUPS for r in MACHINE[g] for e in r.examples]
MACHINE_COUNTERS = [(g, r.name, e) for g in MACHINE_GROUPS for r in MACHINE[g] for e in r.counter]


def _machine_fired(group: str, name: str, text: str) -> bool:
    return any(r.pattern.search(text) for r in MACHINE[group] if r.name == name)


@pytest.mark.parametrize(
    ("group", "rule", "text"),
    MACHINE_EXAMPLES,
    ids=[f"{g}.{r}:{t}" for g, r, t in MACHINE_EXAMPLES],
)
def test_machine_rule_matches_its_examples(group: str, rule: str, text: str) -> None:
    assert _machine_fired(group, rule, text)


@pytest.mark.parametrize(
    ("group", "rule", "text"),
    MACHINE_COUNTERS,
    ids=[f"{g}.{r}:{t}" for g, r, t in MACHINE_COUNTERS],
)
def test_machine_rule_ignores_its_counter_examples(group: str, rule: str, text: str) -> None:
    assert not _machine_fired(group, rule, text)


def test_every_machine_rule_has_examples_and_counter_examples() -> None:
    for group in MACHINE_GROUPS:
        assert MACHINE[group], group
        for rule in MACHINE[group]:
            assert rule.examples and rule.counter, f"{group}.{rule.name}"


def test_every_language_file_has_rules_with_examples() -> None:
    for language in LANGUAGE_FILES:
        rules = [r for r in BOOK.rules if r.language == language]
        assert rules, language
        assert all(r.examples for r in rules), [r.name for r in rules if not r.examples]
    assert len({r.name for r in BOOK.rules}) == len(BOOK.rules), "rule names must be unique"


def test_every_kind_in_the_precedence_has_rules() -> None:
    kinds = {r.kind for r in BOOK.rules}
    assert set(BOOK.precedence) - {"auto_reply"} <= kinds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我们还没付款", "other"),  # negation
        ("如有异议请联系", "other"),  # condition
        ("我们已经付款了吗？", "other"),  # a question, not a statement
        ("We haven't paid yet.", "other"),
        ("If you dispute the amount, reply.", "other"),
        ("已付款，但发票抬头错了", "dispute"),  # an objection beats paid
        ("先付了4万，余款下月付", "partial_payment"),
        ("已付款，余款月底前付清", "partial_payment"),
        ("能否延期到下个月付款？", "more_time"),
        ("你们的收款账户变更了吗？", "bank_question"),
        ("验收合格", "acceptance"),
        ("请重新发一下发票", "resend_request"),
        ("这张账单有问题", "dispute"),  # weak, but nothing else: a possible dispute
    ],
)
def test_readings(text: str, kind: str) -> None:
    assert read_words(text, (), BOOK).kind == kind


def test_a_weak_objection_alone_is_a_dispute_that_is_not_confident() -> None:
    reading = read_words("这张账单有问题", (), BOOK)
    assert reading.kind == "dispute" and reading.confidence < BOOK.confident


def test_attachment_names_are_evidence_when_the_words_say_nothing() -> None:
    reading = read_words("见附件", ("转账凭证.pdf",), BOOK)
    assert (reading.kind, reading.rule) == ("paid", "attachment:remittance-attachment")
    assert read_words("见附件", ("合同.pdf",), BOOK).kind == "other"
    assert read_words("发票抬头错了", ("remittance.pdf",), BOOK).kind == "dispute"


def test_partial_payment_carries_the_amount() -> None:
    assert read_words("We paid 40,000 of 80,000.", (), BOOK).amount == 40_000
    assert read_words("先付了4万，余款下月付", (), BOOK).amount == 40_000


def test_phrases_from_the_config_are_rules() -> None:
    phrases = phrases_from_config({"paid": {"zh": ["钱已落袋"]}, "dispute": {"en": [" nope "]}})
    assert phrases == (("paid", "zh", "钱已落袋"), ("dispute", "en", " nope "))
    book = rulebook(phrases)
    assert read_words("钱已落袋", (), book).kind == "paid"
    assert read_words("Nope.", (), book).rule == "config:dispute:1"
    assert read_words("钱已落袋", (), BOOK).kind == "other"


def test_a_bad_pattern_names_the_rule_and_the_fix() -> None:
    with pytest.raises(RulebookError, match=r"zh.yaml rules\[3\].*unknown term \{nope\}"):
        _compile("zh.yaml rules[3] (x)", "{nope}付款", {})
    with pytest.raises(RulebookError, match="bad regex"):
        _compile("en.yaml rules[0] (x)", "(unclosed", {})


def test_a_covering_marker_must_cover_kinds_that_exist() -> None:
    """A typo in a marker's ``covers`` would cover nothing and let its signals through."""
    common = {"kinds": ["paid", "dispute"], "markers": {"handoff": {"covers": ["paid"]}}}
    assert _covers(common) == {"handoff": frozenset({"paid"})}
    common["markers"] = {"handoff": {"covers": ["payed"]}}
    with pytest.raises(RulebookError, match=r"markers\.handoff\.covers: \['payed'\]"):
        _covers(common)
    common["markers"] = {"handoff": None}
    with pytest.raises(RulebookError, match="handoff.covers: empty"):
        _covers(common)


def test_an_aside_marker_is_a_flag_in_the_data() -> None:
    """An aside marker (words that say nothing of the payment) may cover nothing; its flag is a
    yes or no, and the asides keep the file's order (the first names the reading)."""
    common = {
        "kinds": ["paid", "resend_request"],
        "markers": {
            "away": {"aside": True},
            "handoff": {"covers": ["paid"]},
            "paper": {"covers": ["resend_request"], "aside": True},
        },
    }
    assert _covers(common) == {"handoff": frozenset({"paid"}), "paper": {"resend_request"}}
    assert _asides(common) == ("away", "paper")
    common["markers"] = {"away": {"aside": "yes"}}
    with pytest.raises(RulebookError, match=r"markers\.away\.aside: 'yes' is not true or false"):
        _asides(common)
    common["markers"] = {"away": {"aside": False}}
    with pytest.raises(RulebookError, match="away.covers: empty"):
        _covers(common)


def test_the_shipped_asides_read_as_other_with_their_rule() -> None:
    assert BOOK.aside == (
        "absent",
        "other_paper",
        "progress",
        "data_mismatch",
        "support",
        "referred",
        "future_claim",
        "courtesy",
        "user_payment_fault",
    )
    reading = read_words("Mr. Rao is on leave till 14th, kindly contact the undersigned.", (), BOOK)
    assert (reading.kind, reading.rule.startswith("en-")) == ("other", True)


def test_the_shipped_markers_cover_what_they_say() -> None:
    assert BOOK.covers["handoff"] == {"paid", "partial_payment"}
    assert BOOK.covers["not_by"] == {"dispute"}
    assert read_words("已经移交区财政局直接支付", (), BOOK).kind != "paid"


def test_a_key_given_twice_in_a_rules_file_is_an_error() -> None:
    """YAML keeps the last of two ``counter:`` keys silently; the rules loader refuses it."""
    import yaml

    from daemon.inbox.rulebook import _LOADER

    with pytest.raises(yaml.YAMLError, match="given twice"):
        yaml.load("- name: r\n  counter: [a]\n  counter: [b]\n", Loader=_LOADER)
    assert yaml.load("- name: r\n  counter: [a, b]\n", Loader=_LOADER) == [
        {"name": "r", "counter": ["a", "b"]}
    ]
