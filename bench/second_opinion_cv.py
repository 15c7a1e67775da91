"""Measure a second opinion: hold a rule reading the learned model confidently disagrees with.

Why: the rules read the corpus at 100 % but unseen sets at 80-91 % with ~6 dangerous readings
per 170 replies; the learned model (daemon.inbox.fallback) was trained on the same corpus by
other features (n-grams, not phrases). Where the rules read ``paid`` or ``dispute`` (the kinds
whose false reading is dangerous) and the model leads with another kind by a margin, or the
rules read promise/more_time/other and the model leads with ``dispute``, holding the reply for
the PM may remove dangerous readings. This measures it honestly before anything is built:

* ``scores``: leave-one-set-out over the corpus (each author's set scored by a model trained
  without it, as daemon.inbox.fallback_train.cross_validate does), and the Z/ZB/ZC sets scored
  by the shipped model (they are not in its training). Written to a JSON cache, keyed by file
  (the scores depend on texts and labels only, not on the rules).
* ``table``: the classifier's readings now with the second opinion off (the shipped model's
  lead set to None), and per lead what the arbiter would change: dangerous removed,
  dangerous made, right readings lost, wrong made right; forward (the rules' paid/dispute
  held as the model's kind, daemon.inbox.second_opinion) and the reverse that was not built
  (the rules' promise/more_time/other, the model's dispute: held as dispute, or held keeping
  the rules' kind). Session 13's table is in tests/data/replies/HELDOUT.md (helper arbiter).

    python bench/second_opinion_cv.py scores OUT.json CORPUS_DIR [SETDIR...]
    python bench/second_opinion_cv.py table OUT.json CORPUS_DIR [SETDIR...]
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from daemon.cli.classify_eval import load_corpus
from daemon.cli.classify_train import examples_of
from daemon.inbox import fallback
from daemon.inbox.evaluate import Label, Reading, danger, read
from daemon.inbox.fallback import Model, features, long_enough, packaged_model
from daemon.inbox.fallback_train import model_json
from daemon.inbox.parse import parse_message
from daemon.inbox.second_opinion import WATCHED, opposing


def _parsed(directory: Path) -> list[tuple[Label, object]]:
    return [(label, parse_message(raw)) for label, raw in load_corpus(directory)]


def scores(out: Path, corpus: Path, sets: list[Path]) -> None:
    """Per file: its set, and the model's scores (held-out fold model, or the shipped one)."""
    cache: dict[str, dict] = json.loads(out.read_text()) if out.exists() else {}
    parsed = _parsed(corpus)
    data = examples_of(corpus.name, parsed)  # type: ignore[arg-type]
    files = [label.file for label, mail in parsed if not mail.unreadable]  # type: ignore[attr-defined]
    by_file = dict(zip(files, data, strict=True))
    groups = sorted({ex.group for ex in data})
    for group in groups:
        mine = [f for f in files if by_file[f].group == group]
        if all(f"{corpus.name}/{f}" in cache for f in mine):
            continue
        model = Model.from_json(model_json([ex for ex in data if ex.group != group], {}))
        for f in mine:
            cache[f"{corpus.name}/{f}"] = {
                "group": group,
                "scores": model.scores(features(by_file[f].text)),
                "long": long_enough(by_file[f].text),
            }
        out.write_text(json.dumps(cache))
        print(group, len(mine), file=sys.stderr, flush=True)
    shipped = packaged_model()
    for directory in sets:
        sp = _parsed(directory)
        for ex, (label, _m) in zip(examples_of(directory.name, sp), sp, strict=True):  # type: ignore[arg-type]
            cache[f"{directory.name}/{label.file}"] = {
                "group": directory.name,
                "scores": shipped.scores(features(ex.text)),
                "long": long_enough(ex.text),
            }
    out.write_text(json.dumps(cache))


HOLD_AS_DANGEROUS = "other"
"""What a paid reading the model reads as dispute (or a dispute it reads as paid) is held as."""


