"""The sends index: letters and reply matching look a milestone's or a Message-ID's sends up
instead of scanning every send of the state (issue 15), and the store's index stays true
through every change, a rollback and a reopen."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from daemon.domain.sends_index import SendsIndex
from daemon.domain.state import SendKey, SendRecord, StateView
from daemon.inbox.authorize import bounce_authentic
from daemon.inbox.matching import match_message
from daemon.mail.context import context_for
from daemon.storage.store import Store
from tests.inbox_builders import C1, KEY, mail, make_config, mid, sends

CST = timezone(timedelta(hours=8))
T0 = datetime(2026, 11, 27, 9, 0, tzinfo=CST)


class Tripwire(dict):
    """Sends that count the records a scan looks at."""

    looked = 0

    def values(self) -> Any:
        self.looked += len(self)
        return super().values()

    def items(self) -> Any:
        self.looked += len(self)
        return super().items()

    def __iter__(self) -> Any:
        self.looked += len(self)
        return super().__iter__()


def _many(n: int) -> dict[SendKey, SendRecord]:
    """``n`` sends of other contracts beside C1's reminder and due email."""
    others = [(f"X-{i}", "m1", "reminder", 1) for i in range(n)]
    return sends((C1, "m1", "reminder", 1), (C1, "m2", "due", 0), *others)


def _indexed(records: dict[SendKey, SendRecord]) -> StateView:
    """A state whose sends count every look, with an index made before (as the store's)."""
    wired = Tripwire(records)
    built = SendsIndex.of(records)
    return StateView(sends=wired, sends_index=built.copy(wired), message_key=b"k" * 32)


def test_a_letter_looks_up_its_milestone_without_scanning_every_send() -> None:
    config = make_config()
    state = _indexed(_many(300))
    ctx = context_for(config, C1, "m1", state, T0 + timedelta(days=3))
    assert ctx["milestone"] is not None
    assert state.sends.looked == 0  # type: ignore[attr-defined]


def test_a_reply_finds_its_thread_without_scanning_every_send() -> None:
    records = _many(300)
    wired = Tripwire(records)
    state = StateView(sends=wired, sends_index=SendsIndex.of(records).copy(wired), message_key=KEY)
    found = match_message(mail(in_reply_to=mid(C1, "m1", "reminder", 1)), make_config(), state)
    assert (found.via, found.contract, found.milestone) == ("thread", C1, "m1")
    assert wired.looked == 0


def test_a_reply_matched_by_its_sender_finds_the_latest_chase_without_scanning() -> None:
    records = _many(300)
    wired = Tripwire(records)
    state = StateView(sends=wired, sends_index=SendsIndex.of(records).copy(wired), message_key=KEY)
    found = match_message(mail(), make_config(), state)  # from ACME_TO, no thread, no token
    assert (found.via, found.contract, found.milestone) == ("sender", C1, "m2")  # the later
    assert wired.looked == 0


def test_a_contract_token_narrows_to_its_one_chased_milestone_without_scanning() -> None:
    others = [(f"X-{i}", "m1", "reminder", 1) for i in range(300)]
    records = sends((C1, "m1", "reminder", 1), *others)
    wired = Tripwire(records)
    state = StateView(sends=wired, sends_index=SendsIndex.of(records).copy(wired), message_key=KEY)
    found = match_message(mail(subject=f"Re: [CK-{C1}] payment"), make_config(), state)
    assert (found.via, found.contract, found.milestone) == ("token", C1, "m1")
    assert wired.looked == 0


def test_a_bounce_finds_the_email_it_returns_without_scanning_every_send() -> None:
    records = _many(300)
    wired = Tripwire(records)
    state = StateView(sends=wired, sends_index=SendsIndex.of(records).copy(wired), message_key=KEY)
    returned = mid(C1, "m2", "due", 0)
    dsn = ({"x-original-message-id": returned},)
    bounce = mail(return_path="", original_message_id="", delivery_status=dsn)
    record, why = bounce_authentic(bounce, state)
    assert record is not None and record.key == SendKey(C1, "m2", "due", 0), why
    assert wired.looked == 0


