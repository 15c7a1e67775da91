"""MaildirSource on a real Maildir in tmp_path: filing, nothing deleted, Sent lookups, polling."""

from __future__ import annotations

import mailbox
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from daemon.config.mail_settings import MaildirSettings
from daemon.inbox.maildir_inbox import MaildirSource


def _raw(n: int) -> bytes:
    return (
        f"From: client@example.net\r\nTo: pm@example.com\r\nSubject: Re: invoice {n}\r\n"
        f"Message-ID: <reply-{n}@example.net>\r\n\r\nbody {n}\r\n"
    ).encode()


def _deliver(inbox: Path, n: int, age: float = 0.0) -> str:
    """Drop a message into inbox/new like an MDA; ``age`` seconds older than now."""
    key = mailbox.Maildir(inbox, create=True).add(_raw(n))
    if age:
        path = inbox / "new" / key
        when = time.time() - age
        os.utime(path, (when, when))
    return key


def _all_files(root: Path) -> int:
    return sum(1 for p in root.rglob("*") if p.is_file() and p.parent.name in ("new", "cur"))


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    return tmp_path / "inbox"


def test_fetch_returns_every_message_oldest_first_with_stable_uids(inbox: Path) -> None:
    _deliver(inbox, 2, age=10)
    _deliver(inbox, 1, age=20)
    src = MaildirSource(inbox)
    messages, cursor = src.fetch_new(None)
    assert [m.raw for m in messages] == [_raw(1), _raw(2)]
    assert [m.uid for m in messages] == [1, 2]
    assert {(m.mailbox, m.uidvalidity) for m in messages} == {("INBOX", 0)}
    assert cursor == (0, 2)
    again, _ = src.fetch_new(cursor)
    assert [m.uid for m in again] == [1, 2]  # still there until filed
    assert len(src.fetch_new(None, limit=1)[0]) == 1


def test_mark_processed_files_messages_away_and_deletes_nothing(inbox: Path) -> None:
    for n in (1, 2, 3):
        _deliver(inbox, n, age=10 - n)
    src = MaildirSource(inbox)
    messages, _ = src.fetch_new(None)
    src.mark_processed(messages[0], "processed")
    src.mark_processed(messages[1], "unmatched")

    remaining, _ = src.fetch_new(None)
    assert [m.raw for m in remaining] == [_raw(3)]
    assert _all_files(inbox) == 3
    processed = mailbox.Maildir(inbox).get_folder("processed")
    [(_, done)] = list(processed.items())
    assert done.get_flags() == "S" and done.get_subdir() == "cur"
    assert bytes(done).replace(b"\n", b"\r\n").endswith(b"body 1\r\n")
    unmatched = mailbox.Maildir(inbox).get_folder("unmatched")
    assert [m["Message-ID"] for m in unmatched] == ["<reply-2@example.net>"]
    # Filing twice (e.g. after a crash) does not raise.
    src.mark_processed(messages[0], "processed")


def test_a_new_instance_does_not_see_filed_mail(inbox: Path) -> None:
    _deliver(inbox, 1)
    first = MaildirSource(inbox)
    [msg], _ = first.fetch_new(None)
    first.mark_processed(msg, "processed")
    assert MaildirSource(inbox).fetch_new(None)[0] == []


def test_sent_copies_and_message_id_lookup(tmp_path: Path) -> None:
    outbox = mailbox.Maildir(tmp_path / "outbox", create=True)
    outbox.add(b"Message-ID: <ck-1@example.com>\r\nSubject: x\r\n\r\nhi\r\n")
    src = MaildirSource(tmp_path / "inbox", outbox=tmp_path / "outbox", sent=tmp_path / "sent")
    assert src.contains_message_id(None, "<ck-1@example.com>")
    assert src.contains_message_id("Sent", "ck-1@example.com")
    assert not src.contains_message_id(None, "<ck-2@example.com>")
    src.append_sent(b"Message-ID: <ck-2@example.com>\r\nSubject: y\r\n\r\nhi\r\n")
    assert src.contains_message_id(None, "<ck-2@example.com>")
    assert [m.get_flags() for m in mailbox.Maildir(tmp_path / "sent")] == ["S"]

    _deliver(tmp_path / "inbox", 5)
    [msg], _ = src.fetch_new(None)
    src.mark_processed(msg, "unmatched")
    assert src.contains_message_id("unmatched", "<reply-5@example.net>")
    assert not src.contains_message_id("INBOX", "<reply-5@example.net>")


