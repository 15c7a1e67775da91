"""Partial payments end to end (issue 13.1): real SMTP and Dovecot, a part then the rest.

A client's "we paid part" is only a claim; staff ``paid 30,000`` records verified money,
the milestone stays open for the remainder and the next reminder says paid / remaining;
``paid 50,000`` settles it. Over-payment and another currency are flagged.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from daemon.domain.payments import PaidSoFar, paid_so_far
from daemon.domain.state import MilestoneState
from tests.inbox_builders import C1, make_config
from tests.test_inbox_e2e import PAY, R1, TICK2, World, reply, staff_mail, world  # noqa: F401

LATER = datetime.fromisoformat("2026-12-21T10:00:00+08:00")
END = datetime.fromisoformat("2027-01-05T10:00:00+08:00")


def _bodies(world: World, since: int, stage: str) -> list[str]:  # noqa: F811
    out = []
    for m in world.smtp.messages[since:]:
        if f"{C1}.m1.{stage}." in str(m.message["Message-ID"]):
            out.append(m.message.get_body(("plain",)).get_content())
    return out


def test_a_part_then_the_remainder(world: World) -> None:  # noqa: F811
    world.deliver(
        reply(PAY, "We paid 30,000 today, the rest follows next month.", in_reply_to=world.mid(R1))
    )
    world.run_once(TICK2)
    claims = [e["data"] for e in world.events("payment")]
    assert [(c["source"], c["verified"]) for c in claims] == [("client", False)]
    assert world.milestone("C-2026-1", "m1").paid_amount is None  # a claim is not money

    before = len(world.smtp.messages)
    world.deliver(staff_mail("paid 30,000 2026-11-30", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    part = world.milestone("C-2026-1", "m1")
    assert (part.status, part.paid_amount) == ("open", Decimal("30000"))
    [staff] = [e["data"] for e in world.events("payment") if e["data"]["source"] == "staff"]
    assert (staff["verified"], staff["paid_total"], staff["remaining"]) == (
        True,
        "30000.00",
        "50000.00",
    )
    [answer] = [s for _r, s, mid in world.sent(before) if ".staff_reply." in mid]
    assert answer.startswith("Done")

    before = len(world.smtp.messages)
    world.run_once(LATER)  # the chase goes on for the remainder
    bodies = _bodies(world, before, "reminder") + _bodies(world, before, "demand")
    assert bodies, world.sent(before)
    assert all("30,000.00" in b and "50,000.00 remains outstanding" in b for b in bodies)

    world.deliver(staff_mail("paid 50,000", in_reply_to=world.mid(R1), mid="<rest@x>"))
    before = len(world.smtp.messages)
    world.run_once(END)
    paid = world.milestone("C-2026-1", "m1")
    assert (paid.status, paid.paid_amount) == ("paid", Decimal("80000"))
    [thanks] = world.stage_sent("thanks", before)
    assert PAY in thanks


def test_over_payment_and_another_currency_are_flagged(world: World) -> None:  # noqa: F811
    before = len(world.smtp.messages)
    world.deliver(staff_mail("paid usd 80,000", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert world.milestone("C-2026-1", "m1") == MilestoneState()
    [answer] = [s for _r, s, mid in world.sent(before) if ".staff_reply." in mid]
    assert answer.startswith("Not done")

    world.deliver(staff_mail("paid 90,000", in_reply_to=world.mid(R1), mid="<over@x>"))
    world.run_once(TICK2)
    assert world.milestone("C-2026-1", "m1").status == "paid"
    [fact] = [e["data"] for e in world.events("payment")]
    assert fact["flag"] == "over_payment"


def test_yaml_paid_with_an_amount_is_a_part() -> None:
    config = make_config()
    [contract] = [c for cl in config.clients for c in cl.contracts if c.id == C1]
    m1 = contract.milestones[0]
    data = m1.model_dump()
    part = type(m1).model_validate({**data, "paid": {"on": "2026-11-30", "amount": "400.00"}})
    so_far = paid_so_far(contract, part, MilestoneState())
    assert so_far == PaidSoFar(Decimal("1000.00"), Decimal("400.00"), False)
    assert so_far.remaining == Decimal("600.00") and so_far.partly_paid
    full = type(m1).model_validate({**data, "paid": {"on": "2026-11-30"}})
    assert paid_so_far(contract, full, MilestoneState()).settled


def test_status_rows_show_paid_and_remaining() -> None:
    from daemon.domain.state import StateView
    from daemon.domain.status import status_rows

    config = make_config()
    part = MilestoneState(paid_amount=Decimal("250.00"))
    state = StateView(milestones={(C1, "m1"): part})
    [row] = [
        r
        for r in status_rows(config, state, TICK2)
        if r["contract"] == C1 and r["milestone"] == "m1"
    ]
    assert (row["state"], row["paid"], row["remaining"]) == ("open", "250.00", "750.00")


def test_the_report_counts_what_remains_and_shows_paid_and_remaining() -> None:
    from daemon.domain.events import StateChanged, encode
    from daemon.domain.state import StateView
    from daemon.reports.build import build_report
    from daemon.reports.render import to_csv

    config = make_config()
    part = MilestoneState(paid_amount=Decimal("250.00"))
    change = StateChanged(
        at=TICK2, contract=C1, milestone="m1", old="open", new="open", paid_amount=Decimal(250)
    )
    state = StateView(milestones={(C1, "m1"): part})
    report = build_report(config, state, [encode(change)], TICK2)
    [fact] = [f for f in report.facts if (f.contract, f.milestone) == (C1, "m1")]
    assert (fact.amount, fact.outstanding) == (Decimal("1000.00"), Decimal("750.00"))
    [row] = [r for r in report.by_contract if r["contract"] == C1]
    assert row["outstanding"] == Decimal("750.00") + Decimal("1000.00")  # m1 rest + m2
    lines = to_csv(report).splitlines()
    header = lines[0].split(",")
    m1 = next(line.split(",") for line in lines if f",{C1},m1," in line)
    assert (m1[header.index("paid")], m1[header.index("remaining")]) == ("250.00", "750.00")
    assert m1[header.index("outstanding")] == "750.00"
