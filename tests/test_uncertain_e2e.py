"""Replies cuikuan is not sure of, end to end through real servers (aiosmtpd, Dovecot).

Issue 12, the safe default: a reply with an objection that is not confidently something
else holds the milestone, asks the PM with one-word commands and sends the client nothing;
a question about our bank account alerts the PM as a risk; a request for more time holds
the chase ``await_pm_days``; the PM's one word then steers the chase.
"""

from __future__ import annotations

from datetime import datetime

import pytest
import yaml

from daemon.inbox import fallback
from daemon.inbox.parse import parse_message
from tests import test_inbox_e2e as e2e
from tests.test_inbox_e2e import ANN, BR1, C1, CFO, PAY, PM, R1, TICK2, World, reply

world = e2e.world  # the fixture: a config on real SMTP and Dovecot, reminder 1 sent
BETA = e2e.BETA


def _client_mail(w: World, before: int) -> list[tuple[str, ...]]:
    return [rcpt for rcpt, _s, _mid in w.sent(before) if PM not in rcpt]


def _alert_text(w: World, before: int) -> str:
    [alert] = [m for m in w.smtp.messages[before:] if ".pm_alert." in m.message["Message-ID"]]
    return str(alert.message["Subject"]) + "\n" + alert.message.get_body(("plain",)).get_content()


def test_possible_dispute_is_held_and_only_the_pm_hears_of_it(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(reply(BETA, "这张账单有问题。\n", in_reply_to=world.mid(BR1)))
    world.run_once(TICK2)
    assert world.milestone("B-1", "final").status == "disputed"
    assert world.stage_sent("pm_alert", before) == [(PM,)]
    assert _client_mail(world, before) == []  # no ack, no reminder: nothing to the client
    alert = _alert_text(world, before)
    assert "dispute" in alert and "resume" in alert  # the one-word commands
    world.run_once(datetime.fromisoformat("2026-12-04T10:00:00+08:00"))
    assert world.stage_sent("reminder", before) == [(PAY, ANN, CFO)]  # only the other client


def test_the_pm_answers_resume_and_the_chase_goes_on(world: World) -> None:
    world.deliver(reply(BETA, "这张账单有问题。\n", in_reply_to=world.mid(BR1)))
    world.run_once(TICK2)
    [alert] = [m for m in world.smtp.messages if ".pm_alert." in m.message["Message-ID"]]
    answer = reply(
        PM, "resume\n", in_reply_to=str(alert.message["Message-ID"]), mid="<pm1@example.com>"
    )
    world.deliver(answer)
    world.run_once(datetime.fromisoformat("2026-11-30T11:00:00+08:00"))
    assert world.milestone("B-1", "final").status == "open"
    # the PM contradicted the reading: the reply is kept, labelled, for `classify --eval`
    corrections = world.config.settings.data_dir / "corrections"
    labels = yaml.safe_load((corrections / "labels.yaml").read_text(encoding="utf-8"))
    [(name, label)] = labels.items()
    assert label["kind"] == "other" and "dispute" in label["note"]
    assert "这张账单有问题" in parse_message((corrections / name).read_bytes()).text


def test_bank_account_question_alerts_the_pm_as_a_risk(world: World) -> None:
    before = len(world.smtp.messages)
    body = "Have your bank details changed? We got a letter asking us to pay a new account.\n"
    world.deliver(reply(PAY, body, in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert _client_mail(world, before) == []
    assert "RISK" in _alert_text(world, before)
    [received] = world.events("received")
    assert received["data"]["kind"] == "bank_question"


def test_more_time_request_holds_await_pm_days(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(
        reply(PAY, "Could we have an extension until March?\n", in_reply_to=world.mid(R1))
    )
    world.run_once(TICK2)
    state = world.milestone(C1, "m1")
    assert state.status == "open" and state.hold_until is not None
    assert (state.hold_until - TICK2).days == 5  # settings.policy.await_pm_days
    assert _client_mail(world, before) == []
    assert "more time" in _alert_text(world, before)


def test_unanswered_the_pm_is_reminded_once_then_the_chase_resumes_with_the_pm_told(
    world: World,
) -> None:
    world.deliver(reply(PAY, "好的，收到。\n", in_reply_to=world.mid(R1)))  # nothing to act on
    world.run_once(TICK2)
    held_until = world.milestone(C1, "m1").hold_until
    assert held_until is not None
    before = len(world.smtp.messages)
    world.run_once(datetime.fromisoformat("2026-12-03T10:00:00+08:00"))
    world.run_once(datetime.fromisoformat("2026-12-03T11:00:00+08:00"))
    assert world.stage_sent("pm_alert", before) == [(PM,)]  # reminded once
    assert _client_mail(world, before) == []  # BETA's reminder 2 is not due before 12-04
    middle = len(world.smtp.messages)
    world.run_once(datetime.fromisoformat("2026-12-07T10:00:00+08:00"))
    alerts = [m for m in world.smtp.messages[middle:] if ".pm_alert." in m.message["Message-ID"]]
    assert ["resumes" in str(m.message["Subject"]) for m in alerts] == [True]
    assert (PAY, ANN, CFO) in world.stage_sent("reminder", middle)  # the chase goes on


def test_a_learned_guess_is_held_and_the_pm_is_asked_with_its_words(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a reply no rule reads; the learned fallback (a small model trained here) guesses a
    # promise: held exactly like an unrecognised reply, the PM told the guess and its words
    from tests.test_learned_fallback import toy

    model = toy()
    monkeypatch.setattr(fallback, "packaged_model", lambda: model)
    before = len(world.smtp.messages)
    body = "Dear Wang, money goes out soon inshallah, 10 December.\n"
    world.deliver(reply(PAY, body, in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    state = world.milestone(C1, "m1")
    assert state.status == "open" and state.promised_date is None  # no promise recorded
    assert state.hold_until is not None and (state.hold_until - TICK2).days == 5
    assert _client_mail(world, before) == []
    alert = _alert_text(world, before)
    assert "promises to pay" in alert and "guess" in alert and "inshallah" in alert
    assert "promise 2026-12-10" in alert  # the one-word answer it asks for
    [received] = world.events("received")
    assert received["data"]["kind"] == "promise"
    assert str(received["data"]).count("learned") >= 1
