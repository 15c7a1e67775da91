"""The state store: every API round-trips, survives a reopen, and the file is guarded.

Like TinyDB's own tests run over every storage, each store test runs twice: with every
call durable on its own ("unbatched") and inside one open ``store.batch()`` ("batched"),
where reads must see the pending writes and nothing reaches the disk until the end.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from tinydb import Query, TinyDB

from daemon.domain.state import MilestoneState, SendKey, SendRecord, StateView
from daemon.errors import StoreError
from daemon.storage.damage import DamagedStateError
from daemon.storage.json_storage import AtomicJSONStorage
from daemon.storage.lock import StateLock
from daemon.storage.store import SCHEMA_VERSION, Store

ROOT = Path(__file__).resolve().parents[1]
CST = timezone(timedelta(hours=8))
T0 = datetime(2026, 5, 11, 9, 30, tzinfo=CST)
KEY = SendKey("C2026-01", "deposit", "reminder", 2)
TERMS = SendKey("C2026-01", None, "terms", 0)
MID = "<ck.C2026-01.deposit.reminder.2@example.com>"
TERMS_MID = "<ck.C2026-01.-.terms.0@example.com>"

Reopen = Callable[[], Store]


@pytest.fixture(params=["unbatched", "batched"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "state.json"


@pytest.fixture
def store(path: Path, mode: str) -> Iterator[Store]:
    """A store; in "batched" mode the whole test runs inside one batch."""
    with ExitStack() as stack:
        s = stack.enter_context(Store(path))
        if mode == "batched":
            stack.enter_context(s.batch())
        yield s


@pytest.fixture
def reopen(store: Store, path: Path) -> Iterator[Reopen]:
    """Close the test's store (ending its batch) and open the file again."""
    opened: list[Store] = []

    def again() -> Store:
        store.close()
        opened.append(Store(path))
        return opened[-1]

    yield again
    for s in opened:
        s.close()


def test_new_store_is_empty_at_current_schema(store: Store, reopen: Reopen) -> None:
    assert store.snapshot() == StateView()
    assert store.events() == []
    assert reopen().migrate() == SCHEMA_VERSION


def test_contracts_first_seen_is_kept(store: Store, reopen: Reopen) -> None:
    store.mark_contracts_seen(["A", "B", "A"], T0)
    store.mark_contracts_seen(["B", "C"], T0 + timedelta(days=1))
    expected = {"A": T0, "B": T0, "C": T0 + timedelta(days=1)}
    assert store.snapshot().contracts_seen == expected
    again = reopen().snapshot().contracts_seen
    assert again == expected
    assert again["A"].utcoffset() == timedelta(hours=8)


def test_a_contract_whose_content_changes_records_the_edit(store: Store, reopen: Reopen) -> None:
    store.mark_contracts_seen(["A"], T0)  # no digest yet (a state from before digests)
    store.mark_contracts_seen(["A"], T0 + timedelta(minutes=1), digests={"A": "d1"})
    store.mark_contracts_seen(["A"], T0 + timedelta(minutes=2), digests={"A": "d1"})
    assert store.snapshot().contracts_edited == {}  # the first digest is not an edit
    store.mark_contracts_seen(["A"], T0 + timedelta(minutes=3), digests={"A": "d2"})
    expected = {"A": (T0 + timedelta(minutes=3),)}
    assert store.snapshot().contracts_edited == expected
    again = reopen().snapshot()
    assert again.contracts_edited == expected and again.contracts_seen == {"A": T0}


def test_send_lifecycle(store: Store, reopen: Reopen) -> None:
    store.record_pending(KEY, MID, T0, ["a@example.com", "b@example.com"])
    pending = SendRecord(KEY, MID, "pending", T0, ("a@example.com", "b@example.com"))
    assert store.pending_sends() == [pending]
    assert store.find_send(MID) == pending

    store.mark_sent(MID, T0 + timedelta(seconds=2))

    sent = SendRecord(KEY, MID, "sent", T0 + timedelta(seconds=2), pending.to)
    assert store.pending_sends() == []
    assert store.find_send(MID) == sent
    assert store.snapshot().sends == {KEY: sent}
    reopened = reopen()
    assert reopened.find_send(MID) == sent
    assert reopened.find_send("<unknown@example.com>") is None


