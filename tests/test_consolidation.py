"""One email per client (issue 13.2), through the real SMTP and IMAP fixture servers.

ACME (en, ``consolidate`` from settings: true) has three payments on two contracts falling
due the same day: it gets ONE notice listing them, with both invoices; every covered stage
is recorded as sent by that one Message-ID. Beta (zh, ``consolidate: false``) gets one
email per payment. Replies to the consolidated email act on the payment they name; a
reply naming none asks the PM. A daemon killed in the middle of sending the letter sends
it once after the restart, and never a single email for a covered stage.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from daemon.cli.main import main
from daemon.cli.preview_client import preview_consolidated
from daemon.config.loader import load_config
from daemon.domain.consolidation import Consolidated, group
from daemon.domain.emails import PlannedEmail
from daemon.domain.state import SendKey, StateView
from daemon.errors import ConfigError
from daemon.storage.store import Store
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.mail_world import MailWorld, fixture_mail_yaml
from tests.fixtures.smtp import ReceivedMessage, SmtpServer
from tests.test_inbox_e2e import reply as build_reply

REPO = Path(__file__).resolve().parent.parent
PM, AR, DOMAIN = "pm@example.com", "ar@team.example", "team.example"
PAY, BETA = "pay@acme.cn", "ap@beta.example"
TERMS_TICK = datetime.fromisoformat("2026-11-10T10:00:00+08:00")
NOTICE_TICK = datetime.fromisoformat("2026-11-13T10:00:00+08:00")
LATER_TICK = datetime.fromisoformat("2026-11-13T11:00:00+08:00")
WROTE = datetime.fromisoformat("2026-11-13T15:00:00+08:00")
COVERED = (
    SendKey("C-1", "m1", "notice", 0),
    SendKey("C-1", "m2", "notice", 0),
    SendKey("C-2", "x1", "notice", 0),
)

CONFIG = """
settings:
  company: Team
  pm: {{name: Pat PM, email: {pm}}}
  language: en
  tick_seconds: 3600
  report: {{weekly: false}}
  routine_alerts: email  # the PM's question is read as its own email
  consolidate: true
{mail}  data_dir: data
clients:
  - id: acme
    name: ACME Ltd
    language: en
    contacts: {{to: [{{name: Pay, email: {pay}}}]}}
    contracts:
      - id: C-1
        title: Platform
        total: 100000.00
        signed: 2026-01-05
        payment_instructions: Bank of Example 123
        milestones:
          - id: m1
            name: Delivery
            amount: 80000.00
            due: 2026-11-20
            invoice: inv-m1.pdf
            paid: {{on: 2026-11-02, amount: 30000.00}}
          - {{id: m2, name: Final payment, amount: 20000.00, due: 2026-11-20, invoice: inv-m2.pdf}}
      - id: C-2
        title: Support
        total: 5000.00
        signed: 2026-02-01
        payment_instructions: Bank of Example 123
        milestones:
          - {{id: x1, name: Annual fee, amount: 5000.00, due: 2026-11-20}}
  - id: beta
    name: 北塔公司
    language: zh
    consolidate: false
    contacts: {{to: [{{email: {beta}}}]}}
    contracts:
      - id: B-1
        title: 数据平台
        total: 8000.00
        signed: 2026-01-05
        payment_instructions: 示例银行 123
        milestones:
          - {{id: first, name: 首付款, amount: 3000.00, due: 2026-11-20}}
          - {{id: final, name: 尾款, amount: 5000.00, due: 2026-11-20}}
