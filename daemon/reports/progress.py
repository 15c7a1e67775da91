"""Progress on a terminal, silence in a pipe.

Commands that walk many contracts (report, evidence) tell a human watching a terminal how
far they got, on stderr, and say nothing when stderr is a file or a pipe (cron, scripts).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO


def terminal_progress(
    label: str, stream: TextIO | None = None
) -> Callable[[int, int], None] | None:
    """A ``progress(done, total)`` writing ``label done/total`` in place; None if not a tty."""
    out = stream if stream is not None else sys.stderr
    if not out.isatty():
        return None

    def progress(done: int, total: int) -> None:
        out.write(f"\r{label} {done}/{total}")
        if done >= total:
            out.write("\n")
        out.flush()

    return progress
