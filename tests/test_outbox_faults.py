"""Faults of the sending side, through the real SMTP server (aiosmtpd on loopback).

Each test reproduces a fault found by attacking the daemon (issue 10 points 2 and 8,
issue 11 point 12) and fails on the code before the fix.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from daemon.cli.main import main
from daemon.config.loader import load_config
from daemon.config.record_ops import replace
from daemon.domain.status import status_rows
from daemon.outbox.alerts import MAX_ALERTS_PER_HOUR
from daemon.outbox.failures import Deferral, Outage, from_json, to_json
from daemon.service.runtime import open_runtime
from tests.demo_config import demo_mid
from tests.test_engine import DEMO_NOW, message_ids, pm_alerts, write_demo_config

TERMS = demo_mid("HZ-2026-017", None, "terms")
NOTICE = demo_mid("HZ-2026-017", "midterm", "notice")


def alert_subjects(smtp_server: Any) -> list[str]:
    return [str(m["Subject"]) for m in pm_alerts(smtp_server)]


def test_a_refused_alert_raises_no_alert_about_itself(tmp_path: Path, smtp_server: Any) -> None:
    """Every address refused for good, the PM's too: the alert about the refused email is
    refused, and that is only logged (the old code alerted about the alert about the
    alert … until RecursionError)."""
    for address in ("chen@client.example.cn", "finance@client.example.cn", "pm@example.cn"):
        smtp_server.refuse(address)
    runtime = open_runtime(
        load_config(write_demo_config(tmp_path, smtp_server, routine_alerts="email"))
    )
    try:
        result = runtime.engine.tick(DEMO_NOW)
        runtime.engine.tick(DEMO_NOW + timedelta(minutes=1))
        assert TERMS in result.failed
        alerts = [r for r in runtime.store.snapshot().sends.values() if r.key.stage == "pm_alert"]
        assert 1 <= len(alerts) <= 2, f"{len(alerts)} alerts recorded: a storm"
        assert all(r.status == "failed" for r in alerts)
    finally:
        runtime.close()


def test_alerts_are_limited_per_hour_and_the_rest_summed_up(
    tmp_path: Path, smtp_server: Any
) -> None:
    runtime = open_runtime(load_config(write_demo_config(tmp_path, smtp_server)))
    try:
        for n in range(MAX_ALERTS_PER_HOUR + 5):
            runtime.alerts.alert(DEMO_NOW, "config_error", f"config:{n}", errors=f"error {n}")
        assert len(pm_alerts(smtp_server)) == MAX_ALERTS_PER_HOUR
        runtime.alerts.flush(DEMO_NOW + timedelta(minutes=59))
        assert len(pm_alerts(smtp_server)) == MAX_ALERTS_PER_HOUR
        runtime.alerts.flush(DEMO_NOW + timedelta(hours=1))
        summary = pm_alerts(smtp_server)[-1]
        assert "5" in str(summary["Subject"])
        assert summary.get_body(("plain",)).get_content().count("- ") >= 5
    finally:
        runtime.close()


def test_account_refused_at_mail_from_is_an_outage_then_everything_goes_out(
    tmp_path: Path, smtp_server: Any
) -> None:
    """A quota or a sending ban refuses every message at MAIL FROM with a 5xx: nothing is
    final-failed, sending backs off, and once the account works again every chase email
    goes out once (the old code failed each email for good and never sent them)."""
    runtime = open_runtime(load_config(write_demo_config(tmp_path, smtp_server)))
    engine = runtime.engine
    try:
        smtp_server.fail_next(554, count=1000, at="mail")
        result = engine.tick(DEMO_NOW)
        assert result.failed == [] and not result.sent
        assert engine.outage is not None
        assert {r.message_id for r in runtime.store.pending_sends()} == {TERMS, NOTICE}
        engine.tick(DEMO_NOW + timedelta(seconds=30))  # inside the backoff: nothing tried
        assert engine.outage.failures == 1
        engine.tick(DEMO_NOW + timedelta(minutes=1))
        assert engine.outage.failures == 2
        assert alert_subjects(smtp_server) == []  # no per-email "refused for good"

        smtp_server.clear_failures()
        engine.tick(DEMO_NOW + timedelta(minutes=3))
        assert engine.outage is None
        assert Counter(message_ids(smtp_server)) == {TERMS: 1, NOTICE: 1}
        assert runtime.store.pending_sends() == []
        assert all(runtime.store.find_send(m).status == "sent" for m in (TERMS, NOTICE))
    finally:
        runtime.close()


def test_one_email_refused_at_data_while_others_go_is_final(
    tmp_path: Path, smtp_server: Any
) -> None:
    runtime = open_runtime(
        load_config(write_demo_config(tmp_path, smtp_server, routine_alerts="email"))
    )
    try:
        smtp_server.fail_next(554)  # the terms email's DATA; the notice goes through
        result = runtime.engine.tick(DEMO_NOW)
        assert result.failed == [TERMS] and result.sent == [NOTICE]
        assert runtime.engine.outage is None
        [alert] = pm_alerts(smtp_server)
        assert TERMS in alert.get_body(("plain",)).get_content()
    finally:
        runtime.close()


def test_greylisted_recipient_is_retried_and_never_marked_bad(
    tmp_path: Path, smtp_server: Any
) -> None:
    """A 4xx at RCPT is temporary: the email waits (for everyone, so nobody misses it)
    and goes out once the server accepts; the address is not bad and nothing else waits."""
    smtp_server.refuse("finance@client.example.cn", 450)
    runtime = open_runtime(load_config(write_demo_config(tmp_path, smtp_server)))
    try:
        first = runtime.engine.tick(DEMO_NOW)
        assert NOTICE in first.deferred and NOTICE not in first.failed
        assert runtime.engine.outage is None
        assert "finance@client.example.cn" not in runtime.store.bad_addresses()
        assert NOTICE in {r.message_id for r in runtime.store.pending_sends()}

        smtp_server.accept("finance@client.example.cn")
        runtime.engine.tick(DEMO_NOW + timedelta(minutes=2))
        [notice] = [m for m in smtp_server.messages if str(m.message["Message-ID"]) == NOTICE]
        assert set(notice.rcpt_tos) == {"chen@client.example.cn", "finance@client.example.cn"}
        assert Counter(message_ids(smtp_server))[NOTICE] == 1
        assert runtime.store.bad_addresses() == frozenset()
    finally:
        runtime.close()


def test_an_address_refused_for_good_is_in_status_and_told_to_the_pm_once(
    tmp_path: Path, smtp_server: Any
) -> None:
    smtp_server.refuse("finance@client.example.cn", 550)
    config = load_config(write_demo_config(tmp_path, smtp_server, routine_alerts="email"))
    runtime = open_runtime(config)
    try:
        runtime.engine.tick(DEMO_NOW)
        runtime.engine.tick(DEMO_NOW + timedelta(days=20))
        told = [s for s in alert_subjects(smtp_server) if "finance@client.example.cn" in s]
        assert len(told) == 1
        rows = status_rows(config, runtime.store.snapshot(), DEMO_NOW)
        hz = [r for r in rows if r["contract"] == "HZ-2026-017"]
        assert all(r["bad_addresses"] == ["finance@client.example.cn"] for r in hz)
    finally:
        runtime.close()


def test_pending_mail_of_a_removed_client_is_withdrawn_and_the_pm_told(
    tmp_path: Path, smtp_server: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    config_path = write_demo_config(tmp_path, smtp_server, routine_alerts="email")
    config = load_config(config_path)
    runtime = open_runtime(config)
    try:
        smtp_server.stop()
        runtime.engine.tick(DEMO_NOW)
        assert [r.message_id for r in runtime.store.pending_sends()] == [TERMS]
        hz_client = next(
            c for c in config.clients if any(k.id == "HZ-2026-017" for k in c.contracts)
        )
        without = replace(config, clients=[c for c in config.clients if c is not hz_client])
        runtime.engine.reconfigure(without)
        smtp_server.start()
        runtime.engine.tick(DEMO_NOW + timedelta(minutes=5))
        assert TERMS not in message_ids(smtp_server) and NOTICE not in message_ids(smtp_server)
        record = runtime.store.find_send(TERMS)
        assert record is not None and record.status == "withdrawn"  # not "failed": never tried
        assert runtime.store.send_error(TERMS) == "no longer in the config"
        withdrawn = [e for e in runtime.store.events() if e["kind"] == "withdrawn"]
        assert [e["data"]["message_id"] for e in withdrawn] == [TERMS]
        [alert] = pm_alerts(smtp_server)
        assert TERMS in alert.get_body(("plain",)).get_content()
    finally:
        runtime.close()

    capsys.readouterr()
    now = ["--now", (DEMO_NOW + timedelta(minutes=6)).isoformat(), "--config", str(config_path)]
    assert main(["status", *now]) == 0
    out = capsys.readouterr().out
    assert "withdrawn, never sent (no longer in the config): HZ-2026-017 terms" in out
    assert main(["history", "HZ-2026-017", *now]) == 0
    out = capsys.readouterr().out
    assert "email terms withdrawn (never sent) to 陈经理 <chen@client.example.cn>" in out, out
    assert "terms email withdrawn, never sent: no longer in the config <ck." in out, out


# --- what a restart must not forget (a crash loop must not reset the limits) ----------------


def test_a_restart_between_alerts_keeps_the_hourly_count(tmp_path: Path, smtp_server: Any) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    try:
        for n in range(MAX_ALERTS_PER_HOUR - 2):
            runtime.alerts.alert(DEMO_NOW, "config_error", f"config:{n}", errors=f"error {n}")
    finally:
        runtime.close()
    for n in range(MAX_ALERTS_PER_HOUR - 2, MAX_ALERTS_PER_HOUR + 3):  # one restart per alert
        runtime = open_runtime(config)
        try:
            at = DEMO_NOW + timedelta(minutes=n)
            runtime.alerts.alert(at, "config_error", f"config:{n}", errors=f"error {n}")
        finally:
            runtime.close()
    assert len(pm_alerts(smtp_server)) == MAX_ALERTS_PER_HOUR  # the old code: one more a run

    runtime = open_runtime(config)
    try:
        runtime.alerts.flush(DEMO_NOW + timedelta(minutes=59))
        assert len(pm_alerts(smtp_server)) == MAX_ALERTS_PER_HOUR
        runtime.alerts.flush(DEMO_NOW + timedelta(hours=1))  # the held ones, summed up
        summary = pm_alerts(smtp_server)[-1]
        assert "3" in str(summary["Subject"])
        assert summary.get_body(("plain",)).get_content().count("- ") >= 3
    finally:
        runtime.close()


def test_a_restart_waits_out_the_outage_backoff(tmp_path: Path, smtp_server: Any) -> None:
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    try:
        smtp_server.fail_next(451, count=1000, at="mail")
        runtime.engine.tick(DEMO_NOW)
        runtime.engine.tick(DEMO_NOW + timedelta(minutes=1))  # second failure: wait 2 min
    finally:
        runtime.close()
    smtp_server.clear_failures()
    runtime = open_runtime(config)
    try:
        outage = runtime.engine.outage
        assert outage is not None and outage.since == DEMO_NOW and outage.failures == 2
        runtime.engine.tick(DEMO_NOW + timedelta(minutes=2))  # restarted: still backing off
        assert message_ids(smtp_server) == []
        runtime.engine.tick(DEMO_NOW + timedelta(minutes=3))
        assert Counter(message_ids(smtp_server)) == {TERMS: 1, NOTICE: 1}
        assert runtime.engine.outage is None
    finally:
        runtime.close()
    runtime = open_runtime(config)
    try:
        assert runtime.engine.outage is None  # recovery is remembered too
    finally:
        runtime.close()


def test_a_restart_keeps_a_greylisted_emails_backoff(tmp_path: Path, smtp_server: Any) -> None:
    smtp_server.refuse("finance@client.example.cn", 450)
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    try:
        assert NOTICE in runtime.engine.tick(DEMO_NOW).deferred
    finally:
        runtime.close()
    smtp_server.accept("finance@client.example.cn")
    runtime = open_runtime(config)
    try:
        assert NOTICE in runtime.engine.tick(DEMO_NOW + timedelta(seconds=30)).deferred
        assert NOTICE not in message_ids(smtp_server)  # the old code retried at once
        runtime.engine.tick(DEMO_NOW + timedelta(minutes=1))
        assert Counter(message_ids(smtp_server))[NOTICE] == 1
        assert runtime.engine.outbox.deferrals == {}
    finally:
        runtime.close()


def test_a_remembered_backoff_reads_back_and_a_damaged_one_starts_afresh() -> None:
    outage = Outage(since=DEMO_NOW, last_error="451 busy", failures=3, retry_at=DEMO_NOW)
    assert from_json(Outage, to_json(outage)) == outage
    deferral = Deferral(since=DEMO_NOW, error="450 greylisted", attempts=2)
    assert from_json(Deferral, to_json(deferral)) == deferral
    for damaged in (None, [], {"since": "yesterday"}, {"failures": 2}, {"since": 5}):
        assert from_json(Outage, damaged) is None


def test_a_clock_put_back_is_not_held_by_a_remembered_backoff_or_alert_count(
    tmp_path: Path, smtp_server: Any
) -> None:
    """The backoff and the alert count are remembered; a run whose clock was a day ahead
    must not stop a run with the right clock from sending (for a day) or alerting."""
    config = load_config(write_demo_config(tmp_path, smtp_server))
    ahead = DEMO_NOW + timedelta(days=1)
    runtime = open_runtime(config)
    try:
        smtp_server.fail_next(451, count=1000, at="mail")
        runtime.engine.tick(ahead)
        for n in range(MAX_ALERTS_PER_HOUR):
            runtime.alerts.alert(ahead, "config_error", f"config:{n}", errors=f"error {n}")
    finally:
        runtime.close()
    smtp_server.clear_failures()
    runtime = open_runtime(config)
    try:
        assert runtime.engine.outage is not None  # remembered, with a retry a day ahead
        runtime.engine.tick(DEMO_NOW)  # the clock put right: sent now, not in a day
        assert Counter(message_ids(smtp_server)) == {TERMS: 1, NOTICE: 1}
        before = len(pm_alerts(smtp_server))
        assert runtime.alerts.alert(DEMO_NOW, "config_error", "config:late", errors="late")
        assert len(pm_alerts(smtp_server)) == before + 1
    finally:
        runtime.close()


def test_a_deferred_email_is_told_to_the_pm_once_after_alert_after_hours(
    tmp_path: Path, smtp_server: Any
) -> None:
    """A greylisted email (4xx at RCPT) waits on its own backoff; once it has waited
    alert_after_hours (4) the PM is told, once (on the daily list: it holds nothing else)."""
    smtp_server.refuse("finance@client.example.cn", 450)
    config = load_config(write_demo_config(tmp_path, smtp_server))
    runtime = open_runtime(config)
    engine = runtime.engine
    told: list[tuple[timedelta, int]] = []
    try:
        t = DEMO_NOW
        while t < DEMO_NOW + timedelta(hours=6):
            engine.tick(t)
            alerts = [e["data"] for e in runtime.store.events() if e["kind"] == "alert"]
            told.append((t - DEMO_NOW, sum(a.get("about") == f"deferred:{NOTICE}" for a in alerts)))
            retry_at = engine.outbox.deferrals[NOTICE].retry_at
            assert retry_at is not None
            t = max(t + timedelta(minutes=1), retry_at)
    finally:
        runtime.close()
    assert all(n == 0 for waited, n in told if waited < timedelta(hours=4)), told
    assert all(n == 1 for waited, n in told if waited >= timedelta(hours=4)), told
    assert told[-1][0] >= timedelta(hours=4)
