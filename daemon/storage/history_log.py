"""The history: an append-only, fsynced JSON-Lines file beside the state (``<state>.history``).

Why apart from the TinyDB state: history only grows (every email received, state change,
staff command, alert…), while the state proper (sends, milestones, cursors) is rewritten
as it changes. Kept in one JSON document, years of history made every rewrite and every
reader pay for all of it. Here a commit appends one line and a reader reads on from where
it stopped (:meth:`HistoryLog.read_from`).

One line per commit, a plain JSON object::

    {"n": 42, "records": [{"type": "event", "at": "...", "kind": "received", ...},
                          {"type": "processed", "message_id": "<...>", "at": "...", ...}]}

``n`` counts commits from 1, without gaps. The line is written after the state commit
that holds the same records (see :class:`daemon.storage.store.Store`), so the state stays
the one commit point: a crash between the two is repaired on open by appending the
commits the state still lists as unconfirmed. A last piece without its newline (a crash
mid-append) is cut off by the writer; a complete line that cannot be read, or a gap in
``n``, is damage (:class:`~daemon.storage.damage.DamagedStateError`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from daemon.errors import StoreError
from daemon.storage.atomic import (
    TornAppendError,
    append_durably,
    atomic_write,
    disk_hint,
    fsync_dir,
)
from daemon.storage.damage import DamagedStateError

Record = dict[str, Any]


@dataclass(frozen=True)
class Commit:
    """One line of the log."""

    n: int
    records: list[Record]
    end: int
    """Byte offset just after the line: where reading goes on."""


def parse_line(line: bytes) -> tuple[int, list[Record]]:
    """(n, records) of one log line; ValueError if it is not one."""
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        raise ValueError("not readable JSON") from None
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    n, records = obj.get("n"), obj.get("records")
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise ValueError("no commit number")
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise ValueError("no list of records")
    return n, records


def index_path(log: Path) -> Path:
    """The checkpoint of the log's indexes (:mod:`daemon.storage.history_index`)."""
    return log.with_name(log.name + ".index")


def encode(n: int, records: list[Record]) -> bytes:
    body = json.dumps({"n": n, "records": records}, ensure_ascii=False, separators=(",", ":"))
    return body.encode("utf-8") + b"\n"


class HistoryLog:
    """The history file of one state file; one writer (the store holding the lock)."""

    def __init__(self, path: Path, state_path: Path) -> None:
        self.path = path
        self.state_path = state_path
        self.size = 0
        """Bytes of complete commits (where the next one is appended)."""
        self.last = 0
        """Number of the last complete commit (0: none)."""
        self.last_start = 0
        """Where the line of commit ``last`` starts (for the index checkpoint)."""
        self._broken = False

    def _damaged(self, problem: str) -> DamagedStateError:
        return DamagedStateError(self.state_path, [problem])

    def read_from(self, offset: int = 0, expect: int = 1) -> Iterator[Commit]:
        """The complete commits from byte ``offset`` on, whose first must be ``expect``.

        Raises DamagedStateError on an unreadable complete line or a gap in the numbers.
        A last piece without its newline is not yielded (a crash mid-append).
        """
        try:
            fh = open(self.path, "rb")  # noqa: SIM115 - closed below
        except FileNotFoundError:
            return
        except OSError as exc:
            raise StoreError(f"cannot read the history {self.path}: {exc}") from exc
        with fh:
            fh.seek(offset)
            position = offset
            for raw in fh:
                if not raw.endswith(b"\n"):
                    return
                try:
                    n, records = parse_line(raw)
                except ValueError as exc:
                    raise self._damaged(
                        f"{self.path.name} is damaged at byte {position} ({exc})"
                    ) from None
                if n != expect:
                    raise self._damaged(
                        f"{self.path.name} jumps from commit {expect - 1} to {n} at byte {position}"
                    )
                position += len(raw)
                expect += 1
                yield Commit(n, records, position)

    def open_for_append(
        self, size: int = 0, last: int = 0, last_start: int = 0
    ) -> Iterator[Commit]:
        """Read the commits after byte ``size`` (yielded, for the caller's indexes), then cut
        a torn tail. ``size``, ``last``, ``last_start``: where a verified checkpoint of the
        first commits ends (by default nothing is known: every commit is read)."""
        self.size, self.last, self.last_start = size, last, last_start
        for commit in self.read_from(size, last + 1):
            self.last_start = self.size
            self.size, self.last = commit.end, commit.n
            yield commit
        try:
            actual = self.path.stat().st_size
        except FileNotFoundError:
            return
        if actual > self.size:
            os.truncate(self.path, self.size)

    def append(self, n: int, records: list[Record]) -> None:
        """Append commit ``n`` durably (it must follow the last one); StoreError if not."""
        if n != self.last + 1:
            raise StoreError(f"history commit {n} does not follow {self.last} in {self.path}")
        if self._broken:
            raise StoreError(f"the history {self.path} has a torn tail; restart cuikuan")
        new = not self.path.exists()
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot open the history {self.path}: {exc}") from exc
        try:
            start, self.size = self.size, append_durably(fd, encode(n, records))
        except OSError as exc:
            self._broken = isinstance(exc, TornAppendError)
            raise StoreError(
                f"cannot append to the history {self.path}{disk_hint(exc)}: {exc}"
            ) from exc
        finally:
            os.close(fd)
        if new:
            fsync_dir(self.path.parent)
        self.last, self.last_start = n, start

    def reset(self, commits: list[tuple[int, list[Record]]]) -> None:
        """Replace the whole file with ``commits`` (a migration or a recovery), atomically."""
        lines = [encode(n, records) for n, records in commits]
        blob = b"".join(lines)
        try:
            index_path(self.path).unlink(missing_ok=True)  # it describes the old log
            atomic_write(self.path, blob)
        except OSError as exc:
            problem = f"cannot write the history {self.path}{disk_hint(exc)}: {exc}"
            raise StoreError(problem) from exc
        self.size = len(blob)
        self.last = commits[-1][0] if commits else 0
        self.last_start = self.size - len(lines[-1]) if lines else 0
        self._broken = False
