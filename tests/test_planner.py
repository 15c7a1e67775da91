"""The planner: nominal timelines, what a tick sends, and plan_window == repeated ticks."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from daemon.config.schema import Config
from daemon.domain.emails import PlannedEmail, legacy_message_id
from daemon.domain.forecast import next_email, plan_window
from daemon.domain.planner import (
    due_emails,
    milestone_timeline,
    recipients,
    undeliverable,
)
from daemon.domain.state import MilestoneState, SendKey, SendRecord, SendStatus, StateView

DOMAIN = "team.example"
PM, SUPERVISOR, FINANCE, LEGAL = (
    "pm@team.example",
    "boss@team.example",
    "finance@team.example",
    "counsel@law.example",
)


# --- compact builders ------------------------------------------------------------------------


def ms(id: str = "m1", due: str | None = "2026-03-10", **kw: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"id": id, "name": f"Milestone {id}", "amount": "1000.00", **kw}
    if due is not None:
        out["due"] = due
    return out


def contract(id: str = "C1", milestones: list[dict] | None = None, **kw: Any) -> dict[str, Any]:
    return {
        "id": id,
        "title": f"Contract {id}",
        "total": "10000.00",
        "signed": "2026-01-05",
        "payment_instructions": "Bank of Example, account 123",
        "milestones": milestones or [ms()],
        **kw,
    }


def client(
    id: str = "acme",
    contracts: list[dict] | None = None,
    to: tuple[str, ...] = ("pay@acme.cn",),
    cc: tuple[str, ...] = ("cfo@acme.cn",),
    **kw: Any,
) -> dict[str, Any]:
    return {
        "id": id,
        "name": f"{id} Ltd",
        "contacts": {"to": [{"email": e} for e in to], "cc": [{"email": e} for e in cc]},
        "contracts": contracts or [contract()],
        **kw,
    }


def config(*clients: dict, legal: bool = True, **policy: Any) -> Config:
    settings: dict[str, Any] = {
        "company": "Team",
        "pm": {"name": "PM", "email": PM},
        "supervisor": {"email": SUPERVISOR},
        "finance": {"email": FINANCE},
        "mail": {"from": {"email": "chase@team.example"}},
        "policy": policy,
    }
    if legal:
        settings["legal"] = {"email": LEGAL}
    return Config.model_validate({"settings": settings, "clients": list(clients) or [client()]})


def t(text: str) -> datetime:
    return datetime.fromisoformat(text)


def sent(*keys: tuple, status: SendStatus = "sent", at: str = "2026-01-01T09:00:00+08:00") -> dict:
    """Send records for (contract, milestone, stage, seq) tuples, in the order given."""
    base = t(at)
    return {
        SendKey(*k): SendRecord(
            SendKey(*k), legacy_message_id(SendKey(*k), DOMAIN), status, base + timedelta(hours=i)
        )
        for i, k in enumerate(keys)
    }


def state(sends: dict | None = None, seen: str = "2026-01-05T10:00:00+08:00", **kw: Any):
    return StateView(contracts_seen={"C1": t(seen)}, sends=sends or {}, **kw)


TERMS = ("C1", None, "terms", 0)
NOTICE, DUE = ("C1", "m1", "notice", 0), ("C1", "m1", "due", 0)
R1, R2, R3, R4 = (("C1", "m1", "reminder", k) for k in (1, 2, 3, 4))
DEMAND, ESCALATE = ("C1", "m1", "demand", 0), ("C1", "m1", "escalate", 0)


def keys(emails: list[PlannedEmail]) -> list[tuple]:
    return [(e.key.contract, e.key.milestone, e.key.stage, e.key.seq) for e in emails]


# --- timelines -------------------------------------------------------------------------------

TIMELINES = [
    pytest.param(
        {"due": "2026-01-31"},
        {},
        [
            ("notice", 0, "2026-01-26T09:00+08:00"),  # Sat 24th -> Monday
            ("due", 0, "2026-02-02T09:00+08:00"),  # Sat 31st -> Monday
            ("reminder", 1, "2026-02-09T09:00+08:00"),
            ("reminder", 2, "2026-02-14T09:00+08:00"),  # make-up Saturday: sent that day
            ("reminder", 3, "2026-02-24T09:00+08:00"),  # Spring Festival -> after it
            ("reminder", 4, "2026-02-28T09:00+08:00"),  # make-up Saturday
            ("demand", 0, "2026-03-02T09:00+08:00"),
            ("escalate", 0, "2026-03-17T09:00+08:00"),
            ("legal", 0, "2026-04-01T09:00+08:00"),
        ],
        id="month-end-and-spring-festival",
    ),
    pytest.param(
        {"due": "2026-01-31"},
        {"reminder_every_days": 29},
        [
            ("notice", 0, "2026-01-26T09:00+08:00"),
            ("due", 0, "2026-02-02T09:00+08:00"),
            ("reminder", 1, "2026-03-02T09:00+08:00"),  # Jan 31 + 29 = Sun Mar 1, no Feb 29
            ("demand", 0, "2026-03-02T09:00+08:00"),  # same slot: both kept, in order
            ("escalate", 0, "2026-03-17T09:00+08:00"),
            ("legal", 0, "2026-04-01T09:00+08:00"),
        ],
        id="no-feb-29-and-shared-slot",
    ),
    pytest.param(
        {"due": "2026-10-03"},
        {"demand_after_days": 15, "escalate_after_days": 16, "legal_after_days": 17},
        [
            ("notice", 0, "2026-09-28T09:00+08:00"),  # Sat 26th (not a make-up day)
            ("due", 0, "2026-10-08T09:00+08:00"),  # National Day week
            ("reminder", 1, "2026-10-10T09:00+08:00"),  # Saturday make-up workday
            ("reminder", 2, "2026-10-19T09:00+08:00"),  # Oct 18 is a Sunday -> Monday
            ("demand", 0, "2026-10-19T09:00+08:00"),
            ("escalate", 0, "2026-10-19T09:00+08:00"),
            ("legal", 0, "2026-10-20T09:00+08:00"),
        ],
        id="national-day",
    ),
]


@pytest.mark.parametrize(("milestone", "policy", "expected"), TIMELINES)
def test_timeline(milestone: dict, policy: dict, expected: list[tuple]) -> None:
    cfg = config(client(contracts=[contract(milestones=[ms(**milestone)])]), **policy)
    cl = cfg.clients[0]
    got = milestone_timeline(cfg, cl, cl.contracts[0], cl.contracts[0].milestones[0])
    assert [(k.stage, k.seq, at) for k, at in got] == [(s, q, t(a)) for s, q, a in expected]
    assert all(at.utcoffset() == timedelta(hours=8) for _, at in got)


def _timeline_of(cfg: Config) -> dict[tuple[str, int], datetime]:
    cl = cfg.clients[0]
    c = cl.contracts[0]
    return {(k.stage, k.seq): at for k, at in milestone_timeline(cfg, cl, c, c.milestones[0])}


@pytest.mark.parametrize(
    ("due", "stage", "expected"),
    [
        ("2026-03-30", "due", "2026-03-30T09:00+01:00"),  # BST began on Sunday 29th
        ("2026-03-30", "notice", "2026-03-23T09:00+00:00"),
        ("2026-03-27", "due", "2026-03-27T09:00+00:00"),
        ("2026-10-26", "due", "2026-10-26T09:00+00:00"),  # BST ended on Sunday 25th
        ("2026-10-26", "notice", "2026-10-19T09:00+01:00"),
        ("2026-12-18", "reminder", "2026-12-29T09:00+00:00"),  # Christmas, Boxing Day obs.
    ],
    ids=lambda v: v,
)
def test_timeline_london_dst(due: str, stage: str, expected: str) -> None:
    cl = client(
        timezone="Europe/London", calendar="GB", contracts=[contract(milestones=[ms(due=due)])]
    )
    got = _timeline_of(config(cl))[(stage, 1 if stage == "reminder" else 0)]
    assert got == t(expected)
    assert got.utcoffset() == t(expected).utcoffset()


def test_discount_moves_notice_before_the_deadline() -> None:
    plain = _timeline_of(config(client(contracts=[contract(milestones=[ms(due="2026-06-30")])])))
    disc = {"percent": "2", "days_before_due": 10}
    cfg = config(client(contracts=[contract(discount=disc, milestones=[ms(due="2026-06-30")])]))
    with_discount = _timeline_of(cfg)
    assert plain[("notice", 0)] == t("2026-06-23T09:00+08:00")
    # deadline Sat June 20, minus 7 days = Sat June 13 -> Monday June 15
    assert with_discount[("notice", 0)] == t("2026-06-15T09:00+08:00")
    assert with_discount[("due", 0)] == plain[("due", 0)]


def test_policy_override_per_contract() -> None:
    over = {"notice_days": 3, "reminder_every_days": 10, "demand_after_days": 25}
    cfg = config(
        client(
            contracts=[
                contract("C1", milestones=[ms(due="2026-03-10")], policy=over),
                contract("C2", milestones=[ms(due="2026-03-10")]),
            ]
        )
    )
    cl = cfg.clients[0]
    c1, c2 = cl.contracts
    got1 = {(k.stage, k.seq): at for k, at in milestone_timeline(cfg, cl, c1, c1.milestones[0])}
    got2 = {(k.stage, k.seq): at for k, at in milestone_timeline(cfg, cl, c2, c2.milestones[0])}
    assert got1[("notice", 0)] == t("2026-03-09T09:00+08:00")  # Sat 7th -> Monday
    assert [s for s in got1 if s[0] == "reminder"] == [("reminder", 1), ("reminder", 2)]
    assert got1[("demand", 0)] == t("2026-04-07T09:00+08:00")  # Apr 4 Qingming holidays
    assert got2[("notice", 0)] == t("2026-03-03T09:00+08:00")
    assert len([s for s in got2 if s[0] == "reminder"]) == 4


def test_unknown_due_date_has_no_timeline_and_a_known_event_does() -> None:
    later = ms(due=None, due_after={"event": "acceptance", "days": 15})
    cfg = config(client(contracts=[contract(milestones=[later], events={"acceptance": None})]))
    assert _timeline_of(cfg) == {}
    known = {"acceptance": "2026-02-23"}
    cfg = config(client(contracts=[contract(milestones=[later], events=known)]))
    assert _timeline_of(cfg)[("due", 0)] == t("2026-03-10T09:00+08:00")


def test_no_legal_stage_without_counsel() -> None:
    assert ("legal", 0) not in _timeline_of(config(legal=False))
    assert ("legal", 0) in _timeline_of(config())


def test_the_schedule_is_worked_out_once_per_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Which stages a policy schedules, and how many days after the due date, depends on
    the settings and the policy alone: a tick over 10,000 contracts worked it out again
    for every milestone (a third of the tick)."""
    import daemon.domain.timeline as timeline
    from daemon.domain import stages

    asked: list[object] = []
    real = timeline.configured

    def counting(settings: Any, rule: Any) -> bool:
        asked.append(rule)
        return real(settings, rule)

    monkeypatch.setattr(timeline, "configured", counting)
    three = [ms("m1"), ms("m2", due="2026-03-12"), ms("m3", due="2026-03-20")]
    over = {"notice_days": 3}
    cfg = config(
        client(contracts=[contract("C1", milestones=three), contract("C2", three, policy=over)])
    )
    due_emails(cfg, StateView(), t("2026-03-24T10:00:00+08:00"))
    assert len(asked) == 2 * len(stages.SCHEDULED)  # the global policy and C2's own


