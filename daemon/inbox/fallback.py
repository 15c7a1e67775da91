"""A learned second opinion for replies no rule reads: a guess for the PM, never an action.

Why: the reply rules (:mod:`daemon.inbox.reading`) are near 100 % on the wordings they were
written for and 70-75 % on the next author's replies (tests/data/replies/HELDOUT.md); most
misses are replies no rule fires on at all, read ``other``. A linear model over character
1-3-grams (and English words and word pairs), trained on the labelled corpus by the
averaged perceptron (:mod:`daemon.inbox.fallback_train`), often still sees what such a
reply is about ("麻烦把发票重新开一下" looks like the resend requests it was trained on).
Its guess is only ever *low confidence*: the milestone is held and the PM is asked exactly
as for an unrecognised reply, but the question names the guess and the words it came from,
so the PM answers with one word.

What it may guess is limited to :data:`GUESSES`: never paid (a wrong one thanks a client who
has not paid), never machine mail. A guess needs its kind's margins: its score beats the
runner-up and ``other`` by that kind's two margins (scores of the reply as a unit vector, so
long and short replies compare); each kind's are chosen by cross-validation on the corpus
when the model is trained (:mod:`daemon.inbox.fallback_train`, ``cuikuan classify
--train``), a kind with no margins worth having is never guessed. A dispute is guessed only
when very sure (:data:`daemon.inbox.fallback_train.DANGER_WEIGHT`) and when the reply says no
somewhere (:func:`says_no`): held, it stops the chase until the PM says ``resume``, which is
the safe side of a missed objection but a false alarm when wrong.

The model is package data (``rules/learned.json``), loaded once on first use. Pure: text in,
a :class:`Guess` or None out.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

from daemon.inbox.reading import normalise
from daemon.inbox.rulebook import rulebook
from daemon.inbox.second_reading import BEARS_ON_PAYMENT

GUESSES = frozenset(
    {"promise", "more_time", "acceptance", "resend_request", "bank_question", "dispute"}
)
"""Kinds a guess may name: each is held for the PM whatever the confidence (a dispute as a
possible dispute, :func:`daemon.inbox.decide._ask_pm`). Not ``paid`` and not
``partial_payment``: the model learns it mostly from amounts (any reply quoting two sums
looks like one, "报价USD 21,000，请款单却是23,500" too), and a partial reading files the
client's claim of a payment."""
NEEDS_NO = frozenset({"dispute"})
"""Kinds guessed only from a reply with a negation cue (:func:`says_no`). A dispute's n-grams
are mostly its topic (发票, 税率, 合同约定, "invoice"), and the topic is also that of replies
agreeing on it ("发票税率是13%，合同约定也是13%，我们这周走流程。" scored dispute by 3.4 over
``other``); an objection the rules missed still says no somewhere: a refusal, a defect not
fixed, a paper not arrived (cross-validated by set: 287 right and 1 wrong dispute guesses
without this, 254 and 0 with it). Nor from a Chinese reply that names no payment, its paper, a
sign-off or a condition at all (second_reading.BEARS_ON_PAYMENT, a Chinese and English list):
a fault reported ("探头读数一直是零……你们赶紧派人来看看") is `other` by labels.yaml's
convention, held for the PM without a dispute's alarm."""
CONFIDENCE = 0.4
"""Confidence of every learned reading: below ``CONFIDENT``, so cuikuan never acts on it."""
MODEL_FILE = "learned.json"
"""The trained model, in the package data of :mod:`daemon.inbox.rules`."""
EVIDENCE_SIZE = 5
"""How many n-grams are shown as a guess's evidence."""
MIN_WORDS = 6
"""Fewer words than this (Chinese characters and English words: "Test", "好的 Original",
"next Friday") is too little to guess from."""

