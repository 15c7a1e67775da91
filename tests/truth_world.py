"""A small world for the "every email is true" tests, through the real fixture servers.

cuikuan sends over aiosmtpd and reads replies from Dovecot, exactly as in production; the
tests read what each client really received from the SMTP server's log.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.fixtures.dovecot import Dovecot
from tests.fixtures.mail_world import MailWorld, fixture_mail_yaml
from tests.fixtures.smtp import ReceivedMessage, SmtpServer
from tests.test_inbox_e2e import reply as build_reply

PM, AR, DOMAIN = "pm@example.com", "ar@team.example", "team.example"
PAY, BETA = "pay@acme.cn", "ap@beta.example"
CLIENTS = frozenset({PAY, BETA})
C1, B1 = "C-2026-1", "B-1"
TICK1 = datetime.fromisoformat("2026-11-27T10:00:00+08:00")
TICK2 = datetime.fromisoformat("2026-11-30T10:00:00+08:00")
TICK3 = datetime.fromisoformat("2026-12-01T10:00:00+08:00")

CONFIG = """
settings:
  company: Team
  pm: {{name: Pat PM, email: {pm}}}
  language: en
  tick_seconds: 3600
  report: {{weekly: false}}
  routine_alerts: email   # each alert read as its own email (daily list: test_daily_list.py)
{mail}  data_dir: data
clients:
  - id: acme
    name: ACME Ltd
    language: en
    contacts: {{to: [{{name: Pay, email: {pay}}}]}}
    contracts:
      - id: {c1}
        title: Platform
        total: 100000.00
        signed: 2026-01-05
        payment_instructions: Bank of Example 123
        milestones:
          - {{id: m1, name: Delivery, amount: 80000.00, due: 2026-11-20}}
          - {{id: m2, name: Final payment, amount: 20000.00, due: 2027-03-01, invoice: inv-m2.pdf}}
  - id: beta
    name: 北塔公司
    language: zh
    contacts: {{to: [{{email: {beta}}}]}}
    contracts:
      - id: {b1}
        title: 数据平台
        total: 8000.00
        signed: 2026-01-05
        payment_instructions: 示例银行 123
        milestones:
          - {{id: first, name: 首付款, amount: 3000.00, due: 2026-11-20}}
          - {{id: final, name: 尾款, amount: 5000.00, due: 2026-11-20}}
"""


class World(MailWorld):
    """The config on the fixture servers, and helpers to drive cuikuan and read its mail."""

    def __init__(self, root: Path, smtp: SmtpServer, dovecot: Dovecot, extra: str = "") -> None:
        mail = fixture_mail_yaml(
            smtp, dovecot, sender=AR, username=PM, password_env="CK_TRUTH_IMAP_PASSWORD"
        )
        text = CONFIG.format(pm=PM, mail=mail, pay=PAY, beta=BETA, c1=C1, b1=B1)
        (root / "config.yaml").write_text(text + extra, encoding="utf-8")
        (root / "inv-m2.pdf").write_bytes(b"%PDF-1.4\n% invoice C-2026-1 m2\n")
        super().__init__(root / "config.yaml", smtp, dovecot, pm=PM, domain=DOMAIN)
        self.inbound: list[str] = []

    def mails(self, stage: str, since: int = 0) -> list[ReceivedMessage]:
        return [m for m in self.smtp.messages[since:] if f".{stage}." in m.message["Message-ID"]]

    def to_clients(self) -> list[ReceivedMessage]:
        return [m for m in self.smtp.messages if CLIENTS & set(m.rcpt_tos)]

    def reply(
        self,
        frm: str,
        body: str,
        *,
        when: datetime,
        in_reply_to: str | None = None,
        subject: str = "Re: payment",
        mid: str,
    ) -> None:
        """A reply from ``frm`` lands in the PM's INBOX (remembered if a client wrote it)."""
        raw = build_reply(
            frm, body, to=AR, in_reply_to=in_reply_to, subject=subject, mid=mid, when=when
        )
        if frm in CLIENTS:
            self.inbound.append(mid)
        self.deliver(raw)


def chased_world(
    root: Path, smtp: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    """The world after its first tick (TICK1): the terms and the first reminders went out,
    one to ACME (m1) and two to Beta (first, final)."""
    monkeypatch.setenv("CK_TRUTH_IMAP_PASSWORD", dovecot.users[PM])
    world = World(root, smtp, dovecot)
    world.run_once(TICK1)
    assert [m.rcpt_tos for m in world.mails("reminder")] == [(PAY,), (BETA,), (BETA,)]
    return world


def text_of(message: ReceivedMessage) -> str:
    part = message.message.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def thread_ids(message: ReceivedMessage) -> list[str]:
    """Every Message-ID in In-Reply-To and References."""
    values = [str(message.message.get(h, "")) for h in ("In-Reply-To", "References")]
    return " ".join(values).split()
