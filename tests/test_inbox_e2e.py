"""The inbox end to end, through real servers: aiosmtpd out, Dovecot in.

cuikuan sends a reminder over SMTP; a reply is APPENDed to the PM's Dovecot INBOX; the
daemon (``run --once`` style, or the long-running loop with its IDLE watcher) reads it,
changes the state, answers through SMTP and files the message in ``cuikuan/...``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from daemon.cli import main as cli
from daemon.clock import FixedClock, OffsetClock
from daemon.config.loader import load_config
from daemon.domain.emails import message_id
from daemon.domain.state import MilestoneState, SendKey
from daemon.errors import InboxError
from daemon.inbox import imap, watcher
from daemon.inbox.processor import InboxResult
from daemon.service.loop import Daemon
from daemon.service.runtime import open_runtime
from daemon.storage import message_key
from daemon.storage.store import Store
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.mail_world import MailWorld, fixture_mail_yaml
from tests.fixtures.smtp import SmtpServer
from tests.fixtures.ticks import Ticks
from tests.fixtures.waiting import HANG_GUARD_SECONDS, wait_until

PM, STAFF, AR = "pm@example.com", "staff@example.com", "ar@team.example"
PAY, ANN, CFO, BETA = "pay@acme.cn", "ann@acme.cn", "cfo@acme.cn", "ap@beta.example"
C1, B1 = "C-2026-1", "B-1"
TICK1 = datetime.fromisoformat("2026-11-27T10:00:00+08:00")  # reminder 1 of both m1 and final
TICK2 = datetime.fromisoformat("2026-11-30T10:00:00+08:00")
REPLY_DATE = datetime.fromisoformat("2026-11-30T09:30:00+08:00")
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus")
R1 = SendKey(C1, "m1", "reminder", 1)
BR1 = SendKey(B1, "final", "reminder", 1)
POLL_SECONDS = 20.0

CONFIG = """
settings:
  company: Team
  pm: {{name: Pat PM, email: {pm}}}
  staff: [{staff}]
  language: en
  tick_seconds: 3600
  report: {{weekly: false}}   # these tests count every email sent
  routine_alerts: email   # each alert read as its own email (daily list: test_daily_list.py)
  statements: {{enabled: false}}
{mail}  data_dir: data
clients:
  - id: acme
    name: ACME Ltd
    language: en
    contacts:
      to: [{{name: Pay, email: {pay}}}, {{name: Ann, email: {ann}}}]
      cc: [{{email: {cfo}}}]
    contracts:
      - id: {c1}
        title: Platform
        total: 100000.00
        signed: 2026-01-05
        payment_instructions: Bank of Example 123
        milestones:
          - {{id: m1, name: Delivery, amount: 80000.00, due: 2026-11-20}}
          - {{id: m2, name: Final, amount: 20000.00, due: 2027-03-01}}
  - id: beta
    name: 北塔公司
    language: zh
    contacts: {{to: [{{email: {beta}}}]}}
    contracts:
      - id: {b1}
        title: 数据平台
        total: 5000.00
        signed: 2026-01-05
        payment_instructions: 示例银行 123
        milestones:
          - {{id: final, name: 尾款, amount: 5000.00, due: 2026-11-20}}
