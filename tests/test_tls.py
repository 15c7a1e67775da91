"""SMTP and IMAP over TLS against real servers with a certificate made for the test.

Every production mailbox needs TLS (587 STARTTLS, 465 implicit TLS, 993 IMAPS, 143
STARTTLS), and a wrong CA or host name must stop the connection before a password goes
out. The tests make a private CA with the ``openssl`` command line, run aiosmtpd and
Dovecot with a certificate it signed, and let the client trust the CA the way an admin
would for a private mail server: ``SSL_CERT_FILE`` (which
``ssl.create_default_context()`` honours on Linux). Production code is used unchanged:
no ``ssl_context`` is injected.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal

import pytest
from aiosmtpd.controller import Controller

from daemon.cli.doctor import run_checks
from daemon.clock import SystemClock
from daemon.config.loader import load_config
from daemon.config.mail_settings import ImapSettings, SmtpSettings
from daemon.errors import InboxError, TemporaryTransportError
from daemon.inbox.imap import ImapSource
from daemon.outbox.transports.smtp import SmtpTransport
from tests.demo_config import copy_demo
from tests.fixtures.dovecot import Dovecot, _free_port
from tests.fixtures.smtp import SmtpServer
from tests.fixtures.waiting import wait_until
from tests.test_doctor import with_mail
from tests.test_inbox_e2e import ANN, C1, CFO, PAY, R1, TICK1, TICK2, World, reply

PM = "pm@example.com"
SMTP_USER, SMTP_PASSWORD = "ar@example.cn", "tls-smtp-s3cret"
NOW = datetime.fromisoformat("2026-11-27T10:00:00+08:00")
Mode = Literal["starttls", "ssl"]


# --- a private CA, made with the openssl command line ------------------------------------


@dataclass(frozen=True)
class Pki:
    """A CA the test trusts, another one it does not, and server certificates."""

    ca: Path
    other_ca: Path
    cert: Path
    """Signed by ``ca`` for 127.0.0.1 and localhost."""
    key: Path
    elsewhere_cert: Path
    """Signed by ``ca`` but for mail.elsewhere.example only (a host name mismatch)."""
    elsewhere_key: Path


def _openssl(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["openssl", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=True,
        timeout=60,
    )


_EC = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")


def _make_ca(cwd: Path, name: str) -> tuple[Path, Path]:
    _openssl(
        cwd,
        "req",
        "-x509",
        *_EC,
        "-keyout",
        f"{name}.key",
        "-out",
        f"{name}.pem",
        "-days",
        "2",
        "-subj",
        f"/CN=cuikuan test {name}",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    )
    return cwd / f"{name}.pem", cwd / f"{name}.key"


def _make_leaf(cwd: Path, name: str, ca: tuple[Path, Path], san: str) -> tuple[Path, Path]:
    _openssl(cwd, "req", *_EC, "-keyout", f"{name}.key", "-out", f"{name}.csr", "-subj", "/CN=x")
    (cwd / f"{name}.ext").write_text(
        f"subjectAltName={san}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n"
        "extendedKeyUsage=serverAuth\nsubjectKeyIdentifier=hash\n"
        "authorityKeyIdentifier=keyid\n"
    )
    _openssl(
        cwd,
        "x509",
        "-req",
        "-in",
        f"{name}.csr",
        "-CA",
        str(ca[0]),
        "-CAkey",
        str(ca[1]),
        "-CAcreateserial",
        "-out",
        f"{name}.pem",
        "-days",
        "2",
        "-extfile",
        f"{name}.ext",
    )
    return cwd / f"{name}.pem", cwd / f"{name}.key"


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not installed (apt-get install openssl)")
    cwd = tmp_path_factory.mktemp("pki")
    ca = _make_ca(cwd, "ca")
    other, _ = _make_ca(cwd, "other-ca")
    cert, key = _make_leaf(cwd, "server", ca, "IP:127.0.0.1,DNS:localhost")
    wrong, wrong_key = _make_leaf(cwd, "elsewhere", ca, "DNS:mail.elsewhere.example")
    return Pki(ca[0], other, cert, key, wrong, wrong_key)


@pytest.fixture
def trust(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """``trust(ca_file)``: make ``ssl.create_default_context()`` trust only that CA file."""
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)

    def set_ca(path: Path) -> None:
        monkeypatch.setenv("SSL_CERT_FILE", str(path))

    return set_ca


def test_ssl_cert_file_is_what_the_default_context_trusts(pki: Pki, trust: Callable) -> None:
    """The mechanism every other test relies on (and the one documented for admins)."""
    trust(pki.ca)
    assert ssl.get_default_verify_paths().cafile == str(pki.ca)
    assert ssl.create_default_context().cert_store_stats()["x509_ca"] >= 1


# --- SMTP: aiosmtpd with STARTTLS (required) or implicit TLS, AUTH required ---------------


class TlsSmtpServer(SmtpServer):
    """The fixture server, speaking STARTTLS (required before MAIL) or implicit TLS."""

    def __init__(self, mode: Mode, cert: Path, key: Path) -> None:
        super().__init__(auth=(SMTP_USER, SMTP_PASSWORD))
        self.mode = mode
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(cert, key)

    def start(self) -> None:
        if self._controller is not None:
            return
        kwargs: dict[str, Any] = {"authenticator": self._authenticate, "auth_required": True}
        if self.mode == "starttls":
            kwargs |= {"tls_context": self.context, "require_starttls": True}
        else:
            # aiosmtpd only counts STARTTLS as TLS for AUTH; an implicit-TLS session is
            # encrypted from the first byte, so its AUTH needs this (the warning is filtered).
            kwargs |= {"ssl_context": self.context, "auth_require_tls": False}
        controller = Controller(
            self._handler, hostname=self.host, port=self.port, ready_timeout=5.0, **kwargs
        )
        controller.start()
        self._controller = controller


@pytest.fixture
def tls_smtp(pki: Pki) -> Iterator[Callable[..., TlsSmtpServer]]:
    servers: list[TlsSmtpServer] = []

    def make(mode: Mode, *, cert: Path | None = None, key: Path | None = None) -> TlsSmtpServer:
        server = TlsSmtpServer(mode, cert or pki.cert, key or pki.key)
        server.start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


def _smtp_transport(
    server: SmtpServer, security: str, password: str = SMTP_PASSWORD, host: str | None = None
) -> SmtpTransport:
    settings = SmtpSettings.model_validate(
        {
            "host": host or server.host,
            "port": server.port,
            "security": security,
            "username": SMTP_USER,
            "timeout": 5.0,
        }
    )
    return SmtpTransport(settings, password)


def _message(n: int = 1) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = "pay@acme.cn"
    msg["Subject"] = f"[CK-C-1-m1] reminder {n}"
    msg["Message-ID"] = f"<tls-{n}@team.example>"
    msg.set_content(f"Please pay invoice {n}.\n")
    return msg


@pytest.mark.parametrize("mode", ["starttls", "ssl"])
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_smtp_over_tls_logs_in_and_delivers(
    pki: Pki, trust: Callable, tls_smtp: Callable[..., TlsSmtpServer], mode: Mode, host: str
) -> None:
    trust(pki.ca)
    server = tls_smtp(mode)
    with _smtp_transport(server, mode, host=host) as transport:
        assert transport.send(_message(1)) == ()
        assert transport.send(_message(2)) == ()  # the TLS connection is reused
    assert [m.message["Message-ID"] for m in server.messages] == [
        "<tls-1@team.example>",
        "<tls-2@team.example>",
    ]
    assert server.messages[0].rcpt_tos == ("pay@acme.cn",)
    assert server.logins == [(SMTP_USER, True)]  # one login: one connection for both


@pytest.mark.parametrize("mode", ["starttls", "ssl"])
def test_smtp_wrong_password_over_tls_is_an_auth_error(
    pki: Pki, trust: Callable, tls_smtp: Callable[..., TlsSmtpServer], mode: Mode
) -> None:
    trust(pki.ca)
    server = tls_smtp(mode)
    with pytest.raises(TemporaryTransportError, match="check the SMTP password") as info:
        _smtp_transport(server, mode, password="wrong-one").send(_message())
    assert "wrong-one" not in str(info.value)
    # smtplib tries each mechanism offered (PLAIN, LOGIN): every one refused, nothing sent
    assert server.logins and all(login == (SMTP_USER, False) for login in server.logins)
    assert server.messages == []


@pytest.mark.parametrize("mode", ["starttls", "ssl"])
@pytest.mark.parametrize("problem", ["untrusted CA", "host name"])
def test_smtp_unverifiable_certificate_stops_before_login(
    pki: Pki,
    trust: Callable,
    tls_smtp: Callable[..., TlsSmtpServer],
    mode: Mode,
    problem: str,
) -> None:
    if problem == "untrusted CA":
        trust(pki.other_ca)
        server = tls_smtp(mode)
    else:
        trust(pki.ca)
        server = tls_smtp(mode, cert=pki.elsewhere_cert, key=pki.elsewhere_key)
    transport = _smtp_transport(server, mode)
    with pytest.raises(TemporaryTransportError) as info:
        transport.send(_message())
    text = str(info.value)
    assert f"127.0.0.1:{server.port}" in text
    assert "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text
    assert SMTP_PASSWORD not in text
    # Nothing went out in clear: no login attempt reached the server, no message either.
    assert server.logins == [] and server.messages == []


def test_smtp_ssl_against_a_starttls_port_is_a_clear_temporary_error(
    pki: Pki, trust: Callable, tls_smtp: Callable[..., TlsSmtpServer]
) -> None:
    """A common misconfiguration (465 vs 587): fails fast, names the server."""
    trust(pki.ca)
    server = tls_smtp("starttls")
    with pytest.raises(TemporaryTransportError, match=f"127.0.0.1:{server.port}"):
        _smtp_transport(server, "ssl").send(_message())
    assert server.logins == [] and server.messages == []


# --- IMAP: Dovecot with ssl = yes, an imaps listener, and STARTTLS on the imap port -------


class TlsDovecot(Dovecot):
    """The fixture Dovecot with ``ssl = yes``: STARTTLS on ``imap_port``, IMAPS on
    ``imaps_port``. Built by rewriting the fixture's generated config, so the shared
    fixture stays as it is."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.cert, self.key = cert, key
        self.imaps_port = 0
        super().__init__()

    def start(self) -> None:
        if self.imaps_port == 0:
            self.imaps_port = _free_port()
        super().start()

    def _write_config(self) -> None:
        super()._write_config()
        text = self.config_path.read_text()
        plain_ssl = "ssl = no\n"
        imaps = "  inet_listener imaps {\n    port = 0\n  }\n"
        assert plain_ssl in text and imaps in text, "tests/fixtures/dovecot.py config changed"
        text = text.replace(
            plain_ssl, f"ssl = yes\nssl_cert = <{self.cert}\nssl_key = <{self.key}\n", 1
        )
        text = text.replace(
            imaps,
            "  inet_listener imaps {\n    address = 127.0.0.1\n"
            f"    port = {self.imaps_port}\n    ssl = yes\n  }}\n",
            1,
        )
        self.config_path.write_text(text)

    def logins(self) -> list[str]:
        """The imap-login ``Login:`` lines of the log (they say ``TLS`` for TLS sessions)."""
        return [line for line in self.log_text().splitlines() if "imap-login: Info: Login:" in line]


