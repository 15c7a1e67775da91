"""The PM's answer to "which payment?" (issue 13, defect 4), through real Dovecot and SMTP.

A client's "we have paid" to a letter listing C-1/m1 and C-2/x1 names neither: the PM is
asked. A bare ``paid`` in reply to that question must not settle one of them (the first
listed was taken before): cuikuan asks back, naming the references. ``paid`` with the
payment's reference then acts on that payment alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from daemon.config.loader import load_config
from daemon.domain.state import SendKey
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_consolidation import AR, LATER_TICK, NOTICE_TICK, PM, TERMS_TICK, World, text_of
from tests.test_inbox_e2e import reply as build_reply

M1, X1 = SendKey("C-1", "m1", "notice", 0), SendKey("C-2", "x1", "notice", 0)
ASK_TICK = LATER_TICK.replace(hour=12)
ANSWER_TICK = LATER_TICK.replace(hour=13)


@pytest.fixture
def two_payment_world(
    tmp_path: pytest.TempPathFactory,
    smtp_server: SmtpServer,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[World]:
    """The consolidation world with C-1 down to one payment (m1): its letter lists m1, x1."""
    monkeypatch.setenv("CK_CONSOLIDATE_IMAP_PASSWORD", dovecot.users[PM])
    w = World(tmp_path, smtp_server, dovecot)  # type: ignore[arg-type]
    text = w.config_path.read_text(encoding="utf-8")
    text = re.sub(r"          - \{id: m2, [^\n]*\n", "", text).replace(
        "total: 100000.00", "total: 80000.00"
    )
    w.config_path.write_text(text, encoding="utf-8")
    w.config = load_config(w.config_path)
    w.run_once(TERMS_TICK)
    w.run_once(NOTICE_TICK)
    yield w


def _pm_says(world: World, body: str, *, in_reply_to: str, subject: str, mid: str) -> None:
    raw = build_reply(PM, body, to=AR, in_reply_to=in_reply_to, subject=subject, mid=mid)
    world.dovecot.append(PM, raw)


def _staff_replies(world: World, since: int) -> list[str]:
    return [
        text_of(m)
        for m in world.smtp.messages[since:]
        if ".staff_reply." in str(m.message["Message-ID"])
    ]


def test_a_bare_paid_to_which_payment_settles_nothing_and_asks_back(
    two_payment_world: World,
) -> None:
    world = two_payment_world
    letter = world.mid(M1)
    assert world.state().sends[X1].message_id == letter  # one letter for both
    world.reply("Hello, we have paid.", mid="<paid-all@acme.cn>")
    before = len(world.smtp.messages)
    world.run_once(LATER_TICK)
    [alert] = [
        m for m in world.smtp.messages[before:] if ".pm_alert." in str(m.message["Message-ID"])
    ]
    assert "[CK-C-1-m1] [CK-C-2-x1]" in str(alert.message["Subject"])

    # the PM answers the question with a bare "paid"
    before = len(world.smtp.messages)
    _pm_says(
        world,
        "paid",
        in_reply_to=str(alert.message["Message-ID"]),
        subject=f"Re: {alert.message['Subject']}",
        mid="<pm-bare@example.com>",
    )
    world.run_once(ASK_TICK)
    state = world.state()
    assert state.milestone("C-1", "m1").status == "open", "a bare 'paid' settled m1"
    assert state.milestone("C-2", "x1").status == "open"
    [asked] = _staff_replies(world, before)
    assert "[CK-C-1-m1]" in asked and "[CK-C-2-x1]" in asked
    assert "paid [CK-C-2-x1]" in asked or "paid [CK-C-1-m1]" in asked  # how to name one

    # naming the payment acts on that one alone
    before = len(world.smtp.messages)
    _pm_says(
        world,
        "paid [CK-C-2-x1]",
        in_reply_to=str(alert.message["Message-ID"]),
        subject=f"Re: {alert.message['Subject']}",
        mid="<pm-named@example.com>",
    )
    world.run_once(ANSWER_TICK)
    state = world.state()
    assert state.milestone("C-2", "x1").status == "paid"
    assert state.milestone("C-1", "m1").status == "open"
    [done] = _staff_replies(world, before)
    assert "Result: Annual fee / Support: open -> paid" in done
