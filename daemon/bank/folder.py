"""The watched folder: statements dropped in ``incoming/`` are imported by the daemon.

Layout (``settings.bank.folder``, default ``<data_dir>/bank``)::

    incoming/   drop statements here (a name starting with '.' or ending in .part,
                .tmp, .crdownload is still being written and is left alone)
    done/       statements read and applied
    failed/     statements that could not be read, each with <name>.error.txt

A file is imported (one commit, :func:`daemon.bank.apply.import_statement`) and only
then moved (``os.replace``, atomic on one filesystem). A crash in between leaves it in
``incoming/``: the next pass reads it again and, its credits being stored, adds nothing.
A file that cannot be read is moved to ``failed/`` with the row and the reason, the PM
is alerted once, and nothing from it is applied.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from daemon.bank.apply import ImportResult, import_statement
from daemon.bank.credit import StatementError
from daemon.config.records import Config
from daemon.storage.atomic import atomic_write, fsync_dir
from daemon.storage.store import Store

log = logging.getLogger(__name__)

SETTLE_SECONDS = 5.0
"""A file changed less than this long ago may still be being copied: next pass."""
_PARTIAL = (".part", ".tmp", ".crdownload", ".partial", "~")


@dataclass(frozen=True)
class BankFolders:
    incoming: Path
    done: Path
    failed: Path


@dataclass
class FolderResult:
    imported: list[ImportResult] = field(default_factory=list)
    failed: list[StatementError] = field(default_factory=list)


def bank_folders(config: Config) -> BankFolders:
    settings = config.settings
    root = settings.bank.folder or settings.data_dir / "bank"
    if not root.is_absolute():
        root = config.base_dir / root
    return BankFolders(root / "incoming", root / "done", root / "failed")


def waiting(folders: BankFolders, settle: float = SETTLE_SECONDS) -> list[Path]:
    """Statement files in ``incoming/`` that are complete, oldest name first."""
    if not folders.incoming.is_dir():
        return []
    now = time.time()
    found = []
    for path in sorted(folders.incoming.iterdir()):
        name = path.name
        partial = name.lower().endswith(_PARTIAL) or ".tmp-" in name
        if name.startswith(".") or partial or not path.is_file():
            continue
        if now - path.stat().st_mtime < settle:
            continue
        found.append(path)
    return found


def _free_name(folder: Path, name: str, now: datetime) -> Path:
    target = folder / name
    if not target.exists():
        return target
    stem, suffix = os.path.splitext(name)
    return folder / f"{stem}.{now.strftime('%Y%m%dT%H%M%S')}{suffix}"


def move(path: Path, folder: Path, now: datetime) -> Path:
    """Move ``path`` into ``folder`` atomically, never over another file."""
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, path.name, now)
    os.replace(path, target)
    return target


Report = Callable[[StatementError, Path, BankFolders], None]


def process_folder(
    store: Store,
    config: Config,
    now: datetime,
    *,
    report: Report | None = None,
    settle: float = SETTLE_SECONDS,
) -> FolderResult:
    """Import every complete statement in ``incoming/``; ``report`` tells the PM of failures."""
    folders = bank_folders(config)
    result = FolderResult()
    for path in waiting(folders, settle):
        try:
            imported = import_statement(store, config, path.read_bytes(), path.name, now)
        except StatementError as exc:
            failed = move(path, folders.failed, now)
            atomic_write(failed.with_name(failed.name + ".error.txt"), f"{exc}\n".encode())
            log.error("bank statement %s not applied: %s", path.name, exc)
            result.failed.append(exc)
            if report is not None:
                report(exc, failed, folders)
            continue
        move(path, folders.done, now)
        fsync_dir(folders.incoming)
        result.imported.append(imported)
    return result
