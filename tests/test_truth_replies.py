"""What a client receives after it writes "we paid", through the real SMTP and IMAP servers.

Issue 11, points 1, 2, 5 and 8: a claim gets a short acknowledgement and no receipt; the
receipt (``thanks``) follows the PM's verification with the verified amount and date; it
never says "all settled" while another milestone is open; it never goes out for a
milestone cuikuan never chased; and no client email references cuikuan's internal mail.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from daemon.domain.state import SendKey
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.truth_world import (
    B1,
    BETA,
    C1,
    CLIENTS,
    PAY,
    PM,
    TICK2,
    TICK3,
    World,
    chased_world,
    text_of,
    thread_ids,
)

R1 = SendKey(C1, "m1", "reminder", 1)
CLAIMED_AT = datetime.fromisoformat("2026-11-29T09:30:00+08:00")
VERIFIED_AT = datetime.fromisoformat("2026-11-30T15:00:00+08:00")


@pytest.fixture
def world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    return chased_world(tmp_path, smtp_server, dovecot, monkeypatch)


def claim_and_verify(world: World, verify: str) -> None:
    """ACME says it paid m1 (TICK2); the PM answers the alert with ``verify`` (TICK3)."""
    world.reply(
        PAY,
        "We have paid the invoice.",
        when=CLAIMED_AT,
        in_reply_to=world.mid(R1),
        mid="<claim@acme.cn>",
    )
    world.run_once(TICK2)
    [alert] = world.mails("pm_alert")
    world.reply(
        PM,
        verify,
        when=VERIFIED_AT,
        in_reply_to=alert.message["Message-ID"],
        mid="<verify@example.com>",
    )
    world.run_once(TICK3)


def test_a_claim_gets_an_acknowledgement_and_the_receipt_waits_for_the_pm(world: World) -> None:
    before = len(world.smtp.messages)
    world.reply(
        PAY,
        "We have paid the invoice.",
        when=CLAIMED_AT,
        in_reply_to=world.mid(R1),
        mid="<claim@acme.cn>",
    )
    world.run_once(TICK2)
    assert world.milestone(C1, "m1").status == "claimed_paid"
    [ack] = world.mails("ack_paid", before)
    assert ack.rcpt_tos == (PAY,)
    body = text_of(ack)
    assert "80,000" not in body and "received" not in body.lower()
    assert "confirm" in body
    assert world.mails("thanks") == []
    world.run_once(TICK3)  # a day later: still no receipt, nobody verified
    assert world.mails("thanks") == []


def test_the_receipt_states_the_verified_amount_and_date(world: World) -> None:
    # (79,500 of 80,000 would be a part payment now: the milestone stays open, issue 13.1)
    claim_and_verify(world, "paid 80,000.00 2026-11-28")
    [thanks] = world.mails("thanks")
    body = text_of(thanks)
    assert "CNY 80,000.00" in body and "28 November 2026" in body
    assert "None" not in body
    assert "all payments under the contract are settled" not in body  # m2 is still to come


def test_last_milestone_receipt_never_says_settled_while_another_is_open(world: World) -> None:
    world.reply(
        BETA,
        "尾款已付款，请查收。",
        when=CLAIMED_AT,
        in_reply_to=world.mid(SendKey(B1, "final", "reminder", 1)),
        mid="<c@beta.example>",
    )
    world.run_once(TICK2)
    [alert] = [m for m in world.mails("pm_alert") if "尾款" in text_of(m) or "final" in text_of(m)]
    world.reply(
        PM, "paid", when=VERIFIED_AT, in_reply_to=alert.message["Message-ID"], mid="<v@example.com>"
    )
    world.run_once(TICK3)
    [thanks] = world.mails("thanks")
    body = text_of(thanks)
    assert "尾款" in body and "¥5,000.00" in body and "2026年11月30日" in body
    assert "结清" not in body  # the 首付款 is unpaid


def test_no_receipt_for_a_milestone_cuikuan_never_chased(world: World) -> None:
    # m2 is due in March: only the contract's terms went out, never a word about m2
    world.reply(
        PAY,
        "We have paid the final payment.",
        when=CLAIMED_AT,
        subject=f"Payment [CK-{C1}-m2]",
        mid="<early@acme.cn>",
    )
    world.run_once(TICK2)
    assert world.milestone(C1, "m2").status == "claimed_paid"
    [alert] = world.mails("pm_alert")
    world.reply(
        PM,
        "paid",
        when=VERIFIED_AT,
        in_reply_to=alert.message["Message-ID"],
        mid="<v2@example.com>",
    )
    world.run_once(TICK3)
    assert world.milestone(C1, "m2").status == "paid"
    assert world.mails("thanks") == []


def test_client_threads_reference_only_mail_the_client_received(world: World) -> None:
    claim_and_verify(world, "paid 80000 2026-11-28")
    assert world.mails("thanks") and world.mails("staff_reply") and world.mails("pm_alert")
    seen: set[str] = set(world.inbound)
    for message in world.smtp.messages:
        if not CLIENTS & set(message.rcpt_tos):
            continue
        foreign = [i for i in thread_ids(message) if i not in seen]
        assert foreign == [], f"{message.message['Subject']} references {foreign}"
        seen.add(str(message.message["Message-ID"]).strip())  # a long id is folded
