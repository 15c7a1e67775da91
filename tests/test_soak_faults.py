"""The soak's reply stream (tests/soak_faults.py) against a real Dovecot: a reply the kills
left owed (its reminder not sent yet on a loaded machine) still comes, during the final run.

Before, the stream stopped with the kills: on a loaded machine fewer reminders had gone out
by then, fewer replies could be delivered, and the disk-full soak failed its
``replies_delivered == 6`` without any fault of the daemon.
"""

from __future__ import annotations

from tests.fixtures.dovecot import Dovecot
from tests.fixtures.waiting import wait_until
from tests.soak_faults import ReplyStream
from tests.soak_support import IMAP_USER, NOW


def test_a_reply_owed_when_the_kills_end_comes_once_it_is_answerable(dovecot: Dovecot) -> None:
    answerable: list[tuple[str, int, str]] = [("<m2.0@example.cn>", 0, "SOAK-0000")]
    stream = ReplyStream(dovecot, IMAP_USER, lambda: list(answerable), count=2, every=0.05, now=NOW)
    stream.start()
    try:
        wait_until(lambda: len(stream.delivered) == 1, "the reply during the kills")
        stream.kills_over()
        assert stream.during_kills == 1 and len(stream.delivered) == 1  # one is owed
        answerable.append(("<m2.1@example.cn>", 0, "SOAK-0001"))  # the final run sent it
        wait_until(lambda: len(stream.delivered) == 2, "the owed reply, once answerable")
    finally:
        stream.finish()
    assert len(dovecot.folder_uids(IMAP_USER, "INBOX")) == 2
    assert stream.during_kills == 1
