"""The weekly report: when it is due (pure), and the email the PM gets (real SMTP server)."""

from __future__ import annotations

from datetime import datetime, time
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from daemon.config.schema import ReportSettings, Settings
from daemon.domain.emails import legacy_of
from daemon.reports.chart import COLOURS
from daemon.reports.weekly import (
    latest_slot,
    maybe_send_weekly_report,
    send_weekly_report,
    weekly_key,
    weekly_report_due,
)
from daemon.service.runtime import open_runtime
from tests.report_world import PM, build_world


def settings(tz: str = "Asia/Shanghai", **report: Any) -> Settings:
    return Settings.model_validate(
        {
            "company": "Team",
            "pm": {"email": PM},
            "timezone": tz,
            "mail": {"from": {"email": "chase@team.example"}},
            "report": report,
        }
    )


def t(text: str) -> datetime:
    return datetime.fromisoformat(text)


MONDAY_9 = t("2026-12-07T09:00:00+08:00")


@pytest.mark.parametrize(
    ("last", "now", "due"),
    [
        (None, "2026-12-07T08:59:00+08:00", True),  # never sent: the first report goes now
        ("2026-11-30T09:00:05+08:00", "2026-12-07T08:59:59+08:00", False),  # before the slot
        ("2026-11-30T09:00:05+08:00", "2026-12-07T09:00:00+08:00", True),  # at the slot
        ("2026-12-07T09:00:05+08:00", "2026-12-07T09:01:00+08:00", False),  # already sent
        ("2026-11-30T09:00:05+08:00", "2026-12-09T15:00:00+08:00", True),  # down Monday: catch up
        ("2026-12-09T15:00:00+08:00", "2026-12-13T23:00:00+08:00", False),  # ...only once
        ("2026-11-02T09:00:00+08:00", "2026-12-07T10:00:00+08:00", True),  # weeks down: once
    ],
)
def test_due(last: str | None, now: str, due: bool) -> None:
    assert weekly_report_due(settings(), t(last) if last else None, t(now)) is due


def test_disabled_is_never_due() -> None:
    assert not weekly_report_due(settings(weekly=False), None, MONDAY_9)


def test_slot_is_in_the_pm_timezone_across_dst() -> None:
    s = settings("Europe/London", weekday="fri", time="17:30")
    # Friday 2027-03-26 is GMT (UTC+0), Friday 2027-04-02 is BST (UTC+1).
    assert latest_slot(s, t("2027-03-30T12:00:00+00:00")) == t("2027-03-26T17:30:00+00:00")
    assert latest_slot(s, t("2027-04-02T16:31:00+00:00")) == t("2027-04-02T17:30:00+01:00")
    assert latest_slot(s, t("2027-04-02T16:29:00+00:00")) == t("2027-03-26T17:30:00+00:00")


def test_report_settings_defaults() -> None:
    assert ReportSettings() == ReportSettings(weekly=True, weekday="mon", time=time(9, 0))
    assert weekly_key(MONDAY_9).seq == 202650


def parts(message: EmailMessage) -> list[str]:
    return [p.get_content_type() for p in message.walk()]


def test_weekly_report_arrives_with_its_chart_in_the_html(tmp_path: Path, smtp_server: Any) -> None:
    smtp = {"host": smtp_server.host, "port": smtp_server.port, "security": "none", "timeout": 5}
    mail = {
        "from": {"name": "Chase", "email": "chase@team.example"},
        "transport": "smtp",
        "smtp": smtp,
    }
    _, config = build_world(tmp_path, language="zh", mail=mail)
    runtime = open_runtime(config)
    try:
        now = t("2027-01-04T09:05:00+08:00")
        assert maybe_send_weekly_report(config, runtime.mailer, now)
        # The next tick in the same week sends nothing more.
        later = t("2027-01-06T10:00:00+08:00")
        assert not maybe_send_weekly_report(config, runtime.mailer, later)
        assert send_weekly_report(config, runtime.mailer, later)  # decided: no-op
    finally:
        runtime.close()

    [got] = smtp_server.messages
    msg = got.message
    assert got.rcpt_tos == (PM,)
    assert legacy_of(msg["Message-ID"]) == "<ck.-.-.weekly_report.202701@team.example>"
    assert "应收账款周报" in str(msg["Subject"])
    assert parts(msg) == ["multipart/alternative", "text/plain", "text/html"]
    html = msg.get_body(preferencelist=("html",)).get_content()
    assert f'bgcolor="{COLOURS["1-30"]}"' in html  # the chart: bars of table cells
    assert "客户付款习惯" in html and "<img" not in html
    text = msg.get_body(preferencelist=("plain",)).get_content()
    assert "40,000.00" in text and "disputer" in text
    assert "Auto-Submitted" in msg and msg["Auto-Submitted"] == "auto-generated"
