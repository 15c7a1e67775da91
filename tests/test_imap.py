"""ImapSource against a real Dovecot: cursors, UIDVALIDITY, filing, Sent, IDLE, reconnects."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from daemon.clock import Clock, FixedClock, SystemClock
from daemon.config.mail_settings import ImapSettings
from daemon.errors import InboxError
from daemon.inbox import imap, imap_client
from daemon.inbox.imap import PROCESSED_KEYWORD, UNMATCHED_KEYWORD, ImapSource
from daemon.inbox.source import InboundMessage, Outcome
from daemon.service.runtime import open_runtime
from tests import test_inbox_e2e as e2e
from tests.fixtures.dovecot import Dovecot, _free_port
from tests.fixtures.smtp import SmtpServer
from tests.test_inbox_e2e import TICK1, TICK2, World

PM = "pm@example.com"


def _settings(server: Dovecot, **changes: object) -> ImapSettings:
    values: dict[str, object] = {
        "host": server.host,
        "port": server.imap_port,
        "security": "none",
        "username": PM,
        "timeout": 5.0,
    }
    values.update(changes)
    return ImapSettings.model_validate(values)


def _source(server: Dovecot, clock: Clock | None = None, **changes: object) -> ImapSource:
    return ImapSource(_settings(server, **changes), server.users[PM], clock or SystemClock())


def _raw(n: int) -> bytes:
    return (
        f"From: Client <client@example.net>\r\nTo: {PM}\r\nSubject: Re: invoice {n}\r\n"
        f"Message-ID: <reply-{n}@example.net>\r\n\r\nWe will pay {n}.\r\n"
    ).encode()


def _ids(messages: list[InboundMessage]) -> list[bytes]:
    return [m.raw.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0] for m in messages]


@pytest.fixture
def source(dovecot: Dovecot) -> Iterator[ImapSource]:
    src = _source(dovecot)
    yield src
    src.close()


IDLE_ROUND = 20.0
"""The IDLE rounds below: shorter than Dovecot's own recheck of an idle mailbox (30 s), so
a round that returns True was woken by the server's push, and one that ends at its
deadline returns False: the return value says what happened, not the stopwatch."""


class IdleRounds:
    """Hooks the source's IDLE rounds: ``after_idle`` runs once IDLE has begun (what it does
    can only be reported by IDLE), ``in_slice`` at the start of every ``idle_check`` wait,
    and each wait's length is recorded in ``slices``."""

    def __init__(
        self,
        monkeypatch: pytest.MonkeyPatch,
        after_idle: Callable[[], None] | None = None,
        in_slice: Callable[[], None] | None = None,
    ) -> None:
        self.slices: list[float] = []
        real_idle_once = imap.idle_once

        def hooked(client: Any, deadline: float, stop: threading.Event) -> bool:
            real_idle, real_check = client.idle, client.idle_check

            def idle() -> None:
                real_idle()
                if after_idle is not None:
                    after_idle()

            def idle_check(timeout: float) -> list[Any]:
                self.slices.append(timeout)
                if in_slice is not None:
                    in_slice()
                return real_check(timeout=timeout)

            monkeypatch.setattr(client, "idle", idle)
            monkeypatch.setattr(client, "idle_check", idle_check)
            return real_idle_once(client, deadline, stop)

        monkeypatch.setattr(imap, "idle_once", hooked)


