"""SIGKILL while the inbox acts on a chunk: no reply lost, none acted on or answered twice.

The inbox acts on a fetched chunk of messages in one store batch and one outbox group
(:mod:`daemon.inbox.processor`): the first answer of a pass goes alone, the others of the
chunk are recorded with the chunk's state and processed marks in one commit, then sent;
the messages are filed and the cursor moved only after that. A real daemon (``cuikuan
run``) first sends its 40 chase emails, then finds a backlog of 30 client disputes in the
real Dovecot INBOX (one chunk; each answered by an ``ack_dispute`` to the client and an
alert to the PM), and the real SMTP server (filing each message to the Sent folder before
its 250, as Gmail does) SIGKILLs it at an exact point of the chunk:

- at the MAIL FROM of the chunk's first answer: its intent is committed, nothing of the
  chunk is processed yet (the whole chunk is acted on again, that answer is not);
- at the MAIL FROM of the second answer: the chunk's state, processed marks and the
  other 59 intents are committed in one write, none of those sent, nothing filed;
- once the 20th answer is accepted, before its 250: sent marks not committed yet.

A second run must then act on every reply exactly once and send every answer exactly once.
"""

from __future__ import annotations

import shutil
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from daemon.clock import parse_now
from daemon.config.loader import load_config
from daemon.service.runtime import state_path
from daemon.storage.store import Store
from tests.fixtures.dovecot import Dovecot
from tests.soak_faults import replies_acted_on
from tests.soak_result import SoakOptions
from tests.soak_smtp import SentFiler, SoakSmtp
from tests.soak_support import (
    IMAP_USER,
    NOW,
    _Daemon,
    _final_run,
    expected_by_contract,
    write_config,
)
from tests.test_outbox_group import KillingHandler

pytestmark = pytest.mark.skipif(
    shutil.which("dovecot") is None, reason="the dovecot binary is not installed; CI installs it"
)

CONTRACTS = 10
ANSWERS_PER_REPLY = 2
"""A dispute is answered by an ``ack_dispute`` to the client and an alert to the PM."""


def dispute(reply_to: str, contract: str, milestone: str) -> tuple[str, str, bytes]:
    """(Message-ID, envelope sender, bytes) of a client's dispute answering ``reply_to``."""
    client = int(contract.split("-")[1]) // 10
    address = f"buyer{client}@client{client}.example.com"
    msg = EmailMessage()
    mid = f"<dispute-{contract}-{milestone}@client{client}.example.com>"
    msg["From"] = f"Buyer {client} <{address}>"
    msg["To"] = "ar@example.cn"
    msg["Subject"] = f"Re: {contract} {milestone}"
    msg["Date"] = format_datetime(parse_now(NOW))
    msg["Message-ID"] = mid
    msg["In-Reply-To"] = msg["References"] = reply_to
    msg.set_content("Hello,\n\nWe dispute this invoice: the work is not finished.\n\nBuyer\n")
    return mid, address, msg.as_bytes()


def sends(state: Path) -> list[tuple[str, str]]:
    """(Message-ID, status) of every email the state records (but the PM's daily list,
    which may still wait when the final run is stopped)."""
    with Store(state, read_only=True) as store:
        records = store.snapshot().sends.values()
        return [(r.message_id, r.status) for r in records if r.key.stage != "pm_todo"]


def run_with_a_kill(tmp_path: Path, at: str, nth_answer: int) -> None:
    with Dovecot() as dovecot:
        filer = SentFiler(dovecot, IMAP_USER)
        handler = KillingHandler(filer, "", 0)
        with SoakSmtp(handler=handler) as smtp:
            config_path = write_config(
                tmp_path, contracts=CONTRACTS, smtp_port=smtp.port, imap_port=dovecot.imap_port
            )
            by_contract = expected_by_contract(config_path)
            chase = {mid for mids in by_contract.values() for mid in mids.values()}
            state = state_path(load_config(config_path))
            daemon = _Daemon(tmp_path, dovecot.users[IMAP_USER])
            options = SoakOptions(final_timeout=120)
            try:
                assert _final_run(options, daemon, handler, chase, state, [], print) == 0
                replies = []
                for contract, mids in sorted(by_contract.items()):
                    for milestone in ("m1", "m2", "m3"):
                        mid, sender, raw = dispute(mids[milestone], contract, milestone)
                        dovecot.deliver_lmtp(IMAP_USER, raw, sender=sender)
                        replies.append(mid)
                handler.at, handler.n = at, handler.transactions + nth_answer
                if at == "data":
                    handler.n = sum(handler.snapshot().values()) + nth_answer
                proc = daemon.spawn()
                handler.pid = proc.pid
                assert handler.killed.wait(90), "the daemon never reached the kill point"
                proc.wait(timeout=30)
                at_kill = replies_acted_on(state, replies)
                assert max(at_kill.values()) <= 1, at_kill
                if (at, nth_answer) == ("mail", 2):  # the chunk was committed whole
                    assert set(at_kill.values()) == {1}, at_kill
                    assert len(dovecot.folder_uids(IMAP_USER, "INBOX")) == len(replies)
                handler.at = ""  # no more kills
                exit_code = _final_run(options, daemon, handler, chase, state, replies, print)
            finally:
                daemon.kill()
            counts = handler.snapshot()
        filer.close()
        left = dovecot.folder_uids(IMAP_USER, "INBOX")
    assert exit_code == 0
    assert replies_acted_on(state, replies) == dict.fromkeys(replies, 1)  # none lost or twice
    assert [mid for mid, n in counts.items() if n > 1] == []  # nothing sent twice
    recorded = sends(state)
    answers = {mid for mid, status in recorded if status == "sent"} - chase - {""}
    assert [r for r in recorded if r[1] in ("pending", "failed")] == []
    assert len(answers) == ANSWERS_PER_REPLY * len(replies)
    assert answers <= set(counts)  # every answer went out
    assert left == []


@pytest.mark.slow  # three runs of a real daemon with Dovecot; CI runs it (-m slow)
def test_a_kill_at_the_first_answer_of_a_chunk_acts_on_it_again_once(tmp_path: Path) -> None:
    run_with_a_kill(tmp_path, "mail", 1)


@pytest.mark.slow  # three runs of a real daemon with Dovecot; CI runs it (-m slow)
def test_a_kill_after_a_chunks_commit_loses_and_repeats_nothing(tmp_path: Path) -> None:
    run_with_a_kill(tmp_path, "mail", 2)


@pytest.mark.slow  # three runs of a real daemon with Dovecot; CI runs it (-m slow)
def test_a_kill_midway_through_a_chunks_answers_loses_and_repeats_nothing(
    tmp_path: Path,
) -> None:
    run_with_a_kill(tmp_path, "data", 20)
