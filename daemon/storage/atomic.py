"""Durable file writes: every byte written or an error, never a half-file counted as done.

Why one module: a full disk makes ``write(2)`` return fewer bytes than asked (or fail with
ENOSPC), and code that writes once and moves on records a torn file as durable. Every
file cuikuan keeps (state, journal, spool, archive, reports, evidence packs) goes through
these helpers::

    atomic_write(path, blob)          # temp file, fsync, rename, fsync the folder
    with atomic_file(path) as fh: ...  # the same, streamed (big files)
    append_durably(path, line, size)  # O_APPEND, fsync; rolled back to ``size`` on failure
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

logger = logging.getLogger(__name__)


def disk_hint(exc: OSError) -> str:
    """`` (disk full?)`` for the errors a full disk or quota gives, else ``''``."""
    return " (disk full?)" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else ""


def disk_full(exc: BaseException | None) -> bool:
    """Whether ``exc``, or an error it was raised from or while handling, is a full disk or
    quota (a :class:`StoreError` wraps the OSError of the write that did not fit)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd``; raise OSError if that cannot be done.

    ``os.write`` may write fewer bytes than asked (a full disk, a signal); a short write
    is continued, and a write that makes no progress is an ENOSPC error.
    """
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        if written <= 0:
            raise OSError(errno.ENOSPC, "no progress writing (disk full?)")
        view = view[written:]


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in ``folder`` durable (best effort where refused)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError as exc:
        logger.debug("cannot open %s to fsync it: %s", folder, exc)
        return
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems refuse fsync on a directory
        logger.debug("fsync of folder %s failed: %s", folder, exc)
    finally:
        os.close(fd)


FSYNC_THREADS = 8
"""fsyncs in flight at once in :func:`fsync_files`."""


def fsync_files(paths: Sequence[Path]) -> None:
    """fsync every file of ``paths`` (written, not yet fsynced), side by side.

    One after the other each fsync waits for a journal commit of its own; in flight
    together the file system commits them in a few (~4x faster under load). Raises the
    first OSError.
    """
    if len(paths) <= 1:
        for path in paths:
            _fsync_file(path)
        return
    from concurrent.futures import ThreadPoolExecutor  # only writers of groups need it

    with ThreadPoolExecutor(min(FSYNC_THREADS, len(paths)), thread_name_prefix="fsync") as pool:
        for _ in pool.map(_fsync_file, paths):  # raises the first failure
            pass


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path(path: Path) -> Path:
    """The temp file beside ``path`` that :func:`atomic_write` uses (per process)."""
    return path.with_name(f"{path.name}.tmp-{os.getpid()}")


def write_temp(path: Path, data: bytes, mode: int = 0o644) -> Path:
    """``data`` in the temp file beside ``path`` (:func:`temp_path`), NOT fsynced: for a
    group of files made durable together later (:func:`fsync_files`). Returns the temp
    file; on any error it is removed and the OSError raised."""
    tmp = temp_path(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            write_all(fd, data)
        finally:
            os.close(fd)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def atomic_write(
    path: Path,
    data: bytes,
    *,
    keep_previous: Path | None = None,
    sync_dir: bool = True,
    mode: int = 0o644,
) -> None:
    """Replace ``path`` with ``data`` atomically and durably.

    At every instant ``path`` is the complete old or the complete new content. On any
    error the temp file is removed, ``path`` is unchanged, and the OSError is raised.
    ``keep_previous``: once the new content is safely on disk, the old ``path`` becomes
    that file (a hard link), so the generation before is kept.
    """
    tmp = temp_path(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        try:
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if keep_previous is not None and path.exists():
            link_or_copy(path, keep_previous)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if sync_dir:
        fsync_dir(path.parent)


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A file to write ``path`` through, streamed: replaced atomically when the block ends.

    For content too big to hold in memory (evidence packs). The buffered file object
    continues short writes itself; an error (or an exception in the block) leaves
    ``path`` unchanged.
    """
    tmp = temp_path(path)
    try:
        with open(tmp, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def link_or_copy(source: Path, target: Path) -> None:
    """Atomically make ``target`` a copy of ``source`` (a hard link when possible)."""
    staging = temp_path(target)
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        os.link(source, staging)
    except OSError:  # a file system without hard links: copy instead
        shutil.copyfile(source, staging)
        with open(staging, "rb") as fh:
            os.fsync(fh.fileno())
    os.replace(staging, target)


def append_durably(fd: int, data: bytes) -> int:
    """Append ``data`` to the file open as ``fd`` (O_APPEND) and fsync it; return the new size.

    On failure the file is cut back to its size before the call, so no partial record
    stays behind, and the OSError is raised. If even that fails, the error says so (the
    caller must then stop appending: the file has a torn tail).
    """
    before = os.fstat(fd).st_size
    try:
        write_all(fd, data)
        os.fsync(fd)
    except OSError as exc:
        try:
            os.ftruncate(fd, before)
            os.fsync(fd)
        except OSError as undo:
            raise TornAppendError(before, exc, undo) from exc
        raise
    return before + len(data)


class TornAppendError(OSError):
    """An append failed and could not be rolled back: the file has a partial tail."""

    def __init__(self, size: int, cause: OSError, undo: OSError) -> None:
        super().__init__(cause.errno, f"{cause.strerror}; rollback to {size} bytes failed: {undo}")
        self.size = size
