"""``cuikuan classify --train DIR [--train DIR2]``: retrain the learned fallback on corpora.

Why a command: the model (``daemon/inbox/rules/learned.json``) must follow the corpus. Who
adds replies to ``tests/data/replies`` (or gathers the PM's ``data/corrections``) retrains
with this and commits the new model with the replies. It reads each ``DIR/labels.yaml`` and
its ``.eml`` files as ``--eval`` does, reads each reply's own words as the classifier does,
chooses the margins by cross-validation over the authors' sets
(:mod:`daemon.inbox.fallback_train`), prints that table's best rows and writes the model.

    $ cuikuan classify --train tests/data/replies
    3038 replies from 17 sets -> .../daemon/inbox/rules/learned.json
    cross-validated by set, per kind guessed (margin, margin vs other: right, wrong, others turned):
      acceptance 0.30 0.90: 145 right, 2 wrong, 0/370 others turned (objective 143)
      ...
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from daemon.cli.classify_eval import load_corpus
from daemon.inbox.classify import MAX_CONSIDERED
from daemon.inbox.evaluate import Label
from daemon.inbox.fallback import MODEL_FILE, Model, features, long_enough
from daemon.inbox.fallback_train import (
    Example,
    Trial,
    choose,
    cross_validate,
    held_out_scores,
    margins_of,
    model_json,
    others_scores,
    second_opinion_lead,
)
from daemon.inbox.parse import InboundMail, parse_message
from daemon.inbox.quotes import strip_quoted

_SET = re.compile(r"[a-z]+(?=\d)")
_NUMBERS = re.compile(r"\[\n([-0-9.e,\n]*)\n\]")
"""A list of numbers as ``json.dumps(indent=0)`` writes it: one line per number. The model
file writes each n-gram's weights on one line instead (a third of the size, readable diffs)."""


def default_model_path() -> Path:
    """Where the packaged model lives in the source tree (``daemon/inbox/rules``)."""
    import daemon.inbox.rules

    return Path(daemon.inbox.rules.__file__).parent / MODEL_FILE


def examples(directory: Path) -> list[Example]:
    """The person-written replies of a labelled corpus, each with its set and own words."""
    parsed = ((label, parse_message(raw)) for label, raw in load_corpus(directory))
    return examples_of(directory.name, parsed)


def examples_of(name: str, parsed: Iterable[tuple[Label, InboundMail]]) -> list[Example]:
    """:func:`examples` for replies already parsed (the tests parse their corpus once)."""
    out = []
    for label, mail in parsed:
        if mail.unreadable:
            continue
        prefix = _SET.match(label.file)
        group = f"{name}:{prefix.group(0) if prefix else '-'}"
        out.append(Example(group, label.kind, strip_quoted(mail.text)[:MAX_CONSIDERED]))
    return out


def run_train(directories: list[Path], out: Path | None) -> int:
    data = [ex for d in directories for ex in examples(d)]
    scored = held_out_scores(data)
    trials = cross_validate(data, scored)
    model = model_json(data, {})
    final = Model.from_json(model)
    chosen = choose(trials, others_scores(data, final))
    model["margins"] = {kind: list(pair) for kind, pair in sorted(margins_of(chosen).items())}
    own = [(ex.kind, final.scores(features(ex.text))) for ex in data if long_enough(ex.text)]
    opinion = second_opinion_lead(scored, own)
    if opinion is not None:
        model["second_opinion"] = opinion
    model["trained_on"] = dict(sorted(Counter(ex.group for ex in data).items()))
    model["cross_validation"] = {t.kind: _row(t) for t in chosen}
    target = out or default_model_path()
    text = json.dumps(model, ensure_ascii=False, sort_keys=True, indent=0)
    text = _NUMBERS.sub(lambda m: "[" + m.group(1).replace("\n", "") + "]", text)
    target.write_text(text + "\n", encoding="utf-8")
    print(f"{len(data)} replies from {len(model['trained_on'])} sets -> {target}")
    print(
        "cross-validated by set, per kind guessed "
        "(margin, margin vs other: right, wrong, others turned):"
    )
    for trial in chosen:
        print(f"  {_describe(trial)}")
    unguessed = sorted({t.kind for t in trials} - {t.kind for t in chosen})
    if unguessed:
        print(f"  never guessed (no margins worth it): {', '.join(unguessed)}")
    if opinion is None:
        print("second opinion: never given (no lead clears the held-out replies)")
    else:
        print(f"second opinion: lead {opinion:.1f} (held-out paid/dispute lags, a hinge spare)")
    return 0


def _row(trial: Trial) -> dict[str, float | int]:
    return {
        "right": trial.right,
        "wrong": trial.wrong,
        "others_turned": trial.others_turned,
        "others": trial.others,
        "objective": trial.objective(),
    }


def _describe(t: Trial) -> str:
    return (
        f"{t.kind} {t.margin:.2f} {t.margin_other:.2f}: {t.right} right, {t.wrong} wrong, "
        f"{t.others_turned}/{t.others} others turned (objective {t.objective()})"
    )
