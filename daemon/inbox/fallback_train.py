"""Train the learned fallback (:mod:`daemon.inbox.fallback`) and choose its margins honestly.

Why: the fallback is only worth having if its guesses hold on replies written by people
it never saw. So the margins are chosen by cross-validation where each fold is one author's
set of the corpus (the file-name prefix: ``c``, ``h``, ``hc``, ``hd``, ``he``...), trained on
the others: the fold's replies are as new to the model as the next client's will be.

The model is linear over the n-grams of :func:`~daemon.inbox.fallback.features`, trained by
the averaged perceptron with a margin (:func:`fit`). Session 9's naive Bayes was retrained
only if the model trained on everything turned none of its own ``other`` replies into a
guess, and a Bayes model does not fit its own training set: one Cantonese request for an
English receipt scored bank_question above other even in-sample and forced the margins up
until the fallback guessed 1 of the 9 replies of blind set R it could have read. The
perceptron is trained until its own replies are read right with room to spare, so that
guard holds at any margin and the margins are chosen by what they do on unseen folds.

Chosen per kind (session 12: one pair for all kinds was set by the kind that needed it most):
the margins whose guesses of that kind on the held-out folds score best by
:meth:`Trial.objective` (right guesses, less :data:`WRONG_WEIGHT` per wrong kind and
:data:`OTHER_WEIGHT` per true ``other`` reply turned into a guess; :data:`DANGER_WEIGHT` per
either for a dispute), among those with which the model trained on everything turns none of
its own ``other`` replies into a guess (so the corpus stays as the rules read it); a kind
with none qualifying or none worth it is not guessed.

Pure and deterministic: examples (group, kind, text) in, the model's JSON form out. The shell
that reads the corpus and writes ``rules/learned.json`` is :mod:`daemon.cli.classify_train`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, get_args

from daemon.config.reply_kinds import MACHINE_KINDS, Kind
from daemon.inbox.fallback import GUESSES, NEEDS_NO, Model, features, long_enough, says_no
from daemon.inbox.second_opinion import WATCHED, opposing

KINDS = tuple(kind for kind in get_args(Kind) if kind not in MACHINE_KINDS)
"""The kinds a person writes: all but machine mail, read by headers, never by this model."""
MIN_REPLIES = 2
"""An n-gram seen in fewer training replies is noise (a name, an amount)."""
KEEP = 5_000
"""The n-grams kept: the most telling ones (it keeps the packaged model under 400 KB)."""
EPOCHS = 10
"""Passes of the perceptron over the training replies."""
HINGE = 1.0
"""A training reply whose own kind does not beat the runner-up by this much updates the
weights (scores are per unit-length reply: see :meth:`daemon.inbox.fallback.Model.scores`)."""
DECIMALS = 3
"""Weights are stored rounded: the model file stays small and diffs between retrains stay
readable."""
MARGINS = tuple(n / 10 for n in range(31))
"""Margins tried over the runner-up: 0 to 3 by 0.1."""
MARGINS_OTHER = tuple(n / 10 for n in range(41))
"""Margins tried over ``other``: 0 to 4 by 0.1."""
WRONG_WEIGHT = 1
"""A guess of the wrong kind costs one right guess: the PM is asked either way, but the
question names the wrong kind."""
OTHER_WEIGHT = 9
"""A true ``other`` reply turned into a guess costs nine right guesses: in the corpus's folds
one reply in ten is ``other``, among the replies of blind sets R to Y that no rule reads (the
only ones the fallback sees) about half are, so each ``other`` of a fold stands for nine of
the replies the model is really asked about (session 12: with 3 and margins per kind, the
chosen margins for promise, more_time and bank_question fell to 0.0-0.4 over the runner-up
and turned product questions, "could the printer also print QR codes?", into guesses)."""
DANGEROUS = frozenset({"dispute"})
"""Kinds whose wrong guess is a dangerous misreading (``daemon.inbox.evaluate.danger``): a
reply held as a possible dispute that is not one stops its chase until the PM answers."""
DANGER_WEIGHT = 20
"""A wrong guess of a :data:`DANGEROUS` kind (another kind or ``other``) costs twenty right
ones: guessed only where the held-out folds show at least 95 % of such guesses right, the
bar issue 12 sets for the whole reading."""


@dataclass(frozen=True)
class Example:
    group: str
    """The author's set it comes from: a fold of the cross-validation."""
    kind: str
    text: str


@dataclass(frozen=True)
class Trial:
    """How a pair of margins for guessing ``kind`` did over all folds."""

    kind: str
    margin: float
    margin_other: float
    right: int
    wrong: int
    others_turned: int
    others: int

    def objective(self) -> int:
        """Right guesses less the weighted wrong ones and ``other`` replies turned (both
        :data:`DANGER_WEIGHT` for a :data:`DANGEROUS` kind)."""
        if self.kind in DANGEROUS:
            return self.right - DANGER_WEIGHT * (self.wrong + self.others_turned)
        return self.right - WRONG_WEIGHT * self.wrong - OTHER_WEIGHT * self.others_turned


