"""On a nearly full disk the outbox sends what fits instead of nothing (issue 10's "a disk
that fills and frees", found by the disk-full soak).

A tick records the intents of a group of emails in one commit (:mod:`daemon.outbox.group`).
When the disk has room for a few emails but not for the whole group, the group's spool
files or its commit fail with ENOSPC; the old code then gave up the tick, and each tick
(each run of a daemon killed over and over) sent only the first email, which goes alone.
Now the groups are halved and the tick goes on at once: what fits goes out, exactly once.

The data folder is a real 2 MB tmpfs filled to the last byte but ``FREE`` bytes; the
emails (about 10 KB each, their sent copies kept in the archive) go through a real SMTP
server.
"""

from __future__ import annotations

import contextlib
import errno
import mailbox
import os
import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from daemon.clock import parse_now
from daemon.config.loader import load_config
from daemon.errors import StoreError
from daemon.outbox import spool as spool_module
from daemon.outbox.group import GROUP_EMAILS
from daemon.service.runtime import open_runtime, state_path
from daemon.storage.store import Store
from tests.demo_config import DEMO_CONFIG, DEMO_DIR
from tests.soak_faults import MountRefused, SmallDisk, fill
from tests.soak_support import NOW, expected_message_ids, write_config
from tests.test_disk_full import filed_ids, reply
from tests.test_engine import DEMO_NOW

FREE = 200_000
"""Room for about fifteen of the forty emails due (state writes included)."""


@pytest.fixture
def data_disk(tmp_path: Path) -> Iterator[Path]:
    """The config's data folder on a 2 MB tmpfs (skipped where mounting is refused)."""
    try:
        with SmallDisk(tmp_path / "data", 2) as disk:
            yield disk.folder
    except MountRefused as exc:
        pytest.skip(str(exc))


def received(smtp_server: Any) -> Counter[str]:
    return Counter(str(m.message["Message-ID"]) for m in smtp_server.messages)


def forty_due(tmp_path: Path, smtp_server: Any) -> tuple[Path, set[str]]:
    """The soak's config (ten contracts, forty emails due at NOW) and their Message-IDs."""
    config_path = write_config(
        tmp_path, contracts=10, smtp_port=smtp_server.port, imap_port=1, imap=False
    )
    expected = expected_message_ids(config_path)
    assert len(expected) == 40
    return config_path, expected


def assert_each_sent_once(smtp_server: Any, config_path: Path, expected: set[str]) -> None:
    """Each due email reached the server once and is recorded sent; none failed."""
    assert received(smtp_server) == Counter(dict.fromkeys(expected, 1))
    with Store(state_path(load_config(config_path)), read_only=True) as store:
        statuses = Counter(r.status for r in store.snapshot().sends.values())
    assert statuses["sent"] == 40 and set(statuses) == {"sent", "skipped"}, statuses


def test_a_group_that_does_not_fit_is_sent_in_smaller_groups(
    tmp_path: Path, data_disk: Path, smtp_server: Any
) -> None:
    config_path, expected = forty_due(tmp_path, smtp_server)
    runtime = open_runtime(load_config(config_path))
    now = parse_now(NOW)
    filler = fill(data_disk)
    os.truncate(filler, max(0, filler.stat().st_size - FREE))
    try:
        with pytest.raises((StoreError, OSError)):  # in the end even one email did not fit
            runtime.engine.tick(now)
        first_tick = received(smtp_server)
        # the old code sent the first email (it goes alone) and lost the group of 39
        assert len(first_tick) >= 10, first_tick
        assert runtime.engine.outbox.group_limit == 1

        filler.unlink()  # room again: the rest goes out, and the groups grow back
        runtime.engine.tick(now)
        assert runtime.engine.outbox.group_limit > 1
    finally:
        runtime.close()
    assert_each_sent_once(smtp_server, config_path, expected)
    assert list((data_disk / "spool").iterdir()) == []


