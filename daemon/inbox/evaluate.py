"""Score the reply classifier on a labelled corpus: per-kind accuracy, confusion, dates, danger.

Why: "replies steer the chase" is only as good as the reading of real replies, and a rule
that fixes one phrase can break three others. A labelled corpus (``tests/data/replies/``,
one ``labels.yaml`` beside the ``.eml`` files) and this scorer turn that into numbers the
test suite holds: they may only go up. ``cuikuan classify --eval DIR`` prints them.

Everything here is pure: labels come in as YAML text, mails as parsed :class:`InboundMail`.

Kinds are the classifier's own (:data:`daemon.inbox.classify.KINDS`, with what each means):
paid, partial_payment, promise, more_time, dispute, acceptance, resend_request,
bank_question, auto_reply (read receipts included), bounce, other.

Dangerous errors (the issue's definition, plus the fraud pattern):

1. machine mail (bounce, auto-reply, read receipt) taken for a person;
2. anything taken for ``paid`` or ``dispute`` that is not;
3. a dispute or refusal missed and not held for the PM;
4. a bank-account question missed and not held for the PM.

A reading is *held* when it is not confident: cuikuan then asks the PM before it acts
(``Reading.held``).

Usage::

    labels = parse_labels(Path("labels.yaml").read_text(), "labels.yaml")
    result = score([(label, read(parse_message(raw), label)) for label, raw in ...])
    result.accuracy, result.per_kind["paid"], result.dangerous
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from daemon.config.reply_kinds import MACHINE_KINDS
from daemon.errors import CuikuanError
from daemon.inbox.classify import KINDS as CLASSIFIER_KINDS
from daemon.inbox.classify import classify
from daemon.inbox.parse import InboundMail

KINDS: tuple[str, ...] = tuple(CLASSIFIER_KINDS)
DATED_KINDS = frozenset({"promise", "more_time", "acceptance"})
"""Kinds whose date is scored (the expected date may be null: "春节后" has none; an
acceptance's is the payment day promised beside it, null when none is)."""


class LabelError(CuikuanError):
    """The labels file is not what the scorer expects; the message names entry and field."""


@dataclass(frozen=True)
class Label:
    """What a corpus file is, written by the person who wrote the reply."""

    file: str
    kind: str
    date: date | None = None
    dangerous: bool = False
    """The file tests a dangerous category (refusal, negation, quoted trap, machine mail...)."""
    tz: str = "Asia/Shanghai"
    """The client's timezone: relative dates count from the reply's day there."""
    known_sender: bool = True
    """The sender is a client contact (as the daemon's matcher would find)."""
    note: str = ""

    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)


@dataclass(frozen=True)
class Reading:
    """What the classifier made of one file."""

    kind: str
    date: date | None = None
    held: bool = False
    rule: str = ""


@dataclass(frozen=True)
class Mistake:
    file: str
    expected: str
    got: str
    expected_date: date | None
    got_date: date | None
    rule: str
    danger: str = ""
    """Why the mistake is dangerous, or "" when it is not."""

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "expected": self.expected,
            "got": self.got,
            "expected_date": _iso(self.expected_date),
            "got_date": _iso(self.got_date),
            "rule": self.rule,
            "danger": self.danger,
        }