def kept_grams(examples: Sequence[Example]) -> list[str]:
    """The :data:`KEEP` n-grams (seen in :data:`MIN_REPLIES` replies or more) whose share
    differs most between one kind and the rest, weighted by how often they occur."""
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
    prior = 0.5 * len(common)

    def telling(gram: str) -> float:
        n = seen[gram]
        best = 0.0
        for kind, c in per_kind.items():
            inside = (c[gram] + 0.5) / (sizes[kind] + prior)
            outside = (n - c[gram] + 0.5) / (everything - sizes[kind] + prior)
            best = max(best, abs(math.log(inside / outside)))
        return best * math.log(1 + n)

    return sorted(sorted(common, key=lambda g: (-telling(g), g))[:KEEP])


def fit(examples: Sequence[Example]) -> tuple[dict[str, list[float]], list[float]]:
    """Weights per kept n-gram and kind (in :data:`KINDS` order), and a bias per kind: the
    averaged multiclass perceptron, updated whenever a reply's own kind does not beat the
    runner-up by :data:`HINGE`; replies in a fixed order, so training is reproducible."""
    vocabulary = set(kept_grams(examples))
    index = {kind: i for i, kind in enumerate(KINDS)}
    data = []
    for ex in examples:
        grams = sorted(features(ex.text) & vocabulary)
        if ex.kind in index and grams:
            data.append((grams, index[ex.kind], 1 / math.sqrt(len(grams))))
    n, size = len(data), len(KINDS)
    weights: dict[str, list[float]] = {}
    summed: dict[str, list[float]] = {}  # step-weighted updates, for the average
    bias, bias_summed = [0.0] * size, [0.0] * size
    step = 1
    order = sorted(range(n), key=lambda i: (i * 7919) % n)  # spread the sets, deterministic
    for _epoch in range(EPOCHS):
        for i in order:
            grams, own, unit = data[i]
            scores = bias[:]
            for gram in grams:
                if (w := weights.get(gram)) is not None:
                    for k in range(size):
                        scores[k] += w[k] * unit
            rival = max((k for k in range(size) if k != own), key=lambda k: scores[k])
            if scores[own] - scores[rival] < HINGE:
                for gram in grams:
                    w = weights.setdefault(gram, [0.0] * size)
                    s = summed.setdefault(gram, [0.0] * size)
                    w[own] += unit
                    w[rival] -= unit
                    s[own] += step * unit
                    s[rival] -= step * unit
                bias[own] += 1
                bias[rival] -= 1
                bias_summed[own] += step
                bias_summed[rival] -= step
            step += 1
    average = {g: [w[k] - summed[g][k] / step for k in range(size)] for g, w in weights.items()}
    return average, [bias[k] - bias_summed[k] / step for k in range(size)]


Margins = dict[str, tuple[float, float]]
"""Per kind the model may guess: the margins over the runner-up and over ``other``."""


def model_json(examples: Sequence[Example], margins: Margins) -> dict[str, Any]:
    """The JSON form :meth:`daemon.inbox.fallback.Model.from_json` reads."""
    weights, bias = fit(examples)
    return {
        "kinds": list(KINDS),
        "margins": {kind: list(pair) for kind, pair in sorted(margins.items())},
        "bias": [_rounded(b) for b in bias],
        "weights": {
            g: rounded for g in sorted(weights) if any(rounded := [_rounded(w) for w in weights[g]])
        },
    }


def _rounded(weight: float) -> float:
    """``weight`` to :data:`DECIMALS` places; a zero as ``0`` (the file's most common number)."""
    return round(weight, DECIMALS) or 0


Scored = list[tuple[str, dict[str, float], str]]
"""Replies (kind, the model's scores, text), each scored by a model that never saw its set."""


def held_out_scores(examples: Sequence[Example]) -> Scored:
    """The long enough replies of every group, each scored by the model trained on the other
    groups: the replies are as new to it as the next client's will be."""
    scored: Scored = []
    for group in sorted({ex.group for ex in examples}):
        train = [ex for ex in examples if ex.group != group]
        model = Model.from_json(model_json(train, {}))
        for ex in examples:
            if ex.group == group and ex.kind in KINDS and long_enough(ex.text):
                scored.append((ex.kind, model.scores(features(ex.text)), ex.text))
    return scored


