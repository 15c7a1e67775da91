"""The morning email (issue 14.1): the action list to the PM once a day, none when empty;
on a day the weekly report goes out, the report carries it.

Through the real pieces: the daemon's ``run --once`` and the real SMTP server.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from daemon.cli.main import main
from daemon.config.loader import load_config
from daemon.domain.state import MilestoneState
from daemon.service.layout import state_path
from daemon.storage.store import Store
from tests.test_engine import DEMO_NOW, write_demo_config


def lists(smtp_server: Any) -> list[Any]:
    return [m.message for m in smtp_server.messages if ".pm_todo." in str(m.message["Message-ID"])]


def run_once(config: Path, at: datetime) -> None:
    assert main(["run", "--once", "--now", at.isoformat(), "--config", str(config)]) == 0


def claim_paid(config_path: Path) -> None:
    with Store(state_path(load_config(config_path))) as store:
        claimed = MilestoneState(status="claimed_paid", reason="client: 已于上周五付款")
        at = DEMO_NOW - timedelta(days=1)
        store.set_milestone("ACME-2026-03", "midterm", claimed, at, "reply:paid")


def test_the_list_goes_to_the_pm_once_a_day_in_their_language(
    tmp_path: Path, smtp_server: Any
) -> None:
    config = write_demo_config(tmp_path, smtp_server)
    claim_paid(config)
    run_once(config, DEMO_NOW)  # 10:00 in Shanghai; the first weekly report carries it
    assert lists(smtp_server) == []
    [weekly] = [
        m.message for m in smtp_server.messages if ".weekly_report." in m.message["Message-ID"]
    ]
    assert "paid | resume [CK-ACME-2026-03-midterm]" in weekly.get_body(("plain",)).get_content()

    run_once(config, DEMO_NOW + timedelta(days=1))  # the next day: the list alone
    [email] = lists(smtp_server)
    assert str(email["Subject"]).endswith("今日待办 1 项")
    assert load_config(config).settings.pm.email in email["To"]
    body = email.get_body(("plain",)).get_content()
    assert "已付款" in body and "paid | resume [CK-ACME-2026-03-midterm]" in body
    assert "None" not in body

    run_once(config, DEMO_NOW + timedelta(days=1, hours=5))  # same day: not again
    tomorrow_early = DEMO_NOW + timedelta(days=2) - timedelta(hours=3)  # 07:00
    run_once(config, tomorrow_early)
    assert len(lists(smtp_server)) == 1
    run_once(config, DEMO_NOW + timedelta(days=2))
    assert len(lists(smtp_server)) == 2


def test_nothing_on_the_list_sends_no_email(tmp_path: Path, smtp_server: Any) -> None:
    config = write_demo_config(tmp_path, smtp_server)
    run_once(config, DEMO_NOW)
    run_once(config, DEMO_NOW + timedelta(days=1))
    assert smtp_server.messages, "the chase itself sent mail"
    assert lists(smtp_server) == []
