"""The ``cuikuan`` command line: thin, it builds library objects, calls them, prints.

Every library error becomes one clear message on stderr and a non-zero exit code; no
traceback reaches the user for a problem they can fix.

Examples::

    cuikuan check
    cuikuan plan --from 2026-11-24 --to 2027-03-31
    cuikuan preview HZ-2026-017 midterm notice
    cuikuan run --once --now 2026-12-01T10:00:00+08:00
    cuikuan status --json
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from daemon import __version__
from daemon.cli.args import date_arg, now_arg
from daemon.cli.table import print_table
from daemon.errors import ConfigError, CuikuanError
from daemon.service.logs import setup_logging

if TYPE_CHECKING:
    from daemon.clock import Clock
    from daemon.config.records import Config

# Start-up time is part of the interface: ``cuikuan --help`` or ``check`` must not pay for
# the daemon, IMAP, Jinja or the reports. So this module imports only what every command
# needs, each command imports its own modules inside its handler, and the commands that
# live in modules of their own are imported only when they are the one being run
# (bench/cli_startup.py measures it).

COMMAND_MODULES: list[str] = [
    "daemon.cli.status",
    "daemon.cli.report",
    "daemon.cli.history",
    "daemon.cli.evidence",
    "daemon.cli.classify",
    "daemon.cli.doctor",
    "daemon.cli.recover",
    "daemon.cli.todo",
    "daemon.cli.statement",
    "daemon.cli.bank",
]
"""Modules that add a command of their own (see :data:`daemon.cli.args.AddCommand`)."""

COMMAND_SUMMARIES: dict[str, tuple[str, str]] = {
    "daemon.cli.report": (
        "report",
        "receivables report: outstanding, aging, DSO, collected, forecast, payment habits, "
        "upcoming emails",
    ),
    "daemon.cli.history": (
        "history",
        "a contract's timeline: emails sent and received, classifications, state changes, "
        "staff commands",
    ),
    "daemon.cli.evidence": (
        "evidence",
        "zip every email, the contract, invoices and the timeline of a contract, for counsel "
        "(with a SHA-256 manifest); --verify checks such a zip; --verify-dkim checks the "
        "received emails' DKIM signatures again, offline, with the keys kept on arrival",
    ),
    "daemon.cli.classify": (
        "classify",
        "show how cuikuan reads emails (kind, date, rule); --eval DIR scores a labelled corpus",
    ),
    "daemon.cli.doctor": (
        "doctor",
        "check config, templates, data folder, SMTP and IMAP logins; send nothing",
    ),
    "daemon.cli.recover": (
        "recover",
        "rebuild a damaged state; record as sent what the archive or Sent folder holds",
    ),
    "daemon.cli.todo": (
        "todo",
        "the PM's action list: what only a person can settle, ranked by money at risk × "
        "days late, with the reply commands that settle it",
    ),
    "daemon.cli.statement": (
        "statement",
        "a client's statement of account (对账单): open items, payments of the month, CSV",
    ),
    "daemon.cli.bank": (
        "bank",
        "bank statements: import one (CSV, Excel, MT940, CAMT.053, OFX) or list the credits "
        "and what they paid",
    ),
    "daemon.cli.status": ("status", "one row per milestone: state, amount, due, next email"),
}
"""Name and one-line help of each module's command, so ``cuikuan --help`` can list it
without importing the module (tests/test_cli.py checks they match what ``register`` adds)."""

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PIPE = 141
"""128 + SIGPIPE: what a Unix tool killed by a closed pipe exits with."""

log = logging.getLogger("daemon.cli.main")


def default_config_path() -> Path:
    return Path(os.environ.get("CUIKUAN_CONFIG", "config.yaml"))


CommandHandler = Callable[[argparse.Namespace, Path], int]


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command word in ``argv`` (the first argument not starting with ``-``), if any."""
    return next((a for a in argv if not a.startswith("-")), None)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser; with ``only``, commands from other modules are listed, not loaded."""
    parser = argparse.ArgumentParser(
        prog="cuikuan",
        description="催款 — chase what clients owe, by email.",
        epilog="Example: cuikuan run --once --now 2026-12-01T10:00:00+08:00",
    )
    parser.add_argument("--version", action="version", version=f"cuikuan {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, example: str) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name, help=help_text, description=help_text, epilog=f"Example: {example}"
        )
        p.add_argument(
            "--config",
            type=Path,
            default=None,
            help="config file (default: $CUIKUAN_CONFIG or ./config.yaml)",
        )
        return p

    p = command(
        "check",
        "validate the config; print every error with file, line and field",
        "cuikuan check --config config.yaml",
    )
    p.add_argument(
        "--now", type=now_arg, default=None, help="list contracts in flight as of this time"
    )
    p.set_defaults(handler=cmd_check)

    p = command(
        "plan",
        "every email that would be sent in a window, assuming no replies",
        "cuikuan plan --from 2026-12-01 --to 2026-12-31 --json",
    )
    p.add_argument(
        "--from", dest="start", type=date_arg, required=True, help="first day (YYYY-MM-DD)"
    )
    p.add_argument("--to", dest="end", type=date_arg, required=True, help="last day (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(handler=cmd_plan)

    p = command(
        "preview", "render one email to the terminal", "cuikuan preview HZ-2026-017 midterm notice"
    )
    p.add_argument(
        "contract", help="contract id (a client id for the statement or the consolidated email)"
    )
    p.add_argument(
        "milestone", help="milestone id ('-' for the contract's terms email or the statement)"
    )
    p.add_argument("stage")
    p.add_argument("--seq", type=int, default=1, help="reminder number (default 1)")
    p.add_argument("--now", type=now_arg, default=None, help="render as of this time (ISO 8601)")
    p.add_argument("--html", action="store_true", help="print the HTML part, not the text")
    p.set_defaults(handler=cmd_preview)

    p = command(
        "run",
        "run the daemon (or one tick with --once)",
        "cuikuan run --once --now 2026-12-01T10:00:00+08:00",
    )
    p.add_argument("--once", action="store_true", help="do one tick and exit")
    p.add_argument(
        "--now",
        type=now_arg,
        default=None,
        help="pretend it is this time (ISO 8601 with offset); the clock runs on from it",
    )
    p.add_argument(
        "--accept-clock",
        action="store_true",
        help="take the clock's time as true after cuikuan held on a clock jump",
    )
    p.set_defaults(handler=cmd_run)

    for module in COMMAND_MODULES:
        summary = COMMAND_SUMMARIES.get(module)
        if only is not None and summary is not None and summary[0] != only:
            sub.add_parser(summary[0], help=summary[1], add_help=False)
        else:
            importlib.import_module(module).register(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command in ``argv``; without it, the process's own command line.

    Run as the process's command line (``cuikuan ...``, ``python -m daemon.cli``), the
    process ends right after: see :func:`_ending`.
    """
    try:
        return _main(argv)
    finally:
        if argv is None:
            _ending()


