"""``cuikuan evidence CONTRACT --out FILE.zip`` and ``cuikuan evidence --verify FILE.zip``.

Thin: opens the state read-only and the archive, calls :mod:`daemon.reports.evidence`, prints one
line per problem.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from daemon.clock import SystemClock
from daemon.config.loader import load_config
from daemon.errors import CuikuanError
from daemon.outbox.archive import Archive
from daemon.reports.evidence import build_evidence, verify_evidence
from daemon.reports.progress import terminal_progress
from daemon.service.layout import ARCHIVE_DIR, state_path
from daemon.storage.damage import existing_generations
from daemon.storage.store import Store

AddCommand = Callable[[str, str, str], argparse.ArgumentParser]


def register(add_command: AddCommand) -> None:
    p = add_command(
        "evidence",
        "zip every email, the contract, invoices and the timeline of a contract, for counsel "
        "(with a SHA-256 manifest); --verify checks such a zip",
        "cuikuan evidence HZ-2026-017 --out HZ-2026-017-evidence.zip",
    )
    p.add_argument("contract", nargs="?", default=None, help="contract id")
    p.add_argument("--out", type=Path, default=None, help="zip file to write")
    p.add_argument(
        "--verify", type=Path, default=None, metavar="ZIP", help="check a zip against its manifest"
    )
    p.set_defaults(handler=cmd_evidence)


def cmd_evidence(args: argparse.Namespace, config_path: Path) -> int:
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
    return 0
