"""Promises to pay, through the real SMTP and IMAP servers (issue 11 point 7).

The PM sees every promise; a promise dated after the due date does not stop the written
notice with the invoice; a broken promise gets a follow-up quoting the client's own words
and date, and the PM is alerted.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from daemon.domain.state import SendKey
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.truth_world import B1, BETA, C1, PAY, PM, TICK2, World, chased_world, text_of

WROTE = datetime.fromisoformat("2026-11-29T09:30:00+08:00")


@pytest.fixture
def world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    return chased_world(tmp_path, smtp_server, dovecot, monkeypatch)


def promise_from_beta(world: World) -> None:
    world.reply(
        BETA,
        "您好，尾款我们将于12月5日前付款。",
        when=WROTE,
        in_reply_to=world.mid(SendKey(B1, "final", "reminder", 1)),
        mid="<promise@beta.example>",
    )
    world.run_once(TICK2)


def test_the_pm_sees_every_promise(world: World) -> None:
    before = len(world.smtp.messages)
    promise_from_beta(world)
    assert world.milestone(B1, "final").status == "promised"
    [alert] = world.mails("pm_alert", before)
    assert alert.rcpt_tos == (PM,)
    body = text_of(alert)
    assert "2026-12-05" in body and "12月5日前付款" in body


def test_a_promise_after_the_due_date_keeps_the_notice_with_the_invoice(world: World) -> None:
    world.reply(
        PAY,
        "We will pay the final payment by 15 March 2027.",
        when=WROTE,
        subject=f"Final payment [CK-{C1}-m2]",
        mid="<later@acme.cn>",
    )
    world.run_once(TICK2)
    state = world.milestone(C1, "m2")
    assert (state.status, str(state.promised_date)) == ("promised", "2027-03-15")
    world.run_once(datetime.fromisoformat("2027-02-22T10:00:00+08:00"))  # notice day of m2
    [notice] = [m for m in world.mails("notice") if ".m2." in m.message["Message-ID"]]
    assert notice.rcpt_tos == (PAY,)
    assert [a.get_filename() for a in notice.message.iter_attachments()] == ["inv-m2.pdf"]


def test_a_broken_promise_gets_a_follow_up_quoting_the_client_and_a_pm_alert(
    world: World,
) -> None:
    promise_from_beta(world)
    before = len(world.smtp.messages)
    world.run_once(datetime.fromisoformat("2026-12-04T10:00:00+08:00"))  # still held
    assert world.mails("promise_broken", before) == []
    world.run_once(datetime.fromisoformat("2026-12-07T10:00:00+08:00"))  # 12-05 + 2 days
    [follow_up] = world.mails("promise_broken", before)
    assert follow_up.rcpt_tos == (BETA,)
    body = text_of(follow_up)
    assert "12月5日前付款" in body and "2026年11月29日" in body  # its words, and when
    assert "None" not in body
    alerts = [m for m in world.mails("pm_alert", before) if "12月5日前付款" in text_of(m)]
    assert [m.rcpt_tos for m in alerts] == [(PM,)]
    world.run_once(datetime.fromisoformat("2026-12-08T10:00:00+08:00"))  # once only
    assert len(world.mails("promise_broken")) == 1
