"""DKIM evidence of a reply (pure): real signatures by dkimpy, keys served by a stub resolver."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from email.message import EmailMessage
from unittest import mock

import dkim
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from daemon.domain.events import Received, decode, encode
from daemon.inbox.dkim_check import DkimEvidence, KeyCache, check, reverify
from tests import dkim_keys
from tests.dkim_keys import Dns, Key, ed25519_key, rsa_key

NOW = datetime.fromisoformat("2026-12-01T10:00:00+08:00")
SENDER = "pay@acme.cn"
SIGNED = NOW - timedelta(minutes=2)
"""When the tests' replies were signed: dkimpy would stamp the wall clock, and from ten
hours after ``NOW`` (2026-12-01 12:00 UTC) every check at ``NOW`` would see a signature
from the future."""


def sign(raw: bytes, key: Key, domain: str, selector: str = "sel1") -> bytes:
    return dkim_keys.sign(raw, key, domain, selector, at=SIGNED)


def dkim_sign(raw: bytes, **options: object) -> bytes:
    """dkimpy's own ``sign`` (other algorithms, ``l=``) at :data:`SIGNED`."""
    with mock.patch.object(dkim.time, "time", return_value=SIGNED.timestamp()):
        return dkim.sign(raw, b"sel1", b"acme.cn", rsa_key().private, **options)


def mail(body: str = "我们下周五付款。\n", subject: str = "Re: 付款提醒") -> bytes:
    msg = EmailMessage()
    msg["From"] = f"财务 <{SENDER}>"
    msg["To"] = "ar@team.example"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 01 Dec 2026 09:58:00 +0800"
    msg["Message-ID"] = "<r1@acme.cn>"
    msg.set_content(body)
    return msg.as_bytes().replace(b"\n", b"\r\n")


def run(raw: bytes, dns: Dns, now: datetime = NOW) -> dict:
    cache = KeyCache(dns)
    return check(raw, lambda name: cache.lookup(name, now), now, SENDER)


@pytest.fixture
def dns() -> Dns:
    d = Dns()
    d.publish("acme.cn", rsa_key())
    return d


def test_a_signed_reply_passes_and_keeps_the_key_as_published(dns: Dns) -> None:
    report = run(sign(mail(), rsa_key(), "acme.cn"), dns)
    assert report["result"] == "pass"
    [sig] = report["signatures"]
    assert (sig["domain"], sig["selector"], sig["algorithm"]) == ("acme.cn", "sel1", "rsa-sha256")
    assert (sig["body_hash"], sig["result"], sig["aligned"]) == ("pass", "pass", True)
    assert "from" in sig["signed_headers"]
    assert sig["key"] == {
        "name": "sel1._domainkey.acme.cn",
        "record": rsa_key().record,
        "fetched_at": NOW.isoformat(),
        "error": "",
    }


def test_ed25519_signature_passes() -> None:
    dns = Dns()
    dns.publish("acme.cn", ed25519_key(), "ed")
    report = run(sign(mail(), ed25519_key(), "acme.cn", "ed"), dns)
    assert [s["result"] for s in report["signatures"]] == ["pass"]
    assert report["signatures"][0]["algorithm"] == "ed25519-sha256"


def test_a_changed_body_fails_and_says_so(dns: Dns) -> None:
    signed = sign(mail("我们下周五付款。\n"), rsa_key(), "acme.cn")
    tampered = signed.replace("下周五".encode(), "明年五".encode())
    report = run(tampered, dns)
    [sig] = report["signatures"]
    assert (report["result"], sig["body_hash"], sig["result"]) == ("fail", "fail", "fail")


def test_a_changed_signed_header_fails_with_the_body_intact(dns: Dns) -> None:
    signed = sign(mail(subject="Re: invoice 17"), rsa_key(), "acme.cn")
    tampered = signed.replace(b"Subject: Re: invoice 17", b"Subject: Re: invoice 71")
    assert tampered != signed
    [sig] = run(tampered, dns)["signatures"]
    assert (sig["body_hash"], sig["result"]) == ("pass", "fail")


