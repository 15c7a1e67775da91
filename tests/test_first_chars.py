"""Rule patterns behind a look-ahead of their first characters (daemon/inbox/first_chars.py):
the same matches as the pattern alone, and the pattern left alone where the first characters
are not sure."""

from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from daemon.inbox import first_chars
from daemon.inbox.first_chars import QuickPatterns, quick
from daemon.inbox.first_chars import first_chars as first_of
from daemon.inbox.rulebook import find_signals, rulebook


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"已付款", 0, "[已]"),
        (r"(?<!once )(?<!when )\b(?:we|i)\s+paid", re.I, "[wi]"),
        (r"(?:^|[.!]\s*)paid", re.I, r"[\.!p]"),
        (r"(?:yes,?\s*)?done", re.I, "[yd]"),
        (r"\d+\s*天", 0, r"[\d]"),
        (r"[a-c]x|付", 0, "[a-c付]"),
        (r"(?>ab)c", 0, "[a]"),
    ],
)
def test_the_first_characters(pattern: str, flags: int, expected: str) -> None:
    assert first_of(re.compile(pattern, flags)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"x*",  # may match empty: at any position
        r"(?:^|\s)",  # the same
        r"[^a]b",  # a negated class
        r".paid",  # any character
        r"(?i:a)b",  # flags switched inside
        r"(?P<x>a)?(?(x)b|c)",  # a conditional
    ],
)
def test_left_alone_when_not_sure(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert first_of(compiled) is None
    assert quick(compiled) is compiled


def test_a_leading_flag_stays_first() -> None:
    compiled = re.compile(r"(?i)paid")
    assert quick(compiled) is compiled


SAMPLES = (
    "We have paid. Once we've paid we will tell you; when we paid, i paid.",
    "已付款，还没付款。我们已于昨天付款！款项已经转过去了",
    "Paid - sorry. PAID. paid lah. ſ K k 付",
    "",
)


@pytest.fixture(scope="module")
def made() -> tuple[re.Pattern[str], ...]:
    """The shipped rules' quick patterns, made once (~0.3 s)."""
    return tuple(quick(r.pattern) for r in rulebook().rules)


def test_every_shipped_rule_finds_the_same_matches(made: tuple[re.Pattern[str], ...]) -> None:
    """On its own examples and counter-examples and a few traps (case folds: ſ, K)."""
    rules = rulebook().rules
    for rule, fast in zip(rules, made, strict=True):
        for sample in (*SAMPLES, *rule.examples, *rule.counter):
            expected = [(m.span(), m.groups()) for m in rule.pattern.finditer(sample)]
            assert [(m.span(), m.groups()) for m in fast.finditer(sample)] == expected, rule.name
    changed = sum(fast is not rule.pattern for rule, fast in zip(rules, made, strict=True))
    assert changed >= 0.9 * len(rules)  # nearly every rule gets its look-ahead


def test_the_quick_patterns_come_after_the_first_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(first_chars, "QUICK_AFTER", 2)
    rules = [SimpleNamespace(pattern=re.compile(p)) for p in ("已付", r"\bpaid\b", "x*")]
    patterns = QuickPatterns()
    assert list(patterns.of(rules)) == [r.pattern for r in rules]
    assert list(patterns.of(rules)) == [r.pattern for r in rules]
    third = patterns.of(rules)
    assert [p.pattern for p in third] == [r"(?=[已])(?:已付)", r"(?=[p])(?:\bpaid\b)", "x*"]
    assert patterns.of(rules) is third


def test_find_signals_runs_the_patterns_it_is_handed(
    made: tuple[re.Pattern[str], ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "我们已付款一半，余款下周付。We have paid half; the rest will follow next week."
    book = rulebook()
    before = find_signals(text, book)
    handed: list[int] = []

    def of(rules: object) -> tuple[re.Pattern[str], ...]:
        handed.append(1)
        return made

    monkeypatch.setattr(book.quick, "of", of)
    assert find_signals(text, book) == before and before
    assert handed == [1]
