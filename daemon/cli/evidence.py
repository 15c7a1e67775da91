"""``cuikuan evidence CONTRACT --out FILE.zip``, ``cuikuan evidence --verify FILE.zip`` and
``cuikuan evidence --verify-dkim FILE`` (a received email's DKIM checked again offline).

Thin: opens the state read-only and the archive, calls :mod:`daemon.reports.evidence`, prints one
line per problem.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from daemon.cli.args import AddCommand
from daemon.clock import SystemClock
from daemon.config.loader import load_config
from daemon.errors import CuikuanError
from daemon.outbox.archive import Archive
from daemon.reports.dkim_recheck import recheck_path
from daemon.reports.evidence import build_evidence, verify_evidence
from daemon.reports.progress import terminal_progress
from daemon.service.layout import ARCHIVE_DIR, state_path
from daemon.storage.damage import existing_generations
from daemon.storage.store import Store


def register(add_command: AddCommand) -> None:
    p = add_command(
        "evidence",
        "zip every email, the contract, invoices and the timeline of a contract, for counsel "
        "(with a SHA-256 manifest); --verify checks such a zip; --verify-dkim checks the "
        "received emails' DKIM signatures again, offline, with the keys kept on arrival",
        "cuikuan evidence HZ-2026-017 --out HZ-2026-017-evidence.zip",
    )
    p.add_argument("contract", nargs="?", default=None, help="contract id")
    p.add_argument("--out", type=Path, default=None, help="zip file to write")
    p.add_argument(
        "--verify", type=Path, default=None, metavar="ZIP", help="check a zip against its manifest"
    )
    p.add_argument(
        "--verify-dkim",
        type=Path,
        default=None,
        metavar="FILE",
        help="an evidence zip, a received .eml (its .dkim.json beside it) or a .dkim.json: "
        "check its DKIM signatures with the keys stored on arrival, no DNS",
    )
    p.set_defaults(handler=cmd_evidence)


def cmd_evidence(args: argparse.Namespace, config_path: Path) -> int:
    if args.verify_dkim is not None:
        return _verify_dkim(args.verify_dkim)
    if args.verify is not None:
        problems = verify_evidence(args.verify)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"{args.verify}: {len(problems)} problem(s)", file=sys.stderr)
            return 1
        print(f"{args.verify}: OK, every file matches the manifest")
        return 0
    if args.contract is None or args.out is None:
        print("cuikuan: give CONTRACT and --out FILE.zip (or --verify FILE.zip)", file=sys.stderr)
        return 2
    config = load_config(config_path)
    path = state_path(config)
    if not existing_generations(path):
        raise CuikuanError(f"no state file at {path}: cuikuan has not run with this config yet")
    archive = Archive(config.settings.data_dir / ARCHIVE_DIR)
    with Store(path, read_only=True) as store:
        result = build_evidence(
            config,
            store,
            archive,
            args.contract,
            args.out,
            SystemClock().now(),
            progress=terminal_progress("emails"),
        )
    for missing in result.missing:
        print(f"warning: missing {missing}", file=sys.stderr)
    print(f"{result.path}: {len(result.files)} files")
    if result.dkim:
        counts = ", ".join(f"{n} {what}" for what, n in sorted(result.dkim.items()))
        print(f"DKIM of the emails received: {counts} (each checked one has a .dkim.json)")
    return 0


def _verify_dkim(path: Path) -> int:
    checks = recheck_path(path)
    if not checks:
        print(f"{path}: no received email with a DKIM report in it")
        return 0
    for check in checks:
        print("\n".join(check.lines))
    bad = [c.eml for c in checks if not c.ok]
    if bad:
        print(f"{path}: {len(bad)} email(s) do not check as they did on arrival", file=sys.stderr)
        return 1
    print(f"{path}: {len(checks)} email(s) check as they did on arrival")
    return 0