"""


def config_text(mail: str) -> str:
    """The config of these tests with ``mail`` as its ``mail:`` block."""
    return CONFIG.format(
        pm=PM, staff=STAFF, mail=mail, pay=PAY, ann=ANN, cfo=CFO, beta=BETA, c1=C1, b1=B1
    )


class World(MailWorld):
    """A config pointing at the fixture servers, and helpers to drive and inspect cuikuan."""

    def __init__(self, root: Path, smtp: SmtpServer, dovecot: Dovecot) -> None:
        mail = fixture_mail_yaml(
            smtp,
            dovecot,
            sender=AR,
            username=PM,
            password_env="CK_E2E_IMAP_PASSWORD",
            imap_extra="      idle_renew_seconds: 30\n",
        )
        config_path = root / "config.yaml"
        config_path.write_text(config_text(mail), encoding="utf-8")
        super().__init__(config_path, smtp, dovecot, pm=PM, domain="team.example")

    def events(self, kind: str) -> list[dict]:
        with Store(self.state_file, read_only=True) as store:
            return [e for e in store.events() if e["kind"] == kind]

    def bad(self) -> frozenset[str]:
        with Store(self.state_file, read_only=True) as store:
            return store.bad_addresses()

    def sent(self, since: int = 0) -> list[tuple[tuple[str, ...], str, str]]:
        """(recipients, Subject, Message-ID) of what reached the SMTP server."""
        return [
            (m.rcpt_tos, str(m.message["Subject"]), str(m.message["Message-ID"]))
            for m in self.smtp.messages[since:]
        ]

    def stage_sent(self, stage: str, since: int = 0) -> list[tuple[str, ...]]:
        return [rcpt for rcpt, _s, mid in self.sent(since) if f".{stage}." in mid]

    def folder(self, name: str) -> int:
        return len(self.dovecot.folder_uids(PM, name))


@pytest.fixture
def world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    w = World(tmp_path, smtp_server, dovecot)
    w.run_once(TICK1)  # the chase starts: terms + reminder 1 to both clients
    assert w.stage_sent("reminder") == [(PAY, ANN, CFO), (BETA,)]
    return w


def reply(
    frm: str,
    body: str,
    *,
    to: str = AR,
    in_reply_to: str | None = None,
    subject: str = "Re: payment",
    mid: str = "<r1@acme.cn>",
    headers: dict[str, str] | None = None,
    when: datetime = REPLY_DATE,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = mid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


def eventually(check: Callable[[], Any], what: str) -> Any:
    """Poll ``check`` until truthy, for at most :data:`POLL_SECONDS`: under the watcher's
    fallbacks (``idle_renew_seconds``, ``CYCLE_WAIT_SECONDS``: 30 s), so a report the
    daemon missed fails the test instead of arriving late by a timer."""
    return wait_until(check, what, POLL_SECONDS)


# --- client replies -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frm", "key", "text"),
    [
        (PAY, R1, "We have paid the invoice yesterday.\n\nOn Fri, AR wrote:\n> please pay"),
        (BETA, BR1, "您好，已付款，请查收。\n\n在 2026年11月27日 写道：\n> 请付款"),
    ],
    ids=["en", "zh"],
)
def test_paid_reply_stops_chase_acks_and_pm_verifies(
    world: World, frm: str, key: SendKey, text: str
) -> None:
    before = len(world.smtp.messages)
    world.deliver(reply(frm, text, in_reply_to=world.mid(key)))
    world.run_once(TICK2)
    state = world.milestone(key.contract, key.milestone or "")
    assert (state.status, state.last_contact) == ("claimed_paid", REPLY_DATE)
    assert len(world.stage_sent("pm_alert", before)) == 1
    assert world.stage_sent("pm_alert", before)[0] == (PM,)
    # a short acknowledgement, no receipt: the thank-you waits for the PM to verify
    assert world.stage_sent("ack_paid", before) == [(PAY, ANN, CFO) if frm == PAY else (BETA,)]
    assert world.stage_sent("thanks", before) == []
    assert world.stage_sent("reminder", before) == []
    assert (world.folder("cuikuan/processed"), world.folder("INBOX")) == (1, 0)
    [received] = world.events("received")
    assert received["data"]["kind"] == "paid" and received["data"]["matched_via"] == "thread"
    assert received["data"]["authorized"] is True and received["data"]["archived"] is True
    # every email sent over SMTP also sits in the IMAP Sent folder
    assert world.folder("Sent") == len(world.smtp.messages)


def test_dispute_acks_client_and_alerts_pm(world: World) -> None:
    before = len(world.smtp.messages)
    body = "We dispute this invoice: the delivery is incomplete.\n"
    world.deliver(reply(PAY, body, in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert world.milestone(C1, "m1").status == "disputed"
    assert world.stage_sent("ack_dispute", before) == [(PAY, ANN, CFO)]
    assert world.stage_sent("pm_alert", before) == [(PM,)]
    [alert] = [m for m in world.smtp.messages[before:] if ".pm_alert." in m.message["Message-ID"]]
    assert "delivery is incomplete" in alert.message.get_body(("plain",)).get_content()
    # the other client is still chased on schedule; the disputed milestone is not
    world.run_once(datetime.fromisoformat("2026-12-04T10:00:00+08:00"))
    assert world.stage_sent("reminder", before) == [(BETA,)]


def test_promise_defers_the_chase(world: World) -> None:
    body = "我们将于12月5日前付款。\n"
    world.deliver(reply(BETA, body, in_reply_to=world.mid(BR1), mid="<p1@beta.example>"))
    world.run_once(TICK2)
    state = world.milestone(B1, "final")
    assert (state.status, state.promised_date.isoformat()) == ("promised", "2026-12-05")
    before = len(world.smtp.messages)
    world.run_once(datetime.fromisoformat("2026-12-04T10:00:00+08:00"))  # reminder 2 held
    assert world.stage_sent("reminder", before) == [(PAY, ANN, CFO)]
    world.run_once(datetime.fromisoformat("2026-12-07T10:00:00+08:00"))  # 12-05 + 2: resumes
    # with the follow-up on the broken promise (in place of the reminder due that morning)
    assert world.stage_sent("promise_broken", before) == [(BETA,)]
    assert (BETA,) not in world.stage_sent("reminder", before)


def test_corpus_auto_reply_changes_nothing(world: World) -> None:
    path = CORPUS / "autoreply/sisimai-set-of-emails/maildir/bsd/rfc3834-01.eml"
    if not path.is_file():
        pytest.skip(f"corpus not found at {CORPUS}")
    raw = path.read_bytes().replace(b"From: kijitora@example.net", f"From: {PAY}".encode())
    # its envelope too, or the foreign Return-Path makes it a suspicious (forged) reply
    raw = raw.replace(b"Return-path: <nyaan@neko.example.org>", f"Return-path: <{PAY}>".encode())
    raw = f"In-Reply-To: {world.mid(R1)}\r\n".encode() + raw
    before = len(world.smtp.messages)
    world.deliver(raw)
    world.run_once(TICK2)
    assert world.milestone(C1, "m1") == MilestoneState()  # never stored: still open
    assert world.sent(before) == []
    [received] = world.events("received")
    assert received["data"]["kind"] == "auto_reply"
    assert world.folder("cuikuan/processed") == 1


def dsn(recipient: str, original_mid: str) -> bytes:
    return (
        "Return-Path: <>\r\n"  # a mail system's null sender, as the delivering server writes it
        "From: MAILER-DAEMON@mx.acme.cn\r\n"
        f"To: {AR}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(REPLY_DATE)}\r\n"
        "Message-ID: <bounce.1@mx.acme.cn>\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n'
        "\r\n--B\r\nContent-Type: text/plain\r\n\r\n"
        f"<{recipient}>: host mx.acme.cn said: 550 5.1.1 User unknown\r\n"
        "\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.acme.cn\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "\r\n--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: {AR}\r\nMessage-ID: {original_mid}\r\nSubject: reminder\r\n"
        "\r\n--B--\r\n"
    ).encode()


def test_bounce_marks_address_bad_and_chase_goes_on_to_the_other_contact(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(dsn(PAY, world.mid(R1)))
    world.run_once(TICK2)
    assert world.bad() == {PAY}
    assert world.stage_sent("pm_alert", before) == [(PM,)]
    assert [e["data"]["address"] for e in world.events("bounce")] == [PAY]
    world.run_once(datetime.fromisoformat("2026-12-04T10:00:00+08:00"))
    assert (ANN, CFO) in world.stage_sent("reminder", before)


def test_unmatched_human_mail_goes_to_pm_and_unmatched_folder(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(reply("someone@else.example", "Are you hiring?", subject="Hello"))
    world.run_once(TICK2)
    assert world.stage_sent("pm_digest", before) == [(PM,)]  # listed in the PM's digest
    assert world.stage_sent("pm_alert", before) == []
    assert (world.folder("cuikuan/unmatched"), world.folder("cuikuan/processed")) == (1, 0)


def test_unreadable_message_pm_told_no_crash(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(b"\xff\xfe\x80 garbage without any header \x81\x82\r\n")
    hostile = b'From: "x\x01" <ev\x01il@x.example>\r\nSubject: a\x01b\r\nMessage-ID: <a\x01@b>\r\n'
    world.deliver(hostile + b"\r\npaid\x01 now\r\n")
    world.deliver(reply(PAY, "We have paid.", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert world.folder("cuikuan/unmatched") == 2 and world.folder("INBOX") == 0
    assert world.milestone(C1, "m1").status == "claimed_paid"  # the next one still handled
    assert world.stage_sent("pm_digest", before) == [(PM,)]  # both unreadable, one digest
    assert len(world.stage_sent("pm_alert", before)) == 1  # the client's "paid"


# --- exactly once -------------------------------------------------------------------------


def test_each_message_acted_on_exactly_once(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = reply(PAY, "We dispute the amount.", in_reply_to=world.mid(R1), mid="<d1@acme.cn>")
    before = len(world.smtp.messages)
    world.deliver(raw)
    # crash after the ack went out but before the message was marked processed
    original = Store.mark_processed
    calls = {"n": 0}

    def crash_once(self: Store, *args: Any, **kw: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("simulated crash")
        original(self, *args, **kw)

    monkeypatch.setattr(Store, "mark_processed", crash_once)
    world.run_once(TICK2)
    assert world.stage_sent("ack_dispute", before) == [(PAY, ANN, CFO)]
    assert world.folder("INBOX") == 1  # not filed: it will be read again
    world.run_once(TICK2)  # replay from the saved cursor, a new processor instance
    monkeypatch.setattr(Store, "mark_processed", original)
    world.run_once(TICK2)  # nothing new
    # the same message again (a copy left by a crash between commit and move), after a
    # UIDVALIDITY change that makes every message look new
    world.deliver(raw)
    world.dovecot.set_uidvalidity(PM, "INBOX", 4242)
    world.run_once(TICK2)
    assert world.stage_sent("ack_dispute", before) == [(PAY, ANN, CFO)]
    assert world.stage_sent("pm_alert", before) == [(PM,)]
    assert len(world.events("received")) == 1
    assert world.milestone(C1, "m1").status == "disputed"
    assert (world.folder("INBOX"), world.folder("cuikuan/processed")) == (0, 2)


def test_byte_budget_cuts_fetches_and_each_message_is_handled_once(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Big mail is fetched a few MB at a time (or alone), and nothing is skipped or repeated."""
    budget = 3_000_000
    monkeypatch.setattr(imap, "FETCH_BUDGET_BYTES", budget)
    calls: list[list[int]] = []
    fetch_new = imap.ImapSource.fetch_new

    def recording(self: imap.ImapSource, *args: Any, **kw: Any) -> Any:
        messages, cursor = fetch_new(self, *args, **kw)
        calls.append([len(m.raw) for m in messages])
        return messages, cursor

    monkeypatch.setattr(imap.ImapSource, "fetch_new", recording)
    attachment = b"x" * 600_000  # 0.8 MB in base64; the third message is 4 MB
    mids = [f"<big{n}@acme.cn>" for n in range(5)]
    for n, mid in enumerate(mids):
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = PAY, AR, "Re: payment"
        msg["Message-ID"], msg["In-Reply-To"] = mid, world.mid(R1)
        msg.set_content("We will pay next week.")
        msg.add_attachment(
            attachment * (5 if n == 2 else 1), "application", "pdf", filename=f"i{n}.pdf"
        )
        world.deliver(msg.as_bytes())
    world.run_once(TICK2)
    sizes = [size for call in calls for size in call]
    assert len(sizes) == 5 and any(size > budget for size in sizes)
    assert [len(call) for call in calls] == [2, 1, 2]
    for call in calls:
        assert len(call) <= 1 or sum(call) <= budget
    assert sorted(e["data"]["message_id"] for e in world.events("received")) == sorted(mids)
    assert (world.folder("INBOX"), world.folder("cuikuan/processed")) == (0, 5)