def test_record_pending_again_updates_but_never_undoes_a_send(store: Store) -> None:
    store.record_pending(KEY, MID, T0, ["a@example.com"])
    store.record_pending(KEY, MID, T0 + timedelta(hours=1), ["b@example.com"])
    [record] = store.pending_sends()
    assert record.to == ("b@example.com",) and record.at == T0 + timedelta(hours=1)

    store.mark_sent(MID, T0 + timedelta(hours=2))
    with pytest.raises(StoreError, match="already sent"):
        store.record_pending(KEY, MID, T0 + timedelta(hours=3), ["a@example.com"])
    assert store.find_send(MID).status == "sent"  # type: ignore[union-attr]


def test_mark_failed_keeps_the_error(store: Store, reopen: Reopen) -> None:
    store.record_pending(KEY, MID, T0, ["a@example.com"])
    store.mark_failed(MID, T0 + timedelta(minutes=1), "550 Mailbox unavailable")
    reopened = reopen()
    record = reopened.find_send(MID)
    assert record is not None and record.status == "failed"
    assert reopened.send_error(MID) == "550 Mailbox unavailable"


def test_marking_an_unknown_send_is_an_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no send"):
        store.mark_sent("<nope@example.com>", T0)
    with pytest.raises(StoreError, match="no send"):
        store.mark_failed("<nope@example.com>", T0, "x")


def test_mark_skipped_records_the_superseded_stage(store: Store, reopen: Reopen) -> None:
    skipped_key = SendKey("C2026-01", "deposit", "reminder", 1)
    store.mark_skipped(skipped_key, T0, superseded_by=MID)
    record = reopen().snapshot().sends[skipped_key]
    assert (record.status, record.message_id, record.at) == ("skipped", "", T0)


def test_sends_for_contract_and_milestone(store: Store) -> None:
    other = SendKey("C2026-02", "final", "due", 0)
    store.record_pending(KEY, MID, T0 + timedelta(days=1), ["a@example.com"])
    store.record_pending(TERMS, TERMS_MID, T0, ["a@example.com"])
    store.record_pending(other, "<other@example.com>", T0, ["z@example.com"])

    assert [r.message_id for r in store.sends_for("C2026-01")] == [TERMS_MID, MID]
    assert [r.message_id for r in store.sends_for("C2026-01", "deposit")] == [MID]
    assert store.sends_for("C2026-03") == []
    assert store.snapshot().sends[TERMS].key.milestone is None


def test_milestone_state_round_trip_and_event(store: Store, reopen: Reopen) -> None:
    assert store.get_milestone("C2026-01", "deposit") == MilestoneState()
    state = MilestoneState(
        status="promised",
        reason="客户承诺 5 月 20 日付款",
        hold_until=datetime(2026, 5, 22, 9, 0, tzinfo=CST),
        promised_date=date(2026, 5, 20),
        last_contact=T0,
        updated_at=None,
    )
    store.set_milestone("C2026-01", "deposit", state, T0 + timedelta(minutes=5), "reply")

    expected = MilestoneState(
        status="promised",
        reason="客户承诺 5 月 20 日付款",
        hold_until=datetime(2026, 5, 22, 9, 0, tzinfo=CST),
        promised_date=date(2026, 5, 20),
        last_contact=T0,
        updated_at=T0 + timedelta(minutes=5),
    )
    reopened = reopen()
    assert reopened.get_milestone("C2026-01", "deposit") == expected
    assert reopened.snapshot().milestone("C2026-01", "deposit") == expected
    assert reopened.snapshot().milestone("C2026-01", "final") == MilestoneState()
    [event] = reopened.events("C2026-01", "deposit")
    assert event["kind"] == "state_change" and event["at"] == T0 + timedelta(minutes=5)
    assert event["data"] == {
        "old": "open",
        "new": "promised",
        "cause": "reply",
        "reason": "客户承诺 5 月 20 日付款",
        "hold_until": "2026-05-22T09:00:00+08:00",
        "promised_date": "2026-05-20",
    }


