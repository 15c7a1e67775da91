"""``cuikuan todo [--json] [--now]``: the PM's daily action list on the terminal.

Thin: reads the state and history read-only (works beside a running daemon), ranks with
:func:`daemon.reports.todo.todo`, prints numbered lines or JSON rows (keys:
:data:`daemon.reports.todo_action.JSON_KEYS`, documented in README).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from daemon.cli.args import AddCommand, now_arg
from daemon.clock import SystemClock
from daemon.config.loader import load_config
from daemon.reports.todo import as_lines, todo
from daemon.storage.read_only import read_state_and_events


def register(add_command: AddCommand) -> None:
    p = add_command(
        "todo",
        "the PM's action list: what only a person can settle, ranked by money at risk × "
        "days late, with the reply commands that settle it",
        "cuikuan todo --json --now 2026-12-01T09:00:00+08:00",
    )
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--now", type=now_arg, default=None, help="as of this time (ISO 8601)")
    p.set_defaults(handler=cmd_todo)


def cmd_todo(args: argparse.Namespace, config_path: Path) -> int:
    config = load_config(config_path)
    now = args.now or SystemClock().now()
    state, events = read_state_and_events(config)
    actions = todo(config, state, now, events)
    if args.json:
        rows = [a.as_row(rank) for rank, a in enumerate(actions, 1)]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for line in as_lines(actions, config.settings.language):
        print(line)
    return 0