# --- what a tick sends -----------------------------------------------------------------------
# Default milestone: due Tue 2026-03-10. Slots (09:00+08:00): notice 03-03, due 03-10,
# reminders 03-17, 03-24, 03-31, 04-07, demand 04-09, escalate 04-24, legal 05-09 (a Saturday
# make-up workday).

DONE_TO_DUE = sent(TERMS, NOTICE, DUE)


def test_contract_added_late_sends_terms_and_only_the_latest_stage() -> None:
    now = t("2026-03-12T10:00:00+08:00")
    got = due_emails(config(), state(seen="2026-03-12T09:30:00+08:00"), now)
    assert keys(got) == [DUE, TERMS]  # sorted by nominal time: due slot, then first seen
    terms, due = got[1], got[0]
    assert terms.at == t("2026-03-12T09:30:00+08:00") and terms.thread == ()
    assert due.at == t("2026-03-10T09:00:00+08:00")
    assert due.supersedes == (SendKey(*NOTICE),)
    assert due.to == ("pay@acme.cn",) and due.cc == ("cfo@acme.cn",)
    assert due.language == "zh" and due.client == "acme"


def test_unseen_contract_terms_at_now() -> None:
    now = t("2026-02-02T10:00:00+08:00")
    got = due_emails(config(), StateView(), now)
    assert keys(got) == [TERMS] and got[0].at == now


