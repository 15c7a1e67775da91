"""Train the learned fallback (:mod:`daemon.inbox.fallback`) and choose its margins honestly.

Why: the fallback is only worth having if its guesses hold on replies written by people
it never saw. So the margins are chosen by cross-validation where each fold is one author's
set of the corpus (the file-name prefix: ``c``, ``h``, ``hc``, ``hd``, ``he``...), trained on
the others: the fold's replies are as new to the model as the next client's will be. Chosen:
the margins with the most right guesses among those that turn at most :data:`OTHER_LIMIT` of
the folds' true ``other`` replies into a guess, make at most :data:`WRONG_LIMIT` of their
guesses the wrong kind, and with which the model trained on everything turns none of its
own ``other`` replies into a guess (so the corpus stays as the rules read it); none
qualifying, the most cautious.

Pure: examples (group, kind, text) in, the model's JSON form out. The shell that reads the
corpus and writes ``rules/learned.json`` is :mod:`daemon.cli.classify_train`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, get_args

from daemon.config.reply_kinds import MACHINE_KINDS, Kind
from daemon.inbox.fallback import GUESSES, Model, features, long_enough

KINDS = tuple(kind for kind in get_args(Kind) if kind not in MACHINE_KINDS)
"""The kinds a person writes: all but machine mail, read by headers, never by this model."""
ALPHA = 0.5
MIN_REPLIES = 2
"""An n-gram seen in fewer training replies is noise (a name, an amount)."""
KEEP = 5_000
"""The n-grams kept: the most telling ones (it keeps the packaged model ~150 KB)."""
MARGINS = tuple(n / 20 for n in range(9))
"""Margins tried over the runner-up: 0 to 0.4 by 0.05."""
MARGINS_OTHER = tuple(n / 20 for n in range(13))
"""Margins tried over ``other``: 0 to 0.6 by 0.05."""
OTHER_LIMIT = 0.03
WRONG_LIMIT = 0.05


@dataclass(frozen=True)
class Example:
    group: str
    """The author's set it comes from: a fold of the cross-validation."""
    kind: str
    text: str


@dataclass(frozen=True)
class Trial:
    """How a pair of margins did over all folds."""

    margin: float
    margin_other: float
    right: int
    wrong: int
    others_turned: int
    others: int

    def acceptable(self) -> bool:
        guesses = self.right + self.wrong
        return self.others_turned <= OTHER_LIMIT * self.others and self.wrong <= WRONG_LIMIT * max(
            guesses, 1
        )


def counts(examples: Sequence[Example]) -> dict[str, dict[str, int]]:
    """Per kind, in how many replies each kept n-gram occurs."""
    per_kind: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    seen: Counter[str] = Counter()
    for ex in examples:
        if ex.kind in per_kind:
            grams = features(ex.text)
            per_kind[ex.kind].update(grams)
            seen.update(grams)
    common = [g for g, n in seen.items() if n >= MIN_REPLIES]
    sizes = {k: sum(c[g] for g in common) for k, c in per_kind.items()}
    everything = sum(sizes.values())
    prior = ALPHA * len(common)

    def telling(gram: str) -> float:
        n = seen[gram]
        best = 0.0
        for kind, c in per_kind.items():
            inside = (c[gram] + ALPHA) / (sizes[kind] + prior)
            outside = (n - c[gram] + ALPHA) / (everything - sizes[kind] + prior)
            best = max(best, abs(math.log(inside / outside)))
        return best * math.log(1 + n)

    kept = sorted(common, key=lambda g: (-telling(g), g))[:KEEP]
    return {k: {g: c[g] for g in sorted(kept) if c[g]} for k, c in per_kind.items()}


def model_json(examples: Sequence[Example], margin: float, margin_other: float) -> dict[str, Any]:
    """The JSON form :meth:`daemon.inbox.fallback.Model.from_json` reads."""
    return {
        "kinds": list(KINDS),
        "alpha": ALPHA,
        "margin": margin,
        "margin_other": margin_other,
        "counts": counts(examples),
    }


def cross_validate(examples: Sequence[Example]) -> list[Trial]:
    """Every pair of margins, scored with each group held out in turn."""
    groups = sorted({ex.group for ex in examples})
    scored: list[tuple[str, dict[str, float]]] = []
    for group in groups:
        train = [ex for ex in examples if ex.group != group]
        model = Model.from_json(model_json(train, 0.0, 0.0))
        for ex in examples:
            if ex.group == group and ex.kind in KINDS and long_enough(ex.text):
                scored.append((ex.kind, model.scores(features(ex.text) & model.vocabulary)))
    others = sum(kind == "other" for kind, _s in scored)
    trials = []
    for margin in MARGINS:
        for margin_other in MARGINS_OTHER:
            right = wrong = turned = 0
            for kind, scores in scored:
                guess = _guess(scores, margin, margin_other)
                if guess is None:
                    continue
                right += guess == kind
                turned += kind == "other"
                wrong += guess != kind and kind != "other"
            trials.append(Trial(margin, margin_other, right, wrong, turned, others))
    return trials


def _guess(scores: dict[str, float], margin: float, margin_other: float) -> str | None:
    best, second = sorted(scores, key=lambda k: scores[k], reverse=True)[:2]
    if best not in GUESSES or scores[best] - scores[second] < margin:
        return None
    return best if scores[best] - scores["other"] >= margin_other else None


def others_scores(examples: Sequence[Example], model: Model) -> list[dict[str, float]]:
    """The scores of the ``other`` replies of ``examples`` long enough to be guessed."""
    others = [ex.text for ex in examples if ex.kind == "other" and long_enough(ex.text)]
    return [model.scores(features(text) & model.vocabulary) for text in others]


def choose(trials: Sequence[Trial], own_others: Sequence[dict[str, float]] = ()) -> Trial:
    """The acceptable trial with the most right guesses (then the larger margins) that
    guesses none of ``own_others`` (the training set's ``other`` replies, scored by the
    final model); none acceptable, the most cautious one."""
    ok = [
        t
        for t in trials
        if t.acceptable() and not any(_guess(s, t.margin, t.margin_other) for s in own_others)
    ]
    if not ok:
        return max(trials, key=lambda t: (t.margin_other, t.margin))
    return max(ok, key=lambda t: (t.right, t.margin_other, t.margin))