def test_sent_folder_tells_a_restarted_daemon_what_already_went_out(world: World) -> None:
    """A crash after SMTP accepted a message but before it was marked sent: the copy in the
    IMAP Sent folder proves it went out, so it is not sent twice."""
    key = SendKey(C1, "m1", "pm_alert", 7)
    mid = world.mid(key)
    raw = f"From: {AR}\r\nTo: {PM}\r\nSubject: x\r\nMessage-ID: {mid}\r\n\r\nx\r\n".encode()
    runtime = open_runtime(world.config)
    try:
        runtime.engine.spool.put(mid, raw)
        runtime.store.record_pending(key, mid, TICK2, [PM])
    finally:
        runtime.close()
    world.dovecot.append(PM, raw, "Sent")
    before = len(world.smtp.messages)
    world.run_once(TICK2)
    assert [m for _r, _s, m in world.sent(before) if m == mid] == []
    with Store(world.state_file, read_only=True) as store:
        assert store.find_send(mid).status == "sent"


def test_maildir_inbox_without_servers(tmp_path: Path) -> None:
    """The embedded default: replies dropped into data/inbox/new are read by run --once."""
    path = tmp_path / "config.yaml"
    path.write_text(config_text(f"  mail:\n    from: {{email: {AR}}}\n"))
    config = load_config(path)
    Daemon(path, config, FixedClock(TICK1)).run(once=True)
    new = tmp_path / "data" / "inbox" / "new"
    secret = message_key.load(config.settings.data_dir, create=False)
    r1 = message_id(R1, "team.example", secret)
    (new / "1.eml").write_bytes(reply(PAY, "We dispute this.", in_reply_to=r1))
    Daemon(path, config, FixedClock(TICK2)).run(once=True)
    with Store(config.settings.data_dir / "state.json", read_only=True) as store:
        assert store.get_milestone(C1, "m1").status == "disputed"
    assert list(new.iterdir()) == []
    assert len(list((tmp_path / "data" / "inbox" / ".processed" / "cur").iterdir())) == 1
    outbox = [p.read_bytes() for p in (tmp_path / "data" / "outbox").glob("*/*")]
    assert sum(b".ack_dispute." in raw for raw in outbox) == 1