@pytest.mark.parametrize(
    ("now", "expected", "supersedes"),
    [
        ("2026-03-25T10:00:00+08:00", R2, [R1]),  # down a week: current stage only
        ("2026-03-25T20:00:00+08:00", None, []),  # outside the window: nothing
        ("2026-03-26T09:00:00+08:00", R2, [R1]),  # next morning: it goes
        ("2026-03-28T10:00:00+08:00", None, []),  # Saturday
        ("2026-03-10T08:59:00+08:00", None, []),  # before the slot
        ("2026-03-16T10:00:00+08:00", None, []),  # due already sent, R1 not yet
        # down a month: never a demand no reminder preceded, one stage skipped at most
        ("2026-04-10T10:00:00+08:00", R2, [R1]),
    ],
    ids=["week-down", "evening", "next-morning", "saturday", "early", "between", "long-down"],
)
def test_tick(now: str, expected: tuple | None, supersedes: list[tuple]) -> None:
    got = due_emails(config(), state(DONE_TO_DUE), t(now))
    if expected is None:
        assert got == []
        return
    (email,) = got
    assert keys(got) == [expected]
    assert email.supersedes == tuple(SendKey(*k) for k in supersedes)
    assert email.thread == (
        f"<ck.C1.m1.notice.0@{DOMAIN}>",
        f"<ck.C1.m1.due.0@{DOMAIN}>",
    )


