"""``cuikuan status``: one row per milestone (state, amount, paid, due, next email).

The table is for a terminal (CJK characters count two columns); ``--json`` is the
interface for scripts. Only the state and history readers are imported: status is one of
the commands whose start-up time is measured (bench/cli_startup.py).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from daemon.cli.args import now_arg
from daemon.cli.main import EXIT_ERROR, EXIT_OK, AddCommand
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
    import json
    from zoneinfo import ZoneInfo

    from daemon.clock import SystemClock
    from daemon.config.loader import load_config
    from daemon.domain.status import EVENT_KINDS, status_rows, withdrawn_emails
    from daemon.reports.times import in_zone, local_minute
    from daemon.storage.read_only import read_state_and_events

    config = load_config(config_path)
    now = args.now or SystemClock().now()
    if args.client is not None and all(c.id != args.client for c in config.clients):
        known = ", ".join(c.id for c in config.clients)
        print(f"cuikuan: no client {args.client!r}; clients: {known}", file=sys.stderr)
        return EXIT_ERROR
    state, events = read_state_and_events(config, EVENT_KINDS)
    rows = status_rows(config, state, now, client_id=args.client, events=events)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    tz = ZoneInfo(config.settings.timezone)
    next_at, contact = in_zone("next_at", tz), in_zone("last_contact", tz)
    for r in rows:  # in place: a copy of 40,000 rows is ~40 MB more at 10,000 contracts
        r[next_at] = local_minute(r["next_at"], tz)
        r[contact] = local_minute(r["last_contact"], tz)
    columns = ["contract", "milestone", "state", "amount", "paid", "remaining", "currency", "due"]
    if any(r["due_from"] for r in rows):  # milestones due after an event: its date's source
        columns.append("due_from")
    columns.append("days_overdue")
    columns += ["limitation_expires", "next_stage", next_at, "reason", contact]
    print_table(rows, columns)
    bad = sorted({a for row in rows for a in row["bad_addresses"]})
    if bad:
        print(f"refused for good, never written to: {', '.join(bad)}")
    withdrawn = withdrawn_emails(state) if args.client is None else []
    if withdrawn:
        print(f"withdrawn, never sent (no longer in the config): {', '.join(withdrawn)}")
    return EXIT_OK
