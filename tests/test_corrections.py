"""The PM's corrections: which commands contradict a reading, and the corpus files kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from daemon.inbox.corrections import Correction, correction, keep
from daemon.inbox.evaluate import parse_labels


@pytest.mark.parametrize(
    ("verb", "reading", "expected"),
    [
        ("promise", "other", "promise"),
        ("paid", "promise", "paid"),
        ("dispute", "paid", "dispute"),
        ("resume", "dispute", "other"),
        ("paid", "paid", None),  # agrees
        ("resume", "more_time", None),  # resuming after a request is no contradiction
        ("pause", "other", None),  # says nothing about the reply
        ("stop", "dispute", None),
    ],
)
def test_which_commands_contradict_the_reading(
    verb: str, reading: str, expected: str | None
) -> None:
    fix = correction(verb, date(2026, 12, 10), reading, "zh-x")
    assert (fix.kind if fix else None) == expected


def test_a_promise_correction_keeps_its_date() -> None:
    fix = correction("promise", date(2026, 12, 10), "other", "no-rule")
    assert fix is not None and fix.date == date(2026, 12, 10)


def test_kept_files_are_a_corpus_the_scorer_reads(tmp_path: Path) -> None:
    fix = Correction("promise", date(2026, 12, 10), "PM answered 'promise'")
    eml = keep(tmp_path, "<r1@client.cn>", b"Subject: Re: x\r\n\r\nhi\r\n", fix)
    again = keep(tmp_path, "<r1@client.cn>", b"ignored", Correction("paid", None, "later"))
    keep(tmp_path, "<r2@client.cn>", b"Subject: Re: y\r\n\r\nho\r\n", fix)
    assert eml == again and eml.read_bytes().startswith(b"Subject: Re: x")
    text = (tmp_path / "corrections" / "labels.yaml").read_text(encoding="utf-8")
    labels = {label.file: label for label in parse_labels(text, "labels.yaml")}
    assert labels[eml.name].kind == "paid"  # the latest word of the PM
    assert len(labels) == 2 and yaml.safe_load(text)
