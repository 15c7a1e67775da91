"""Load the reply rules (package data in :mod:`daemon.inbox.rules`) and find their signals.

Why data, not code: the words clients use to say "paid", "we object" or "next Friday" grow
with every real reply we see, and the PM adds phrases of their own
(``settings.replies.phrases``). A rule is a name, a kind, a confidence, a regex built from
the file's shared ``terms``, and examples and counter-examples that run as tests
(tests/test_rulebook.py), so a rule that stops matching its own examples fails the suite.

Scope, per language file: a match does not count when, in the same clause (text between
clause breaks), a negation cue stands shortly before it (``还没付款``, "have not paid"), a
condition cue stands anywhere before it (``如有异议``, "if you dispute"), or the clause is a
question (``付款了吗？``). A rule lists in ``unless`` which of these cancel it: a refusal
("won't pay") is itself negative, so negation does not cancel it.

Usage::

    book = rulebook()
    for signal in find_signals("我们已付款", book): ...
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from daemon.errors import CuikuanError
from daemon.inbox.clauses import around
from daemon.inbox.first_chars import QuickPatterns
from daemon.inbox.our_choice import left_to_us
from daemon.inbox.regex_cache import CompiledRegexes

logger = logging.getLogger(__name__)

LANGUAGE_FILES = ("zh", "zh_hant", "en")
_BASE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML has it: the rules load in a tenth of the time."""


class _Loader(_BASE_LOADER):  # type: ignore[misc,valid-type]
    """A safe loader that refuses a key given twice in one mapping: YAML would keep the last
    one silently (a rule's second ``counter:`` hiding its first)."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                line = key_node.start_mark.line + 1
                raise yaml.constructor.ConstructorError(
                    None, None, f"{key!r} given twice (line {line})", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


_LOADER = _Loader
SCOPES = frozenset({"negation", "condition", "question"})
PHRASE_CONFIDENCE = 0.9
"""Confidence of a phrase the PM added in the config: they said what it means."""


class RulebookError(CuikuanError):
    """A rules file is broken: the message names the file, the rule and the fix."""


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    language: str
    pattern: re.Pattern[str]
    confidence: float
    unless: frozenset[str]
    examples: tuple[str, ...] = ()
    counter: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scope:
    """What cancels a match in one language: negation, condition, question cues."""

    negation: re.Pattern[str]
    negation_after: re.Pattern[str] | None
    condition: re.Pattern[str]
    question: re.Pattern[str]
    window: int
    plan: re.Pattern[str] | None = None
    """Words of a plan or an obligation (原定, 应该, "was supposed to"): a past date beside
    them is when the payment was due, not when it was made (:mod:`daemon.inbox.tense`)."""


@dataclass(frozen=True)
class AttachmentRule:
    name: str
    kind: str
    pattern: re.Pattern[str]
    confidence: float


@dataclass(frozen=True)
class Rulebook:
    rules: tuple[Rule, ...]
    scopes: Mapping[str, Scope]
    precedence: tuple[str, ...]
    confident: float
    attachments: tuple[AttachmentRule, ...]
    clause_break: re.Pattern[str]
    defect_only: frozenset[str] = frozenset()
    """Dispute rules whose words only name a defect (质量问题, 打不开, "does not work"): no
    refusal, no consequence for the payment (common.yaml ``defect_only``; the second reading
    asks whether such an objection is one)."""
    covers: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Covering markers (common.yaml ``markers``): the kinds whose signals inside a marker's
    words do not count."""
    aside: tuple[str, ...] = ()
    """Aside markers (common.yaml ``markers`` with ``aside: true``), in the file's order: words
    that say nothing of the payment; alone, the reading is ``other`` with their rule."""
    quick: QuickPatterns = field(default_factory=QuickPatterns, compare=False, repr=False)
    """The rules' patterns as :func:`find_signals` runs them (the same matches, sooner)."""


