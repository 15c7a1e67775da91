"""Forged mail through the real receiving path: Dovecot LMTP in, aiosmtpd out (issue 11.9-11).

Every message here is delivered over LMTP, as an MTA hands mail to Dovecot, so Dovecot
writes the ``Return-Path`` from the envelope sender on top of the message. An
``Authentication-Results`` header stands for what the receiving server's checks wrote.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from daemon.config.loader import load_config
from daemon.domain.emails import legacy_of
from daemon.domain.state import MilestoneState, SendKey
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_inbox_e2e import (
    ANN,
    B1,
    BETA,
    BR1,
    C1,
    CFO,
    CORPUS,
    PAY,
    PM,
    R1,
    TICK1,
    TICK2,
    World,
    reply,
    staff_mail,
)

LATER = datetime.fromisoformat("2026-12-04T10:00:00+08:00")
EXTRA = "".join(
    f"          - {{id: m{n}, name: Part {n}, amount: 1000.00, due: 2026-11-20}}\n"
    for n in (3, 4, 5)
)
"""Three more milestones of C-2026-1 being chased: five in all with beta's."""
CHASED = [(C1, "m1"), (C1, "m3"), (C1, "m4"), (C1, "m5"), (B1, "final")]


@pytest.fixture
def world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    w = World(tmp_path, smtp_server, dovecot)
    text = w.config_path.read_text(encoding="utf-8")
    m2 = next(line for line in text.splitlines(keepends=True) if "{id: m2," in line)
    text = text.replace(m2, m2 + EXTRA).replace("total: 100000.00", "total: 103000.00")
    w.config_path.write_text(text, encoding="utf-8")
    w.config = load_config(w.config_path)
    w.run_once(TICK1)  # reminder 1 of the five milestones
    assert len(w.stage_sent("reminder")) == 5
    return w


def lmtp(world: World, raw: bytes, envelope_from: str) -> None:
    world.dovecot.deliver_lmtp(PM, raw, sender=envelope_from)


def r1(milestone: str) -> SendKey:
    return SendKey(R1.contract, milestone, "reminder", 1)


def ar(value: str) -> dict[str, str]:
    return {"Authentication-Results": value}


# --- point 9: a forged "we paid" ----------------------------------------------------------

FORGED_PAID = [
    # (From, milestone's reminder, envelope sender, extra headers)
    (PAY, r1("m1"), PAY, ar("mx.team.example; spf=fail smtp.mailfrom=pay@acme.cn; dmarc=fail")),
    (ANN, r1("m3"), ANN, ar("mx.team.example; dkim=fail header.d=acme.cn; spf=fail")),
    (CFO, r1("m4"), "bulk@mailer.evil.example", {}),  # foreign Return-Path, no checks
    (PAY, r1("m5"), PAY, ar("mx.team.example; dkim=pass header.d=evil.example; dmarc=fail")),
    (BETA, BR1, BETA, ar("mx.team.example; spf=softfail smtp.mailfrom=ap@beta.example")),
]


def test_forged_paid_replies_change_no_milestone_and_reach_the_pm_as_suspicious(
    world: World,
) -> None:
    before = len(world.smtp.messages)
    for n, (frm, key, envelope, headers) in enumerate(FORGED_PAID):
        body = "您好，已付款，请查收。" if frm == BETA else "We have paid the invoice in full."
        raw = reply(frm, body, in_reply_to=world.mid(key), mid=f"<f{n}@x>", headers=headers)
        lmtp(world, raw, envelope)
    world.run_once(TICK2)
    assert [world.milestone(c, m) for c, m in CHASED] == [MilestoneState()] * 5
    assert world.stage_sent("thanks", before) == []
    alerts = [s for _r, s, mid in world.sent(before) if ".pm_alert." in mid]
    assert len(alerts) == 5
    assert all("Suspicious" in s or "可疑" in s for s in alerts), alerts
    actions = [e["data"]["action"] for e in world.events("received")]
    assert actions == ["suspicious"] * 5
    assert (world.folder("cuikuan/unmatched"), world.folder("INBOX")) == (5, 0)
    # the same reply, genuine (aligned SPF pass and its own envelope), does count
    genuine = reply(
        PAY,
        "We have paid the invoice in full.",
        in_reply_to=world.mid(r1("m1")),
        mid="<genuine@acme.cn>",
        headers=ar("mx.team.example; spf=pass smtp.mailfrom=pay@acme.cn; dmarc=pass"),
    )
    lmtp(world, genuine, PAY)
    world.run_once(TICK2)
    assert world.milestone(C1, "m1").status == "claimed_paid"


# --- point 10: a staff command from a sub-domain --------------------------------------------


