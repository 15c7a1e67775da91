"""An objection beside a dated promise, end to end through real servers (helper hold).

A client writes that our invoice title was wrong and it cost them a few days, and that it pays
on the 5th: the reading is that promise, held (second-reading:dispute:promised_beside,
tests/test_reply_hold.py). What the daemon does with it (daemon/inbox/decide.py, ``_ask_pm``):
a reading the second reading took from a dispute holds as a possible dispute; nothing chases
the milestone and the client gets nothing (no acknowledgement of a dispute it did not raise),
the PM is asked with the suspicion and the client's day; the PM's ``promise DATE`` makes the
milestone wait for that day, and the chase resumes with the broken-promise follow-up after it.
The control: the same objection with the payment conditioned on a new invoice is a dispute,
acknowledged to the client as one.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_inbox_e2e import B1, BETA, BR1, PM, TICK1, TICK2, World, reply, staff_mail

DEC4 = datetime.fromisoformat("2026-12-04T10:00:00+08:00")
DEC7 = datetime.fromisoformat("2026-12-07T10:00:00+08:00")  # the 5th + 2 days' grace


@pytest.fixture
def world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    w = World(tmp_path, smtp_server, dovecot)
    w.run_once(TICK1)  # reminder 1 to both clients
    return w


def alert_text(w: World, since: int) -> str:
    [m] = [m for m in w.smtp.messages[since:] if ".pm_alert." in m.message["Message-ID"]]
    return str(m.message["Subject"]) + "\n" + m.message.get_body(("plain",)).get_content()


def test_an_objection_beside_a_dated_promise_is_held_and_the_pm_keeps_the_day(
    world: World,
) -> None:
    before = len(world.smtp.messages)
    body = "发票抬头你们开错了，耽误了几天，款12月5日付。\n\n在 2026年11月27日 写道：\n> 请付款"
    world.deliver(reply(BETA, body, in_reply_to=world.mid(BR1), mid="<o1@beta.example>"))
    world.run_once(TICK2)
    [received] = world.events("received")
    assert received["data"]["kind"] == "promise"
    assert received["data"]["rule"] == "second-reading:dispute:promised_beside"
    state = world.milestone(B1, "final")
    assert state.status == "disputed"  # held: nothing chases it until the PM answers
    # the client gets nothing: no acknowledgement of a dispute, no reminder
    assert world.stage_sent("ack_dispute", before) == []
    assert {rcpt for rcpt, _s, _m in world.sent(before)} == {(PM,)}  # the alert, the day's list
    assert world.stage_sent("pm_alert", before) == [(PM,)]
    alert = alert_text(world, before)
    assert "promises the payment on a day of its own" in alert  # the suspicion, in words
    assert "12月5日" in alert  # and the client's own words with its day
    world.run_once(DEC4)
    assert (BETA,) not in world.stage_sent("reminder", before)
    # the PM takes the client's day: the milestone waits for it
    world.deliver(staff_mail("promise 2026-12-05", in_reply_to=world.mid(BR1)))
    world.run_once(DEC4)
    state = world.milestone(B1, "final")
    assert (state.status, state.promised_date.isoformat()) == ("promised", "2026-12-05")
    since = len(world.smtp.messages)
    world.run_once(DEC7)  # the 5th passed unpaid: the chase resumes with the follow-up
    assert world.stage_sent("promise_broken", since) == [(BETA,)]


def test_the_same_objection_conditioning_the_payment_is_a_dispute(world: World) -> None:
    before = len(world.smtp.messages)
    body = "发票抬头你们开错了，请重开，收到新发票后12月5日付。\n"
    world.deliver(reply(BETA, body, in_reply_to=world.mid(BR1), mid="<o2@beta.example>"))
    world.run_once(TICK2)
    assert world.milestone(B1, "final").status == "disputed"
    assert world.stage_sent("ack_dispute", before) == [(BETA,)]
