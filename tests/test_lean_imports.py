"""What a process loads is what it uses: an idle daemon does not carry the letter machinery.

An idle daemon's memory is mostly its imports (bench/idle.py measures it). Jinja2, Babel
and the public suffix list are needed only to write a letter, format an amount or read a
reply; a tick with nothing to do must not load them. The ``holidays`` package (and its
dateutil) is needed only for a calendar or year the packaged workday table does not hold:
neither the daemon nor ``cuikuan check`` loads it for the demo's CN and GB clients. These
tests look at ``sys.modules`` in a fresh process: a test of behaviour, not of speed.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from daemon.cli.main import main
from tests.demo_config import copy_demo
from tests.test_workday_table import needs_current_table

LETTER_MACHINERY = ["jinja2", "markupsafe", "babel", "publicsuffixlist"]
HOLIDAY_PACKAGE = ["holidays", "dateutil"]
CONFIG_MODELS = ["pydantic", "pydantic_core", "daemon.config.schema", "daemon.config.loader"]

COMMAND_PROBE = (
    "import json, sys\n"
    "from daemon.cli.main import main\n"
    "code = main(json.loads(sys.argv[1]))\n"
    "print('LOADED', json.dumps([m for m in sys.argv[2:] if m in sys.modules]), code)\n"
)


def _tick(folder: Path, now: str, watch: list[str]) -> tuple[list[str], int]:
    return _command(folder, ["run", "--once", "--now", now], watch)


def _command(folder: Path, argv: list[str], watch: list[str]) -> tuple[list[str], int]:
    out = subprocess.run(
        [sys.executable, "-c", COMMAND_PROBE, json.dumps(argv), *watch],
        capture_output=True,
        text=True,
        check=True,
        cwd=folder,
    ).stdout
    loaded, code = out.split("LOADED", 1)[1].rsplit(" ", 1)
    return json.loads(loaded), int(code)


def test_a_tick_with_nothing_to_send_loads_no_template_engine_or_formatter(
    tmp_path: Path,
) -> None:
    copy_demo(tmp_path)
    # The first tick of the day sends the weekly report: it renders, so it loads them all.
    loaded, code = _tick(tmp_path, "2026-12-01T03:00:00+08:00", LETTER_MACHINERY)
    assert code == 0 and {"jinja2", "babel"} <= set(loaded)
    # Five minutes later, at night, nothing is due: the same daemon code loads none of them.
    loaded, code = _tick(tmp_path, "2026-12-01T03:05:00+08:00", LETTER_MACHINERY)
    assert code == 0
    assert loaded == []


@needs_current_table
def test_neither_the_daemon_nor_check_loads_the_holidays_package_for_cn_and_gb(
    tmp_path: Path,
) -> None:
    """The demo's clients keep CN and GB calendars: the packaged table answers for both
    (2015-2040), so ``holidays`` and dateutil stay out (~3 MB of the idle daemon, ~0.05 s
    of ``check``), even in a tick that plans and writes letters."""
    copy_demo(tmp_path)
    loaded, code = _command(tmp_path, ["check"], HOLIDAY_PACKAGE)
    assert (loaded, code) == ([], 0)
    loaded, code = _tick(tmp_path, "2026-12-01T10:00:00+08:00", HOLIDAY_PACKAGE)
    assert (loaded, code) == ([], 0)
    loaded, code = _command(tmp_path, ["check"], HOLIDAY_PACKAGE)  # now with a state
    assert (loaded, code) == ([], 0)


def test_the_daemon_never_imports_pydantic(tmp_path: Path) -> None:
    """The config is checked by the pydantic models in a child process and the daemon
    holds plain records (:mod:`daemon.config.child`): pydantic and the built models are
    ~11 MB the long-lived process does not carry (issue 15), even in a tick that sends."""
    copy_demo(tmp_path)
    loaded, code = _tick(tmp_path, "2026-12-01T10:00:00+08:00", CONFIG_MODELS)
    assert (loaded, code) == ([], 0)
    assert list((tmp_path / "data" / "outbox" / "new").iterdir())  # the tick did send
    loaded, code = _command(tmp_path, ["check"], CONFIG_MODELS)  # a command checks in place
    assert (set(loaded), code) == (set(CONFIG_MODELS), 0)


def test_check_without_a_clients_dir_loads_no_parse_cache(tmp_path: Path) -> None:
    """The parse cache (and its pickle) serves only ``clients_dir`` files; the demo keeps
    its clients in ``config.yaml``."""
    copy_demo(tmp_path)
    loaded, code = _command(tmp_path, ["check"], ["daemon.config.cache", "pickle"])
    assert (loaded, code) == ([], 0)


def test_the_command_line_spares_the_exit_collection_and_in_process_calls_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``cuikuan check`` as a program freezes its heap for the exit (no last collection of
    it); ``main([...])`` from a test or a script leaves the collector as it was."""
    config = copy_demo(tmp_path)
    gc.unfreeze()
    try:
        assert main(["check", "--config", str(config)]) == 0
        assert gc.get_freeze_count() == 0
        monkeypatch.setattr(sys, "argv", ["cuikuan", "check", "--config", str(config)])
        assert main() == 0
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert "OK (2 clients" in capsys.readouterr().out