def test_a_state_with_other_sends_does_not_use_an_index_made_for_others() -> None:
    records = _many(3)
    state = StateView(sends=records, sends_index=SendsIndex.of(records))
    assert [r.key.stage for r in state.sends_of(C1, "m1")] == ["reminder"]
    emptied = replace(state, sends={})  # the planner's live_records, a past state
    assert emptied.sends_of(C1, "m1") == ()
    assert StateView(sends=records).sends_of(C1, "m2")[0].key.stage == "due"


def _same_as_a_fresh_index(store: Store) -> StateView:
    """The store's snapshot, its index checked against one made from its sends."""
    view = store.snapshot()
    given, fresh = view.sends_index, SendsIndex.of(view.sends)
    assert given is not None and given.indexes(view.sends)
    places = {(k.contract, k.milestone) for k in view.sends} | {(C1, "gone")}
    for contract, milestone in places:
        assert sorted(given.of_milestone(contract, milestone), key=repr) == sorted(
            fresh.of_milestone(contract, milestone), key=repr
        )
    for record in view.sends.values():
        if record.message_id:
            assert given.with_message_id(record.message_id) is not None
            assert given.with_message_id(record.message_id) == fresh.with_message_id(
                record.message_id
            )
    return view


def test_the_store_index_follows_every_change_a_rollback_and_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    a, b = SendKey(C1, "m1", "reminder", 1), SendKey(C1, "m1", "due", 0)
    joint = [SendKey(C1, "m2", "due", 0), SendKey(C1, "m3", "due", 0)]
    with Store(path) as store:
        _same_as_a_fresh_index(store)  # empty
        store.record_pending(a, "<a@x>", T0, ["c@client.cn"])
        assert [r.status for r in _same_as_a_fresh_index(store).sends_of(C1, "m1")] == ["pending"]
        store.mark_sent("<a@x>", T0)
        store.mark_skipped(b, T0, superseded_by="<a@x>")
        view = _same_as_a_fresh_index(store)
        assert {r.status for r in view.sends_of(C1, "m1")} == {"sent", "skipped"}
        with store.batch():
            store.record_pending(joint[0], "<j@x>", T0, ["c@client.cn"], covers=joint)
            assert len(_same_as_a_fresh_index(store).sends_of(C1, "m3")) == 1
            store.release_pending("<j@x>", joint[1:])  # a removal: the view is rebuilt
            view = _same_as_a_fresh_index(store)
            assert view.sends_of(C1, "m3") == () and len(view.sends_of(C1, "m2")) == 1
            store.commit()
            store.record_pending(SendKey(C1, "m4", "due", 0), "<r@x>", T0, ["c@client.cn"])
            assert _same_as_a_fresh_index(store).send_with_message_id("<r@x>") is not None
            store.rollback()  # dropped: the index must forget it
            view = _same_as_a_fresh_index(store)
            assert view.sends_of(C1, "m4") == () and view.send_with_message_id("<r@x>") is None
    with Store(path) as store:  # read again from the file
        view = _same_as_a_fresh_index(store)
        assert view.send_with_message_id("<a@x>") == view.sends[a]
        assert view.send_with_message_id("<j@x>") is not None
        assert view.sends_of(C1, "m4") == ()


def test_a_snapshot_works_out_the_contracts_again_only_when_they_changed(tmp_path: Path) -> None:
    """A tick takes a snapshot per email: walking 10,000 contracts each time was ~5 % of
    an email's CPU. Unchanged, the contracts part is shared; changed, it is worked out."""
    with Store(tmp_path / "state.json") as store:
        store.mark_contracts_seen([C1], T0, digests={C1: "a"})
        first = store.snapshot()
        store.record_pending(SendKey(C1, "m1", "due", 0), "<d@x>", T0, ["c@client.cn"])
        second = store.snapshot()
        assert second.contracts_seen is first.contracts_seen
        store.mark_contracts_seen([C1, "C-new"], T0 + timedelta(days=1), digests={C1: "b"})
        third = store.snapshot()
        assert third.contracts_seen == {C1: T0, "C-new": T0 + timedelta(days=1)}
        assert third.contracts_edited == {C1: (T0 + timedelta(days=1),)}
        assert first.contracts_seen == {C1: T0} and first.contracts_edited == {}
