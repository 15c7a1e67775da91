"""A busy PM gets one routine email a day: the list (issue 14.1), urgent alerts at once.

A world of 50 open milestones (10 clients × 5) chased for a working week, with replies of
every kind arriving each day through the real Dovecot server (paid claims, promises,
requests for more time, disputes, a fraud-risk bank question, auto-replies, noise from
strangers) and an address the real SMTP server refuses for good. The daemon runs with an
injected clock several times a day; every email the PM receives is counted per local day.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from daemon.clock import FixedClock
from daemon.config.loader import load_config
from daemon.domain.emails import reference_token
from daemon.service.loop import Daemon
from daemon.storage.store import Store
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer

PM, AR = "pm@example.com", "ar@team.example"
TZ = ZoneInfo("Asia/Shanghai")
CLIENTS, MILESTONES = 10, 5
MONDAY = date(2026, 11, 30)
DAYS = 5
TICKS = ((8, 30), (10, 0), (14, 0), (17, 30))
URGENT_TITLES = ("Dispute:", "RISK:")
"""Subjects of the alerts that may interrupt the PM (en: settings.language)."""

HEAD = """
settings:
  company: Team
  pm: {{name: Pat PM, email: {pm}}}
  language: en
  tick_seconds: 3600
  report: {{weekly: true, weekday: wed, time: "09:00"}}
  mail:
    from: {{name: Team AR, email: {ar}}}
    transport: smtp
    smtp: {{host: 127.0.0.1, port: {smtp_port}, security: none}}
    imap:
      host: 127.0.0.1
      port: {imap_port}
      security: none
      username: {pm}
      password_env: CK_DL_IMAP_PASSWORD
      timeout: 10
  data_dir: data
clients:
"""
CLIENT = """  - id: c{n}
    name: Client {n} Ltd
    language: {lang}
    contacts: {{to: [{{email: {email}}}]}}
    contracts:
      - id: K{n}
        title: Project {n}
        total: {total}
        signed: 2026-01-05
        payment_instructions: Bank of Example 123
        milestones:
"""
MILESTONE = "          - {{id: m{k}, name: Part {k}, amount: 1000.00, due: {due}}}\n"


def client_email(n: int) -> str:
    return f"ap{n}@client{n}.example"


def write_config(root: Path, smtp: SmtpServer, dovecot: Dovecot) -> Path:
    text = HEAD.format(pm=PM, ar=AR, smtp_port=smtp.port, imap_port=dovecot.imap_port)
    for n in range(CLIENTS):
        lang = "zh" if n % 2 else "en"
        text += CLIENT.format(
            n=n, lang=lang, email=client_email(n), total=f"{1000 * MILESTONES}.00"
        )
        for k in range(1, MILESTONES + 1):
            due = date(2026, 11, 2) + timedelta(days=3 * k + n)
            text += MILESTONE.format(k=k, due=due.isoformat())
    path = root / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def mail(frm: str, subject: str, body: str, n: str, when: datetime) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = frm, AR, subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<busy{n}-{when.timestamp():.0f}@example.org>"
    msg.set_content(body)
    return msg.as_bytes()


REPLIES = (
    "We have paid the invoice today.",
    "We will pay by December 20.",
    "Could we have an extension until the end of March?",
    "We have some questions about the invoice",
    "Payment has been made.",
    "you'll be paid next week",
)
"""Routine replies (claims, promises, questions): none may interrupt the PM."""


def replies_of_the_day(day: int, at: datetime) -> list[bytes]:
    """Ten client replies, two auto-replies and five strangers' mail; one dispute on day 1,
    one bank-account question on day 3 (both urgent)."""
    out = []
    for i in range(10):
        n, k = (day * 3 + i) % CLIENTS, (day + i) % MILESTONES + 1
        token = reference_token(f"K{n}", f"m{k}")
        body = REPLIES[(day + i) % len(REPLIES)]
        out.append(mail(client_email(n), f"Re: payment {token}", body, f"reply{day}-{i}", at))
    for i in range(2):
        n = (day + i) % CLIENTS
        ooo = mail(client_email(n), "Out of office", "I am away.", f"ooo{day}-{i}", at)
        out.append(ooo.replace(b"Subject:", b"Auto-Submitted: auto-replied\nSubject:", 1))
    for i in range(5):
        frm = f"stranger{day}{i}@elsewhere.example"
        out.append(mail(frm, f"offer {i}", "cheap watches", f"noise{day}-{i}", at))
    if day == 1:
        token = reference_token("K7", "m2")
        out.append(mail(client_email(7), f"Re: {token}", "We dispute this invoice.", "dispute", at))
    if day == 3:
        token = reference_token("K4", "m1")
        text = "Has your bank account changed? Please confirm the new account number."
        out.append(mail(client_email(4), f"Re: {token}", text, "bank", at))
    return out


def test_fifty_open_milestones_make_one_routine_email_a_day(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CK_DL_IMAP_PASSWORD", dovecot.users[PM])
    path = write_config(tmp_path, smtp_server, dovecot)
    config = load_config(path)
    assert sum(len(c.milestones) for cl in config.clients for c in cl.contracts) == 50
    smtp_server.refuse(client_email(5))  # bounced for good: a routine matter
    for day in range(DAYS):
        local = MONDAY + timedelta(days=day)
        for hour, minute in TICKS:
            at = datetime(local.year, local.month, local.day, hour, minute, tzinfo=TZ)
            if (hour, minute) == TICKS[1]:
                dovecot.append_all(PM, replies_of_the_day(day, at - timedelta(minutes=30)))
            Daemon(path, config, FixedClock(at)).run(once=True)

    per_day: Counter[date] = Counter()
    urgent: list[str] = []
    for m in smtp_server.messages:
        msg = m.message
        if PM not in str(msg["To"]):
            continue
        subject = " ".join(str(msg["Subject"]).split()).removeprefix("[cuikuan] ")
        if subject.startswith(URGENT_TITLES):
            urgent.append(subject)
            continue
        per_day[parsedate_to_datetime(str(msg["Date"])).astimezone(TZ).date()] += 1
    with Store(config.settings.data_dir / "state.json", read_only=True) as store:
        alerts = [e["data"] for e in store.events() if e["kind"] == "alert"]
    listed = [a for a in alerts if a.get("listed")]
    assert len(listed) >= 20, "the week raised many routine alerts"
    assert per_day and max(per_day.values()) == 1, per_day
    assert len(per_day) == DAYS, "one list every working day"
    assert len(urgent) == 2, urgent  # the dispute and the bank question, at once
    assert any(u.startswith("Dispute:") for u in urgent)
    assert any(u.startswith("RISK:") for u in urgent)

    lists = [m.message for m in smtp_server.messages if ".pm_todo." in str(m.message["Message-ID"])]
    friday = lists[-1].get_body(("plain",)).get_content()
    assert "is paid" in friday and "check the bank account" in friday  # claims to verify
    assert "Promise:" in friday  # a routine alert, now a note on the list
    assert "matched no contract" in friday and "stranger34@elsewhere.example" in friday
    assert "None" not in friday
    [weekly] = [
        m.message
        for m in smtp_server.messages
        if ".weekly_report." in str(m.message["Message-ID"]) and "02 Dec" in str(m.message["Date"])
    ]
    assert "action(s) for today" in weekly.get_body(("plain",)).get_content()
