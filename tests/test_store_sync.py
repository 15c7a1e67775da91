"""A folder named by a batch is fsynced once, before the state write that commits the batch.

The inbox archives a chunk's messages (each file fsynced, its folder not) and records them
in one batch: their folders must be durable before that commit, but once per commit, not
once per file (``Store.sync_before_commit``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from daemon.storage import store as store_module
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

    monkeypatch.setattr(store_module, "fsync_dir", lambda folder: seen.append(folder.name))
    monkeypatch.setattr(BatchingMiddleware, "_write_through", writing)
    return seen


def test_folders_are_fsynced_once_each_before_the_batch_is_written(
    tmp_path: Path, order: list[Any]
) -> None:
    with Store(tmp_path / "state.json") as store:
        order.clear()
        with store.batch(all_or_nothing=True):
            for name in ("a1", "b2", "a1"):
                store.sync_before_commit(tmp_path / name)
                store.add_event(NOW, "note", None, None, folder=name)
            assert order == []  # nothing durable inside the batch
        assert order == ["a1", "b2", "state write"]


def test_a_group_commit_inside_a_batch_syncs_first(tmp_path: Path, order: list[Any]) -> None:
    with Store(tmp_path / "state.json") as store:
        order.clear()
        with store.batch():
            store.sync_before_commit(tmp_path / "c3")
            store.mark_processed("<m@x>", NOW, "processed")
            store.commit()
            assert order == ["c3", "state write"]
            store.mark_processed("<n@x>", NOW, "processed")
        assert order == ["c3", "state write", "state write"]  # synced once


def test_outside_a_batch_the_folder_is_fsynced_at_once(tmp_path: Path, order: list[Any]) -> None:
    with Store(tmp_path / "state.json") as store:
        order.clear()
        store.sync_before_commit(tmp_path / "d4")
        assert order == ["d4"]


def test_a_discarded_batch_writes_nothing(tmp_path: Path, order: list[Any]) -> None:
    with Store(tmp_path / "state.json") as store:
        order.clear()
        with pytest.raises(RuntimeError), store.batch(all_or_nothing=True):
            store.sync_before_commit(tmp_path / "e5")
            store.mark_processed("<m@x>", NOW, "processed")
            raise RuntimeError("a bug while acting on a message")
        assert "state write" not in order
        assert not store.is_processed("<m@x>")
