"""A half-written config is never loaded, and a new contract settles (issue 10 point 9).

The daemon's monotonic clock and its chase clock are both injected: no test sleeps.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from daemon.clock import FixedClock
from daemon.config.loader import load_config
from daemon.config.record_ops import replace
from daemon.domain.settle import StableWatch, contract_digest, settle_until, settling
from daemon.service.loop import Daemon
from tests.demo_config import (
    DEMO_CONFIG,
    copy_demo_with_clients_dir,
    demo_mid,
    new_client_yaml,
    outbox_files,
)
from tests.fixtures.ticks import Ticks

# 10:00 in Shanghai on a working day: inside the demo client's send window.
NOW = datetime(2026, 12, 1, 2, tzinfo=UTC)
FULL = new_client_yaml("boss@newclient1.example.cn")
# The first chunk ends inside the address and still parses: the old daemon loaded it.
CUT = FULL.index(".example.cn") + len(".exa")
CHUNK_1, CHUNK_2 = FULL[:CUT], FULL[CUT:]


# --- the pure rules -----------------------------------------------------------------------


def test_a_change_loads_only_after_staying_unchanged() -> None:
    watch = StableWatch(loaded="v1", stable_for=10)
    assert not watch.should_load("v1", 0)
    assert not watch.should_load("half", 1)  # first seen
    assert not watch.should_load("half", 8)
    assert not watch.should_load("full", 9)  # changed again: the wait starts over
    assert not watch.should_load("full", 18)
    assert watch.should_load("full", 19)
    watch.loaded_as("full")
    assert not watch.should_load("full", 30)


def test_sighup_loads_at_once_and_a_change_back_loads_nothing() -> None:
    watch = StableWatch(loaded="v1", stable_for=10)
    assert watch.should_load("half", 0, force=True)
    assert not watch.should_load("v2", 1)
    assert not watch.should_load("v1", 20)  # edited back to what is in force
    assert not watch.should_load("v1", 40)
    assert StableWatch(loaded="v1", stable_for=0).should_load("v2", 0)


def test_only_contracts_that_appear_later_settle() -> None:
    seen = {"OLD-1": NOW, "OLD-2": NOW, "NEW-1": NOW + timedelta(days=3)}
    five = timedelta(minutes=5)
    assert settle_until("OLD-1", seen, five) is None  # there when cuikuan first ran
    assert settle_until("NEW-1", seen, five) == NOW + timedelta(days=3, minutes=5)
    assert settle_until("NEW-1", seen, timedelta(0)) is None
    assert settle_until("UNSEEN", seen, five) is None
    assert settling("NEW-1", seen, five, NOW + timedelta(days=3, minutes=4))
    assert not settling("NEW-1", seen, five, NOW + timedelta(days=3, minutes=5))


def test_an_edit_while_settling_starts_the_settle_time_again() -> None:
    seen = {"OLD-1": NOW, "NEW-1": NOW + timedelta(days=3)}
    five, appeared = timedelta(minutes=5), NOW + timedelta(days=3)
    minutes = [appeared + timedelta(minutes=m) for m in (4, 8, 20)]
    # edited at +4 (inside the wait: until +9), at +8 (inside the new wait: until +13);
    # the edit at +20 comes after the first email could go and changes nothing
    edits = {"NEW-1": tuple(minutes)}
    assert settle_until("NEW-1", seen, five, edits) == appeared + timedelta(minutes=13)
    assert settling("NEW-1", seen, five, appeared + timedelta(minutes=12), edits)
    assert not settling("NEW-1", seen, five, appeared + timedelta(minutes=13), edits)
    assert settle_until("OLD-1", seen, five, {"OLD-1": (NOW,)}) is None


def test_the_digest_changes_with_the_contract_and_its_clients_contacts() -> None:
    config = load_config(DEMO_CONFIG)
    client = config.clients[0]
    contract = client.contracts[0]
    digest = contract_digest(client, contract)
    assert digest == contract_digest(client, contract)
    moved = replace(contract, title=contract.title + " (2)")
    assert contract_digest(client, moved) != digest
    person = replace(client.contacts.to[0], email="other@example.net")
    contacts = replace(client.contacts, to=[person])
    assert contract_digest(replace(client, contacts=contacts), contract) != digest
    # another contract of the same client is not this contract's content
    others = replace(client, contracts=[])
    assert contract_digest(others, contract) == digest


# --- the daemon ---------------------------------------------------------------------------


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return copy_demo_with_clients_dir(tmp_path)


def _sent(demo: Path) -> list[str]:
    messages = [message_from_bytes(raw, policy=default) for raw in outbox_files(demo)]
    return [f"{msg['Message-ID']} {msg['To']}" for msg in messages]


def _new_terms(demo: Path) -> list[str]:
    return [s for s in _sent(demo) if s.startswith(demo_mid("NEW-1", None, "terms"))]


def test_a_config_saved_in_two_chunks_is_loaded_only_once_complete(demo: Path) -> None:
    clock = FixedClock(NOW)
    daemon = Daemon(demo / "config.yaml", load_config(demo / "config.yaml"), clock)
    ticks = Ticks()
    daemon.monotonic = ticks
    try:
        daemon.tick()  # the demo's contracts are seen first
        clock.advance(timedelta(minutes=1))
        new = demo / "clients.d" / "newco.yaml"
        new.write_text(CHUNK_1, encoding="utf-8")
        for _ in range(3):  # checks every 2 s while the writer is busy
            ticks.t += 2
            daemon.check_config()
        assert "NEW-1" not in {c.id for cl in daemon.engine.config.clients for c in cl.contracts}
        ticks.t += 1  # the rest arrives 7 s after the first chunk
        with new.open("a", encoding="utf-8") as f:
            f.write(CHUNK_2)
        for _ in range(6):
            ticks.t += 2
            daemon.check_config()
        [contract] = [
            c for cl in daemon.engine.config.clients for c in cl.contracts if c.id == "NEW-1"
        ]
        [client] = [cl for cl in daemon.engine.config.clients if cl.id == "newco"]
        assert client.contacts.to[0].email == "boss@newclient1.example.cn"
        assert contract.milestones[0].id == "all"

        # The new contract's first email waits the settle time (default 5 minutes).
        assert _new_terms(demo) == []
        clock.advance(timedelta(minutes=4))
        daemon.tick()
        assert _new_terms(demo) == []
        clock.advance(timedelta(minutes=1))
        daemon.tick()
        [terms] = _new_terms(demo)
        assert "boss@newclient1.example.cn" in terms
    finally:
        daemon.runtime.close()


def test_sighup_loads_at_once(demo: Path) -> None:
    daemon = Daemon(demo / "config.yaml", load_config(demo / "config.yaml"), FixedClock(NOW))
    daemon.monotonic = Ticks()
    try:
        (demo / "clients.d" / "newco.yaml").write_text(FULL, encoding="utf-8")
        daemon.check_config()
        assert "newco" not in {cl.id for cl in daemon.engine.config.clients}
        daemon.reload_requested.set()
        daemon.check_config()
        assert "newco" in {cl.id for cl in daemon.engine.config.clients}
    finally:
        daemon.runtime.close()


def test_the_settle_time_is_configurable_and_the_plan_shows_it(demo: Path) -> None:
    from daemon.domain.forecast import next_email

    text = (demo / "config.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "  data_dir: data ", "  new_contract_settle_minutes: 30\n  data_dir: data ", 1
    )
    (demo / "config.yaml").write_text(text, encoding="utf-8")
    clock = FixedClock(NOW)
    daemon = Daemon(demo / "config.yaml", load_config(demo / "config.yaml"), clock)
    try:
        daemon.tick()
        (demo / "clients.d" / "newco.yaml").write_text(FULL, encoding="utf-8")
        clock.advance(timedelta(hours=1))
        daemon.reload_requested.set()
        daemon.check_config()
        snapshot = daemon.runtime.store.snapshot()
        planned = next_email(daemon.engine.config, snapshot, "NEW-1", None, clock.now())
        assert planned is not None and planned.at == clock.now() + timedelta(minutes=30)
        clock.advance(timedelta(minutes=29))
        daemon.tick()
        assert _new_terms(demo) == []
        clock.advance(timedelta(minutes=1))
        daemon.tick()
        assert len(_new_terms(demo)) == 1
    finally:
        daemon.runtime.close()


def test_a_contract_edited_while_it_settles_waits_again(demo: Path) -> None:
    clock = FixedClock(NOW)
    daemon = Daemon(demo / "config.yaml", load_config(demo / "config.yaml"), clock)
    new = demo / "clients.d" / "newco.yaml"
    try:
        daemon.tick()  # the demo's contracts are seen first
        clock.advance(timedelta(minutes=1))
        new.write_text(FULL, encoding="utf-8")
        daemon.reload_requested.set()
        daemon.check_config()  # NEW-1 appears: it may be mailed from +6 minutes on
        clock.advance(timedelta(minutes=3))
        daemon.tick()
        # at +4 the PM sees the address is wrong and corrects it
        new.write_text(FULL.replace("boss@newclient1", "ceo@newclient1"), encoding="utf-8")
        daemon.reload_requested.set()
        daemon.check_config()
        daemon.tick()
        clock.advance(timedelta(minutes=4))  # +8: past the first settle time, not the second
        daemon.tick()
        assert _new_terms(demo) == []
        clock.advance(timedelta(minutes=1))  # +9: five minutes after the edit
        daemon.tick()
        [terms] = _new_terms(demo)
        assert "ceo@newclient1.example.cn" in terms
    finally:
        daemon.runtime.close()
