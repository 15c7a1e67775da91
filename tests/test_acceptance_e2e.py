"""Acceptance from email end to end (issue 13.7): real Dovecot in, real SMTP out.

Contract C-2026-1's final payment m2 is due 10 days after acceptance, and the YAML leaves
the acceptance date empty. A client's "we have accepted the deliverables" reply records
it, so m2's chase starts (its notice goes out on time); the PM is told and corrects it
with ``accepted DATE`` / ``accepted clear``; deemed acceptance (15 days after delivery)
starts it without any email; a date in the YAML always wins.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from daemon.config.loader import load_config
from daemon.domain.status import status_rows
from daemon.storage.store import Store
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_inbox_e2e import ANN, BETA, CFO, PAY, PM, R1, TICK1, TICK2, World, reply, staff_mail

M2 = "{id: m2, name: Final, amount: 20000.00, due: 2027-03-01}"
AFTER_ACCEPTANCE = (
    "{id: m2, name: Final, amount: 20000.00, due_after: {event: acceptance, days: 10}}"
)
PAYMENT = "        payment_instructions: Bank of Example 123\n"
DEC3 = datetime.fromisoformat("2026-12-03T10:00:00+08:00")  # a Thursday


def events(acceptance: str = "null", rule: str = "") -> Callable[[str], str]:
    def edit(text: str) -> str:
        assert M2 in text and PAYMENT in text
        extra = f"        events: {{delivery: 2026-11-10, acceptance: {acceptance}}}\n"
        if rule:
            extra += f"        acceptance: {rule}\n"
        return text.replace(M2, AFTER_ACCEPTANCE).replace(PAYMENT, PAYMENT + extra)

    return edit


def make_world(root: Path, smtp: SmtpServer, dovecot: Dovecot, edit: Callable[[str], str]) -> World:
    w = World(root, smtp, dovecot)
    w.config_path.write_text(edit(w.config_path.read_text(encoding="utf-8")), encoding="utf-8")
    w.config = load_config(w.config_path)
    w.run_once(TICK1)
    assert w.stage_sent("reminder") == [(PAY, ANN, CFO), (BETA,)]
    return w


@pytest.fixture
def servers(
    smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> tuple[SmtpServer, Dovecot]:
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    return smtp_server, dovecot


def m2_sent(w: World, stage: str, since: int = 0) -> list[tuple[str, ...]]:
    return [rcpt for rcpt, _s, mid in w.sent(since) if f".m2.{stage}." in mid]


def m2_row(w: World, now: datetime) -> dict:
    with Store(w.state_file, read_only=True) as store:
        rows = status_rows(w.config, store.snapshot(), now)
    return next(r for r in rows if r["milestone"] == "m2")


def alert(w: World, since: int) -> str:
    [m] = [m for m in w.smtp.messages[since:] if ".pm_alert." in m.message["Message-ID"]]
    return str(m.message["Subject"]) + "\n" + m.message.get_body(("plain",)).get_content()


def test_acceptance_reply_starts_the_after_acceptance_milestone(
    tmp_path: Path, servers: tuple[SmtpServer, Dovecot]
) -> None:
    w = make_world(tmp_path, *servers, events())
    assert m2_row(w, TICK2)["due"] is None  # waiting for the acceptance date
    before = len(w.smtp.messages)
    w.deliver(reply(PAY, "We have accepted the deliverables. Thanks!\n", in_reply_to=w.mid(R1)))
    w.run_once(TICK2)
    told = alert(w, before)
    assert "Acceptance recorded" in told and "2026-11-30" in told and "2026-12-10" in told
    assert "accepted DATE" in told and "None" not in told
    assert [rcpt for rcpt, _s, _m in w.sent(before) if PM not in rcpt] == []  # client: nothing
    row = m2_row(w, TICK2)
    assert row["due"] == "2026-12-10"  # acceptance 11-30 + 10 days
    assert row["due_from"] == f"acceptance 2026-11-30 (client email from {PAY})"
    [dated] = w.events("event_dated")
    assert dated["data"]["day"] == "2026-11-30" and dated["data"]["source"] == "client"
    assert w.milestone("C-2026-1", "m1").status == "open"  # not held for the PM
    # its chase starts: the notice 7 days before the due date
    w.run_once(DEC3)
    assert m2_sent(w, "notice", before) == [(PAY, ANN, CFO)]


def test_the_pm_corrects_it_with_accepted_date_then_clears_it(
    tmp_path: Path, servers: tuple[SmtpServer, Dovecot]
) -> None:
    w = make_world(tmp_path, *servers, events())
    w.deliver(reply(PAY, "验收合格。\n", in_reply_to=w.mid(R1)))
    w.run_once(TICK2)
    [pm_alert] = [m for m in w.smtp.messages if ".pm_alert." in m.message["Message-ID"]]
    to_alert = str(pm_alert.message["Message-ID"])
    w.deliver(staff_mail("accepted 2026-12-15", in_reply_to=to_alert, mid="<a1@example.com>"))
    w.run_once(datetime.fromisoformat("2026-11-30T11:00:00+08:00"))
    row = m2_row(w, TICK2)
    assert row["due"] == "2026-12-25"
    assert row["due_from"] == f"acceptance 2026-12-15 (staff command from {PM})"
    [answer] = [m for m in w.smtp.messages if ".staff_reply." in m.message["Message-ID"]]
    body = answer.message.get_body(("plain",)).get_content()
    assert "acceptance = 2026-12-15" in body and "2026-12-25" in body
    w.deliver(staff_mail("accepted clear", in_reply_to=to_alert, mid="<a2@example.com>"))
    w.run_once(datetime.fromisoformat("2026-11-30T12:00:00+08:00"))
    row = m2_row(w, TICK2)
    assert row["due"] is None and row["due_from"] == f"acceptance: no date yet (cleared by {PM})"
    assert [e["data"]["source"] for e in w.events("event_dated")] == ["client", "staff", "staff"]
    w.run_once(DEC3)
    assert m2_sent(w, "notice") == []


def test_deemed_acceptance_starts_the_milestone_without_any_email(
    tmp_path: Path, servers: tuple[SmtpServer, Dovecot]
) -> None:
    w = make_world(tmp_path, *servers, events(rule="{deemed_after_days: 15}"))
    row = m2_row(w, TICK1)  # deemed 11-25 (delivery 11-10 + 15), due 12-05
    assert row["due"] == "2026-12-05"
    assert row["due_from"] == "acceptance 2026-11-25 (deemed: 15 days after delivery 2026-11-10)"
    w.run_once(TICK2)  # the notice's day 11-28 is a Saturday: it goes on Monday
    assert m2_sent(w, "notice") == [(PAY, ANN, CFO)]
    # a later "accepted" reply does not move a deemed date that came first
    before = len(w.smtp.messages)
    w.deliver(reply(PAY, "We have accepted the deliverables.\n", in_reply_to=w.mid(R1)))
    w.run_once(datetime.fromisoformat("2026-11-30T11:00:00+08:00"))
    assert "stays acceptance 2026-11-25" in alert(w, before)
    assert m2_row(w, TICK2)["due"] == "2026-12-05" and w.events("event_dated") == []


def test_a_date_in_the_yaml_always_wins(
    tmp_path: Path, servers: tuple[SmtpServer, Dovecot]
) -> None:
    w = make_world(tmp_path, *servers, events(acceptance="2026-11-20"))
    w.deliver(staff_mail("accepted 2026-12-15", in_reply_to=w.mid(R1), mid="<a3@example.com>"))
    w.run_once(TICK2)
    assert m2_row(w, TICK2)["due"] == "2026-11-30"
    assert m2_row(w, TICK2)["due_from"] == "acceptance 2026-11-20 (YAML)"
    [command] = w.events("staff_command")
    assert command["data"]["ok"] is False and "edit it there" in command["data"]["result"]


def test_an_acceptance_with_a_day_promised_beside_it_starts_the_clock_and_records_the_promise(
    tmp_path: Path, servers: tuple[SmtpServer, Dovecot]
) -> None:
    w = make_world(tmp_path, *servers, events())
    before = len(w.smtp.messages)
    body = "系统上线跑了两周，运营部已在验收报告上签字。这期款出纳12月8日前转给你们。\n"
    w.deliver(reply(PAY, body, in_reply_to=w.mid(R1)))
    w.run_once(TICK2)
    assert m2_row(w, TICK2)["due"] == "2026-12-10"  # acceptance 11-30 + 10 days
    [dated] = w.events("event_dated")
    assert dated["data"]["day"] == "2026-11-30" and dated["data"]["source"] == "client"
    m1 = w.milestone("C-2026-1", "m1")  # the reminder replied to: promised, not chased
    assert m1.status == "promised" and m1.promised_date == date(2026, 12, 8)
    alerts = [m for m in w.smtp.messages[before:] if ".pm_alert." in m.message["Message-ID"]]
    told = "\n".join(m.message.get_body(("plain",)).get_content() for m in alerts)
    assert len(alerts) == 1 and "2026-12-08" in told and "2026-12-10" in told
    assert [rcpt for rcpt, _s, _m in w.sent(before) if PM not in rcpt] == []  # client: nothing
