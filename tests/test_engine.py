"""The chase end to end through a real SMTP server (aiosmtpd on loopback).

The shipped demo config is copied into a temp folder and switched from the Maildir
transport to SMTP pointing at the test server; ticks run at pinned times.
"""

from __future__ import annotations

import shutil
import zipfile
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from daemon.cli.main import main
from daemon.config.loader import load_config
from daemon.domain.state import SendKey
from daemon.errors import TemporaryTransportError
from daemon.reports.evidence import verify_evidence
from daemon.service.runtime import open_runtime
from daemon.storage.store import Store
from tests.demo_config import DEMO_CONFIG, DEMO_DIR, demo_mid, seed_message_key

DEMO_NOW = datetime.fromisoformat("2026-12-01T10:00:00+08:00")


def write_demo_config(tmp_path: Path, smtp_server: Any, **settings_lines: str) -> Path:
    """The shipped config.yaml, sending through ``smtp_server``, state under tmp_path.

    Edited as text: a YAML round trip through PyYAML would reinterpret ``on:`` and
    ``09:00`` the YAML 1.1 way, which cuikuan's own loader deliberately does not.
    """
    shutil.copytree(DEMO_DIR / "examples", tmp_path / "examples")
    text = DEMO_CONFIG.read_text(encoding="utf-8")
    smtp = (
        "transport: smtp\n"
        f"    smtp: {{host: {smtp_server.host}, port: {smtp_server.port}, security: none, "
        "timeout: 5}\n"
        "    transport_was"
    )
    text = replace_once(text, "transport: maildir", smtp)
    text = text.replace("    transport_was", "    #")
    extra = "".join(f"  {key}: {value}\n" for key, value in settings_lines.items())
    text = replace_once(text, "  data_dir: data ", f"{extra}  data_dir: {tmp_path / 'data'} ")
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    seed_message_key(tmp_path / "data")
    return path


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"the demo config no longer has exactly one {old!r}"
    return text.replace(old, new)


def message_ids(smtp_server: Any) -> list[str]:
    """Message-IDs of the chase received: not the PM's weekly report nor alerts."""
    ids = [str(m.message["Message-ID"]) for m in smtp_server.messages]
    return [i for i in ids if ".weekly_report." not in i and ".pm_alert." not in i]


def pm_alerts(smtp_server: Any) -> list[Any]:
    """The alerts the PM received, as parsed messages."""
    return [m.message for m in smtp_server.messages if ".pm_alert." in str(m.message["Message-ID"])]


def test_run_once_twice_at_the_same_time_sends_once(tmp_path: Path, smtp_server: Any) -> None:
    config_path = write_demo_config(tmp_path, smtp_server)
    argv = ["run", "--once", "--now", DEMO_NOW.isoformat(), "--config", str(config_path)]

    assert main(argv) == 0
    first = message_ids(smtp_server)
    assert main(argv) == 0

    assert first == [
        demo_mid("HZ-2026-017", None, "terms"),
        demo_mid("HZ-2026-017", "midterm", "notice"),
    ]
    assert message_ids(smtp_server) == first, "the second run sent again"


def test_notice_carries_invoice_amount_and_discount(tmp_path: Path, smtp_server: Any) -> None:
    config_path = write_demo_config(tmp_path, smtp_server)
    assert main(["run", "--once", "--now", DEMO_NOW.isoformat(), "--config", str(config_path)]) == 0

    notice = next(m for m in smtp_server.messages if "notice" in str(m.message["Message-ID"]))
    assert set(notice.rcpt_tos) == {"chen@client.example.cn", "finance@client.example.cn"}
    assert "[CK-HZ-2026-017-midterm]" in str(notice.message["Subject"])
    attachments = [p for p in notice.message.iter_attachments()]
    assert [a.get_filename() for a in attachments] == ["HZ-2026-017-midterm.pdf"]
    invoice = (tmp_path / "examples/invoices/HZ-2026-017-midterm.pdf").read_bytes()
    assert attachments[0].get_content() == invoice
    text = notice.message.get_body(("plain",)).get_content()
    assert "¥80,000.00" in text  # 40 % of 200,000
    assert "¥78,400.00" in text  # with the 2 % early-payment discount
    assert "2026年12月8日" in text  # the discount deadline


