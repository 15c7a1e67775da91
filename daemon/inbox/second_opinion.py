"""A second opinion on the rules' paid and dispute readings: the learned model's disagreement.

Why: the rules read the corpus they were written for at 100 % and the next author's replies
at 80-91 %, with about six dangerous readings in 170 (issue 12): a promise or a partial
payment read as ``paid``, a request or a bank question read as ``dispute``. Those two kinds
are the ones whose false reading is dangerous (``daemon.inbox.evaluate.danger``). The learned
model (:mod:`daemon.inbox.fallback`) reads the same words by other means (n-grams, not
phrases), so where it confidently reads such a reply as something else, the two readers
disagree and the safe course is to ask the PM rather than thank the client or acknowledge
an objection.

"Confidently": the model's best kind leads the rules' kind by the model's own
``second_opinion`` lead, chosen by cross-validation when the model is trained
(:func:`daemon.inbox.fallback_train.second_opinion_lead`): the smallest lead at which the
held-out sets' paid and dispute replies lose none of their right readings to a hold, with
one training hinge to spare (``fallback_train.SECOND_OPINION_SPARE``). Session 13
(bench/second_opinion_cv.py): on the unseen sets Z, ZB and ZC, as the session's first rules
read them, it removes 3 of their 19 dangerous readings at the shipped model's lead (4.1),
makes none and holds no right reading.

Only a confident reading is given one (one cuikuan would act on alone); a held one is
already the PM's. The reading is held as the model's kind, never as paid or dispute (a paid
the model reads as a dispute is held as ``other``): the PM is asked, told both readings.
A dispute held this way still stops the chase as a possible dispute (``decide._ask_pm``).
Not the reverse (rules' promise, model's dispute): measured, it removed no dangerous reading
of Z, ZB or ZC at any lead above 0.5 and turned 2-11 of the corpus's right promises and
requests for time into disputes.

Pure: the rules' kind, the words and a model in, a :class:`Disagreement` or None out.
"""

from __future__ import annotations

from dataclasses import dataclass

from daemon.inbox.fallback import Model, features, long_enough

WATCHED = frozenset({"paid", "dispute"})
"""The rules' readings given a second opinion: those whose false reading is dangerous."""
UNTOLD = frozenset({("dispute", "partial_payment"), ("dispute", "promise"), ("dispute", "paid")})
"""(rules' kind, model's kind) the model cannot tell apart, so never a disagreement.
A payment, or the rest of one, held until we fix a fault is a dispute (labels.yaml, hg009 and
hv053: a partial payment or a promise would resume the chase while the client waits for our
fix), held for the client's own step a partial payment or a promise: whose step it is, is in
the rules (``remedy-first``, ``rest-on-our-fix``), not in the n-grams ("首款3万已经打了，余款等
你们把漏装的设备补齐再付" read partial_payment, 2.68 ahead; "要是月底前能把漏水修好，月底就付"
promise, 3.04; the corpus's held-out disputes lagging most were all read promise). And "we
paid it long ago" is how a client disputes a claim ("这笔我们去年就结清了，你们账是不是记错了？"
read paid, 2.85 ahead).
Nor is the model's ``other`` a disagreement: it is its default (the largest bias), what it
reads when it knows few of the words, not evidence against the rules ("哪个项目的？我们这边
查不到有这笔。" other, 3.66 ahead of dispute)."""
PREFIX = "second-opinion:"
"""How the rule of a reading held by a second opinion starts: ``second-opinion:paid->promise``."""


@dataclass(frozen=True)
class Disagreement:
    """The rules read ``read_as``, the model ``model_kind``, ahead of it by ``lead``."""

    read_as: str
    model_kind: str
    lead: float
    words: list[str]
    """The n-grams that weigh most for the model's kind (shown to the PM)."""

    @property
    def held_as(self) -> str:
        """The kind the reply is held as: the model's, unless that is paid or dispute too
        (a disagreement is never read as either): then ``other``."""
        return "other" if self.model_kind in WATCHED else self.model_kind

    @property
    def rule(self) -> str:
        """The reading's rule, naming both readings: ``second-opinion:paid->promise``."""
        return f"{PREFIX}{self.read_as}->{self.held_as}"


def disagreement(kind: str, text: str, model: Model) -> Disagreement | None:
    """The model's confident disagreement with the rules' ``kind`` for the words ``text``,
    or None: not paid or dispute, a model without a lead, too few words to judge (as for
    its guesses, :func:`daemon.inbox.fallback.long_enough`), or the model agrees or leads by
    less than its lead."""
    if kind not in WATCHED or model.second_opinion is None or kind not in model.kinds:
        return None
    grams = features(text) & model.vocabulary
    if not grams or not long_enough(text):
        return None
    opposed = opposing(kind, model.scores(grams))
    if opposed is None or opposed[1] < model.second_opinion:
        return None
    best, lead = opposed
    return Disagreement(kind, best, round(lead, 3), model.telling(grams, best))


def opposing(kind: str, scores: dict[str, float]) -> tuple[str, float] | None:
    """The model's best kind and its lead over the rules' ``kind``, when it is another kind
    the model can tell from ``kind`` (:data:`UNTOLD`); else None. Also what the lead is
    chosen by (:func:`daemon.inbox.fallback_train.second_opinion_lead`)."""
    best = max(scores, key=lambda k: (scores[k], k))
    if best in (kind, "other") or (kind, best) in UNTOLD:
        return None
    return best, scores[best] - scores[kind]
