"""A file's bytes behind a checksum: a shortcut file that is torn or damaged is ignored.

For files that only save work (the status and report summaries, the parse cache of the
config): reading one that a crash tore or the disk damaged must send the reader the long
way, never hand it a wrong value that still parses (a digit changed in an amount). The
layout is ``magic + SHA-256(body) + body``; the magic names the file's kind and format.
"""

from __future__ import annotations

import hashlib

_DIGEST = hashlib.sha256().digest_size


def seal(magic: bytes, body: bytes) -> bytes:
    """``body`` as a file: its kind, its checksum, itself."""
    return magic + hashlib.sha256(body).digest() + body


def unseal(magic: bytes, blob: bytes) -> bytes | None:
    """The body of a file :func:`seal` made; None when it is of another kind or format,
    torn or damaged."""
    head = len(magic) + _DIGEST
    if not blob.startswith(magic) or len(blob) < head:
        return None
    body = blob[head:]
    if hashlib.sha256(body).digest() != blob[len(magic) : head]:
        return None
    return body
