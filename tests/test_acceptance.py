"""Acceptance learned by email and deemed acceptance (issue 13.7): the pure rules, the
decisions, the staff command, the config check and the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from daemon.config.schema import Config
from daemon.domain.acceptance import event_date
from daemon.domain.ledger import Ledger
from daemon.domain.state import LearnedEvent, StateView
from daemon.inbox.authorize import Authorization
from daemon.inbox.classify import Classification
from daemon.inbox.decide import Decision, decide
from daemon.inbox.matching import Match
from daemon.inbox.staff_commands import CommandError, StaffCommand, parse_command
from daemon.storage.store import Store
from tests import test_config
from tests.inbox_builders import (
    ACME_TO,
    BOSS,
    C1,
    PM,
    acme,
    beta,
    contract,
    mail,
    make_config,
    milestone,
    state,
    t,
)
from tests.test_config import BASE, edit, issues_of, line

write = test_config.write  # the fixture: config files under tmp_path
NOW = t("2026-11-30T11:00:00+08:00")  # the reply's Date is 2026-11-30T10:00+08:00
M1 = Match("thread", "acme", C1, "m1")
CLIENT = Authorization("client", True, "contact")
STAFF = Authorization("staff", True, "no header")
R1 = (C1, "m1", "reminder", 1)
FINAL = {
    "id": "m2",
    "name": "Final",
    "amount": "1000.00",
    "due_after": {"event": "acceptance", "days": 10},
}


def config(acceptance: str | None = None, **rule: Any) -> Config:
    c = contract(C1, milestone("m1", "2026-11-20"), FINAL)
    c["events"] = {"delivery": "2026-11-10", "acceptance": acceptance}
    if rule:
        c["acceptance"] = rule
    return make_config(acme(c), beta())


def learned(day: date | None, source: str = "client", by: str = ACME_TO) -> StateView:
    event = LearnedEvent(day, source, NOW, by)  # type: ignore[arg-type]
    return StateView(sends=state(R1).sends, contract_events={(C1, "acceptance"): event})


def run(
    kind: str,
    text: str,
    *,
    cfg: Config | None = None,
    view: StateView | None = None,
    auth: Authorization = CLIENT,
    confidence: float = 0.85,
    frm: str = ACME_TO,
) -> Decision:
    the_mail = mail(text=text, from_addr=frm)
    c = Classification(kind, confidence=confidence, evidence=[text])  # type: ignore[arg-type]
    return decide(the_mail, c, M1, auth, cfg or config(), view or state(R1), NOW, "<x@acme.cn>")


# --- which date counts -----------------------------------------------------------------


def test_the_yaml_wins_then_what_was_learned_then_deemed() -> None:
    written = config("2026-11-20", deemed_after_days=15)
    assert (
        event_date(written.clients[0].contracts[0], "acceptance", learned(date(2026, 12, 1))).source
        == "config"
    )
    deemed = config(deemed_after_days=15).clients[0].contracts[0]
    assert event_date(deemed, "acceptance", StateView()).day == date(2026, 11, 25)
    mine = event_date(deemed, "acceptance", learned(date(2026, 11, 20)))
    assert (mine.day, mine.source) == (date(2026, 11, 20), "client")
    cleared = event_date(deemed, "acceptance", learned(None, "staff", PM))
    assert (cleared.day, cleared.source) == (None, "cleared")  # no deemed date either


def test_the_ledger_hands_out_contracts_with_the_learned_date() -> None:
    ledger = Ledger(config(), learned(date(2026, 12, 1)))
    view = ledger.milestone(C1, "m2")
    assert view is not None and view.due == date(2026, 12, 11)
    assert Ledger(config()).milestone(C1, "m2").due is None  # type: ignore[union-attr]


# --- a client's reply ------------------------------------------------------------------


def test_a_confident_acceptance_records_the_day_the_client_wrote() -> None:
    d = run("acceptance", "验收合格")
    assert d.action == "acceptance_recorded" and d.changes == ()
    [(contract_id, name, fact)] = d.dated
    assert (contract_id, name, fact.day, fact.source) == (
        C1,
        "acceptance",
        date(2026, 11, 30),
        "client",
    )
    assert [e.to for e in d.emails] == [(PM,)]  # the client gets nothing
    title, body = d.emails[0].context["title"], d.emails[0].context["body"]
    assert "Acceptance recorded" in title and "- Final (CNY 1,000.00): 2026-12-10" in body
    assert [e.kind for e in d.events] == ["event_dated", "alert"]


@pytest.mark.parametrize(
    ("why", "kw"),
    [
        ("not sure", {"confidence": 0.6}),
        ("no acceptance event in the contract", {"cfg": make_config()}),
    ],
)
def test_otherwise_the_pm_is_asked_as_before(why: str, kw: dict[str, Any]) -> None:
    d = run("acceptance", "accepted", **kw)
    assert d.action == "asked_pm" and d.dated == (), why


def test_an_unauthenticated_acceptance_changes_nothing() -> None:
    d = run("acceptance", "验收合格", auth=Authorization("client", False, "dmarc=fail"))
    assert d.action == "suspicious" and d.dated == ()


@pytest.mark.parametrize(
    ("cfg", "view", "kept"),
    [
        (config("2026-11-20"), None, "acceptance 2026-11-20 (YAML)"),
        (
            config(),
            learned(date(2026, 11, 28)),
            f"acceptance 2026-11-28 (client email from {ACME_TO})",
        ),
        (
            config(deemed_after_days=15),
            None,
            "acceptance 2026-11-25 (deemed: 15 days after delivery 2026-11-10)",
        ),
    ],
    ids=["yaml", "recorded", "deemed-earlier"],
)
def test_a_known_date_is_kept_and_the_pm_told(
    cfg: Config, view: StateView | None, kept: str
) -> None:
    d = run("acceptance", "验收合格", cfg=cfg, view=view)
    assert d.action == "acceptance_known" and d.dated == ()
    assert kept in d.emails[0].context["body"]


def test_deemed_later_than_the_client_reply_gives_way_to_it() -> None:
    d = run("acceptance", "验收合格", cfg=config(deemed_after_days=30))  # deemed 12-10
    assert d.action == "acceptance_recorded" and d.dated[0][2].day == date(2026, 11, 30)


# --- the staff command -----------------------------------------------------------------


def test_accepted_parses_a_date_or_clear() -> None:
    today = date(2026, 12, 3)
    assert parse_command("accepted 2026-12-01", today) == StaffCommand(
        "accepted", day=date(2026, 12, 1)
    )
    assert parse_command("验收 12月1日", today) == StaffCommand("accepted", day=date(2026, 12, 1))
    assert parse_command("accepted clear", today) == StaffCommand("accepted", text="clear")
    assert isinstance(parse_command("accepted", today), CommandError)
    assert isinstance(parse_command("accepted soon-ish", today), CommandError)


def test_staff_accepted_sets_changes_and_clears() -> None:
    d = run("other", "accepted 2026-12-01", auth=STAFF, frm=BOSS)
    assert d.action == "staff_accepted"
    assert d.dated[0][2] == LearnedEvent(date(2026, 12, 1), "staff", NOW, BOSS, "<x@acme.cn>")
    assert "2026-12-11" in d.emails[0].context["result"]
    cleared = run("other", "accepted clear", auth=STAFF, frm=BOSS, view=learned(date(2026, 11, 30)))
    assert cleared.dated[0][2].day is None
    assert "was acceptance 2026-11-30" in cleared.emails[0].context["result"]


@pytest.mark.parametrize(
    ("cfg", "says"),
    [(config("2026-11-20"), "edit it there"), (make_config(), "no 'acceptance' event")],
)
def test_staff_accepted_refused_with_a_reason(cfg: Config, says: str) -> None:
    d = run("other", "accepted 2026-12-01", auth=STAFF, frm=BOSS, cfg=cfg)
    assert d.action == "staff_error" and d.dated == ()
    assert says in d.emails[0].context["result"]


# --- the config check and the store ------------------------------------------------------


def test_an_acceptance_rule_naming_an_unknown_event_is_a_config_error(write: Any) -> None:
    text = edit(
        BASE,
        "events: {delivery: 2026-02-01}",
        "events: {delivery: 2026-02-01}\n"
        "        acceptance: {deemed_after_days: 15, after: delivry}",
    )
    assert issues_of(write(text)) == [
        f"config.yaml:{line(text, 'delivry')}: clients[0].contracts[0].acceptance.event: "
        "unknown event 'acceptance'; this contract's events are: delivery",
        f"config.yaml:{line(text, 'delivry')}: clients[0].contracts[0].acceptance.after: "
        "unknown event 'delivry' (did you mean 'delivery'?); this contract's events are: delivery",
    ]


def test_a_learned_date_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    fact = LearnedEvent(date(2026, 11, 30), "client", NOW, ACME_TO, "<r1@acme.cn>")
    with Store(path) as store:
        store.set_contract_event(C1, "acceptance", fact)
        store.set_contract_event(C1, "acceptance", LearnedEvent(None, "staff", NOW, PM))
    with Store(path, read_only=True) as store:
        assert store.snapshot().contract_events == {
            (C1, "acceptance"): LearnedEvent(None, "staff", NOW, PM)
        }


def test_the_history_says_what_was_answered_and_dated() -> None:
    from daemon.domain.events import Answered, EventDated, decode, encode
    from daemon.reports.history import _summary

    dated = EventDated(
        at=NOW,
        contract=C1,
        event="acceptance",
        day=date(2026, 11, 30),
        source="client",
        before="acceptance: no date yet",
        sender=ACME_TO,
    )
    answered = Answered(
        at=NOW,
        contract=C1,
        milestone="m1",
        items=("invoice",),
        sender=ACME_TO,
        hold_until=t("2026-12-03T11:00:00+08:00"),
    )
    assert decode(encode(dated)) == dated and decode(encode(answered)) == answered
    assert _summary(dated) == (
        f"acceptance 2026-11-30 (client {ACME_TO}); before: acceptance: no date yet"
    )
    assert _summary(answered) == (
        f"answered {ACME_TO}: sent invoice; no chase before 2026-12-03T11:00:00+08:00"
    )
