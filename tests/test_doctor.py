"""``cuikuan doctor`` against real servers: aiosmtpd with AUTH and a throwaway Dovecot."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from daemon.cli import main as cli
from tests.demo_config import copy_demo
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer

SMTP_USER, SMTP_PASSWORD = "ar@example.cn", "smtp-s3cret"
IMAP_USER = "pm@example.com"


@pytest.fixture(autouse=True)
def no_secrets_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for env in ("CUIKUAN_SMTP_PASSWORD", "CUIKUAN_IMAP_PASSWORD", "CREDENTIALS_DIRECTORY"):
        monkeypatch.delenv(env, raising=False)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """The shipped demo config (maildir transport), in a temp folder."""
    return copy_demo(tmp_path)


def with_mail(config: Path, smtp: SmtpServer | None, imap: Dovecot | None, extra: str = "") -> Path:
    """Switch the demo to SMTP (and IMAP) on the given test servers."""
    text = config.read_text(encoding="utf-8")
    block = ""
    if smtp is not None:
        text = text.replace("    transport: maildir ", "    transport: smtp ", 1)
        block += (
            f"    smtp:\n      host: {smtp.host}\n      port: {smtp.port}\n"
            f"      security: none\n      username: {SMTP_USER}\n      timeout: 5\n"
        )
    if imap is not None:
        block += (
            f"    imap:\n      host: {imap.host}\n      port: {imap.imap_port}\n"
            f"      security: none\n      username: {IMAP_USER}\n      timeout: 5\n{extra}"
        )
    # Right after `transport:`, a key of settings.mail like smtp and imap.
    at = text.index("\n", text.index("\n    transport: ")) + 1
    config.write_text(text[:at] + block + text[at:], encoding="utf-8")
    return config


def doctor(config: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        code = cli.main(["doctor", "--config", str(config)])
    finally:  # cli.main logs to this test's stderr; server threads log after it is closed
        root.handlers[:] = handlers
        root.setLevel(level)
    out = capsys.readouterr().out
    return code, out.splitlines()


def fails(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith("FAIL")]


def test_everything_ok_against_real_servers(
    demo: Path,
    smtp_server_factory: Callable[..., SmtpServer],
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    smtp = smtp_server_factory(auth=(SMTP_USER, SMTP_PASSWORD))
    monkeypatch.setenv("CUIKUAN_SMTP_PASSWORD", SMTP_PASSWORD)
    monkeypatch.setenv("CUIKUAN_IMAP_PASSWORD", dovecot.users[IMAP_USER])
    code, lines = doctor(with_mail(demo, smtp, dovecot), capsys)
    assert code == 0, lines
    assert fails(lines) == []
    body = "\n".join(lines)
    assert f"SMTP {smtp.host}:{smtp.port} (none): logged in as {SMTP_USER}" in body
    assert "templates: 20 emails rendered for contract HZ-2026-017" in body
    assert "IMAP mailbox INBOX: 0 message(s)" in body
    assert "IMAP Sent folder Sent exists" in body
    assert lines[-1].endswith(" OK, 0 FAIL")
    assert smtp.logins == [(SMTP_USER, True)]
    assert smtp.messages == []  # a login, never a message
    folders = dovecot.folders(IMAP_USER)
    assert "cuikuan/processed" in folders and "cuikuan/unmatched" in folders
    # A second run finds the folders it created.
    code, lines = doctor(demo, capsys)
    assert code == 0
    assert "OK    IMAP folder cuikuan/processed (processed_folder) exists" in lines
    assert "OK    IMAP folder cuikuan/unmatched (unmatched_folder) exists" in lines


def test_wrong_smtp_password_names_the_env_var(
    demo: Path,
    smtp_server_factory: Callable[..., SmtpServer],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    smtp = smtp_server_factory(auth=(SMTP_USER, SMTP_PASSWORD))
    monkeypatch.setenv("CUIKUAN_SMTP_PASSWORD", "not-it")
    code, lines = doctor(with_mail(demo, smtp, None), capsys)
    assert code == 1
    [fail] = fails(lines)
    assert f"SMTP login as {SMTP_USER} at {smtp.host}:{smtp.port} refused" in fail
    assert "$CUIKUAN_SMTP_PASSWORD" in fail and "cuikuan_smtp_password" in fail
    assert smtp.logins and all(login == (SMTP_USER, False) for login in smtp.logins)


def test_missing_smtp_password_is_a_failure_not_a_crash(
    demo: Path,
    smtp_server_factory: Callable[..., SmtpServer],
    capsys: pytest.CaptureFixture[str],
) -> None:
    smtp = smtp_server_factory(auth=(SMTP_USER, SMTP_PASSWORD))
    code, lines = doctor(with_mail(demo, smtp, None), capsys)
    assert code == 1
    [fail] = fails(lines)
    assert "SMTP password for ar@example.cn" in fail and "not set" in fail
    assert "$CUIKUAN_SMTP_PASSWORD" in fail
    assert smtp.logins == []


def test_smtp_server_down_names_host_and_port(
    demo: Path,
    smtp_server_factory: Callable[..., SmtpServer],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    smtp = smtp_server_factory(auth=(SMTP_USER, SMTP_PASSWORD))
    smtp.stop()
    monkeypatch.setenv("CUIKUAN_SMTP_PASSWORD", SMTP_PASSWORD)
    code, lines = doctor(with_mail(demo, smtp, None), capsys)
    assert code == 1
    [fail] = fails(lines)
    assert f"SMTP server {smtp.host}:{smtp.port}" in fail
    assert "is the server up" in fail


def test_wrong_imap_password_names_the_env_var(
    demo: Path,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CUIKUAN_IMAP_PASSWORD", "wrong")
    code, lines = doctor(with_mail(demo, None, dovecot), capsys)
    assert code == 1
    [fail] = fails(lines)
    assert f"IMAP login as {IMAP_USER} at {dovecot.host}:{dovecot.imap_port} refused" in fail
    assert "$CUIKUAN_IMAP_PASSWORD" in fail


def test_imap_server_down_names_host_and_port(
    demo: Path,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CUIKUAN_IMAP_PASSWORD", dovecot.users[IMAP_USER])
    config = with_mail(demo, None, dovecot)
    dovecot.stop()
    code, lines = doctor(config, capsys)
    assert code == 1
    [fail] = fails(lines)
    assert f"IMAP server {dovecot.host}:{dovecot.imap_port}" in fail


def test_missing_mailbox_and_sent_folder_list_the_real_folders(
    demo: Path,
    dovecot: Dovecot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("CUIKUAN_IMAP_PASSWORD", dovecot.users[IMAP_USER])
    extra = "      mailbox: Replies\n      sent_folder: Outgoing\n      after_processing: flag\n"
    code, lines = doctor(with_mail(demo, None, dovecot, extra), capsys)
    assert code == 1
    [mailbox] = fails(lines)
    assert "IMAP mailbox Replies cannot be selected" in mailbox
    assert "set mail.imap.mailbox to one of: Drafts, INBOX, Junk, Sent, Trash" in mailbox
    # Outgoing does not exist, but Dovecot marks Sent as \\Sent: the daemon appends there.
    assert "OK    IMAP Sent folder: Sent (marked \\Sent)" in lines
    assert "cuikuan/processed" not in dovecot.folders(IMAP_USER)  # flag mode: no folders


def test_broken_user_template_names_the_file(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = demo.read_text(encoding="utf-8")
    demo.write_text(
        text.replace("  # templates_dir: templates-local ", "  templates_dir: mine ", 1),
        encoding="utf-8",
    )
    (demo.parent / "mine" / "en").mkdir(parents=True)
    (demo.parent / "mine" / "en" / "reminder.txt.j2").write_text("Dear {{ client.name\n")
    code, lines = doctor(demo, capsys)
    assert code == 1
    [fail] = fails(lines)
    assert fail.startswith("FAIL  template en/reminder for HZ-2026-017:")
    assert "en/reminder.txt.j2" in fail
    assert "`cuikuan preview HZ-2026-017 deposit reminder`" in fail


def test_a_broken_consolidated_template_is_found_before_a_client_gets_it(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13.2: the one-email-per-client letter is rendered too (zh and en)."""
    code, lines = doctor(demo, capsys)
    assert "OK    templates: the consolidated email renders for client hz-shuju" in lines
    text = demo.read_text(encoding="utf-8")
    demo.write_text(
        text.replace("  # templates_dir: templates-local ", "  templates_dir: mine ", 1),
        encoding="utf-8",
    )
    (demo.parent / "mine" / "zh").mkdir(parents=True)
    (demo.parent / "mine" / "zh" / "consolidated.txt.j2").write_text("{{ items[0].nothing }}\n")
    code, lines = doctor(demo, capsys)
    assert code == 1
    [fail] = fails(lines)
    assert fail.startswith("FAIL  template zh/consolidated for client hz-shuju:")
    assert "`cuikuan preview hz-shuju - consolidated`" in fail