@pytest.mark.parametrize("status", ["pending", "skipped", "failed"])
def test_any_recorded_send_counts_as_done(status: SendStatus) -> None:
    sends = {**sent(TERMS, NOTICE), **sent(DUE, status=status)}
    got = due_emails(config(), state(sends), t("2026-03-12T10:00:00+08:00"))
    assert got == []


def test_a_stale_stage_before_a_done_one_is_never_sent() -> None:
    sends = sent(TERMS, DUE)  # notice was never recorded, but due was
    assert due_emails(config(), state(sends), t("2026-03-12T10:00:00+08:00")) == []


@pytest.mark.parametrize(
    ("status", "hold", "now", "expected"),
    [
        ("open", "2026-03-20T00:00:00+08:00", "2026-03-18T10:00:00+08:00", None),
        ("open", "2026-03-20T00:00:00+08:00", "2026-03-20T10:00:00+08:00", R1),
        ("promised", "2026-03-27T12:00:00+08:00", "2026-03-27T11:00:00+08:00", None),
        ("promised", "2026-03-27T12:00:00+08:00", "2026-03-27T12:00:00+08:00", R2),
        ("paused", "2026-03-20T00:00:00+08:00", "2026-03-20T10:00:00+08:00", R1),
        ("paused", None, "2026-04-20T10:00:00+08:00", None),
        ("disputed", None, "2026-04-20T10:00:00+08:00", None),
        ("stopped", None, "2026-04-20T10:00:00+08:00", None),
    ],
)
def test_status_and_hold(status: str, hold: str | None, now: str, expected: tuple | None) -> None:
    milestone = MilestoneState(status=status, hold_until=t(hold) if hold else None)  # type: ignore[arg-type]
    st = state(DONE_TO_DUE, milestones={("C1", "m1"): milestone})
    assert keys(due_emails(config(), st, t(now))) == ([expected] if expected else [])


