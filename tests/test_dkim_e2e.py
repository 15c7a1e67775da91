"""DKIM evidence end to end: signed client replies through Dovecot, the recorded result, the
evidence zip with its ``.dkim.json`` files, and re-checking them offline after the key rotated.

Signatures are real (dkimpy, keys generated in the test); only DNS is a stub (there is none
here): ``daemon.inbox.dkim_dns.txt_record`` answers from a table.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from daemon.cli import main as cli
from daemon.config.loader import load_config
from daemon.inbox import dkim_dns
from tests.dkim_keys import Dns, rsa_key, sign
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_evidence import rewrite
from tests.test_inbox_e2e import ANN, C1, CFO, PAY, PM, R1, TICK1, TICK2, World, reply


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> Dns:
    served = Dns()
    served.publish("acme.cn", rsa_key())
    monkeypatch.setattr(dkim_dns, "txt_record", served)
    return served


@pytest.fixture
def world(
    tmp_path: Path,
    smtp_server: SmtpServer,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
    dns: Dns,
) -> World:
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    w = World(tmp_path, smtp_server, dovecot)
    w.run_once(TICK1)  # reminder 1 of C-2026-1 m1
    return w


def signed_reply(world: World, frm: str, body: str, mid: str) -> bytes:
    raw = reply(frm, body, in_reply_to=world.mid(R1), mid=mid).replace(b"\n", b"\r\n")
    return sign(raw, rsa_key(), "acme.cn", at=TICK2 - timedelta(minutes=30))  # its Date


def cli_run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["daemon.cli.evidence"])
    return cli.main(argv)


def by_sender(world: World) -> dict[str, dict]:
    return {e["data"]["from"]: e["data"]["dkim"] for e in world.events("received")}


def test_replies_keep_their_dkim_result_and_key_in_the_evidence_zip(
    world: World,
    dns: Dns,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    world.deliver(signed_reply(world, PAY, "We will pay on 2026-12-15.\n", "<p1@acme.cn>"))
    tampered = signed_reply(world, ANN, "We will pay on 2026-12-15.\n", "<a1@acme.cn>")
    world.deliver(tampered.replace(b"2026-12-15", b"2027-12-15"))
    world.deliver(reply(CFO, "Please resend the invoice.", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)

    reports = by_sender(world)
    assert {k: v["result"] for k, v in reports.items()} == {
        PAY: "pass",
        ANN: "fail",
        CFO: "none",
    }
    [sig] = reports[PAY]["signatures"]
    assert sig["key"]["record"] == rsa_key().record
    assert datetime.fromisoformat(sig["key"]["fetched_at"]) == TICK2
    assert reports[ANN]["signatures"][0]["body_hash"] == "fail"
    assert dns.asked == ["sel1._domainkey.acme.cn"]  # one lookup for both signed replies

    out = tmp_path / "C1.zip"
    argv = ["evidence", C1, "--out", str(out), "--config", str(world.config_path)]
    assert cli_run(argv, monkeypatch) == 0
    assert "DKIM of the emails received: 1 fail, 1 none, 1 pass" in capsys.readouterr().out
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        listed = dict(
            reversed(line.split("  ", 1))
            for line in zf.read("MANIFEST.sha256").decode().split("\n")
            if line
        )
        dkim_files = sorted(n for n in names if n.endswith(".dkim.json"))
        assert len(dkim_files) == 3
        for name in dkim_files:
            data = zf.read(name)
            assert listed[name] == hashlib.sha256(data).hexdigest()
            stored = json.loads(data)
            eml = zf.read(name.removesuffix(".dkim.json") + ".eml")
            assert stored["message_sha256"] == hashlib.sha256(eml).hexdigest()
            assert stored["eml"] == Path(name.removesuffix(".dkim.json") + ".eml").name
        results = {
            json.loads(zf.read(n))["message_id"]: json.loads(zf.read(n))["result"]
            for n in dkim_files
        }
        assert results["<p1@acme.cn>"] == "pass" and results["<a1@acme.cn>"] == "fail"
        timeline = zf.read("timeline.csv").decode()
        assert "DKIM pass (acme.cn)" in timeline and "DKIM fail (acme.cn)" in timeline
    assert cli_run(["evidence", "--verify", str(out)], monkeypatch) == 0
    capsys.readouterr()

    # Years later the sender has rotated its key: DNS now serves another one.
    dns.publish("acme.cn", rsa_key(1))
    assert cli_run(["evidence", "--verify-dkim", str(out)], monkeypatch) == 0
    text = capsys.readouterr().out
    assert "DKIM pass on arrival" in text and "checked again offline: pass" in text
    assert "3 email(s) check as they did on arrival" in text

    # A .eml edited after the fact no longer matches what was checked on arrival.
    with zipfile.ZipFile(out) as zf:
        passed = next(n for n in dkim_files if json.loads(zf.read(n))["result"] == "pass")
        eml = passed.removesuffix(".dkim.json") + ".eml"
        forged = zf.read(eml).replace(b"2026-12-15", b"2027-12-15")
    rewrite(out, tmp_path / "forged.zip", {eml: forged})
    assert cli_run(["evidence", "--verify-dkim", str(tmp_path / "forged.zip")], monkeypatch) == 1
    assert "not the bytes checked on arrival" in capsys.readouterr().out


def test_dns_down_records_temperror_and_handles_the_reply_once(world: World, dns: Dns) -> None:
    dns.down = True
    world.deliver(signed_reply(world, PAY, "We have paid the invoice yesterday.\n", "<p2@acme.cn>"))
    world.run_once(TICK2)
    world.run_once(TICK2 + timedelta(hours=1))
    [received] = world.events("received")
    assert received["data"]["kind"] == "paid"
    assert received["data"]["dkim"]["result"] == "temperror"
    assert world.milestone(C1, "m1").status == "claimed_paid"
    assert world.folder("cuikuan/processed") == 1


def test_switched_off_no_dns_and_no_report(world: World, dns: Dns) -> None:
    text = world.config_path.read_text(encoding="utf-8")
    world.config_path.write_text(
        text.replace("  data_dir: data\n", "  data_dir: data\n  evidence: {dkim: false}\n"),
        encoding="utf-8",
    )
    world.config = load_config(world.config_path)
    world.deliver(signed_reply(world, PAY, "We have paid the invoice yesterday.\n", "<p3@acme.cn>"))
    world.run_once(TICK2)
    assert by_sender(world) == {PAY: {}}
    assert dns.asked == []
