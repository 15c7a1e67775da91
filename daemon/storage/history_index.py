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

VERSION = 2
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
    reviewed: set[str] = field(default_factory=set)
    body: bytes = b"[]"
    """The processed Message-IDs, a JSON list (checked by its hash; read on first use)."""

    def processed(self) -> set[str]:
        """The processed Message-IDs: parsed when first asked for, so that opening the
        store stays as quick with 100,000 of them as with none. ValueError if unreadable."""
        try:
            ids = json.loads(self.body)
        except RecursionError:
            raise ValueError("too deeply nested") from None
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise ValueError("not a list of Message-IDs")
        return set(ids)


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
        blob = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("ignoring the history index %s (%s): reading the whole history", path, exc)
        return None
    found = _read(log_path, blob)
    if isinstance(found, str):
        log.warning("ignoring the history index %s (%s): reading the whole history", path, found)
        return None
    return found


def _read(log_path: Path, blob: bytes) -> Checkpoint | str:
    """The checkpoint in ``blob`` if it fits the log now, else why not.

    The file is two lines: a header (offsets, hashes of the log, hash of the body, the
    reviewed contracts) and the body (the processed Message-IDs). The body's hash is
    checked on its bytes, so a damaged index is never used, and the body is parsed only
    when first needed (:meth:`Checkpoint.processed`).
    """
    header_line, _, body = blob.partition(b"\n")
    try:
        header = json.loads(header_line)
    except (ValueError, RecursionError):
        return "its header is not readable"
    if not isinstance(header, dict) or header.get("version") != VERSION:
        return "not a checkpoint of this version"
    if header.get("body") != hashlib.sha256(body).hexdigest():
        return "its checksum does not match: damaged"
    if not all(_count(header.get(k)) for k in ("size", "last", "tail_start")):
        return "no offsets"
    reviewed = header.get("reviewed")
    if not isinstance(reviewed, list) or not all(isinstance(c, str) for c in reviewed):
        return "no list of reviewed contracts"
    size, last, tail_start = int(header["size"]), int(header["last"]), int(header["tail_start"])
    if last == 0 or tail_start >= size:
        return "it covers no commit"
    problem = _fits_log(log_path, header, size, last, tail_start)
    if problem is not None:
        return problem
    return Checkpoint(size, last, tail_start, set(reviewed), body)


def _fits_log(
    log_path: Path, header: dict[str, Any], size: int, last: int, tail_start: int
) -> str | None:
    """Why the log is not the one the checkpoint was made from (None: it is)."""
    try:
        actual = log_path.stat().st_size
        if actual < size:
            return f"the history is {actual} bytes, shorter than the {size} it covers"
        head, tail, line = _hashes(log_path, size, tail_start)
    except OSError as exc:
        return f"cannot read the history: {exc}"
    if head != header.get("head") or tail != header.get("tail"):
        return "the history is not the one it was made from"
    try:
        n, _records = parse_line(line)
    except ValueError:
        return "its last commit does not parse"
    return None if n == last else f"its last commit is {n}, not {last}"


def _count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def encode(log_path: Path, checkpoint: Checkpoint) -> bytes:
    """The file's bytes for ``checkpoint`` of the log at ``log_path`` (read for its hashes)."""
    head, tail, _line = _hashes(log_path, checkpoint.size, checkpoint.tail_start)
    body = checkpoint.body
    header = {
        "version": VERSION,
        "size": checkpoint.size,
        "last": checkpoint.last,
        "tail_start": checkpoint.tail_start,
        "head": head,
        "tail": tail,
        "body": hashlib.sha256(body).hexdigest(),
        "reviewed": sorted(checkpoint.reviewed),
    }
    return json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n" + body


def encode_ids(ids: set[str]) -> bytes:
    """The body of a checkpoint holding ``ids``."""
    return json.dumps(sorted(ids), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def save(log_path: Path, checkpoint: Checkpoint) -> bool:
    """Write the checkpoint atomically; False (logged) if it cannot be written."""
    path = index_path(log_path)
    try:
        atomic_write(path, encode(log_path, checkpoint), sync_dir=False)
    except OSError as exc:
        log.warning("cannot write the history index %s%s: %s", path, disk_hint(exc), exc)
        return False
    return True
