"""The labelled reply corpus (tests/data/replies/) read by the classifier, scored, held to floors.

The floors are the numbers measured when they were set: they may only go up. When the
classifier gets better, raise them to the new numbers (``cuikuan classify --eval
tests/data/replies`` prints them); when a change lowers one, the change is wrong, not the
floor. The scorer itself (:mod:`daemon.inbox.evaluate`) is tested on hand-made readings.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from daemon.cli.classify_eval import evaluate_dir, format_report, load_corpus
from daemon.cli.main import main
from daemon.errors import CuikuanError
from daemon.inbox.evaluate import (
    KINDS,
    Label,
    LabelError,
    Reading,
    Score,
    danger,
    parse_labels,
    score,
)
from tests.fixtures.replies import ReplyCorpus

REPLIES = Path(__file__).parent / "data" / "replies"

# Measured on the corpus when set (see the module docstring). Only go up.
MIN_ACCURACY = 1.0
MIN_DATE_ACCURACY = 1.0
MAX_DANGEROUS = 0
MIN_KIND_ACCURACY = {
    "paid": 1.0,
    "partial_payment": 1.0,
    "promise": 1.0,
    "more_time": 1.0,
    "dispute": 1.0,
    "acceptance": 1.0,
    "resend_request": 1.0,
    "bank_question": 1.0,
    "auto_reply": 1.0,
    "bounce": 1.0,
    "other": 1.0,
}


@pytest.fixture
def corpus_score(reply_corpus: ReplyCorpus) -> Score:
    """The corpus scored as ``classify --eval`` scores it, from the readings made once per
    process (tests/fixtures/replies.py); the scoring itself runs for every test."""
    return score(reply_corpus.readings())


def test_corpus_is_labelled_and_covers_every_kind(reply_corpus: ReplyCorpus) -> None:
    corpus = reply_corpus.entries()
    kinds = {entry.label.kind for entry in corpus}
    assert len(corpus) >= 6223
    assert kinds >= set(MIN_KIND_ACCURACY)
    for entry in corpus:
        assert not entry.mail.unreadable, entry.label.file
        assert entry.mail.text.strip() or entry.mail.attachments, entry.label.file


def test_corpus_accuracy_does_not_fall(corpus_score: Score) -> None:
    report = format_report(corpus_score)
    assert corpus_score.accuracy >= MIN_ACCURACY, report
    assert corpus_score.date_accuracy >= MIN_DATE_ACCURACY, report
    assert len(corpus_score.dangerous) <= MAX_DANGEROUS, report


def test_the_shared_readings_score_as_classify_eval_scores(
    reply_corpus: ReplyCorpus, tmp_path: Path
) -> None:
    """The readings made once per process (tests/fixtures/replies.py) are those of
    ``classify --eval``: on a few files of every kind and some with another timezone or an
    unknown sender, with and without the learned fallback."""
    entries = reply_corpus.entries()
    picked = [e for kind in KINDS for e in [e for e in entries if e.label.kind == kind][:3]]
    unusual = [e for e in entries if e.label.tz != "Asia/Shanghai" or not e.label.known_sender]
    picked += [e for e in unusual if e not in picked][:6]
    lines = []
    for e in picked:
        (tmp_path / e.label.file).write_bytes(e.raw)
        day, sender = e.label.date or "null", str(e.label.known_sender).lower()
        lines.append(
            f"{e.label.file}: {{kind: {e.label.kind}, date: {day}, tz: {e.label.tz}, "
            f"known_sender: {sender}}}\n"
        )
    (tmp_path / "labels.yaml").write_text("".join(lines), encoding="utf-8")
    small = ReplyCorpus(tmp_path)
    assert {e.label.kind for e in small.entries()} == set(KINDS)
    for learned in (True, False):
        shared = score(small.readings(learned=learned)).to_json()
        assert shared == evaluate_dir(tmp_path, learned=learned).to_json()


@pytest.mark.parametrize("kind", sorted(MIN_KIND_ACCURACY))
def test_kind_accuracy_does_not_fall(corpus_score: Score, kind: str) -> None:
    assert corpus_score.kind_accuracy(kind) >= MIN_KIND_ACCURACY[kind], format_report(corpus_score)


def L(kind: str, day: date | None = None) -> Label:  # noqa: N802
    return Label(file=f"{kind}.eml", kind=kind, date=day)


def test_score_counts_kinds_dates_and_confusion() -> None:
    pairs = [
        (L("paid"), Reading("paid")),
        (L("promise", date(2026, 12, 5)), Reading("promise", date(2026, 12, 5))),
        (L("promise", date(2026, 12, 5)), Reading("promise", date(2026, 12, 10))),
        (L("promise"), Reading("promise")),
        (L("other"), Reading("paid")),
    ]
    result = score(pairs)
    assert (result.total, result.right) == (5, 4)
    assert result.per_kind == {"paid": (1, 1), "promise": (3, 3), "other": (0, 1)}
    assert result.confusion[("other", "paid")] == 1
    assert (result.dates_right, result.dates_total) == (2, 3)
    assert [m.file for m in result.mistakes] == ["promise.eml", "other.eml"]
    assert [m.danger for m in result.dangerous] == ["other taken for paid"]
    data = result.to_json()
    assert data["per_kind"]["promise"] == {"right": 3, "total": 3, "accuracy": 1.0}
    assert data["dates"]["total"] == 3


@pytest.mark.parametrize(
    ("expected", "got", "held", "dangerous"),
    [
        ("auto_reply", "other", False, True),
        ("auto_reply", "promise", True, True),
        ("bounce", "auto_reply", False, False),
        ("partial_payment", "paid", False, True),
        ("promise", "dispute", True, True),
        ("dispute", "promise", False, True),
        ("dispute", "other", True, False),
        ("bank_question", "resend_request", False, True),
        ("bank_question", "other", True, False),
        ("more_time", "promise", False, False),
        ("paid", "paid", False, False),
    ],
)
def test_dangerous_errors(expected: str, got: str, held: bool, dangerous: bool) -> None:
    assert bool(danger(L(expected), Reading(got, held=held))) is dangerous


def test_labels_report_every_problem_with_entry_and_field() -> None:
    text = (
        "a.eml: {kind: paied}\nb.eml: {kind: promise, date: soon}\n"
        "c.eml: {kind: paid, colour: red}\n"
    )
    with pytest.raises(LabelError) as err:
        parse_labels(text, "labels.yaml")
    message = str(err.value)
    assert "labels.yaml: a.eml: kind 'paied' is not one of" in message
    assert "b.eml: date 'soon' is not a date" in message
    assert "c.eml: unknown field(s) colour" in message
    good = parse_labels("x.eml: {kind: promise, date: 2026-12-05, tz: Europe/London}")
    assert good == [Label("x.eml", "promise", date(2026, 12, 5), tz="Europe/London")]
    assert set(KINDS) >= {"paid", "dispute", "bank_question", "more_time"}


def test_unlabelled_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "labels.yaml").write_text("gone.eml: {kind: paid}\n", encoding="utf-8")
    (tmp_path / "new.eml").write_bytes((REPLIES / "en_paid_html_only.eml").read_bytes())
    with pytest.raises(CuikuanError) as err:
        load_corpus(tmp_path)
    assert f"{tmp_path / 'new.eml'}: no label" in str(err.value)
    assert "gone.eml: no such file" in str(err.value)


def test_cli_eval_prints_report_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("en_paid_html_only.eml", "zh_promise_next_friday.eml"):
        (tmp_path / name).write_bytes((REPLIES / name).read_bytes())
    (tmp_path / "labels.yaml").write_text(
        "en_paid_html_only.eml: {kind: paid}\n"
        "zh_promise_next_friday.eml: {kind: dispute, dangerous: true}\n",
        encoding="utf-8",
    )
    assert main(["classify", "--eval", str(tmp_path), "--config", str(tmp_path / "none.yaml")]) == 0
    out = capsys.readouterr().out
    assert "2 replies: 1 right" in out
    assert "confusion (rows: expected, columns: got)" in out
    assert "zh_promise_next_friday.eml: dispute -> promise" in out
    assert "dispute or refusal missed (promise)" in out
    assert main(["classify", "--eval", str(tmp_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["per_kind"]["paid"] == {"right": 1, "total": 1, "accuracy": 1.0}
    assert data["dangerous"][0]["file"] == "zh_promise_next_friday.eml"


def test_cli_classifies_many_files_in_one_call(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in REPLIES.glob("*.eml"))[:25]
    assert main(["classify", *files, "--json", "--config", "/nonexistent/config.yaml"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in rows] == files
    assert all(r["kind"] for r in rows)
    assert main(["classify", files[0], files[1]]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(files[0] + ": ")
    assert main(["classify", files[0], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["file"] == files[0]


def test_cli_classify_needs_files_or_eval(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify"]) == 1
    assert "nothing to classify" in capsys.readouterr().err


def test_cli_classify_reads_with_the_pms_phrases_from_the_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``settings.replies.phrases`` count in ``cuikuan classify`` as in the daemon: with
    ``--config`` and with the config found the usual way ($CUIKUAN_CONFIG)."""
    from tests.demo_config import copy_demo

    config = copy_demo(tmp_path)
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace(
            "settings:\n", "settings:\n  replies:\n    phrases: {paid: {zh: [钱已落袋]}}\n", 1
        ),
        encoding="utf-8",
    )
    eml = tmp_path / "reply.eml"
    eml.write_bytes(
        "From: someone@elsewhere.example\r\nTo: ar@example.cn\r\nSubject: Re: [CK-X-1] 付款提醒\r\n"
        "In-Reply-To: <ck.X.1.reminder.1@example.cn>\r\nDate: Wed, 02 Dec 2026 10:00:00 +0800\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n王经理，钱已落袋。\r\n".encode()
    )

    def kind(*args: str) -> tuple[str, str]:
        capsys.readouterr()
        assert main(["classify", str(eml), "--json", *args]) == 0
        data = json.loads(capsys.readouterr().out)
        return data["kind"], data["rule"]

    assert kind("--config", str(tmp_path / "none.yaml")) == ("other", "no-rule")
    assert kind("--config", str(config)) == ("paid", "config:paid:0")
    monkeypatch.setenv("CUIKUAN_CONFIG", str(config))
    assert kind() == ("paid", "config:paid:0")
