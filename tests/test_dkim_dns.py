"""The real DKIM key lookup (dnspython) against a small DNS server on loopback."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import dns.message
import dns.rcode
import dns.resolver
import dns.rrset
import pytest

from daemon.inbox.dkim_check import DnsUnavailable
from daemon.inbox.dkim_dns import txt_record

KEY = "v=DKIM1; k=rsa; p=" + "A" * 380  # longer than one 255-byte TXT string


@dataclass
class Server:
    """Answers TXT queries on 127.0.0.1 from ``zone``; ``servfail`` and ``silent`` fail."""

    zone: dict[str, str] = field(default_factory=dict)
    servfail: bool = False
    silent: bool = False
    port: int = 0

    stop: threading.Event = field(default_factory=threading.Event)

    def serve(self, sock: socket.socket) -> None:
        sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                data, peer = sock.recvfrom(4096)
            except TimeoutError:
                continue
            if self.silent:
                continue
            query = dns.message.from_wire(data)
            response = dns.message.make_response(query)
            name = query.question[0].name.to_text().rstrip(".")
            if self.servfail:
                response.set_rcode(dns.rcode.SERVFAIL)
            elif name not in self.zone:
                response.set_rcode(dns.rcode.NXDOMAIN)
            else:
                text = self.zone[name]
                chunks = " ".join(f'"{text[i : i + 255]}"' for i in range(0, len(text), 255))
                response.answer.append(dns.rrset.from_text(name + ".", 300, "IN", "TXT", chunks))
            sock.sendto(response.to_wire(), peer)


@pytest.fixture
def server() -> Iterator[Server]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    served = Server(zone={"sel1._domainkey.acme.cn": KEY}, port=sock.getsockname()[1])
    thread = threading.Thread(target=served.serve, args=(sock,), daemon=True)
    thread.start()
    yield served
    served.stop.set()
    thread.join(timeout=5)
    sock.close()


def resolver(port: int) -> dns.resolver.Resolver:
    r = dns.resolver.Resolver(configure=False)
    r.nameservers = ["127.0.0.1"]
    r.port = port
    return r


def test_a_published_key_comes_back_whole(server: Server) -> None:
    assert txt_record("sel1._domainkey.acme.cn", resolver(server.port)) == KEY


def test_no_record_is_none(server: Server) -> None:
    assert txt_record("old._domainkey.acme.cn", resolver(server.port)) is None


@pytest.mark.parametrize("failure", ["servfail", "silent"])
def test_a_dns_failure_raises_dns_unavailable(server: Server, failure: str) -> None:
    setattr(server, failure, True)
    with pytest.raises(DnsUnavailable):
        txt_record("sel1._domainkey.acme.cn", resolver(server.port), timeout=0.3)