"""


def write_config(root: Path, smtp_port: int, imap_port: int) -> Path:
    path = root / "config.yaml"
    mail = fixture_mail_yaml(
        smtp_port,
        imap_port,
        sender=AR,
        username=PM,
        password_env="CK_CONSOLIDATE_IMAP_PASSWORD",
        smtp_extra=", timeout: 10",
    )
    text = CONFIG.format(pm=PM, pay=PAY, beta=BETA, mail=mail)
    path.write_text(text, encoding="utf-8")
    (root / "inv-m1.pdf").write_bytes(b"%PDF-1.4\n% invoice C-1 m1\n")
    (root / "inv-m2.pdf").write_bytes(b"%PDF-1.4\n% invoice C-1 m2\n")
    return path


class World(MailWorld):
    """The config on the fixture servers; cuikuan driven one tick at a time."""

    def __init__(self, root: Path, smtp: SmtpServer, dovecot: Dovecot) -> None:
        config_path = write_config(root, smtp.port, dovecot.imap_port)
        super().__init__(config_path, smtp, dovecot, pm=PM, domain=DOMAIN)

    @property
    def letter_id(self) -> str:
        """The consolidated letter's Message-ID: its first payment's."""
        return self.mid(COVERED[0])

    def to(self, address: str) -> list[ReceivedMessage]:
        return [m for m in self.smtp.messages if address in m.rcpt_tos]

    def chase_to(self, address: str) -> list[ReceivedMessage]:
        return [m for m in self.to(address) if ".terms." not in m.message["Message-ID"]]

    def state(self) -> StateView:
        with Store(self.state_file, read_only=True) as store:
            return store.snapshot()

    def reply(self, body: str, *, mid: str, subject: str = "Re: payments") -> None:
        raw = build_reply(
            PAY, body, to=AR, in_reply_to=self.letter_id, subject=subject, mid=mid, when=WROTE
        )
        self.dovecot.append(PM, raw)


@pytest.fixture
def world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    monkeypatch.setenv("CK_CONSOLIDATE_IMAP_PASSWORD", dovecot.users[PM])
    w = World(tmp_path, smtp_server, dovecot)
    w.run_once(TERMS_TICK)  # the terms emails only: no payment is in its notice window yet
    assert len(w.chase_to(PAY)) == 0 and len(w.to(PAY)) == 2
    return w


def text_of(message: ReceivedMessage) -> str:
    part = message.message.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


# -- grouping (pure) --------------------------------------------------------------------


def _planned(contract: str, milestone: str, stage: str, client: str = "acme") -> PlannedEmail:
    return PlannedEmail(
        SendKey(contract, milestone, stage, 1 if stage == "reminder" else 0),
        NOTICE_TICK,
        client,
        "en",
        (PAY,),
    )


def test_joinable_emails_of_one_client_become_one_letter_in_the_strictest_tone(
    tmp_path: Path,
) -> None:
    config = load_config(write_config(tmp_path, 25, 143))
    emails = [
        _planned("C-1", "m1", "reminder"),
        _planned("B-1", "first", "notice", client="beta"),
        _planned("C-1", "m2", "notice"),
        _planned("C-2", "x1", "demand"),
        _planned("C-1", "-", "terms"),
    ]
    out = group(config, emails)
    assert len(out) == 4
    letter = out[0]
    assert isinstance(letter, Consolidated)
    assert letter.covers == (emails[0].key, emails[3].key)
    assert letter.key == emails[0].key and letter.stage == "demand"
    # consolidate: false; a notice never joins a demand; terms always alone
    assert out[1:] == [emails[1], emails[2], emails[4]]


def test_a_lone_email_and_other_recipients_are_not_joined(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, 25, 143))
    one = [_planned("C-1", "m1", "reminder")]
    assert group(config, one) == one
    other = PlannedEmail(SendKey("C-2", "x1", "notice", 0), NOTICE_TICK, "acme", "en", (BETA,))
    pair = [one[0], other]
    assert group(config, pair) == pair


def test_a_consolidate_value_that_is_not_a_boolean_is_a_clear_error(tmp_path: Path) -> None:
    path = write_config(tmp_path, 25, 143)
    text = path.read_text(encoding="utf-8").replace("consolidate: false", "consolidate: maybe")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert "config.yaml:" in message and "consolidate" in message
    assert "true or false" in message


# -- sending through the real SMTP server -------------------------------------------------


def test_one_email_lists_every_payment_due_together(world: World) -> None:
    world.run_once(NOTICE_TICK)
    [letter] = world.chase_to(PAY)
    msg = letter.message
    assert msg["Message-ID"] == world.letter_id
    subject = str(msg["Subject"])
    for token in ("[CK-C-1-m1]", "[CK-C-1-m2]", "[CK-C-2-x1]"):
        assert token in subject
    text = text_of(letter)
    # the ledger's figures: m1 is 80,000 with 30,000 paid in the YAML, 50,000 remaining
    assert "Amount: CNY 80,000.00" in text
    assert "Paid: CNY 30,000.00" in text and "Remaining: CNY 50,000.00" in text
    assert "Remaining: CNY 20,000.00" in text and "Remaining: CNY 5,000.00" in text
    assert "Total remaining: CNY 75,000.00" in text
    assert "20 November 2026" in text and "not yet due" in text
    assert "None" not in text and "None" not in msg.get_body(("html",)).get_content()
    names = sorted(a.get_filename() for a in msg.iter_attachments())
    assert names == ["inv-m1.pdf", "inv-m2.pdf"]
    assert msg["X-Cuikuan-Covers"] == "C-1/m1/notice/0 C-1/m2/notice/0 C-2/x1/notice/0"
    # every covered stage is recorded as sent by that one Message-ID
    sends = world.state().sends
    for key in COVERED:
        assert sends[key].status == "sent" and sends[key].message_id == world.letter_id
    # beta (consolidate: false) gets one email per payment
    assert sorted(m.message["Message-ID"] for m in world.chase_to(BETA)) == sorted(
        world.mid(SendKey("B-1", m, "notice", 0)) for m in ("first", "final")
    )
    world.run_once(LATER_TICK)
    assert len(world.chase_to(PAY)) == 1, "a covered stage was sent again"


def test_a_reply_naming_one_payment_acts_on_that_one(world: World) -> None:
    world.run_once(NOTICE_TICK)
    world.reply("Hello, we have paid the Final payment today.", mid="<paid-m2@acme.cn>")
    before = len(world.smtp.messages)
    world.run_once(LATER_TICK)
    state = world.state()
    assert state.milestone("C-1", "m2").status == "claimed_paid"
    assert state.milestone("C-1", "m1").status == "open"
    assert state.milestone("C-2", "x1").status == "open"
    [ack] = [m for m in world.smtp.messages[before:] if ".ack_paid." in m.message["Message-ID"]]
    assert "[CK-C-1-m2]" in str(ack.message["Subject"])


def test_a_reply_naming_no_payment_asks_the_pm_and_changes_nothing(world: World) -> None:
    world.run_once(NOTICE_TICK)
    world.reply("Hello, we have paid.", mid="<paid-all@acme.cn>")
    before = len(world.smtp.messages)
    world.run_once(LATER_TICK)
    state = world.state()
    assert {state.milestone(c, m).status for c, m, _s, _q in map(_fields, COVERED)} == {"open"}
    new = world.smtp.messages[before:]
    assert {m.rcpt_tos for m in new} == {(PM,)}, "the client got something"
    # a routine question: a line of the PM's daily list (settings.routine_alerts), naming
    # every listed payment; the recorded alert lists them with their names
    listed = "\n".join(text_of(m) for m in new)
    assert "3 payments (which one?) [CK-C-1-m1] [CK-C-1-m2] [CK-C-2-x1]" in listed
    with Store(world.state_file, read_only=True) as store:
        [alert] = [e for e in store.events() if e["kind"] == "alert"]
    body = str(alert["data"])
    for line in ("Delivery / Platform [CK-C-1-m1]", "Annual fee / Support [CK-C-2-x1]"):
        assert line in body


def _fields(key: SendKey) -> tuple[str, str, str, int]:
    return key.contract, key.milestone or "-", key.stage, key.seq


# -- kill and restart ---------------------------------------------------------------------


def test_a_daemon_killed_while_sending_the_letter_sends_it_once_after_restart(
    world: World,
) -> None:
    """SIGKILL arrives while the SMTP server reads the letter's first RCPT: its intent is
    on disk, not its delivery. The restart sends the very letter once; no covered stage
    ever goes alone."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    argv = [sys.executable, "-m", "daemon.cli", "run", "--once", "--now"]
    argv += [NOTICE_TICK.isoformat(), "--config", str(world.config_path)]
    killed = threading.Event()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def kill_once() -> None:
        if not killed.is_set():
            killed.set()
            os.kill(proc.pid, signal.SIGKILL)

    world.smtp.on_rcpt(kill_once)
    try:
        proc.wait(timeout=60)
    finally:
        world.smtp.on_rcpt(None)
    assert killed.is_set() and proc.returncode == -signal.SIGKILL
    assert world.chase_to(PAY) == [] and world.chase_to(BETA) == []
    pending = world.state().sends
    assert {pending[k].status for k in COVERED} == {"pending"}

    world.run_once(NOTICE_TICK)
    world.run_once(LATER_TICK)
    ids = Counter(m.message["Message-ID"] for m in world.chase_to(PAY))
    assert ids == Counter({world.letter_id: 1})
    assert {world.state().sends[k].status for k in COVERED} == {"sent"}
    assert len(world.chase_to(BETA)) == 2


