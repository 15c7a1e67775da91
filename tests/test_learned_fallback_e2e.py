"""A learned guess of dispute, end to end through real servers (aiosmtpd, Dovecot).

Issue 12's safe default: a reply with an objection that is not confidently something else is
held as a possible dispute. When no rule reads such a reply (Swahili here) and the learned
fallback is sure enough to guess dispute, the milestone holds as ``disputed`` (nothing chases
it until the PM says ``resume``), the client gets nothing, and the PM is told it is a guess and
the words it came from.
"""

from __future__ import annotations

import pytest

from daemon.inbox import fallback
from tests import test_inbox_e2e as e2e
from tests.test_inbox_e2e import C1, PAY, PM, R1, TICK2, World, reply
from tests.test_learned_fallback import swahili

world = e2e.world  # the fixture: a config on real SMTP and Dovecot, reminder 1 sent


def test_a_learned_dispute_holds_the_milestone_and_asks_the_pm(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = swahili({"dispute": (0.1, 0.1), "promise": (0.1, 0.1)})
    monkeypatch.setattr(fallback, "packaged_model", lambda: model)
    before = len(world.smtp.messages)
    body = "Mfumo una hitilafu kubwa, no pesa mpaka mrekebishe.\n"
    world.deliver(reply(PAY, body, in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert world.milestone(C1, "m1").status == "disputed"
    assert [rcpt for rcpt, _s, _mid in world.sent(before) if PM not in rcpt] == []
    [alert] = [m for m in world.smtp.messages[before:] if ".pm_alert." in m.message["Message-ID"]]
    text = str(alert.message["Subject"]) + "\n" + alert.message.get_body(("plain",)).get_content()
    assert "dispute" in text and "resume" in text  # the one-word commands
    assert "learned guess" in text and "mrekebishe" in text  # a guess, and its words
    [received] = world.events("received")
    assert received["data"]["kind"] == "dispute"