def test_events_filter_and_convert_values(store: Store, reopen: Reopen) -> None:
    store.add_event(T0, "tick_started")
    store.add_event(T0, "sent", "C1", "m1", message_id="<x@y>", amount=Decimal("1200.50"))
    store.add_event(T0, "reply", "C1", "m2", promised=date(2026, 6, 1), to=("a", "b"))
    store.add_event(T0, "reply", "C2", "m1", key=KEY)

    reopened = reopen()
    assert [e["kind"] for e in reopened.events()] == ["tick_started", "sent", "reply", "reply"]
    assert [e["milestone"] for e in reopened.events("C1")] == ["m1", "m2"]
    [sent] = reopened.events("C1", "m1")
    assert sent["data"] == {"message_id": "<x@y>", "amount": "1200.50"}
    assert reopened.events("C1", "m2")[0]["data"] == {"promised": "2026-06-01", "to": ["a", "b"]}
    assert reopened.events("C2")[0]["data"]["key"]["stage"] == "reminder"


def test_naive_datetimes_and_unstorable_values_are_refused(store: Store) -> None:
    with pytest.raises(ValueError, match="naive"):
        store.mark_contracts_seen(["A"], datetime(2026, 5, 11, 9, 0))
    with pytest.raises(TypeError, match="cannot store"):
        store.add_event(T0, "x", thing=object())
    with pytest.raises(TypeError):
        store.record_pending(KEY, MID, T0, "a@example.com")


def test_inbox_cursor_and_processed(store: Store, reopen: Reopen) -> None:
    assert store.get_cursor("INBOX") is None
    store.set_cursor("INBOX", 1700000000, 41)
    store.set_cursor("INBOX", 1700000000, 42)
    store.set_cursor("Archive", 7, 3)
    assert not store.is_processed("<reply@client.cn>")
    store.mark_processed("<reply@client.cn>", T0, "promise")

    reopened = reopen()
    assert reopened.get_cursor("INBOX") == (1700000000, 42)
    assert reopened.get_cursor("Archive") == (7, 3)
    assert reopened.is_processed("<reply@client.cn>")
    assert not reopened.is_processed("<other@client.cn>")


def test_bad_addresses(store: Store, reopen: Reopen) -> None:
    store.mark_bad_address("Finance@Client.CN", "550 no such user", T0)
    store.mark_bad_address("finance@client.cn", "550 again", T0)
    store.mark_bad_address("old@client.cn", "bounce", T0)
    expected = frozenset({"finance@client.cn", "old@client.cn"})
    assert store.bad_addresses() == expected
    assert reopen().snapshot().bad_addresses == expected


def test_snapshot_is_everything_written(store: Store, reopen: Reopen) -> None:
    store.mark_contracts_seen(["C2026-01"], T0)
    store.record_pending(TERMS, TERMS_MID, T0, ["a@example.com"])
    store.mark_sent(TERMS_MID, T0)
    store.record_pending(KEY, MID, T0, ["a@example.com"])
    store.set_milestone("C2026-01", "deposit", MilestoneState(status="disputed"), T0, "reply")
    store.mark_bad_address("x@example.com", "bounce", T0)
    live = store.snapshot()
    assert len(live.sends) == 2 and live.milestones and live.contracts_seen
    assert reopen().snapshot() == live


def test_batched_mode_writes_nothing_until_the_end(store: Store, path: Path, mode: str) -> None:
    store.add_event(T0, "x")
    on_disk = json.loads(path.read_text()) if path.exists() else {}
    seq = next(
        (d["value"]["seq"] for d in on_disk.get("meta", {}).values() if d["key"] == "history"), 0
    )
    assert (seq == 1) is (mode == "unbatched")