# -- preview --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh"])
def test_preview_renders_the_consolidated_email_true_to_the_ledger(
    tmp_path: Path, language: str
) -> None:
    path = write_config(tmp_path, 25, 143)
    text = path.read_text(encoding="utf-8").replace(
        "    name: ACME Ltd\n    language: en", f"    name: ACME Ltd\n    language: {language}"
    )
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    now = datetime.fromisoformat("2026-11-23T10:00:00+08:00")  # 3 days overdue
    shown = preview_consolidated(config, StateView(), "acme", now)
    for forbidden in ("None", "C-1/m1", "_", "{{"):
        body = shown.split("\n\n", 1)[1]
        assert forbidden not in body.replace("[CK-", "").replace("inv-m", ""), forbidden
    if language == "zh":
        assert "付款提醒：3笔款项均已逾期" in shown
        assert "已付：¥30,000.00" in shown and "尚欠：¥50,000.00" in shown
        assert "尚欠合计：¥75,000.00" in shown and "逾期天数：3天" in shown
    else:
        assert "Payment reminder: 3 payments, all overdue" in shown
        assert "Paid: CNY 30,000.00" in shown and "Total remaining: CNY 75,000.00" in shown
        assert "Days overdue: 3" in shown
    assert "Attachment: inv-m1.pdf" in shown and "Attachment: inv-m2.pdf" in shown
    html = preview_consolidated(config, StateView(), "acme", now, html=True)
    assert "None" not in html and html.count("[CK-C-") >= 6


