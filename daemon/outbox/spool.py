"""The outgoing spool: the exact bytes of every email between "decided" and "sent".

An email is written here (atomically) before its intent is recorded and before the SMTP
transaction starts, and removed once it is marked sent. After a crash, a pending send is
retried with the very same bytes — same Message-ID, same Date — so a retry is
recognisable as the same email, by cuikuan and by the recipient's server alike.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from daemon.storage.atomic import atomic_write, fsync_dir

log = logging.getLogger(__name__)


class Spool:
    """A folder of ``<hash>.eml`` files keyed by Message-ID."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        for stale in self.folder.glob("*.tmp*"):
            stale.unlink(missing_ok=True)

    def _path(self, message_id: str) -> Path:
        digest = hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:40]
        return self.folder / f"{digest}.eml"

    def put(self, message_id: str, raw: bytes, *, sync_dir: bool = True) -> None:
        """Write ``raw`` durably: temp file, fsync, rename, fsync the folder.

        ``sync_dir=False`` (a group of emails): the folder is fsynced once for the whole
        group by :meth:`sync`, before their intents are committed.
        """
        atomic_write(self._path(message_id), raw, sync_dir=sync_dir)

    def sync(self) -> None:
        """Make the names of the files put with ``sync_dir=False`` durable."""
        fsync_dir(self.folder)

    def get(self, message_id: str) -> bytes | None:
        try:
            return self._path(message_id).read_bytes()
        except FileNotFoundError:
            return None

    def remove(self, message_id: str) -> None:
        self._path(message_id).unlink(missing_ok=True)

    def prune(self, keep: set[str]) -> int:
        """Delete spool files of emails no longer pending (a crash between "marked sent"
        and the removal leaves one behind); return how many went."""
        wanted = {self._path(mid).name for mid in keep}
        gone = 0
        for path in self.folder.glob("*.eml"):
            if path.name not in wanted:
                path.unlink(missing_ok=True)
                gone += 1
        if gone:
            log.info("removed %d leftover spool file(s) of emails already sent", gone)
        return gone