def _ending() -> None:
    """Spare the exiting interpreter a last cyclic collection over every object it holds.

    At exit Python collects the whole heap before it frees modules: for ``check`` or
    ``status`` that is ~0.05 s of CPU (a sixth of the command), spent on a heap the process
    lets go of anyway. Frozen objects are skipped by it; atexit handlers and
    ``weakref.finalize`` callbacks still run, files are closed as before. Not for
    :func:`main` called in-process with an ``argv`` (tests): that process goes on.
    """
    gc.freeze()


def _main(argv: Sequence[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(only=chosen_command(argv) or "").parse_args(argv)
    setup_logging(verbose=args.verbose)
    config_path: Path = args.config or default_config_path()
    handler: CommandHandler = args.handler
    try:
        code = handler(args, config_path)
        sys.stdout.flush()  # a reader gone away shows up here, inside the try
        return code
    except BrokenPipeError:  # `cuikuan status | head`: the reader has what it wanted
        _discard_stdout()
        return EXIT_PIPE
    except ConfigError as exc:
        print(f"{len(exc.issues)} error(s) in the config:", file=sys.stderr)
        for issue in exc.issues:
            print(f"  {issue}", file=sys.stderr)
        return EXIT_ERROR
    except CuikuanError as exc:
        print(f"cuikuan: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _discard_stdout() -> None:
    """Point stdout at /dev/null so the exit-time flush raises no second BrokenPipeError."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # stdout is not a real file (tests capture it): nothing will flush to a pipe


def _clock(now: datetime | None, *, frozen: bool) -> Clock:
    from daemon.clock import FixedClock, OffsetClock, SystemClock

    if now is None:
        return SystemClock()
    return FixedClock(now) if frozen else OffsetClock(now)


def cmd_check(args: argparse.Namespace, config_path: Path) -> int:
    from daemon.config.loader import load_config

    config = load_config(config_path)
    milestones = sum(len(k.milestones) for c in config.clients for k in c.contracts)
    contracts = sum(len(c.contracts) for c in config.clients)
    print(
        f"{config_path}: OK ({len(config.clients)} clients, {contracts} contracts, "
        f"{milestones} milestones)"
    )
    _print_in_flight(config, _clock(args.now, frozen=True).now())
    return EXIT_OK


def _print_in_flight(config: Config, now: datetime) -> None:
    """The milestones whose chase began before cuikuan saw them, and their first email."""
    from zoneinfo import ZoneInfo

    from daemon.domain.inflight import in_flight
    from daemon.domain.state import StateView
    from daemon.service.layout import state_path

    state = StateView()  # before the first run nothing was sent: no need to load storage
    if state_path(config).exists():
        from daemon.storage.read_only import read_state

        state = read_state(config)
    found = in_flight(config, state, now)
    if found:
        print("In flight (the chase began before cuikuan first saw the contract):")
        tz = ZoneInfo(config.settings.timezone)
        for item in found:
            print(f"  {item.line(tz)}")


def cmd_plan(args: argparse.Namespace, config_path: Path) -> int:
    import json
    from datetime import time
    from zoneinfo import ZoneInfo

    from daemon.cli.plan_letters import plan_letters
    from daemon.config.loader import load_config
    from daemon.domain.forecast import plan_window
    from daemon.reports.times import in_zone, local_minute
    from daemon.storage.read_only import read_state

    config = load_config(config_path)
    if args.end < args.start:
        print("cuikuan: --to is before --from", file=sys.stderr)
        return EXIT_USAGE
    tz = ZoneInfo(config.settings.timezone)
    start = datetime.combine(args.start, time.min, tz)
    end = datetime.combine(args.end, time.max, tz)
    emails = plan_window(config, read_state(config), start, end)
    letters = plan_letters(config, emails)
    rows = [{**e.as_row(), "letter": letters.get(e.key)} for e in emails]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        at = in_zone("at", tz)
        local = [{**r, at: local_minute(r["at"], tz), "letter": r["letter"] or ""} for r in rows]
        columns = [at, "client", "contract", "milestone", "stage", "to"]
        print_table(local, columns + (["letter"] if letters else []))
        print(f"{len(rows)} email(s) from {args.start} to {args.end} ({tz.key})")
        if letters:
            count = len(set(letters.values()))
            print(
                f"rows with the same 'letter' go out as one email ({count} letter(s); "
                "one email per client, `cuikuan preview CLIENT - consolidated`)"
            )
        _print_in_flight(config, start)
    return EXIT_OK


def cmd_preview(args: argparse.Namespace, config_path: Path) -> int:
    from daemon.cli.preview import preview_email
    from daemon.cli.preview_client import preview_consolidated
    from daemon.clock import SystemClock
    from daemon.config.loader import load_config
    from daemon.mail.consolidated import TEMPLATE as CONSOLIDATED
    from daemon.storage.read_only import read_state

    config = load_config(config_path)
    now = args.now or SystemClock().now()
    milestone = None if args.milestone == "-" else args.milestone
    if args.stage == CONSOLIDATED and milestone is None:  # preview CLIENT - consolidated
        print(preview_consolidated(config, read_state(config), args.contract, now, html=args.html))
        return EXIT_OK
    if args.stage == "statement" and milestone is None:  # preview CLIENT - statement
        from daemon.cli.statement import preview_statement

        print(preview_statement(config, args.contract, now, html=args.html))
        return EXIT_OK
    print(
        preview_email(
            config,
            read_state(config),
            args.contract,
            milestone,
            args.stage,
            args.seq,
            now,
            html=args.html,
        )
    )
    return EXIT_OK


def cmd_run(args: argparse.Namespace, config_path: Path) -> int:
    from daemon.config.child import load_lean
    from daemon.service.loop import Daemon

    config = load_lean(config_path)  # checked in a child: the daemon never imports pydantic
    clock = _clock(args.now, frozen=args.once)
    daemon = Daemon(config_path, config, clock, clock_guard=True, accept_clock=args.accept_clock)
    daemon.run(once=args.once)
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