_WORD = re.compile(r"[a-z][a-z']+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_NEGATION = re.compile(r"[没沒未不無无冇唔别別]")
NEGATION_SCOPE = 4
"""Characters after a Chinese negation that also count as negated (``!`` n-grams): 还没有
安排付款 is not a promise though 安排 and 付款 are its words (cross-validated on the 1500-reply
corpus, each at its chosen margins: right guesses 411 -> 452, wrong 19 -> 14, ``other``
replies turned 4 -> 3 of 135)."""
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


def features(text: str) -> set[str]:
    """The n-grams a reply is read by: characters 1-3 (not single ASCII letters), English
    words (``w:``) and word pairs (``b:``), Chinese 1-2-grams just after a negation (``!``);
    lower case, NFKC, every digit a ``0``."""
    t = _SPACE.sub(" ", _DIGIT.sub("0", unicodedata.normalize("NFKC", text).lower())).strip()
    out: set[str] = set()
    for n in (1, 2, 3):
        for i in range(len(t) - n + 1):
            gram = t[i : i + n]
            if gram.strip() and not (n == 1 and gram.isascii()):
                out.add(gram)
    words = _WORD.findall(t)
    out.update("w:" + w for w in words)
    out.update(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    for cue in _NEGATION.finditer(t):
        scope = t[cue.end() : cue.end() + NEGATION_SCOPE]
        for n in (1, 2):
            for i in range(len(scope) - n + 1):
                gram = scope[i : i + n]
                if gram.strip() and not gram.isascii():
                    out.add("!" + gram)
    return out


def says_no(text: str) -> bool:
    """A negation cue of any language's rules (``scope.negation`` of ``rules/*.yaml``) in
    ``text``: the same words the rules take as cancelling a match."""
    words = normalise(text)
    return any(cue.search(words) for cue in _negation_cues())


@cache
def _negation_cues() -> tuple[re.Pattern[str], ...]:
    """Each language's negation scope, unanchored (the rules anchor it before a match)."""
    scopes = rulebook(()).scopes.values()
    return tuple(
        re.compile(s.negation.pattern.removesuffix(r"\s*$"), s.negation.flags) for s in scopes
    )


def long_enough(text: str) -> bool:
    """Enough words to guess from (:data:`MIN_WORDS`)."""
    lower = text.lower()
    return len(_CJK.findall(lower)) + len(_WORD.findall(lower)) >= MIN_WORDS


@dataclass(frozen=True)
class Guess:
    """What the model thinks a reply is, by how much, and the n-grams that said so."""

    kind: str
    margin: float
    evidence: list[str]


@dataclass(frozen=True)
class Model:
    """A linear model: per n-gram a weight for each kind, a bias per kind; and per kind it may
    guess, the margins over the runner-up and over ``other``."""

    kinds: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    margins: dict[str, tuple[float, float]]
    second_opinion: float | None = None
    """How far the model's best kind must lead the rules' paid or dispute for the reading to
    be held (:mod:`daemon.inbox.second_opinion`); None: never (a model trained without it)."""

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The n-grams the model knows."""
        return frozenset(self.weights)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Model:
        """The model from its JSON form (``kinds``, ``weights``, ``bias``, ``margins``: kind ->
        [over the runner-up, over other]; optional ``second_opinion``: a lead); raises
        KeyError/ValueError/TypeError when a part is missing or wrong."""
        kinds = tuple(str(k) for k in data["kinds"])
        if "other" not in kinds:
            raise ValueError("a learned model needs the kind 'other'")
        weights = {str(g): tuple(float(x) for x in w) for g, w in data["weights"].items()}
        bias = tuple(float(b) for b in data["bias"])
        if len(bias) != len(kinds) or any(len(w) != len(kinds) for w in weights.values()):
            raise ValueError("a learned model needs one weight per kind for each n-gram")
        margins = {str(k): (float(m[0]), float(m[1])) for k, m in data["margins"].items()}
        if not set(margins) <= GUESSES & set(kinds):
            unguessable = sorted(set(margins) - GUESSES)
            raise ValueError(f"margins for kinds it may not guess: {unguessable}")
        lead = data.get("second_opinion")
        second_opinion = None if lead is None else float(lead)
        return cls(kinds, weights, bias, margins, second_opinion)

    def scores(self, grams: set[str]) -> dict[str, float]:
        """Each kind's score (higher: likelier): the bias plus the known n-grams' weights,
        the reply taken as a unit vector (each n-gram 1/sqrt(n)) so that long and short
        replies compare and the margins mean the same for both."""
        known = sorted(grams & self.weights.keys())
        totals = list(self.bias)
        unit = 1 / math.sqrt(len(known)) if known else 0.0
        for gram in known:
            for k, w in enumerate(self.weights[gram]):
                totals[k] += w * unit
        return dict(zip(self.kinds, totals, strict=True))

    def guess(self, text: str) -> Guess | None:
        """The kind ``text`` looks like, when it leads by that kind's margins."""
        grams = features(text) & self.weights.keys()
        if not grams or not long_enough(text):
            return None
        scores = self.scores(grams)
        best, second = sorted(scores, key=lambda k: scores[k], reverse=True)[:2]
        margin = scores[best] - scores[second]
        needed = self.margins.get(best)
        if needed is None or margin < needed[0] or scores[best] - scores["other"] < needed[1]:
            return None
        if best in NEEDS_NO and not says_no(text):
            return None
        if best in NEEDS_NO and _CJK.search(text) and not BEARS_ON_PAYMENT.search(normalise(text)):
            return None  # a Chinese fault report naming no payment: labels.yaml's `other`
        telling = self.telling(grams, best)
        return Guess(best, round(margin, 3), telling) if telling else None

    def telling(self, grams: set[str], kind: str) -> list[str]:
        """The words of ``grams`` that weigh most for ``kind`` against ``other``: runs of
        Chinese characters and English words and pairs, each weighing with the shorter
        n-grams inside it (a pair with its two words, 收款 with 收 and 款) so that the PM
        reads 收款 or "bank account" rather than 收 or "the"; the heaviest first, none
        inside another one shown."""
        mine, other = self.kinds.index(kind), self.kinds.index("other")

        def lift(gram: str) -> float:
            weights = self.weights.get(gram)
            return weights[mine] - weights[other] if weights else 0.0

        words: dict[str, float] = {}
        for gram in grams:
            if gram.startswith("w:"):
                words[gram[2:]] = lift(gram)
            elif gram.startswith("b:") and " " in gram:
                first, second = gram[2:].split(" ", 1)
                words[gram[2:]] = lift(gram) + lift("w:" + first) + lift("w:" + second)
            elif all(c.isalpha() and not c.isascii() for c in gram):
                inside = {gram[i:j] for i in range(len(gram)) for j in range(i + 1, len(gram) + 1)}
                words[gram] = sum(lift(g) for g in inside)
        shown: list[str] = []
        for word in sorted(words, key=lambda w: (-words[w], w)):
            if words[word] <= 0:
                break
            if not any(word in o or o in word for o in shown):
                shown.append(word)
                if len(shown) == EVIDENCE_SIZE:
                    break
        return shown


@cache
def packaged_model() -> Model:
    """The model shipped with cuikuan (read once, on the first reply no rule reads)."""
    text = resources.files("daemon.inbox.rules").joinpath(MODEL_FILE).read_text("utf-8")
    return Model.from_json(json.loads(text))


def learned_guess(text: str) -> Guess | None:
    """The packaged model's guess for a reply's own words, or None."""
    return packaged_model().guess(text)