def test_disputed_milestone_is_silent_while_its_sibling_continues() -> None:
    cfg = config(client(contracts=[contract(milestones=[ms("m1"), ms("m2")])]))
    st = state(sent(TERMS), milestones={("C1", "m1"): MilestoneState(status="disputed")})
    got = due_emails(cfg, st, t("2026-03-10T09:00:00+08:00"))
    assert keys(got) == [("C1", "m2", "due", 0)]
    assert got[0].supersedes == (SendKey("C1", "m2", "notice", 0),)
    assert got[0].thread == ()


def test_paid_in_yaml_is_not_chased_and_not_thanked_if_never_chased() -> None:
    paid = ms(paid={"on": "2026-03-01"})
    cfg = config(client(contracts=[contract(milestones=[paid])]))
    assert due_emails(cfg, state(sent(TERMS)), t("2026-04-20T10:00:00+08:00")) == []


def test_paid_in_yaml_wins_over_state_and_is_thanked_after_a_chase() -> None:
    paid = ms(paid={"on": "2026-03-12"})
    cfg = config(client(contracts=[contract(milestones=[paid])]))
    got = due_emails(cfg, state(DONE_TO_DUE), t("2026-04-20T10:00:00+08:00"))
    assert keys(got) == [("C1", "m1", "thanks", 0)]
    assert got[0].at == t("2026-03-12T09:00:00+08:00")


@pytest.mark.parametrize(
    ("sends", "expect_thanks"),
    [
        (DONE_TO_DUE, True),
        (sent(TERMS), False),  # only the terms were sent: nothing to thank for
        (sent(TERMS, DUE, status="failed"), False),
        ({**DONE_TO_DUE, **sent(("C1", "m1", "thanks", 0))}, False),  # already thanked
    ],
    ids=["chased", "terms-only", "failed-only", "already"],
)
def test_thanks_after_verified_payment(sends: dict, expect_thanks: bool) -> None:
    updated = t("2026-03-12T15:00:00+08:00")
    milestone = MilestoneState(status="paid", updated_at=updated)
    now = t("2026-03-13T10:00:00+08:00")
    got = due_emails(config(), state(sends, milestones={("C1", "m1"): milestone}), now)
    if not expect_thanks:
        assert got == []
        return
    (email,) = got
    assert email.key == SendKey("C1", "m1", "thanks", 0) and email.at == updated
    assert email.thread == (f"<ck.C1.m1.notice.0@{DOMAIN}>", f"<ck.C1.m1.due.0@{DOMAIN}>")


def test_a_claim_is_never_thanked_before_staff_verify() -> None:
    claimed = MilestoneState(status="claimed_paid", updated_at=t("2026-03-12T15:00:00+08:00"))
    st = state(DONE_TO_DUE, milestones={("C1", "m1"): claimed})
    assert due_emails(config(), st, t("2026-03-13T10:00:00+08:00")) == []


