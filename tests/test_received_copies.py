"""A chunk's archive copies of inbound messages: durable together, named only once durable."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from daemon.inbox import copies as copies_module
from daemon.inbox.copies import ReceivedCopies
from daemon.outbox.archive import Archive
from daemon.storage import atomic
from daemon.storage.store import Store

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with Store(tmp_path / "data" / "state.json") as opened:
        yield opened


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path / "archive")


def temps(archive: Archive) -> list[Path]:
    return sorted(p for p in archive.root.rglob("*") if ".tmp-" in p.name)


def test_copies_get_their_names_with_the_commit(store: Store, archive: Archive) -> None:
    copies = ReceivedCopies(archive, store)
    with store.batch(all_or_nothing=True):
        copies.put("<a@x>", b"first")
        copies.put("<b@x>", b"second")
        copies.put("<a@x>", b"again")  # the same Message-ID twice in a chunk: one copy
        assert archive.get("received", "<a@x>") is None  # not named before the commit
        assert len(temps(archive)) == 2
        assert copies.get("<a@x>") == b"first"  # but readable by the inbox meanwhile
    assert archive.get("received", "<a@x>") == b"first"
    assert archive.get("received", "<b@x>") == b"second"
    assert temps(archive) == []
    with store.batch():
        copies.put("<a@x>", b"changed")  # an archived copy is never rewritten
    assert archive.get("received", "<a@x>") == b"first"


def test_bytes_are_fsynced_before_the_names_and_the_folders_after(
    store: Store, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[tuple[str, Any]] = []
    monkeypatch.setattr(copies_module, "fsync_files", lambda ps: order.append(("files", len(ps))))
    monkeypatch.setattr(copies_module, "fsync_dir", lambda f: order.append(("folder", f.name)))
    replace = os.replace
    monkeypatch.setattr(os, "replace", lambda a, b: (order.append(("name", 1)), replace(a, b)))
    copies = ReceivedCopies(archive, store)
    with store.batch():
        for n in range(3):
            copies.put(f"<m{n}@x>", b"raw")
    folders = sorted({archive.path("received", f"<m{n}@x>").parent.name for n in range(3)})
    assert order[0] == ("files", 3)
    assert order[1:4] == [("name", 1)] * 3
    assert order[4:] == [("folder", name) for name in folders]


def test_fsync_files_fsyncs_every_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [tmp_path / f"f{n}" for n in range(20)]
    for path in paths:
        path.write_bytes(b"x")
    synced: list[int] = []
    fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), fsync(fd)))
    atomic.fsync_files(paths)
    assert len(synced) == len(paths)


def test_a_failed_fsync_names_nothing_and_fails_the_commit(
    store: Store, archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(paths: Any) -> None:
        raise OSError(5, "I/O error")

    monkeypatch.setattr(copies_module, "fsync_files", broken)
    copies = ReceivedCopies(archive, store)
    with pytest.raises(OSError), store.batch(all_or_nothing=True):
        copies.put("<a@x>", b"raw")
        store.mark_processed("<a@x>", NOW, "processed")
    assert archive.get("received", "<a@x>") is None
    assert temps(archive) == []
    assert not store.is_processed("<a@x>")


def test_drop_forgets_the_copies_of_a_chunk_not_committed(store: Store, archive: Archive) -> None:
    copies = ReceivedCopies(archive, store)
    with pytest.raises(RuntimeError), store.batch(all_or_nothing=True):
        copies.put("<a@x>", b"raw")
        raise RuntimeError("a bug")
    copies.drop()
    assert temps(archive) == []
    with store.batch():
        store.mark_processed("<b@x>", NOW, "processed")
    assert archive.get("received", "<a@x>") is None
