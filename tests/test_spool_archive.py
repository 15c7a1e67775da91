"""The spool and the archive's sent copies, which a group of sends relies on
(:mod:`daemon.outbox.group`): a group's spool files are made durable together, never left
possibly torn; the sent copy is the spool file itself (same bytes, never rewritten), and
it alone tells that an email went out."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from daemon.outbox import spool as spool_module
from daemon.outbox.archive import Archive
from daemon.outbox.spool import Spool

MID = "<ck.K-1.m1.reminder.1@example.cn>"


def test_a_groups_files_are_durable_once_synced(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    for n in range(12):
        spool.put(f"<{n}@x>", b"email %d\r\n" % n, sync=False)
    spool.sync()
    assert [spool.get(f"<{n}@x>") for n in range(12)] == [b"email %d\r\n" % n for n in range(12)]
    assert not list((tmp_path / "spool").glob("*.tmp*"))


def test_a_failed_fsync_leaves_no_spool_file_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spool = Spool(tmp_path / "spool")
    for n in range(3):
        spool.put(f"<{n}@x>", b"bytes", sync=False)

    def failing(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(spool_module.os, "fsync", failing)
    with pytest.raises(OSError, match="Input/output"):
        spool.sync()
    # their intents, if committed anyway, find no bytes: marked failed, never sent torn
    assert [spool.get(f"<{n}@x>") for n in range(3)] == [None, None, None]


def test_the_sent_copy_is_the_spool_file_and_is_kept_once(tmp_path: Path) -> None:
    spool, archive = Spool(tmp_path / "spool"), Archive(tmp_path / "archive")
    spool.put(MID, b"the email\r\n")
    assert not archive.has_sent(MID)
    path = archive.keep_sent(MID, spool.path(MID), b"the email\r\n")
    assert archive.has_sent(MID) and path.read_bytes() == b"the email\r\n"
    assert os.path.samefile(path, spool.path(MID))  # linked: the bytes written once
    spool.put(MID, b"other bytes\r\n")  # a new spool file never changes the sent copy
    assert archive.keep_sent(MID, spool.path(MID), b"other bytes\r\n") == path
    spool.remove(MID)
    assert archive.get("sent", MID) == b"the email\r\n"


def test_without_a_spool_file_the_sent_copy_is_written(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive")
    path = archive.keep_sent(MID, tmp_path / "gone.eml", b"the email\r\n")
    assert path.read_bytes() == b"the email\r\n" and archive.has_sent(MID)
    assert not archive.has_sent("<other@x>")