def test_a_week_down_sends_only_the_current_stage(tmp_path: Path, smtp_server: Any) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    try:
        runtime.engine.tick(DEMO_NOW)  # terms + notice for HZ; ACME outside its window
        smtp_server.messages.clear()
        # Down from 1 Dec to the morning of 28 Dec: due (18 Dec) and reminder 1 (25 Dec)
        # both passed; only the reminder goes, the due email is recorded as skipped.
        result = runtime.engine.tick(datetime.fromisoformat("2026-12-28T10:00:00+08:00"))
        hz = [m for m in message_ids(smtp_server) if "HZ-2026-017" in m]
        assert hz == [demo_mid("HZ-2026-017", "midterm", "reminder", 1)]
        assert demo_mid("HZ-2026-017", "midterm", "due") in result.skipped
        skipped = runtime.store.snapshot().sends[SendKey("HZ-2026-017", "midterm", "due", 0)]
        assert skipped.status == "skipped"
    finally:
        runtime.close()


def test_temporary_failure_keeps_the_email_and_sends_it_once_later(
    tmp_path: Path, smtp_server: Any
) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    try:
        smtp_server.fail_next(451)
        result = runtime.engine.tick(DEMO_NOW)
        assert result.deferred and not result.sent
        assert [r.status for r in runtime.store.pending_sends()] == ["pending"]

        later = datetime.fromisoformat("2026-12-01T10:05:00+08:00")
        runtime.engine.tick(later)
        runtime.engine.tick(later)
        counts = Counter(message_ids(smtp_server))
        assert counts == {
            demo_mid("HZ-2026-017", None, "terms"): 1,
            demo_mid("HZ-2026-017", "midterm", "notice"): 1,
        }
        assert runtime.store.pending_sends() == []
    finally:
        runtime.close()


def test_permanent_refusal_is_not_retried(tmp_path: Path, smtp_server: Any) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    try:
        smtp_server.fail_next(550)
        result = runtime.engine.tick(DEMO_NOW)
        assert len(result.failed) == 1
        runtime.engine.tick(datetime.fromisoformat("2026-12-01T11:00:00+08:00"))
        ids = message_ids(smtp_server)
        assert result.failed[0] not in ids
        assert len(ids) == len(set(ids)) == 1
        assert pm_alerts(smtp_server) == []  # routine: it waits for the daily list
        [alert] = [e for e in runtime.store.events() if e["kind"] == "alert"]  # told once
        assert alert["data"]["listed"] and alert["data"]["name"] == "send_refused"
        assert result.failed[0] in alert["data"]["body"]
    finally:
        runtime.close()


def test_permanent_refusal_in_email_mode_alerts_the_pm_once(
    tmp_path: Path, smtp_server: Any
) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server, routine_alerts="email"))
    runtime = open_runtime(config)
    try:
        smtp_server.fail_next(550)
        result = runtime.engine.tick(DEMO_NOW)
        runtime.engine.tick(datetime.fromisoformat("2026-12-01T11:00:00+08:00"))
        [alert] = pm_alerts(smtp_server)  # told once, not at every tick
        assert alert["To"].addresses[0].addr_spec == "pm@example.cn"
        assert result.failed[0] in alert.get_body(("plain",)).get_content()
    finally:
        runtime.close()


def test_smtp_server_down_then_back(tmp_path: Path, smtp_server: Any) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    try:
        smtp_server.stop()
        result = runtime.engine.tick(DEMO_NOW)
        assert result.deferred and not result.sent
        smtp_server.start()
        runtime.engine.tick(datetime.fromisoformat("2026-12-01T10:01:00+08:00"))
        assert sorted(Counter(message_ids(smtp_server)).values()) == [1, 1]
    finally:
        runtime.close()