def test_append_sent_without_a_sent_folder_writes_nothing(tmp_path: Path) -> None:
    src = MaildirSource(tmp_path / "inbox")
    src.append_sent(b"Message-ID: <a@b>\r\n\r\n")
    assert _all_files(tmp_path) == 0
    assert not src.contains_message_id(None, "<a@b>")


class WaitHook(threading.Event):
    """A stop event that runs ``between_polls`` each time the source waits between polls
    (and counts those waits): what it does happens while the source is watching."""

    def __init__(self, between_polls: Callable[[], None] = lambda: None) -> None:
        super().__init__()
        self.between_polls = between_polls
        self.waits = 0

    def wait(self, timeout: float | None = None) -> bool:
        self.waits += 1
        self.between_polls()
        return super().wait(timeout)


def test_wait_for_activity_sees_new_files_and_honours_stop(inbox: Path) -> None:
    src = MaildirSource(inbox, poll_seconds=0.1)
    src.fetch_new(None)
    started = time.monotonic()
    assert src.wait_for_activity(0.3, threading.Event()) is False
    assert time.monotonic() - started >= 0.3

    def deliver_once() -> None:
        if arrives.waits == 1:
            _deliver(inbox, 1)

    arrives = WaitHook(deliver_once)
    assert src.wait_for_activity(30, arrives) is True  # False: not seen by the timeout
    assert arrives.waits == 1  # seen at the first poll after it arrived

    src.fetch_new(None)  # now known: no longer "activity"
    stopped = WaitHook()
    stopped.between_polls = stopped.set  # the stop arrives while the source waits
    assert src.wait_for_activity(30, stopped) is False
    assert stopped.waits == 1  # honoured at once, not at the next poll or the timeout


def test_a_following_instance_reports_what_the_other_has_not_read(inbox: Path) -> None:
    """The watcher's instance follows the main thread's: a file that landed after the main
    thread's read is activity for it, though it was there when the watcher synced."""
    main, watching, stop = MaildirSource(inbox), MaildirSource(inbox), threading.Event()
    _deliver(inbox, 1)
    main.fetch_new(None)
    watching.follow(main.read_keys)
    assert watching.wait_for_activity(0, stop) is False
    _deliver(inbox, 2)  # lands while the main thread works on the first
    watching.follow(main.read_keys)
    assert watching.wait_for_activity(0, stop) is True
    messages, _cursor = main.fetch_new(None)
    main.mark_processed_many((m, "processed") for m in messages)
    watching.follow(main.read_keys)
    assert watching.wait_for_activity(0, stop) is False  # filed away: nothing to report
    main.fetch_new(None)
    assert main.read_keys == frozenset()  # what was filed is not kept


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_an_unreadable_file_is_not_news_once_the_reader_has_tried_it(inbox: Path) -> None:
    """A file the daemon cannot read (its mode, an I/O error) stays in the inbox; reported
    as new after every read, it made the watcher and the main loop wake each other."""
    main, watching = MaildirSource(inbox), MaildirSource(inbox)
    _deliver(inbox, 1)
    (inbox / "new" / "unreadable").symlink_to("/proc/self/mem")  # a file whose read fails
    messages, _cursor = main.fetch_new(None)
    assert len(messages) == 1
    watching.follow(main.read_keys)
    assert watching.wait_for_activity(0, threading.Event()) is False


def test_from_settings_resolves_against_base_dir(tmp_path: Path) -> None:
    src = MaildirSource.from_settings(MaildirSettings(), tmp_path)
    assert src.inbox == tmp_path / "data" / "inbox"
    assert (tmp_path / "data" / "inbox" / "new").is_dir()
    src.close()
