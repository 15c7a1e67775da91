"""``after_processing: flag`` end to end: real aiosmtpd out, real Dovecot in.

In flag mode cuikuan shares the INBOX with a human: nothing is moved; handled mail gets
``\\Seen`` + ``$CuikuanProcessed``, mail that matched nothing gets ``$CuikuanUnmatched``
(left unread for the human). These keywords are also what stops a message being acted on
twice, so the tests run the daemon again, with a lost cursor (UIDVALIDITY change) too.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from imapclient import IMAPClient

from daemon.config.loader import load_config
from daemon.inbox.imap import PROCESSED_KEYWORD, UNMATCHED_KEYWORD
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_inbox_e2e import ANN, C1, CFO, PAY, PM, R1, TICK1, TICK2, World, reply

SEEN = b"\\Seen"
LATER = datetime.fromisoformat("2026-11-30T11:00:00+08:00")  # same day, before reminder 2


@pytest.fixture
def world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    """The end-to-end world of test_inbox_e2e, with ``after_processing: flag``."""
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    w = World(tmp_path, smtp_server, dovecot)
    text = w.config_path.read_text(encoding="utf-8")
    anchor = "      idle_renew_seconds: 30\n"
    assert anchor in text
    w.config_path.write_text(
        text.replace(anchor, anchor + "      after_processing: flag\n"), encoding="utf-8"
    )
    w.config = load_config(w.config_path)
    assert w.config.settings.mail.imap is not None
    assert w.config.settings.mail.imap.after_processing == "flag"
    w.run_once(TICK1)  # terms + reminder 1 to both clients
    assert w.stage_sent("reminder") == [(PAY, ANN, CFO), ("ap@beta.example",)]
    return w


def inbox(world: World) -> dict[bytes, frozenset[bytes]]:
    """Message-ID -> flags of everything in the INBOX."""
    out = {}
    for raw, flags in world.dovecot.fetch_all(PM, "INBOX").values():
        mid = raw.split(b"Message-ID: ", 1)[1].split(b"\n", 1)[0].strip()
        out[mid] = frozenset(flags)
    return out


def test_reply_stays_in_inbox_flagged_and_is_acted_on_once(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(reply(PAY, "We dispute this invoice.", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert world.milestone(C1, "m1").status == "disputed"
    assert world.stage_sent("ack_dispute", before) == [(PAY, ANN, CFO)]
    assert world.stage_sent("pm_alert", before) == [(PM,)]
    flags = inbox(world)[b"<r1@acme.cn>"]
    assert {SEEN, PROCESSED_KEYWORD} <= flags and UNMATCHED_KEYWORD not in flags
    assert not any(f.startswith("cuikuan") for f in world.dovecot.folders(PM))

    # The next runs: nothing new, nothing sent again, nothing moved.
    sent = len(world.smtp.messages)
    world.run_once(LATER)
    world.run_once(LATER)
    assert world.sent(sent) == []
    assert len(world.events("received")) == 1

    # A lost cursor (server migrated: new UIDVALIDITY) reads the INBOX again: the keyword
    # keeps the handled reply out, a new reply is still read.
    world.dovecot.set_uidvalidity(PM, "INBOX", 777)
    world.deliver(reply(PAY, "We have paid now.", in_reply_to=world.mid(R1), mid="<r2@acme.cn>"))
    world.run_once(LATER)
    received = [e["data"]["message_id"] for e in world.events("received")]
    assert received == ["<r1@acme.cn>", "<r2@acme.cn>"]
    assert world.stage_sent("ack_dispute", before) == [(PAY, ANN, CFO)]
    assert world.milestone(C1, "m1").status == "claimed_paid"
    final = inbox(world)
    assert set(final) == {b"<r1@acme.cn>", b"<r2@acme.cn>"}
    assert all({SEEN, PROCESSED_KEYWORD} <= flags for flags in final.values())


def test_keyword_alone_guards_against_a_lost_state(world: World, tmp_path: Path) -> None:
    """Even with the state file gone (a fresh data dir), flagged mail is not acted on."""
    world.deliver(reply(PAY, "We dispute this invoice.", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert world.events("received")[0]["data"]["message_id"] == "<r1@acme.cn>"
    for old in world.state_file.parent.glob("state.json*"):  # a fresh data dir: every file
        old.rename(tmp_path / f"old-{old.name}")
    before = len(world.smtp.messages)
    world.run_once(LATER)
    assert world.events("received") == []
    assert world.stage_sent("ack_dispute", before) == []
    assert world.stage_sent("pm_alert", before) == []


def test_mail_the_human_already_read_is_still_handled(world: World) -> None:
    """Sharing the INBOX: the PM may open a reply before cuikuan sees it."""
    with IMAPClient(world.dovecot.host, port=world.dovecot.imap_port, ssl=False) as client:
        client.login(PM, world.dovecot.users[PM])
        client.append("INBOX", reply(PAY, "We dispute it.", in_reply_to=world.mid(R1)), [SEEN])
    world.run_once(TICK2)
    assert world.milestone(C1, "m1").status == "disputed"
    assert PROCESSED_KEYWORD in inbox(world)[b"<r1@acme.cn>"]


def test_unmatched_mail_stays_unread_for_the_human_and_alerts_once(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(reply("someone@else.example", "Are you hiring?", subject="Hello"))
    world.run_once(TICK2)
    world.run_once(LATER)
    world.dovecot.set_uidvalidity(PM, "INBOX", 778)
    world.run_once(LATER)
    assert world.stage_sent("pm_digest", before) == [(PM,)]  # in the digest, once
    assert world.stage_sent("pm_alert", before) == []
    flags = inbox(world)[b"<r1@acme.cn>"]
    assert UNMATCHED_KEYWORD in flags
    assert SEEN not in flags and PROCESSED_KEYWORD not in flags
    assert len(world.events("received")) == 1
