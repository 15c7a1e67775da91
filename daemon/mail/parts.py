"""MIME parts an email carries besides its text, HTML and attached files on disk.

Why: the pay-now QR codes are shown inside the HTML (``multipart/related``, referenced by
``cid:``), and the statement of account attaches a CSV made in memory. Both are plain
values here; :func:`daemon.mail.compose.compose_message` places them in the message.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class InlineImage:
    """An image the HTML part shows by ``cid:`` (``<img src="cid:{cid}">``)."""

    cid: str
    data: bytes
    subtype: str
    """``png`` or ``jpeg`` (image/<subtype>)."""
    caption: str


@dataclass(frozen=True)
class GeneratedFile:
    """An attachment made in memory (the statement's CSV): name, bytes, MIME type."""

    filename: str
    data: bytes
    mime_type: str


PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"
MAX_IMAGE_BYTES = 1_000_000
"""A collection code is a few kB; a bigger file is a photo sent by mistake."""


def image_subtype(data: bytes) -> str | None:
    """``png`` or ``jpeg`` from the file's first bytes; None for anything else."""
    if data.startswith(PNG_MAGIC):
        return "png"
    if data.startswith(JPEG_MAGIC):
        return "jpeg"
    return None


def image_problem(path: Path) -> str | None:
    """What is wrong with a collection QR image file (None: usable)."""
    if path.is_dir():
        return f"{path} is a folder, not an image file"
    if not path.is_file():
        return f"image file not found (looked for {path})"
    if path.stat().st_size > MAX_IMAGE_BYTES:
        return f"{path} is larger than 1 MB: export the QR code as a small PNG"
    with path.open("rb") as handle:
        head = handle.read(8)
    if image_subtype(head) is None:
        return f"{path} is not a PNG or JPEG image: export the QR code as PNG"
    return None
