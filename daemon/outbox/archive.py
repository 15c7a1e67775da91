"""Every email sent and received, byte for byte: the record behind history and evidence.

Mail servers forget (a PM empties the Sent folder, a mailbox is migrated); the archive
does not. Files are written atomically, named by a hash of the Message-ID, and never
rewritten, so a file's SHA-256 stays valid for an evidence manifest.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from daemon.storage.atomic import atomic_write

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

    def get(self, direction: Direction, message_id: str) -> bytes | None:
        try:
            return self.path(direction, message_id).read_bytes()
        except FileNotFoundError:
            return None