# --- staff commands -----------------------------------------------------------------------


def staff_mail(body: str, frm: str = PM, **kw: Any) -> bytes:
    kw.setdefault("mid", f"<cmd.{abs(hash((body, frm, str(kw))))}@example.com>")
    return reply(frm, body + "\n\nOn Fri, cuikuan wrote:\n> reminder", to=PM, **kw)


def test_staff_commands(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(staff_mail("paid 80000 2026-12-05", in_reply_to=world.mid(R1)))
    world.deliver(staff_mail("pause 2027-01-10", frm=STAFF, subject="Re: [CK-C-2026-1-m2]"))
    world.deliver(staff_mail("pay now please", in_reply_to=world.mid(BR1)))
    world.run_once(TICK2)
    paid = world.milestone(C1, "m1")
    assert paid.status == "paid" and "80000" in paid.reason
    paused = world.milestone(C1, "m2")
    assert (paused.status, paused.hold_until.isoformat()) == ("paused", "2027-01-11T09:00:00+08:00")
    assert world.milestone(B1, "final") == MilestoneState()
    replies = [(rcpt, subj) for rcpt, subj, mid in world.sent(before) if ".staff_reply." in mid]
    assert [r for r, _ in replies] == [(PM,), (STAFF,), (PM,)]
    assert [s.split(":")[0] for _, s in replies] == ["Done", "Done", "Not done"]
    results = [(e["data"]["command"], e["data"]["ok"]) for e in world.events("staff_command")]
    assert results == [("paid", True), ("pause", True), ("?", False)]


@pytest.mark.parametrize(
    "headers",
    [
        {  # the client forged the PM's address; the receiver saw the client's domain
            "Authentication-Results": "mx.example.com; dkim=pass header.d=acme.cn; "
            "spf=pass smtp.mailfrom=pay@acme.cn"
        },
        {"Authentication-Results": "mx.example.com; dkim=fail; spf=fail"},
    ],
    ids=["spoofed-staff", "no-dkim-spf-pass"],
)
def test_unverified_staff_command_changes_nothing(world: World, headers: dict) -> None:
    before = len(world.smtp.messages)
    world.deliver(staff_mail("paid", in_reply_to=world.mid(R1), headers=headers))
    world.run_once(TICK2)
    assert world.milestone(C1, "m1").status == "open"
    assert [m for _r, _s, m in world.sent(before) if ".staff_reply." in m] == []
    assert world.stage_sent("pm_alert", before) == [(PM,)]
    assert world.events("staff_command")[0]["data"]["ok"] is False


def test_stranger_quoting_our_message_id_changes_nothing(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(reply("mallory@evil.example", "We have paid.", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert world.milestone(C1, "m1") == MilestoneState()
    assert world.stage_sent("pm_alert", before) == [(PM,)]
    assert world.stage_sent("thanks", before) == []
    assert world.events("received")[0]["data"]["authorized"] is False


# --- the long-running daemon: IDLE watcher and reconnect ----------------------------------


@contextmanager
def running(daemon: Daemon) -> Iterator[Daemon]:
    """``daemon.run()`` in a thread, its inbox watcher up, until the block ends; then it
    must stop (the caller stubs ``_install_signal_handlers``: not the main thread)."""
    thread = threading.Thread(target=daemon.run, name="test-daemon")
    thread.start()
    try:
        eventually(lambda: daemon.watcher is not None and daemon.watcher.is_alive(), "watcher")
        yield daemon
    finally:
        daemon.stop.set()
        daemon.wake.set()
        thread.join(timeout=HANG_GUARD_SECONDS)
    assert not thread.is_alive()


def test_idle_watcher_survives_a_dovecot_restart(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Daemon, "_install_signal_handlers", lambda self: None)  # not main thread
    with running(Daemon(world.config_path, world.config, OffsetClock(TICK2))):
        world.deliver(reply(PAY, "We dispute the amount.", in_reply_to=world.mid(R1)))
        eventually(lambda: world.milestone(C1, "m1").status == "disputed", "the dispute")
        world.dovecot.restart()
        body = "我们将于12月5日前付款。"
        world.deliver(reply(BETA, body, in_reply_to=world.mid(BR1), mid="<p2@beta.example>"))
        eventually(lambda: world.milestone(B1, "final").status == "promised", "the promise")
    assert world.stage_sent("ack_dispute") == [(PAY, ANN, CFO)]


def test_mail_reported_while_the_inbox_backs_off_is_read_when_the_wait_ends(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The restart test's other window: the daemon's own connection fails on the restart
    (the inbox step backs off 1 s) while the watcher's new connection already reports the
    next reply. That report was dropped, and the watcher reports once, then waits for a
    cycle: the reply waited ``CYCLE_WAIT_SECONDS``. Here the failure is injected and the
    backoff's clock stands still until the report has come and gone."""
    monkeypatch.setattr(Daemon, "_install_signal_handlers", lambda self: None)
    monkeypatch.setattr(watcher, "CYCLE_WAIT_SECONDS", 3600.0)  # no second report rescues it
    daemon = Daemon(world.config_path, world.config, OffsetClock(TICK2))
    daemon.monotonic = ticks = Ticks()
    inbox = daemon.runtime.inbox
    assert inbox is not None
    real_process = inbox.process
    armed, failures = threading.Event(), []

    def fails_once_when_armed(now: datetime) -> InboxResult:
        if armed.is_set() and not failures:
            failures.append(now)
            raise InboxError("IMAP fetch from INBOX failed: Server shutting down.")
        return real_process(now)

    monkeypatch.setattr(inbox, "process", fails_once_when_armed)
    with running(daemon) as d:
        eventually(d.cycle_done.is_set, "the first cycle")
        assert d.watcher is not None
        reports = d.watcher.wakeups
        armed.set()
        world.deliver(reply(PAY, "We dispute the amount.", in_reply_to=world.mid(R1)))
        # 1st report: the cycle whose read fails; 2nd: the same mail, during the backoff.
        eventually(
            lambda: (
                d.watcher is not None and d.watcher.wakeups >= reports + 2 and not d.wake.is_set()
            ),
            "the watcher's report during the backoff, taken by the loop",
        )
        assert failures and world.milestone(C1, "m1").status != "disputed"
        ticks.t += 2  # the backoff (1 s) is over
        eventually(lambda: world.milestone(C1, "m1").status == "disputed", "the dispute")


# --- the classify command -----------------------------------------------------------------


CLASSIFY = "daemon.cli.classify"


def classify_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert cli.main(["classify", str(path), "--json", "--config", "/nonexistent.yaml"]) == 0
    return json.loads(capsys.readouterr().out)


def test_classify_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if CLASSIFY not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", [*cli.COMMAND_MODULES, CLASSIFY])
    replies = Path(__file__).parent / "data" / "replies"
    data = classify_json(replies / "zh_promise_next_friday.eml", capsys)
    assert data["kind"] == "promise" and data["promised_date"]
    assert {"kind", "promised_date", "rule", "evidence"} <= set(data)
    bounce = CORPUS / "bounce/sisimai-set-of-emails/maildir/bsd/lhost-postfix-01.eml"
    if bounce.is_file():
        data = classify_json(bounce, capsys)
        assert (data["kind"], data["promised_date"]) == ("bounce", None)
        assert data["bounce"]["permanent"] is True
    assert cli.main(["classify", str(replies / "zh_paid_gbk_labelled_gb2312.eml")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("paid") and "rule=" in out


def test_append_sent_false_leaves_the_sent_folder_to_the_provider(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Providers that file submitted mail themselves (Gmail, Exchange) would get two copies."""
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    w = World(tmp_path, smtp_server, dovecot)
    text = w.config_path.read_text(encoding="utf-8")
    w.config_path.write_text(
        text.replace("      timeout: 10\n", "      timeout: 10\n      append_sent: false\n", 1),
        encoding="utf-8",
    )
    w.config = load_config(w.config_path)
    w.run_once(TICK1)
    assert w.stage_sent("reminder") == [(PAY, ANN, CFO), (BETA,)]
    assert w.folder("Sent") == 0