def test_batch_writes_the_file_once(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writes: list[int] = []
    original = AtomicJSONStorage.write

    def counting(self: AtomicJSONStorage, data: dict) -> None:
        writes.append(1)
        original(self, data)

    monkeypatch.setattr(AtomicJSONStorage, "write", counting)
    with Store(path) as store:
        writes.clear()  # the schema version written on creation
        with store.batch():
            for n in range(1000):
                store.add_event(T0, "tick", "C1", None, n=n)
            store.set_milestone("C1", "m1", MilestoneState(status="paid"), T0, "yaml")
            assert writes == []
        assert writes == [1]
        store.add_event(T0, "after")
        assert len(writes) == 2
    with Store(path) as store:
        assert len(store.events()) == 1002


def test_lock_refuses_a_second_store(path: Path) -> None:
    with Store(path):
        with pytest.raises(StoreError) as info:
            Store(path)
        assert f"{path}.lock (pid {os.getpid()})" in str(info.value)
        assert "another cuikuan process" in str(info.value)
    with Store(path):  # released on close
        pass


def test_lock_held_by_another_process(path: Path) -> None:
    code = (
        "import sys, time; from pathlib import Path; from daemon.storage.store import Store\n"
        "s = Store(Path(sys.argv[1])); print('locked', flush=True); sys.stdin.read()"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError, match=f"pid {child.pid}"):
            Store(path, wait=0.2)
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=10)
        child.stdout.close()  # type: ignore[union-attr]
    with Store(path, wait=1.0):
        pass


def test_newer_schema_is_refused(path: Path) -> None:
    path.parent.mkdir(parents=True)
    meta = {"key": "schema_version", "value": SCHEMA_VERSION + 1}
    path.write_text(json.dumps({"meta": {"1": meta}}))
    with pytest.raises(StoreError, match="upgrade cuikuan"):
        Store(path)
    with open(f"{path}.lock", "rb") as fh:  # the failed open released its lock
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)


def test_migration_4_gives_withdrawn_emails_their_own_status(path: Path) -> None:
    with Store(path) as store:
        store.record_pending(KEY, MID, T0, ["a@example.com"])
        store.mark_failed(MID, T0, "withdrawn: no longer in the config")  # how v3 kept it
        other = SendKey("C2026-01", "m2", "reminder", 0)
        store.record_pending(other, "<other@x>", T0, ["a@example.com"])
        store.mark_failed("<other@x>", T0, "550 mailbox unknown")
        store.tinydb().table("meta").update({"value": 3}, Query().key == "schema_version")
    with Store(path) as store:
        assert store.find_send(MID).status == "withdrawn"  # type: ignore[union-attr]
        assert store.send_error(MID) == "no longer in the config"
        assert store.find_send("<other@x>").status == "failed"  # type: ignore[union-attr]


def test_migrations_run_in_order(path: Path) -> None:
    with Store(path) as store:
        store.mark_contracts_seen(["old"], T0)

    calls = []

    v = SCHEMA_VERSION

    def step_1(db) -> None:  # type: ignore[no-untyped-def]
        calls.append(1)
        db.table("contracts").update({"id": "renamed"})

    def step_2(db) -> None:  # type: ignore[no-untyped-def]
        calls.append(2)

    with Store(path) as store:
        assert store.migrate(target=v + 2, migrations={v: step_1, v + 1: step_2}) == v + 2
        assert calls == [1, 2]
        assert store.migrate(target=v + 2, migrations={}) == v + 2  # already there
        assert list(store.snapshot().contracts_seen) == ["renamed"]
        with pytest.raises(StoreError, match=f"no migration from schema version {v + 2}"):
            store.migrate(target=v + 3, migrations={})


def test_a_failed_migration_changes_nothing(path: Path) -> None:
    with Store(path) as store:
        store.mark_contracts_seen(["old"], T0)
    before = path.read_bytes()

    def half_done(db) -> None:  # type: ignore[no-untyped-def]
        db.table("contracts").update({"id": "half-migrated"})
        assert db.table("contracts").search(Query().id == "half-migrated")
        raise RuntimeError("bug in migration")

    with Store(path) as store:
        with pytest.raises(RuntimeError):
            store.migrate(target=SCHEMA_VERSION + 1, migrations={SCHEMA_VERSION: half_done})
        assert list(store.snapshot().contracts_seen) == ["old"]
        assert store.tinydb().table("contracts").search(Query().id == "half-migrated") == []
    assert path.read_bytes() == before


def test_store_refuses_a_corrupt_main_file_and_releases_its_lock(path: Path) -> None:
    with Store(path) as store:
        store.mark_contracts_seen(["A"], T0)
        store.mark_contracts_seen(["B"], T0)
    path.write_bytes(path.read_bytes()[:-5])
    for read_only in (False, True):
        with pytest.raises(DamagedStateError, match="cuikuan recover"):
            Store(path, read_only=read_only)
    StateLock(path.with_name("state.json.lock")).release()  # not left held