def test_thanks_waits_for_the_window() -> None:
    milestone = MilestoneState(status="paid")
    st = state(DONE_TO_DUE, milestones={("C1", "m1"): milestone})
    assert due_emails(config(), st, t("2026-03-14T10:00:00+08:00")) == []  # Saturday
    assert len(due_emails(config(), st, t("2026-03-16T10:00:00+08:00"))) == 1


def test_escalate_copies_supervisor_finance_and_pm() -> None:
    sends = sent(TERMS, NOTICE, DUE, R1, R2, R3, R4, DEMAND)
    (email,) = due_emails(config(), state(sends), t("2026-04-24T09:00:00+08:00"))
    assert email.key == SendKey(*ESCALATE)
    assert email.to == ("pay@acme.cn",)
    assert email.cc == ("cfo@acme.cn", SUPERVISOR, FINANCE, PM)


def test_legal_goes_to_counsel_and_client_mail_never_references_it() -> None:
    sends = sent(TERMS, NOTICE, DUE, R1, R2, R3, R4, DEMAND, ESCALATE)
    (email,) = due_emails(config(), state(sends), t("2026-05-09T10:00:00+08:00"))
    assert email.key == SendKey("C1", "m1", "legal", 0)
    assert email.to == (LEGAL,) and email.cc == (PM, SUPERVISOR)
    assert len(email.thread) == 8  # counsel gets the whole thread
    legal_sent = {**sends, **sent(("C1", "m1", "legal", 0))}
    st = state(legal_sent, milestones={("C1", "m1"): MilestoneState(status="paid")})
    (thanks,) = due_emails(config(), st, t("2026-05-11T10:00:00+08:00"))
    assert not any(".legal." in m for m in thanks.thread)


def test_no_legal_stage_without_counsel_nothing_after_escalate() -> None:
    sends = sent(TERMS, NOTICE, DUE, R1, R2, R3, R4, DEMAND, ESCALATE)
    assert due_emails(config(legal=False), state(sends), t("2026-05-11T10:00:00+08:00")) == []


@pytest.mark.parametrize(
    ("bad", "to", "cc"),
    [
        (set(), ("a@acme.cn", "b@acme.cn"), ("c@acme.cn",)),
        ({"a@acme.cn"}, ("b@acme.cn",), ("c@acme.cn",)),
        ({"c@acme.cn"}, ("a@acme.cn", "b@acme.cn"), ()),
        ({"a@acme.cn", "b@acme.cn"}, None, None),
    ],
    ids=["none-bad", "one-to-bad", "cc-bad", "all-to-bad"],
)
def test_bad_addresses(bad: set[str], to: tuple | None, cc: tuple | None) -> None:
    cl = client(to=("a@acme.cn", "b@acme.cn"), cc=("c@acme.cn", "a@acme.cn"))
    cfg = config(cl)
    st = state(sent(TERMS, NOTICE), bad_addresses=frozenset(bad))
    got = due_emails(cfg, st, t("2026-03-10T10:00:00+08:00"))
    reason = undeliverable(cfg.settings, cfg.clients[0], "due", frozenset(bad))
    if to is None:
        assert got == []
        assert reason == "every 'to' address of client acme bounced"
        return
    assert reason is None
    assert [(e.to, e.cc) for e in got] == [(to, cc)]


def test_undeliverable_legal() -> None:
    cfg = config(legal=False)
    assert undeliverable(cfg.settings, cfg.clients[0], "legal") == (
        "no legal counsel configured (settings.legal)"
    )
    cfg = config()
    assert recipients(cfg.settings, cfg.clients[0], "legal", frozenset({LEGAL}))[0] == ()


