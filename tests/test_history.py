"""``cuikuan history``: every email, classification, state change and staff command, in order."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from daemon.cli import main as cli
from daemon.config.schema import Config
from daemon.outbox.archive import Archive
from daemon.reports import history
from daemon.storage.store import Store
from tests.report_world import REPORT_NOW, build_world

NOW = REPORT_NOW.isoformat()
TZ = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, Config]:
    return build_world(tmp_path)


def entries_of(config: Config, contract: str, milestone: str | None = None) -> list:
    with Store(config.settings.data_dir / "state.json", read_only=True) as store:
        sends = store.sends_for(contract, milestone)
        events = store.events()
        review = history.review_of(config, store.snapshot(), events, contract, REPORT_NOW)
    subjects = history.archived_subjects(Archive(config.settings.data_dir / "archive"), sends)
    return history.timeline(sends, events, contract, milestone, subjects=subjects, review=review)


def test_timeline_is_in_order_with_every_kind(world: tuple[Path, Config]) -> None:
    entries = entries_of(world[1], "D1", "m1")
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    assert [e.kind for e in entries] == [
        "sent",  # notice
        "sent",  # due
        "received",  # dispute
        "state_change",  # -> disputed
        "state_change",  # -> open
        "sent",  # reminder 1
        "received",  # promise
        "state_change",  # -> promised
        "sent",  # reminder 2
        "state_change",  # -> paid
    ]
    dispute = entries[2]
    assert "classified dispute" in dispute.summary and "we dispute the invoice" in dispute.summary
    assert entries[3].summary.startswith("open -> disputed: reply classified dispute")
    assert "reminder #1 sent to pay@disputer.example: reminder [CK-D1-m1]" in entries[5].summary
    assert entries[6].data["promised_date"] == "2026-09-15"


def test_staff_command_and_review_at_the_end(world: tuple[Path, Config]) -> None:
    entries = entries_of(world[1], "L1")
    kinds = [e.kind for e in entries]
    assert kinds.count("sent") == 11 and "staff_command" in kinds
    staff = entries[kinds.index("staff_command")]
    assert staff.summary == "pm@team.example: paid 10000 2026-06-20 -> done: marked paid"
    assert entries[-1].kind == "review"
    assert entries[-1].summary.startswith("fully paid on 2026-09-20: 10.0 days late on average")
    assert entries_of(world[1], "D1")[-1].kind != "review"  # D1 m2 is unpaid


def test_a_stored_review_event_is_not_repeated(world: tuple[Path, Config]) -> None:
    config = world[1]
    with Store(config.settings.data_dir / "state.json") as store:
        assert history.record_reviews(config, store, REPORT_NOW) == ["L1", "E1"]
        assert history.record_reviews(config, store, REPORT_NOW) == []
        [event] = store.events("L1", None)[-1:]
    assert event["kind"] == "review" and event["data"]["emails"] == 9
    entries = entries_of(config, "L1")
    assert [e.kind for e in entries].count("review") == 1


def test_csv_and_html_renderings(world: tuple[Path, Config]) -> None:
    entries = entries_of(world[1], "D1")
    rows = list(csv.DictReader(io.StringIO(history.to_csv(entries, TZ))))
    assert len(rows) == len(entries)
    assert rows[0]["at"] == "2026-06-01 10:00" and rows[0]["kind"] == "sent"
    page = history.to_html(entries, TZ, "D1 <history>")
    assert "<title>D1 &lt;history&gt;</title>" in page
    assert page.count("<tr>") == len(entries) + 1


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["daemon.cli.history"])
    return cli.main(argv)


def test_history_command_text_and_json(
    world: tuple[Path, Config], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    path = str(world[0])
    assert run(["history", "D1", "m1", "--now", NOW, "--config", path], monkeypatch) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "History of D1 m1 (times in Asia/Shanghai)"
    assert "2026-08-05 09:00  received" in out and out.rstrip().endswith("10 entries")
    assert run(["history", "L1", "--json", "--now", NOW, "--config", path], monkeypatch) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[-1]["kind"] == "review" and data[-1]["data"]["contract"] == "L1"


def test_history_of_an_unknown_contract_is_an_error(
    world: tuple[Path, Config], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    assert run(["history", "NOPE", "--config", str(world[0])], monkeypatch) == 1
    assert "no contract NOPE" in capsys.readouterr().err


def test_unknown_event_kinds_and_odd_data_do_not_break_the_timeline() -> None:
    from datetime import datetime

    at = datetime.fromisoformat("2026-01-01T10:00:00+08:00")
    events = [
        {"at": at, "kind": "mystery", "contract": "K", "milestone": None, "data": {"x": 1}},
        {"at": at, "kind": "received", "contract": "K", "milestone": "m", "data": {}},
        {"at": at, "kind": "staff_command", "contract": "K", "milestone": "m", "data": {}},
    ]
    entries = history.timeline([], events, "K")
    assert [e.summary for e in entries] == [
        '{"x": 1}',
        "email from ?: (no subject) — classified ?",
        "?: ? -> refused",
    ]
