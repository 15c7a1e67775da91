"""A contract added already overdue: first contact states what is outstanding, then the
ladder climbs only over rungs really sent (issue 11 point 3), through the real SMTP server.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from daemon.cli.main import main
from daemon.config.loader import load_config
from daemon.domain.emails import legacy_of
from daemon.service.runtime import open_runtime
from tests.test_engine import write_demo_config

DEMO_NOW = datetime.fromisoformat("2026-12-01T10:00:00+08:00")
CHASE = ("notice", "due", "reminder", "demand", "escalate", "legal")
CONTRADICTIONS = [
    re.compile(p)
    for p in (
        r"\bNone\b",
        r"payment payment",
        r"提醒邮件[：:]\s*0\s*封",
        r"so far:\s*0\b",
        r"逾期[：:]?\s*0\s*天",
        r"\b0 days? overdue",
    )
]


def body(message: Any) -> str:
    part = message.message.get_body(("plain",))
    return str(part.get_content()) if part is not None else ""


def stage_of(message: Any) -> tuple[str, str, str, int]:
    mid = str(legacy_of(str(message.message["Message-ID"]))).strip("<>").split("@")[0]
    _ck, contract_milestone_stage_seq = mid.split(".", 1)
    contract, milestone, stage, seq = contract_milestone_stage_seq.rsplit(".", 3)
    return contract, milestone, stage, int(seq)


def test_the_demo_never_demands_or_escalates_what_it_never_chased(
    tmp_path: Path, smtp_server: Any
) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    try:
        runtime.engine.tick(DEMO_NOW)  # the README's demo command
        first = [stage_of(m)[2] for m in smtp_server.messages]
        assert "demand" not in first and "escalate" not in first and "legal" not in first
        day = datetime.fromisoformat("2026-12-01T10:00:00+00:00")  # then every day, London
        while day < datetime.fromisoformat("2027-03-01T10:00:00+00:00"):
            runtime.engine.tick(day - timedelta(hours=8))  # 10:00 in Shanghai
            runtime.engine.tick(day)
            day += timedelta(days=1)
    finally:
        runtime.close()
    seen: dict[tuple[str, str], list[tuple[str, datetime]]] = defaultdict(list)
    for message in smtp_server.messages:
        contract, milestone, stage, _seq = stage_of(message)
        if stage not in CHASE:
            continue
        for pattern in CONTRADICTIONS:
            found = pattern.search(body(message))
            assert found is None, f"{message.message['Subject']}: {found.group(0)!r}"
        sent_at = datetime.fromisoformat(str(message.message["Date"].datetime.isoformat()))
        seen[(contract, milestone)].append((stage, sent_at))
    acme = seen[("ACME-2026-03", "midterm")]
    stages = [s for s, _ in acme]
    # the first contact is a statement; four reminders a week apart; then the formal rungs
    assert stages[:5] == ["reminder"] * 5 or stages[:4] == ["reminder"] * 4
    reminders = [at for s, at in acme if s == "reminder"]
    assert len(reminders) >= 4
    assert all((b - a).days >= 7 for a, b in zip(reminders, reminders[1:], strict=False))
    demand = next(at for s, at in acme if s == "demand")
    escalate = next(at for s, at in acme if s == "escalate")
    legal = next(at for s, at in acme if s == "legal")
    assert (
        reminders[3] < demand and (escalate - demand).days >= 15 and (legal - escalate).days >= 15
    )
    for (contract, milestone), sent in seen.items():
        order = [s for s, _ in sent]
        for rung, before in (("demand", "reminder"), ("escalate", "demand"), ("legal", "escalate")):
            if rung in order:
                assert before in order[: order.index(rung)], f"{contract}/{milestone}: {order}"


def test_escalation_never_says_no_reminder_was_sent(tmp_path: Path, smtp_server: Any) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    try:
        day = datetime.fromisoformat("2026-12-01T10:00:00+00:00")
        while day < datetime.fromisoformat("2027-01-31T10:00:00+00:00"):
            runtime.engine.tick(day)
            day += timedelta(days=1)
    finally:
        runtime.close()
    [escalate] = [m for m in smtp_server.messages if ".escalate." in m.message["Message-ID"]]
    text = body(escalate)
    count = int(re.search(r"Emails sent about it so far: (\d+)", text).group(1))  # type: ignore[union-attr]
    assert count >= 5  # 4 reminders and the demand, really sent


@pytest.mark.parametrize("command", ["check", "plan"])
def test_check_and_plan_name_contracts_in_flight_and_their_first_email(
    tmp_path: Path, smtp_server: Any, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = write_demo_config(tmp_path, smtp_server)
    if command == "check":
        argv = ["check", "--config", str(path), "--now", DEMO_NOW.isoformat()]
    else:
        argv = ["plan", "--config", str(path), "--from", "2026-12-01", "--to", "2026-12-31"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "In flight" in out
    assert re.search(r"ACME-2026-03/midterm: 4[12] days overdue; first email: reminder", out)
    # The first email's time in the PM's zone, named (the demo PM is in Asia/Shanghai).
    assert re.search(
        r"first email: reminder .* at \d{4}-\d\d-\d\d \d\d:\d\d \(Asia/Shanghai\)", out
    )
    assert "+00:00" not in out
    assert "HZ-2026-017/midterm" not in out.split("In flight")[1]
