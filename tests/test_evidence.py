"""``cuikuan evidence``: the zip for counsel, its manifests, and ``--verify``."""

from __future__ import annotations

import hashlib
import json
import zipfile
from email import message_from_bytes
from pathlib import Path

import pytest
import yaml

from daemon.cli import main as cli
from daemon.config.schema import Config
from daemon.domain.emails import legacy_of, message_id
from daemon.domain.state import SendKey
from daemon.outbox.archive import Archive
from daemon.reports.evidence import MANIFEST, MANIFEST_JSON, build_evidence, verify_evidence
from daemon.storage import message_key
from daemon.storage.store import Store
from tests.report_world import REPORT_NOW, build_world


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, Config]:
    return build_world(tmp_path)


def make_zip(config: Config, config_path: Path, contract: str, out: Path) -> list[str]:
    with Store(config.settings.data_dir / "state.json", read_only=True) as store:
        result = build_evidence(
            config,
            store,
            Archive(config.settings.data_dir / "archive"),
            contract,
            out,
            REPORT_NOW,
        )
    assert result.path == out
    return result.missing


def test_zip_holds_every_email_the_contract_invoices_and_timeline(
    world: tuple[Path, Config], tmp_path: Path
) -> None:
    path, config = world
    out = tmp_path / "D1.zip"
    assert make_zip(config, path, "D1", out) == []
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        sent = [n for n in names if n.startswith("emails/sent/")]
        received = [n for n in names if n.startswith("emails/received/")]
        assert len(sent) == 10 and len(received) == 2
        first = message_from_bytes(zf.read(sorted(sent)[0]))
        assert legacy_of(first["Message-ID"]) == "<ck.D1.-.terms.0@team.example>"
        dispute = message_from_bytes(zf.read(sorted(received)[0]))
        assert "we dispute the invoice" in dispute["Subject"]
        block = yaml.safe_load(zf.read("contract/config.yaml"))
        [client] = block["clients"]
        assert client["id"] == "disputer" and [c["id"] for c in client["contracts"]] == ["D1"]
        assert not [n for n in names if n.startswith("contract/source/")]  # no whole config
        assert b"received" in zf.read("timeline.csv")
        assert {"timeline.html", "timeline.json", MANIFEST, MANIFEST_JSON} <= set(names)
        manifest = json.loads(zf.read(MANIFEST_JSON))
        for entry in manifest["files"]:
            assert hashlib.sha256(zf.read(entry["path"])).hexdigest() == entry["sha256"]
        assert len(manifest["files"]) == len(names) - 2
    assert verify_evidence(out) == []
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_invoices_are_included(world: tuple[Path, Config], tmp_path: Path) -> None:
    path, config = world
    out = tmp_path / "L1.zip"
    make_zip(config, path, "L1", out)
    with zipfile.ZipFile(out) as zf:
        assert zf.read("invoices/m1_L1-m1.pdf").startswith(b"%PDF")
        timeline = json.loads(zf.read("timeline.json"))
    assert timeline[-1]["kind"] == "review"


def test_a_missing_archive_file_is_reported_not_fatal(
    world: tuple[Path, Config], tmp_path: Path
) -> None:
    path, config = world
    archive = Archive(config.settings.data_dir / "archive")
    secret = message_key.load(config.settings.data_dir, create=False)
    notice = message_id(SendKey("E1", "m1", "notice", 0), "team.example", secret)
    archive.path("sent", notice).unlink()
    missing = make_zip(config, path, "E1", tmp_path / "E1.zip")
    assert len(missing) == 1 and notice in missing[0]
    assert verify_evidence(tmp_path / "E1.zip") == []


def rewrite(src: Path, dst: Path, change: dict[str, bytes | None]) -> None:
    """Copy a zip, replacing (bytes) or dropping (None) some members."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = change.get(item.filename, zin.read(item.filename))
            if data is not None:
                zout.writestr(item, data)
        for name, data in change.items():
            if name not in zin.namelist() and data is not None:
                zout.writestr(name, data)


def test_verify_finds_tampering(world: tuple[Path, Config], tmp_path: Path) -> None:
    path, config = world
    good = tmp_path / "good.zip"
    make_zip(config, path, "D1", good)
    with zipfile.ZipFile(good) as zf:
        email = next(n for n in zf.namelist() if n.startswith("emails/received/"))
    cases = {
        "edited": ({email: b"From: someone else\n\nforged"}, f"{email}: sha256"),
        "dropped": ({email: None}, f"{email}: listed in the manifest but missing"),
        "added": ({"emails/sent/999_extra.eml": b"x"}, "999_extra.eml: in the zip but not"),
        "no manifest": ({MANIFEST: None}, f"{MANIFEST} is missing"),
        "json differs": ({MANIFEST_JSON: b'{"files": []}'}, "disagree"),
    }
    for name, (change, expected) in cases.items():
        bad = tmp_path / f"{name}.zip"
        rewrite(good, bad, change)
        problems = verify_evidence(bad)
        assert any(expected in p for p in problems), (name, problems)
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    assert "not a readable zip" in verify_evidence(tmp_path / "junk.zip")[0]


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["daemon.cli.evidence"])
    return cli.main(argv)


def test_evidence_command_and_verify_mode(
    world: tuple[Path, Config],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out" / "P1.zip"
    assert run(["evidence", "P1", "--out", str(out), "--config", str(world[0])], monkeypatch) == 0
    assert capsys.readouterr().out.startswith(f"{out}: ")
    assert run(["evidence", "--verify", str(out)], monkeypatch) == 0
    assert "OK" in capsys.readouterr().out
    rewrite(out, tmp_path / "bad.zip", {"timeline.csv": b"changed"})
    assert run(["evidence", "--verify", str(tmp_path / "bad.zip")], monkeypatch) == 1
    assert "timeline.csv: sha256" in capsys.readouterr().err
    assert run(["evidence", "NOPE", "--out", str(out), "--config", str(world[0])], monkeypatch) == 1
    assert run(["evidence", "P1", "--config", str(world[0])], monkeypatch) == 2
