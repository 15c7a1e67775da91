"""A checkpoint of the history's indexes, so that opening the store does not read all history.

Why: the writer needs two indexes over the whole history (the processed Message-IDs, the
contracts already reviewed). Built by reading the log from its first byte, opening the
store took 23 s at 100,000 events, and a daemon restarted in a loop paid it every time.
The checkpoint (``<state>.history.index``) holds both indexes as of a byte offset of the
log; opening reads only the commits after that offset.

It is never trusted blindly. It names the offset, the number of the commit that ends
there, and SHA-256 hashes of the log's first bytes and of that commit's whole line, and
carries a checksum of its own content. If the log is shorter than the offset, or a hash
differs (the log was cut, replaced or rebuilt by a recovery; the index itself damaged),
or the file is unreadable or of the wrong shape, it is ignored:
the indexes are built from the whole log again and a new checkpoint is written. Losing it
costs one full read, never a wrong answer.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from daemon.storage.atomic import atomic_write, disk_hint
from daemon.storage.history_log import index_path, parse_line

log = logging.getLogger(__name__)

VERSION = 1
HEAD_BYTES = 4096
"""How much of the log's start is hashed (a replaced log differs there)."""


@dataclass
class Checkpoint:
    """The indexes as of the first ``size`` bytes of the log."""

    size: int = 0
    """Bytes of the log covered (the end of commit ``last``)."""
    last: int = 0
    """Number of the commit that ends at ``size`` (0: none)."""
    tail_start: int = 0
    """Where that commit's line starts."""
    processed: set[str] = field(default_factory=set)
    reviewed: set[str] = field(default_factory=set)


def _hashes(log_path: Path, size: int, tail_start: int) -> tuple[str, str, bytes]:
    """(hash of the first bytes, hash of the line at tail_start..size, that line)."""
    with open(log_path, "rb") as fh:
        head = fh.read(min(HEAD_BYTES, size))
        fh.seek(tail_start)
        tail = fh.read(size - tail_start)
    return hashlib.sha256(head).hexdigest(), hashlib.sha256(tail).hexdigest(), tail


def load(log_path: Path) -> Checkpoint | None:
    """The checkpoint of ``log_path`` if it is readable and still fits the log, else None."""
    path = index_path(log_path)
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError) as exc:
        log.warning("ignoring the history index %s (%s): reading the whole history", path, exc)
        return None
    problem = _problem(log_path, data)
    if problem is not None:
        log.warning("ignoring the history index %s (%s): reading the whole history", path, problem)
        return None
    return Checkpoint(
        size=data["size"],
        last=data["last"],
        tail_start=data["tail_start"],
        processed=set(data["processed"]),
        reviewed=set(data["reviewed"]),
    )


def _problem(log_path: Path, data: Any) -> str | None:
    """Why ``data`` is not a checkpoint that fits the log now (None: it fits)."""
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return "not a checkpoint of this version"
    if data.get("check") != _checksum({k: v for k, v in data.items() if k != "check"}):
        return "its checksum does not match: damaged"
    if not all(_count(data.get(k)) for k in ("size", "last", "tail_start")):
        return "no offsets"
    size, last, tail_start = int(data["size"]), int(data["last"]), int(data["tail_start"])
    lists = [data.get("processed"), data.get("reviewed")]
    if not all(isinstance(v, list) and all(isinstance(x, str) for x in v) for v in lists):
        return "no indexes"
    if last == 0 or tail_start >= size:
        return "it covers no commit"
    try:
        actual = log_path.stat().st_size
        if actual < size:
            return f"the history is {actual} bytes, shorter than the {size} it covers"
        head, tail, line = _hashes(log_path, size, tail_start)
    except OSError as exc:
        return f"cannot read the history: {exc}"
    if head != data.get("head") or tail != data.get("tail"):
        return "the history is not the one it was made from"
    try:
        n, _records = parse_line(line)
    except ValueError:
        return "its last commit does not parse"
    return None if n == last else f"its last commit is {n}, not {last}"


def _checksum(data: dict[str, Any]) -> str:
    """SHA-256 of the checkpoint's own content: a damaged index is never used."""
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def save(log_path: Path, checkpoint: Checkpoint) -> bool:
    """Write the checkpoint atomically; False (logged) if it cannot be written."""
    path = index_path(log_path)
    try:
        head, tail, _line = _hashes(log_path, checkpoint.size, checkpoint.tail_start)
        data: dict[str, Any] = {
            "version": VERSION,
            "size": checkpoint.size,
            "last": checkpoint.last,
            "tail_start": checkpoint.tail_start,
            "head": head,
            "tail": tail,
            "processed": sorted(checkpoint.processed),
            "reviewed": sorted(checkpoint.reviewed),
        }
        data["check"] = _checksum(data)
        atomic_write(path, json.dumps(data, ensure_ascii=False).encode("utf-8"), sync_dir=False)
    except OSError as exc:
        log.warning("cannot write the history index %s%s: %s", path, disk_hint(exc), exc)
        return False
    return True
