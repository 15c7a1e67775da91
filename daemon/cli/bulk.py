"""For commands that read a whole state at once, print, and exit (``status``, ``report``).

They build hundreds of thousands of objects (the config's models, the history's events,
one row per milestone) that all stay alive until the command prints. With Python's default
thresholds the cyclic garbage collector scans that growing heap again and again: ~30% of
the CPU of ``status`` at 10,000 contracts (bench/status_scale.py), finding nothing to free.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_THRESHOLDS = (100_000, 50, 1000)
"""Collect after 100,000 new container objects (default 700): still bounded, far rarer."""


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cyclic collector far less often inside the block (reference counting still
    frees everything as usual); the previous thresholds come back after it."""
    before = gc.get_threshold()
    gc.set_threshold(*_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*before)
