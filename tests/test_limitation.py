"""The limitation clock (issue 14.5): hand-computed dates, restarts, config, status, todo."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from daemon.cli.main import main
from daemon.config.loader import load_config
from daemon.domain.events import PaymentRecorded, Received
from daemon.domain.ledger import Ledger
from daemon.domain.limitation import (
    Restart,
    add_years,
    expiry,
    limitations,
    restarts,
    warning_due,
)
from daemon.domain.state import SendKey, SendRecord, StateView
from daemon.errors import ConfigError
from daemon.reports.todo import todo
from daemon.service.layout import state_path
from daemon.storage.store import Store
from tests.demo_config import copy_demo
from tests.inbox_builders import acme, contract, make_config, milestone

SH = ZoneInfo("Asia/Shanghai")


def _demand(day: date) -> Restart:
    return Restart(day, "demand sent", True)


def _ack(day: date) -> Restart:
    return Restart(day, "client reply (promise)", False)


def test_three_years_from_the_due_date_on_the_corresponding_day() -> None:
    assert expiry(date(2026, 10, 20), []).expires == date(2029, 10, 20)
    assert expiry(date(2026, 10, 20), [], years=2).expires == date(2028, 10, 20)


def test_29_february_ends_on_28_february_when_the_last_year_has_none() -> None:
    assert add_years(date(2028, 2, 29), 3) == date(2031, 2, 28)
    assert add_years(date(2028, 2, 29), 4) == date(2032, 2, 29)
    assert expiry(date(2028, 2, 29), []).expires == date(2031, 2, 28)
    # a restart on 29 Feb: same rule
    assert expiry(date(2027, 6, 30), [_ack(date(2028, 2, 29))]).expires == date(2031, 2, 28)


def test_a_demand_then_an_acknowledgement_each_restart_the_period() -> None:
    got = expiry(date(2026, 10, 20), [_ack(date(2027, 3, 1)), _demand(date(2026, 11, 10))])
    assert got.expires == date(2030, 3, 1)
    assert got.last_restart == _ack(date(2027, 3, 1))
    # chained: each restart inside the running period moves the end again
    chain = [_demand(date(2029, 10, 1)), _demand(date(2032, 9, 30))]
    assert expiry(date(2026, 10, 20), chain).expires == date(2035, 9, 30)


def test_a_restart_before_the_due_date_changes_nothing() -> None:
    assert expiry(date(2026, 10, 20), [_ack(date(2026, 9, 1))]).expires == date(2029, 10, 20)


def test_a_demand_after_expiry_revives_nothing_but_an_acknowledgement_does() -> None:
    late = date(2029, 10, 21)
    assert expiry(date(2026, 10, 20), [_demand(late)]).expires == date(2029, 10, 20)
    assert expiry(date(2026, 10, 20), [_demand(date(2029, 10, 20))]).expires == date(
        2032, 10, 20
    )  # the last day still counts
    assert expiry(date(2026, 10, 20), [_ack(late)]).expires == date(2032, 10, 21)


def test_warnings_90_30_and_7_days_before_each_shown_for_a_week() -> None:
    end = date(2029, 10, 20)
    shown = {
        left: warning_due(end, date.fromordinal(end.toordinal() - left))
        for left in (100, 91, 90, 84, 83, 31, 30, 24, 23, 8, 7, 1, 0, -1)
    }
    assert shown == {
        100: None, 91: None, 90: 90, 84: 90, 83: None, 31: None, 30: 30, 24: 30, 23: None,
        8: None, 7: 7, 1: 7, 0: 7, -1: None,
    }  # fmt: skip


def _sent(stage: str, at: str, status: str = "sent", milestone: str = "m1") -> tuple:
    key = SendKey("C1", milestone, stage)
    return key, SendRecord(key, f"<{stage}.{status}@x>", status, datetime.fromisoformat(at))  # type: ignore[arg-type]


def test_only_formal_letters_sent_to_the_debtor_and_its_own_acknowledgements_restart() -> None:
    sends = dict(
        [
            _sent("demand", "2026-11-10T09:00:00+08:00"),
            _sent("escalate", "2026-11-30T23:30:00+00:00"),  # 1 Dec in Shanghai
            _sent("reminder", "2026-12-05T09:00:00+08:00"),  # not a formal demand
            _sent("legal", "2026-12-06T09:00:00+08:00"),  # to our counsel, not the debtor
            _sent("demand", "2026-12-07T09:00:00+08:00", "pending", "m2"),  # not delivered
        ]
    )
    at = datetime.fromisoformat("2027-01-05T10:00:00+08:00")
    events = [
        Received(at=at, contract="C1", milestone="m1", reply_kind="promise", matched_via="token"),
        Received(at=at, contract="C1", milestone="m1", reply_kind="dispute", matched_via="token"),
        Received(at=at, contract="C1", milestone="m2", reply_kind="paid", matched_via="token"),
        Received(at=at, contract="C1", milestone=None, reply_kind="paid", matched_via="subject"),
        Received(
            at=at,
            contract="C1",
            milestone="m1",
            reply_kind="paid",
            matched_via="token",
            action="staff_paid",
        ),
        PaymentRecorded(
            at=at,
            contract="C1",
            milestone="m1",
            amount=Decimal(100),
            paid_on=date(2027, 1, 3),
            verified=True,
            remaining=Decimal(900),
        ),
        PaymentRecorded(at=at, contract="C1", milestone="m1", amount=Decimal(5), verified=False),
    ]
    got = sorted((r.day, r.demand) for r in restarts("C1", "m1", sends, events, SH))
    assert got == [
        (date(2026, 11, 10), True),
        (date(2026, 12, 1), True),
        (date(2027, 1, 3), False),
        (date(2027, 1, 5), False),
    ]


def _world(**client: object) -> Ledger:
    """Client acme owing m1 (due 2026-10-20, demand sent 2026-11-10); m2 paid."""
    owed = contract(
        "C1",
        milestone("m1", "2026-10-20", "5000.00"),
        milestone("m2", "2026-11-20", "2000.00", paid={"on": "2026-11-19"}),
    )
    config = make_config({**acme(owed), **client})
    return Ledger(config, StateView(sends=dict([_sent("demand", "2026-11-10T09:00:00+08:00")])))


def test_each_unpaid_milestone_gets_a_date_and_only_the_past_restarts_it() -> None:
    ledger = _world()
    before = datetime.fromisoformat("2026-11-01T09:00:00+08:00")
    after = datetime.fromisoformat("2026-12-01T09:00:00+08:00")
    assert {k: v.expires for k, v in limitations(ledger, [], before).items()} == {
        ("C1", "m1"): date(2029, 10, 20)
    }  # m2 is paid: no clock
    assert limitations(ledger, [], after)[("C1", "m1")].expires == date(2029, 11, 10)


def test_a_client_may_have_its_own_period_and_bad_values_are_refused() -> None:
    ledger = _world(limitation={"years": 2})
    now = datetime.fromisoformat("2026-11-01T09:00:00+08:00")
    assert limitations(ledger, [], now)[("C1", "m1")].expires == date(2028, 10, 20)
    with pytest.raises(ValidationError, match="limitation.years"):
        make_config(acme(), limitation={"years": 0})
    with pytest.raises(ValidationError, match="limitation.yers"):
        _world(limitation={"yers": 2})


def test_the_daily_list_warns_90_days_before_and_proposes_a_demand() -> None:
    ledger = _world()
    config, state = ledger.config, ledger.state
    at = datetime.fromisoformat("2029-08-15T09:00:00+08:00")  # 87 days before 2029-11-10
    got = [a for a in todo(config, state, at) if a.kind == "limitation"]
    assert [(a.milestone, a.amount) for a in got] == [("m1", Decimal("5000.00"))]
    assert "10 November 2029, in 87 day(s): send a formal demand" in got[0].reason
    assert not [a for a in todo(config, state, at.replace(month=7)) if a.kind == "limitation"]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return copy_demo(tmp_path)


def test_status_shows_the_date_restarted_by_the_demand_sent(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = load_config(demo)
    key = SendKey("ACME-2026-03", "midterm", "demand")
    at = datetime.fromisoformat("2026-11-10T09:00:00+08:00")
    with Store(state_path(config)) as store:
        store.record_pending(key, "<demand.1@x>", at, ["ap@acme.example"])
        store.mark_sent("<demand.1@x>", at)
    now = "2026-12-01T10:00:00+08:00"
    assert main(["status", "--json", "--now", now, "--config", str(demo)]) == 0
    rows = {(r["contract"], r["milestone"]): r for r in json.loads(capsys.readouterr().out)}
    assert rows[("ACME-2026-03", "midterm")]["limitation_expires"] == "2029-11-10"
    assert rows[("ACME-2026-03", "final")]["limitation_expires"] is not None
    assert rows[("ACME-2026-03", "deposit")]["limitation_expires"] is None  # paid
    assert main(["status", "--now", now, "--config", str(demo)]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert "limitation_expires" in header
    assert any("ACME-2026-03" in line and "2029-11-10" in line for line in lines)
    assert (
        main(["todo", "--json", "--now", "2029-08-15T09:00:00+08:00", "--config", str(demo)]) == 0
    )
    todo_rows = json.loads(capsys.readouterr().out)
    warned = [(r["contract"], r["milestone"]) for r in todo_rows if r["kind"] == "limitation"]
    assert ("ACME-2026-03", "midterm") in warned


def test_jurisdiction_presets_set_the_period_and_whether_a_demand_restarts_it() -> None:
    """m1 due 2026-10-20, a demand delivered 2026-11-10, a promise (acknowledgement) later."""
    now = datetime.fromisoformat("2026-12-01T09:00:00+08:00")
    ack = Received(
        at=datetime.fromisoformat("2026-11-20T10:00:00+08:00"),
        contract="C1",
        milestone="m1",
        reply_kind="promise",
        matched_via="thread",
        message_id="<ack@acme.cn>",
    )
    expected = {
        # PRC (default): 3 years; the demand restarts it, and so does the acknowledgement
        None: (date(2029, 11, 10), date(2029, 11, 20)),
        "prc": (date(2029, 11, 10), date(2029, 11, 20)),
        # Hong Kong / Singapore / England: 6 years; a demand restarts nothing (s.23 / s.29)
        "hong_kong": (date(2032, 10, 20), date(2032, 11, 20)),
        "singapore": (date(2032, 10, 20), date(2032, 11, 20)),
        "england": (date(2032, 10, 20), date(2032, 11, 20)),
        # Japan: 5 years from when the creditor knew; acknowledgement renews (Art. 152)
        "japan": (date(2031, 10, 20), date(2031, 11, 20)),
    }
    for jurisdiction, (demand_only, acknowledged) in expected.items():
        rule = {} if jurisdiction is None else {"limitation": {"jurisdiction": jurisdiction}}
        ledger = _world(**rule)
        assert limitations(ledger, [], now)[("C1", "m1")].expires == demand_only, jurisdiction
        assert limitations(ledger, [ack], now)[("C1", "m1")].expires == acknowledged
    # years overrides the preset's period, the preset's restart rule stays
    ledger = _world(limitation={"jurisdiction": "england", "years": 2})
    assert limitations(ledger, [], now)[("C1", "m1")].expires == date(2028, 10, 20)


def test_the_installation_default_and_a_bad_jurisdiction_named_with_file_and_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = copy_demo(tmp_path)
    text = demo.read_text(encoding="utf-8")
    anchor = "settings:\n"
    assert text.count(anchor) == 1
    good = text.replace(anchor, anchor + "  limitation: {jurisdiction: hong_kong}\n")
    demo.write_text(good, encoding="utf-8")
    config = load_config(demo)
    assert config.settings.limitation.period_years == 6
    assert not config.settings.limitation.demand_restarts

    bad = text.replace(anchor, anchor + "  limitation: {jurisdiction: hongkong, years: 3}\n")
    demo.write_text(bad, encoding="utf-8")
    monkeypatch.chdir(demo.parent)
    with pytest.raises(ConfigError) as caught:
        load_config(Path(demo.name))
    [issue] = [str(i) for i in caught.value.issues]
    line = bad.splitlines().index("  limitation: {jurisdiction: hongkong, years: 3}") + 1
    assert issue == (
        f"{demo.name}:{line}: settings.limitation.jurisdiction: hongkong must be 'prc', "
        "'hong_kong', 'singapore', 'england' or 'japan'"
    )
