"""Shared fixtures. The real-server fixtures live in tests/fixtures/ and are registered here."""

from __future__ import annotations

import os
import sys

import pytest

pytest_plugins = ["tests.fixtures.smtp", "tests.fixtures.dovecot", "tests.fixtures.replies"]


def pytest_configure(config: pytest.Config) -> None:
    """Let the run's processes keep bytecode even where ``PYTHONDONTWRITEBYTECODE`` is set.

    Why: with it set, every xdist worker compiled every module it imports and rewrote the
    asserts of every test module from source, on every run (~4.5 s of CPU per worker, of
    ~7.4 s of collection; ~2.9 s with bytecode), and so did each ``cuikuan`` child a test
    starts (and each compiled the reply rules again, ``daemon/inbox/regex_cache.py``).
    Unset here, in the main process before the workers start, so the workers and the
    children inherit it: Python and pytest write their ``__pycache__`` beside the sources
    (ignored by git), as on a machine without the variable, and a module compiled by one
    process is read by the others. Restored when the run ends.
    """
    value = os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    if value is None:
        return
    before = sys.dont_write_bytecode
    sys.dont_write_bytecode = False

    def restore() -> None:
        os.environ["PYTHONDONTWRITEBYTECODE"] = value
        sys.dont_write_bytecode = before

    config.add_cleanup(restore)


SHARED_FIRST = ("reply_corpus", "parse_reply")
"""Per-process fixtures whose tests run first, in one block (``pytest_collection_modifyitems``)."""


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the tests that share an expensive per-process fixture first, in one block.

    Why: xdist's ``load`` mode hands each worker a block of consecutive tests, starting with
    the first quarter of the collection. With the whole-corpus tests (~7 s of CPU together)
    at the head of the list they all land on the first worker, which reads the corpus once
    for all of them, and they no longer finish alone at the end of the run while the other
    workers wait. The order inside each group and of the rest is the collection's own.
    """
    first = [i for i in items if any(f in getattr(i, "fixturenames", ()) for f in SHARED_FIRST)]
    if first:
        chosen = set(map(id, first))
        items[:] = first + [i for i in items if id(i) not in chosen]
