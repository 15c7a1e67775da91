"""A crash-safe JSON storage for TinyDB, with a journal so big files are not rewritten per change.

TinyDB's own ``JSONStorage`` rewrites the file in place: a crash (SIGKILL, power loss)
in the middle of a write leaves a half-written, unreadable state file. cuikuan's state
is what keeps it from mailing a client twice, so it is written the careful way
(:func:`daemon.storage.atomic.atomic_write`): temp file, ``fsync``, the current file kept
as ``<path>.prev`` (a hard link), ``os.replace``, ``fsync`` of the folder. At every instant
``<path>`` is a complete old or a complete new generation.

Rewriting a big file for every small change would make each durable change cost the
size of the whole file. So once the file is bigger than ``JOURNAL_MIN_BYTES``, a change
to known documents is appended to ``<path>.journal`` instead: one line per commit,
fsynced, each holding the changed documents whole. A reader replays complete lines over
the file; a torn last piece without its newline (a crash mid-append, never acknowledged)
is ignored and cut off by the next writer. The journal's first line names the file
generation it extends (size and digest of its bytes): after the file is rewritten (when
the journal outgrows a quarter of it, or on close) a journal left by a crash names the
``.prev`` generation and is dropped, while a copy of both files still fits together.

Damage is never guessed around (:mod:`daemon.storage.damage`): a state file that is
unreadable, empty or missing beside its ``.prev`` or journal, a journal line that is
complete but unreadable, or a journal that extends neither the file nor its ``.prev``
raises :class:`~daemon.storage.damage.DamagedStateError` and nothing is changed. An older
generation is never used in place of a newer one: that would forget sends.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from pathlib import Path
from typing import IO, Any

from tinydb.storages import Storage

from daemon.errors import StoreError
from daemon.storage.atomic import (
    TornAppendError,
    append_durably,
    atomic_write,
    disk_hint,
    fsync_dir,
)
from daemon.storage.damage import DamagedStateError

logger = logging.getLogger(__name__)

Data = dict[str, dict[str, Any]]

JOURNAL_MIN_BYTES = 256 * 1024
"""Below this size the file is simply rewritten on every change."""
JOURNAL_RATIO = 4
"""The file is rewritten (and the journal emptied) when the journal reaches 1/N of it."""

Change = tuple[str, str, dict[str, Any]]
"""(table, document id, whole document) of one changed document."""


def generation(raw: bytes) -> tuple[int, str]:
    """What a journal names as its base: the file's size and a digest of its bytes.

    Content, not inode or mtime: a restored backup or a copied data folder keeps its
    journal valid, and a rewritten file never matches an old journal.
    """
    return (len(raw), hashlib.blake2b(raw, digest_size=16).hexdigest())


def parse_tables(raw: bytes) -> Data:
    """The data of a state file's bytes; ValueError saying what is wrong with them."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"not readable JSON ({len(raw)} bytes, {exc})") from None
    except RecursionError:
        raise ValueError("JSON nested too deeply to be a state file") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object of tables")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise ValueError(f"table {name!r} is not an object of documents")
    return data


def share_repeated_strings(data: Data | None) -> Data | None:
    """``data`` with equal strings of its documents made one object (in place).

    ``json.loads`` makes a new string for every value: 34,000 sends repeat the same
    contract, milestone, stage, status and instant strings, ~11 MB of the daemon at 10,000
    contracts (bench/tick_scale.py). Top-level values and lists of strings are shared;
    equal strings are interchangeable, so nothing else changes.
    """
    memo: dict[str, str] = {}
    for table in (data or {}).values():
        for doc in table.values():
            for key, value in doc.items():
                if type(value) is str:
                    doc[key] = memo.setdefault(value, value)
                elif type(value) is list and value:
                    doc[key] = [memo.setdefault(v, v) if type(v) is str else v for v in value]
    return data


