"""The daemon keeps the status and report summaries fresh, in a child process.

Why a child: the long way at 10,000 contracts is ~10 s of CPU and ~300 MB of memory
(the config's models, the history, 40,000 rows). In the daemon it would hold up the tick
and stay in its peak memory; a child (``python -m daemon.reports.summary_refresh``)
reads the state read-only beside the daemon, as ``status`` does, on the other core, and
gives everything back when it exits.

When: after a cycle, when the summary the last child kept no longer holds (a config file,
the state or the code changed, or ``now`` reached its end), at most one child at a time
and one start per :data:`REFRESH_GAP` seconds, but at once after the daemon loaded an
edited config (and at its start). The child keeps ``status`` as of the daemon's ``now``,
``report --as-of`` today (the PM's day) and ``report`` as of ``now`` (for the instants it
holds for, rendered as text); what it kept holds until the earliest of their ends (the
PM's next day at the latest). A child that fails is logged; ``status`` and ``report``
then take the long way, as without summaries.
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING
from zoneinfo import ZoneInfo

from daemon.reports import summary

if TYPE_CHECKING:
    from daemon.reports.build import Report

log = logging.getLogger(__name__)

REFRESH_GAP = 300.0
"""Seconds between two starts: a busy daemon changes its state every tick."""
CHECK_GAP = 30.0
"""Seconds between two looks at whether the kept summary still holds (a fingerprint of
the config and state files: ~50 ms at 10,000 contracts)."""
STOP_WAIT = 5.0
"""Seconds a child is given to stop when the daemon stops."""


class Refresher:
    """Starts the child when the summaries need it; one at a time."""

    def __init__(self, config_path: Path) -> None:
        self.config_path = config_path
        self.child: subprocess.Popen[bytes] | None = None
        self.next_try = float("-inf")
        self.kept: dict[str, object] | None = None
        """What the last child kept: the key and the instants of the status summary."""

    def maybe_start(self, now: datetime, monotonic: float) -> bool:
        """Start a child if the summaries need one (True: started). Cheap when called
        often: it looks at the files at most every :data:`CHECK_GAP` seconds."""
        if self.child is not None:
            if self.child.poll() is None:
                return False
            self._collect(self.child)
        if monotonic < self.next_try:
            return False
        if self.holds(now):
            self.next_try = monotonic + CHECK_GAP
            return False
        argv = [sys.executable, "-m", __name__, "--config", str(self.config_path)]
        try:
            self.child = subprocess.Popen(  # noqa: S603 - our own module, no shell
                [*argv, "--now", now.isoformat()],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        except OSError as exc:
            log.warning("cannot start the summary refresh: %s", exc)
            return False
        self.next_try = monotonic + REFRESH_GAP
        return True

    def soon(self) -> None:
        """Look again at the next call, without waiting out :data:`REFRESH_GAP`: the daemon
        has just loaded an edited config (and ticked with it), so the summaries are stale
        and will not change again on their own; a child running now started before that."""
        self.next_try = float("-inf")

    def holds(self, now: datetime) -> bool:
        """Whether the status summary the last child kept still holds at ``now``."""
        kept = self.kept
        if kept is None:
            return False
        found = summary.stamp(self.config_path)
        if found is None or found.key != kept.get("key"):
            return False
        at, until = kept.get("at"), kept.get("until")
        if not isinstance(at, str) or now < datetime.fromisoformat(at):
            return False
        return until is None or (isinstance(until, str) and now < datetime.fromisoformat(until))

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the running child (tests; the daemon's stop)."""
        if self.child is not None:
            self.child.wait(timeout)
            self._collect(self.child)

    def close(self) -> None:
        """Stop a running child: it only keeps a shortcut."""
        child = self.child
        if child is None:
            return
        if child.poll() is None:
            child.terminate()
            try:
                child.wait(STOP_WAIT)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        self._collect(child)

    def _collect(self, child: subprocess.Popen[bytes]) -> None:
        out, err = _read(child.stdout), _read(child.stderr)
        self.child = None
        if child.returncode != 0:
            log.warning("the summary refresh failed (%s): %s", child.returncode, err[-2000:])
            return
        try:
            kept = json.loads(out)
        except ValueError:
            return
        self.kept = kept if isinstance(kept, dict) else None


def _read(stream: IO[bytes] | None) -> str:
    if stream is None:
        return ""
    with stream:
        return stream.read().decode("utf-8", "replace")


def refresh(config_path: Path, now: datetime) -> dict[str, object]:
    """The long way of ``status`` (as of ``now``) and ``report`` (as of today and as of
    ``now``), kept.

    Returns what the summaries hold (the key, ``at`` and the earliest ``until``) for the
    daemon.
    """
    from daemon.config.loader import load_config
    from daemon.domain.events import decode
    from daemon.domain.forecast import Hold
    from daemon.domain.state import StateView
    from daemon.domain.status import EVENT_KINDS, status_rows
    from daemon.reports import summary_report
    from daemon.reports.build import build_report
    from daemon.reports.period import DEFAULT_PERIOD_DAYS as PERIOD
    from daemon.reports.period import end_of_day
    from daemon.service.layout import state_path
    from daemon.storage.damage import existing_generations
    from daemon.storage.store import Store

    writer = summary.Writer(config_path)  # before anything is read
    config = load_config(config_path)
    path = state_path(config)
    state, docs = StateView(), []
    if existing_generations(path):
        with Store(path, read_only=True) as store:
            state, docs = store.snapshot(), store.events()
    events = [decode(doc) for doc in docs if doc["kind"] in EVENT_KINDS]
    holds: dict[tuple[str, str], Hold] = {}
    rows = status_rows(config, state, now, events=events, holds=holds)
    summary.write_status(writer, config, state, events, now, rows, holds)
    del rows
    zone = config.settings.timezone
    today = now.astimezone(ZoneInfo(zone)).date()
    report = build_report(config, state, docs, end_of_day(zone, today), period_days=PERIOD)
    summary_report.write(writer, config, report, {}, render_all=True)
    del report  # one report at a time: ~100 MB each at 10,000 contracts
    report = build_report(config, state, docs, now, period_days=PERIOD)  # `report`, as of now
    ends: list[datetime | None] = [
        datetime.combine(today + timedelta(days=1), time(0), ZoneInfo(zone))
    ]
    ends.append(summary_report.write_now(writer, config, state, docs, report, _text(report)))
    del report
    kept = summary.read_status(config_path, now, count=False)
    if kept is None or writer.before is None:
        return {}
    until = min(end for end in [kept.until, *ends] if end is not None)
    return {"key": writer.before.key, "at": kept.at.isoformat(), "until": until.isoformat()}


def _text(report: Report) -> dict[str, str]:
    """The report as text (the format ``report`` prints unless asked for another)."""
    from daemon.reports.render import to_text

    return {"text": to_text(report)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--config", type=Path, required=True)
    p.add_argument("--now", type=datetime.fromisoformat, required=True)
    args = p.parse_args(argv)
    print(json.dumps(refresh(args.config, args.now)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
