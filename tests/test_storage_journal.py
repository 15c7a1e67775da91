"""The state journal: big state files are not rewritten for every change.

Above ``JOURNAL_MIN_BYTES`` a commit of known documents is appended to
``state.json.journal`` (one fsynced line per commit) instead of rewriting the whole file;
readers replay it; a torn last line is ignored; a journal left beside a newer file is
ignored; the file is rewritten when the journal grows past a quarter of it, and on close.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tinydb import TinyDB

from daemon.domain.state import MilestoneState, SendKey
from daemon.storage import json_storage as storage
from daemon.storage.damage import DamagedStateError
from daemon.storage.json_storage import AtomicJSONStorage
from daemon.storage.store import SCHEMA_VERSION, Store

T0 = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def small_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage, "JOURNAL_MIN_BYTES", 2000)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "state.json"


def big_store(path: Path, events: int = 50) -> Store:
    store = Store(path)
    with store.batch():
        for n in range(events):
            store.add_event(T0, "history", "C1", "m1", n=n, text="x" * 40)
    assert path.stat().st_size > 2000
    return store


def journal(path: Path) -> Path:
    return path.with_name(path.name + ".journal")


def test_changes_go_to_the_journal_and_readers_see_them(path: Path) -> None:
    store = big_store(path)
    before = path.read_bytes()
    store.add_event(T0, "one")
    store.set_milestone("C1", "m1", MilestoneState(status="disputed"), T0, "reply")
    assert path.read_bytes() == before  # the big file was not rewritten
    lines = journal(path).read_bytes().splitlines()
    assert len(lines) == 3  # header + one line per commit
    with Store(path, read_only=True) as reader:
        assert [e["kind"] for e in reader.events()][-2:] == ["one", "state_change"]
        assert reader.get_milestone("C1", "m1").status == "disputed"
    store.close()


def test_close_leaves_one_whole_file(path: Path) -> None:
    store = big_store(path)
    store.add_event(T0, "last")
    store.close()
    assert not journal(path).exists()
    meta = TinyDB(path, storage=AtomicJSONStorage).table("meta")
    assert [d["value"]["seq"] for d in meta if d["key"] == "history"] == [2]
    with Store(path, read_only=True) as reader:
        kinds = [e["kind"] for e in reader.events()]
    assert kinds[-1] == "last" and len(kinds) == 51


def test_writer_reopened_after_a_crash_sees_the_journal(path: Path) -> None:
    store = big_store(path)
    store.add_event(T0, "kept")
    store._lock.release()  # a crash: no close, the journal stays  # type: ignore[union-attr]
    with Store(path) as again:
        assert again.events()[-1]["kind"] == "kept"
        again.add_event(T0, "more")
    with Store(path, read_only=True) as reader:
        assert [e["kind"] for e in reader.events()][-2:] == ["kept", "more"]


def test_a_torn_last_line_is_ignored_and_cut_off(path: Path) -> None:
    store = big_store(path)
    store.add_event(T0, "whole")
    store._lock.release()  # type: ignore[union-attr]
    with open(journal(path), "ab") as fh:
        fh.write(b'[["events","999",{"kind":"to')  # a crash mid-append
    with Store(path, read_only=True) as reader:
        assert reader.events()[-1]["kind"] == "whole"
    with Store(path) as writer:
        writer.add_event(T0, "after")
        assert b"999" not in journal(path).read_bytes()
    with Store(path, read_only=True) as reader:
        assert [e["kind"] for e in reader.events()][-2:] == ["whole", "after"]


def test_a_journal_from_an_older_file_is_ignored(path: Path) -> None:
    store = big_store(path)
    store.add_event(T0, "in journal")
    stale = journal(path).read_bytes()
    store.close()  # rewrites the file: the journal is folded in and removed
    store = Store(path)
    store._lock.release()  # type: ignore[union-attr]
    journal(path).write_bytes(stale + b'[["events","77",{"kind":"ghost"}]]\n')
    with Store(path, read_only=True) as reader:
        assert "ghost" not in [e["kind"] for e in reader.events()]
    with Store(path) as writer:
        assert not journal(path).exists()
        assert "ghost" not in [e["kind"] for e in writer.events()]


def test_the_file_is_rewritten_when_the_journal_grows(path: Path) -> None:
    store = big_store(path, events=20)
    size = path.stat().st_size
    for n in range(200):
        store.record_pending(SendKey("C1", f"m{n}", "notice", 0), f"<{n}@x>", T0, ["y" * 40])
        assert journal(path).exists() is False or journal(path).stat().st_size <= (
            path.stat().st_size // storage.JOURNAL_RATIO + 400
        )
    assert path.stat().st_size > size * 2  # rewritten along the way
    with Store(path, read_only=True) as reader:
        assert len(reader.snapshot().sends) == 200 and len(reader.events()) == 20
    store.close()


def test_a_discarded_batch_appends_nothing(path: Path) -> None:
    store = big_store(path)
    store.add_event(T0, "kept")
    before = journal(path).read_bytes()
    with pytest.raises(RuntimeError), store.batch(all_or_nothing=True):
        store.add_event(T0, "dropped")
        raise RuntimeError
    assert journal(path).read_bytes() == before
    assert [e["kind"] for e in store.events()][-1] == "kept"
    store.close()


def test_a_tinydb_write_rewrites_the_whole_file(path: Path) -> None:
    store = big_store(path)
    store.add_event(T0, "journalled")
    assert journal(path).exists()

    def migration(db: TinyDB) -> None:
        db.table("contracts").insert({"id": "migrated", "first_seen": T0.isoformat()})

    store.migrate(target=SCHEMA_VERSION + 1, migrations={SCHEMA_VERSION: migration})
    assert not journal(path).exists()
    assert [doc["id"] for doc in json.loads(path.read_text())["contracts"].values()] == ["migrated"]
    assert store.events()[-1]["kind"] == "journalled"
    store.close()


def test_snapshots_follow_updates_in_place(path: Path) -> None:
    """The snapshot reuses converted documents; an update must still show."""
    store = big_store(path)
    key = SendKey("C1", "m1", "reminder", 1)
    store.record_pending(key, "<a@x>", T0, ["c@x"])
    assert store.snapshot().sends[key].status == "pending"
    store.mark_sent("<a@x>", T0)
    assert store.snapshot().sends[key].status == "sent"
    store.close()
    with Store(path, read_only=True) as reader:
        assert reader.snapshot().sends[key].status == "sent"


def test_a_copied_state_keeps_its_journal(tmp_path: Path) -> None:
    """A backup restored with tar/rsync (new inode, new mtime) still replays the journal:
    the journal names its base by content, not by inode."""
    src = tmp_path / "a" / "state.json"
    store = Store(src)
    with store.batch():
        for i in range(400):  # past the journal threshold
            store.add_event(T0, "note", "C1", None, text="x" * 600, i=i)
    store.add_event(T0, "note", "C1", None, text="only in the journal")
    assert (src.parent / "state.json.journal").exists()
    expected = store.events()
    store._lock.release()  # a crash: no close, so the journal is not folded in  # noqa: SLF001

    dst = tmp_path / "b"
    dst.mkdir()
    for name in ("state.json", "state.json.journal", "state.json.history"):
        (dst / name).write_bytes((src.parent / name).read_bytes())  # new inodes, new mtimes
    with Store(dst / "state.json", read_only=True) as copy:
        assert copy.events() == expected


def test_a_damaged_complete_line_is_refused_not_cut_off(path: Path) -> None:
    store = big_store(path)
    store.add_event(T0, "first")
    store.add_event(T0, "second")
    store._lock.release()  # type: ignore[union-attr]  # a crash: the journal stays
    lines = journal(path).read_bytes().split(b"\n")
    lines[1] = b"#" + lines[1][1:]
    journal(path).write_bytes(b"\n".join(lines))
    before = journal(path).read_bytes()

    for read_only in (True, False):
        with pytest.raises(DamagedStateError, match="line 2 of state.json.journal is damaged"):
            Store(path, read_only=read_only)
    assert journal(path).read_bytes() == before, "the later commit was cut off"


def test_a_journal_extending_no_generation_on_disk_is_refused(path: Path) -> None:
    store = big_store(path)
    store.add_event(T0, "in journal")
    store._lock.release()  # type: ignore[union-attr]
    path.write_bytes(path.read_bytes().replace(b'"n":1,', b'"n":9,', 1))  # another version

    with pytest.raises(DamagedStateError, match="extends another version of state.json"):
        Store(path)
    assert journal(path).exists()
