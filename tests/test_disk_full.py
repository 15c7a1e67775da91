"""A full disk never loses a reply: a commit that does not fit fails whole, and the
message stays in the inbox until its commit is durable (issue 10, point 1).

The data folder is a real, small tmpfs filled to the last byte; the Maildir inbox lives
elsewhere (as on a server, where mail arrives on another volume or over IMAP). The state
is kept small, so the journal is in use (its threshold lowered): a commit line that only
partly fits is the short write that used to be counted as durable.
"""

from __future__ import annotations

import errno
import mailbox
import os
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import default
from email.utils import format_datetime
from pathlib import Path

import pytest

from daemon.config.loader import load_config
from daemon.errors import StoreError
from daemon.service.runtime import open_runtime
from daemon.storage import json_storage
from daemon.storage.atomic import append_durably, write_all
from daemon.storage.lock import StateLock, StateLockedError
from daemon.storage.store import Store
from tests.demo_config import DEMO_CONFIG, DEMO_DIR
from tests.test_engine import DEMO_NOW

REPLIES = 8
NOTICE = "<ck.HZ-2026-017.midterm.notice.0@example.cn>"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs at tmp_path/disk (skipped where mounting is not allowed)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mount = shutil.which("mount")
    if mount is None:
        pytest.skip("no mount command: the full-disk test needs to mount a small tmpfs")
    done = subprocess.run(
        [mount, "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(
            f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode}): the "
            "full-disk test needs root (or CAP_SYS_ADMIN)"
        )
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Write a file until the file system refuses even one more byte."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as fh:
        for size in (65536, 4096, 512, 1):
            try:
                while fh.write(b"\0" * size):
                    pass
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    return filler


def reply(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "陈经理 <chen@client.example.cn>"
    msg["To"] = "ar@example.cn"
    msg["Subject"] = "Re: [CK-HZ-2026-017-midterm] payment " + "x" * 200
    msg["Date"] = format_datetime(DEMO_NOW + timedelta(hours=1))
    msg["Message-ID"] = f"<reply-{n}@client.example.cn>"
    msg["In-Reply-To"] = NOTICE
    msg.set_content(f"We will pay on 2026-12-{10 + n}. " + "Regards. " * 50)
    return msg.as_bytes()


def filed_ids(inbox: Path) -> list[str]:
    """Message-IDs moved out of the inbox (into .processed or .unmatched)."""
    parser = BytesHeaderParser(policy=default)
    return [
        str(parser.parsebytes(p.read_bytes())["Message-ID"])
        for p in inbox.glob(".*/*/*")
        if p.is_file()
    ]


# How much is left free decides which write meets the full disk first: with 32 and 48 KB
# a journal line crosses into a page that cannot be had (the short write once counted
# as durable); with less, the spool file of an acknowledgement fails before any commit.
@pytest.mark.parametrize("free", [0, 16384, 32768, 49152])
def test_a_reply_whose_commit_fails_stays_in_the_inbox(
    tmp_path: Path, small_disk: Path, monkeypatch: pytest.MonkeyPatch, free: int
) -> None:
    monkeypatch.setattr(json_storage, "JOURNAL_MIN_BYTES", 1000)
    shutil.copytree(DEMO_DIR / "examples", tmp_path / "examples")
    text = DEMO_CONFIG.read_text(encoding="utf-8")
    text = text.replace("  data_dir: data ", f"  data_dir: {small_disk / 'data'} ", 1)
    config_path = tmp_path / "config.yaml"
    config_path.write_text(text, encoding="utf-8")
    config = load_config(config_path)
    inbox = tmp_path / "data" / "inbox"
    state = small_disk / "data" / "state.json"

    runtime = open_runtime(config)
    runtime.engine.tick(DEMO_NOW)  # terms and notice: the replies answer the notice
    box = mailbox.Maildir(inbox, create=True)
    for n in range(REPLIES):
        box.add(reply(n))
    filler = fill(small_disk)
    os.truncate(filler, max(0, filler.stat().st_size - free))
    now = DEMO_NOW + timedelta(hours=2)
    failures = 0
    for _attempt in range(REPLIES):  # the daemon tries again at every cycle
        try:
            runtime.inbox.process(now)  # type: ignore[union-attr]
        except (StoreError, OSError):
            failures += 1
    runtime.store._lock.release()  # type: ignore[union-attr]  # killed: no close

    with Store(state, read_only=True) as store:
        recorded = {e["data"]["message_id"] for e in store.events() if e["kind"] == "received"}
        processed = {f"<reply-{n}@client.example.cn>" for n in range(REPLIES)}
        processed = {mid for mid in processed if store.is_processed(mid)}
    moved = set(filed_ids(inbox))
    assert failures, "the disk never filled: the test proves nothing"
    assert moved <= processed, f"moved but never recorded: {sorted(moved - processed)}"
    assert recorded == processed

    filler.unlink()
    runtime = open_runtime(config)
    try:
        runtime.inbox.process(now)  # type: ignore[union-attr]
        events = [e for e in runtime.store.events() if e["kind"] == "received"]
    finally:
        runtime.close()
    counts = Counter(e["data"]["message_id"] for e in events)
    assert counts == {f"<reply-{n}@client.example.cn>": 1 for n in range(REPLIES)}
    assert Counter(filed_ids(inbox)) == counts


def test_a_short_write_is_continued(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    calls: list[int] = []

    def short(fd: int, data: bytes | memoryview) -> int:
        calls.append(len(data))
        return real_write(fd, bytes(data[:3]))

    target = tmp_path / "f"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT)
    monkeypatch.setattr(os, "write", short)
    try:
        write_all(fd, b"0123456789")
    finally:
        monkeypatch.undo()
        os.close(fd)
    assert target.read_bytes() == b"0123456789" and calls == [10, 7, 4, 1]


def test_a_failed_append_is_cut_back_to_the_true_previous_size(
    tmp_path: Path, small_disk: Path
) -> None:
    log = small_disk / "log"
    log.write_bytes(b"committed\n")
    fill(small_disk)
    fd = os.open(log, os.O_WRONLY | os.O_APPEND)
    try:
        with pytest.raises(OSError) as info:
            append_durably(fd, b"y" * 100_000 + b"\n")
    finally:
        os.close(fd)
    assert info.value.errno == errno.ENOSPC
    assert log.read_bytes() == b"committed\n"


def test_the_state_lock_is_taken_on_a_full_disk(small_disk: Path) -> None:
    """The lock file holds the owner's pid; on a full disk that write failed and the
    daemon died at start with a traceback (found by the disk-full soak)."""
    fill(small_disk)
    lock = StateLock(small_disk / "state.json.lock")
    try:
        assert lock.held
        with pytest.raises(StateLockedError, match="another cuikuan process holds"):
            StateLock(small_disk / "state.json.lock")
    finally:
        lock.release()
