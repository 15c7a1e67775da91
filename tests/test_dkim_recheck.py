"""``cuikuan evidence --verify-dkim`` on loose files: an .eml with its .dkim.json beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from daemon.errors import CuikuanError
from daemon.reports.dkim_recheck import recheck_path
from daemon.reports.evidence import dkim_json
from tests.dkim_keys import Dns, rsa_key
from tests.test_dkim_check import mail, run, sign


def write_pair(folder: Path, raw: bytes, dns: Dns) -> Path:
    eml = folder / "001_reply.eml"
    eml.write_bytes(raw)
    report = run(raw, dns)
    (folder / "001_reply.dkim.json").write_bytes(dkim_json(report, "<r1@acme.cn>", eml.name))
    return eml


def test_an_eml_or_its_report_finds_the_other(tmp_path: Path) -> None:
    dns = Dns()
    dns.publish("acme.cn", rsa_key())
    eml = write_pair(tmp_path, sign(mail(), rsa_key(), "acme.cn"), dns)
    for path in (eml, tmp_path / "001_reply.dkim.json"):
        [check] = recheck_path(path)
        assert check.ok, check.lines
        assert check.lines[0].endswith(
            "DKIM pass on arrival (2026-12-01T10:00:00+08:00); checked again offline: pass"
        )


def test_a_key_never_fetched_is_said_plainly_and_agrees(tmp_path: Path) -> None:
    dns = Dns(down=True)
    eml = write_pair(tmp_path, sign(mail(), rsa_key(), "acme.cn"), dns)
    [check] = recheck_path(eml)
    assert check.ok
    assert "no key was fetched on arrival" in check.lines[1]


def test_an_edited_report_is_caught(tmp_path: Path) -> None:
    dns = Dns()
    dns.publish("acme.cn", rsa_key())
    eml = write_pair(tmp_path, sign(mail(), rsa_key(), "acme.cn"), dns)
    report_path = tmp_path / "001_reply.dkim.json"
    report = json.loads(report_path.read_text())
    report["signatures"][0]["key"]["record"] = rsa_key(1).record  # someone swaps the key
    report_path.write_text(json.dumps(report))
    [check] = recheck_path(eml)
    assert not check.ok and "on arrival it was pass" in check.lines[1]


def test_missing_or_foreign_files_are_clear_errors(tmp_path: Path) -> None:
    lonely = tmp_path / "lonely.eml"
    lonely.write_bytes(mail())
    with pytest.raises(CuikuanError, match=r"cannot read .*lonely\.dkim\.json"):
        recheck_path(lonely)
    (tmp_path / "lonely.dkim.json").write_text("[1, 2]")
    with pytest.raises(CuikuanError, match="not a DKIM report written by cuikuan"):
        recheck_path(lonely)
