"""Typed history events: one (de)serialisation, and the migration that backfilled old ones."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from daemon.domain.events import (
    Alerted,
    Bounced,
    HistoryEvent,
    OtherEvent,
    Received,
    Reviewed,
    StaffCommandRun,
    StateChanged,
    TemplateFailed,
    Withdrawn,
    decode,
    encode,
    record,
)
from daemon.storage.event_migration import backfilled
from daemon.storage.store import SCHEMA_VERSION, Store

AT = datetime(2026, 6, 21, 9, 30, tzinfo=UTC)

EXAMPLES: list[HistoryEvent] = [
    StateChanged(
        at=AT,
        contract="C1",
        milestone="m1",
        old="open",
        new="paid",
        cause="staff:paid by pm@x",
        reason="staff pm@x: paid",
        hold_until=AT,
        promised_date=date(2026, 6, 1),
        paid_on=date(2026, 6, 20),
        paid_amount=Decimal("800.50"),
    ),
    Received(
        at=AT,
        contract="C1",
        message_id="<r@x>",
        sender="pay@acme.cn",
        subject="Re: reminder",
        reply_kind="promise",
        rule="promise_date",
        evidence=("下周五付款",),
        promised_date=date(2026, 6, 26),
        matched_via="thread",
        authorized=True,
        archived=True,
        action="promised",
    ),
    StaffCommandRun(at=AT, contract="C1", milestone="m1", sender="pm@x", command="paid", ok=True),
    Alerted(at=AT, title="Sending fails", body="since 4 h", about="outage:1"),
    Bounced(at=AT, address="gone@acme.cn", permanent=True, status="5.1.1", message_id="<b@x>"),
    Withdrawn(at=AT, contract="C9", stage="due", message_id="<ck@x>", reason="gone"),
    TemplateFailed(at=AT, contract="C1", milestone="m1", stage="due", error="boom"),
    Reviewed(at=AT, contract="C1", figures={"days_late": 3, "emails": 4}),
    OtherEvent(at=AT, name="future_kind", raw={"x": [1, 2]}),
]


@pytest.mark.parametrize("event", EXAMPLES, ids=lambda e: e.kind)
def test_every_event_survives_encode_and_decode(event: HistoryEvent) -> None:
    assert decode(encode(event)) == event


def test_stored_keys_are_the_ones_old_versions_wrote() -> None:
    """Old states read without a rewrite: ``from`` and ``kind`` inside ``data`` stay."""
    doc = encode(EXAMPLES[1])
    assert doc["kind"] == "received" and doc["at"] == AT.isoformat()
    assert doc["data"]["from"] == "pay@acme.cn" and doc["data"]["kind"] == "promise"
    assert doc["data"]["promised_date"] == "2026-06-26" and doc["data"]["evidence"] == [
        "下周五付款"
    ]
    assert encode(EXAMPLES[0])["data"]["paid_amount"] == "800.50"


def test_malformed_or_missing_values_take_defaults_and_unknown_kinds_are_kept() -> None:
    doc = {
        "at": AT.isoformat(),
        "kind": "state_change",
        "contract": "C1",
        "milestone": "m1",
        "data": {"old": "open", "new": "paid", "paid_on": "soon", "paid_amount": "lots"},
    }
    event = decode(doc)
    assert isinstance(event, StateChanged) and (event.paid_on, event.paid_amount) == (None, None)
    missing = decode({**doc, "data": {"new": "paid"}})  # no "old": kept as it is
    assert isinstance(missing, OtherEvent) and missing.kind == "state_change"
    assert encode(missing)["data"] == {"new": "paid"}
    assert decode({**doc, "data": "garbage"}).kind == "state_change"


def test_record_appends_the_stored_form(tmp_path: Path) -> None:
    with Store(tmp_path / "state.json") as store:
        record(store, EXAMPLES[0])
        [doc] = store.events()
    assert decode(doc) == EXAMPLES[0]


def test_backfill_reads_the_facts_out_of_old_reasons_once() -> None:
    paid = {
        "old": "open",
        "new": "paid",
        "reason": "staff pm@x: paid, amount 800.50, paid on 2026-06-20",
    }
    assert backfilled(paid) == {**paid, "paid_on": "2026-06-20", "paid_amount": "800.50"}
    assert backfilled(backfilled(paid)) == backfilled(paid)
    by_cause = {"old": "open", "new": "paid", "cause": "staff command: paid 2026-10-05"}
    assert backfilled(by_cause)["paid_on"] == "2026-10-05"
    written = {**paid, "paid_on": "2026-06-19"}
    assert backfilled(written)["paid_on"] == "2026-06-19"  # an explicit field wins
    promised = {"old": "open", "new": "promised", "reason": "promised 2026-09-15"}
    assert backfilled(promised)["promised_date"] == "2026-09-15"
    other = {"old": "open", "new": "disputed", "reason": "wrong amount 2026-01-01"}
    assert backfilled(other) == other


def test_opening_a_version_1_state_backfills_its_history(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    old_reason = "staff pm@x: paid, amount 800.50, paid on 2026-06-20"

    def event(kind: str, **data: str) -> dict:
        return {
            "at": AT.isoformat(),
            "kind": kind,
            "contract": "C1",
            "milestone": "m1",
            "data": data,
        }

    old = {  # as schema 1 wrote it: the history inside the state file
        "meta": {"1": {"key": "schema_version", "value": 1}},
        "events": {
            "1": event("state_change", old="open", new="paid", reason=old_reason),
            "2": event("received", message_id="<r@x>"),
        },
    }
    path.write_text(json.dumps(old), encoding="utf-8")
    with Store(path) as store:
        assert store.migrate() == SCHEMA_VERSION
        change, received = (decode(doc) for doc in store.events())
    assert isinstance(change, StateChanged)
    assert (change.paid_on, change.paid_amount) == (date(2026, 6, 20), Decimal("800.50"))
    assert change.reason == old_reason  # the words stay as they were
    assert isinstance(received, Received) and received.message_id == "<r@x>"


def test_the_stores_state_changes_decode_with_their_facts(tmp_path: Path) -> None:
    """The store writes state_change itself: its keys must be the codec's."""
    from daemon.domain.state import MilestoneState

    paid = MilestoneState(
        status="paid",
        reason="staff pm@x: paid",
        paid_on=date(2026, 6, 20),
        paid_amount=Decimal("5"),
    )
    with Store(tmp_path / "state.json") as store:
        store.set_milestone("C1", "m1", paid, AT, "staff:paid by pm@x")
        [doc] = store.events()
    event = decode(doc)
    assert isinstance(event, StateChanged)
    assert (event.old, event.new, event.cause) == ("open", "paid", "staff:paid by pm@x")
    assert (event.paid_on, event.paid_amount) == (date(2026, 6, 20), Decimal("5"))


def test_a_partial_document_keeps_its_type_with_defaults() -> None:
    event = decode({"at": AT, "kind": "received", "contract": "K", "milestone": "m", "data": {}})
    assert isinstance(event, Received) and (event.message_id, event.sender) == ("", "")
