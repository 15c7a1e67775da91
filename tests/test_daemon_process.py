"""The daemon as a real process: reload on SIGHUP, a bad edit keeps the last good config,
SIGTERM stops it quickly. Waits are for observable events (a file appears, a log line is
written, the process exits), each bounded; nothing waits for a schedule."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from tests.demo_config import copy_demo_with_clients_dir, demo_mid, new_client_yaml, outbox_files
from tests.fixtures.waiting import HANG_GUARD_SECONDS, wait_until

REPO = Path(__file__).resolve().parents[1]
# 10:00 in Shanghai on a working day: inside the send window for the Chinese demo client.
NOW = "2026-12-01T10:00:00+08:00"

NEW_CLIENT = new_client_yaml("boss@newco.example.cn")


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    # no settle time for a new contract: this daemon's clock runs in real time
    demo = copy_demo_with_clients_dir(tmp_path, "  new_contract_settle_minutes: 0\n")
    # A tick an hour apart, beyond the hang guard: what these tests wait for must come
    # from the signal or the edit, never from a scheduled tick.
    config = demo / "config.yaml"
    text = config.read_text(encoding="utf-8")
    assert "  tick_seconds: 60 " in text
    config.write_text(text.replace("  tick_seconds: 60 ", "  tick_seconds: 3600 ", 1), "utf-8")
    return demo


@pytest.fixture
def daemon(demo: Path) -> Iterator[subprocess.Popen[bytes]]:
    log = open(demo / "daemon.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [sys.executable, "-m", "daemon.cli", "run", "--now", NOW, "--config", "config.yaml"],
        cwd=demo,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=HANG_GUARD_SECONDS)
        log.close()


def log_text(demo: Path) -> str:
    return (demo / "daemon.log").read_text(encoding="utf-8", errors="replace")


def test_reload_bad_edit_and_stop(demo: Path, daemon: subprocess.Popen[bytes]) -> None:
    wait_until(lambda: len(outbox_files(demo)) == 3, "the first cycle's emails (2 + weekly report)")

    # A bad edit: the daemon logs it and keeps going on the last good config.
    (demo / "clients.d" / "broken.yaml").write_text("clients:\n  - id: [oops\n", encoding="utf-8")
    daemon.send_signal(signal.SIGHUP)
    wait_until(lambda: "config edit rejected" in log_text(demo), "the rejected-edit log line")
    assert "broken.yaml:" in log_text(demo)
    assert daemon.poll() is None
    # ... and tells the PM by email.
    wait_until(lambda: any(b".pm_alert." in m for m in outbox_files(demo)), "the PM's alert")
    [alert] = [
        message_from_bytes(m, policy=default) for m in outbox_files(demo) if b".pm_alert." in m
    ]
    assert alert["To"].addresses[0].addr_spec == "pm@example.cn"
    assert "broken.yaml:3" in alert.get_body(("plain",)).get_content()

    # Fixing it (a new client file) is picked up: the new contract's terms email goes out.
    (demo / "clients.d" / "broken.yaml").unlink()
    (demo / "clients.d" / "newco.yaml").write_text(NEW_CLIENT, encoding="utf-8")
    daemon.send_signal(signal.SIGHUP)
    wait_until(
        lambda: any(demo_mid("NEW-1", None, "terms").encode() in m for m in outbox_files(demo)),
        "the new client's terms email",
    )
    assert len(outbox_files(demo)) == 5  # 2 chase + weekly report + alert + the new terms

    daemon.send_signal(signal.SIGTERM)
    # The stop is taken once the work in hand is done, not at the next tick (an hour away,
    # beyond the guard); how fast a stop is, test_stop_and_backoff.py measures under load.
    wait_until(lambda: daemon.poll() is not None, "the daemon's exit after SIGTERM")
    assert daemon.returncode == 0
    assert "stopping: signal received" in log_text(demo).split("received SIGTERM", 1)[1]
