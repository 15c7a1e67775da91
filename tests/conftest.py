"""Shared fixtures. The real-server fixtures live in tests/fixtures/ and are registered here."""

from __future__ import annotations

import pytest

pytest_plugins = ["tests.fixtures.smtp", "tests.fixtures.dovecot", "tests.fixtures.replies"]

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
