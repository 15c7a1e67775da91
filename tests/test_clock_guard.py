"""A clock that jumps ahead must not fast-forward the chase (issue 10 point 3)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from daemon.cli.main import main
from daemon.clock import FixedClock
from daemon.config.loader import load_config
from daemon.domain.clock_guard import check_clock, last_activity, limit_catch_up, live_records
from daemon.domain.emails import legacy_message_id
from daemon.domain.planner import due_emails
from daemon.domain.state import SendKey, SendRecord, StateView
from daemon.service.loop import Daemon
from daemon.storage.store import Store
from tests.demo_config import demo_mid
from tests.inbox_builders import C1, DOMAIN, make_config, t
from tests.test_cli import DEMO_NOW, demo  # noqa: F401  (the demo fixture)

TZ = ZoneInfo("Asia/Shanghai")
DAY = timedelta(days=1)


# --- the pure rules -----------------------------------------------------------------------


def test_check_clock_holds_beyond_the_gap_only() -> None:
    last = t("2026-12-01T10:00:00+08:00")
    assert check_clock(last + 4 * DAY, last, 4 * DAY).ok
    assert check_clock(last - 300 * DAY, last, 4 * DAY).ok  # back: the past is known
    assert check_clock(last, None, 4 * DAY).ok  # a first run
    held = check_clock(last + 365 * DAY, last, 4 * DAY)
    assert (held.ok, held.gap) == (False, 365 * DAY)


def key(stage: str, seq: int = 0) -> SendKey:
    return SendKey(C1, "m1", stage, seq)


DUE = [(key("due"), t("2026-11-20T09:00:00+08:00"))] + [
    (key("reminder", n), t("2026-11-20T09:00:00+08:00") + 7 * n * DAY) for n in (1, 2, 3)
]
"""Due now (2026-12-15): due, reminder 1, 2, 3; ``due`` was the last stage sent before."""


@pytest.mark.parametrize(
    ("last", "now", "expected"),
    [
        (None, "2026-12-15T10:00", DUE),  # first contact: the planner's own rule
        ("2026-11-13T09:00", "2026-12-15T10:00", DUE[:2]),  # one skip at most
        ("2026-12-14T09:00", "2026-12-15T10:00", []),  # behind: wait a reminder interval
        ("2026-12-08T09:00", "2026-12-15T10:00", DUE[:2]),  # ... which has passed
    ],
    ids=["first-contact", "one-skip", "paced", "pace-passed"],
)
def test_limit_catch_up(last: str | None, now: str, expected: list) -> None:
    since = datetime.fromisoformat(last).replace(tzinfo=TZ) if last else None
    at = datetime.fromisoformat(now).replace(tzinfo=TZ)
    assert limit_catch_up(DUE, since, 7, TZ, at) == expected


def test_a_normal_chase_is_not_paced() -> None:
    # reminder 2 is due alone on its own day, a week after reminder 1: it goes
    r1 = t("2026-12-04T09:00:00+08:00")
    due = [(key("reminder", 2), t("2026-12-11T09:00:00+08:00"))]
    assert limit_catch_up(due, r1, 7, TZ, t("2026-12-11T09:00:00+08:00")) == due


def record(k: SendKey, status: str, at: str) -> SendRecord:
    return SendRecord(k, legacy_message_id(k, DOMAIN), status, t(at))  # type: ignore[arg-type]


def test_skips_recorded_in_the_future_are_not_final() -> None:
    now = "2026-12-01T10:00:00+08:00"
    sends = {
        key("notice"): record(key("notice"), "sent", "2026-11-13T09:00:00+08:00"),
        key("due"): record(key("due"), "skipped", "2027-12-01T10:00:00+08:00"),
        key("reminder", 1): record(key("reminder", 1), "skipped", "2026-11-30T10:00:00+08:00"),
    }
    assert set(live_records(sends, t(now))) == {key("notice"), key("reminder", 1)}
    assert last_activity(StateView(sends=sends)) == t("2027-12-01T10:00:00+08:00")


def test_the_planner_sends_a_stage_skipped_by_a_clock_that_came_back() -> None:
    config = make_config()
    now = t("2026-11-20T10:00:00+08:00")  # m1's due day
    sends = {
        key("notice"): record(key("notice"), "sent", "2026-11-13T09:00:00+08:00"),
        key("due"): record(key("due"), "skipped", "2027-11-20T10:00:00+08:00"),
    }
    planned = [e.key for e in due_emails(config, StateView(sends=sends), now)]
    assert key("due") in planned


# --- the daemon, on the shipped demo ------------------------------------------------------

YEAR_AHEAD = "2027-12-01T10:00:00+08:00"


def outbox(demo_config: Path) -> list[bytes]:
    folder = demo_config.parent / "data" / "outbox" / "new"
    return sorted(p.read_bytes() for p in folder.iterdir()) if folder.is_dir() else []


def plan(demo_config: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    args = ["plan", "--from", "2026-12-02", "--to", "2027-06-30", "--json"]
    assert main([*args, "--config", str(demo_config)]) == 0
    return json.loads(capsys.readouterr().out)


def run(demo_config: Path, now: str, *extra: str) -> None:
    assert main(["run", "--once", "--now", now, *extra, "--config", str(demo_config)]) == 0


def test_a_clock_one_year_ahead_sends_nothing_and_the_plan_survives(
    demo: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    run(demo, DEMO_NOW)
    before, planned = outbox(demo), plan(demo, capsys)
    assert any(row["stage"] == "legal" for row in planned)  # counsel is in the plan

    run(demo, YEAR_AHEAD)
    new = [m for m in outbox(demo) if m not in before]
    assert len(new) == 1  # the one alert, nothing else
    alert = message_from_bytes(new[0], policy=default)
    assert alert["To"].addresses[0].addr_spec == "pm@example.cn"  # not counsel, not a client
    body = alert.get_body(("plain",)).get_content()
    assert "--accept-clock" in body and "2027-12-01 10:00 +0800" in body and "365.0" in body
    run(demo, YEAR_AHEAD)  # still held: no second alert
    assert len(outbox(demo)) == len(before) + 1

    assert plan(demo, capsys) == planned  # nothing was recorded as skipped or sent
    # back on the right clock: at the plan's first instant, exactly what it said goes out
    first = min(datetime.fromisoformat(r["at"]) for r in planned)
    run(demo, first.isoformat())
    sent = {mid(m) for m in outbox(demo) if m not in before} - {mid(new[0])}
    expected = {
        demo_mid(r["contract"], r["milestone"], r["stage"], r["seq"])
        for r in planned
        if datetime.fromisoformat(r["at"]) == first
    }
    assert sent == expected and expected


def test_a_state_without_a_heartbeat_stays_held_after_the_alert(demo: Path) -> None:  # noqa: F811
    """A state from an older cuikuan has no clock.json: the state's last activity is the
    reference. The hold's own alert is recorded in the state at the jumped time, so the
    next cycle took the jump for normal and sent the year's chase."""
    run(demo, DEMO_NOW)
    before = outbox(demo)
    (demo.parent / "data" / "clock.json").unlink()
    run(demo, YEAR_AHEAD)
    run(demo, YEAR_AHEAD)
    assert len(outbox(demo)) == len(before) + 1  # the one alert, nothing else