def test_crash_between_intent_and_send_is_recovered_once(tmp_path: Path, smtp_server: Any) -> None:
    """A pending intent with its spooled bytes (the process died before SMTP) is sent on
    restart, byte for byte; one that the server already has is only marked sent.

    The Message-ID is the old, untokened form: a pending email recorded before Message-IDs
    had tokens goes out once, not again under its new Message-ID."""
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    engine = runtime.engine
    key = SendKey("HZ-2026-017", "midterm", "notice", 0)
    mid = "<ck.HZ-2026-017.midterm.notice.0@example.cn>"
    raw = b"From: ar@example.cn\r\nTo: chen@client.example.cn\r\nMessage-ID: " + mid.encode()
    raw += b"\r\nSubject: spooled\r\n\r\nbody\r\n"
    engine.spool.put(mid, raw)
    runtime.store.record_pending(key, mid, DEMO_NOW, ["chen@client.example.cn"])
    runtime.close()  # "crash": nothing more happened

    runtime = open_runtime(config)
    try:
        runtime.engine.tick(DEMO_NOW)
        notices = [m for m in smtp_server.messages if str(m.message["Message-ID"]) == mid]
        assert len(notices) == 1
        assert [m for m in message_ids(smtp_server) if "midterm.notice" in m] == [mid]
        assert notices[0].message["Subject"] == "spooled"  # the spooled bytes, not a re-render
        assert runtime.engine.archive.get("sent", mid) is not None
    finally:
        runtime.close()


def test_pending_already_on_the_server_is_not_resent(tmp_path: Path, smtp_server: Any) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    mid = "<ck.HZ-2026-017.midterm.notice.0@example.cn>"
    runtime.engine.spool.put(mid, b"Message-ID: " + mid.encode() + b"\r\n\r\nx\r\n")
    runtime.store.record_pending(
        SendKey("HZ-2026-017", "midterm", "notice", 0), mid, DEMO_NOW, ["a@b.example"]
    )
    runtime.engine.already_sent = lambda message_id: message_id == mid
    try:
        runtime.engine.tick(DEMO_NOW)
        assert mid not in message_ids(smtp_server)
        assert runtime.store.find_send(mid).status == "sent"
    finally:
        runtime.close()


def test_a_broken_template_fails_its_stage_only(tmp_path: Path, smtp_server: Any) -> None:
    overrides = tmp_path / "my-templates" / "zh"
    overrides.mkdir(parents=True)
    (overrides / "notice.txt.j2").write_text("{{ no_such_variable }}\n", encoding="utf-8")
    config_path = write_demo_config(
        tmp_path, smtp_server, templates_dir=str(tmp_path / "my-templates")
    )
    runtime = open_runtime(load_config(config_path))
    try:
        result = runtime.engine.tick(DEMO_NOW)
        assert message_ids(smtp_server) == [demo_mid("HZ-2026-017", None, "terms")]
        assert result.failed == [demo_mid("HZ-2026-017", "midterm", "notice")]
        errors = [e for e in runtime.store.events() if e["kind"] == "template_error"]
        assert "notice.txt.j2" in errors[0]["data"]["error"]
        # Still broken at the next tick: it fails again, but the PM is told only once.
        again = runtime.engine.tick(datetime.fromisoformat("2026-12-01T10:01:00+08:00"))
        assert again.failed == result.failed
        [alert] = pm_alerts(smtp_server)
        assert "notice.txt.j2" in alert.get_body(("plain",)).get_content()
    finally:
        runtime.close()


def test_the_daemon_is_the_only_writer(tmp_path: Path, smtp_server: Any) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    try:
        with pytest.raises(Exception, match="another cuikuan process"):
            Store(config.settings.data_dir / "state.json")
    finally:
        runtime.close()


def test_backoff_after_temporary_failures_and_one_alert_after_hours(
    tmp_path: Path, smtp_server: Any
) -> None:
    """Failing sends back off (1, 2, 4 … 30 min) instead of retrying every tick; after
    alert_after_hours (4) the PM gets one alert, sent when the server takes mail again."""
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    engine = runtime.engine
    try:
        smtp_server.stop()  # down for five hours
        engine.tick(DEMO_NOW)
        assert engine.outage is not None and engine.outage.failures == 1
        engine.tick(DEMO_NOW + timedelta(seconds=30))  # inside the 1-minute backoff
        assert engine.outage.failures == 1, "retried during the backoff"
        engine.tick(DEMO_NOW + timedelta(minutes=1))
        assert engine.outage.failures == 2
        assert engine.outage.retry_at == DEMO_NOW + timedelta(minutes=3)

        t = DEMO_NOW + timedelta(minutes=3)
        while t < DEMO_NOW + timedelta(hours=5):
            engine.tick(t)
            assert engine.outage is not None and engine.outage.retry_at is not None
            assert engine.outage.retry_at - t <= timedelta(minutes=30)
            t = max(t + timedelta(minutes=1), engine.outage.retry_at)
        assert engine.outage.alerted
        assert engine.outage.failures < 20, "it kept hammering the server"

        smtp_server.start()
        engine.tick(t)
        assert engine.outage is None
        [alert] = pm_alerts(smtp_server)
        assert "send" in str(alert["Subject"]) or "发送" in str(alert["Subject"])
        assert sorted(Counter(message_ids(smtp_server)).values()) == [1, 1]
    finally:
        runtime.close()


