"""Damaged state is never silent, and after ``cuikuan recover`` no email goes out twice.

The four damage cases of issue 9 (16 garbage bytes inside the state file beside its
journal; one damaged journal line; the state file deleted beside ``.prev`` and journal; a
0-byte state file) on a real chase through the real SMTP fixture: the daemon "crashes"
with its journal on disk, the files are damaged, every command refuses with a message
naming ``cuikuan recover`` and changes nothing; ``recover`` rebuilds the state; the chase
then goes on and every Message-ID reaches the server exactly once.
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from email.parser import BytesHeaderParser
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from daemon.cli.main import main
from daemon.config.loader import load_config
from daemon.domain.state import SendKey
from daemon.service.runtime import open_runtime, state_path
from daemon.storage import json_storage
from daemon.storage.damage import DamagedStateError
from daemon.storage.recovery import key_from_message_id
from daemon.storage.store import Store
from tests.demo_config import DEMO_CONFIG, DEMO_DIR
from tests.test_engine import DEMO_NOW, write_demo_config

LAST_TICK = DEMO_NOW + timedelta(days=45)
"""By then: terms, notice, due and reminders 1 to 4 of HZ-2026-017/midterm went out."""


@pytest.fixture(autouse=True)
def small_journal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo state is a few KB: let the journal take over above 1 KB, as above 256 KB."""
    monkeypatch.setattr(json_storage, "JOURNAL_MIN_BYTES", 1000)


def chase_then_crash(tmp_path: Path, smtp_server: Any) -> Path:
    """Tick every 3 days up to LAST_TICK, then die without closing (journal left behind)."""
    config_path = write_demo_config(tmp_path, smtp_server)
    runtime = open_runtime(load_config(config_path))
    for days in range(0, 46, 3):
        runtime.engine.tick(DEMO_NOW + timedelta(days=days))
    runtime.store._lock.release()  # type: ignore[union-attr]  # SIGKILL: no close
    return config_path


def sent_ids(path: Path) -> set[str]:
    with Store(path, read_only=True) as store:
        return {r.message_id for r in store.snapshot().sends.values() if r.status == "sent"}


def deliveries(smtp_server: Any) -> Counter[str]:
    return Counter(str(m.message["Message-ID"]) for m in smtp_server.messages)


