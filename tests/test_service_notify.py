"""Under systemd (Type=notify, WatchdogSec=): the real daemon process says READY, keeps
pinging the watchdog, reports its last tick, and says STOPPING on SIGTERM."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.demo_config import copy_demo
from tests.fixtures.waiting import HANG_GUARD_SECONDS

REPO = Path(__file__).resolve().parents[1]
NOW = "2026-12-01T10:00:00+08:00"


@pytest.fixture
def notify_socket() -> Iterator[tuple[socket.socket, str]]:
    folder = tempfile.mkdtemp(prefix="ckn.", dir="/tmp")  # unix socket paths: ≤ 108 bytes
    path = os.path.join(folder, "notify")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    try:
        yield sock, path
    finally:
        sock.close()
        shutil.rmtree(folder)


def receive_until(
    sock: socket.socket, wanted: str, timeout: float = HANG_GUARD_SECONDS
) -> list[str]:
    """Every field received until one equal to ``wanted`` (bounded by ``timeout``)."""
    fields: list[str] = []
    deadline = time.monotonic() + timeout
    while wanted not in fields:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no {wanted} within {timeout}s; got {fields}")
        sock.settimeout(left)
        fields += sock.recv(4096).decode().split("\n")
    return fields


def test_ready_watchdog_status_and_stopping(tmp_path: Path, notify_socket) -> None:
    sock, path = notify_socket
    copy_demo(tmp_path)
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "NOTIFY_SOCKET": path,
        "WATCHDOG_USEC": "2000000",  # ping every second
    }
    env.pop("WATCHDOG_PID", None)
    with open(tmp_path / "daemon.log", "wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "daemon.cli", "run", "--now", NOW, "--config", "config.yaml"],
            cwd=tmp_path,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        try:
            first = receive_until(sock, "READY=1")
            assert "STATUS=running: a tick every 60 s" in first
            after = receive_until(sock, "WATCHDOG=1")
            status = [f for f in first + after if f.startswith("STATUS=last tick")]
            assert len(status) == 1
            assert re.fullmatch(
                r"STATUS=last tick 2026-12-01T02:0\d\+00:00: 2 sent, 0 deferred, 0 failed",
                status[0],
            )
            receive_until(sock, "WATCHDOG=1")  # and again: it keeps pinging
            proc.send_signal(signal.SIGTERM)
            receive_until(sock, "STOPPING=1")
            assert proc.wait(timeout=10) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
