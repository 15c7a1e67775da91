"""The installation's Message-ID key: a secret in ``data/``, made once, never in the config.

Why: our Message-IDs carry a keyed token (:mod:`daemon.domain.emails`) so that a forged
bounce quoting a guessed Message-ID changes nothing. The key is random, 32 bytes, kept as
64 hex digits in ``data/message-id.key`` (mode 0600). It is made the first time a writer
opens the state, atomically (written to a temp file, fsynced, then hard-linked into place,
which fails if another process made it first: both then use the one on disk), and never
rewritten. It is not in the YAML config, which is shared, versioned and shown by tools.

Losing it sends no email twice (sends are decided by their key, not their Message-ID); the
bounces of emails sent before a new key was made can no longer be verified and go to the
PM instead of counting.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from pathlib import Path

from daemon.errors import StoreError
from daemon.storage.atomic import fsync_dir, temp_path, write_all

log = logging.getLogger(__name__)

KEY_FILE = "message-id.key"
_KEY_BYTES = 32


def key_path(folder: Path) -> Path:
    """Where the key of the state in ``folder`` lives."""
    return Path(folder) / KEY_FILE


def load(folder: Path, *, create: bool) -> bytes:
    """The key kept in ``folder``; made now when missing and ``create`` (else b'').

    Raises :class:`StoreError` naming the file when it is unreadable or damaged: a new key
    is made only on purpose (delete the file), never silently.
    """
    path = key_path(folder)
    try:
        return _read(path)
    except FileNotFoundError:
        if not create:
            return b""
    _create(path)
    return _read(path)


def _read(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"{path}: cannot read the Message-ID key: {exc}") from exc
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != _KEY_BYTES:
        raise StoreError(
            f"{path} is damaged (expected {2 * _KEY_BYTES} hex digits). Restore it from a "
            "backup of the data folder; if it is lost, delete it and cuikuan makes a new one "
            "(bounces of emails sent before then are then passed to the PM, not counted)."
        )
    return key


def _create(path: Path) -> None:
    """Write a new random key to ``path`` unless one appears there first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = (secrets.token_hex(_KEY_BYTES) + "\n").encode("ascii")
    tmp = temp_path(path)
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        try:
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)  # fails if another process made the key first: keep theirs
        except FileExistsError:
            return
        log.info("made a new Message-ID key in %s", path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    fsync_dir(path.parent)
