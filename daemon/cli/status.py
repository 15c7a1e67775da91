"""``cuikuan status``: one row per milestone (state, amount, paid, due, next email).

The table is for a terminal (CJK characters count two columns); ``--json`` is the
interface for scripts. Only the state and history readers are imported: status is one of
the commands whose start-up time is measured (bench/cli_startup.py).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from daemon.cli.args import AddCommand, now_arg
from daemon.cli.main import EXIT_ERROR, EXIT_OK
from daemon.cli.table import print_table


def register(add_command: AddCommand) -> None:
    p = add_command(
        "status", "one row per milestone: state, amount, due, next email", "cuikuan status --json"
    )
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--client", default=None, help="only this client's milestones")
    p.add_argument("--now", type=now_arg, default=None, help="as of this time (ISO 8601)")
    p.set_defaults(handler=cmd_status)


def cmd_status(args: argparse.Namespace, config_path: Path) -> int:
    from daemon.cli.bulk import fewer_collections

    with fewer_collections():
        return _status(args, config_path)


def _status(args: argparse.Namespace, config_path: Path) -> int:
    from daemon.clock import SystemClock
    from daemon.reports import summary

    now = args.now or SystemClock().now()
    kept = summary.read_status(config_path, now)  # the daemon's (or the last run's) answer
    if kept is not None:
        if args.client is not None and args.client not in kept.clients:
            return _no_client(args.client, kept.clients)
        rows = kept.rows_at(now, args.client)
        withdrawn = kept.withdrawn if args.client is None else []
        return _print(args, rows, kept.timezone, withdrawn)
    return _replay(args, config_path, now)


def _replay(args: argparse.Namespace, config_path: Path, now: datetime) -> int:
    """The long way: the config, the state and the planner (kept as a summary if whole)."""
    from daemon.config.loader import load_config
    from daemon.domain.forecast import Hold
    from daemon.domain.status import EVENT_KINDS, status_rows, withdrawn_emails
    from daemon.reports import summary
    from daemon.storage.read_only import read_state_and_events

    writer = summary.Writer(config_path) if args.client is None else None  # before reading
    config = load_config(config_path)
    if args.client is not None and all(c.id != args.client for c in config.clients):
        return _no_client(args.client, [c.id for c in config.clients])
    state, events = read_state_and_events(config, EVENT_KINDS)
    holds: dict[tuple[str, str], Hold] = {}
    rows = status_rows(config, state, now, client_id=args.client, events=events, holds=holds)
    if writer is not None:
        summary.write_status(writer, config, state, events, now, rows, holds)
    withdrawn = withdrawn_emails(state) if args.client is None else []
    return _print(args, rows, config.settings.timezone, withdrawn)


def _no_client(client: str, clients: list[str]) -> int:
    known = ", ".join(clients)
    print(f"cuikuan: no client {client!r}; clients: {known}", file=sys.stderr)
    return EXIT_ERROR


def _print(
    args: argparse.Namespace, rows: list[dict[str, Any]], timezone: str, withdrawn: list[str]
) -> int:
    import json
    from zoneinfo import ZoneInfo

    from daemon.reports.times import in_zone, local_minute

    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    tz = ZoneInfo(timezone)
    next_at, contact = in_zone("next_at", tz), in_zone("last_contact", tz)
    local: dict[str | None, str | None] = {}  # thousands of rows share a next email time
    for r in rows:  # in place: a copy of 40,000 rows is ~40 MB more at 10,000 contracts
        for column, key in ((next_at, "next_at"), (contact, "last_contact")):
            value = r[key]
            if value not in local:
                local[value] = local_minute(value, tz)
            r[column] = local[value]
    columns = ["contract", "milestone", "state", "amount", "paid", "remaining", "currency", "due"]
    if any(r["due_from"] for r in rows):  # milestones due after an event: its date's source
        columns.append("due_from")
    columns.append("days_overdue")
    columns += ["limitation_expires", "next_stage", next_at, "reason", contact]
    print_table(rows, columns)
    bad = sorted({a for row in rows for a in row["bad_addresses"]})
    if bad:
        print(f"refused for good, never written to: {', '.join(bad)}")
    if withdrawn:
        print(f"withdrawn, never sent (no longer in the config): {', '.join(withdrawn)}")
    return EXIT_OK