def test_each_contract_uses_its_own_send_window() -> None:
    late = {"send_window": {"start": "13:00", "end": "18:00"}}
    cfg = config(
        client(
            contracts=[
                contract("C1", milestones=[ms()]),
                contract("C2", milestones=[ms()], policy=late),
            ]
        )
    )
    st = StateView(
        contracts_seen={"C1": t("2026-01-05T10:00+08:00"), "C2": t("2026-01-05T10:00+08:00")}
    )
    at_10 = due_emails(cfg, st, t("2026-03-10T10:00:00+08:00"))
    at_17 = due_emails(cfg, st, t("2026-03-10T17:30:00+08:00"))
    assert {e.key.contract for e in at_10} == {"C1"}
    assert {e.key.contract for e in at_17} == {"C2"}
    c2_due = next(e for e in at_17 if e.key.stage == "due")
    assert c2_due.at == t("2026-03-10T13:00:00+08:00")


# --- next_email --------------------------------------------------------------------------------


def test_next_email() -> None:
    cfg = config()
    st = state(DONE_TO_DUE)
    nxt = next_email(cfg, st, "C1", "m1", t("2026-03-12T20:00:00+08:00"))
    assert nxt is not None and nxt.key == SendKey(*R1)
    assert nxt.at == t("2026-03-17T09:00:00+08:00")
    caught_up = next_email(cfg, st, "C1", "m1", t("2026-03-25T20:00:00+08:00"))
    assert caught_up is not None and caught_up.key == SendKey(*R2)
    assert caught_up.at == t("2026-03-26T09:00:00+08:00")
    assert caught_up.supersedes == (SendKey(*R1),)
    assert next_email(cfg, st, "C1", None, t("2026-03-12T20:00:00+08:00")) is None  # terms sent
    assert next_email(cfg, StateView(), "C1", None, t("2026-03-12T20:00:00+08:00")) is not None
    assert next_email(cfg, st, "nope", "m1", t("2026-03-12T20:00:00+08:00")) is None
    disputed = replace(st, milestones={("C1", "m1"): MilestoneState(status="disputed")})
    assert next_email(cfg, disputed, "C1", "m1", t("2026-03-12T20:00:00+08:00")) is None


# --- plan_window == repeated ticks ------------------------------------------------------------

ZONES = [("Asia/Shanghai", "CN"), ("Europe/London", "GB"), ("America/New_York", "US")]


def random_world(seed: int, start: datetime) -> tuple[Config, StateView]:
    """A random but valid config and state around ``start`` (holds on whole hours)."""
    rng = random.Random(seed)
    clients, seen, statuses, bad = [], {}, {}, set()
    for ci in range(rng.randint(2, 4)):
        tz, cal = rng.choice(ZONES)
        contracts = []
        for ki in range(rng.randint(1, 3)):
            cid = f"K{ci}{ki}"
            milestones = []
            for mi in range(rng.randint(1, 3)):
                due = (start + timedelta(days=rng.randint(-80, 60))).date().isoformat()
                extra: dict[str, Any] = {}
                if rng.random() < 0.1:
                    extra["paid"] = {"on": due}
                if rng.random() < 0.1:
                    milestones.append(
                        ms(f"m{mi}", due=None, due_after={"event": "x", "days": 3}, **extra)
                    )
                else:
                    milestones.append(ms(f"m{mi}", due=due, **extra))
                roll = rng.random()
                hold = start + timedelta(hours=rng.randint(-100, 40 * 24))
                if roll < 0.1:
                    statuses[(cid, f"m{mi}")] = MilestoneState(status="promised", hold_until=hold)
                elif roll < 0.15:
                    statuses[(cid, f"m{mi}")] = MilestoneState(status="paused")
                elif roll < 0.2:
                    statuses[(cid, f"m{mi}")] = MilestoneState(status="disputed")
                elif roll < 0.3:
                    statuses[(cid, f"m{mi}")] = MilestoneState(status="claimed_paid")
                elif roll < 0.4:
                    statuses[(cid, f"m{mi}")] = MilestoneState(hold_until=hold)
            kw: dict[str, Any] = {"events": {"x": None}}
            if rng.random() < 0.3:
                kw["policy"] = {
                    "reminder_every_days": rng.choice([3, 5, 10]),
                    "notice_days": rng.choice([0, 3, 14]),
                    "send_window": {"start": rng.choice(["08:00", "10:00"]), "end": "13:00"},
                }
            if rng.random() < 0.2:
                kw["discount"] = {"percent": "2", "days_before_due": rng.choice([5, 10])}
            contracts.append(contract(cid, milestones=milestones, **kw))
            if rng.random() < 0.7:
                seen[cid] = start - timedelta(days=rng.randint(0, 90))
        to = (f"a{ci}@client.example", f"b{ci}@client.example")
        if rng.random() < 0.2:
            bad.add(to[0])
        if rng.random() < 0.1:
            bad.add(to[1])
        clients.append(client(f"cl{ci}", contracts=contracts, to=to, timezone=tz, calendar=cal))
    cfg = config(*clients, legal=rng.random() < 0.7)
    sends: dict[SendKey, SendRecord] = {}
    domain = DOMAIN
    for cl in cfg.clients:
        for c in cl.contracts:
            if c.id in seen and rng.random() < 0.8:
                key = SendKey(c.id, None, "terms", 0)
                sends[key] = SendRecord(key, legacy_message_id(key, domain), "sent", seen[c.id])
            for m in c.milestones:  # the past was partly sent already
                past = [(k, at) for k, at in milestone_timeline(cfg, cl, c, m) if at < start]
                for k, at in past[: rng.randint(0, len(past))]:
                    sends[k] = SendRecord(k, legacy_message_id(k, domain), "sent", at)
    return cfg, StateView(seen, statuses, sends, frozenset(bad))


