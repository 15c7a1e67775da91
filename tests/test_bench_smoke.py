"""The benchmarks start and speak JSON: each script, at a tiny size, prints one parseable
line per measurement with the keys bench/run_all.py builds its table from.

The measurements themselves are not checked here (they are numbers for the README, made by
``bench/run_all.py`` at full size); only that the scripts keep working as the code changes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each runs a bench script in a process; CI runs them all

REPO = Path(__file__).resolve().parents[1]
KEYS = {"bench", "metric", "value", "unit", "target", "ok", "baseline"}
NEEDS_DOVECOT = {"reaction.py", "inbox_backlog.py", "idle.py", "big_inbox.py"}

CASES = {
    "status_scale.py": (
        ["--contracts", "20", "--events", "50"],
        "scale",
        {"status_20", "report_20", "status_rss_20", "report_rss_20"},
    ),
    "cli_startup.py": (
        ["--runs", "1"],
        "cli",
        {"help_cpu", "version_cpu", "check_cpu", "status_cpu", "status_rss"},
    ),
    "classify_files.py": (
        ["--runs", "1", "--files", "5"],
        "classify",
        {"one_file_cpu", "many_files_cpu", "per_file", "read_p95", "read_max"},
    ),
    "reaction.py": (["--replies", "2"], "reaction", {"p50", "p95"}),
    "tick_scale.py": (
        ["--sizes", "10,20"],
        "tick",
        {"load_20", "plan_20", "engine_tick_20", "rss_20", "growth_tick_10_to_20"},
    ),
    "sending.py": (["--emails", "5"], "send", {"tick_5_emails", "throughput"}),
    "inbox_backlog.py": (
        ["--messages", "20"],
        "inbox",
        {"process_20", "throughput", "processed_twice"},
    ),
    "big_inbox.py": (
        ["--messages", "2", "--mb", "1"],
        "big_inbox",
        {"peak_rss_2x1mb", "handled_once"},
    ),
    "state_growth.py": (
        ["--history", "50", "--events", "5", "--unbatched", "3"],
        "state",
        {"batched_5_events", "unbatched_per_event", "reopen_read"},
    ),
    "idle.py": (["--contracts", "10", "--seconds", "1"], "idle", {"rss", "cpu", "startup"}),
    "history_scale.py": (
        ["--sizes", "20,40", "--contracts", "5", "--cycles", "1"],
        "history",
        {
            "idle_cycle_20_events",
            "idle_cycle_40_events",
            "idle_cycle_growth",
            "open_state_20_events",
            "open_state_40_events",
            "open_state_growth",
        },
    ),
}


def run_script(script: str, args: list[str]) -> list[dict]:
    out = subprocess.run(
        [sys.executable, str(REPO / "bench" / script), "--json-only", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    assert out.returncode == 0, out.stderr[-3000:]
    return [json.loads(line) for line in out.stdout.splitlines()]


@pytest.mark.parametrize("script", sorted(CASES))
def test_script_prints_json_lines(script: str) -> None:
    if script in NEEDS_DOVECOT and shutil.which("dovecot") is None:
        pytest.skip("needs the dovecot binary")
    args, bench, metrics = CASES[script]
    lines = run_script(script, args)
    assert lines, "no JSON line printed"
    for line in lines:
        assert set(line) >= KEYS, line
        assert line["bench"] == bench
        assert isinstance(line["value"], int | float)
        assert line["ok"] in (True, False, None)
    assert {line["metric"] for line in lines} >= metrics


def test_inbox_backlog_handles_each_message_once() -> None:
    """The one bench verdict that is about correctness, not speed, holds at any size."""
    if shutil.which("dovecot") is None:
        pytest.skip("needs the dovecot binary")
    lines = run_script("inbox_backlog.py", ["--messages", "12"])
    [twice] = [line for line in lines if line["metric"] == "processed_twice"]
    assert twice["value"] == 0 and twice["ok"] is True, twice


def test_table_lists_every_line() -> None:
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import _common
    finally:
        sys.path.remove(str(REPO / "bench"))
    lines = [
        _common.result("x", "a", 1.23456, "s", target="<= 2", ok=True, baseline=0.5),
        _common.result("x", "b", 3000.0, "MB", ok=False, note="why"),
    ]
    table = _common.table(lines).splitlines()
    assert len(table) == 4
    assert "| x | a | 1.235 | s | 0.5 | <= 2 | yes |" in table[2]
    assert "**NO**" in table[3] and "why" in table[3]
    assert _common.percentile([1, 2, 3, 4], 50) == 2.5