def _count_logins(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """One entry per connection the sources open from now on."""
    opened: list[object] = []
    real_open = imap.open_client

    def counting(settings: ImapSettings, password: str) -> Any:
        opened.append(settings)
        return real_open(settings, password)

    monkeypatch.setattr(imap, "open_client", counting)
    return opened


def test_wrong_password_fails_fast_with_a_helpful_message(
    dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = ImapSource(_settings(dovecot), "not-the-password", SystemClock())
    logins = _count_logins(monkeypatch)
    with pytest.raises(InboxError) as info:
        src.fetch_new(None)
    assert len(logins) == 1  # refused once: no retry, no wait inside the call
    text = str(info.value)
    assert f"{PM} at 127.0.0.1:{dovecot.imap_port}" in text
    assert "CUIKUAN_IMAP_PASSWORD" in text
    assert "not-the-password" not in text


def test_connection_refused_names_host_and_port(dovecot: Dovecot) -> None:
    port = _free_port()
    src = ImapSource(_settings(dovecot, port=port), "x", SystemClock())
    with pytest.raises(InboxError, match=f"127.0.0.1:{port}"):
        src.fetch_new(None)


def test_each_message_is_fetched_once_even_by_a_new_instance(
    dovecot: Dovecot, source: ImapSource
) -> None:
    for n in (1, 2, 3):
        dovecot.append(PM, _raw(n))
    messages, cursor = source.fetch_new(None)
    assert _ids(messages) == [
        b"<reply-1@example.net>",
        b"<reply-2@example.net>",
        b"<reply-3@example.net>",
    ]
    assert messages[0].raw == _raw(1)
    assert {m.mailbox for m in messages} == {"INBOX"}
    assert cursor == (messages[0].uidvalidity, messages[-1].uid)

    again, same = source.fetch_new(cursor)
    assert again == [] and same == cursor

    dovecot.deliver_lmtp(PM, _raw(4))
    fresh = _source(dovecot)
    try:
        newer, cursor2 = fresh.fetch_new(cursor)
        assert _ids(newer) == [b"<reply-4@example.net>"]
        assert fresh.fetch_new(cursor2)[0] == []
    finally:
        fresh.close()
    # Reading did not mark anything \Seen (BODY.PEEK).
    assert all(b"\\Seen" not in flags for _raw_, flags in dovecot.fetch_all(PM, "INBOX").values())


def test_no_new_mail_returns_nothing_not_the_newest_message(
    dovecot: Dovecot, source: ImapSource
) -> None:
    dovecot.append(PM, _raw(1))
    dovecot.append(PM, _raw(2))
    uidvalidity = dovecot.uidvalidity(PM, "INBOX")
    assert source.fetch_new((uidvalidity, 2)) == ([], (uidvalidity, 2))
    # A cursor beyond the last UID ("UID 51:*" still matches UID 2 on the server).
    assert source.fetch_new((uidvalidity, 50)) == ([], (uidvalidity, 50))


def test_uidvalidity_change_reads_everything_again(dovecot: Dovecot, source: ImapSource) -> None:
    dovecot.append(PM, _raw(1))
    dovecot.append(PM, _raw(2))
    first, cursor = source.fetch_new(None)
    assert len(first) == 2
    dovecot.set_uidvalidity(PM, "INBOX", cursor[0] + 1000)
    again, new_cursor = source.fetch_new(cursor)
    assert _ids(again) == _ids(first)
    assert new_cursor == (cursor[0] + 1000, 2)
    assert all(m.uidvalidity == cursor[0] + 1000 for m in again)


def test_limit_and_chunked_fetch_page_through_a_backlog(dovecot: Dovecot) -> None:
    for n in range(1, 8):
        dovecot.append(PM, _raw(n))
    src = ImapSource(_settings(dovecot), dovecot.users[PM], SystemClock(), fetch_chunk=3)
    try:
        page1, cursor = src.fetch_new(None, limit=5)
        page2, cursor = src.fetch_new(cursor, limit=5)
        page3, _ = src.fetch_new(cursor, limit=5)
    finally:
        src.close()
    assert [m.uid for m in page1] == [1, 2, 3, 4, 5]
    assert [m.uid for m in page2] == [6, 7]
    assert page3 == []


def test_mark_processed_moves_into_created_folders_and_deletes_nothing(
    dovecot: Dovecot, source: ImapSource
) -> None:
    for n in (1, 2, 3):
        dovecot.append(PM, _raw(n))
    total = dovecot.count_all(PM)
    messages, cursor = source.fetch_new(None)
    source.mark_processed(messages[0], "processed")
    source.mark_processed(messages[1], "unmatched")
    source.mark_processed(messages[2], "processed")

    assert {"cuikuan/processed", "cuikuan/unmatched"} <= set(dovecot.folders(PM))
    assert dovecot.folder_uids(PM, "INBOX") == []
    processed = dovecot.fetch_all(PM, "cuikuan/processed")
    assert sorted(raw for raw, _flags in processed.values()) == [_raw(1), _raw(3)]
    assert [raw for raw, _f in dovecot.fetch_all(PM, "cuikuan/unmatched").values()] == [_raw(2)]
    assert dovecot.count_all(PM) == total
    assert source.fetch_new(cursor)[0] == []


def test_folders_use_the_server_delimiter() -> None:
    with Dovecot(separator=".") as server:
        src = _source(server)
        try:
            server.append(PM, _raw(1))
            messages, _ = src.fetch_new(None)
            src.mark_processed(messages[0], "processed")
        finally:
            src.close()
        assert "cuikuan.processed" in server.folders(PM)
        assert len(server.folder_uids(PM, "cuikuan.processed")) == 1


def test_flag_mode_flags_instead_of_moving(dovecot: Dovecot) -> None:
    src = _source(dovecot, after_processing="flag")
    try:
        dovecot.append(PM, _raw(1))
        dovecot.append(PM, _raw(2))
        messages, _ = src.fetch_new(None)
        src.mark_processed(messages[0], "processed")
        src.mark_processed(messages[1], "unmatched")
        stored = dovecot.fetch_all(PM, "INBOX")
        assert set(stored[1][1]) >= {b"\\Seen", PROCESSED_KEYWORD}
        assert UNMATCHED_KEYWORD in stored[2][1] and b"\\Seen" not in stored[2][1]
        assert "cuikuan/processed" not in dovecot.folders(PM)
        # A resync (no cursor) skips what was already filed.
        dovecot.append(PM, _raw(3))
        again, _ = src.fetch_new(None)
        assert _ids(again) == [b"<reply-3@example.net>"]
    finally:
        src.close()


def test_append_sent_then_found_by_message_id(dovecot: Dovecot, source: ImapSource) -> None:
    mid = "<ck-c1-m1-reminder-1@example.com>"
    assert source.contains_message_id(None, mid) is False
    sent = (
        f"From: {PM}\r\nTo: client@example.net\r\nSubject: [CK-c1-m1] reminder\r\n"
        f"Message-ID: {mid}\r\n\r\nPlease pay.\r\n"
    ).encode()
    source.append_sent(sent)
    assert source.contains_message_id(None, mid) is True
    assert source.contains_message_id("Sent", mid.strip("<>")) is True
    assert source.contains_message_id(None, "<ck-c1-m1-reminder-2@example.com>") is False
    assert source.contains_message_id("No/Such/Folder", mid) is False
    [(raw, flags)] = dovecot.fetch_all(PM, "Sent").values()
    assert raw == sent and b"\\Seen" in flags
    # Searching Sent does not break reading the inbox afterwards.
    dovecot.append(PM, _raw(1))
    assert len(source.fetch_new(None)[0]) == 1


def test_idle_wakes_up_on_delivery_from_another_connection(
    dovecot: Dovecot, source: ImapSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, cursor = source.fetch_new(None)
    IdleRounds(monkeypatch, after_idle=lambda: dovecot.deliver_lmtp(PM, _raw(1)))
    assert source.wait_for_activity(IDLE_ROUND, threading.Event()) is True
    assert _ids(source.fetch_new(cursor)[0]) == [b"<reply-1@example.net>"]


def test_mail_arriving_between_fetch_and_idle_is_not_missed(
    dovecot: Dovecot, source: ImapSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, cursor = source.fetch_new(None)
    dovecot.deliver_lmtp(PM, _raw(1))
    rounds = IdleRounds(monkeypatch)
    assert source.wait_for_activity(IDLE_ROUND, threading.Event()) is True
    assert rounds.slices == []  # the look before IDLE saw it: no IDLE at all


def test_mail_landing_between_the_last_look_and_idle_wakes_at_once(
    dovecot: Dovecot, source: ImapSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mail delivered after the look before IDLE (SELECT) and before IDLE itself.

    Dovecot reports it right behind its ``+ idling``, in the same read, so it sat in
    imaplib's buffer where polling the socket cannot see it: the watcher idled on until
    the round's end (``idle_renew_seconds``) and the reply waited. The delivery is put
    exactly in that window by a hook, not by timing.
    """
    _, cursor = source.fetch_new(None)
    real_idle_once = imap.idle_once

    def deliver_then_idle(client: Any, deadline: float, stop: threading.Event) -> bool:
        dovecot.append(PM, _raw(1))  # after the SELECT that found nothing new
        return real_idle_once(client, deadline, stop)

    monkeypatch.setattr(imap, "idle_once", deliver_then_idle)
    assert source.wait_for_activity(60, threading.Event()) is True  # False: idled to the end
    assert _ids(source.fetch_new(cursor)[0]) == [b"<reply-1@example.net>"]


def test_wait_times_out_without_mail_and_stops_fast(
    source: ImapSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    source.fetch_new(None)
    rounds = IdleRounds(monkeypatch)
    started = time.monotonic()
    assert source.wait_for_activity(1.2, threading.Event()) is False
    assert time.monotonic() - started > 1.1
    assert sum(rounds.slices) <= 1.2  # never asked to wait past its timeout
    assert max(rounds.slices) <= imap_client.IDLE_SLICE_SECONDS

    stop = threading.Event()
    rounds = IdleRounds(monkeypatch, in_slice=stop.set)  # a stop arrives while idle
    assert source.wait_for_activity(30, stop) is False
    assert len(rounds.slices) == 1  # honoured when the slice in progress ends
    assert source.wait_for_activity(30, stop) is False  # already set: no wait at all
    assert len(rounds.slices) == 1


def test_reconnects_after_a_server_restart_during_idle(
    dovecot: Dovecot, source: ImapSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, cursor = source.fetch_new(None)

    def bounce() -> None:
        dovecot.restart()
        dovecot.deliver_lmtp(PM, _raw(7))

    rounds = IdleRounds(monkeypatch, after_idle=bounce)
    assert source.wait_for_activity(IDLE_ROUND, threading.Event()) is True
    assert sum(rounds.slices) < IDLE_ROUND  # the BYE was noticed, not idled on to the end
    messages, _ = source.fetch_new(cursor)
    assert _ids(messages) == [b"<reply-7@example.net>"]
    assert source.connected


def test_reconnects_after_a_crash_without_bye(
    dovecot: Dovecot, source: ImapSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, cursor = source.fetch_new(None)
    rounds = IdleRounds(monkeypatch, after_idle=dovecot.crash)
    assert source.wait_for_activity(IDLE_ROUND, threading.Event()) is True
    assert sum(rounds.slices) < IDLE_ROUND  # the dead connection was noticed, not idled on
    assert not source.connected
    dovecot.start()
    dovecot.deliver_lmtp(PM, _raw(8))
    assert _ids(source.fetch_new(cursor)[0]) == [b"<reply-8@example.net>"]


def test_backoff_is_measured_on_the_injected_clock(
    dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FixedClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    src = _source(dovecot, clock)
    try:
        dovecot.stop()
        with pytest.raises(InboxError, match="cannot connect"):
            src.fetch_new(None)
        dovecot.start()
        # Up again, but the next attempt is 1 s away on the clock: no attempt is made.
        with pytest.raises(InboxError, match="next attempt in 1 s"):
            src.fetch_new(None)
        logins = _count_logins(monkeypatch)
        assert src.wait_for_activity(0.2, threading.Event()) is False
        assert logins == []

        dovecot.stop()
        clock.advance(timedelta(seconds=1))
        with pytest.raises(InboxError, match="cannot connect"):
            src.fetch_new(None)
        with pytest.raises(InboxError, match="next attempt in 2 s"):
            src.fetch_new(None)

        dovecot.start()
        clock.advance(timedelta(seconds=2))
        assert src.wait_for_activity(5, threading.Event()) is True  # reconnected
        assert src.connected
        dovecot.append(PM, _raw(1))
        assert len(src.fetch_new(None)[0]) == 1
    finally:
        src.close()


def test_close_then_use_again_reconnects(dovecot: Dovecot, source: ImapSource) -> None:
    dovecot.append(PM, _raw(1))
    _, cursor = source.fetch_new(None)
    source.close()
    assert not source.connected
    dovecot.append(PM, _raw(2))
    assert _ids(source.fetch_new(cursor)[0]) == [b"<reply-2@example.net>"]


def test_repr_never_shows_the_body() -> None:
    msg = InboundMessage(uid=3, raw=b"secret body", mailbox="INBOX", uidvalidity=9)
    assert "secret" not in repr(msg) and "size=11" in repr(msg)


# --- batched filing ------------------------------------------------------------------------


def _count_calls(monkeypatch: pytest.MonkeyPatch, client: object, names: list[str]) -> dict:
    """Spy (on the real connection) how often each IMAP command method is called."""
    calls = dict.fromkeys(names, 0)
    for name in names:
        real = getattr(client, name)

        def counted(*args: object, _real: Any = real, _name: str = name, **kw: object) -> Any:
            calls[_name] += 1
            return _real(*args, **kw)

        monkeypatch.setattr(client, name, counted)
    return calls


def test_mark_processed_many_files_a_batch_with_one_move_per_folder(
    dovecot: Dovecot, source: ImapSource, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(1, 8):
        dovecot.append(PM, _raw(n))
    total = dovecot.count_all(PM)
    messages, cursor = source.fetch_new(None)
    outcomes: list[Outcome] = ["processed", "unmatched"] * 3 + ["processed"]
    calls = _count_calls(monkeypatch, source._connect(), ["select_folder", "move", "copy"])
    source.mark_processed_many(list(zip(messages, outcomes, strict=True)))

    # INBOX was still selected from the fetch: no SELECT, one MOVE per target folder.
    assert calls == {"select_folder": 0, "move": 2, "copy": 0}
    assert dovecot.folder_uids(PM, "INBOX") == []
    processed = dovecot.fetch_all(PM, "cuikuan/processed")
    unmatched = dovecot.fetch_all(PM, "cuikuan/unmatched")
    assert sorted(raw for raw, _f in processed.values()) == sorted(_raw(n) for n in (1, 3, 5, 7))
    assert sorted(raw for raw, _f in unmatched.values()) == sorted(_raw(n) for n in (2, 4, 6))
    assert dovecot.count_all(PM) == total
    # Filing the same batch again (a retry) is harmless; nothing comes back.
    source.mark_processed_many(list(zip(messages, outcomes, strict=True)))
    assert dovecot.count_all(PM) == total
    assert source.fetch_new(cursor)[0] == []


def test_filing_selects_the_inbox_again_after_another_folder_was_selected(
    dovecot: Dovecot, source: ImapSource
) -> None:
    dovecot.append(PM, _raw(1))
    dovecot.append(PM, _raw(2))
    messages, _ = source.fetch_new(None)
    assert source.contains_message_id(None, "<nothing@example.com>") is False  # EXAMINE Sent
    source.mark_processed_many([(messages[0], "processed"), (messages[1], "processed")])
    assert dovecot.folder_uids(PM, "INBOX") == []
    assert len(dovecot.folder_uids(PM, "cuikuan/processed")) == 2


def test_batch_from_before_a_uidvalidity_change_is_not_filed(
    dovecot: Dovecot, source: ImapSource
) -> None:
    dovecot.append(PM, _raw(1))
    messages, cursor = source.fetch_new(None)
    source.close()  # a reconnect forgets which folder was selected
    dovecot.set_uidvalidity(PM, "INBOX", cursor[0] + 7)
    source.mark_processed_many([(messages[0], "processed")])
    assert len(dovecot.folder_uids(PM, "INBOX")) == 1
    assert "cuikuan/processed" not in dovecot.folders(PM)


def test_flag_mode_batch_flags_each_outcome(dovecot: Dovecot) -> None:
    src = _source(dovecot, after_processing="flag")
    try:
        for n in (1, 2, 3):
            dovecot.append(PM, _raw(n))
        messages, _ = src.fetch_new(None)
        outcomes: list[Outcome] = ["processed", "unmatched", "processed"]
        src.mark_processed_many(list(zip(messages, outcomes, strict=True)))
        stored = dovecot.fetch_all(PM, "INBOX")
        assert set(stored[1][1]) >= {b"\\Seen", PROCESSED_KEYWORD}
        assert set(stored[3][1]) >= {b"\\Seen", PROCESSED_KEYWORD}
        assert UNMATCHED_KEYWORD in stored[2][1] and b"\\Seen" not in stored[2][1]
        assert "cuikuan/processed" not in dovecot.folders(PM)
        assert src.fetch_new(None)[0] == []
    finally:
        src.close()


def test_crash_before_the_batched_move_files_the_messages_on_the_next_pass(
    tmp_path: Path,
    smtp_server: SmtpServer,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Committed but not yet moved when the daemon died: the next pass reads them again
    (the cursor only moves past a filed chunk), acts on none twice and files them."""
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    world = World(tmp_path, smtp_server, dovecot)
    world.run_once(TICK1)
    before = len(world.smtp.messages)
    world.deliver(e2e.reply(e2e.PAY, "We dispute the amount.", mid="<b1@acme.cn>"))
    world.deliver(e2e.reply(e2e.PAY, "We paid yesterday.", mid="<b2@acme.cn>"))

    def crash(self: ImapSource, items: object) -> None:
        raise RuntimeError("simulated crash before the move")

    runtime = open_runtime(world.config)
    try:
        assert runtime.inbox is not None
        with monkeypatch.context() as patch:
            patch.setattr(ImapSource, "mark_processed_many", crash)
            with pytest.raises(RuntimeError):
                runtime.inbox.process(TICK2)
        cursor_after_crash = runtime.store.get_cursor(runtime.inbox.cursor_key)
    finally:
        runtime.close()
    assert world.folder("INBOX") == 2
    assert len(world.events("received")) == 2
    acted = len(world.smtp.messages)
    assert acted > before
    assert cursor_after_crash is None or cursor_after_crash[1] < max(
        dovecot.folder_uids(PM, "INBOX")
    )

    runtime = open_runtime(world.config)
    try:
        assert runtime.inbox is not None
        result = runtime.inbox.process(TICK2)
    finally:
        runtime.close()
    assert (result.count, result.duplicates) == (0, 2)
    assert (world.folder("INBOX"), world.folder("cuikuan/processed")) == (0, 2)
    assert len(world.events("received")) == 2
    assert len(world.smtp.messages) == acted  # nothing answered twice


def _big(n: int, size: int) -> bytes:
    """A reply with ``size`` bytes of (base64-looking) attachment text."""
    line = b"QUJD" * 19 + b"\r\n"
    body = line * (size // len(line) + 1)
    return _raw(n) + b"--\r\n" + body[:size]


def test_byte_budget_cuts_a_batch_and_pages_through_every_message(dovecot: Dovecot) -> None:
    sizes = [300_000, 400_000, 2_500_000, 200_000, 200_000, 900_000, 100]
    for n, size in enumerate(sizes, 1):
        dovecot.append(PM, _big(n, size))
    budget = 1_000_000
    src = ImapSource(_settings(dovecot), dovecot.users[PM], SystemClock(), fetch_budget=budget)
    pages: list[list[InboundMessage]] = []
    cursor = None
    try:
        while True:
            page, cursor = src.fetch_new(cursor, limit=50)
            pages.append(page)
            if not src.more_waiting:
                break
    finally:
        src.close()
    for page in pages:
        assert len(page) == 1 or sum(len(m.raw) for m in page) <= budget
    assert [[m.uid for m in page] for page in pages] == [[1, 2], [3], [4, 5], [6, 7]]
    assert _ids([m for page in pages for m in page]) == [
        f"<reply-{n}@example.net>".encode() for n in range(1, 8)
    ]


def test_a_big_message_alone_comes_in_pieces_byte_for_byte(
    dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imap, "FETCH_PIECE_BYTES", 300_000)
    raws = [_big(1, 1_000_000), _big(2, 100)]
    for raw in raws:
        dovecot.append(PM, raw)
    src = ImapSource(_settings(dovecot), dovecot.users[PM], SystemClock(), fetch_budget=500_000)
    calls: list[str] = []
    client = src._connect()
    real_fetch = client.fetch

    def counting(messages: Any, data: Any, *args: Any, **kw: Any) -> Any:
        calls.append(str(data))
        return real_fetch(messages, data, *args, **kw)

    monkeypatch.setattr(client, "fetch", counting)
    try:
        first, cursor = src.fetch_new(None)
        second, _ = src.fetch_new(cursor)
    finally:
        src.close()
    assert [m.raw for m in first + second] == raws
    assert len([c for c in calls if "BODY.PEEK[]<" in c]) == 4  # 1.08 MB in 300 KB pieces


def test_a_big_message_in_pieces_is_held_once(
    dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The pieces go into one buffer as they come: a list of them joined at the end held
    the message twice (35 MB mail: +35 MB on the inbox's peak)."""
    import tracemalloc

    monkeypatch.setattr(imap, "FETCH_PIECE_BYTES", 256 * 1024)
    raw = _big(1, 12_000_000)
    dovecot.append(PM, raw)
    src = ImapSource(_settings(dovecot), dovecot.users[PM], SystemClock(), fetch_budget=500_000)
    tracemalloc.start()
    try:
        [got], _ = src.fetch_new(None)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        src.close()
    assert got.raw == raw
    assert peak < 1.5 * len(raw)