def mid(raw: bytes) -> str:
    return str(message_from_bytes(raw, policy=default)["Message-ID"])


def skipped(demo_config: Path) -> dict[tuple[str, str | None], int]:
    """Stages recorded as skipped, per milestone."""
    config = load_config(demo_config)
    with Store(config.settings.data_dir / "state.json", read_only=True) as store:
        sends = store.snapshot().sends.values()
    out: dict[tuple[str, str | None], int] = {}
    for r in sends:
        if r.status == "skipped":
            out[(r.key.contract, r.key.milestone)] = (
                out.get((r.key.contract, r.key.milestone), 0) + 1
            )
    return out


def test_accept_clock_acts_at_the_new_time_skipping_one_stage_at_most(
    demo: Path,  # noqa: F811
) -> None:
    run(demo, DEMO_NOW)  # the notice of the Chinese client's milestone goes out
    before = outbox(demo)
    run(demo, YEAR_AHEAD)
    assert len(outbox(demo)) == len(before) + 1  # held
    run(demo, YEAR_AHEAD, "--accept-clock")
    assert len(outbox(demo)) > len(before) + 1  # it acts at the accepted time
    assert skipped(demo).get(("HZ-2026-017", "midterm"), 0) <= 1
    run(demo, "2027-12-02T10:00:00+08:00")  # the new time is the reference now: not held
    assert skipped(demo).get(("HZ-2026-017", "midterm"), 0) <= 1  # paced, not one a tick


def test_the_guard_is_off_for_a_pinned_test_clock_unless_asked(demo: Path) -> None:  # noqa: F811
    config_path = demo
    config = load_config(config_path)
    at = datetime(2026, 12, 1, 2, tzinfo=UTC)
    plain = Daemon(config_path, config, FixedClock(at))
    plain.runtime.close()
    assert plain.clock_watch is None
    guarded = Daemon(config_path, config, FixedClock(at), clock_guard=True)
    try:
        assert guarded.clock_watch is not None and guarded.clock_ok()
    finally:
        guarded.runtime.close()