def tick_every_hour(cfg: Config, st: StateView, start: datetime, end: datetime) -> list[tuple]:
    """What a daemon ticking every hour would send, applying each tick to the state."""
    sends, seen, out = dict(st.sends), dict(st.contracts_seen), []
    now = start
    while now <= end:
        for _, c in ((cl, c) for cl in cfg.clients for c in cl.contracts):
            seen.setdefault(c.id, now)
        for email in due_emails(cfg, replace(st, sends=sends, contracts_seen=seen), now):
            out.append((email.key, now, email.to, email.cc, email.supersedes, email.thread))
            for k in email.supersedes:
                sends[k] = SendRecord(k, legacy_message_id(k, DOMAIN), "skipped", now)
            sends[email.key] = SendRecord(
                email.key, legacy_message_id(email.key, DOMAIN), "sent", now
            )
        now += timedelta(hours=1)
    return out


@pytest.mark.parametrize("seed", range(6))
def test_plan_window_equals_hourly_ticks(seed: int) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=random.Random(seed).randint(0, 8000))
    end = start + timedelta(days=60)
    cfg, st = random_world(seed, start)
    ticks = tick_every_hour(cfg, st, start, end)
    plan = [
        (e.key, e.at, e.to, e.cc, e.supersedes, e.thread) for e in plan_window(cfg, st, start, end)
    ]
    assert len(ticks) > 5  # the world is not trivially silent
    assert sorted(plan, key=repr) == sorted(ticks, key=repr)
    assert [p[1] for p in plan] == sorted(p[1] for p in plan)  # in time order


def test_plan_window_for_a_thousand_contracts() -> None:
    """Every email of 1,000 contracts (speed is measured in bench/tick_scale.py, not here)."""
    clients = [
        client(
            f"c{i}",
            contracts=[
                contract(
                    f"K{i}-{j}", milestones=[ms("a", due="2026-03-10"), ms("b", due="2026-05-20")]
                )
                for j in range(10)
            ],
        )
        for i in range(100)
    ]
    cfg = config(*clients)
    plan = plan_window(cfg, StateView(), t("2026-03-01T00:00+08:00"), t("2026-05-30T00:00+08:00"))
    assert len(plan) == 1000 * (1 + 9 + 3)  # terms; a: notice..legal; b: notice, due, R1