@dataclass(frozen=True)
class Signal:
    """One rule that matched, with where and how sure it is."""

    rule: str
    kind: str
    text: str
    start: int
    end: int
    confidence: float


def _load_yaml(name: str) -> dict[str, Any]:
    path = resources.files("daemon.inbox.rules").joinpath(f"{name}.yaml")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise RulebookError(f"rules file {name}.yaml cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise RulebookError(f"rules file {name}.yaml: expected a mapping at the top")
    return data


_TERM = re.compile(r"\{([a-z_]+)\}")
"""A term reference in a pattern: ``{pay}`` (regex quantifiers like ``{0,8}`` are left alone)."""


def _expand(where: str, pattern: str, terms: Mapping[str, str]) -> str:
    def term(m: re.Match[str]) -> str:
        if m.group(1) not in terms:
            raise RulebookError(f"{where}: unknown term {{{m.group(1)}}}; define it under 'terms'")
        return terms[m.group(1)]

    return _TERM.sub(term, pattern)


def _compile(
    where: str, pattern: str, terms: Mapping[str, str], regexes: CompiledRegexes | None = None
) -> re.Pattern[str]:
    """``pattern`` with its terms, compiled (by ``regexes``, the kept ones, when given)."""
    # Text is NFKC-normalised before matching (full-width ，！？ become ASCII): so are patterns.
    expanded = unicodedata.normalize("NFKC", _expand(where, pattern, terms))
    try:
        return (regexes.compile if regexes else re.compile)(expanded, re.I)
    except re.error as exc:
        raise RulebookError(f"{where}: bad regex ({exc}): {pattern}") from exc


def _terms(name: str, data: dict[str, Any]) -> dict[str, str]:
    terms: dict[str, str] = {}
    for key, value in (data.get("terms") or {}).items():  # later terms may use earlier ones
        terms[key] = "(?:" + _expand(f"{name}.yaml terms.{key}", str(value), terms) + ")"
    return terms


def _scope(
    name: str, data: dict[str, Any], terms: Mapping[str, str], regexes: CompiledRegexes
) -> Scope:
    scope = data.get("scope") or {}
    missing = {"negation", "condition", "question"} - set(scope)
    if missing:
        raise RulebookError(f"{name}.yaml: scope needs {', '.join(sorted(missing))}")
    after = scope.get("negation_after")
    return Scope(
        negation=_compile(
            f"{name}.yaml scope.negation", scope["negation"] + r"\s*$", terms, regexes
        ),
        negation_after=_compile(f"{name}.yaml scope.negation_after", "^" + after, terms, regexes)
        if after
        else None,
        condition=_compile(f"{name}.yaml scope.condition", scope["condition"], terms, regexes),
        question=_compile(f"{name}.yaml scope.question", scope["question"], terms, regexes),
        window=int(scope.get("window", 8)),
        plan=_compile(f"{name}.yaml scope.plan", scope["plan"], terms, regexes)
        if "plan" in scope
        else None,
    )


def _rule(
    name: str,
    index: int,
    entry: Any,
    terms: Mapping[str, str],
    kinds: set[str],
    regexes: CompiledRegexes,
) -> Rule:
    where = f"{name}.yaml rules[{index}]"
    if not isinstance(entry, dict) or not {"name", "kind", "pattern"} <= set(entry):
        raise RulebookError(f"{where}: a rule needs name, kind and pattern")
    where += f" ({entry['name']})"
    if entry["kind"] not in kinds:
        raise RulebookError(f"{where}: unknown kind {entry['kind']!r}; use one of {sorted(kinds)}")
    unless = frozenset(entry.get("unless", sorted(SCOPES)))
    if unless - SCOPES:
        raise RulebookError(f"{where}: unless may hold only {sorted(SCOPES)}")
    return Rule(
        name=str(entry["name"]),
        kind=str(entry["kind"]),
        language=name,
        pattern=_compile(where, str(entry["pattern"]), terms, regexes),
        confidence=float(entry.get("confidence", 0.9)),
        unless=unless,
        examples=tuple(str(e) for e in entry.get("examples") or ()),
        counter=tuple(str(e) for e in entry.get("counter") or ()),
    )


@lru_cache(maxsize=8)
def rulebook(phrases: tuple[tuple[str, str, str], ...] = ()) -> Rulebook:
    """The shipped rules, plus ``phrases`` (kind, language, phrase) from the config.

    Their regexes come compiled from the previous process when the rules are unchanged
    (:mod:`daemon.inbox.regex_cache`: the same patterns, without ~0.35 s of compiling)."""
    regexes = CompiledRegexes.load()
    common = _load_yaml("common")
    covers = _covers(common)
    kinds = set(common["kinds"]) | set(common.get("markers") or {})
    rules: list[Rule] = []
    scopes: dict[str, Scope] = {}
    for name in LANGUAGE_FILES:
        data = _load_yaml(name)
        terms = _terms(name, data)
        scopes[name] = _scope(name, data, terms, regexes)
        rules += [
            _rule(name, i, e, terms, kinds, regexes) for i, e in enumerate(data.get("rules") or ())
        ]
    for n, (kind, language, phrase) in enumerate(phrases):
        lang = language if language in scopes else "en"
        pattern = re.compile(re.escape(phrase.strip()), re.I)
        rules.append(
            Rule(f"config:{kind}:{n}", kind, lang, pattern, PHRASE_CONFIDENCE, frozenset(SCOPES))
        )
    attachments = tuple(
        AttachmentRule(
            str(a["name"]),
            str(a["kind"]),
            _compile(f"common.yaml attachments ({a['name']})", str(a["pattern"]), {}, regexes),
            float(a.get("confidence", 0.8)),
        )
        for a in common.get("attachments") or ()
    )
    regexes.save()
    defect_only = frozenset(common.get("defect_only") or ())
    unknown = defect_only - {r.name for r in rules}
    if unknown:
        raise RulebookError(f"common.yaml defect_only: no rule named {', '.join(sorted(unknown))}")
    return Rulebook(
        rules=tuple(rules),
        scopes=scopes,
        precedence=tuple(common["precedence"]),
        confident=float(common["confident"]),
        attachments=attachments,
        clause_break=re.compile(str(common["clause_break"])),
        defect_only=defect_only,
        covers=covers,
        aside=_asides(common),
    )


def _covers(common: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """common.yaml's covering markers, each checked to cover reply kinds or markers that exist
    (a typo would silently cover nothing); an aside marker may cover nothing."""
    markers = common.get("markers") or {}
    known = set(common["kinds"]) | set(markers)
    out: dict[str, frozenset[str]] = {}
    for name, entry in markers.items():
        covered = frozenset(str(k) for k in (entry or {}).get("covers") or ())
        if not covered and name in _asides(common):
            continue
        if not covered or not covered <= known:
            raise RulebookError(
                f"common.yaml markers.{name}.covers: {sorted(covered - known) or 'empty'} is not"
                f" a kind; list kinds from {sorted(known)}"
            )
        out[str(name)] = covered
    return out


def _asides(common: Mapping[str, Any]) -> tuple[str, ...]:
    """common.yaml's aside markers (``aside: true``), in the file's order; ``aside`` checked to
    be a yes or no (a quoted "false" would read as true)."""
    out = []
    for name, entry in (common.get("markers") or {}).items():
        flag = (entry or {}).get("aside", False)
        if not isinstance(flag, bool):
            raise RulebookError(f"common.yaml markers.{name}.aside: {flag!r} is not true or false")
        if flag:
            out.append(str(name))
    return tuple(out)


@dataclass(frozen=True)
class MachineRule:
    """One sign of machine mail (rules/machine.yaml): a name, a regex, its examples."""

    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...] = ()
    counter: tuple[str, ...] = ()


MACHINE_GROUPS = ("challenge", "subject", "body", "receipt_subject", "receipt_body")
"""The groups of rules/machine.yaml; :mod:`daemon.inbox.classify` decides where each is read."""


@lru_cache(maxsize=1)
def machine_rules() -> dict[str, tuple[MachineRule, ...]]:
    """Challenge-response, auto-reply and read-receipt rules, by group (MACHINE_GROUPS).

    Compiled case-insensitive on the raw text, not NFKC-normalised: a full-width "：" in a
    pattern stays full-width."""
    data = _load_yaml("machine")
    groups: dict[str, tuple[MachineRule, ...]] = {}
    for group in MACHINE_GROUPS:
        rules: list[MachineRule] = []
        for index, entry in enumerate(data.get(group) or ()):
            where = f"machine.yaml {group}[{index}]"
            if not isinstance(entry, dict) or not {"name", "pattern"} <= set(entry):
                raise RulebookError(f"{where}: a rule needs name and pattern")
            try:
                pattern = re.compile(str(entry["pattern"]), re.I)
            except re.error as exc:
                raise RulebookError(f"{where} ({entry['name']}): bad regex ({exc})") from exc
            rules.append(
                MachineRule(
                    str(entry["name"]),
                    pattern,
                    tuple(str(e) for e in entry.get("examples") or ()),
                    tuple(str(e) for e in entry.get("counter") or ()),
                )
            )
        if not rules:
            raise RulebookError(f"machine.yaml: group {group!r} has no rules")
        groups[group] = tuple(rules)
    return groups


def phrases_from_config(
    table: Mapping[Any, Mapping[Any, Iterable[str]]] | None,
) -> tuple[tuple[str, str, str], ...]:
    """``settings.replies.phrases`` ({kind: {language: [phrase]}}) as rulebook() wants it."""
    out: list[tuple[str, str, str]] = []
    for kind, by_language in (table or {}).items():
        for language, phrases in (by_language or {}).items():
            out += [(str(kind), str(language), p) for p in phrases if p and p.strip()]
    return tuple(out)


_A_NOT_A = re.compile(r"(\w)[不唔没沒]\1")
"""能不能 / 可唔可以 / 有没有: a question (the question scope's business), not a negation."""


def negated(before: str, scope: Scope) -> bool:
    """A negation cue of ``scope`` ends ``before`` (the clause's words up to a match, within the
    scope's window): 还没有付款, "have not paid", 不正常, "hasn't been fixed". The rules' own cues,
    so that every reader that asks "is this negated?" takes the same words."""
    return bool(scope.negation.search(_A_NOT_A.sub("", before[-scope.window :])))


def _cancelled(rule: Rule, scope: Scope, text: str, m: re.Match[str], book: Rulebook) -> bool:
    begin, finish = around(text, m.start(), m.end(), book.clause_break, with_end=True)
    before = text[begin : m.start()]
    if "negation" in rule.unless:
        if negated(before, scope):
            return True
        if scope.negation_after and scope.negation_after.search(text[m.end() : finish]):
            return True
    if "condition" in rule.unless and (
        scope.condition.search(before) or left_to_us(text, m.start())
    ):
        return True
    return "question" in rule.unless and bool(scope.question.search(text[begin:finish]))


def find_signals(text: str, book: Rulebook) -> list[Signal]:
    """Every rule match in ``text`` that its scope does not cancel, in text order."""
    found: list[Signal] = []
    for rule, pattern in zip(book.rules, book.quick.of(book.rules), strict=True):
        scope = book.scopes[rule.language]
        for m in pattern.finditer(text):
            if not m.group(0).strip() or _cancelled(rule, scope, text, m, book):
                continue
            found.append(
                Signal(rule.name, rule.kind, m.group(0), m.start(), m.end(), rule.confidence)
            )
    found.sort(key=lambda s: s.start)
    return found