# -- the store ------------------------------------------------------------------------------


def test_every_covered_key_shares_the_letters_fate_in_the_store(tmp_path: Path) -> None:
    with Store(tmp_path / "state.json") as store:
        store.record_pending(COVERED[0], "<letter@team.example>", NOTICE_TICK, [PAY], COVERED)
        assert [r.key for r in store.pending_sends()] == list(COVERED)
        store.mark_failed("<letter@team.example>", LATER_TICK, "550 refused")
        sends = store.snapshot().sends
        assert {sends[k].status for k in COVERED} == {"failed"}
        assert sends[COVERED[2]].covers == COVERED
        with pytest.raises(Exception, match="already sent"):
            other = SendKey("C-9", "z", "notice", 0)
            store.record_pending(other, "<x@y>", LATER_TICK, [PAY])
            store.mark_sent("<x@y>", LATER_TICK)
            store.record_pending(COVERED[0], "<letter@team.example>", LATER_TICK, [PAY], (other,))


def test_recover_from_the_archive_marks_every_covered_stage_sent(world: World) -> None:
    """The state lost, `cuikuan recover` reads the letter's X-Cuikuan-Covers header from
    the archive of sent mail: no covered stage goes out again, alone or together."""
    world.run_once(NOTICE_TICK)
    letter_id = world.letter_id
    for path in world.state_file.parent.glob("state.json*"):
        if not path.name.endswith(".lock"):
            path.unlink()
    argv = ["recover", "--now", LATER_TICK.isoformat(), "--config", str(world.config_path)]
    assert main(argv) == 0
    sends = world.state().sends
    assert {(sends[k].status, sends[k].message_id) for k in COVERED} == {("sent", letter_id)}
    world.run_once(LATER_TICK)
    assert len(world.chase_to(PAY)) == 1


def test_a_consolidated_demand_states_the_interest_of_each_payment_by_hand(
    tmp_path: Path,
) -> None:
    """C-2 charges 万分之五 (0.05 %) a day from the due date: x1 (5,000.00, due 20 Nov) is
    at its demand on 21 Dec, 31 days late: 5,000 × 0.0005 × 31 = 77.50, total 5,077.50."""
    path = write_config(tmp_path, 25, 143)
    text = path.read_text(encoding="utf-8").replace(
        "        title: Support\n",
        "        title: Support\n        late_interest: {rate: 0.0005, per: day, from: due}\n",
    )
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    now = datetime.fromisoformat("2026-12-21T10:00:00+08:00")
    shown = preview_consolidated(config, StateView(), "acme", now)
    assert "FORMAL DEMAND FOR PAYMENT" in shown
    assert "Late-payment interest (0.05% per day, 31 days): CNY 77.50" in shown
    assert "Total now due on it: CNY 5,077.50" in shown
    html = preview_consolidated(config, StateView(), "acme", now, html=True)
    assert "CNY 5,077.50" in html
