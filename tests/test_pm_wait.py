"""Waiting for the PM (issue 12): what is asked, reminded once, and resumed with the PM told."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from daemon.chase.pm_wait import AWAITING_PM, pm_followups
from daemon.domain.state import MilestoneState, SendRecord, StateView
from daemon.outbox.alerts import alert_key
from tests.inbox_builders import make_config
from tests.test_decide import C1, NOW, only_change, run, state


def _waiting(kind: str, **classification: object) -> MilestoneState:
    return only_change(run(kind, **classification))


@pytest.mark.parametrize(
    ("kind", "extra", "action"),
    [
        ("paid", {"confidence": 0.5}, "asked_pm"),
        ("promise", {"confidence": 0.6}, "asked_pm"),
        ("more_time", {}, "asked_pm"),
        ("resend_request", {}, "asked_pm"),
        ("acceptance", {}, "asked_pm"),
        ("partial_payment", {}, "asked_pm"),
        ("bank_question", {}, "bank_question"),
        ("dispute", {"confidence": 0.5}, "possible_dispute"),
    ],
)
def test_unsure_or_person_only_replies_go_to_the_pm_only(
    kind: str, extra: dict[str, object], action: str
) -> None:
    d = run(kind, **extra)
    assert d.action == action
    assert [e.template for e in d.emails] == ["pm_alert"]  # nothing to the client
    assert only_change(d).reason.startswith(AWAITING_PM)


def test_a_possible_dispute_is_held_until_the_pm_answers() -> None:
    new = _waiting("dispute", confidence=0.5)
    assert (new.status, new.hold_until) == ("disputed", None)


def test_a_confident_reading_is_acted_on_alone() -> None:
    assert run("paid").action == "claimed_paid"
    assert run("dispute").action == "disputed"


def _view(ms: MilestoneState, *sent_about: str) -> StateView:
    sends = dict(state(("C-2026-1", "m1", "reminder", 1)).sends)
    for about in sent_about:
        key = alert_key(about)
        sends[key] = SendRecord(key, "<a@b>", "sent", NOW)
    return StateView(sends=sends, milestones={(C1, "m1"): ms})


def test_the_pm_is_reminded_once_halfway_then_told_when_the_chase_resumes() -> None:
    config = make_config()
    ms = _waiting("more_time")
    assert ms.hold_until is not None
    assert list(pm_followups(config, _view(ms), NOW + timedelta(days=1))) == []
    [reminder] = pm_followups(config, _view(ms), NOW + timedelta(days=2, hours=1))
    assert reminder.name == "pm_reminder" and "more_time" in reminder.values["question"]
    assert list(pm_followups(config, _view(ms, reminder.about), NOW + timedelta(days=3))) == []
    [over] = pm_followups(config, _view(ms, reminder.about), ms.hold_until)
    assert over.name == "pm_wait_over"
    assert list(pm_followups(config, _view(ms, reminder.about, over.about), ms.hold_until)) == []


def test_a_possible_dispute_is_reminded_but_never_resumed_alone() -> None:
    config = make_config()
    ms = replace(_waiting("dispute", confidence=0.5), last_contact=NOW)
    later = NOW + timedelta(days=30)
    [reminder] = pm_followups(config, _view(ms), later)
    assert reminder.name == "pm_reminder"
    assert list(pm_followups(config, _view(ms, reminder.about), later)) == []


def test_a_staff_command_ends_the_wait() -> None:
    ms = replace(_waiting("more_time"), reason="staff pm@example.com: pause")
    assert list(pm_followups(make_config(), _view(ms), NOW + timedelta(days=30))) == []


def test_a_tick_with_nobody_waiting_looks_at_no_milestone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every tick asks: with no milestone waiting for the PM, no ledger is walked (at
    10,000 contracts walking them all was a fifth of a tick)."""
    import daemon.chase.pm_wait as pm_wait

    def no_ledger(*args: object) -> None:
        raise AssertionError("walked the whole config")

    monkeypatch.setattr(pm_wait, "Ledger", no_ledger)
    ms = replace(_waiting("more_time"), reason="staff pm@example.com: pause")
    assert list(pm_followups(make_config(), _view(ms), NOW + timedelta(days=30))) == []
