"""Hard steps wait for the PM's approval (issue 14.3), end to end through real servers.

``policy.approval_required: [demand]``: when the demand letters fall due cuikuan prepares
them, shows them on the daily list with a preview, reminds the PM once after
``approval_remind_days``, and never sends one on its own. The PM answers by replying
through the real Dovecot server: ``approve`` sends the letter once (real SMTP server),
``skip`` drops it for good.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from daemon.config.loader import load_config
from daemon.domain.emails import reference_token
from daemon.domain.events import decode
from daemon.domain.state import SendKey
from daemon.reports.todo import todo
from daemon.storage.store import Store
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_inbox_e2e import B1, C1, PM, TICK1, World, staff_mail

DAY = timedelta(days=1)
DEMAND_DUE = datetime.fromisoformat("2026-12-21T10:00:00+08:00")  # 30 days overdue, Monday


@pytest.fixture
def world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    w = World(tmp_path, smtp_server, dovecot)
    text = w.config_path.read_text(encoding="utf-8")
    anchor = "  tick_seconds: 3600\n"
    policy = "  policy: {approval_required: [demand], approval_remind_days: 2}\n"
    w.config_path.write_text(text.replace(anchor, anchor + policy), encoding="utf-8")
    w.config = load_config(w.config_path)
    assert w.config.settings.policy.approval_required == ["demand"]
    at = TICK1
    while at <= DEMAND_DUE:  # the chase runs daily up to the demand letters' day
        w.run_once(at)
        at += DAY
    return w


def demands(world: World) -> list[str]:
    return [mid for _r, _s, mid in world.sent() if ".demand." in mid]


def approvals(world: World) -> list[tuple[str, str]]:
    return [(e["milestone"], e["data"]["decision"]) for e in world.events("approval")]


def test_a_demand_waits_for_approve_and_goes_once_skip_drops_it(world: World) -> None:
    assert demands(world) == [], "a demand letter went out without approval"
    assert sorted(approvals(world)) == [("final", "asked"), ("m1", "asked")]

    with Store(world.state_file, read_only=True) as store:
        state, events = store.snapshot(), [decode(e) for e in store.events()]
    lines = [a for a in todo(world.config, state, DEMAND_DUE, events) if a.kind == "approval"]
    assert {a.milestone for a in lines} == {"m1", "final"}
    m1 = next(a for a in lines if a.milestone == "m1")
    assert m1.commands == ("approve", "skip") and m1.token == reference_token(C1, "m1")
    assert "formal demand for payment" in m1.reason and "Platform" in m1.reason
    assert "None" not in m1.reason

    before = len(world.smtp.messages)
    world.run_once(DEMAND_DUE + 2 * DAY)  # two days without a word: the PM is reminded once
    world.run_once(DEMAND_DUE + 2 * DAY + timedelta(hours=2))
    reminders = [s for _r, s, mid in world.sent(before) if "Waiting for your approval" in s]
    assert len(reminders) == 2, reminders  # one per letter, not one per tick
    assert demands(world) == []

    world.deliver(staff_mail("approve", subject=f"Re: {reference_token(C1, 'm1')}"))
    world.deliver(staff_mail("skip", subject=f"Re: {reference_token(B1, 'final')}"))
    at = DEMAND_DUE + 3 * DAY
    world.run_once(at)
    world.run_once(at + timedelta(hours=1))
    world.run_once(at + 5 * DAY)
    [sent] = demands(world)
    assert f".{C1}.m1.demand." in sent
    with Store(world.state_file, read_only=True) as store:
        skipped = store.snapshot().sends[SendKey(B1, "final", "demand", 0)]
    assert skipped.status == "skipped"
    answers = [s for _r, s, mid in world.sent(before) if ".staff_reply." in mid]
    assert len(answers) == 2 and all(s.startswith("Done") for s in answers), answers
    assert ("m1", "approved") in approvals(world) and ("final", "skipped") in approvals(world)


def test_approve_when_nothing_waits_changes_nothing(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(staff_mail("approve", subject=f"Re: {reference_token(C1, 'm2')}"))
    world.run_once(DEMAND_DUE + timedelta(hours=1))
    [answer] = [s for _r, s, mid in world.sent(before) if ".staff_reply." in mid]
    assert answer.startswith("Not done")
    assert ("m2", "approved") not in approvals(world)


def test_skip_drops_that_letter_only_and_the_chase_goes_on_with_reminders(world: World) -> None:
    """``skip`` is "not this letter", not "stop chasing" (that is ``pause``/``stop``): the
    client keeps getting reminders; the rungs that cite the skipped demand never go."""
    world.deliver(staff_mail("skip", subject=f"Re: {reference_token(B1, 'final')}"))
    world.run_once(DEMAND_DUE + DAY)
    before = len(world.smtp.messages)
    for week in range(1, 9):  # escalate (60 days overdue) and legal (90) fall due meanwhile
        world.run_once(DEMAND_DUE + DAY + week * 7 * DAY)
    final = [mid.split(".")[3] for _r, _s, mid in world.sent(before) if f".{B1}.final." in mid]
    # one a week, but none in the Spring Festival holiday week (9 Feb 2027)
    assert final == ["reminder"] * 7, final
    with Store(world.state_file, read_only=True) as store:
        sends = store.snapshot().sends
    stages = {k.stage for k in sends if k.contract == B1 and k.milestone == "final"}
    assert not stages & {"escalate", "suspend", "legal"}
