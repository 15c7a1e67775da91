"""``--as-of``: the report as it stood on a past day, replayed from the history."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from daemon.config.schema import Config
from daemon.domain.state import StateView
from daemon.reports.asof import config_as_of, state_as_of
from daemon.reports.build import build_report
from daemon.storage.store import Store
from tests.report_world import REPORT_NOW, build_world

D = Decimal
SEPT_1 = datetime.fromisoformat("2026-09-01T23:59:59+08:00")


@pytest.fixture
def world(tmp_path: Path) -> tuple[Config, StateView, list[dict]]:
    _, config = build_world(tmp_path)
    with Store(config.settings.data_dir / "state.json", read_only=True) as store:
        return config, store.snapshot(), store.events()


def test_state_is_replayed_from_state_changes(world: tuple[Config, StateView, list[dict]]) -> None:
    _, current, events = world
    assert current.milestone("D1", "m1").status == "paid"
    past = state_as_of(current, events, SEPT_1)
    d1 = past.milestone("D1", "m1")
    # On 09-01 the client had just promised 09-15 (the event has no date: taken from the reply).
    assert (d1.status, d1.promised_date) == ("promised", date(2026, 9, 15))
    assert d1.last_contact == datetime.fromisoformat("2026-09-01T09:00:00+08:00")
    assert past.milestone("D1", "m1") != current.milestone("D1", "m1")
    assert past.milestone("P1", "m1").status == "open"  # promised only in December
    aug_10 = state_as_of(current, events, datetime.fromisoformat("2026-08-10T12:00:00+08:00"))
    assert aug_10.milestone("D1", "m1").status == "disputed"


def test_sends_and_contracts_seen_up_to_the_instant(
    world: tuple[Config, StateView, list[dict]],
) -> None:
    _, current, events = world
    past = state_as_of(current, events, SEPT_1)
    assert all(r.at <= SEPT_1 for r in past.sends.values())
    assert len(past.sends) < len(current.sends)
    assert set(past.contracts_seen) == {"L1", "D1", "E1"}  # E1 seen at 10:00 that day


def test_config_drops_later_payments_and_later_contracts(
    world: tuple[Config, StateView, list[dict]],
) -> None:
    config = world[0]
    past = config_as_of(config, date(2026, 9, 1))
    contracts = {k.id: k for c in past.clients for k in c.contracts}
    assert "P1" not in contracts  # signed 2026-11-01
    paid = {m.id: m.paid for m in contracts["L1"].milestones}
    assert paid["m1"] is not None and paid["m3"] is None  # m3 was paid on 09-20
    assert contracts["E1"].milestones[0].paid is None


def test_report_as_of_a_past_day(world: tuple[Config, StateView, list[dict]]) -> None:
    config, state, events = world
    report = build_report(config, state, events, SEPT_1)
    assert report.day == date(2026, 9, 1)
    # L1 m3 (due 09-10) and E1 (due 10-31) unpaid; D1 m1 31 days overdue, D1 m2 not due.
    assert report.outstanding == {"CNY": D("60000.00"), "USD": D("20000.00")}
    assert report.aging["USD"]["disputer"]["31-60"] == D("10000.00")
    # L1 m2 was paid on 06-20, inside 06-04 .. 09-01.
    assert report.collected == {"CNY": D("10000.00")}
    # D1 m1 counted at its promised day, 09-15.
    assert report.forecast["USD"]["next_30"] == D("10000.00")
    assert report.forecast["USD"]["overdue"] == D(0)
    habits = {h.client: h for h in report.habits}
    assert habits["disputer"].promises_broken == 0  # not yet broken on 09-01
    assert habits["early"].score is None  # nothing due yet
    assert report.reviews == []
    assert [e["stage"] for e in report.upcoming if e["contract"] == "L1"] == [
        "thanks",
        "notice",
        "due",
    ]


def test_replay_at_now_gives_the_stored_state(world: tuple[Config, StateView, list[dict]]) -> None:
    _, state, events = world
    assert state_as_of(state, events, REPORT_NOW).milestones == state.milestones
    # From the history alone (no stored state to lean on), the statuses are the same.
    replayed = state_as_of(StateView(), events, REPORT_NOW).milestones
    assert {k: v.status for k, v in replayed.items()} == {
        k: v.status for k, v in state.milestones.items()
    }
    assert replayed[("P1", "m1")].promised_date == date(2027, 1, 5)
