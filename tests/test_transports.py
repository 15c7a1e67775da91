"""Outgoing transports against real servers: aiosmtpd on loopback, a Maildir on disk.

Also the secrets the SMTP transport logs in with.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from daemon.config.mail_settings import SmtpSettings
from daemon.config.schema import Config
from daemon.config.secrets import read_secret
from daemon.errors import ConfigError, PermanentTransportError, TemporaryTransportError
from daemon.outbox.transports import Transport, make_transport
from daemon.outbox.transports.maildir import MaildirTransport
from daemon.outbox.transports.smtp import (
    SmtpAuthError,
    SmtpTransport,
    envelope_recipients,
    wire_bytes,
)
from tests.fixtures.smtp import SmtpServer, free_port

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
SUBJECT = "付款提醒：合同 C2026-01 首付款已逾期 [CK-C2026-01-deposit]"


def make_message(n: int = 1, *, bcc: str | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "项目组 <pm@example.com>"
    msg["To"] = "张经理 <zhang@client.cn>"
    msg["Cc"] = "finance@client.cn, Li <li@client.cn>"
    if bcc:
        msg["Bcc"] = bcc
    msg["Subject"] = SUBJECT
    msg["Message-ID"] = f"<ck.C2026-01.deposit.reminder.{n}@example.com>"
    msg.set_content("张经理您好：\n\n首付款 ¥120,000.00 已逾期 7 天，请尽快安排付款。\n")
    msg.add_attachment(PDF, maintype="application", subtype="pdf", filename="发票-001.pdf")
    return msg


def smtp_settings(server: SmtpServer, **changes: object) -> SmtpSettings:
    values: dict[str, object] = {
        "host": server.host,
        "port": server.port,
        "security": "none",
        "username": None,
        "timeout": 5.0,
    }
    values.update(changes)
    return SmtpSettings.model_validate(values)


def test_message_arrives_intact_with_cc_in_envelope_and_no_bcc(smtp_server: SmtpServer) -> None:
    transport = SmtpTransport(smtp_settings(smtp_server), None)
    assert isinstance(transport, Transport)

    refused = transport.send(make_message(bcc="audit@example.com"))

    assert refused == ()
    [got] = smtp_server.messages
    assert got.mail_from == "pm@example.com"
    assert got.rcpt_tos == (
        "zhang@client.cn",
        "finance@client.cn",
        "li@client.cn",
        "audit@example.com",
    )
    assert b"audit@example.com" not in got.data
    assert got.message["Bcc"] is None
    assert got.message["Subject"] == SUBJECT
    assert got.message["Message-ID"] == "<ck.C2026-01.deposit.reminder.1@example.com>"
    body = got.message.get_body(("plain",))
    assert body is not None and "首付款 ¥120,000.00 已逾期" in body.get_content()
    [attachment] = list(got.message.iter_attachments())
    assert attachment.get_filename() == "发票-001.pdf"
    assert attachment.get_content() == PDF
    assert smtp_server.connections == 1


def test_envelope_recipients_deduplicates_across_headers() -> None:
    msg = EmailMessage()
    msg["To"] = "A <a@x.cn>, b@x.cn"
    msg["Cc"] = "A@X.cn, c@x.cn"
    msg["Bcc"] = "b@x.cn"
    assert envelope_recipients(msg) == ["a@x.cn", "b@x.cn", "c@x.cn"]


def test_send_raw_transmits_the_same_bytes_without_bcc(smtp_server: SmtpServer) -> None:
    raw = make_message(bcc="审计 <audit@example.com>").as_bytes()
    assert b"\r\n" not in raw and b"Bcc:" in raw

    SmtpTransport(smtp_settings(smtp_server), None).send_raw(raw)

    [got] = smtp_server.messages
    assert got.mail_from == "pm@example.com"
    assert got.rcpt_tos[-1] == "audit@example.com" and len(got.rcpt_tos) == 4
    expected = b"\r\n".join(line for line in raw.split(b"\n") if not line.startswith(b"Bcc:"))
    assert got.data.rstrip(b"\r\n") == expected.rstrip(b"\r\n")
    assert got.message["Subject"] == SUBJECT


def test_before_dot_runs_before_the_server_can_accept_the_message(
    smtp_server: SmtpServer, tmp_path: Path
) -> None:
    """The outbox waits there for the previous email's sent copy to be durable: the
    server must not have the message yet when it runs (SMTP and Maildir alike)."""
    seen: list[int] = []
    with SmtpTransport(smtp_settings(smtp_server), None) as transport:
        for n in (1, 2):
            transport.send_raw(
                make_message(n).as_bytes(), lambda: seen.append(len(smtp_server.messages))
            )
    assert seen == [0, 1] and len(smtp_server.messages) == 2
    new = tmp_path / "outbox" / "new"

    def delivered() -> int:
        return len(list(new.iterdir())) if new.exists() else 0

    MaildirTransport(tmp_path / "outbox").send_raw(
        make_message().as_bytes(), lambda: seen.append(delivered())
    )
    assert seen[-1] == 0 and delivered() == 1


def test_send_raw_refused_recipient_is_permanent(smtp_server: SmtpServer) -> None:
    smtp_server.fail_next(550, count=3, at="rcpt")
    with pytest.raises(PermanentTransportError) as info:
        SmtpTransport(smtp_settings(smtp_server), None).send_raw(make_message().as_bytes())
    assert "zhang@client.cn" in info.value.recipients


def test_wire_bytes_drops_folded_bcc_only_from_the_headers() -> None:
    raw = (
        b"From: a@x.cn\nBcc: one@x.cn,\n two@x.cn\nTo: b@x.cn\nResent-Bcc: r@x.cn\n"
        b"Subject: s\n\nBcc: this line is body text\n"
    )
    assert wire_bytes(raw) == (
        b"From: a@x.cn\r\nTo: b@x.cn\r\nSubject: s\r\n\r\nBcc: this line is body text\r\n"
    )


def test_one_connection_for_a_batch(smtp_server: SmtpServer) -> None:
    transport = SmtpTransport(smtp_settings(smtp_server), None)
    with transport:
        for n in range(3):
            transport.send(make_message(n))
        transport.send_raw(make_message(3).as_bytes())
    assert len(smtp_server.messages) == 4
    assert smtp_server.connections == 1


def test_without_a_batch_each_send_connects(smtp_server: SmtpServer) -> None:
    transport = SmtpTransport(smtp_settings(smtp_server), None)
    for n in range(3):
        transport.send(make_message(n))
    assert len(smtp_server.messages) == 3
    assert smtp_server.connections == 3


def test_4xx_is_temporary_and_the_connection_stays_usable(smtp_server: SmtpServer) -> None:
    transport = SmtpTransport(smtp_settings(smtp_server), None)
    smtp_server.fail_next(451)
    with transport:
        with pytest.raises(TemporaryTransportError, match="451") as info:
            transport.send(make_message(1))
        assert not isinstance(info.value, PermanentTransportError)
        transport.send(make_message(2))
    assert [m.message["Message-ID"] for m in smtp_server.messages] == [
        "<ck.C2026-01.deposit.reminder.2@example.com>"
    ]
    assert smtp_server.connections == 1


@pytest.mark.parametrize("at", ["mail", "rcpt"])
def test_4xx_at_mail_or_rcpt_is_temporary(smtp_server: SmtpServer, at: str) -> None:
    smtp_server.fail_next(450, count=3, at=at)  # type: ignore[arg-type]
    with pytest.raises(TemporaryTransportError, match="450"):
        SmtpTransport(smtp_settings(smtp_server), None).send(make_message())
    assert smtp_server.messages == []


def test_550_at_rcpt_is_permanent_with_the_recipients(smtp_server: SmtpServer) -> None:
    smtp_server.fail_next(550, count=3, at="rcpt")
    with pytest.raises(PermanentTransportError, match="550") as info:
        SmtpTransport(smtp_settings(smtp_server), None).send(make_message())
    assert info.value.recipients == ("zhang@client.cn", "finance@client.cn", "li@client.cn")
    assert isinstance(info.value.__cause__, Exception)


def test_550_at_data_is_permanent(smtp_server: SmtpServer) -> None:
    smtp_server.fail_next(554)
    with pytest.raises(PermanentTransportError, match="554") as info:
        SmtpTransport(smtp_settings(smtp_server), None).send(make_message())
    assert info.value.recipients == ()
    assert smtp_server.messages == []


def test_one_refused_recipient_is_returned_and_the_rest_get_it(smtp_server: SmtpServer) -> None:
    smtp_server.refuse("finance@client.cn", 550)
    refused = SmtpTransport(smtp_settings(smtp_server), None).send(make_message())
    assert refused == ("finance@client.cn",)
    [got] = smtp_server.messages
    assert got.rcpt_tos == ("zhang@client.cn", "li@client.cn")


def test_server_down_is_temporary(smtp_server: SmtpServer) -> None:
    smtp_server.stop()
    with pytest.raises(TemporaryTransportError, match="cannot connect") as info:
        SmtpTransport(smtp_settings(smtp_server), None).send(make_message())
    assert isinstance(info.value.__cause__, OSError)


def test_dropped_connection_is_reopened_once_within_a_batch(smtp_server: SmtpServer) -> None:
    transport = SmtpTransport(smtp_settings(smtp_server), None)
    with transport:
        transport.send(make_message(1))
        smtp_server.stop()
        smtp_server.start()
        transport.send(make_message(2))
        smtp_server.stop()
        with pytest.raises(TemporaryTransportError):
            transport.send(make_message(3))
    assert len(smtp_server.messages) == 2
    assert smtp_server.connections == 2


def test_a_batch_sends_each_email_without_a_noop_first(smtp_server: SmtpServer) -> None:
    """A NOOP before each email was a sixth round trip per transaction (issue 15)."""
    with SmtpTransport(smtp_settings(smtp_server), None) as transport:
        for n in range(3):
            transport.send_raw(make_message(n).as_bytes())
    assert len(smtp_server.messages) == 3
    assert smtp_server.noops == 0 and smtp_server.connections == 1


def test_a_421_at_mail_on_a_used_connection_sends_on_a_new_one(smtp_server: SmtpServer) -> None:
    """A server closing an idle connection answers the next command 421: nothing of that
    email reached it, so it goes on a new connection, once."""
    with SmtpTransport(smtp_settings(smtp_server), None) as transport:
        transport.send_raw(make_message(1).as_bytes())
        smtp_server.fail_next(421, at="mail")
        transport.send_raw(make_message(2).as_bytes())
        smtp_server.fail_next(421, count=2, at="mail")
        with pytest.raises(TemporaryTransportError, match="421"):
            transport.send_raw(make_message(3).as_bytes())
    assert [m.message["Message-ID"] for m in smtp_server.messages] == [
        make_message(n)["Message-ID"] for n in (1, 2)
    ]
    assert smtp_server.connections == 3


def test_silent_server_times_out_as_temporary() -> None:
    port = free_port()
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", port))
        listener.listen(1)  # accepts (kernel backlog) but never greets
        settings = SmtpSettings(host="127.0.0.1", port=port, security="none", timeout=0.3)
        with pytest.raises(TemporaryTransportError, match="timed out"):
            SmtpTransport(settings, None).send(make_message())


def test_auth_with_the_right_password(smtp_server_factory) -> None:  # type: ignore[no-untyped-def]
    server = smtp_server_factory(auth=("cuikuan", "s3cret-密码"))
    settings = smtp_settings(server, username="cuikuan")
    SmtpTransport(settings, "s3cret-密码").send(make_message())
    assert len(server.messages) == 1
    assert server.logins == [("cuikuan", True)]


def test_auth_with_a_wrong_password_fails_cleanly(smtp_server_factory) -> None:  # type: ignore[no-untyped-def]
    server = smtp_server_factory(auth=("cuikuan", "s3cret"))
    transport = SmtpTransport(smtp_settings(server, username="cuikuan"), "wrong")
    with pytest.raises(SmtpAuthError, match="refused the login of 'cuikuan'") as info:
        transport.send(make_message())
    assert isinstance(info.value, TemporaryTransportError)  # the email itself is fine
    assert "wrong" not in str(info.value) and "wrong" not in repr(transport)
    assert server.messages == []
    assert server.logins and all(user == "cuikuan" and not ok for user, ok in server.logins)


def test_auth_required_but_not_configured_is_refused(smtp_server_factory) -> None:  # type: ignore[no-untyped-def]
    server = smtp_server_factory(auth=("cuikuan", "s3cret"))
    with pytest.raises(TransportErrorTypes):
        SmtpTransport(smtp_settings(server), None).send(make_message())
    assert server.messages == []


TransportErrorTypes = (TemporaryTransportError, PermanentTransportError)


def test_starttls_not_offered_is_a_clear_temporary_error(smtp_server: SmtpServer) -> None:
    transport = SmtpTransport(smtp_settings(smtp_server, security="starttls"), None)
    with pytest.raises(TemporaryTransportError, match="does not offer STARTTLS"):
        transport.send(make_message())
    assert smtp_server.messages == []


def test_concurrent_servers_are_independent(smtp_server_factory) -> None:  # type: ignore[no-untyped-def]
    servers = [smtp_server_factory() for _ in range(3)]
    threads = [
        threading.Thread(target=SmtpTransport(smtp_settings(s), None).send, args=(make_message(),))
        for s in servers
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [len(s.messages) for s in servers] == [1, 1, 1]
    assert len({s.port for s in servers}) == 3


# -- Maildir -------------------------------------------------------------------------


def test_maildir_message_lands_in_new(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox"
    with MaildirTransport(outbox) as transport:
        assert transport.send(make_message(1, bcc="audit@example.com")) == ()
        transport.send(make_message(2))
    files = sorted((outbox / "new").iterdir())
    assert len(files) == 2
    assert list((outbox / "tmp").iterdir()) == []
    from email import message_from_bytes, policy

    parsed = [message_from_bytes(f.read_bytes(), policy=policy.default) for f in files]
    assert {p["Subject"] for p in parsed} == {SUBJECT}
    assert {p["Message-ID"] for p in parsed} == {
        "<ck.C2026-01.deposit.reminder.1@example.com>",
        "<ck.C2026-01.deposit.reminder.2@example.com>",
    }
    assert all(b"\r\n" not in f.read_bytes() for f in files)


def test_maildir_send_raw_keeps_the_bytes(tmp_path: Path) -> None:
    raw = make_message(7).as_bytes()
    MaildirTransport(tmp_path / "outbox").send_raw(raw.replace(b"\n", b"\r\n"))
    [stored] = (tmp_path / "outbox" / "new").iterdir()
    assert stored.read_bytes() == raw
    assert MaildirTransport(tmp_path / "outbox").contains(
        "<ck.C2026-01.deposit.reminder.7@example.com>"
    )


def test_maildir_contains(tmp_path: Path) -> None:
    transport = MaildirTransport(tmp_path / "outbox")
    assert not transport.contains("<ck.C2026-01.deposit.reminder.1@example.com>")
    transport.send(make_message(1))
    assert transport.contains("<ck.C2026-01.deposit.reminder.1@example.com>")
    assert not transport.contains("<ck.C2026-01.deposit.reminder.2@example.com>")
    # a relay that picked the message up moves it to cur/: still found
    [name] = (tmp_path / "outbox" / "new").iterdir()
    name.rename(tmp_path / "outbox" / "cur" / (name.name + ":2,S"))
    assert MaildirTransport(tmp_path / "outbox").contains(
        " <ck.C2026-01.deposit.reminder.1@example.com>"
    )


def test_maildir_unwritable_is_temporary(tmp_path: Path) -> None:
    blocker = tmp_path / "outbox"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(TemporaryTransportError, match="outbox"):
        MaildirTransport(blocker).send(make_message())


# -- make_transport and secrets ------------------------------------------------------


def config(tmp_path: Path, mail: dict) -> Config:
    return Config.model_validate(
        {
            "settings": {
                "company": "Example",
                "pm": {"email": "pm@example.com"},
                "mail": {"from": {"name": "PM", "email": "pm@example.com"}, **mail},
            },
            "base_dir": tmp_path,
        }
    )


def test_make_transport_maildir_is_relative_to_the_config(tmp_path: Path) -> None:
    transport = make_transport(config(tmp_path, {"transport": "maildir"}))
    assert isinstance(transport, MaildirTransport)
    assert transport.outbox == tmp_path / "data" / "outbox"


@pytest.fixture
def no_credentials(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    monkeypatch.delenv("CUIKUAN_SMTP_PASSWORD", raising=False)
    yield


def test_make_transport_smtp_reads_the_password_file(
    tmp_path: Path, smtp_server_factory, no_credentials: None
) -> None:  # type: ignore[no-untyped-def]
    server = smtp_server_factory(auth=("cuikuan", "from-file"))
    (tmp_path / "smtp-password").write_text("from-file\n")
    smtp = {
        "host": server.host,
        "port": server.port,
        "security": "none",
        "username": "cuikuan",
        "password_file": "smtp-password",
    }
    transport = make_transport(config(tmp_path, {"transport": "smtp", "smtp": smtp}))
    transport.send(make_message())
    assert server.logins == [("cuikuan", True)]


def test_make_transport_smtp_without_password_is_a_config_error(
    tmp_path: Path, no_credentials: None
) -> None:
    smtp = {"host": "127.0.0.1", "username": "cuikuan"}
    with pytest.raises(ConfigError, match="CUIKUAN_SMTP_PASSWORD"):
        make_transport(config(tmp_path, {"transport": "smtp", "smtp": smtp}))


def test_secret_sources_in_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_credentials: None
) -> None:
    assert read_secret("CUIKUAN_SMTP_PASSWORD", None, "SMTP password") is None
    monkeypatch.setenv("CUIKUAN_SMTP_PASSWORD", "")
    assert read_secret("CUIKUAN_SMTP_PASSWORD", None, "SMTP password") is None
    monkeypatch.setenv("CUIKUAN_SMTP_PASSWORD", "from-env")
    assert read_secret("CUIKUAN_SMTP_PASSWORD", None, "SMTP password") == "from-env"

    creds = tmp_path / "creds"
    creds.mkdir()
    (creds / "cuikuan_smtp_password").write_text("from-systemd\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(creds))
    assert read_secret("CUIKUAN_SMTP_PASSWORD", None, "SMTP password") == "from-systemd"

    secret = tmp_path / "pw"
    secret.write_text("from file  \r\n")
    assert read_secret("CUIKUAN_SMTP_PASSWORD", secret, "SMTP password") == "from file  "
    assert read_secret(None, None, "SMTP password") is None


def test_unreadable_or_empty_secret_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the SMTP password") as info:
        read_secret(None, tmp_path / "missing", "SMTP password")
    assert str(tmp_path / "missing") in str(info.value)
    (tmp_path / "empty").write_text("\n")
    with pytest.raises(ConfigError, match="empty"):
        read_secret(None, tmp_path / "empty", "SMTP password")


def test_secret_value_is_never_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("CK_TEST_SECRET", "hunter2-value")
    (tmp_path / "pw").write_text("file-value-xyz")
    with caplog.at_level("DEBUG"):
        read_secret("CK_TEST_SECRET", None, "test secret")
        read_secret(None, tmp_path / "pw", "test secret")
    assert "hunter2-value" not in caplog.text and "file-value-xyz" not in caplog.text
    assert "CK_TEST_SECRET" in caplog.text


def test_the_final_dot_goes_out_with_the_end_of_the_message() -> None:
    # Sent as a write of its own, the 3-byte dot waits for the server's delayed ACK of the
    # write before it (Nagle): ~40 ms per email on a real connection.
    from daemon.outbox.transports.smtp_transaction import DATA_CHUNK, data_in_chunks

    class Recording:
        def __init__(self) -> None:
            self.writes: list[bytes] = []

        def putcmd(self, cmd: str) -> None:
            self.writes.append(cmd.encode() + b"\r\n")

        def getreply(self) -> tuple[int, bytes]:
            return (354, b"go ahead") if len(self.writes) == 1 else (250, b"ok")

        def send(self, data: bytes) -> None:
            self.writes.append(data)

    for size in (10, DATA_CHUNK - 3, DATA_CHUNK, 3 * DATA_CHUNK + 7):
        conn = Recording()
        body = b"x" * (size - 2) + b"\r\n"
        assert data_in_chunks(conn, body, lambda: None) == (250, b"ok")  # type: ignore[arg-type]
        assert b"".join(conn.writes[1:]) == body + b".\r\n"
        assert conn.writes[-1].endswith(b"\r\n.\r\n") and len(conn.writes[-1]) > 3