def test_a_staff_command_from_a_sub_domain_of_the_company_is_refused(world: World) -> None:
    # PM is pm@example.com; the forger sends from client.example.com, where SPF passes,
    # and a relaxed-DMARC receiver even writes dmarc=pass for example.com.
    headers = ar(
        "mx.example.com; spf=pass smtp.mailfrom=attacker@client.example.com;"
        " dmarc=pass header.from=example.com"
    )
    before = len(world.smtp.messages)
    raw = staff_mail("paid 80000 2026-12-05", in_reply_to=world.mid(R1), headers=headers)
    lmtp(world, raw, "attacker@client.example.com")
    world.run_once(TICK2)
    assert world.milestone(C1, "m1") == MilestoneState()
    assert world.events("staff_command")[0]["data"]["ok"] is False
    assert [m for _r, _s, m in world.sent(before) if ".staff_reply." in m] == []
    assert world.stage_sent("pm_alert", before) == [(PM,)]


# --- point 11: forged bounces --------------------------------------------------------------

BOUNCES = CORPUS / "bounce" / "sisimai-set-of-emails" / "maildir" / "bsd"
TENCENT = ("rhost-tencent-01.eml", "nekochan@qq.example.cn", "20180429233445.1BFAC0EE7C9F")
YANDEX = ("lhost-yandex-01.eml", "kijitora@example.jp", "446281417885946")


def corpus_bounce(which: tuple[str, str, str], to: str, returned: str | None, n: int) -> bytes:
    """A real bounce from the corpus (read in place), now about ``to`` and, when
    ``returned`` is given, returning that Message-ID; its own Message-ID made unique."""
    name, recipient, original = which
    path = BOUNCES / name
    if not path.is_file():
        pytest.skip(f"corpus not found at {BOUNCES}")
    raw = path.read_bytes().replace(recipient.encode(), to.encode())
    if returned is not None:
        raw = re.sub(rb"<" + re.escape(original.encode()) + rb"@[^>]*>", returned.encode(), raw)
    return re.sub(
        rb"(?im)^Message-Id: <[^>]*>", f"Message-Id: <bounce.{n}@mx.test>".encode(), raw, count=1
    )


def test_real_corpus_bounces_with_a_null_sender_that_return_our_email_count(world: World) -> None:
    before = len(world.smtp.messages)
    lmtp(world, corpus_bounce(TENCENT, PAY, world.mid(r1("m1")), 1), "")
    lmtp(world, corpus_bounce(YANDEX, BETA, world.mid(BR1), 2), "")
    world.run_once(TICK2)
    assert world.bad() == {PAY, BETA}
    assert len(world.stage_sent("pm_alert", before)) == 2


FORGED_BOUNCES = [
    # (corpus bounce, address, returned Message-ID or None to keep the corpus one, envelope)
    (TENCENT, PAY, "ours", "mallory@evil.example"),  # not from a mail system
    (YANDEX, ANN, "ours", "postmaster@acme.cn"),
    (TENCENT, CFO, None, ""),  # a real bounce, but of a message cuikuan never sent
    (YANDEX, BETA, None, ""),
    (TENCENT, PAY, "<ck.C-2026-1.m2.reminder.1@team.example>", ""),  # a guess never sent
    # the readable part of reminder 1, which was sent to PAY: anyone who knows the
    # contract id can guess it; without our token it proves nothing
    (TENCENT, PAY, "guessed", ""),
    (YANDEX, PAY, "forged-token", ""),  # a token of the right shape, not made with our key
]


def returned_id(world: World, returned: str | None) -> str | None:
    """The Message-ID a row of FORGED_BOUNCES puts in the returned headers."""
    ours = world.mid(r1("m1"))
    old_form = legacy_of(ours)
    assert old_form is not None  # ours carries a token
    if returned == "ours":
        return ours
    if returned == "guessed":
        return old_form
    if returned == "forged-token":
        return old_form.replace("@", ".abcdefghijklmnopq@")
    return returned


def test_forged_bounces_mark_no_address_bad_and_go_to_the_pm(world: World) -> None:
    before = len(world.smtp.messages)
    for n, (which, address, returned, envelope) in enumerate(FORGED_BOUNCES):
        lmtp(world, corpus_bounce(which, address, returned_id(world, returned), n), envelope)
    world.run_once(TICK2)
    assert world.bad() == frozenset()
    alerts = [s for _r, s, mid in world.sent(before) if ".pm_alert." in mid]
    assert len(alerts) == 7 and all("Unverified bounce" in s for s in alerts), alerts
    actions = [e["data"]["action"] for e in world.events("received")]
    assert actions == ["bounce_unverified"] * 7
    world.run_once(LATER)  # the chase goes on to every contact
    assert (PAY, ANN, CFO) in world.stage_sent("reminder", before)