@pytest.mark.parametrize(
    ("table", "doc", "said"),
    [
        ("sends", {"contract": "C", "milestone": None, "stage": "notice"}, "'seq' is missing"),
        ("milestones", {"contract": "C", "milestone": "m", "status": "gone"}, "'status'"),
        (
            "events",
            {"at": "yesterday", "kind": "x", "contract": None, "milestone": None, "data": {}},
            "'at' holds 'yesterday'",
        ),
        ("contracts", {"id": ["A"], "first_seen": "2026-12-01T10:00:00+08:00"}, "'id'"),
    ],
)
def test_valid_json_of_the_wrong_shape_is_refused_naming_the_document(
    path: Path, table: str, doc: dict, said: str
) -> None:
    with Store(path) as store:
        store.mark_contracts_seen(["A"], T0)
    data = json.loads(path.read_text())
    data.setdefault(table, {})["7"] = doc
    path.write_text(json.dumps(data))
    with pytest.raises(DamagedStateError) as info:
        Store(path, read_only=True)
    message = str(info.value)
    assert f"table '{table}' document 7" in message and said in message
    assert str(path) in message and "cuikuan recover" in message


def test_close_is_idempotent(path: Path) -> None:
    store = Store(path)
    store.close()
    store.close()


@pytest.mark.parametrize("offset", [UTC, CST])
def test_datetimes_keep_their_offset(path: Path, offset: timezone) -> None:
    at = datetime(2026, 1, 2, 3, 4, 5, tzinfo=offset)
    with Store(path) as store:
        store.mark_contracts_seen(["A"], at)
    with Store(path) as store:
        seen = store.snapshot().contracts_seen["A"]
    assert seen == at and seen.utcoffset() == at.utcoffset()


def test_file_stays_readable_by_plain_tinydb(path: Path) -> None:
    with Store(path) as store:
        store.record_pending(KEY, MID, T0, ["a@example.com"])
        store.add_event(T0, "sent", "C2026-01", "deposit")
    db = TinyDB(path, storage=AtomicJSONStorage)
    [send] = db.table("sends").all()
    assert send["message_id"] == MID and send["milestone"] == "deposit"
    [history] = db.table("meta").search(Query().key == "history")
    assert history["value"]["seq"] == 1  # the event itself is in the history log


def test_changes_made_through_tinydb_are_seen_and_ids_do_not_collide(path: Path) -> None:
    with Store(path) as store:
        store.add_event(T0, "first")

    def add_rows(db) -> None:  # type: ignore[no-untyped-def]
        db.table("contracts").insert({"id": "migrated", "first_seen": T0.isoformat()})
        db.table("sends").insert(
            {
                **{"contract": "C9", "milestone": None, "stage": "terms", "seq": 0},
                "message_id": "<m@x>",
                "status": "sent",
                "at": T0.isoformat(),
                "to": [],
                "error": "",
            }
        )

    with Store(path) as store:
        store.find_send("<m@x>")  # builds the index before the migration changes the table
        store.add_event(T0, "warm")  # and caches the next event id
        store.migrate(target=SCHEMA_VERSION + 1, migrations={SCHEMA_VERSION: add_rows})
        assert store.find_send("<m@x>") is not None
        store.add_event(T0, "after")
        store.mark_contracts_seen(["after"], T0)
        assert list(store.snapshot().contracts_seen) == ["migrated", "after"]
        assert [e["kind"] for e in store.events()] == ["first", "warm", "after"]


def test_failed_write_leaves_memory_as_on_disk(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(path) as store:
        store.record_pending(KEY, MID, T0, ["a@example.com"])

        def full(fd: int) -> None:
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "fsync", full)
        with pytest.raises(StoreError, match="disk full"):
            store.mark_sent(MID, T0)
        monkeypatch.undo()

        assert store.find_send(MID).status == "pending"  # type: ignore[union-attr]
        store.mark_sent(MID, T0)
    with Store(path) as store:
        assert store.find_send(MID).status == "sent"  # type: ignore[union-attr]
