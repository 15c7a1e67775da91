"""The watched bank folder (issue 16.1): incoming/ -> done/ or failed/, each file once."""

from __future__ import annotations

import os
import time
from pathlib import Path

from daemon.bank.folder import bank_folders, process_folder
from daemon.storage.store import Store
from tests import bank_statements as bs
from tests.test_bank_import import LINES, NOW, _config


def _drop(folder: Path, name: str, data: bytes, *, age: float = 60.0) -> Path:
    """A statement dropped ``age`` seconds ago (its copy finished)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    then = time.time() - age
    os.utime(path, (then, then))
    return path


def test_statements_are_imported_then_moved_and_bad_ones_apply_nothing(tmp_path: Path) -> None:
    config = _config(tmp_path)
    folders = bank_folders(config)
    _drop(folders.incoming, "a.csv", bs.gbk_csv(LINES))
    bad = bs.gbk_csv(LINES).decode("gbk").replace("2026-12-07", "2026-12-32").encode("gbk")
    _drop(folders.incoming, "b.csv", bad)
    _drop(folders.incoming, "c.xlsx.crdownload", b"still downloading")
    _drop(folders.incoming, "d.sta", bs.mt940([]), age=0.0)  # being copied right now
    reported = []
    with Store(tmp_path / "state.json") as store:
        result = process_folder(
            store, config, NOW, report=lambda exc, failed, _f: reported.append((exc, failed))
        )
        assert [r.source for r in result.imported] == ["a.csv"]
        assert len(store.bank_credits()) == 2
    assert sorted(p.name for p in folders.done.iterdir()) == ["a.csv"]
    assert sorted(p.name for p in folders.failed.iterdir()) == ["b.csv", "b.csv.error.txt"]
    error = (folders.failed / "b.csv.error.txt").read_text(encoding="utf-8")
    assert error.startswith("b.csv, row 7: date: '2026-12-32' is not a date")
    assert [(e.source, e.row, f.name) for e, f in reported] == [("b.csv", 7, "b.csv")]
    assert sorted(p.name for p in folders.incoming.iterdir()) == ["c.xlsx.crdownload", "d.sta"]


def test_the_same_file_name_again_is_kept_beside_the_first(tmp_path: Path) -> None:
    config = _config(tmp_path)
    folders = bank_folders(config)
    with Store(tmp_path / "state.json") as store:
        _drop(folders.incoming, "statement.csv", bs.gbk_csv(LINES[:1]))
        process_folder(store, config, NOW)
        _drop(folders.incoming, "statement.csv", bs.gbk_csv(LINES))
        second = process_folder(store, config, NOW)
        assert [(r.read, len(r.new)) for r in second.imported] == [(2, 1)]
    names = sorted(p.name for p in folders.done.iterdir())
    assert names == ["statement.20261208T100000.csv", "statement.csv"]
    assert not list(folders.incoming.iterdir())