@pytest.fixture
def tls_dovecot(pki: Pki) -> Iterator[TlsDovecot]:
    if shutil.which("dovecot") is None:
        pytest.skip("the dovecot binary is not installed; CI installs it")
    server = TlsDovecot(pki.cert, pki.key)
    try:
        server.start()
        yield server
    finally:
        server.cleanup()


def _imap_settings(server: TlsDovecot, security: str, **changes: Any) -> ImapSettings:
    port = server.imaps_port if security == "ssl" else server.imap_port
    values: dict[str, Any] = {
        "host": server.host,
        "port": port,
        "security": security,
        "username": PM,
        "timeout": 5.0,
        **changes,
    }
    return ImapSettings.model_validate(values)


def _raw(n: int) -> bytes:
    return (
        f"From: Client <pay@acme.cn>\r\nTo: {PM}\r\nSubject: Re: invoice {n}\r\n"
        f"Message-ID: <tls-reply-{n}@acme.cn>\r\n\r\nWe will pay {n}.\r\n"
    ).encode()


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_imap_over_tls_fetches_files_and_appends_sent(
    pki: Pki, trust: Callable, tls_dovecot: TlsDovecot, security: str
) -> None:
    trust(pki.ca)
    tls_dovecot.append(PM, _raw(1))
    tls_dovecot.append(PM, _raw(2))
    source = ImapSource(_imap_settings(tls_dovecot, security), tls_dovecot.users[PM], SystemClock())
    try:
        messages, cursor = source.fetch_new(None)
        assert [m.raw for m in messages] == [_raw(1), _raw(2)]
        source.mark_processed(messages[0], "processed")
        source.append_sent(_raw(3))
        assert source.contains_message_id(None, "<tls-reply-3@acme.cn>") is True
        assert source.fetch_new(cursor)[0] == []
    finally:
        source.close()
    assert len(tls_dovecot.folder_uids(PM, "cuikuan/processed")) == 1
    assert len(tls_dovecot.folder_uids(PM, "INBOX")) == 1
    # Dovecot itself says the session of our user was encrypted.
    mine = wait_until(
        lambda: [
            line for line in tls_dovecot.logins() if f"user=<{PM}>" in line and ", TLS," in line
        ],
        "the TLS login line",
    )
    assert mine


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_imap_untrusted_certificate_fails_before_login(
    pki: Pki, trust: Callable, tls_dovecot: TlsDovecot, security: str
) -> None:
    trust(pki.other_ca)
    settings = _imap_settings(tls_dovecot, security)
    source = ImapSource(settings, tls_dovecot.users[PM], SystemClock())
    with pytest.raises(InboxError) as info:
        source.fetch_new(None)
    text = str(info.value)
    assert f"127.0.0.1:{settings.port}" in text
    assert "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text
    assert tls_dovecot.users[PM] not in text
    assert not source.connected
    # The only login Dovecot ever saw for the user is the fixture's own (plain, no TLS).
    tls_dovecot.append(PM, _raw(1))  # a plain login after ours, to flush the log order
    wait_until(tls_dovecot.logins, "the fixture's login line")
    assert all(", TLS," not in line for line in tls_dovecot.logins())


