"""The PM's daily action list (issue 14.1): what is on it, how it ranks, ``cuikuan todo``."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from daemon.cli.main import main
from daemon.config.loader import load_config
from daemon.domain.events import Received, StateChanged
from daemon.domain.state import MilestoneState, StateView
from daemon.inbox.facts import AWAITING_PM
from daemon.reports.todo import JSON_KEYS, todo
from daemon.service.layout import state_path
from daemon.storage.store import Store
from tests.demo_config import copy_demo
from tests.inbox_builders import BETA_TO, acme, contract, make_config, milestone

NOW = datetime.fromisoformat("2026-12-01T10:00:00+08:00")
DEMO_NOW = "2026-12-01T10:00:00+08:00"


def _beta() -> dict:
    return {
        "id": "beta",
        "name": "Beta GmbH",
        "contacts": {"to": [{"email": BETA_TO}]},
        "contracts": [
            contract(
                "B-1",
                milestone("final", "2026-10-01", "3000.00"),
                milestone("later", "2027-03-01", "10000.00"),
            )
        ],
    }


def _world(language: str = "en") -> tuple:
    config = make_config(
        acme(
            contract(
                "C1",
                milestone("m1", "2026-11-01", "5000.00"),
                milestone("m2", "2026-11-20", "20000.00"),
            ),
            contract("C2", milestone("only", "2026-11-25", "1000.00")),
        ),
        _beta(),
        language=language,
    )
    held = NOW - timedelta(days=1)
    state = StateView(
        milestones={
            ("C1", "m1"): MilestoneState(status="claimed_paid", reason="client: paid on Friday"),
            ("C1", "m2"): MilestoneState(status="disputed", reason="client: work not accepted"),
            ("C2", "only"): MilestoneState(
                hold_until=NOW + timedelta(days=3), reason=f"{AWAITING_PM}more_time: 2 months?"
            ),
            ("B-1", "final"): MilestoneState(
                status="promised",
                promised_date=held.date(),
                hold_until=held,
                promise_words="we pay next week",
            ),
        },
        bad_addresses=frozenset({BETA_TO}),
    )
    events = [
        *(_unmatched(NOW - timedelta(days=d)) for d in (0.5, 2, 6)),
        _unmatched(NOW - timedelta(days=10)),  # too old for the list
        Received(at=NOW, contract="C1", milestone="m1", action="claimed_paid"),
        StateChanged(at=NOW, contract="C1", milestone="m1", old="open", new="claimed_paid"),
    ]
    return config, state, events


def _unmatched(at: datetime) -> Received:
    return Received(at=at, sender="who@else.example", action="forwarded_unmatched")


def test_every_kind_is_listed_and_ranked_by_money_at_risk_times_days_late() -> None:
    config, state, events = _world()
    actions = todo(config, state, NOW, events)
    got = [(a.kind, a.contract, a.milestone, a.score) for a in actions]
    assert got == [
        ("bad_address", None, None, Decimal("13000.00") * 61),  # all Beta owes × 61 days
        ("dispute", "C1", "m2", Decimal("20000.00") * 11),
        ("broken_promise", "B-1", "final", Decimal("3000.00") * 61),
        ("verify_payment", "C1", "m1", Decimal("5000.00") * 30),
        ("pm_question", "C2", "only", Decimal("1000.00") * 6),
        ("unmatched_mail", None, None, Decimal(0)),
    ]
    commands = {a.kind: a.commands for a in actions}
    assert commands["verify_payment"] == ("paid", "resume")
    assert commands["broken_promise"] == ("paid", "pause", "stop")


def test_each_reason_is_one_line_with_the_clients_words() -> None:
    config, state, events = _world()
    reasons = {a.kind: a.reason for a in todo(config, state, NOW, events)}
    assert all("\n" not in r and "None" not in r for r in reasons.values())
    assert "“work not accepted”" in reasons["dispute"] and "20,000.00" in reasons["dispute"]
    assert "“we pay next week”" in reasons["broken_promise"]
    assert "“2 months?”" in reasons["pm_question"]
    assert BETA_TO in reasons["bad_address"]


def test_unmatched_mail_is_one_line_with_a_count_of_recent_mail() -> None:
    config, state, events = _world()
    unmatched = [a for a in todo(config, state, NOW, events) if a.kind == "unmatched_mail"]
    assert [(a.count, a.reason) for a in unmatched] == [
        (3, "3 email(s) in the last 7 days matched no contract (forwarded to you)")
    ]


def test_the_reasons_are_in_the_pms_language() -> None:
    config, state, events = _world("zh")
    reasons = {a.kind: a.reason for a in todo(config, state, NOW, events)}
    assert reasons["verify_payment"].startswith("ACME Ltd 称")
    assert reasons["unmatched_mail"] == "最近7天有3封邮件无法对应到合同（已转发给您）"


def test_nothing_is_listed_when_nothing_waits_for_the_pm() -> None:
    config, _, _ = _world()
    promised_ahead = MilestoneState(
        status="promised", promised_date=NOW.date(), hold_until=NOW + timedelta(days=2)
    )
    state = StateView(milestones={("B-1", "final"): promised_ahead})
    assert todo(config, state, NOW, [_unmatched(NOW - timedelta(days=8))]) == []


def test_a_claim_not_yet_due_ranks_by_its_amount_and_paid_in_yaml_is_not_listed() -> None:
    config = make_config(
        acme(
            contract(
                "C1",
                milestone("early", "2027-01-01", "900.00"),
                milestone("done", "2026-11-01", "50000.00", paid={"on": "2026-11-30"}),
            ),
            contract("C2", milestone("late", "2026-11-30", "800.00")),
        )
    )
    claimed = MilestoneState(status="claimed_paid")
    state = StateView(
        milestones={("C1", "early"): claimed, ("C1", "done"): claimed, ("C2", "late"): claimed}
    )
    got = [(a.milestone, a.days_late, a.score) for a in todo(config, state, NOW)]
    assert got == [("early", 0, Decimal("900.00")), ("late", 1, Decimal("800.00"))]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return copy_demo(tmp_path)


def _store_world(config_path: Path) -> None:
    config = load_config(config_path)
    with Store(state_path(config)) as store:
        at = datetime.fromisoformat("2026-11-28T10:00:00+08:00")
        claimed = MilestoneState(status="claimed_paid", reason="client: 已于上周五付款")
        store.set_milestone("ACME-2026-03", "midterm", claimed, at, "reply:paid")
        for i in range(4):
            store.add_event(at, "received", None, None, action="forwarded_unmatched", id=i)


def test_cli_todo_json_rows_have_the_documented_keys(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _store_world(demo)
    assert main(["todo", "--json", "--now", DEMO_NOW, "--config", str(demo)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(list(row) == list(JSON_KEYS) for row in rows)
    assert [(r["rank"], r["kind"], r["count"]) for r in rows] == [
        (1, "verify_payment", 1),
        (2, "unmatched_mail", 4),
    ]
    assert (
        rows[0]
        | {
            "contract": "ACME-2026-03",
            "milestone": "midterm",
            "token": "[CK-ACME-2026-03-midterm]",
            "amount": "12000.00",
            "days_late": 42,
            "score": str(Decimal("12000.00") * 42),
            "commands": ["paid", "resume"],
        }
        == rows[0]
    )
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert all(f"`{key}`" in readme for key in JSON_KEYS)


def test_cli_todo_prints_numbered_lines_in_the_pms_language(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _store_world(demo)
    assert main(["todo", "--now", DEMO_NOW, "--config", str(demo)]) == 0
    title, first, second = capsys.readouterr().out.splitlines()
    assert title == "今日待办 2 项"
    assert first.startswith(" 1. ") and first.endswith(
        "回复: paid | resume [CK-ACME-2026-03-midterm]"
    )
    assert "“已于上周五付款”" in first
    assert second == " 2. 最近7天有4封邮件无法对应到合同（已转发给您）"


def test_cli_todo_on_a_new_installation_says_nothing_to_do(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["todo", "--now", DEMO_NOW, "--config", str(demo)]) == 0
    assert capsys.readouterr().out == "今日无待办事项。\n"
