"""Opening the store reads only the history after its index checkpoint (issue 9, point 6).

The checkpoint (``<state>.history.index``) is an optimisation that must never change an
answer: one that does not fit the log (stale, damaged, from another log, a cut log) is
ignored and the indexes are built from the whole log again.
"""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from daemon.storage import history_index
from daemon.storage.damage import DamagedStateError
from daemon.storage.history import log_path
from daemon.storage.history_log import Commit, HistoryLog, index_path
from daemon.storage.store import Store

T0 = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "state.json"


@pytest.fixture
def offsets(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The byte offsets the history log is read from (every read of the log)."""
    seen: list[int] = []
    real = HistoryLog.read_from

    def spy(self: HistoryLog, offset: int = 0, expect: int = 1) -> Iterator[Commit]:
        seen.append(offset)
        return real(self, offset, expect)

    monkeypatch.setattr(HistoryLog, "read_from", spy)
    return seen


def commit(store: Store, first: int, count: int) -> None:
    """``count`` commits, each marking one inbound message processed."""
    for i in range(first, first + count):
        store.mark_processed(f"<m{i}@x>", T0, "done")


def assert_indexes(store: Store, count: int) -> None:
    assert all(store.is_processed(f"<m{i}@x>") for i in range(count))
    assert not store.is_processed(f"<m{count}@x>")
    assert store.reviewed_contracts() == {"C1"}


def test_opening_reads_only_the_history_after_the_checkpoint(
    path: Path, offsets: list[int]
) -> None:
    with Store(path) as store:
        commit(store, 0, 40)
        store.add_event(T0, "review", "C1")
    size = log_path(path).stat().st_size
    offsets.clear()
    with Store(path) as store:
        assert offsets == [size]  # nothing before the checkpoint is read
        assert_indexes(store, 40)


def test_a_daemon_killed_without_closing_reads_only_what_came_after(
    path: Path, offsets: list[int]
) -> None:
    with Store(path) as store:
        store.add_event(T0, "review", "C1")
        commit(store, 0, 20)
    checkpointed = log_path(path).stat().st_size
    store = Store(path)
    commit(store, 20, 20)
    store._lock.release()  # type: ignore[union-attr]  # killed: no close, no new checkpoint
    offsets.clear()
    with Store(path) as store:
        assert offsets == [checkpointed]
        assert_indexes(store, 40)


def _garbage(index: Path) -> None:
    index.write_bytes(b"\x00\xff not json")


def _id_dropped(index: Path) -> None:
    header, body = index.read_bytes().split(b"\n", 1)
    ids = json.loads(body)
    ids.remove("<m3@x>")  # a damaged index that still parses
    index.write_bytes(header + b"\n" + json.dumps(ids).encode())


def _empty(index: Path) -> None:
    index.write_bytes(b"")


def _wrong_offset(index: Path) -> None:
    header, body = index.read_bytes().split(b"\n", 1)
    fields = json.loads(header)
    fields["size"] -= 1  # a header that parses and whose body is intact
    index.write_bytes(json.dumps(fields).encode() + b"\n" + body)


@pytest.mark.parametrize("damage", [_garbage, _id_dropped, _empty, _wrong_offset])
def test_a_damaged_checkpoint_is_rebuilt_never_trusted(
    path: Path, offsets: list[int], caplog: pytest.LogCaptureFixture, damage: object
) -> None:
    with Store(path) as store:
        store.add_event(T0, "review", "C1")
        commit(store, 0, 10)
    damage(index_path(log_path(path)))  # type: ignore[operator]
    offsets.clear()
    with caplog.at_level(logging.WARNING), Store(path) as store:
        assert offsets == [0]  # the whole log, once
        assert_indexes(store, 10)
    assert "ignoring the history index" in caplog.text
    assert history_index.load(log_path(path)) is not None  # written anew


def test_the_checkpoint_of_another_log_is_not_used(tmp_path: Path, offsets: list[int]) -> None:
    mine, other = tmp_path / "a" / "state.json", tmp_path / "b" / "state.json"
    with Store(other) as store:
        commit(store, 100, 10)
        store.add_event(T0, "review", "C9")
    with Store(mine) as store:
        store.add_event(T0, "review", "C1")
        commit(store, 0, 10)
    shutil.copy(index_path(log_path(other)), index_path(log_path(mine)))
    offsets.clear()
    with Store(mine) as store:
        assert offsets == [0]
        assert_indexes(store, 10)
        assert not store.is_processed("<m100@x>")


def test_a_log_cut_below_the_checkpoint_is_damage_not_a_shorter_history(path: Path) -> None:
    with Store(path) as store:
        store.add_event(T0, "review", "C1")
        commit(store, 0, 10)
    log = log_path(path)
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(b"".join(lines[:5]))
    with pytest.raises(DamagedStateError, match="history is missing"):
        Store(path)


def test_a_log_rewritten_whole_drops_its_checkpoint(path: Path) -> None:
    with Store(path) as store:
        commit(store, 0, 3)
    assert index_path(log_path(path)).exists()
    HistoryLog(log_path(path), path).reset([(1, [{"type": "processed", "message_id": "<z>"}])])
    assert not index_path(log_path(path)).exists()


def test_the_message_ids_are_read_on_first_use_and_from_the_log_if_unreadable(
    path: Path, offsets: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(path) as store:
        store.add_event(T0, "review", "C1")
        commit(store, 0, 10)
    size = log_path(path).stat().st_size
    parsed: list[int] = []

    def unreadable(self: history_index.Checkpoint) -> set[str]:
        parsed.append(self.size)
        raise ValueError("not a list of Message-IDs")

    monkeypatch.setattr(history_index.Checkpoint, "processed", unreadable)
    offsets.clear()
    with Store(path) as store:
        assert parsed == [] and offsets == [size]  # opening parsed none of them
        assert_indexes(store, 10)  # first use: parsed, found unreadable, read from the log
        assert parsed == [size] and offsets == [size, 0]