def test_refused_recipient_is_marked_bad(tmp_path: Path, smtp_server: Any) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    try:
        smtp_server.refuse("finance@client.example.cn")
        runtime.engine.tick(DEMO_NOW)
        assert "finance@client.example.cn" in runtime.store.bad_addresses()
        # the main contact still got both emails
        got = [m for m in smtp_server.messages if "chen@client.example.cn" in m.rcpt_tos]
        assert len(got) == 2
    finally:
        runtime.close()


def test_legal_letter_carries_a_verifiable_evidence_pack(tmp_path: Path, smtp_server: Any) -> None:
    config_path = write_demo_config(tmp_path, smtp_server)
    config = load_config(config_path)
    runtime = open_runtime(config, config_path=config_path)
    try:
        runtime.engine.tick(DEMO_NOW)
        # 10:00 in London, every day: ACME's mid-term (due 20 Oct, first contact on 1 Dec)
        # climbs the ladder: reminders a week apart, the demand, the escalation, then legal.
        day = datetime.fromisoformat("2026-12-01T10:00:00+00:00")
        while day < datetime.fromisoformat("2027-02-15T10:00:00+00:00"):
            runtime.engine.tick(day)
            day += timedelta(days=1)
    finally:
        runtime.close()
    [legal] = [m for m in smtp_server.messages if ".legal." in str(m.message["Message-ID"])]
    assert list(legal.rcpt_tos) == [
        "counsel@law.example.com",
        "pm@example.cn",
        "supervisor@example.cn",
    ]
    [pack] = [a for a in legal.message.iter_attachments() if a.get_filename().endswith(".zip")]
    zip_path = tmp_path / pack.get_filename()
    zip_path.write_bytes(pack.get_content())
    assert verify_evidence(zip_path) == []
    with zipfile.ZipFile(zip_path) as z:
        names = z.namelist()
    assert any(n.startswith("emails/sent/") and "demand" in n for n in names)
    assert "invoices/midterm_ACME-2026-03-midterm.pdf" in names


def test_unknown_whether_sent_keeps_it_pending(tmp_path: Path, smtp_server: Any) -> None:
    """The Sent folder cannot be searched (IMAP down) at restart: not knowing is not "not
    sent", so the pending email waits instead of going out a second time."""
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    mid = "<ck.HZ-2026-017.midterm.notice.0@example.cn>"
    runtime.engine.spool.put(mid, b"Message-ID: " + mid.encode() + b"\r\n\r\nx\r\n")
    runtime.store.record_pending(
        SendKey("HZ-2026-017", "midterm", "notice", 0), mid, DEMO_NOW, ["a@b.example"]
    )

    def imap_down(message_id: str) -> bool:
        raise TemporaryTransportError("cannot check the Sent folder: connection refused")

    runtime.engine.already_sent = imap_down
    try:
        result = runtime.engine.tick(DEMO_NOW)
        assert result.deferred == [mid]
        assert smtp_server.messages == []
        assert [r.message_id for r in runtime.store.pending_sends()] == [mid]
    finally:
        runtime.close()


def test_leftover_spool_files_are_pruned(tmp_path: Path, smtp_server: Any) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    try:
        runtime.engine.spool.put("<already.sent@example.cn>", b"x")  # crash after mark_sent
        runtime.engine.tick(DEMO_NOW)
        assert list(runtime.engine.spool.folder.glob("*.eml")) == []
    finally:
        runtime.close()