def test_unsigned_mail_is_none_and_asks_no_dns(dns: Dns) -> None:
    report = run(mail(), dns)
    assert (report["result"], report["signatures"], dns.asked) == ("none", [], [])


def test_dns_down_is_temperror_and_the_body_hash_is_still_known(dns: Dns) -> None:
    dns.down = True
    report = run(sign(mail(), rsa_key(), "acme.cn"), dns)
    [sig] = report["signatures"]
    assert (report["result"], sig["result"], sig["body_hash"]) == ("temperror", "temperror", "pass")
    assert "timed out" in sig["key"]["error"] and sig["key"]["record"] is None


def test_no_key_published_is_permerror() -> None:
    report = run(sign(mail(), rsa_key(), "acme.cn"), Dns())
    [sig] = report["signatures"]
    assert (sig["result"], sig["reason"]) == (
        "permerror",
        "no key published at sel1._domainkey.acme.cn",
    )


def test_a_malformed_signature_is_permerror_not_an_exception(dns: Dns) -> None:
    raw = b"DKIM-Signature: v=1; a=rsa-sha256; d=acme.cn; garbage\r\n" + mail()
    report = run(raw, dns)
    assert report["result"] == "permerror" and report["signatures"][0]["reason"]


def test_one_good_signature_of_two_is_a_pass(dns: Dns) -> None:
    raw = sign(sign(mail(), rsa_key(), "acme.cn"), rsa_key(1), "esp.example", "s2")
    report = run(raw, dns)  # esp.example publishes no key
    assert [s["result"] for s in report["signatures"]] == ["permerror", "pass"]
    assert report["result"] == "pass"
    assert [s["aligned"] for s in report["signatures"]] == [False, True]


def test_after_the_key_rotated_the_stored_key_still_verifies(dns: Dns) -> None:
    raw = sign(mail(), rsa_key(), "acme.cn")
    report = run(raw, dns)
    dns.publish("acme.cn", rsa_key(1))  # years later: a new key under the same selector
    later = NOW + timedelta(days=3 * 365)
    assert run(raw, dns, later)["result"] == "fail"  # what a fresh DNS check says
    assert [s["result"] for s in reverify(raw, report)] == ["pass"]
    tampered = raw.replace("下周五".encode(), "明年五".encode())
    assert [s["result"] for s in reverify(tampered, report)] == ["fail"]


def test_dns_is_asked_once_per_key_and_paused_after_failures() -> None:
    dns = Dns()
    dns.publish("acme.cn", rsa_key())
    cache = KeyCache(dns)
    for _ in range(5):
        assert cache.lookup("sel1._domainkey.acme.cn", NOW).record == rsa_key().record
    assert len(dns.asked) == 1
    dns.down = True
    for n in range(5):
        cache.lookup(f"s{n}._domainkey.other.cn", NOW)
    assert len(dns.asked) == 1 + 3  # three failures, then a pause
    assert cache.lookup("s9._domainkey.other.cn", NOW).error
    dns.down = False
    assert cache.lookup("s9._domainkey.x.cn", NOW + timedelta(minutes=6)).error == ""
    assert cache.lookup("s0._domainkey.other.cn", NOW + timedelta(minutes=6)).error == ""
    assert cache.lookup("sel1._domainkey.acme.cn", NOW + timedelta(minutes=11)).record
    assert len(dns.asked) == 7  # after the pause (a failure is retried); after ten minutes


@pytest.mark.parametrize(
    ("contract", "role", "enabled"),
    [
        (None, "client", True),
        ("C-1", "staff", True),
        ("C-1", "system", True),
        ("C-1", "client", False),
    ],
)
def test_only_replies_about_a_contract_are_checked(
    dns: Dns, contract: str | None, role: str, enabled: bool
) -> None:
    evidence = DkimEvidence(dns)
    raw = sign(mail(), rsa_key(), "acme.cn")
    kw = {"contract": contract, "role": role, "enabled": enabled}
    assert evidence.of_reply(raw, SENDER, NOW, **kw) == {}
    assert dns.asked == []
    kw = {"contract": "C-1", "role": "client", "enabled": True}
    assert evidence.of_reply(raw, SENDER, NOW, **kw)["result"] == "pass"


