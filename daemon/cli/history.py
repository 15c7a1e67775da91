"""``cuikuan history CONTRACT [MILESTONE]``: a contract's timeline on the terminal.

Thin: reads the state file read-only (works beside a running daemon), builds the timeline
with :mod:`daemon.reports.history`, prints a table or JSON.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from daemon.cli.args import AddCommand, now_arg
from daemon.clock import SystemClock
from daemon.config.loader import load_config
from daemon.config.records import Config
from daemon.domain.ledger import Ledger
from daemon.domain.state import SendRecord, StateView
from daemon.errors import CuikuanError
from daemon.outbox.archive import Archive
from daemon.reports import history
from daemon.reports.render import table
from daemon.service.layout import ARCHIVE_DIR, state_path
from daemon.storage.damage import existing_generations
from daemon.storage.store import Store


def register(add_command: AddCommand) -> None:
    p = add_command(
        "history",
        "a contract's timeline: emails sent and received, classifications, state changes, "
        "staff commands",
        "cuikuan history HZ-2026-017 midterm",
    )
    p.add_argument("contract", help="contract id")
    p.add_argument("milestone", nargs="?", default=None, help="only this milestone")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--now", type=now_arg, default=None, help="review as of this time (ISO 8601)")
    p.set_defaults(handler=cmd_history)


def load_timeline(
    config: Config, contract: str, milestone: str | None, now: datetime
) -> list[history.TimelineEntry]:
    """The timeline of ``contract`` from the stored state and the archive (read-only)."""
    path = state_path(config)
    if not existing_generations(path):
        sends: list[SendRecord] = []
        events: list[dict] = []
        state = StateView()
    else:
        with Store(path, read_only=True) as store:
            sends = store.sends_for(contract, milestone)
            events = store.events()
            state = store.snapshot()
    known = Ledger(config, state).find(contract, milestone) is not None
    if not known and not sends and not any(e["contract"] == contract for e in events):
        what = f"{contract} {milestone}" if milestone else contract
        raise CuikuanError(f"no contract {what} in the config and no history of it")
    review = history.review_of(config, state, events, contract, now) if known else None
    subjects = history.archived_subjects(Archive(config.settings.data_dir / ARCHIVE_DIR), sends)
    return history.timeline(sends, events, contract, milestone, subjects=subjects, review=review)


def cmd_history(args: argparse.Namespace, config_path: Path) -> int:
    config = load_config(config_path)
    now = args.now or SystemClock().now()
    entries = load_timeline(config, args.contract, args.milestone, now)
    if args.json:
        sys.stdout.write(history.to_json(entries))
        return 0
    tz = ZoneInfo(config.settings.timezone)
    title = f"History of {args.contract}" + (f" {args.milestone}" if args.milestone else "")
    print(f"{title} (times in {tz})")
    for line in table(history.rows(entries, tz), history.COLUMNS):
        print(line)
    print(f"{len(entries)} entries")
    return 0
