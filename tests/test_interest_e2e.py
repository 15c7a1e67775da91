"""Late-payment interest end to end (issue 13.5): real SMTP out, Dovecot in.

The contract charges 万分之五 a day from the due date. The demand letter that reaches the
SMTP server states principal, interest and total as worked out by hand; the PM answers
``waive interest`` and the escalation letter states none; the waiver is in the history.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import tests.test_inbox_e2e as e2e
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_inbox_e2e import C1, PM, TICK1, World, staff_mail

WEEKS = ("2026-12-04", "2026-12-11", "2026-12-18")  # reminders 2..4 (Fridays)
DEMAND = datetime.fromisoformat("2026-12-21T10:00:00+08:00")  # 31 days after 2026-11-20
ESCALATE = datetime.fromisoformat("2027-01-05T10:00:00+08:00")


@pytest.fixture
def interest_world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    config = e2e.CONFIG.replace(
        "payment_instructions: Bank of Example 123\n",
        "payment_instructions: Bank of Example 123\n"
        "        late_interest: {{rate: 万分之五, per: day, from: due}}\n",
    )
    assert config != e2e.CONFIG
    monkeypatch.setattr(e2e, "CONFIG", config)
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    world = World(tmp_path, smtp_server, dovecot)
    world.run_once(TICK1)
    for day in WEEKS:
        world.run_once(datetime.fromisoformat(f"{day}T10:00:00+08:00"))
    return world


def _letters(world: World, stage: str, since: int = 0) -> list[str]:
    return [
        m.message.get_body(("plain",)).get_content()
        for m in world.smtp.messages[since:]
        if f".{C1}.m1.{stage}." in str(m.message["Message-ID"])
    ]


def test_demand_letter_figures_then_the_pm_waives(interest_world: World) -> None:
    world = interest_world
    assert len(_letters(world, "reminder")) == 4
    assert _letters(world, "demand") == []

    world.run_once(DEMAND)
    [demand] = _letters(world, "demand")
    # 80,000.00 x 0.0005 x 31 days (2026-11-21 .. 2026-12-21) = 1,240.00
    assert "0.05% per day (万分之五)" in demand
    assert "from 21 November 2026" in demand
    assert "Principal outstanding: CNY 80,000.00" in demand
    assert "Interest (31 days): CNY 1,240.00" in demand
    assert "Total now due: CNY 81,240.00" in demand
    [html] = [
        m.message.get_body(("html",)).get_content()
        for m in world.smtp.messages
        if f".{C1}.m1.demand." in str(m.message["Message-ID"])
    ]
    assert "CNY 81,240.00" in html and "None" not in html

    before = len(world.smtp.messages)
    demand_mid = world.mid(e2e.SendKey(C1, "m1", "demand"))
    world.deliver(staff_mail("waive interest", in_reply_to=demand_mid))
    world.run_once(DEMAND.replace(hour=11))
    [answer] = [s for _r, s, mid in world.sent(before) if ".staff_reply." in mid]
    assert answer.startswith("Done")
    assert world.milestone(C1, "m1").interest_waived
    [run] = [e["data"] for e in world.events("staff_command") if e["data"]["command"] == "waive"]
    assert run["ok"] and "interest waived" in run["result"]

    world.run_once(ESCALATE)
    [escalate] = _letters(world, "escalate")
    assert "interest" not in escalate.lower().replace("interest and charges", "")
    assert "81,240.00" not in escalate
