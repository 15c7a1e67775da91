"""A crash-safe JSON storage for TinyDB, and a middleware that batches its writes.

TinyDB's own ``JSONStorage`` rewrites the file in place: a crash (SIGKILL, power loss)
in the middle of a write leaves a half-written, unreadable state file. cuikuan's state
is what keeps it from mailing a client twice, so it is written the careful way:

1. serialise to ``<path>.tmp-<pid>`` in the same folder, flush, ``fsync``;
2. keep the current file as ``<path>.prev`` (hard link, so no copy is needed);
3. ``os.replace`` the temp file over ``<path>`` (atomic on POSIX) and ``fsync`` the folder.

At every instant ``<path>`` is a complete old or a complete new generation. Reading falls
back to ``<path>.prev`` when ``<path>`` is corrupt anyway (a disk or a person broke it),
and says so in the log. Stale temp files of a killed writer are removed on open.

Rewriting a big file for every small change would make each durable change cost the
size of the whole history (35 MB for 100,000 events). So once the file is bigger than
``JOURNAL_MIN_BYTES``, a change to known documents (:class:`Tables`) is appended to
``<path>.journal`` instead: one line per commit, fsynced, each holding the changed
documents whole. A reader replays complete lines over the file; a torn last line (a crash
mid-append) is ignored and cut off by the next writer. The journal's first line names the
file generation it extends (size and a digest of its bytes), so after the file is rewritten
(when the journal outgrows a quarter of it, or on close) a journal left by a crash is
ignored, while a copy of both files (a backup, a move to another disk) still fits together.

The storage assumes one writer; :class:`StateLock` (an exclusive ``flock`` on
``<path>.lock`` holding the owner's pid) lets :class:`daemon.storage.store.Store` enforce that.

:class:`BatchingMiddleware` keeps the last data read or written in memory (safe with a
single writer) and, while a batch is open, defers writes to one write at the end::

    db = TinyDB(storage=BatchingMiddleware(AtomicJSONStorage))
    with db.storage.batch():
        for i in range(1000):
            db.insert({"n": i})   # one file write, at the end of the block
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tinydb.middlewares import Middleware
from tinydb.storages import Storage

from daemon.errors import StoreError

logger = logging.getLogger(__name__)

Data = dict[str, dict[str, Any]]


class _Corrupt(Exception):
    """A state file that exists but cannot be used."""


JOURNAL_MIN_BYTES = 256 * 1024
"""Below this size the file is simply rewritten on every change."""
JOURNAL_RATIO = 4
"""The file is rewritten (and the journal emptied) when the journal reaches 1/N of it."""

Change = tuple[str, str, dict[str, Any]]
"""(table, document id, whole document) of one changed document."""


def _generation(raw: bytes) -> tuple[int, str]:
    """What a journal names as its base: the file's size and a digest of its bytes.

    Content, not inode or mtime: a restored backup or a copied data folder keeps its
    journal valid, and a rewritten file never matches an old journal.
    """
    return (len(raw), hashlib.blake2b(raw, digest_size=16).hexdigest())


class AtomicJSONStorage(Storage):
    """TinyDB storage writing whole files atomically, keeping the previous generation."""

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        """``read_only`` is for readers beside the daemon: no clean-up, no writes."""
        self.path = Path(path)
        self.prev_path = self.path.with_name(self.path.name + ".prev")
        self.journal_path = self.path.with_name(self.path.name + ".journal")
        self._main_corrupt = False
        self._base: tuple[int, str] | None = None  # (size, digest) of the file, see _generation
        self._journal_size = 0
        self.read_only = read_only
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._remove_stale_temps()

    # -- reading -------------------------------------------------------------------

    def read(self) -> Data | None:
        """The stored data, ``None`` for a missing or empty file (an empty database).

        A corrupt file falls back to ``<path>.prev``; both unusable raises StoreError.
        """
        journal = self._open_journal()  # before the file: see _replay
        try:
            try:
                data = self._load(self.path)
            except _Corrupt as exc:
                self._base = None
                return self._fall_back(str(exc))
            self._main_corrupt = False
            return self._replay(data, journal)
        finally:
            if journal is not None:
                journal.close()

    def _fall_back(self, problem: str) -> Data | None:
        try:
            data = self._load(self.prev_path, missing_ok=False)
        except _Corrupt as exc:
            raise StoreError(
                f"the state file {self.path} is unusable ({problem}) and so is its previous "
                f"generation {self.prev_path} ({exc}); stop cuikuan, restore {self.path} "
                "from a backup (or move it away to start with an empty state), then start "
                "it again"
            ) from None
        logger.error(
            "state file %s is unusable (%s); using the previous generation %s "
            "(the last change before the damage may be lost)",
            self.path,
            problem,
            self.prev_path,
        )
        self._main_corrupt = True
        return data

    def _load(self, path: Path, *, missing_ok: bool = True) -> Data | None:
        try:
            with open(path, "rb") as fh:
                raw = fh.read()
            if path == self.path:
                self._base = _generation(raw)
        except FileNotFoundError:
            if path == self.path:
                self._base = None
            if missing_ok:
                return None
            raise _Corrupt("missing") from None
        except OSError as exc:
            raise StoreError(f"cannot read the state file {path}: {exc}") from exc
        if not raw.strip():
            # We never write an empty file: an empty one with a previous generation next
            # to it is the classic trace of a crash on a file system that lost the data.
            if path == self.path and self.prev_path.exists():
                raise _Corrupt("empty file")
            if path == self.prev_path:
                raise _Corrupt("empty file")
            return None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _Corrupt(f"{len(raw)} bytes, {exc}") from None
        if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
            raise _Corrupt("not a JSON object of tables")
        return data

    # -- writing -------------------------------------------------------------------

    def write(self, data: Data) -> None:
        """Replace the file with ``data``; on any failure the old file stays intact."""
        if self.read_only:
            raise StoreError(f"{self.path} was opened read-only; only the daemon writes it")
        blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        tmp = self.path.with_name(f"{self.path.name}.tmp-{os.getpid()}")
        try:
            with open(tmp, "wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            self._keep_previous()
            os.replace(tmp, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            hint = " (disk full?)" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else ""
            raise StoreError(
                f"cannot write the state file {self.path}{hint}: {exc}; "
                "the previous content is unchanged"
            ) from exc
        self._main_corrupt = False
        self._fsync_dir()
        self._base = _generation(blob)
        if self._journal_size or self.journal_path.exists():
            with contextlib.suppress(FileNotFoundError):
                self.journal_path.unlink()  # if a crash keeps it, its header no longer matches
            self._journal_size = 0

    # -- the journal ---------------------------------------------------------------

    def can_append(self) -> bool:
        """True when a change may go to the journal rather than rewrite the file."""
        if self.read_only or self._main_corrupt or self._base is None:
            return False
        size = self._base[0]
        return size >= JOURNAL_MIN_BYTES and self._journal_size < size // JOURNAL_RATIO

    def append(self, changes: list[Change]) -> None:
        """Append one commit (the changed documents) to the journal, durably."""
        if not self.can_append():
            raise StoreError(f"{self.path}: no journal to append to; rewrite the file")
        assert self._base is not None
        line = json.dumps(changes, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        blob = line + b"\n"
        new = self._journal_size == 0
        if new:
            blob = json.dumps({"base": list(self._base)}).encode("ascii") + b"\n" + blob
        flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if new else os.O_APPEND)
        try:
            fd = os.open(self.journal_path, flags, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot open the journal {self.journal_path}: {exc}") from exc
        try:
            os.write(fd, blob)
            os.fsync(fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, self._journal_size)  # drop the partial line
            hint = " (disk full?)" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else ""
            raise StoreError(
                f"cannot append to the journal {self.journal_path}{hint}: {exc}; "
                "the previous content is unchanged"
            ) from exc
        finally:
            os.close(fd)
        if new:
            self._fsync_dir()
        self._journal_size += len(blob)

    def _open_journal(self) -> Any:
        try:
            return open(self.journal_path, "rb")  # noqa: SIM115 - closed by read()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read the journal {self.journal_path}: {exc}") from exc

    def _replay(self, data: Data | None, journal: Any) -> Data | None:
        """``data`` with the journal's complete commits applied, if it extends this file.

        The journal is opened before the file is read: if the writer rewrote the file in
        between, the journal no longer matches and the new file already holds it all.
        """
        self._journal_size = 0
        if journal is None:
            return data
        raw = journal.read()
        lines = raw.split(b"\n")
        valid = 0
        try:
            header = json.loads(lines[0])
            matches = self._base is not None and header.get("base") == list(self._base)
        except (ValueError, AttributeError):
            matches = False
        if matches and len(lines) > 1:
            valid = len(lines[0]) + 1
            data = data if data is not None else {}
            for line in lines[1:-1]:  # the last piece has no newline: torn or empty
                try:
                    changes = json.loads(line)
                    for table, doc_id, doc in changes:
                        data.setdefault(table, {})[doc_id] = doc
                except (ValueError, TypeError) as exc:
                    logger.error("journal %s damaged after %s bytes (%s)", journal.name, valid, exc)
                    break
                valid += len(line) + 1
        if not self.read_only:
            if not matches:
                with contextlib.suppress(FileNotFoundError):
                    self.journal_path.unlink()  # left by a crash after a rewrite
            elif valid < len(raw):
                os.truncate(self.journal_path, valid)
            self._journal_size = valid if matches else 0
        return data

    def _keep_previous(self) -> None:
        """Make ``<path>.prev`` the current generation before it is replaced."""
        if not self.path.exists():
            return
        if self._main_corrupt:
            # Keep the good .prev; keep a copy of the damaged file for inspection.
            corrupt = self.path.with_name(self.path.name + ".corrupt")
            self._link_or_copy(self.path, corrupt)
            logger.warning("kept a copy of the unusable state file as %s", corrupt)
            return
        self._link_or_copy(self.path, self.prev_path)

    @staticmethod
    def _link_or_copy(source: Path, target: Path) -> None:
        """Atomically make ``target`` a copy of ``source`` (a hard link when possible)."""
        staging = target.with_name(f"{target.name}.tmp-{os.getpid()}")
        with contextlib.suppress(FileNotFoundError):
            staging.unlink()
        try:
            os.link(source, staging)
        except OSError:  # a file system without hard links: copy instead
            shutil.copyfile(source, staging)
            with open(staging, "rb") as fh:
                os.fsync(fh.fileno())
        os.replace(staging, target)

    def _fsync_dir(self) -> None:
        try:
            fd = os.open(self.path.parent, os.O_RDONLY)
        except OSError as exc:
            logger.debug("cannot open %s to fsync it: %s", self.path.parent, exc)
            return
        try:
            os.fsync(fd)
        except OSError as exc:  # some file systems refuse fsync on a directory
            logger.debug("fsync of folder %s failed: %s", self.path.parent, exc)
        finally:
            os.close(fd)

    def _remove_stale_temps(self) -> None:
        names = (self.path.name, self.prev_path.name, self.path.name + ".corrupt")
        for pattern in (f"{name}.tmp-*" for name in names):
            for stale in self.path.parent.glob(pattern):
                logger.info("removing %s left by an interrupted write", stale)
                with contextlib.suppress(OSError):
                    stale.unlink()

    def close(self) -> None:
        """Nothing is held open between writes."""


class BatchingMiddleware(Middleware):
    """Caches the data in memory and defers writes while :meth:`batch` is open.

    Outside a batch every write goes to the storage at once. A failed write drops the
    cache, so the next read sees what is really on disk.
    """

    def __init__(self, storage_cls: type[Storage]) -> None:
        super().__init__(storage_cls)
        self._cache: Data | None = None
        self._cached = False
        self._depth = 0
        self._dirty = False
        self._delta: dict[tuple[str, str], dict[str, Any]] | None = {}
        """Documents changed since the last write; None: unknown, write everything."""

    def read(self) -> Data | None:
        if not self._cached:
            self._cache = self.storage.read()
            self._cached = True
        return self._cache

    def data(self) -> Data:
        """The cached data itself (``{}`` for an empty database): change it, then commit."""
        data = self.read()
        if data is None:
            data = self._cache = {}
        return data

    def commit(self) -> None:
        """Write the cached data (deferred inside a batch)."""
        self.write(self.data())

    def commit_docs(self, changes: list[Change]) -> None:
        """Like :meth:`commit`, knowing these are the only documents changed (or added)."""
        data = self.data()
        if self._delta is not None:
            for table, doc_id, doc in changes:
                self._delta[(table, doc_id)] = doc
        self._store(data)

    def write(self, data: Data) -> None:
        self._delta = None  # a TinyDB write: any document may have changed
        self._store(data)

    def _store(self, data: Data) -> None:
        self._cache = data
        self._cached = True
        if self._depth:
            self._dirty = True
            return
        self._write_through(data)

    def _write_through(self, data: Data) -> None:
        delta, self._delta = self._delta, {}
        storage: Any = self.storage
        try:
            if delta and getattr(storage, "can_append", None) and storage.can_append():
                storage.append([(t, i, doc) for (t, i), doc in delta.items()])
            else:
                storage.write(data)
        except BaseException:
            self._cache, self._cached = None, False
            raise

    @contextlib.contextmanager
    def batch(self, *, all_or_nothing: bool = False) -> Iterator[None]:
        """Group writes into one; on exit (even by an exception) write what was done.

        With ``all_or_nothing`` (outermost batch only) an exception discards the changes
        instead, leaving the file as it was.
        """
        if all_or_nothing and self._depth:
            raise RuntimeError("an all-or-nothing batch cannot be nested in another batch")
        self._depth += 1
        discard = False
        try:
            yield
        except BaseException:
            discard = all_or_nothing
            raise
        finally:
            self._depth -= 1
            if discard:
                self._cache, self._cached, self._dirty = None, False, False
                self._delta = {}
            elif not self._depth and self._dirty:
                self._dirty = False
                assert self._cache is not None
                self._write_through(self._cache)

    @property
    def in_batch(self) -> bool:
        return self._depth > 0

    def forget(self) -> None:
        """Drop the data held in memory (after close); a later read loads it again."""
        self._cache = None
        self._cached = False

    def close(self) -> None:
        storage: Any = self.storage
        if self._dirty and self._cache is not None:
            self._dirty = False
            self._write_through(self._cache)
        if getattr(storage, "_journal_size", 0) and self._cache is not None:
            storage.write(self._cache)  # leave one whole file behind
        self.storage.close()


class Tables:
    """Quick access to a :class:`BatchingMiddleware`'s data, in TinyDB's file layout.

    TinyDB's ``Table`` copies the whole table on every change, so a tick recording 1,000
    events into a history of 20,000 costs seconds. This works on the cached data in
    place: inserts are O(1) and lookups go through indexes built on first use. An index
    is keyed to the identity of the table dict, so it is rebuilt after anything replaced
    the data (a reload after a failed write, a TinyDB write in a migration).
    Documents returned are the live ones: read them, never change them directly.
    """

    def __init__(self, middleware: BatchingMiddleware) -> None:
        self._mw = middleware
        self._indexes: dict[tuple[str, tuple[str, ...]], tuple[dict, dict]] = {}
        self._next_ids: dict[str, tuple[dict, int]] = {}
        self._changes: dict[str, tuple[dict, list[dict[str, Any]]]] = {}
        self._ids: dict[str, tuple[dict, dict[int, str]]] = {}

    def take_changes(self, name: str) -> list[dict[str, Any]] | None:
        """Documents of ``name`` inserted or updated since the last call (repeats possible).

        None on the first call for a table, or when the table was replaced since (reloaded
        from disk, written by TinyDB): then the caller must read the whole table again.
        Tracking starts with the first call.
        """
        table = self._table(name)
        previous = self._changes.get(name)
        self._changes[name] = (table, [])
        if previous is None or previous[0] is not table:
            return None
        return previous[1]

    def _changed(self, name: str, table: dict[str, Any], doc: dict[str, Any]) -> None:
        tracked = self._changes.get(name)
        if tracked is not None and tracked[0] is table:
            tracked[1].append(doc)

    def _table(self, name: str) -> dict[str, Any]:
        return self._mw.data().setdefault(name, {})

    def rows(self, name: str) -> list[dict[str, Any]]:
        """The documents of table ``name`` in insertion order."""
        table = self._mw.data().get(name, {})
        return [table[k] for k in sorted(table, key=int)]

    def entries(self, name: str) -> list[tuple[str, dict[str, Any]]]:
        """(document id, document) of table ``name`` in insertion order."""
        table = self._mw.data().get(name, {})
        return [(k, table[k]) for k in sorted(table, key=int)]

    def _index(self, name: str, fields: tuple[str, ...]) -> dict[tuple, dict[str, Any]]:
        table = self._table(name)
        cached = self._indexes.get((name, fields))
        if cached is not None and cached[0] is table:
            return cached[1]
        index = {tuple(doc.get(f) for f in fields): doc for doc in table.values()}
        self._indexes[(name, fields)] = (table, index)
        return index

    def find(self, name: str, **match: Any) -> dict[str, Any] | None:
        """The document whose fields equal ``match`` (fields are unique together)."""
        fields = tuple(sorted(match))
        return self._index(name, fields).get(tuple(match[f] for f in fields))

    def insert(self, name: str, doc: dict[str, Any]) -> None:
        table = self._table(name)
        cached = self._next_ids.get(name)
        if cached is not None and cached[0] is table:
            next_id = cached[1]
        else:
            next_id = max((int(k) for k in table), default=0) + 1
        table[str(next_id)] = doc
        self._next_ids[name] = (table, next_id + 1)
        for (tname, fields), (itable, index) in self._indexes.items():
            if tname == name and itable is table:
                index[tuple(doc.get(f) for f in fields)] = doc
        ids = self._ids.get(name)
        if ids is not None and ids[0] is table:
            ids[1][id(doc)] = str(next_id)
        self._changed(name, table, doc)
        self._mw.commit_docs([(name, str(next_id), doc)])

    def update(self, name: str, doc: dict[str, Any], changes: dict[str, Any]) -> None:
        """Change fields of ``doc`` (a document found in table ``name``)."""
        for (tname, fields), (_table, index) in self._indexes.items():
            if tname == name and any(f in changes for f in fields):
                index.pop(tuple(doc.get(f) for f in fields), None)
                index[tuple({**doc, **changes}.get(f) for f in fields)] = doc
        doc.update(changes)
        table = self._table(name)
        self._changed(name, table, doc)
        doc_id = self._id_of(name, table, doc)
        if doc_id is None:
            self._mw.commit()
        else:
            self._mw.commit_docs([(name, doc_id, doc)])

    def _id_of(self, name: str, table: dict[str, Any], doc: dict[str, Any]) -> str | None:
        cached = self._ids.get(name)
        if cached is None or cached[0] is not table:
            cached = (table, {id(d): k for k, d in table.items()})
            self._ids[name] = cached
        return cached[1].get(id(doc))

    def put(self, name: str, doc: dict[str, Any], *unique: str) -> None:
        """Insert ``doc``, or replace the fields of the one with the same ``unique`` fields."""
        existing = self.find(name, **{f: doc[f] for f in unique})
        if existing is None:
            self.insert(name, doc)
        else:
            self.update(name, existing, doc)


class StateLock:
    """An exclusive ``flock`` on ``path`` (holding our pid) for the life of the process.

    The kernel drops it when the process dies, so a crash never leaves a stale lock.
    """

    def __init__(self, path: Path, *, wait: float = 0.0) -> None:
        self.path = path
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                    os.close(fd)
                    raise StoreError(
                        f"another cuikuan process holds {path} (pid {holder}); "
                        "stop it first, only one process may use the state at a time"
                    ) from None
                time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Unlock (the file stays: deleting lock files races). Idempotent."""
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