def test_a_restart_on_a_still_full_disk_tries_one_full_group_and_repeats_nothing(
    tmp_path: Path, data_disk: Path, smtp_server: Any
) -> None:
    """The halved group size is not remembered across restarts (``daemon/outbox/group.py``
    says why): a restarted daemon tries one full group again, which fails leaving nothing
    recorded or sent, halves at once and sends what fits; no email goes out twice. The old
    code spun here for good: after a halving, a pass that failed before its group (a sent
    mark ``retry_pending`` could not write) was taken for a group that did not fit, and
    run again, and again."""
    config_path, expected = forty_due(tmp_path, smtp_server)
    now = parse_now(NOW)
    filler = fill(data_disk)
    os.truncate(filler, max(0, filler.stat().st_size - FREE // 2))
    runtime = open_runtime(load_config(config_path))
    with pytest.raises((StoreError, OSError)):
        runtime.engine.tick(now)
    with contextlib.suppress(StoreError, OSError):  # its last write may not fit either
        runtime.close()
    before = received(smtp_server)
    os.truncate(filler, max(0, filler.stat().st_size - FREE // 2))  # a little room again
    runtime = open_runtime(load_config(config_path))  # the restart
    try:
        assert runtime.engine.outbox.group_limit == GROUP_EMAILS
        with pytest.raises((StoreError, OSError)):
            runtime.engine.tick(now)
        assert runtime.engine.outbox.group_limit < GROUP_EMAILS
        after = received(smtp_server)
        assert len(after) > len(before) and max(after.values()) == 1
        filler.unlink()
        runtime.engine.tick(now)
    finally:
        runtime.close()
    assert_each_sent_once(smtp_server, config_path, expected)


def test_groups_keep_their_size_while_they_fit(tmp_path: Path, smtp_server: Any) -> None:
    config_path, _ = forty_due(tmp_path, smtp_server)
    runtime = open_runtime(load_config(config_path))
    try:
        result = runtime.engine.tick(parse_now(NOW))
        assert len(result.sent) == 40 and runtime.engine.outbox.group_limit == GROUP_EMAILS
    finally:
        runtime.close()


def test_an_inbox_chunk_that_does_not_fit_is_read_in_halves(
    tmp_path: Path, data_disk: Path
) -> None:
    """Thirty 14 KB replies in one chunk do not fit; a few do. The old code failed the
    whole chunk on every pass (nothing acted on until the disk freed); now what fits is
    acted on, and the rest, once there is room, exactly once."""
    shutil.copytree(DEMO_DIR / "examples", tmp_path / "examples")
    text = DEMO_CONFIG.read_text(encoding="utf-8")
    text = text.replace("  data_dir: data ", f"  data_dir: {data_disk} ", 1)
    config_path = tmp_path / "config.yaml"
    config_path.write_text(text, encoding="utf-8")
    runtime = open_runtime(load_config(config_path))
    replies = {f"<reply-{n}@client.example.cn>" for n in range(30)}
    try:
        runtime.engine.tick(DEMO_NOW)  # the notice the replies answer
        box = mailbox.Maildir(tmp_path / "data" / "inbox", create=True)  # another volume
        for n in range(len(replies)):
            box.add(reply(n).replace(b"Regards. " * 50, b"Regards. " * 1500))
        filler = fill(data_disk)
        os.truncate(filler, max(0, filler.stat().st_size - 150_000))
        now = DEMO_NOW + timedelta(hours=2)
        with pytest.raises((StoreError, OSError)):  # in the end even one did not fit
            runtime.inbox.process(now)  # type: ignore[union-attr]
        acted = {mid for mid in replies if runtime.store.is_processed(mid)}
        assert len(acted) >= 4, acted  # the old code: none
        assert set(filed_ids(tmp_path / "data" / "inbox")) == acted

        filler.unlink()
        runtime.inbox.process(now)  # type: ignore[union-attr]
        received_events = Counter(
            e["data"]["message_id"] for e in runtime.store.events() if e["kind"] == "received"
        )
    finally:
        runtime.close()
    assert received_events == Counter(dict.fromkeys(replies, 1))
    assert Counter(filed_ids(tmp_path / "data" / "inbox")) == Counter(dict.fromkeys(replies, 1))


def test_a_spool_fsync_that_fails_loses_no_email(
    tmp_path: Path, smtp_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The spool files of a group could not be made durable (an fsync error, as a full
    thin-provisioned or network volume reports it): the spool removes them, and the old
    code still committed the intents naming them, so the next tick found no spool file
    and marked those emails failed, never to be sent. Now the intents go with them."""
    config_path, expected = forty_due(tmp_path, smtp_server)
    runtime = open_runtime(load_config(config_path))
    now = parse_now(NOW)

    def failing(paths: list[Path]) -> None:
        raise OSError(errno.EIO, "Input/output error")

    try:
        monkeypatch.setattr(spool_module, "fsync_files", failing)  # the OS refuses, once
        with pytest.raises(OSError):
            runtime.engine.tick(now)
        monkeypatch.undo()
        runtime.engine.tick(now)
        runtime.engine.tick(now)
    finally:
        runtime.close()
    assert_each_sent_once(smtp_server, config_path, expected)
