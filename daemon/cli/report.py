"""``cuikuan report``: what is owed, how late, what comes in next, who pays well.

Thin: reads the state read-only (works beside a running daemon), builds the report with
:mod:`daemon.reports.build` (as of now, or as it stood at the end of ``--as-of DATE``),
renders it as text, HTML (with its chart), CSV or JSON, and prints it
or writes it to ``--out`` (atomically).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from daemon.cli.args import date_arg
from daemon.cli.bulk import fewer_collections
from daemon.clock import SystemClock
from daemon.config.loader import load_config
from daemon.config.schema import Config
from daemon.domain.state import StateView
from daemon.reports import render
from daemon.reports.build import DEFAULT_PERIOD_DAYS, Report, build_report
from daemon.reports.progress import terminal_progress
from daemon.service.layout import state_path
from daemon.storage.atomic import atomic_write
from daemon.storage.damage import existing_generations
from daemon.storage.store import Store

AddCommand = Callable[[str, str, str], argparse.ArgumentParser]
FORMATS = ("text", "html", "csv", "json")


def register(add_command: AddCommand) -> None:
    p = add_command(
        "report",
        "receivables report: outstanding, aging, DSO, collected, forecast, payment habits, "
        "upcoming emails",
        "cuikuan report --format html --out report.html",
    )
    p.add_argument(
        "--as-of",
        type=date_arg,
        default=None,
        help="the report as it stood at the end of this day (YYYY-MM-DD, PM's timezone)",
    )
    p.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    p.add_argument("--out", type=Path, default=None, help="write to this file, not stdout")
    p.add_argument(
        "--period-days",
        type=int,
        default=DEFAULT_PERIOD_DAYS,
        help=f"length of the period for 'collected' and DSO (default {DEFAULT_PERIOD_DAYS})",
    )
    p.set_defaults(handler=cmd_report)


def as_of_instant(config: Config, day: date | None, now: datetime) -> datetime:
    """End of ``day`` in the PM's timezone, or ``now`` when no day is given."""
    if day is None:
        return now
    return datetime.combine(day, time(23, 59, 59), ZoneInfo(config.settings.timezone))


def load_report(config: Config, as_of: datetime, period_days: int) -> Report:
    path = state_path(config)
    state, events = StateView(), []
    if existing_generations(path):
        with Store(path, read_only=True) as store:
            state, events = store.snapshot(), store.events()
    return build_report(
        config,
        state,
        events,
        as_of,
        period_days=period_days,
        progress=terminal_progress("contracts"),
    )


def format_report(config: Config, report: Report, fmt: str) -> str:
    if fmt == "json":
        return render.to_json(report)
    if fmt == "csv":
        return render.to_csv(report)
    if fmt == "html":
        return render.to_html(config, report)
    return render.to_text(report)


def write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, text.encode("utf-8"))


def cmd_report(args: argparse.Namespace, config_path: Path) -> int:
    with fewer_collections():
        return _report(args, config_path)


def _report(args: argparse.Namespace, config_path: Path) -> int:
    if args.period_days < 1:
        print("cuikuan: --period-days must be at least 1", file=sys.stderr)
        return 2
    config = load_config(config_path)
    as_of = as_of_instant(config, args.as_of, SystemClock().now())
    report = load_report(config, as_of, args.period_days)
    text = format_report(config, report, args.format)
    if args.out is None:
        sys.stdout.write(text)
    else:
        write_atomically(args.out, text)
        print(f"{args.out}: {args.format} report as of {report.day}", file=sys.stderr)
    return 0
