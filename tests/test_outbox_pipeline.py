"""A tick sends each committed group on a sender thread while it composes the next
(:mod:`daemon.outbox.group`, "Pipelined"; issue 15), and still sends each email once.

Real SMTP (the aiosmtpd fixture, in this process: its hooks run on the server's thread).
The first email of a pass goes alone; the groups after it are sent on the sender thread.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

from daemon.clock import parse_now
from daemon.config.loader import load_config
from daemon.service.runtime import open_runtime
from tests.soak_support import NOW
from tests.test_disk_full_groups import assert_each_sent_once, forty_due, received

WAIT = 60.0
"""Seconds the server waits for the client's next group (a bound, not a schedule)."""


def test_the_next_group_is_composed_while_the_one_before_is_sent(
    tmp_path: Path, smtp_server: Any
) -> None:
    """While the server holds the second email (the first one of a group on the sender
    thread), the tick records and spools the next group's emails. Sent on the tick's own
    thread, none would be composed until the group was sent: the server would wait out
    ``WAIT`` and see five spool files."""
    config_path, expected = forty_due(tmp_path, smtp_server)
    runtime = open_runtime(load_config(config_path))
    runtime.engine.outbox.group_limit = 5  # the 1st alone, then 2-6; 7-16 composed meanwhile
    spool = runtime.engine.spool.folder
    seen: list[int] = []
    composed = threading.Event()

    def spooled() -> int:
        return sum(1 for p in spool.iterdir() if not p.name.startswith("."))

    def hold_the_second_email() -> None:
        if len(smtp_server.messages) != 1 or seen:
            return
        seen.append(spooled())
        deadline = threading.Event()
        for _ in range(int(WAIT * 10)):
            if spooled() > 6:
                composed.set()
                break
            deadline.wait(0.1)
        seen.append(spooled())

    smtp_server.on_rcpt(hold_the_second_email)
    try:
        result = runtime.engine.tick(parse_now(NOW))
    finally:
        smtp_server.on_rcpt(None)
        runtime.close()
    assert composed.is_set(), seen
    assert len(result.sent) == 40
    assert_each_sent_once(smtp_server, config_path, expected)


def test_a_failure_on_the_sender_thread_leaves_the_rest_pending_then_sends_it_once(
    tmp_path: Path, smtp_server: Any
) -> None:
    """The server answers the second email's DATA with 451 (an outage): the sender thread
    stops, the tick's thread records the outage and leaves that group (and the one composed
    meanwhile) pending; the next tick after the backoff sends each email once."""
    config_path, expected = forty_due(tmp_path, smtp_server)
    runtime = open_runtime(load_config(config_path))
    runtime.engine.outbox.group_limit = 5
    failed: list[bool] = []

    def fail_the_second_email() -> None:
        if len(smtp_server.messages) == 1 and not failed:
            failed.append(True)
            smtp_server.fail_next(451)

    smtp_server.on_rcpt(fail_the_second_email)
    now = parse_now(NOW)
    try:
        first = runtime.engine.tick(now)
        smtp_server.on_rcpt(None)
        assert len(first.sent) == 1 and runtime.engine.outbox.outage is not None
        # what was composed (that group, and the next one, composed meanwhile) is pending;
        # the tick composed no more once it knew, the rest is decided afresh next time
        pending = {r.message_id for r in runtime.engine.store.pending_sends()}
        assert set(first.deferred) == pending and 5 <= len(pending) < 39
        assert len(received(smtp_server)) == 1
        second = runtime.engine.tick(now + timedelta(hours=1))
        assert len(second.sent) == 39
    finally:
        smtp_server.on_rcpt(None)
        runtime.close()
    assert_each_sent_once(smtp_server, config_path, expected)
