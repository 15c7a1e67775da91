"""``cuikuan report``: what is owed, how late, what comes in next, who pays well.

Thin: reads the state read-only (works beside a running daemon), builds the report with
:mod:`daemon.reports.build` (as of now, or as it stood at the end of ``--as-of DATE``),
renders it as text, HTML (with its chart), CSV or JSON, and prints it
or writes it to ``--out`` (atomically).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from daemon.cli.args import AddCommand, date_arg, now_arg
from daemon.cli.bulk import fewer_collections
from daemon.clock import SystemClock
from daemon.reports.period import DEFAULT_PERIOD_DAYS, end_of_day
from daemon.storage.atomic import atomic_write

if TYPE_CHECKING:  # loaded when the report is built or rendered, not from a summary
    from daemon.config.records import Config
    from daemon.domain.state import StateView
    from daemon.reports.build import Report

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
    p.add_argument(
        "--now",
        type=now_arg,
        default=None,
        help="without --as-of: the report as of this time (ISO 8601; default: the clock)",
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
    return _as_of(config.settings.timezone, day, now)


def _as_of(timezone: str, day: date | None, now: datetime) -> datetime:
    return now if day is None else end_of_day(timezone, day)


def load_world(config: Config) -> tuple[StateView, list[dict[str, Any]]]:
    """The state and the history, read-only (empty when there is no state yet)."""
    from daemon.domain.state import StateView
    from daemon.service.layout import state_path
    from daemon.storage.damage import existing_generations
    from daemon.storage.store import Store

    path = state_path(config)
    if not existing_generations(path):
        return StateView(), []
    with Store(path, read_only=True) as store:
        return store.snapshot(), store.events()


def load_report(
    config: Config,
    as_of: datetime,
    period_days: int,
    world: tuple[StateView, list[dict[str, Any]]] | None = None,
) -> Report:
    from daemon.reports.build import build_report
    from daemon.reports.progress import terminal_progress

    state, events = world if world is not None else load_world(config)
    return build_report(
        config,
        state,
        events,
        as_of,
        period_days=period_days,
        progress=terminal_progress("contracts"),
    )


def format_report(config: Config, report: Report, fmt: str) -> str:
    from daemon.reports import render

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
    from daemon.reports import summary_report

    now = args.now or SystemClock().now()

    def instant(zone: str) -> datetime:
        return _as_of(zone, args.as_of, now)

    if args.as_of is None:  # as of now: a report kept earlier may still hold
        kept = summary_report.read_now(config_path, args.format, now, args.period_days)
    else:
        kept = summary_report.read_text(config_path, args.format, instant, args.period_days)
    if kept is not None:
        day, text = kept
    else:
        from daemon.config.loader import load_config
        from daemon.reports import summary

        writer = summary.Writer(config_path)  # before anything is read
        config = load_config(config_path)
        report = summary_report.read_report(config_path, instant, args.period_days)
        long_way = report is None
        if report is None:  # the long way, kept for the next run when nothing changed
            world = load_world(config)
            as_of = as_of_instant(config, args.as_of, now)
            report = load_report(config, as_of, args.period_days, world)
        text = format_report(config, report, args.format)
        if long_way and args.as_of is not None:
            summary_report.write(writer, config, report, {args.format: text})
        elif long_way:  # as of now: kept for the later instants it holds for
            summary_report.write_now(writer, config, *world, report, {args.format: text})
        day = report.day.isoformat()
    if args.out is None:
        sys.stdout.write(text)
    else:
        write_atomically(args.out, text)
        print(f"{args.out}: {args.format} report as of {day}", file=sys.stderr)
    return 0
