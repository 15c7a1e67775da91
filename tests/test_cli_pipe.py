"""``cuikuan COMMAND | head``: a reader that goes away early is no error (issue 10, pt 13).

Each command runs as a real process whose stdout is a pipe closed before it writes: the
write fails with EPIPE, and the command must end quietly, without a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.demo_config import copy_demo

NOW = "2026-12-01T10:00:00+08:00"
COMMANDS: dict[str, list[str]] = {
    "check": ["check"],
    "plan": ["plan", "--from", "2026-12-01", "--to", "2027-03-31"],
    "plan --json": ["plan", "--from", "2026-12-01", "--to", "2027-03-31", "--json"],
    "preview": ["preview", "HZ-2026-017", "midterm", "notice", "--now", NOW],
    "status": ["status", "--now", NOW],
    "status --json": ["status", "--json", "--now", NOW],
    "report": ["report", "--as-of", "2026-12-01"],
    "history": ["history", "HZ-2026-017"],
    "doctor": ["doctor"],
}
"""Every command that prints on the demo without servers; run, evidence, classify and
recover read or write other things first, and share the same main()."""


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_closed_pipe_ends_the_command_quietly(name: str, tmp_path: Path) -> None:
    config = copy_demo(tmp_path)
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will ever read: the first write gets EPIPE
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "daemon.cli", *COMMANDS[name], "--config", str(config)],
            stdout=write_end,
            stderr=subprocess.PIPE,
            timeout=60,
            cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        )
    finally:
        os.close(write_end)
    stderr = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
    assert proc.returncode in (0, 141), (proc.returncode, stderr)
