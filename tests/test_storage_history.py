"""The history log: events and processed Message-IDs beside the TinyDB state.

An old state (schema 2, history inside ``state.json``) moves to the log once; a commit is
atomic across the two files (a crash after the state write is repaired on open); a log
that does not fit its state is damage, never guessed around.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from daemon.storage.damage import DamagedStateError
from daemon.storage.history import log_path
from daemon.storage.store import SCHEMA_VERSION, Store

T0 = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "state.json"


def old_state(n_events: int) -> dict:
    """A state as cuikuan wrote it before the history log (schema 2)."""
    events = {
        str(i): {
            "at": T0.isoformat(),
            "kind": "review" if i == 2 else "received",
            "contract": "C1",
            "milestone": None if i == 2 else "m1",
            "data": {"n": i},
        }
        for i in range(1, n_events + 1)
    }
    return {
        "meta": {"1": {"key": "schema_version", "value": 2}},
        "contracts": {"1": {"id": "C1", "first_seen": T0.isoformat()}},
        "events": events,
        "processed": {"1": {"message_id": "<r1@x>", "at": T0.isoformat(), "outcome": "done"}},
    }


def test_an_old_state_moves_its_history_to_the_log_once(path: Path) -> None:
    path.write_text(json.dumps(old_state(2500)))

    with Store(path) as store:
        assert [e["data"]["n"] for e in store.events()] == list(range(1, 2501))
        assert store.is_processed("<r1@x>") and not store.is_processed("<r2@x>")
        assert store.reviewed_contracts() == {"C1"}
        assert set(store.snapshot().contracts_seen) == {"C1"}
        store.add_event(T0, "after")

    on_disk = json.loads(path.read_text())
    assert "events" not in on_disk and "processed" not in on_disk
    versions = [d["value"] for d in on_disk["meta"].values() if d["key"] == "schema_version"]
    assert versions == [SCHEMA_VERSION]
    assert len(log_path(path).read_bytes().splitlines()) == 4  # 3 chunks + 1 commit
    with Store(path, read_only=True) as reader:
        assert [e["kind"] for e in reader.events()][-1] == "after"
        assert len(reader.events()) == 2501


def test_an_interrupted_migration_is_done_again_from_the_old_state(path: Path) -> None:
    path.write_text(json.dumps(old_state(3)))
    log_path(path).write_text('{"n":1,"records":[{"type":"event","kind":"half"}]}\n')

    with Store(path) as store:
        assert [e["data"]["n"] for e in store.events()] == [1, 2, 3]


def test_a_crash_after_the_state_write_is_repaired_on_open(path: Path) -> None:
    with Store(path) as store:
        store.add_event(T0, "one")
        store.mark_processed("<a@x>", T0, "done")
        log_before = log_path(path).read_bytes()
        store.add_event(T0, "two")
        store._lock.release()  # type: ignore[union-attr]  # killed
    log_path(path).write_bytes(log_before)  # the append of "two" never happened

    with Store(path) as store:
        assert [e["kind"] for e in store.events()] == ["one", "two"]
        assert store.is_processed("<a@x>")
    assert len(log_path(path).read_bytes().splitlines()) == 3


def test_a_failed_state_write_leaves_no_history(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(path) as store:
        store.add_event(T0, "kept")

        def full(*args: object, **kwargs: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr("daemon.storage.json_storage.atomic_write", full)
        with pytest.raises(Exception, match="disk full"):
            store.mark_processed("<lost@x>", T0, "done")
        monkeypatch.undo()
        assert not store.is_processed("<lost@x>")
        assert [e["kind"] for e in store.events()] == ["kept"]
    with Store(path) as store:
        assert not store.is_processed("<lost@x>")


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda raw: raw.replace(b'"kind":"two"', b'"kind":"two', 1), "damaged at byte"),
        (lambda raw: b"", "history is missing"),
        (lambda raw: raw + b'{"n":4,"records":[]}\n', "older than its history"),
    ],
    ids=["damaged-line", "emptied", "ahead-of-the-state"],
)
def test_a_log_that_does_not_fit_its_state_is_refused(path: Path, damage, said: str) -> None:
    with Store(path) as store:
        store.add_event(T0, "one")
        store.add_event(T0, "two")
        store.add_event(T0, "three")
    log = log_path(path)
    log.write_bytes(damage(log.read_bytes()))
    before = log.read_bytes()

    with pytest.raises(DamagedStateError, match=said) as info:
        Store(path)
    assert "cuikuan recover" in str(info.value)
    assert log.read_bytes() == before
