"""A doubted paid or dispute reading, end to end through real servers (aiosmtpd, Dovecot).

Issue 12: a reply the rules read as paid, but that mentions a remainder, must not get the
client an acknowledgement of payment nor stop the chase as paid: the milestone is held
``await_pm_days`` and the PM is asked, told the suspicion and the words behind it. An
objection's words around a request for missing paper are no dispute acknowledged to the
client either: held as a possible dispute, the PM told the suspicion. A plain "paid" still
stops the chase and is acknowledged (the control).
"""

from __future__ import annotations

from tests import test_inbox_e2e as e2e
from tests.test_inbox_e2e import C1, PAY, PM, R1, TICK2, World, reply

world = e2e.world  # the fixture: a config on real SMTP and Dovecot, reminder 1 sent
BETA, BR1 = e2e.BETA, e2e.BR1


def _client_mail(w: World, before: int) -> list[tuple[str, ...]]:
    return [rcpt for rcpt, _s, _mid in w.sent(before) if PM not in rcpt]


def _alert_text(w: World, before: int) -> str:
    [alert] = [m for m in w.smtp.messages[before:] if ".pm_alert." in m.message["Message-ID"]]
    return str(alert.message["Subject"]) + "\n" + alert.message.get_body(("plain",)).get_content()


def test_a_doubted_paid_sends_no_thanks_holds_and_asks_the_pm_naming_the_suspicion(
    world: World,
) -> None:
    before = len(world.smtp.messages)
    # no sum said: the rules read paid; the remainder raises the doubt (a sum below the
    # ledger's amount is a part by itself: tests/test_owed_from_ledger.py)
    body = "We have sent the payment today. Remainder is pending the board approval.\n"
    world.deliver(reply(PAY, body, in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    state = world.milestone(C1, "m1")
    assert state.status == "open"  # not claimed_paid: the chase is held, not stopped
    assert state.hold_until is not None and (state.hold_until - TICK2).days == 5
    assert _client_mail(world, before) == []  # no ack_paid, no thank-you
    assert world.stage_sent("pm_alert", before) == [(PM,)]
    alert = _alert_text(world, before)
    assert "looks like paid, but mentions a remainder" in alert
    assert "Remainder is pending the board approval" in alert
    assert "'paid AMOUNT'" in alert and "resume" in alert  # the one-word answers
    [received] = world.events("received")
    assert received["data"]["kind"] == "partial_payment"


def test_a_plain_paid_is_still_acknowledged(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(reply(PAY, "We paid it in full today.\n", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert world.milestone(C1, "m1").status == "claimed_paid"
    assert world.stage_sent("ack_paid", before) != []


def test_objection_words_around_a_request_for_missing_paper_are_no_dispute(
    world: World,
) -> None:
    before = len(world.smtp.messages)
    # the rules read "不能付款" as a refusal; the reply asks us to resend missing paper
    body = "合同原件没收到，财务不能付款，请再寄一份合同原件。\n"
    world.deliver(reply(BETA, body, in_reply_to=world.mid(BR1)))
    world.run_once(TICK2)
    # held as a possible dispute (the safe default for objection words) until the PM
    # answers, but no acknowledgement of a dispute to the client and no invoice sent alone
    assert world.milestone("B-1", "final").status == "disputed"
    assert _client_mail(world, before) == []
    alert = _alert_text(world, before)
    assert "dispute" in alert and "resume" in alert  # the one-word commands
    assert "looks like a dispute, but also asks us for something" in alert  # PM's language
    assert "“请再寄一份合同原件”" in alert  # the words that raised the doubt


def test_a_promise_that_waits_on_a_fix_of_ours_is_held_as_a_possible_dispute(
    world: World,
) -> None:
    before = len(world.smtp.messages)
    # the rules read "will be paid" as a promise; the payment waits on our fix ("The amount will
    # be paid when ..." is read by en-remedy-first itself now: a confident dispute)
    body = "The final instalment will be paid when the label printer module works correctly.\n"
    world.deliver(reply(PAY, body, in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    state = world.milestone(C1, "m1")
    assert state.status == "disputed" and state.promised_date is None  # held, not promised
    assert _client_mail(world, before) == []
    alert = _alert_text(world, before)
    assert "looks like a promise to pay, but makes the payment wait on a fix" in alert
    assert (
        "“The final instalment will be paid when the label printer module works correctly”" in alert
    )
    assert "dispute" in alert and "resume" in alert  # the one-word commands
