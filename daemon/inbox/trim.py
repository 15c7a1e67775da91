"""Big mail, made small before parsing: attachment bodies are not what the classifier reads.

Issue 10 point 5: the stdlib parser holds several copies of every MIME part, so a reply
with a 25 MB scan cost ~270 MB to parse. The classifier needs headers, text parts and
attachment names only, so long base64 runs (attachment bodies) are cut first.
"""

from __future__ import annotations

import re

_BASE64_LINE = re.compile(rb"[A-Za-z0-9+/]{40,}={0,2}\r?\n")
BASE64_KEEP_LINES = 4000
"""Base64 lines kept of each run in big mail: ~228 KB decoded, more than the 200,000
characters of text that parse keeps, so a base64 text part loses nothing it would keep."""


def cut_attachment_bodies(raw: bytes, above: int) -> bytes:
    """``raw`` with every base64 run cut after its first lines, if over ``above`` bytes.

    The classifier reads text, names and headers, never attachment bytes, and the stdlib
    parser holds several copies of every part (a 25 MB scan cost ~270 MB). Cutting at a
    line boundary keeps valid base64 (76-char lines). A line scan, not one regex over the
    run: the regex engine keeps backtracking state for every repetition.
    """
    if len(raw) <= above:
        return raw
    kept: list[bytes] = []
    run = pos = 0
    size = len(raw)
    while pos < size:
        end = raw.find(b"\n", pos)
        end = size if end < 0 else end + 1
        run = run + 1 if _BASE64_LINE.fullmatch(raw, pos, end) else 0
        if run <= BASE64_KEEP_LINES:
            kept.append(raw[pos:end])
        pos = end
    return b"".join(kept)