def readings(corpus_and_sets: list[Path]) -> dict[str, tuple[Label, Reading]]:
    """The classifier's reading of every file now (rules, second reading, learned fallback),
    without the second opinion measured here."""
    unopinionated = dataclasses.replace(packaged_model(), second_opinion=None)
    fallback.packaged_model = lambda: unopinionated  # type: ignore[assignment]
    out = {}
    for directory in corpus_and_sets:
        for label, mail in _parsed(directory):
            out[f"{directory.name}/{label.file}"] = (label, read(mail, label))  # type: ignore[arg-type]
    return out


def arbiter(reading: Reading, c: dict, t: float, t_rev: float, reverse: str) -> Reading:
    """The reading after the second opinion at thresholds ``t`` (paid/dispute read by the
    rules, the model's best kind ahead of the rules' kind by ``t``) and ``t_rev`` (the rules'
    promise/more_time/other, the model's best is dispute ahead by ``t_rev``)."""
    if reading.held and reading.kind in WATCHED:  # already the PM's: not second-guessed
        return reading
    if reading.rule.startswith("learned:") or reading.rule in ("no-rule", "not-a-reply"):
        return reading
    s = c["scores"]
    if not c["long"]:
        return reading
    best = max(s, key=lambda k: s[k])
    if best == reading.kind or reading.kind not in s:
        return reading
    lead = s[best] - s[reading.kind]
    if reading.kind in WATCHED and opposing(reading.kind, s) and lead >= t:
        kind = HOLD_AS_DANGEROUS if best in WATCHED else best
        return Reading(kind, reading.date, True, "second-opinion")
    if reading.kind in ("promise", "more_time", "other") and best == "dispute" and lead >= t_rev:
        kind = "dispute" if reverse == "dispute" else reading.kind
        return Reading(kind, reading.date, True, "second-opinion")
    return reading


def table(out: Path, dirs: list[Path]) -> None:
    cache = json.loads(out.read_text())
    read_now = readings(dirs)
    groups: dict[str, list[str]] = {}
    for key in read_now:
        d = key.split("/")[0]
        groups.setdefault("corpus CV" if d == dirs[0].name else d, []).append(key)
    for name, keys in groups.items():
        keys = [k for k in keys if k in cache]
        base_right = sum(read_now[k][0].kind == read_now[k][1].kind for k in keys)
        base_danger = sum(bool(danger(*read_now[k])) for k in keys)
        print(f"\n### {name}: {len(keys)} replies, {base_right} right, {base_danger} dangerous")
        for direction in ("forward", "reverse-dispute", "reverse-keep"):
            print(f"\n{direction}: lead | fired | dangerous removed | dangerous made | ", end="")
            print("right lost | wrong made right | net right")
            for t10 in range(10, 51, 5):
                t = t10 / 10
                fwd = t if direction == "forward" else 99.0
                rev = t if direction != "forward" else 99.0
                mode = "dispute" if direction == "reverse-dispute" else "keep"
                fired = removed = made = lost = fixed = 0
                examples = []
                for k in keys:
                    label, r = read_now[k]
                    a = arbiter(r, cache[k], fwd, rev, mode)
                    if a is r:
                        continue
                    fired += 1
                    d0, d1 = bool(danger(label, r)), bool(danger(label, a))
                    removed += d0 and not d1
                    made += d1 and not d0
                    lost += label.kind == r.kind and label.kind != a.kind
                    fixed += label.kind != r.kind and label.kind == a.kind
                    examples.append(f"{k} {label.kind}: {r.kind}->{a.kind}")
                row = (t, fired, removed, made, lost, fixed, fixed - lost)
                print("| {:.1f} | {} | {} | {} | {} | {} | {} |".format(*row))
                if t in (2.0, 3.0) and len(examples) < 40:
                    for e in examples:
                        print("    ", e)


if __name__ == "__main__":
    command, out, *dirs = sys.argv[1:]
    if command == "scores":
        scores(Path(out), Path(dirs[0]), [Path(d) for d in dirs[1:]])
    else:
        table(Path(out), [Path(d) for d in dirs])
