"""The Dovecot fixture itself: fast start and stop, restarts on the same ports, helpers."""

from __future__ import annotations

import re
import socket
import subprocess

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from tests.fixtures.dovecot import DEFAULT_USERS, Dovecot


def _raw(n: int) -> bytes:
    return (
        f"From: client@example.net\r\nTo: pm@example.com\r\nSubject: note {n}\r\n"
        f"Message-ID: <note-{n}@example.net>\r\n\r\nbody {n}\r\n"
    ).encode()


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def test_starts_stops_and_frees_ports() -> None:
    server = Dovecot()
    try:
        server.start()
        assert _port_open(server.imap_port)
        assert _port_open(server.lmtp_port)
        server.stop()
        assert not _port_open(server.imap_port)
    finally:
        server.cleanup()
    assert not server.dir.exists()


def test_restart_keeps_ports_and_mail(dovecot: Dovecot) -> None:
    dovecot.deliver_lmtp("pm@example.com", _raw(1))
    ports = (dovecot.imap_port, dovecot.lmtp_port)
    before = dovecot.uidvalidity("pm@example.com", "INBOX")
    dovecot.restart()
    assert (dovecot.imap_port, dovecot.lmtp_port) == ports
    assert dovecot.folder_uids("pm@example.com", "INBOX") == [1]
    assert dovecot.uidvalidity("pm@example.com", "INBOX") == before


def test_users_special_folders_and_delivery(dovecot: Dovecot) -> None:
    assert set(DEFAULT_USERS) <= set(dovecot.users)
    assert {"INBOX", "Sent", "Drafts", "Trash", "Junk"} <= set(dovecot.folders("staff@example.com"))
    dovecot.deliver_lmtp("staff@example.com", _raw(1))
    dovecot.append("staff@example.com", _raw(2), folder="Archive")
    assert dovecot.folder_uids("staff@example.com", "INBOX") == [1]
    stored = dovecot.fetch_all("staff@example.com", "Archive")
    assert [raw for raw, _flags in stored.values()] == [_raw(2)]
    assert dovecot.folder_uids("pm@example.com", "INBOX") == []
    assert dovecot.count_all("staff@example.com") == 2


def test_wrong_password_is_refused_without_penalty(dovecot: Dovecot) -> None:
    """Tests that try wrong passwords must not pay Dovecot's penalties (2 s and more per
    refusal): the fixture turns both off, as the server itself reads its config."""
    for _ in range(3):
        client = IMAPClient(dovecot.host, port=dovecot.imap_port, ssl=False, timeout=5)
        try:
            with pytest.raises(LoginError):
                client.login("pm@example.com", "wrong")
        finally:
            client.shutdown()
    dovecot.client("pm@example.com").logout()  # the good login still works
    assert _doveconf(dovecot, "-h", "auth_failure_delay") == "0"
    anvil = _doveconf(dovecot, "-n", "service/anvil")
    assert re.search(r"unix_listener anvil-auth-penalty \{\s*mode = 0+\s*\}", anvil), anvil


def _doveconf(dovecot: Dovecot, *args: str) -> str:
    """What ``doveconf`` says of the fixture's config (the server's own reading of it)."""
    command = ["doveconf", "-c", str(dovecot.config_path), *args]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def test_set_uidvalidity_with_doveadm(dovecot: Dovecot) -> None:
    dovecot.set_uidvalidity("pm@example.com", "INBOX", 4242)
    assert dovecot.uidvalidity("pm@example.com", "INBOX") == 4242


def test_dot_separator_and_side_by_side_instances(dovecot: Dovecot) -> None:
    with Dovecot(separator=".") as other:
        assert other.imap_port not in (dovecot.imap_port, dovecot.lmtp_port)
        with other.client("pm@example.com") as client:
            client.create_folder("a.b")
            assert "a.b" in [name for _f, _d, name in client.list_folders()]
            delimiter = client.list_folders("", "")[0][1]
        assert delimiter == b"."
