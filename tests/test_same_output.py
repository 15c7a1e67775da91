"""The fast paths of ``status`` and ``report`` answer exactly what the slow ones did.

``tests/data/medium_world/`` holds what ``status`` and ``report`` printed for the medium
world (:mod:`tests.medium_world`) before they were made fast (issue 15); every output must
stay byte for byte the same. Re-capture only for a deliberate change of output:
``python -m tests.medium_world /tmp/some-empty-dir``. The other tests compare each shortcut
with the long way it replaces, on the same world.
"""

from __future__ import annotations

import gc
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest

from daemon.cli.table import display_width
from daemon.config.loader import load_config
from daemon.config.schema import Config
from daemon.domain.clock_guard import live_records
from daemon.domain.forecast import _plan_milestone, next_email, next_emails
from daemon.domain.ledger import Ledger
from daemon.domain.limitation import limitations
from daemon.domain.planner import settled_at
from daemon.domain.settle import settle_until
from daemon.domain.state import StateView
from daemon.domain.status import EVENT_KINDS
from daemon.domain.timeline import chase_context
from daemon.reports.text_table import width as report_width
from daemon.storage.read_only import read_state, read_state_and_events
from tests import medium_world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return medium_world.build(tmp_path_factory.mktemp("medium"))


@pytest.fixture(scope="module")
def loaded(world: Path) -> tuple[Config, StateView]:
    config = load_config(world)
    return config, read_state(config)


@pytest.mark.parametrize("summaries", [False, True], ids=["long-way", "from-summary"])
def test_status_and_report_print_what_they_printed_before(world: Path, summaries: bool) -> None:
    found = medium_world.outputs(world, summaries=summaries)
    for name in sorted(medium_world.COMMANDS):
        expected = (medium_world.EXPECTED / name).read_text(encoding="utf-8")
        assert found[name] == expected, name


@pytest.mark.parametrize("days", [-30, 0, 1, 9, 45, 200])
def test_next_email_is_the_first_email_of_the_whole_replay(
    loaded: tuple[Config, StateView], days: int
) -> None:
    config, state = loaded
    now = medium_world.NOW + timedelta(days=days)
    ledger = Ledger(config, state)
    found = 0
    for view in ledger.milestones():
        contract, milestone = view.contract.contract, view.milestone
        fast = next_email(config, state, contract.id, milestone.id, now, ledger=ledger)
        ctx = chase_context(config, ledger.contract(contract.id))  # type: ignore[arg-type]
        records = live_records(ledger.sends(contract.id, milestone.id), now)
        begin = settled_at(config.settings, state, contract.id, now)
        whole = _plan_milestone(ctx, milestone, state, records, begin, None)
        assert fast == (whole[0] if whole else None), (contract.id, milestone.id)
        found += fast is not None
    assert found > 20  # the world is mid-chase: most milestones have a next email
    keys = [(v.contract.id, v.id) for v in ledger.milestones()]
    one_by_one = {k: next_email(config, state, *k, now, ledger=ledger) for k in keys}
    together = next_emails(config, state, [*keys, ("nope", "m0")], now, ledger=ledger)
    assert together == {k: e for k, e in one_by_one.items() if e is not None}


def test_settle_until_with_the_first_seen_given_is_the_same(
    loaded: tuple[Config, StateView],
) -> None:
    _, state = loaded
    assert state.first_seen == min(state.contracts_seen.values())
    settle = timedelta(minutes=30)
    waits = 0
    for cid in state.contracts_seen:
        slow = settle_until(cid, state.contracts_seen, settle, state.contracts_edited)
        fast = settle_until(
            cid, state.contracts_seen, settle, state.contracts_edited, state.first_seen
        )
        assert fast == slow
        waits += slow is not None
    assert waits == 2  # the two contracts that appeared five minutes ago
    assert StateView().first_seen is None


def test_status_reads_every_event_kind_that_restarts_a_limitation(
    world: Path, loaded: tuple[Config, StateView]
) -> None:
    config, state = loaded
    _, every = read_state_and_events(config)
    _, some = read_state_and_events(config, EVENT_KINDS)
    assert 0 < len(some) < len(every)
    ledger = Ledger(config, state)
    clocks = limitations(ledger, some, medium_world.NOW)
    assert clocks == limitations(ledger, every, medium_world.NOW)
    restarted = [c for c in clocks.values() if c.last_restart and not c.last_restart.demand]
    assert restarted  # the world has replies admitting the debt and part payments


def test_display_width_counts_ascii_as_the_slow_way_did() -> None:
    texts = ["", "K-1 m0", "".join(map(chr, range(128))), "付款提醒 K-1", "ａｂ：", "é"]
    for text in texts:
        slow = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
        assert display_width(text) == slow, text
        assert report_width(text) == slow, text


def test_status_and_report_put_the_collector_thresholds_back(world: Path) -> None:
    before = gc.get_threshold()
    medium_world.outputs(world)
    assert gc.get_threshold() == before