# --- cuikuan doctor against the TLS servers ------------------------------------------------


def test_doctor_all_ok_over_tls(
    tmp_path: Path,
    pki: Pki,
    trust: Callable,
    tls_smtp: Callable[..., TlsSmtpServer],
    tls_dovecot: TlsDovecot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trust(pki.ca)
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    monkeypatch.setenv("CUIKUAN_SMTP_PASSWORD", SMTP_PASSWORD)
    monkeypatch.setenv("CUIKUAN_IMAP_PASSWORD", tls_dovecot.users[PM])
    copy_demo(tmp_path)
    smtp = tls_smtp("ssl")
    config = with_mail(tmp_path / "config.yaml", smtp, tls_dovecot)
    text = config.read_text(encoding="utf-8")
    imap_at = text.index("    imap:\n")
    smtp_part = text[:imap_at].replace("      security: none\n", "      security: ssl\n", 1)
    imap_part = text[imap_at:].replace(
        f"      port: {tls_dovecot.imap_port}\n      security: none\n",
        f"      port: {tls_dovecot.imaps_port}\n      security: ssl\n",
        1,
    )
    config.write_text(smtp_part + imap_part, encoding="utf-8")
    checks = run_checks(config, NOW)
    lines = [c.line() for c in checks]
    assert [line for line in lines if line.startswith("FAIL")] == []
    assert f"OK    SMTP 127.0.0.1:{smtp.port} (ssl): logged in as {SMTP_USER}" in lines
    assert f"OK    IMAP 127.0.0.1:{tls_dovecot.imaps_port} (ssl): logged in as {PM}" in lines
    assert smtp.logins == [(SMTP_USER, True)] and smtp.messages == []
    # ... and with the CA not trusted, both servers FAIL with the certificate named.
    trust(pki.other_ca)
    failed = [c.line() for c in run_checks(config, NOW) if not c.ok]
    assert len(failed) == 2
    assert all("certificate verify failed" in line.lower() for line in failed), failed


# --- the daemon itself over TLS: STARTTLS out, IMAPS in -----------------------------------


def test_daemon_cycle_over_tls(
    tmp_path: Path,
    pki: Pki,
    trust: Callable,
    tls_smtp: Callable[..., TlsSmtpServer],
    tls_dovecot: TlsDovecot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``run --once`` as deployed: the reminder goes out over STARTTLS with a login, its
    copy lands in Sent over IMAPS, and a reply read over IMAPS is acted on."""
    trust(pki.ca)
    monkeypatch.setenv("CK_TLS_SMTP_PASSWORD", SMTP_PASSWORD)
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", tls_dovecot.users[PM])
    smtp = tls_smtp("starttls")
    world = World(tmp_path, smtp, tls_dovecot)
    text = world.config_path.read_text(encoding="utf-8")
    plain_smtp = f"smtp: {{host: 127.0.0.1, port: {smtp.port}, security: none}}"
    plain_imap = f"      port: {tls_dovecot.imap_port}\n      security: none\n"
    assert plain_smtp in text and plain_imap in text
    text = text.replace(
        plain_smtp,
        f"smtp: {{host: 127.0.0.1, port: {smtp.port}, security: starttls, "
        f"username: {SMTP_USER}, password_env: CK_TLS_SMTP_PASSWORD, timeout: 10}}",
    ).replace(plain_imap, f"      port: {tls_dovecot.imaps_port}\n      security: ssl\n")
    world.config_path.write_text(text, encoding="utf-8")
    world.config = load_config(world.config_path)

    world.run_once(TICK1)
    assert world.stage_sent("reminder") == [(PAY, ANN, CFO), ("ap@beta.example",)]
    assert smtp.logins and all(ok for _user, ok in smtp.logins)
    assert world.folder("Sent") == len(smtp.messages)
    world.deliver(reply(PAY, "We dispute this invoice.", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert world.milestone(C1, "m1").status == "disputed"
    assert world.stage_sent("ack_dispute") == [(PAY, ANN, CFO)]
    assert wait_until(
        lambda: [line for line in tls_dovecot.logins() if ", TLS," in line], "a TLS login"
    )
