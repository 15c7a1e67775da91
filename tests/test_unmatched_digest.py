"""Unmatched mail reaches the PM as one digest an hour, not one alert each (issue 10.12),
with ``routine_alerts: email``; by default it is listed on the daily list (issue 14).

A noisy inbox through the real pieces: the Maildir inbox, the daemon's ``run --once``
and the real SMTP server the PM's mail goes to.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from daemon.cli.main import main
from tests.test_engine import DEMO_NOW, pm_alerts, write_demo_config
from tests.test_morning_list import lists


def deliver(tmp_path: Path, first: int, count: int) -> None:
    new = tmp_path / "data" / "inbox" / "new"
    for sub in ("new", "cur", "tmp"):
        (new.parent / sub).mkdir(parents=True, exist_ok=True)
    for n in range(first, first + count):
        (new / f"{n:05d}.msg").write_bytes(
            f"From: stranger{n}@elsewhere.example\r\nTo: ar@example.cn\r\n"
            f"Message-ID: <noise{n}@elsewhere.example>\r\nSubject: offer {n}\r\n"
            f"Date: Tue, 01 Dec 2026 09:00:00 +0800\r\n\r\ncheap watches {n}\r\n".encode()
        )


def digests(smtp_server: Any) -> list[Any]:
    return [
        m.message for m in smtp_server.messages if ".pm_digest." in str(m.message["Message-ID"])
    ]


def run_once(config: Path, at: Any) -> None:
    assert main(["run", "--once", "--now", at.isoformat(), "--config", str(config)]) == 0


def test_a_noisy_inbox_makes_one_digest_an_hour(tmp_path: Path, smtp_server: Any) -> None:
    config = write_demo_config(tmp_path, smtp_server, routine_alerts="email")
    deliver(tmp_path, 0, 40)
    run_once(config, DEMO_NOW)
    assert pm_alerts(smtp_server) == [], "one alert per unmatched message"
    [digest] = digests(smtp_server)
    assert "40" in str(digest["Subject"])
    body = digest.get_body(("plain",)).get_content()
    assert "stranger0@elsewhere.example" in body and "stranger39@elsewhere.example" in body

    deliver(tmp_path, 40, 10)  # more noise within the hour: filed, listed later
    run_once(config, DEMO_NOW + timedelta(minutes=10))
    assert len(digests(smtp_server)) == 1

    run_once(config, DEMO_NOW + timedelta(minutes=61))
    [_, second] = digests(smtp_server)
    assert "10" in str(second["Subject"])
    body = second.get_body(("plain",)).get_content()
    assert "stranger45@elsewhere.example" in body and "stranger0@" not in body

    run_once(config, DEMO_NOW + timedelta(hours=3))  # nothing new: no digest
    assert len(digests(smtp_server)) == 2
    assert pm_alerts(smtp_server) == []


def test_by_default_a_noisy_inbox_is_listed_on_the_daily_list_once(
    tmp_path: Path, smtp_server: Any
) -> None:
    config = write_demo_config(tmp_path, smtp_server)
    run_once(config, DEMO_NOW)  # the first weekly report goes out: it carries that day
    deliver(tmp_path, 0, 40)
    day2 = DEMO_NOW + timedelta(days=1)
    run_once(config, day2)  # 10:00, the list of the day goes out
    assert pm_alerts(smtp_server) == [] and digests(smtp_server) == []
    [first] = lists(smtp_server)
    body = first.get_body(("plain",)).get_content()
    assert "stranger0@elsewhere.example" in body and "stranger39@elsewhere.example" in body

    deliver(tmp_path, 40, 10)
    run_once(config, day2 + timedelta(hours=2))  # same day: waits for tomorrow
    assert len(lists(smtp_server)) == 1
    run_once(config, day2 + timedelta(days=1))
    [_, second] = lists(smtp_server)
    body = second.get_body(("plain",)).get_content()
    assert "stranger45@elsewhere.example" in body and "stranger0@" not in body
    assert digests(smtp_server) == []