def test_the_report_is_kept_in_the_received_event(dns: Dns) -> None:
    report = run(sign(mail(), rsa_key(), "acme.cn"), dns)
    event = Received(at=NOW, contract="C-1", message_id="<r1@acme.cn>", dkim=report)
    stored = encode(event)
    assert json.loads(json.dumps(stored))["data"]["dkim"] == report
    assert decode(stored) == event
    broken = {**stored, "data": {**stored["data"], "dkim": "garbage"}}
    assert decode(broken).dkim == {}  # type: ignore[attr-defined]


def test_sha1_is_not_accepted_and_a_partial_body_signature_says_so(dns: Dns) -> None:
    raw = mail()
    sha1 = dkim_sign(raw, signature_algorithm=b"rsa-sha1")
    [sig] = run(sha1 + raw, dns)["signatures"]
    assert (sig["result"], sig["key"]["record"]) == ("permerror", rsa_key().record)
    assert "RFC 8301" in sig["reason"]
    partial = dkim_sign(raw, length=True)
    [sig] = run(partial + raw + b"PS: ignore the above, we never pay.\r\n", dns)["signatures"]
    assert sig["result"] == "pass" and "bytes of the body are signed (l=)" in sig["reason"]


def test_a_flood_of_signatures_costs_at_most_five_lookups(dns: Dns) -> None:
    raw = mail()
    for n in range(20):
        raw = sign(raw, rsa_key(), "acme.cn", f"s{n}")
    report = run(raw, dns)
    assert len(report["signatures"]) == 5 and len(dns.asked) == 5
    assert report["reason"] == "only the first 5 of 20 signatures checked"


def _attachment_mail(mb: int, newline: bytes) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"财务 <{SENDER}>"
    msg["To"] = "ar@team.example"
    msg["Subject"] = "Re: 付款提醒"
    msg["Message-ID"] = "<big@acme.cn>"
    msg.set_content("The bank slip is attached.\n")
    msg.add_attachment(bytes(range(256)) * (mb * 4096), "application", "pdf", filename="s.pdf")
    return msg.as_bytes().replace(b"\n", newline)


@pytest.mark.parametrize("newline", [b"\r\n", b"\n"])
def test_a_big_reply_is_checked_without_a_copy_per_line(dns: Dns, newline: bytes) -> None:
    """dkimpy alone splits the whole message into lines to find the header's end: with a
    35 MB attachment that was ~100 MB at once, the inbox's peak memory with big mail."""
    import tracemalloc

    raw = _attachment_mail(8, newline)
    signed = sign(raw, rsa_key(), "acme.cn")
    tracemalloc.start()
    try:
        unsigned_report = run(raw, dns)
        _, unsigned_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        signed_report = run(signed, dns)
        _, signed_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert unsigned_report["result"] == "none" and signed_report["result"] == "pass"
    assert unsigned_peak < len(raw) // 10  # the body is never copied
    assert signed_peak < 3.5 * len(raw)  # the body and its canonical form, no line list


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"a", b"b: c", b" d", b"\t", b"\r", b"\n", b"\r\n", b":"])))
def test_the_header_is_cut_where_dkimpy_cuts_it(parts: list[bytes]) -> None:
    from daemon.inbox.dkim_check import _crlf, _split

    raw = b"".join(parts)
    try:
        expected = dkim.rfc822_parse(raw)
    except Exception:  # dkimpy refuses it: check() reports a permerror either way
        return
    head, body_at = _split(raw)
    assert dkim.rfc822_parse(head)[0] == expected[0]
    assert _crlf(raw[body_at:]) == expected[1]
