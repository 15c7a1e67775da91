"""A second opinion's held reading, end to end through real servers (aiosmtpd, Dovecot).

Issue 12: where the rules read paid or dispute and the learned model confidently reads the
reply as another kind, the client must get no thanks and no acknowledged objection: the
milestone is held and the PM asked, told both readings and the words the model's came from.
A dispute read otherwise still holds as a possible dispute (nothing chases it until the PM
answers). The model is a toy trained here with a lead (the shipped one is checked in
tests/test_second_opinion.py on realistic replies), so these follow the daemon, not the model.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from daemon.inbox import fallback
from daemon.inbox.fallback import Model
from daemon.inbox.fallback_train import Example, model_json
from tests import test_inbox_e2e as e2e
from tests.test_inbox_e2e import C1, PAY, PM, R1, TICK2, World, reply
from tests.test_learned_fallback import OTHERS, PAIDS, PROMISES
from tests.test_second_opinion import PAID_BUT_PROMISE

world = e2e.world  # the fixture: a config on real SMTP and Dovecot, reminder 1 sent


RESENDS = [
    "Dear Wang, tuma tena ankara tafadhali",
    "tuma tena ankara, asante sana",
    "Dear Wang, tafadhali tuma tena ankara",
    "tuma tena ankara leo tafadhali",
]
"""Requests to resend the invoice in words no rule knows (Swahili): the toy model learns them."""


@pytest.fixture(autouse=True)
def _opinion(monkeypatch: pytest.MonkeyPatch) -> None:
    data = [Example("a", "promise", t) for t in PROMISES]
    data += [Example("a", "other", t) for t in OTHERS]
    data += [Example("a", "paid", t) for t in PAIDS]
    data += [Example("a", "resend_request", t) for t in RESENDS]
    model = replace(Model.from_json(model_json(data, {})), second_opinion=0.5)
    monkeypatch.setattr(fallback, "packaged_model", lambda: model)


def _alert_text(w: World, before: int) -> str:
    [alert] = [m for m in w.smtp.messages[before:] if ".pm_alert." in m.message["Message-ID"]]
    return str(alert.message["Subject"]) + "\n" + alert.message.get_body(("plain",)).get_content()


def test_a_paid_the_model_reads_as_a_promise_gets_no_thanks_and_asks_the_pm(
    world: World,
) -> None:
    before = len(world.smtp.messages)
    world.deliver(reply(PAY, PAID_BUT_PROMISE + "\n", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    state = world.milestone(C1, "m1")
    assert state.status == "open" and state.hold_until is not None  # held, not claimed paid
    assert [rcpt for rcpt, _s, _mid in world.sent(before) if PM not in rcpt] == []
    assert world.stage_sent("pm_alert", before) == [(PM,)]
    alert = _alert_text(world, before)
    assert "the rules read paid, but the learned model reads a promise to pay" in alert
    assert "inshallah" in alert and "'paid AMOUNT'" in alert
    [received] = world.events("received")
    assert received["data"]["kind"] == "promise"


def test_a_dispute_the_model_reads_otherwise_still_holds_as_a_possible_dispute(
    world: World,
) -> None:
    before = len(world.smtp.messages)
    body = "We will not pay this invoice. Dear Wang, tuma tena ankara tafadhali\n"
    world.deliver(reply(PAY, body, in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert world.milestone(C1, "m1").status == "disputed"  # nothing chases it
    assert [rcpt for rcpt, _s, _mid in world.sent(before) if PM not in rcpt] == []  # no ack
    alert = _alert_text(world, before)
    assert "the rules read a dispute, but the learned model reads a request to resend" in alert
    assert "resume" in alert
