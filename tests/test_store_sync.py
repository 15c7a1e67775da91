"""Steps that must land before a commit run once, just before the state write of the batch.

The inbox archives a chunk's messages and records them in one batch: their copies must be
durable before that commit, and are made so together, once per commit
(``Store.before_commit``, used by :mod:`daemon.inbox.copies`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from daemon.storage.middleware import BatchingMiddleware
from daemon.storage.store import Store

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
def order(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    seen: list[Any] = []
    write = BatchingMiddleware._write_through

    def writing(self: BatchingMiddleware, data: Any) -> None:
        seen.append("state write")
        write(self, data)

    monkeypatch.setattr(BatchingMiddleware, "_write_through", writing)
    return seen


def step(order: list[Any], name: str) -> Callable[[], None]:
    return lambda: order.append(name)


def test_each_step_runs_once_before_the_batch_is_written(tmp_path: Path, order: list[Any]) -> None:
    with Store(tmp_path / "state.json") as store:
        order.clear()
        a, b = step(order, "a"), step(order, "b")
        with store.batch(all_or_nothing=True):
            for name, s in (("a", a), ("b", b), ("a", a)):
                store.before_commit(s)
                store.add_event(NOW, "note", None, None, name=name)
            assert order == []  # nothing runs, nothing is written inside the batch
        assert order == ["a", "b", "state write"]


def test_a_group_commit_inside_a_batch_runs_them_first(tmp_path: Path, order: list[Any]) -> None:
    with Store(tmp_path / "state.json") as store:
        order.clear()
        with store.batch():
            store.before_commit(step(order, "c"))
            store.mark_processed("<m@x>", NOW, "processed")
            store.commit()
            assert order == ["c", "state write"]
            store.mark_processed("<n@x>", NOW, "processed")
        assert order == ["c", "state write", "state write"]  # once


def test_outside_a_batch_a_step_runs_at_once(tmp_path: Path, order: list[Any]) -> None:
    with Store(tmp_path / "state.json") as store:
        order.clear()
        store.before_commit(step(order, "d"))
        assert order == ["d"]


def test_a_discarded_batch_forgets_its_steps_and_writes_nothing(
    tmp_path: Path, order: list[Any]
) -> None:
    with Store(tmp_path / "state.json") as store:
        order.clear()
        with pytest.raises(RuntimeError), store.batch(all_or_nothing=True):
            store.before_commit(step(order, "e"))
            store.mark_processed("<m@x>", NOW, "processed")
            raise RuntimeError("a bug while acting on a message")
        assert order == []
        store.mark_processed("<n@x>", NOW, "processed")  # the next commit: no "e"
        assert order == ["state write"]
        assert not store.is_processed("<m@x>")


def test_a_step_that_fails_fails_the_commit(tmp_path: Path, order: list[Any]) -> None:
    def broken() -> None:
        raise OSError(5, "I/O error")

    with Store(tmp_path / "state.json") as store:
        order.clear()
        with pytest.raises(OSError), store.batch(all_or_nothing=True):
            store.before_commit(broken)
            store.mark_processed("<m@x>", NOW, "processed")
        assert order == []
        assert not store.is_processed("<m@x>")
