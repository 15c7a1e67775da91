"""Undoing a waiver: ``charge interest`` / 恢复利息 (issue 13.5, #13 item 5).

The PM waived the interest on a milestone, then changes their mind: the command charges it
again, and the next letter states it, worked out over the whole time since the due date
(the waiver never stopped it running). Parsing is pure; the rest goes through the real
Dovecot and SMTP servers.
"""

from __future__ import annotations

from datetime import date

import pytest

import tests.test_inbox_e2e as e2e
from daemon.inbox.staff_commands import CommandError, StaffCommand, parse_command
from tests.test_inbox_e2e import C1, World, staff_mail
from tests.test_interest_e2e import DEMAND, ESCALATE, _letters
from tests.test_interest_e2e import interest_world as interest_world  # noqa: F401


@pytest.mark.parametrize(
    "line", ["charge interest", "Charge late interest", "恢复利息", "收取利息", "恢复 利息"]
)
def test_charge_interest_parses(line: str) -> None:
    assert parse_command(line, date(2026, 12, 1)) == StaffCommand("charge")


@pytest.mark.parametrize("line", ["charge", "charge the fee"])
def test_charge_needs_to_say_interest(line: str) -> None:
    assert isinstance(parse_command(line, date(2026, 12, 1)), CommandError)


def test_a_plain_resume_still_resumes() -> None:
    assert parse_command("恢复", date(2026, 12, 1)) == StaffCommand("resume")


def test_waive_then_charge_again_and_the_escalation_states_the_interest(
    interest_world: World,  # noqa: F811
) -> None:
    world = interest_world
    world.run_once(DEMAND)
    demand_mid = world.mid(e2e.SendKey(C1, "m1", "demand"))
    world.deliver(staff_mail("waive interest", in_reply_to=demand_mid))
    world.run_once(DEMAND.replace(hour=11))
    assert world.milestone(C1, "m1").interest_waived

    before = len(world.smtp.messages)
    world.deliver(staff_mail("恢复利息", in_reply_to=demand_mid))
    world.run_once(DEMAND.replace(hour=12))
    [answer] = [s for _r, s, mid in world.sent(before) if ".staff_reply." in mid]
    assert answer.startswith("Done")
    assert not world.milestone(C1, "m1").interest_waived
    runs = [e["data"] for e in world.events("staff_command") if e["data"]["command"] == "charge"]
    assert [r["ok"] for r in runs] == [True] and "interest charged again" in runs[0]["result"]

    # a second undo has nothing to undo
    before = len(world.smtp.messages)
    world.deliver(staff_mail("charge interest", in_reply_to=demand_mid))
    world.run_once(DEMAND.replace(hour=13))
    [answer] = [s for _r, s, mid in world.sent(before) if ".staff_reply." in mid]
    assert answer.startswith("Not done")

    world.run_once(ESCALATE)
    [escalate] = _letters(world, "escalate")
    # 80,000.00 x 0.0005 x 46 days (2026-11-21 .. 2027-01-05) = 1,840.00
    assert "Interest (46 days): CNY 1,840.00" in escalate
    assert "Total now due: CNY 81,840.00" in escalate
    assert "settle CNY 81,840.00 by" in escalate
