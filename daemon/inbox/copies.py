"""A chunk's archive copies of inbound messages, made durable together before its commit.

Every inbound message is archived byte for byte (:class:`~daemon.outbox.archive.Archive`,
``received``) before the commit that records it. Written the careful way one by one (temp
file, fsync, rename, fsync of the folder), that was a fsync per message, one after the
other: the largest I/O cost of the inbox. The inbox acts on a chunk of messages in one
store batch (:mod:`daemon.inbox.processor`), so the copies of a chunk are made durable
together instead:

1. :meth:`ReceivedCopies.put` writes a copy to a temp file beside its name (no fsync);
2. just before the store writes the batch (``Store.before_commit``), :meth:`settle` fsyncs
   every waiting temp file side by side (:func:`~daemon.storage.atomic.fsync_files`: the
   file system commits them in a few journal transactions), renames each to its name,
   then fsyncs their folders; only then is the commit written.

A name never points at bytes that are not durable: a crash before the renames leaves temp
files only, and the messages unprocessed (read and archived again on the next pass); a
copy that has its name is whole, so ``Archive.put``'s "keep the first copy" stays right.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from daemon.outbox.archive import Archive
from daemon.storage.atomic import fsync_dir, fsync_files, write_temp
from daemon.storage.store import Store


class ReceivedCopies:
    """The archive copies of the messages of the chunk being acted on (see module doc)."""

    def __init__(self, archive: Archive, store: Store) -> None:
        self.archive = archive
        self.store = store
        self._waiting: dict[Path, Path] = {}
        """Final path -> the temp file holding its bytes until :meth:`settle`."""

    def put(self, message_id: str, raw: bytes) -> None:
        """Keep ``raw`` as ``message_id``'s copy, durable with the next commit; an existing
        copy is kept. Raises OSError (nothing is left behind then)."""
        final = self.archive.path("received", message_id)
        if final in self._waiting or final.exists():
            return
        final.parent.mkdir(parents=True, exist_ok=True)
        self._waiting[final] = write_temp(final, raw)
        self.store.before_commit(self.settle)

    def get(self, message_id: str) -> bytes | None:
        """``message_id``'s copy, also one still waiting for the commit."""
        tmp = self._waiting.get(self.archive.path("received", message_id))
        if tmp is not None:
            return tmp.read_bytes()
        return self.archive.get("received", message_id)

    def settle(self) -> None:
        """fsync the waiting copies side by side, give them their names, fsync the folders.

        Raises OSError (the commit then fails): the copies are dropped, never named while
        their bytes may not be on disk.
        """
        waiting, self._waiting = self._waiting, {}
        try:
            fsync_files(list(waiting.values()))
            for final, tmp in waiting.items():
                os.replace(tmp, final)
        except OSError:
            _remove(waiting.values())
            raise
        for folder in sorted({final.parent for final in waiting}):
            fsync_dir(folder)

    def drop(self) -> None:
        """Forget the waiting copies (their chunk was not committed) and their temp files."""
        waiting, self._waiting = self._waiting, {}
        _remove(waiting.values())


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()