def garbage_inside(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[100:116] = b"\x00\xff" * 8
    path.write_bytes(bytes(raw))


def damage_a_journal_line(path: Path) -> None:
    journal = path.with_name(path.name + ".journal")
    lines = journal.read_bytes().split(b"\n")
    assert len(lines) >= 3, "the scenario needs a journal with a commit"
    lines[1] = lines[1][:40] + b"#" + lines[1][41:]
    journal.write_bytes(b"\n".join(lines))


def delete_file(path: Path) -> None:
    path.unlink()


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize(
    "damage",
    [garbage_inside, damage_a_journal_line, delete_file, empty_file],
    ids=["16-garbage-bytes", "damaged-journal-line", "deleted-beside-prev", "zero-bytes"],
)
def test_damage_is_refused_then_recovered_without_sending_twice(
    tmp_path: Path,
    smtp_server: Any,
    capsys: pytest.CaptureFixture[str],
    damage: Callable[[Path], None],
) -> None:
    config_path = chase_then_crash(tmp_path, smtp_server)
    path = state_path(load_config(config_path))
    assert path.with_name("state.json.journal").exists()
    committed = sent_ids(path)
    assert len(committed) == 7 and max(deliveries(smtp_server).values()) == 1
    damage(path)
    files = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    delivered = len(smtp_server.messages)

    run = ["run", "--once", "--now", LAST_TICK.isoformat(), "--config", str(config_path)]
    for argv in (run, ["status", "--config", str(config_path)]):
        capsys.readouterr()
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert "cuikuan recover" in err and str(path) in err, err
        assert "Traceback" not in err
    assert len(smtp_server.messages) == delivered, "sent on a damaged state"
    now_files = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    assert now_files == files, "a damaged file was changed or removed"

    argv = ["recover", "--now", LAST_TICK.isoformat(), "--config", str(config_path)]
    assert main(argv) == 0
    assert sent_ids(path) >= committed, "a committed send was lost"
    kept = next(path.parent.glob("state-damaged-*"))
    for name, raw in files.items():
        if name.startswith("state.json") and not name.endswith(".lock"):
            assert (kept / name).read_bytes() == raw, f"{name} was not kept"

    assert main(run) == 0
    later = ["run", "--once", "--now", (LAST_TICK + timedelta(days=40)).isoformat()]
    assert main([*later, "--config", str(config_path)]) == 0
    counts = deliveries(smtp_server)
    assert max(counts.values()) == 1, f"sent twice: {counts}"
    assert len(counts) > len(committed), "the chase did not go on after recovery"


def maildir_outbox_ids(config_path: Path) -> Counter[str]:
    outbox = load_config(config_path).settings.mail.maildir.outbox
    folder = config_path.parent / outbox
    ids = Counter[str]()
    for sub in ("new", "cur"):
        for item in (folder / sub).glob("*"):
            headers = BytesHeaderParser(policy=default).parsebytes(item.read_bytes())
            ids[str(headers["Message-ID"])] += 1
    return ids


def test_without_the_archive_the_sent_folder_tells_what_went_out(tmp_path: Path) -> None:
    # The shipped config's Maildir transport: its outbox is where sent mail is looked up.
    shutil.copytree(DEMO_DIR / "examples", tmp_path / "examples")
    text = DEMO_CONFIG.read_text(encoding="utf-8")
    text = text.replace("  data_dir: data ", f"  data_dir: {tmp_path / 'data'} ", 1)
    config_path = tmp_path / "config.yaml"
    config_path.write_text(text, encoding="utf-8")
    config = load_config(config_path)
    runtime = open_runtime(config)
    for days in range(0, 46, 3):
        runtime.engine.tick(DEMO_NOW + timedelta(days=days))
    runtime.store._lock.release()  # type: ignore[union-attr]  # SIGKILL: no close
    path = state_path(config)
    committed = sent_ids(path)
    assert max(maildir_outbox_ids(config_path).values()) == 1
    garbage_inside(path)
    shutil.rmtree(config.settings.data_dir / "archive")

    argv = ["recover", "--now", LAST_TICK.isoformat(), "--config", str(config_path)]
    assert main(argv) == 0
    assert sent_ids(path) >= committed, "a send the outbox holds was not recovered"

    for days in (45, 60, 90):
        now = (DEMO_NOW + timedelta(days=days)).isoformat()
        assert main(["run", "--once", "--now", now, "--config", str(config_path)]) == 0
    counts = maildir_outbox_ids(config_path)
    assert max(counts.values()) == 1, f"sent twice: {counts}"
    assert len(counts) > len(committed)


def test_recovery_of_a_healthy_state_changes_nothing_it_knew(
    tmp_path: Path, smtp_server: Any
) -> None:
    config_path = write_demo_config(tmp_path, smtp_server)
    run = ["run", "--once", "--now", DEMO_NOW.isoformat(), "--config", str(config_path)]
    assert main(run) == 0
    path = state_path(load_config(config_path))
    before = json.loads(path.read_text())["sends"]

    argv = ["recover", "--now", DEMO_NOW.isoformat(), "--config", str(config_path)]
    assert main(argv) == 0

    assert json.loads(path.read_text())["sends"] == before
    assert main(run) == 0
    assert max(deliveries(smtp_server).values()) == 1


def test_a_missing_state_with_nothing_beside_it_is_a_new_installation(
    tmp_path: Path, smtp_server: Any
) -> None:
    config_path = write_demo_config(tmp_path, smtp_server)
    assert main(["status", "--config", str(config_path)]) == 0


@pytest.mark.parametrize(
    ("mid", "key"),
    [
        (
            "<ck.HZ-2026-017.midterm.reminder.3@example.cn>",
            SendKey("HZ-2026-017", "midterm", "reminder", 3),
        ),
        ("<ck.HZ-2026-017.-.terms.0@example.cn>", SendKey("HZ-2026-017", None, "terms", 0)),
        ("<ck.A.B.2026.m.1.notice.0@x.cn>", SendKey("A.B.2026", "m.1", "notice", 0)),
        ("<ck.-.-.pm_alert.7@x.cn>", SendKey("-", None, "pm_alert", 7)),
        (
            "<ck.A.B.2026.m.1.notice.0.abcdefghijklmnopq@x.cn>",  # with its token
            SendKey("A.B.2026", "m.1", "notice", 0),
        ),
        ("<other@x.cn>", None),
    ],
)
def test_a_key_is_read_back_from_a_message_id(mid: str, key: SendKey | None) -> None:
    assert key_from_message_id(mid, ["HZ", "HZ-2026-017", "A.B.2026"]) == key


def test_recovery_keeps_every_history_commit_the_log_holds(tmp_path: Path) -> None:
    from daemon.storage.recovery import recover

    config = load_config(write_demo_config(tmp_path, smtp_server=_NoServer()))
    path = state_path(config)
    with Store(path) as store:
        for n in range(5):
            store.add_event(DEMO_NOW, "received", "HZ-2026-017", "midterm", n=n)
            store.mark_processed(f"<in-{n}@x>", DEMO_NOW, "done")
    history = path.with_name("state.json.history")
    lines = history.read_bytes().split(b"\n")
    lines[2] = lines[2][:-3] + b"###"  # one damaged line in the log: event n=1
    history.write_bytes(b"\n".join(lines))
    garbage_inside(path)  # and the state file too: .prev is older than the log

    with pytest.raises(DamagedStateError):
        Store(path)
    report = recover(config, path, tmp_path / "archive", DEMO_NOW)

    assert any("damaged line" in p for p in report.salvage.problems)
    with Store(path) as store:
        kept = [e["data"]["n"] for e in store.events()]
        assert kept == [0, 2, 3, 4]  # the event of the damaged line is the only loss
        assert [store.is_processed(f"<in-{n}@x>") for n in range(5)] == [True] * 5
        store.add_event(DEMO_NOW, "after")
    assert (next(path.parent.glob("state-damaged-*")) / "state.json.history").exists()


class _NoServer:
    host, port = "127.0.0.1", 9
