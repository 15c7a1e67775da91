"""``cuikuan classify --eval DIR``: score the classifier on a labelled corpus and print it.

Why a module of its own: the scoring is pure (:mod:`daemon.inbox.evaluate`); this is the
shell around it that reads ``DIR/labels.yaml`` and the ``.eml`` files and prints a report a
person reads top-down: overall, per kind, dates, the confusion matrix, then every dangerous
error and every other mistake with the rule that decided.

    $ cuikuan classify --eval tests/data/replies
    412 replies: 389 right (94.4 %)
    ...
"""

from __future__ import annotations

import json
from pathlib import Path

from daemon.errors import CuikuanError
from daemon.inbox.evaluate import KINDS, Label, Mistake, Score, parse_labels, read, score
from daemon.inbox.parse import parse_message

LABELS_FILE = "labels.yaml"
SHORT = {
    "partial_payment": "partial",
    "more_time": "time",
    "acceptance": "accept",
    "resend_request": "resend",
    "bank_question": "bank",
    "auto_reply": "auto",
}
"""Column headings of the confusion matrix (kind names shortened to fit 80 columns)."""


def load_corpus(directory: Path) -> list[tuple[Label, bytes]]:
    """Every labelled file of ``directory`` with its bytes; unlabelled or missing files fail."""
    labels_path = directory / LABELS_FILE
    try:
        labels = parse_labels(labels_path.read_text(encoding="utf-8"), str(labels_path))
    except OSError as exc:
        raise CuikuanError(
            f"cannot read {labels_path}: {exc.strerror or exc} "
            f"(--eval needs a {LABELS_FILE} beside the .eml files)"
        ) from exc
    on_disk = {p.name for p in directory.glob("*.eml")}
    labelled = {label.file for label in labels}
    problems = [f"{directory / n}: no label in {labels_path}" for n in sorted(on_disk - labelled)]
    problems += [f"{labels_path}: {n}: no such file" for n in sorted(labelled - on_disk)]
    if problems:
        raise CuikuanError("\n".join(problems))
    return [(label, (directory / label.file).read_bytes()) for label in labels]


def evaluate_dir(directory: Path, *, learned: bool = True) -> Score:
    """Parse, classify and score every labelled file of ``directory`` (``learned``: with the
    learned fallback for replies no rule reads)."""
    corpus = load_corpus(directory)
    return score((label, read(parse_message(raw), label, learned=learned)) for label, raw in corpus)


def run_eval(directory: Path, *, as_json: bool, learned: bool = True) -> int:
    result = evaluate_dir(directory, learned=learned)
    if as_json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(format_report(result))
    return 0


def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f} %" if total else "    - "


def format_report(result: Score) -> str:
    """The plain-text report: numbers first, then the mistakes that explain them."""
    lines = [f"{result.total} replies: {result.right} right ({_pct(result.right, result.total)})"]
    lines.append(f"dates: {result.dates_right}/{result.dates_total} right")
    lines[-1] += f" ({_pct(result.dates_right, result.dates_total).strip()})"
    lines.append(f"dangerous errors: {len(result.dangerous)}")
    if result.learned[1]:
        guessed_right, guessed, turned = result.learned
        labelled_other = result.per_kind.get("other", (0, 0))[1]
        lines.append(
            f"learned guesses (held for the PM): {guessed_right}/{guessed} right, "
            f"{turned} of {labelled_other} 'other' replies turned"
        )
    lines.append("")
    kinds = [k for k in KINDS if k in result.per_kind]
    got_kinds = sorted({g for _e, g in result.confusion}, key=_order)
    lines.append(f"{'kind':<18} {'right':>5} {'total':>5} {'accuracy':>9}")
    for kind in kinds:
        right, total = result.per_kind[kind]
        lines.append(f"{kind:<18} {right:>5} {total:>5} {_pct(right, total):>9}")
    lines.append("")
    lines.append("confusion (rows: expected, columns: got)")
    heads = [SHORT.get(k, k) for k in got_kinds]
    lines.append(" " * 18 + "".join(f"{h:>8}" for h in heads))
    for kind in kinds:
        cells = [result.confusion.get((kind, g), 0) for g in got_kinds]
        lines.append(f"{kind:<18}" + "".join(f"{c or '.':>8}" for c in cells))
    if result.dangerous:
        lines.append("")
        lines.append("dangerous errors:")
        lines += [_mistake(m) + f"  ({m.danger})" for m in result.dangerous]
    others = [m for m in result.mistakes if not m.danger]
    if others:
        lines.append("")
        lines.append("other mistakes:")
        lines += [_mistake(m) for m in others]
    return "\n".join(lines)


def _order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def _mistake(m: Mistake) -> str:
    expected = m.expected + (f" {m.expected_date}" if m.expected_date else "")
    got = m.got + (f" {m.got_date}" if m.got_date else "")
    return f"  {m.file}: {expected} -> {got}  rule={m.rule or '-'}"