def test_broken_config_stops_after_the_config(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo.write_text(demo.read_text(encoding="utf-8").replace("currency: USD", "currency: usd", 1))
    code, lines = doctor(demo, capsys)
    assert code == 1
    assert len(lines) == 2  # the config failure and the summary
    assert "clients[1].contracts[0].currency" in lines[0] and "cuikuan check" in lines[0]


def test_unwritable_data_dir_and_unreadable_state(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = demo.read_text(encoding="utf-8")
    (demo.parent / "afile").write_text("not a folder")
    demo.write_text(text.replace("  data_dir: data ", "  data_dir: afile/data ", 1))
    code, lines = doctor(demo, capsys)
    assert code == 1
    assert any(
        line.startswith("FAIL  data_dir") and "is not writable" in line and "chown" in line
        for line in lines
    )
    demo.write_text(text)
    (demo.parent / "data").mkdir(exist_ok=True)
    (demo.parent / "data" / "state.json").write_text('{"sends": {"1": ')
    code, lines = doctor(demo, capsys)
    assert code == 1
    [fail] = fails(lines)
    assert "state.json unreadable" in fail and "cuikuan recover" in fail


def test_doctor_without_settings_legal(
    demo: Path,
    smtp_server_factory: Callable[..., SmtpServer],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """settings.legal is optional: the legal stage is then never sent, and doctor says all
    is well instead of crashing on the missing counsel (issue 10, point 11)."""
    text = demo.read_text(encoding="utf-8")
    start = text.index("  legal:  ")
    end = text.index("  staff:", start)
    demo.write_text(text[:start] + text[end:], encoding="utf-8")
    smtp = smtp_server_factory(auth=(SMTP_USER, SMTP_PASSWORD))
    monkeypatch.setenv("CUIKUAN_SMTP_PASSWORD", SMTP_PASSWORD)
    code, lines = doctor(with_mail(demo, smtp, None), capsys)
    assert code == 0, lines
    assert fails(lines) == []
    assert any(line.startswith("OK    templates: ") for line in lines), lines