def parse_journal_line(line: bytes) -> list[Change]:
    """One commit of a journal; ValueError if the line is not one."""
    try:
        changes = json.loads(line)
    except (ValueError, RecursionError):
        raise ValueError("not readable JSON") from None
    if not isinstance(changes, list):
        raise ValueError("not a list of changes")
    out: list[Change] = []
    for change in changes:
        if not (isinstance(change, list) and len(change) == 3):
            raise ValueError("a change is not [table, id, document]")
        table, doc_id, doc = change
        if not (isinstance(table, str) and isinstance(doc_id, str) and isinstance(doc, dict)):
            raise ValueError("a change is not [table, id, document]")
        out.append((table, doc_id, doc))
    return out


class AtomicJSONStorage(Storage):
    """TinyDB storage writing whole files atomically, keeping the previous generation."""

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        """``read_only`` is for readers beside the daemon: no clean-up, no writes."""
        self.path = Path(path)
        self.prev_path = self.path.with_name(self.path.name + ".prev")
        self.journal_path = self.path.with_name(self.path.name + ".journal")
        self._base: tuple[int, str] | None = None  # generation() of the file on disk
        self._journal_size = 0
        self._journal_broken = False  # an append failed and left a tail: rewrite instead
        self.read_only = read_only
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._remove_stale_temps()

    # -- reading -------------------------------------------------------------------

    def read(self) -> Data | None:
        """The stored data, ``None`` for a new database (no file, or an empty one alone).

        Raises DamagedStateError when the files are damaged (see the module docstring).
        A reader beside the daemon retries: the daemon may rewrite the file between the
        moment the journal and the file are opened.
        """
        attempts = 3 if self.read_only else 1
        for attempt in range(attempts):
            try:
                return self._read_once()
            except DamagedStateError:
                if attempt == attempts - 1:
                    raise
        raise AssertionError("unreachable")

    def _read_once(self) -> Data | None:
        journal = self._open_journal()  # before the file: see _replay
        try:
            data = self._load_main()
            return share_repeated_strings(self._replay(data, journal))
        finally:
            if journal is not None:
                journal.close()

    def _damaged(self, problem: str) -> DamagedStateError:
        return DamagedStateError(self.path, [problem])

    def _load_main(self) -> Data | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self._base = None
            history = self.path.with_name(self.path.name + ".history")
            companions = [p for p in (self.prev_path, self.journal_path) if p.exists()]
            if history.exists() and history.stat().st_size:
                companions.append(history)
            if companions:
                names = " and ".join(p.name for p in companions)
                raise self._damaged(f"{self.path.name} is missing but {names} exist") from None
            return None
        except OSError as exc:
            raise StoreError(f"cannot read the state file {self.path}: {exc}") from exc
        self._base = generation(raw)
        if not raw.strip():
            # cuikuan never writes an empty file: beside a .prev or a journal, an empty
            # one is the trace of a crash on a file system that lost the data.
            if self.prev_path.exists() or self.journal_path.exists():
                raise self._damaged(f"{self.path.name} is empty ({len(raw)} bytes)")
            return None
        try:
            return parse_tables(raw)
        except ValueError as exc:
            raise self._damaged(f"{self.path.name} is {exc}") from None

    def _open_journal(self) -> IO[bytes] | None:
        try:
            return open(self.journal_path, "rb")  # noqa: SIM115 - closed by _read_once
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read the journal {self.journal_path}: {exc}") from exc

    def _replay(self, data: Data | None, journal: IO[bytes] | None) -> Data | None:
        """``data`` with the journal's commits applied, if the journal extends this file.

        The journal is opened before the file is read: if the writer rewrote the file in
        between, the journal names the ``.prev`` generation and the file holds it all.
        """
        self._journal_size = 0
        if journal is None:
            return data
        raw = journal.read()
        lines = raw.split(b"\n")
        if len(lines) == 1:  # not even a whole header: a first append that never finished
            self._drop_journal()
            return data
        try:
            base = json.loads(lines[0])["base"]
        except (ValueError, TypeError, KeyError, RecursionError):
            problem = f"the first line of {self.journal_path.name} is unreadable"
            raise self._damaged(problem) from None
        if self._base is None or base != list(self._base):
            if self._prev_generation() == base:  # left by a crash right after a rewrite
                self._drop_journal()
                return data
            raise self._damaged(
                f"{self.journal_path.name} extends another version of {self.path.name} than "
                "the one on disk"
            )
        valid = len(lines[0]) + 1
        data = data if data is not None else {}
        for number, line in enumerate(lines[1:-1], start=2):
            try:
                changes = parse_journal_line(line)
            except ValueError as exc:
                raise self._damaged(
                    f"line {number} of {self.journal_path.name} is damaged ({exc})"
                ) from None
            for table, doc_id, doc in changes:
                data.setdefault(table, {})[doc_id] = doc
            valid += len(line) + 1
        if not self.read_only:
            if valid < len(raw):
                os.truncate(self.journal_path, valid)  # the torn last piece
            self._journal_size = valid
        return data

    def _prev_generation(self) -> list[Any] | None:
        try:
            return list(generation(self.prev_path.read_bytes()))
        except OSError:
            return None

    def _drop_journal(self) -> None:
        if not self.read_only:
            with contextlib.suppress(FileNotFoundError):
                self.journal_path.unlink()

    # -- writing -------------------------------------------------------------------

    def write(self, data: Data) -> None:
        """Replace the file with ``data``; on any failure the old file stays intact."""
        if self.read_only:
            raise StoreError(f"{self.path} was opened read-only; only the daemon writes it")
        blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            atomic_write(self.path, blob, keep_previous=self.prev_path)
        except OSError as exc:
            raise StoreError(
                f"cannot write the state file {self.path}{disk_hint(exc)}: {exc}; "
                "the previous content is unchanged"
            ) from exc
        self._base = generation(blob)
        if self._journal_size or self._journal_broken or self.journal_path.exists():
            with contextlib.suppress(FileNotFoundError):
                self.journal_path.unlink()  # if a crash keeps it, it names the .prev
            self._journal_size = 0
            self._journal_broken = False

    # -- the journal ---------------------------------------------------------------

    def can_append(self) -> bool:
        """True when a change may go to the journal rather than rewrite the file."""
        if self.read_only or self._journal_broken or self._base is None:
            return False
        size = self._base[0]
        return size >= JOURNAL_MIN_BYTES and self._journal_size < size // JOURNAL_RATIO

    def append(self, changes: list[Change]) -> None:
        """Append one commit (the changed documents) to the journal, durably.

        Every byte is written and fsynced, or the journal is cut back to its size before
        and StoreError raised: a failed commit never stays behind as a torn line.
        """
        if not self.can_append():
            raise StoreError(f"{self.path}: no journal to append to; rewrite the file")
        assert self._base is not None
        line = json.dumps(changes, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        blob = line + b"\n"
        new = self._journal_size == 0
        if new:
            blob = json.dumps({"base": list(self._base)}).encode("ascii") + b"\n" + blob
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (os.O_TRUNC if new else 0)
        try:
            fd = os.open(self.journal_path, flags, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot open the journal {self.journal_path}: {exc}") from exc
        try:
            size = append_durably(fd, blob)
        except OSError as exc:
            if isinstance(exc, TornAppendError):
                self._journal_broken = True
            raise StoreError(
                f"cannot append to the journal {self.journal_path}{disk_hint(exc)}: {exc}; "
                "the change was not saved"
            ) from exc
        finally:
            os.close(fd)
        if new:
            fsync_dir(self.path.parent)
        self._journal_size = size

    def _remove_stale_temps(self) -> None:
        for name in (self.path.name, self.prev_path.name):
            for stale in self.path.parent.glob(f"{name}.tmp-*"):
                logger.info("removing %s left by an interrupted write", stale)
                with contextlib.suppress(OSError):
                    stale.unlink()

    def close(self) -> None:
        """Nothing is held open between writes."""
