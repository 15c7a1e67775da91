"""sd_notify messages reach a real unix datagram socket, as systemd's would."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from daemon.service.sd_notify import Notifier


class Listener:
    """A bound AF_UNIX datagram socket standing in for systemd's notify socket."""

    def __init__(self, sock: socket.socket, address: str) -> None:
        self.sock = sock
        self.address = address

    def receive(self) -> list[str]:
        data = self.sock.recv(4096)
        return data.decode("utf-8").split("\n")

    def nothing_waiting(self) -> bool:
        self.sock.setblocking(False)
        try:
            self.sock.recv(4096)
        except BlockingIOError:
            return True
        finally:
            self.sock.setblocking(True)
        return False


@pytest.fixture
def listener() -> Iterator[Listener]:
    folder = tempfile.mkdtemp(prefix="ckn.", dir="/tmp")  # unix paths: 108 bytes at most
    path = os.path.join(folder, "notify")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(2.0)
    try:
        yield Listener(sock, path)
    finally:
        sock.close()
        shutil.rmtree(folder)


@pytest.fixture
def abstract_listener() -> Iterator[Listener]:
    name = f"cuikuan-test-{os.getpid()}-{id(object())}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind("\0" + name)
    sock.settimeout(2.0)
    try:
        yield Listener(sock, "@" + name)
    finally:
        sock.close()


def test_each_message_arrives_as_one_datagram(listener: Listener) -> None:
    notifier = Notifier.from_env({"NOTIFY_SOCKET": listener.address})
    assert notifier.enabled
    assert notifier.ready("3 contracts, next email 2026-12-01 09:00")
    assert listener.receive() == ["READY=1", "STATUS=3 contracts, next email 2026-12-01 09:00"]
    assert notifier.status("sending\nreminders")
    assert listener.receive() == ["STATUS=sending reminders"]
    assert notifier.watchdog()
    assert listener.receive() == ["WATCHDOG=1"]
    assert notifier.reloading()
    assert listener.receive() == ["RELOADING=1"]
    assert notifier.stopping()
    assert listener.receive() == ["STOPPING=1"]


def test_status_in_chinese_is_utf8(listener: Listener) -> None:
    Notifier(listener.address).status("下一封：提醒")
    assert listener.receive() == ["STATUS=下一封：提醒"]


def test_abstract_socket_named_with_at(abstract_listener: Listener) -> None:
    notifier = Notifier.from_env({"NOTIFY_SOCKET": abstract_listener.address})
    assert notifier.ready()
    assert abstract_listener.receive() == ["READY=1"]
    assert notifier.stopping()
    assert abstract_listener.receive() == ["STOPPING=1"]


def test_without_notify_socket_everything_is_a_no_op() -> None:
    notifier = Notifier.from_env({})
    assert not notifier.enabled
    assert notifier.ready("x") is False
    assert notifier.watchdog() is False
    assert notifier.watchdog_interval() is None
    assert notifier.ping_if_due(0.0) is False


def test_a_send_failure_never_raises(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    gone = Notifier(str(tmp_path / "no-such-socket"))
    caplog.set_level("DEBUG", logger="daemon.service.sd_notify")
    assert gone.ready("hello") is False
    assert "sd_notify to" in caplog.text
    assert Notifier("vsock:2:1234").ready() is False  # an address kind we do not speak


def test_watchdog_interval_is_half_of_watchdog_usec() -> None:
    env = {"NOTIFY_SOCKET": "/run/x", "WATCHDOG_USEC": "120000000"}
    assert Notifier.from_env(env).watchdog_interval() == 60.0
    assert Notifier.from_env({**env, "WATCHDOG_PID": "4242"}, pid=4242).watchdog_interval() == 60
    assert Notifier.from_env({**env, "WATCHDOG_PID": "4243"}, pid=4242).watchdog_interval() is None
    assert Notifier.from_env({**env, "WATCHDOG_USEC": "0"}).watchdog_interval() is None
    assert Notifier.from_env({**env, "WATCHDOG_USEC": "soon"}).watchdog_interval() is None


def test_ping_if_due_pings_once_per_interval(listener: Listener) -> None:
    env = {"NOTIFY_SOCKET": listener.address, "WATCHDOG_USEC": "10000000"}  # 10 s
    notifier = Notifier.from_env(env)
    assert notifier.ping_if_due(100.0)  # the first call always pings
    assert listener.receive() == ["WATCHDOG=1"]
    assert not notifier.ping_if_due(104.9)
    assert listener.nothing_waiting()
    assert notifier.ping_if_due(105.0)
    assert listener.receive() == ["WATCHDOG=1"]
