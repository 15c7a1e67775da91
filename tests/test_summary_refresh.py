"""The daemon keeps the summaries fresh in a child process (daemon.reports.summary_refresh).

A real child (``python -m daemon.reports.summary_refresh``) on a copy of the medium
world; whether ``status``/``report`` then answer from a summary is read from
:data:`daemon.reports.summary.SERVED`, never from a stopwatch.
"""

from __future__ import annotations

import contextlib
import io
import shutil
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from daemon.cli.main import main
from daemon.clock import FixedClock
from daemon.config.loader import load_config
from daemon.reports import summary
from daemon.reports.summary_refresh import CHECK_GAP, REFRESH_GAP, Refresher
from daemon.service.loop import Daemon
from tests import medium_world

NOW = medium_world.NOW
CHILD_SECONDS = 300
"""A hang guard for the child on a loaded machine, not a speed bound."""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return medium_world.build(tmp_path_factory.mktemp("medium"))


@pytest.fixture
def world(built: Path, tmp_path: Path) -> Path:
    shutil.copytree(built.parent, tmp_path / "w")
    return tmp_path / "w" / built.name


def served(config: Path, *argv: str) -> bool:
    before = sum(summary.SERVED.values())
    with contextlib.redirect_stdout(io.StringIO()):
        assert main([*argv, "--config", str(config)]) == 0
    return sum(summary.SERVED.values()) > before


def test_the_child_keeps_status_and_todays_report(world: Path) -> None:
    refresher = Refresher(world)
    assert refresher.maybe_start(NOW, 0.0)
    refresher.wait(CHILD_SECONDS)
    assert served(world, "status", "--now", NOW.isoformat())
    assert served(world, "report", "--as-of", str(NOW.date()))
    assert served(world, "report", "--as-of", str(NOW.date()), "--format", "json")
    assert refresher.holds(NOW)


def test_a_child_starts_again_only_when_the_summary_no_longer_holds(world: Path) -> None:
    refresher = Refresher(world)
    assert refresher.maybe_start(NOW, 0.0)
    assert not refresher.maybe_start(NOW, 1.0)  # one at a time
    refresher.wait(CHILD_SECONDS)
    later = REFRESH_GAP + 1
    assert not refresher.maybe_start(NOW, later)  # it holds: nothing to do
    assert not refresher.maybe_start(NOW, later + 1)  # and it is not looked at again yet
    client_file = next((world.parent / "clients.d").glob("*.yaml"))
    client_file.write_text(client_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert refresher.maybe_start(NOW, later + CHECK_GAP + 1)  # edited: a new child
    refresher.close()
    assert refresher.child is None


def test_the_daemon_loop_starts_the_child(world: Path) -> None:
    daemon = Daemon(world, load_config(world), FixedClock(NOW))
    try:
        daemon.keep_summaries()
        assert daemon.summaries.child is not None
        daemon.summaries.wait(CHILD_SECONDS)
    finally:
        daemon.summaries.close()
        daemon.runtime.close()
    assert served(world, "status", "--now", NOW.isoformat())


EARLY = NOW + timedelta(hours=20)
"""06:00 the next day: no email is due (the first at 09:00), so a report as of now holds."""


def _asked(at: datetime) -> list[list[str]]:
    """``status``, ``report`` as of today and ``report`` as of now, at ``at``."""
    return [
        ["status", "--now", at.isoformat()],
        ["report", "--as-of", str(at.date())],
        ["report", "--now", at.isoformat()],
    ]


def test_a_restarted_daemon_serves_status_and_report_after_its_first_tick(world: Path) -> None:
    daemon = Daemon(world, load_config(world), FixedClock(EARLY))
    try:
        daemon.tick()
        daemon.keep_summaries()  # the loop's next step: a new daemon knows no summary
        daemon.summaries.wait(CHILD_SECONDS)
    finally:
        daemon.summaries.close()
        daemon.runtime.close()
    a_minute_later = EARLY + timedelta(minutes=1)
    for argv in _asked(a_minute_later):
        assert served(world, *argv), argv
    kept = daemon.summaries.kept
    assert kept is not None and isinstance(kept["until"], str)
    midnight = datetime.combine(EARLY.date() + timedelta(days=1), time(0), EARLY.tzinfo)
    assert datetime.fromisoformat(kept["until"]) <= midnight  # today's report ends then


def test_after_a_config_edit_the_daemon_serves_again_after_its_reload_tick(world: Path) -> None:
    """Not REFRESH_GAP later: the daemon loads the edit, ticks, and starts the child."""
    seconds = [0.0]
    daemon = Daemon(world, load_config(world), FixedClock(EARLY))
    daemon.monotonic = lambda: seconds[0]
    try:
        daemon.tick()
        daemon.keep_summaries()
        daemon.summaries.wait(CHILD_SECONDS)
        moved = medium_world.move_first_due(world)
        seconds[0] += 1
        daemon.check_config()  # seen; loaded once it has been still for 10 s
        seconds[0] += 11
        daemon.check_config()
        config = daemon.engine.config
        dues = {str(m.due) for c in config.clients for k in c.contracts for m in k.milestones}
        assert moved in dues  # loaded (and ticked with)
        seconds[0] += 1
        daemon.keep_summaries()
        assert daemon.summaries.child is not None
        daemon.summaries.wait(CHILD_SECONDS)
    finally:
        daemon.summaries.close()
        daemon.runtime.close()
    for argv in _asked(EARLY + timedelta(minutes=1)):
        assert served(world, *argv), argv