@dataclass(frozen=True)
class Score:
    """The numbers for one corpus run."""

    total: int
    right: int
    per_kind: dict[str, tuple[int, int]]
    """kind -> (right, total) over files labelled with that kind."""
    confusion: dict[tuple[str, str], int]
    """(expected, got) -> count."""
    dates_right: int
    dates_total: int
    mistakes: list[Mistake] = field(default_factory=list)
    """Wrong kind or wrong date, in corpus order."""
    learned: tuple[int, int, int] = (0, 0, 0)
    """(right, total, others turned) of the readings the learned fallback made (``rule``
    learned:...); others turned: replies labelled ``other`` it read as another kind."""

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.dates_total if self.dates_total else 0.0

    @property
    def dangerous(self) -> list[Mistake]:
        return [m for m in self.mistakes if m.danger]

    def kind_accuracy(self, kind: str) -> float:
        right, total = self.per_kind.get(kind, (0, 0))
        return right / total if total else 0.0

    def to_json(self) -> dict[str, Any]:
        kinds = [k for k in KINDS if k in self.per_kind] + sorted(
            k for k in self.per_kind if k not in KINDS
        )
        return {
            "total": self.total,
            "right": self.right,
            "accuracy": round(self.accuracy, 4),
            "per_kind": {
                k: {
                    "right": self.per_kind[k][0],
                    "total": self.per_kind[k][1],
                    "accuracy": round(self.kind_accuracy(k), 4),
                }
                for k in kinds
            },
            "confusion": [
                {"expected": e, "got": g, "count": n}
                for (e, g), n in sorted(self.confusion.items())
            ],
            "dates": {
                "right": self.dates_right,
                "total": self.dates_total,
                "accuracy": round(self.date_accuracy, 4),
            },
            "dangerous": [m.to_json() for m in self.dangerous],
            "mistakes": [m.to_json() for m in self.mistakes],
            "learned": {
                "right": self.learned[0],
                "total": self.learned[1],
                "others_turned": self.learned[2],
            },
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def danger(label: Label, reading: Reading) -> str:
    """Why reading ``label``'s file as ``reading`` is dangerous, or "" when it is not."""
    expected, got = label.kind, reading.kind
    if expected == got:
        return ""
    if expected in MACHINE_KINDS and got not in MACHINE_KINDS:
        return f"{expected} taken for a person ({got})"
    if got in MACHINE_KINDS and expected not in MACHINE_KINDS:
        return f"a person taken for machine mail ({got}): the PM is never asked"
    if got in ("paid", "dispute"):
        return f"{expected} taken for {got}"
    if expected == "dispute" and not reading.held:
        return f"dispute or refusal missed ({got}) and not held for the PM"
    if expected == "bank_question" and not reading.held:
        return f"bank-account question missed ({got}) and not held for the PM"
    return ""


def score(pairs: Iterable[tuple[Label, Reading]]) -> Score:
    """Compare every reading with its label."""
    per_kind: dict[str, list[int]] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    total = right = dates_total = dates_right = 0
    learned = [0, 0, 0]
    mistakes: list[Mistake] = []
    for label, reading in pairs:
        total += 1
        counts = per_kind.setdefault(label.kind, [0, 0])
        counts[1] += 1
        confusion[(label.kind, reading.kind)] += 1
        kind_ok = reading.kind == label.kind
        right += kind_ok
        counts[0] += kind_ok
        if reading.rule.startswith("learned:"):
            learned[0] += kind_ok
            learned[1] += 1
            learned[2] += label.kind == "other"
        date_ok = True
        if label.kind in DATED_KINDS:
            dates_total += 1
            date_ok = reading.date == label.date
            dates_right += date_ok
        if not (kind_ok and date_ok):
            mistakes.append(
                Mistake(
                    label.file,
                    label.kind,
                    reading.kind,
                    label.date,
                    reading.date,
                    reading.rule,
                    danger(label, reading),
                )
            )
    return Score(
        total=total,
        right=right,
        per_kind={k: (v[0], v[1]) for k, v in per_kind.items()},
        confusion=dict(confusion),
        dates_right=dates_right,
        dates_total=dates_total,
        mistakes=mistakes,
        learned=(learned[0], learned[1], learned[2]),
    )


_FIELDS = {"kind", "date", "dangerous", "tz", "known_sender", "note"}


def parse_labels(text: str, source: str = "labels.yaml") -> list[Label]:
    """Labels from YAML ``file: {kind: ..., date: ..., ...}``; every problem reported at once."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise LabelError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise LabelError(f"{source}: expected a mapping of file name -> label")
    labels: list[Label] = []
    problems: list[str] = []
    for name, entry in data.items():
        where = f"{source}: {name}"
        if not isinstance(entry, dict):
            problems.append(f"{where}: expected a mapping like {{kind: paid, date: null}}")
            continue
        unknown = sorted(set(entry) - _FIELDS)
        if unknown:
            problems.append(f"{where}: unknown field(s) {', '.join(unknown)}")
        kind = entry.get("kind")
        if kind not in KINDS:
            problems.append(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
            continue
        day = entry.get("date")
        if day is not None and not isinstance(day, date):
            problems.append(f"{where}: date {day!r} is not a date like 2026-12-05 (or null)")
            continue
        tz = str(entry.get("tz", "Asia/Shanghai"))
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            problems.append(f"{where}: tz {tz!r} is not a timezone like Asia/Shanghai")
            continue
        labels.append(
            Label(
                file=str(name),
                kind=str(kind),
                date=day,
                dangerous=bool(entry.get("dangerous", False)),
                tz=tz,
                known_sender=bool(entry.get("known_sender", True)),
                note=str(entry.get("note") or ""),
            )
        )
    if problems:
        raise LabelError("\n".join(problems))
    return labels


def read(mail: InboundMail, label: Label, *, learned: bool = True) -> Reading:
    """The classifier's reading of ``mail``, in the label's timezone and sender context.

    ``held``: the reading is not confident, so the PM is asked before anything is sent.
    ``learned``: with the learned fallback for replies no rule reads.
    """
    result = classify(mail, tz=label.zone(), known_sender=label.known_sender, learned=learned)
    return Reading(
        kind=result.kind,
        date=result.promised_date,
        held=not result.confident,
        rule=result.rule,
    )
