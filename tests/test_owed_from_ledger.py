"""A sum said paid is weighed against what the ledger says is owed, not only the quote.

Why: a client who cuts our quoted reminder and writes "we paid 40,000" against a milestone of
80,000 was read ``paid``: the client got an acknowledgement and the chase stopped on money
still owed. And after a verified part payment, an old reminder's amount in the quote is
bigger than what remains: paying the rest is paying in full. The processor now passes the
ledger's least settling sum (:func:`daemon.domain.payments.least_that_settles`) to
:func:`daemon.inbox.classify.classify`; the end-to-end tests run through real servers.
"""

from __future__ import annotations

from decimal import Decimal

from daemon.config.records import Config, Contract, Milestone
from daemon.domain.payments import least_that_settles
from daemon.domain.state import MilestoneState
from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from tests.inbox_builders import C1, acme, contract, make_config, milestone
from tests.test_inbox_e2e import C1 as E2E_C1
from tests.test_inbox_e2e import PAY, PM, R1, TICK2, World, reply, staff_mail
from tests.test_inbox_e2e import world as world  # the fixture: real SMTP and Dovecot
from tests.test_parse import text_mail
from tests.test_reply_scope import SENT


def _m1(config: Config) -> tuple[Contract, Milestone]:
    [found] = [c for cl in config.clients for c in cl.contracts if c.id == C1]
    return found, found.milestones[0]


def test_the_least_that_settles_is_what_remains() -> None:
    c, m1 = _m1(make_config(acme(contract(C1, milestone("m1", "2026-11-20", "80000.00")))))
    assert least_that_settles(c, m1, MilestoneState()) == Decimal("80000.00")
    part = MilestoneState(paid_amount=Decimal("30000"))
    assert least_that_settles(c, m1, part) == Decimal("50000.00")
    assert least_that_settles(c, m1, MilestoneState(status="paid")) == Decimal("0")


def test_the_early_payment_price_settles_when_it_is_less() -> None:
    terms = contract(C1, milestone("m1", "2026-12-20", "80000.00"))
    terms["discount"] = {"percent": "2", "days_before_due": 10}
    c, m1 = _m1(make_config(acme(terms)))
    assert least_that_settles(c, m1, MilestoneState()) == Decimal("78400.00")
    part = MilestoneState(paid_amount=Decimal("30000"))
    assert least_that_settles(c, m1, part) == Decimal("48400.00")


def _read(body: str, owed: Decimal | None) -> tuple[str, Decimal | None]:
    mail = parse_message(text_mail(body, Date=SENT, Subject="Re: Payment reminder"))
    result = classify(mail, known_sender=True, owed=owed)
    return result.kind, result.amount


def test_a_sum_below_what_is_owed_is_a_part_even_with_the_quote_cut() -> None:
    words = "We wired USD 40,000.00 this morning, reference attached."
    assert _read(words, Decimal("80000")) == ("partial_payment", Decimal("40000"))
    assert _read("货款今天转了四万，请查收。", Decimal("80000"))[0] == "partial_payment"
    # the counter-cases: all of it, more than it, or no sum at all stay paid
    assert _read("We wired USD 80,000.00 this morning.", Decimal("80000"))[0] == "paid"
    assert _read("We wired USD 100,000.00 for both milestones.", Decimal("80000"))[0] == "paid"
    assert _read("We wired the payment this morning.", Decimal("80000"))[0] == "paid"
    # no ledger amount and no quote: the words alone decide
    assert _read(words, None)[0] == "paid"


def test_the_ledger_beats_an_older_amount_in_the_quote() -> None:
    # the quote asks for 80,000; a verified 30,000 came since: 50,000 is the rest, in full
    body = (
        "We wired USD 50,000.00 today.\n\n"
        "-----Original Message-----\nFrom: Accounts <ar@example.cn>\n"
        "Subject: Payment reminder\n\n   Amount: USD 80,000.00\n"
    )
    assert _read(body, Decimal("50000"))[0] == "paid"
    assert _read(body, None)[0] == "partial_payment"  # against the quote alone


def _client_mail(w: World, before: int) -> list[tuple[str, ...]]:
    return [rcpt for rcpt, _s, _mid in w.sent(before) if PM not in rcpt]


def test_e2e_a_part_said_paid_without_the_quote_is_held_not_thanked(world: World) -> None:
    before = len(world.smtp.messages)
    body = "Hi, we transferred 40,000.00 this morning. Regards, Pay\n"  # m1 is 80,000
    world.deliver(reply(PAY, body, in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    state = world.milestone(E2E_C1, "m1")
    assert state.status != "claimed_paid"  # the chase is held, not stopped as paid
    assert state.hold_until is not None
    assert _client_mail(world, before) == []  # no ack_paid
    assert world.stage_sent("pm_alert", before) == [(PM,)]
    [alert] = [m for m in world.smtp.messages[before:] if ".pm_alert." in m.message["Message-ID"]]
    assert "says it paid part (CNY 40,000.00)" in str(alert.message["Subject"])  # money, not 40000
    [received] = world.events("received")
    assert received["data"]["kind"] == "partial_payment"


def test_e2e_the_rest_after_a_verified_part_is_paid_in_full(world: World) -> None:
    world.deliver(staff_mail("paid 30,000 2026-11-30", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    before = len(world.smtp.messages)
    # the client quotes the first reminder, which asked for all 80,000
    body = "We transferred 50,000.00 today.\n\n> Amount: EUR 80,000.00\n"
    world.deliver(reply(PAY, body, in_reply_to=world.mid(R1), mid="<rest@acme.cn>"))
    world.run_once(TICK2)
    assert world.milestone(E2E_C1, "m1").status == "claimed_paid"
    assert world.stage_sent("ack_paid", before) != []
