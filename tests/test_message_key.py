"""The Message-ID key: made once in data/, kept, never silently replaced."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from daemon.errors import StoreError
from daemon.storage import message_key
from daemon.storage.store import Store


def test_made_once_kept_private_and_read_back(tmp_path: Path) -> None:
    key = message_key.load(tmp_path, create=True)
    path = message_key.key_path(tmp_path)
    assert len(key) == 32 and path.name == "message-id.key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert message_key.load(tmp_path, create=True) == key  # never rewritten
    assert message_key.load(tmp_path, create=False) == key
    assert [p.name for p in tmp_path.iterdir()] == ["message-id.key"]  # no temp file left


def test_a_reader_without_a_key_makes_none(tmp_path: Path) -> None:
    assert message_key.load(tmp_path, create=False) == b""
    assert not message_key.key_path(tmp_path).exists()


def test_a_key_made_meanwhile_by_another_process_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes racing: the second one's link fails and it uses the first one's key."""
    theirs = bytes(range(32))
    real_link = os.link

    def link_after_the_other(src: str | Path, dst: str | Path) -> None:
        Path(dst).write_text(theirs.hex() + "\n", encoding="ascii")
        real_link(src, dst)

    monkeypatch.setattr(os, "link", link_after_the_other)
    assert message_key.load(tmp_path, create=True) == theirs


@pytest.mark.parametrize("content", ["", "not hex at all\n", "abcd\n", "00" * 33])
def test_a_damaged_key_is_an_error_naming_the_file(tmp_path: Path, content: str) -> None:
    message_key.key_path(tmp_path).write_text(content, encoding="ascii")
    with pytest.raises(StoreError, match=r"message-id\.key is damaged.*delete it"):
        message_key.load(tmp_path, create=True)
    assert message_key.key_path(tmp_path).read_text(encoding="ascii") == content  # kept


def test_the_store_reads_it_into_every_snapshot(tmp_path: Path) -> None:
    with Store(tmp_path / "state.json") as store:
        key = store.message_key
        assert len(key) == 32 and store.snapshot().message_key == key
        assert "message_key" not in repr(store.snapshot())  # never in a log line
    with Store(tmp_path / "state.json") as store:
        assert store.message_key == key
    reader = Store(tmp_path / "state.json", read_only=True)
    try:
        assert reader.message_key == key
    finally:
        reader.close()
