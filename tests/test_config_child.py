"""The daemon's config is checked in a child process and comes back the same.

:mod:`daemon.config.child` keeps pydantic out of the long-lived daemon (issue 15). What
must not change: the records are those of a load in the process, a bad edit raises the
same :class:`~daemon.errors.ConfigError` with the same located messages (so the daemon
reports it and keeps the last good config, as before), and a child that cannot answer
costs memory, never the config. The probes run in a fresh process (this one has pydantic,
so it loads in place).
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from daemon.config import child
from daemon.config.loader import load_config
from daemon.config.record_ops import dump_json
from daemon.errors import ConfigError
from tests.demo_config import copy_demo

PROBE = """
import json, sys
from pathlib import Path
from daemon.config.child import load_lean
from daemon.config.record_ops import dump_json
from daemon.errors import ConfigError

path, good, bad = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
out = {"config": dump_json(load_lean(path), by_alias=True)}
text = path.read_text(encoding="utf-8")
path.write_text(text.replace(good, bad), encoding="utf-8")
try:
    load_lean(path)
except ConfigError as exc:
    out["issues"] = [str(issue) for issue in exc.issues]
out["pydantic"] = sorted(m for m in sys.modules if m.split(".")[0] == "pydantic")
print(json.dumps(out))
"""

GOOD, BAD = "tick_seconds: 60", "tick_seconds: 1"


def test_a_fresh_process_gets_the_same_config_and_the_same_errors_without_pydantic(
    tmp_path: Path,
) -> None:
    path = copy_demo(tmp_path)
    expected = load_config(path)
    out = json.loads(
        subprocess.run(
            [sys.executable, "-c", PROBE, str(path), GOOD, BAD],
            capture_output=True,
            text=True,
            check=True,
            cwd=tmp_path,
        ).stdout
    )
    assert out["pydantic"] == []
    assert out["config"] == dump_json(expected, by_alias=True)
    with pytest.raises(ConfigError) as in_place:
        load_config(path)  # the bad edit, checked in this process
    assert out["issues"] == [str(issue) for issue in in_place.value.issues]
    assert any("tick_seconds" in issue for issue in out["issues"])


def test_the_child_answers_with_records_or_issues(tmp_path: Path) -> None:
    path = copy_demo(tmp_path)
    assert child._ask_child(path) == load_config(path)
    path.write_text(path.read_text(encoding="utf-8").replace(GOOD, BAD), encoding="utf-8")
    issues = child._ask_child(path)
    with pytest.raises(ConfigError) as in_place:
        load_config(path)
    assert issues == in_place.value.issues


def test_a_child_that_cannot_answer_is_logged_and_gives_no_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """load_lean then loads in place: heavier, never without a config."""
    path = copy_demo(tmp_path)
    monkeypatch.setattr(sys, "executable", "/bin/false")
    with caplog.at_level(logging.WARNING, logger="daemon.config.child"):
        assert child._ask_child(path) is None
    assert "the child failed (1)" in caplog.text
