"""Answers to routine requests end to end (issue 13.6): real Dovecot in, real SMTP out.

A client asks in the thread of a reminder for the invoice or our bank details; the
daemon answers at once from the config (PM in copy, the invoice attached), holds the
chase ``answer_hold_days``, and logs it; the same message read twice is answered once,
a new request a day later again. A question about a change of our bank account is never
answered: the PM is alerted and the client hears nothing.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from daemon.config.loader import load_config
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_inbox_e2e import (
    ANN,
    BETA,
    BR1,
    C1,
    CFO,
    PAY,
    PM,
    R1,
    TICK1,
    TICK2,
    World,
    reply,
)

INVOICE = b"%PDF-1.4\n% the invoice of milestone m1\n"
HOLD_DAYS = 7


@pytest.fixture
def world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    """test_inbox_e2e's world, with an invoice file on m1 and a week's hold after answers."""
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    w = World(tmp_path, smtp_server, dovecot)
    (tmp_path / "invoices").mkdir()
    (tmp_path / "invoices" / "m1.pdf").write_bytes(INVOICE)
    text = w.config_path.read_text(encoding="utf-8")
    m1 = "{id: m1, name: Delivery, amount: 80000.00, due: 2026-11-20"
    assert m1 in text
    text = text.replace(m1, m1 + ", invoice: invoices/m1.pdf")
    text = text.replace(
        "  language: en\n", f"  language: en\n  policy: {{answer_hold_days: {HOLD_DAYS}}}\n", 1
    )
    w.config_path.write_text(text, encoding="utf-8")
    w.config = load_config(w.config_path)
    w.run_once(TICK1)  # the chase starts: terms + reminder 1 to both clients
    assert w.stage_sent("reminder") == [(PAY, ANN, CFO), (BETA,)]
    return w


def _answers(w: World, before: int) -> list:
    return [m for m in w.smtp.messages[before:] if ".answer." in m.message["Message-ID"]]


def _client_mail(w: World, before: int) -> list[tuple[str, ...]]:
    return [rcpt for rcpt, _s, _mid in w.sent(before) if PM not in rcpt]


def test_resend_request_is_answered_with_the_invoice_and_the_chase_waits(world: World) -> None:
    before = len(world.smtp.messages)
    request = reply(PAY, "Could you resend the invoice please?\n", in_reply_to=world.mid(R1))
    world.deliver(request)
    world.run_once(TICK2)
    [sent] = _answers(world, before)
    assert sorted(sent.rcpt_tos) == sorted([PAY, ANN, CFO, PM])  # the PM in copy
    message = sent.message
    assert PM in str(message["Cc"]) and message["In-Reply-To"] == "<r1@acme.cn>"
    assert world.mid(R1) in str(message["References"])  # in the client's thread
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "m1.pdf" and attachment.get_content() == INVOICE
    body = message.get_body(("plain",)).get_content()
    assert "Invoice: attached" in body and "None" not in body
    assert world.stage_sent("pm_alert", before) == []  # nothing for the PM to do
    state = world.milestone(C1, "m1")
    assert state.status == "open" and state.hold_until is not None
    assert (state.hold_until - TICK2).days == HOLD_DAYS
    [answered] = world.events("answered")
    assert answered["data"]["items"] == ["invoice"]
    assert answered["data"]["message_id"] == message["Message-ID"]
    assert answered["data"]["request_id"] == "<r1@acme.cn>"
    # the chase waits: on 12-04 only the other client's reminder 2 goes out
    world.run_once(datetime.fromisoformat("2026-12-04T10:00:00+08:00"))
    assert world.stage_sent("reminder", before) == [(BETA,)]


def test_the_same_message_twice_is_answered_once_a_new_request_again(world: World) -> None:
    request = reply(PAY, "Please resend the invoice.\n", in_reply_to=world.mid(R1))
    world.deliver(request)
    world.run_once(TICK2)
    assert len(_answers(world, 0)) == 1
    world.deliver(request)  # the same message again (a client's double send, a resync)
    world.run_once(datetime.fromisoformat("2026-11-30T10:30:00+08:00"))
    assert len(_answers(world, 0)) == 1
    next_day = datetime.fromisoformat("2026-12-01T10:00:00+08:00")
    world.deliver(
        reply(
            PAY,
            "Sorry, could you resend the invoice once more?\n",
            in_reply_to=world.mid(R1),
            mid="<r2@acme.cn>",
            when=next_day,
        )
    )
    world.run_once(next_day)
    first, second = _answers(world, 0)
    assert first.message["Message-ID"] != second.message["Message-ID"]
    assert len(world.events("answered")) == 2


def test_bank_details_question_is_answered_from_the_config(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(
        reply(BETA, "您好，麻烦提供一下贵司的收款账户信息，谢谢。\n", in_reply_to=world.mid(BR1))
    )
    world.run_once(TICK2)
    [sent] = _answers(world, before)
    assert sorted(sent.rcpt_tos) == sorted([BETA, PM])
    assert list(sent.message.iter_attachments()) == []
    body = sent.message.get_body(("plain",)).get_content()
    assert "示例银行 123" in body  # the contract's payment instructions
    assert "付款附言（请照写）：B-1 final" in body  # the pay-now block's exact reference
    assert "从不通过电子邮件变更收款账户" in body
    assert "None" not in body
    assert [e["data"]["items"] for e in world.events("answered")] == [["bank_details"]]


def test_bank_change_question_alerts_the_pm_and_the_client_hears_nothing(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(reply(BETA, "你们的收款账户变更了吗？\n", in_reply_to=world.mid(BR1)))
    world.run_once(TICK2)
    assert _answers(world, before) == [] and _client_mail(world, before) == []
    [alert] = [m for m in world.smtp.messages[before:] if ".pm_alert." in m.message["Message-ID"]]
    assert tuple(alert.rcpt_tos) == (PM,) and "RISK" in str(alert.message["Subject"])
    assert world.events("answered") == []
