"""The outgoing spool: the exact bytes of every email between "decided" and "sent".

An email is written here (atomically) before its intent is recorded and before the SMTP
transaction starts, and removed once it is marked sent. After a crash, a pending send is
retried with the very same bytes — same Message-ID, same Date — so a retry is
recognisable as the same email, by cuikuan and by the recipient's server alike.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
from pathlib import Path

from daemon.storage.atomic import atomic_write, fsync_dir, fsync_files, write_temp

log = logging.getLogger(__name__)


class Spool:
    """A folder of ``<hash>.eml`` files keyed by Message-ID."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        for stale in self.folder.glob("*.tmp*"):
            stale.unlink(missing_ok=True)
        self._unsynced: list[Path] = []

    def path(self, message_id: str) -> Path:
        """Where ``message_id``'s bytes are (the archive links its sent copy to it)."""
        digest = hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:40]
        return self.folder / f"{digest}.eml"

    def put(self, message_id: str, raw: bytes, *, sync: bool = True) -> None:
        """Write ``raw`` durably: temp file, fsync, rename, fsync the folder.

        ``sync=False`` (a group of emails): the file gets its name now but is durable only
        once :meth:`sync` returns, which the group calls before committing their intents.
        """
        path = self.path(message_id)
        if sync:
            atomic_write(path, raw)
            return
        tmp = write_temp(path, raw)
        try:
            os.replace(tmp, path)  # a new inode: a sent copy linked to the old one stays
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        self._unsynced.append(path)

    def sync(self) -> None:
        """Make the files put with ``sync=False`` durable, bytes and names.

        Their fsyncs run side by side: the file system commits them in a few journal
        transactions instead of one each (~4x faster under load). If one fails, those
        files are removed rather than left possibly torn: their intents then find no
        spool file and are marked failed, never sent with broken bytes.
        """
        paths, self._unsynced = self._unsynced, []
        try:
            fsync_files(paths)
        except OSError:
            for path in paths:
                path.unlink(missing_ok=True)
            raise
        fsync_dir(self.folder)

    def get(self, message_id: str) -> bytes | None:
        try:
            return self.path(message_id).read_bytes()
        except FileNotFoundError:
            return None

    def remove(self, message_id: str) -> None:
        self.path(message_id).unlink(missing_ok=True)

    def prune(self, keep: set[str]) -> int:
        """Delete spool files of emails no longer pending (a crash between "marked sent"
        and the removal leaves one behind); return how many went."""
        wanted = {self.path(mid).name for mid in keep}
        gone = 0
        for path in self.folder.glob("*.eml"):
            if path.name not in wanted:
                path.unlink(missing_ok=True)
                gone += 1
        if gone:
            log.info("removed %d leftover spool file(s) of emails already sent", gone)
        return gone