def cross_validate(examples: Sequence[Example], scored: Scored | None = None) -> list[Trial]:
    """Every pair of margins for every kind of :data:`GUESSES`, scored with each group held
    out in turn (``scored``: :func:`held_out_scores`, computed when not given). A reply
    counts for the kind that leads its scores, so each kind's margins are chosen apart from
    the others' (a :data:`NEEDS_NO` kind only if the reply says no)."""
    if scored is None:
        scored = held_out_scores(examples)
    others = sum(kind == "other" for kind, _s, _t in scored)
    leads = [
        (kind, *lead)
        for kind, scores, text in scored
        if (lead := _leads(scores))[0] not in NEEDS_NO or says_no(text)
    ]
    trials = []
    for guessed in sorted(GUESSES):
        mine = [(kind, second, other) for kind, best, second, other in leads if best == guessed]
        for margin in MARGINS:
            for margin_other in MARGINS_OTHER:
                right = wrong = turned = 0
                for kind, over_second, over_other in mine:
                    if over_second >= margin and over_other >= margin_other:
                        right += kind == guessed
                        turned += kind == "other"
                        wrong += kind not in (guessed, "other")
                trials.append(Trial(guessed, margin, margin_other, right, wrong, turned, others))
    return trials


def _leads(scores: dict[str, float]) -> tuple[str, float, float]:
    """The best kind, by how much it beats the runner-up and ``other``."""
    best, second = sorted(scores, key=lambda k: scores[k], reverse=True)[:2]
    return best, scores[best] - scores[second], scores[best] - scores["other"]


def others_scores(examples: Sequence[Example], model: Model) -> list[dict[str, float]]:
    """The scores of the ``other`` replies of ``examples`` long enough to be guessed (those
    led by a :data:`NEEDS_NO` kind only if they say no)."""
    others = [ex.text for ex in examples if ex.kind == "other" and long_enough(ex.text)]
    scored = [(model.scores(features(text)), text) for text in others]
    return [s for s, text in scored if _leads(s)[0] not in NEEDS_NO or says_no(text)]


def choose(trials: Sequence[Trial], own_others: Sequence[dict[str, float]] = ()) -> list[Trial]:
    """Per kind, the trial with the best :meth:`Trial.objective` above zero (then the larger
    margins) that guesses none of ``own_others`` (the training set's ``other`` replies, scored
    by the final model); a kind with none such is not guessed at all."""
    own = [_leads(scores) for scores in own_others]
    chosen = []
    for kind in sorted({t.kind for t in trials}):
        ok = [
            t
            for t in trials
            if t.kind == kind
            and t.objective() > 0
            and not any(
                best == kind and second >= t.margin and other >= t.margin_other
                for best, second, other in own
            )
        ]
        if ok:
            chosen.append(max(ok, key=lambda t: (t.objective(), t.margin_other, t.margin)))
    return chosen


def margins_of(chosen: Sequence[Trial]) -> Margins:
    """The margins of the chosen trials, per kind."""
    return {t.kind: (t.margin, t.margin_other) for t in chosen}


SECOND_OPINION_LEADS = tuple(n / 10 for n in range(81))
"""Leads tried for the second opinion (:mod:`daemon.inbox.second_opinion`): 0 to 8 by 0.1."""
SECOND_OPINION_SPARE = HINGE
"""How far above every held-out lag the lead is set: no right paid or dispute reading of a set
the model did not see comes within one training hinge of it. Why not a share of the corpus
held: the corpus's folds understate the cost. Session 13 (bench/second_opinion_cv.py): with
0.1 % of them (3.1 on the 4,643-reply model), the model retrained on 5,170 replies chose 2.7
and held six right readings of the reply tests' counter-examples; with no spare it chose 3.1
and still held "已付款，请下周五前发货。" (promise 3.49) and "Could you send the invoice to our
parent company instead? Our auditors won't accept the current one." (resend_request 3.45):
a retrained model is surer of everything, and only a margin in its own units follows that."""


def second_opinion_lead(
    scored: Scored, own: Sequence[tuple[str, dict[str, float]]] = ()
) -> float | None:
    """The smallest lead of :data:`SECOND_OPINION_LEADS` that holds none of the held-out paid
    and dispute replies (``scored``, :func:`held_out_scores`) with :data:`SECOND_OPINION_SPARE`
    to spare, nor any of ``own`` (the training set's paid and dispute replies, (kind, scores)
    by the final model, so the corpus stays as the rules read it); None when none does.

    A labelled paid or dispute reply stands for the rules' reading of it: the rules read
    the corpus at 100 %, so every reply the opinion would hold there is a right reading lost.
    """
    held = [b for kind, scores, _t in scored if kind in WATCHED and (b := _behind(kind, scores))]
    own_held = [b for kind, scores in own if kind in WATCHED and (b := _behind(kind, scores))]
    for lead in SECOND_OPINION_LEADS:
        if not any(b >= lead - SECOND_OPINION_SPARE for b in held) and not any(
            b >= lead for b in own_held
        ):
            return lead
    return None


def _behind(kind: str, scores: dict[str, float]) -> float:
    """How far the model's kind is ahead of ``kind`` when it opposes it
    (:func:`daemon.inbox.second_opinion.opposing`), else 0."""
    opposed = opposing(kind, scores)
    return 0.0 if opposed is None else opposed[1]
