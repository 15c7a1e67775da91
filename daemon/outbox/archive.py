"""Every email sent and received, byte for byte: the record behind history and evidence.

Mail servers forget (a PM empties the Sent folder, a mailbox is migrated); the archive
does not. Files are written atomically, named by a hash of the Message-ID, and never
rewritten, so a file's SHA-256 stays valid for an evidence manifest.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Literal

from daemon.storage.atomic import atomic_write, fsync_dir

Direction = Literal["sent", "received"]


class Archive:
    """``<root>/<direction>/<hh>/<hash>.eml``, one file per Message-ID."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, direction: Direction, message_id: str) -> Path:
        digest = hashlib.sha256(message_id.strip().encode("utf-8", "replace")).hexdigest()[:40]
        return self.root / direction / digest[:2] / f"{digest}.eml"

    def put(
        self, direction: Direction, message_id: str, raw: bytes, *, sync_dir: bool = True
    ) -> Path:
        """Store ``raw`` once; a second put of the same Message-ID keeps the first copy.

        The file's bytes are always fsynced before it gets its name; ``sync_dir=False``
        leaves the fsync of its folder to the caller (a group of emails syncs each folder
        once, before their sent marks are committed).
        """
        final = self.path(direction, message_id)
        if final.exists():
            return final
        final.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(final, raw, sync_dir=sync_dir)
        return final

    def keep_sent(self, message_id: str, spooled: Path, raw: bytes, *, sync: bool = True) -> Path:
        """Store the email ``message_id`` the server just accepted: a hard link to its
        spool file ``spooled`` (whose bytes were fsynced before its intent was recorded),
        so its bytes are not written a second time; a copy of ``raw`` where the file
        system has no hard links. A Message-ID stored before keeps its first copy.

        The folder is fsynced before this returns (``sync=False``: by the caller, of the
        returned path's folder): from then on the sent copy is a durable record that
        ``message_id`` went out (:meth:`has_sent`), which lets the outbox commit sent
        marks in groups (:mod:`daemon.outbox.group`).
        """
        final = self.path("sent", message_id)
        try:
            try:
                os.link(spooled, final)
            except FileNotFoundError:
                if not spooled.exists():
                    raise
                final.parent.mkdir(parents=True, exist_ok=True)  # its first email
                os.link(spooled, final)
        except FileExistsError:
            return final  # kept before: the first copy stays
        except OSError:  # no hard links here, or the spool file is gone: write a copy
            if final.exists():
                return final
            final.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(final, raw, sync_dir=False)
        if sync:
            fsync_dir(final.parent)
        return final

    def has_sent(self, message_id: str) -> bool:
        """Whether a sent copy of ``message_id`` is stored: it went out (only an email the
        server accepted is stored as sent)."""
        return self.path("sent", message_id).is_file()

    def get(self, direction: Direction, message_id: str) -> bytes | None:
        try:
            return self.path(direction, message_id).read_bytes()
        except FileNotFoundError:
            return None
