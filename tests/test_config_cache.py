"""The parse cache of the clients_dir files (daemon/config/cache.py) never changes a load.

A warm load gives the same Config as a cold one, an edited file is parsed again even when
its size and mtime are unchanged (entries are found by content hash), a damaged or
tampered cache is ignored, and errors still name file and line.
"""

from __future__ import annotations

import os
import pickle
from datetime import date
from pathlib import Path

import pytest

from daemon.config import cache as cache_module
from daemon.config import yamlsafe
from daemon.config.loader import load_config
from daemon.errors import ConfigError
from daemon.storage.sealed import seal, unseal
from tests.medium_world import _bench_common


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = _bench_common().write_config(tmp_path, 12, date(2026, 12, 1), per_client=3)
    (tmp_path / "data").mkdir()
    return path


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The clients_dir files parsed from their text (a cache hit is not in the list; the
    main file is parsed every time)."""
    seen: list[str] = []
    real = yamlsafe.load_source

    def counting(raw: bytes, shown: str) -> yamlsafe.YamlDocument:
        if Path(shown).name != "config.yaml":
            seen.append(Path(shown).name)
        return real(raw, shown)

    monkeypatch.setattr(yamlsafe, "load_source", counting)
    return seen


def _cache_file(config: Path) -> Path:
    return config.parent / "data" / cache_module.CACHE_NAME


def test_a_warm_load_is_the_same_config_without_parsing(config: Path, parses: list[str]) -> None:
    cold = load_config(config)
    assert len(parses) == 4 and _cache_file(config).is_file()
    parses.clear()
    warm = load_config(config)
    assert parses == []
    assert warm == cold
    assert warm.clients[0].contracts[0].milestones[0].amount == (
        cold.clients[0].contracts[0].milestones[0].amount
    )


def test_an_edited_file_is_parsed_again_even_with_the_same_size_and_mtime(
    config: Path, parses: list[str]
) -> None:
    load_config(config)
    file = config.parent / "clients.d" / "cl00001.yaml"
    text = file.read_text(encoding="utf-8")
    stat = file.stat()
    edited = text.replace("Client 1 有限公司", "Client 7 有限公司")
    assert edited != text and len(edited.encode()) == stat.st_size
    file.write_text(edited, encoding="utf-8")
    os.utime(file, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    parses.clear()
    loaded = load_config(config)
    assert parses == ["cl00001.yaml"]
    assert [c.name for c in loaded.clients if c.id == "cl1"] == ["Client 7 有限公司"]


def test_a_damaged_cache_is_ignored_and_written_again(config: Path, parses: list[str]) -> None:
    cold = load_config(config)
    _cache_file(config).write_bytes(b"\x80\x05not a pickle")
    parses.clear()
    assert load_config(config) == cold
    assert len(parses) == 4
    parses.clear()
    load_config(config)
    assert parses == []


def test_a_damaged_cache_that_still_unpickles_is_not_believed(
    config: Path, parses: list[str]
) -> None:
    """A changed digit in an amount still unpickles: the old cache (no checksum) handed the
    loader the wrong amount, validated and used as the config's."""
    cold = load_config(config)
    milestones = [m for cl in cold.clients for c in cl.contracts for m in c.milestones]
    amount = next(str(m.amount).encode() for m in milestones if m.amount is not None)
    blob = _cache_file(config).read_bytes()
    assert amount in blob
    wrong = str(9 if amount[0:1] != b"9" else 8).encode() + amount[1:]
    _cache_file(config).write_bytes(blob.replace(amount, wrong, 1))
    parses.clear()
    assert load_config(config) == cold
    assert len(parses) == 4


def test_a_cache_holding_anything_but_plain_data_is_refused(
    config: Path, parses: list[str], tmp_path: Path
) -> None:
    cold = load_config(config)
    stamp, entries = pickle.loads(unseal(cache_module.MAGIC, _cache_file(config).read_bytes()))
    marker = tmp_path / "pwned"
    evil = pickle.dumps(_Evil(str(marker)))
    tampered = {key: evil for key in entries}
    _cache_file(config).write_bytes(seal(cache_module.MAGIC, pickle.dumps((stamp, tampered))))
    parses.clear()
    assert load_config(config) == cold
    assert len(parses) == 4 and not marker.exists()


class _Evil:
    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple:
        return (Path.touch, (Path(self.path),))


def test_a_new_parser_drops_the_cache(
    config: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_config(config)
    monkeypatch.setattr(cache_module, "code_stamp", lambda: "another parser")
    parses.clear()
    load_config(config)
    assert len(parses) == 4


def test_errors_name_file_and_line_with_a_warm_cache(config: Path) -> None:
    file = config.parent / "clients.d" / "cl00002.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("pay2@client2.example", "not-an-address"), encoding="utf-8")
    with pytest.raises(ConfigError) as cold:
        load_config(config)
    with pytest.raises(ConfigError) as warm:
        load_config(config)
    assert str(warm.value) == str(cold.value)
    issue = cold.value.issues[0]
    assert issue.file.endswith("cl00002.yaml") and issue.line is not None
    assert (
        "not-an-address"
        in text.replace("pay2@client2.example", "not-an-address").splitlines()[issue.line - 1]
    )


def test_no_data_folder_no_cache(config: Path) -> None:
    (config.parent / "data").rmdir()
    load_config(config)
    assert not (config.parent / "data").exists()
