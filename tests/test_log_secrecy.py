"""No password and no email body in the log, even at DEBUG, through a full cycle.

Logs end up in journald, in bug reports and in screenshots; a client's email or an SMTP
password must never be in them. One cycle through real servers (aiosmtpd with AUTH,
Dovecot with a password of its own): a reminder whose body carries a unique phrase goes
out, a client's dispute whose body carries another comes back and is acted on (an ack to
the client, an alert quoting it to the PM). Every log record is then searched for the two
passwords (also base64-encoded, as AUTH sends them) and both phrases.

Two ways of logging are checked:

* ``cli``: exactly what ``cuikuan run -v`` sets up (:func:`daemon.service.logs.setup_logging`,
  which keeps chatty libraries such as imapclient at WARNING), every record searched;
* ``raw``: the root logger at DEBUG with nothing silenced, cuikuan's own loggers
  (``daemon.*``) searched, so a library's protocol dump does not hide our own leaks.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from daemon.config.loader import load_config
from daemon.service.logs import setup_logging
from tests.fixtures.dovecot import DEFAULT_USERS, Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_inbox_e2e import AR, C1, PAY, PM, R1, TICK1, TICK2, World, reply

SMTP_PASSWORD = "smtp-Pw-7c1f9e0b"
IMAP_PASSWORD = "imap-Pw-4d2a8b6e"
REMINDER_PHRASE = "IBAN-WOMBAT-5521"  # in payment_instructions, so in every reminder body
REPLY_PHRASE = "the-quokka-delivery-8830"  # in the client's reply, next to "dispute"
QUIET_LOGGERS = ("mail.log", "imapclient", "mailparser")


def _secrets() -> list[str]:
    auth_plain = base64.b64encode(f"\0{AR}\0{SMTP_PASSWORD}".encode()).decode()
    return [
        SMTP_PASSWORD,
        IMAP_PASSWORD,
        base64.b64encode(SMTP_PASSWORD.encode()).decode(),  # AUTH LOGIN
        auth_plain,
        REMINDER_PHRASE,
        REPLY_PHRASE,
    ]


@pytest.fixture
def imap_server() -> Iterator[Dovecot]:
    users = dict(DEFAULT_USERS)
    users[PM] = IMAP_PASSWORD
    with Dovecot(users) as server:
        yield server


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """setup_logging replaces the root handlers: put everything back afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    quiet = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, old in quiet.items():
        logging.getLogger(name).setLevel(old)


def _world(tmp_path: Path, smtp: SmtpServer, dovecot: Dovecot) -> World:
    w = World(tmp_path, smtp, dovecot)
    text = w.config_path.read_text(encoding="utf-8")
    smtp_line = f"smtp: {{host: 127.0.0.1, port: {smtp.port}, security: none}}"
    assert smtp_line in text and "payment_instructions: Bank of Example 123\n" in text
    text = text.replace(
        smtp_line,
        f"smtp: {{host: 127.0.0.1, port: {smtp.port}, security: none, username: {AR}, "
        "password_env: CK_LOG_SMTP_PASSWORD, timeout: 10}",
    ).replace(
        "payment_instructions: Bank of Example 123\n",
        f"payment_instructions: Bank of Example 123, {REMINDER_PHRASE}\n",
    )
    w.config_path.write_text(text, encoding="utf-8")
    w.config = load_config(w.config_path)
    return w


@pytest.mark.parametrize("how", ["cli", "raw"])
@pytest.mark.usefixtures("restore_logging")
def test_full_cycle_logs_no_secret_and_no_body_but_every_send(
    how: str,
    tmp_path: Path,
    smtp_server_factory: Callable[..., SmtpServer],
    imap_server: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    smtp: SmtpServer = smtp_server_factory(auth=(AR, SMTP_PASSWORD))
    monkeypatch.setenv("CK_LOG_SMTP_PASSWORD", SMTP_PASSWORD)
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", IMAP_PASSWORD)
    world = _world(tmp_path, smtp, imap_server)
    if how == "cli":
        setup_logging(verbose=True)
        logging.getLogger().addHandler(caplog.handler)  # setup_logging removed it
        caplog.handler.setLevel(logging.DEBUG)
    else:
        caplog.set_level(logging.DEBUG)

    world.run_once(TICK1)
    body = f"We dispute this invoice: {REPLY_PHRASE} is incomplete.\n\n> please pay"
    world.deliver(reply(PAY, body, in_reply_to=world.mid(R1)))
    world.run_once(TICK2)

    # The cycle really happened, with logins and both phrases on the wire.
    assert world.milestone(C1, "m1").status == "disputed"
    assert smtp.logins and all(ok for _user, ok in smtp.logins)
    parts = [m.message.get_body(("plain",)) for m in smtp.messages]
    wire = [part.get_content() for part in parts if part is not None]
    assert len(wire) == len(smtp.messages)
    assert any(REMINDER_PHRASE in text for text in wire)
    assert any(REPLY_PHRASE in text for text in wire)  # quoted in the PM's alert

    records = caplog.records
    if how == "raw":
        records = [r for r in records if r.name == "daemon" or r.name.startswith("daemon.")]
    assert records, "nothing was logged at all"
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    leaks = [
        (secret, r.name, r.levelname, r.getMessage()[:200])
        for r in records
        for secret in _secrets()
        if secret in formatter.format(r)
    ]
    assert leaks == []

    # One INFO line for every email that went out, naming its Message-ID.
    info = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    sent = [str(m.message["Message-ID"]) for m in smtp.messages]
    assert len(sent) >= 5  # terms, reminders, ack_dispute, pm_alert
    unlogged = [mid for mid in sent if not any(mid in line and "sent" in line for line in info)]
    assert unlogged == []
