"""Bank statements end to end (issue 16), through real servers: aiosmtpd out, Dovecot in.

A client's "we paid" that a dropped statement confirms closes with no PM step and the
verified thank-you goes out over SMTP; a credit that fits two milestones reaches the PM's
morning list with numbered candidates, and the PM's ``match 2`` reply settles it; a
statement that cannot be read is reported and applies nothing.
"""

from __future__ import annotations

import json
import os
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from daemon.bank.folder import bank_folders
from daemon.cli.main import main
from tests import bank_statements as bs
from tests import test_inbox_e2e as e2e
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_inbox_e2e import ANN, C1, CFO, PAY, PM, R1, TICK1, TICK2, World, reply, staff_mail

TICK3 = datetime.fromisoformat("2026-12-01T10:00:00+08:00")
SUPPORT = """          - {{id: m2, name: Final, amount: 20000.00, due: 2027-03-01}}
      - id: C-2026-2
        title: Support
        total: 20000.00
        signed: 2026-01-05
        payment_instructions: Bank of Example 123
        milestones:
          - {{id: x, name: Support fee, amount: 20000.00, due: 2027-03-01}}
"""


@pytest.fixture
def world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    old = "          - {{id: m2, name: Final, amount: 20000.00, due: 2027-03-01}}\n"
    assert old in e2e.CONFIG
    monkeypatch.setattr(e2e, "CONFIG", e2e.CONFIG.replace(old, SUPPORT))
    w = World(tmp_path, smtp_server, dovecot)
    w.run_once(TICK1)  # the chase starts: terms + reminder 1
    return w


def drop(w: World, name: str, data: bytes) -> None:
    """A statement the PM saved into the bank folder a minute ago."""
    incoming = bank_folders(w.config).incoming
    incoming.mkdir(parents=True, exist_ok=True)
    path = incoming / name
    path.write_bytes(data)
    then = time.time() - 60
    os.utime(path, (then, then))


def credit(amount: str, memo: str = "", ref: str = "") -> bs.Line:
    return bs.Line(date(2026, 11, 30), Decimal(amount.replace(",", "")), "ACME LTD.", "", memo, ref)


def test_a_claim_the_statement_confirms_gets_the_verified_thank_you(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.deliver(reply(PAY, "We paid the invoice yesterday.\n", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert world.milestone(C1, "m1").status == "claimed_paid"
    before = len(world.smtp.messages)
    drop(world, "交易明细.csv", bs.gbk_csv([credit("80000.00", "货款", "BR20261130001")]))
    world.run_once(TICK3)
    paid = world.milestone(C1, "m1")
    assert (paid.status, paid.paid_on, paid.paid_amount) == (
        "paid",
        date(2026, 11, 30),
        Decimal("80000.00"),
    )
    assert world.stage_sent("thanks", before) == [(PAY, ANN, CFO)]
    [payment] = [e for e in world.events("payment") if e["data"]["source"] == "bank"]
    assert (payment["data"]["amount"], payment["data"]["verified"]) == ("80000.00", True)
    [bank] = world.events("bank_credit")
    assert (bank["data"]["outcome"], bank["milestone"]) == ("paid", "m1")
    morning = [m for m in world.smtp.messages[before:] if ".pm_todo." in m.message["Message-ID"]]
    assert all(C1 not in m.message.get_body(("plain",)).get_content() for m in morning)
    assert bank_folders(world.config).done.joinpath("交易明细.csv").is_file()
    assert main(["history", C1, "m1", "--config", str(world.config_path)]) == 0
    history = capsys.readouterr().out
    line = "bank credit of 2026-11-30 80000.00 CNY from ACME LTD. (“网银转入 货款”): paid"
    assert line in history
    assert "交易明细.csv, row 5" in history
    # the same statement again (an overlapping export) changes nothing and sends nothing
    after = len(world.smtp.messages)
    drop(world, "交易明细-2.csv", bs.gbk_csv([credit("80000.00", "货款", "BR20261130001")]))
    world.run_once(datetime.fromisoformat("2026-12-01T11:00:00+08:00"))
    assert world.sent(after) == [] and len(world.events("bank_credit")) == 1


def test_an_ambiguous_credit_reaches_the_pm_list_and_match_2_settles_it(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    before = len(world.smtp.messages)
    drop(world, "statement.xlsx", bs.xlsx([credit("20000.00", "service fee")]))
    world.run_once(TICK3)
    assert world.milestone(C1, "m2").status == "open"
    [bank] = world.events("bank_credit")
    assert (bank["data"]["outcome"], bank["data"]["reason"]) == ("review", "ambiguous")
    assert bank["data"]["candidates"] == ["C-2026-1/m2", "C-2026-2/x"]
    [todo] = [m for m in world.smtp.messages[before:] if ".pm_todo." in m.message["Message-ID"]]
    assert todo.rcpt_tos == (PM,)
    text = todo.message.get_body(("plain",)).get_content()
    token = f"[CK-BANK-{bank['data']['credit']}]"
    assert "1. Final / Platform" in text and "2. Support fee / Support" in text
    assert f"match 1 | match 2 | not ours {token}" in text
    assert main(["bank", "list", "--unmatched", "--json", "--config", str(world.config_path)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["outcome"], row["amount"]) == ("review", "20000.00")

    answer = staff_mail(f"match 2 {token}", subject="Re: " + str(todo.message["Subject"]))
    world.deliver(answer)
    world.run_once(datetime.fromisoformat("2026-12-01T11:00:00+08:00"))
    assert world.milestone("C-2026-2", "x").status == "paid"
    assert world.milestone(C1, "m2").status == "open"
    replies = [s for _r, s, mid in world.sent(before) if ".staff_reply." in mid]
    assert [s.split(":")[0] for s in replies] == ["Done"]
    # decided once: the same credit never pays a second milestone
    world.deliver(staff_mail(f"match 1 {token}", mid="<again@example.com>"))
    world.run_once(datetime.fromisoformat("2026-12-01T12:00:00+08:00"))
    assert world.milestone(C1, "m2").status == "open"
    replies = [s for _r, s, mid in world.sent(before) if ".staff_reply." in mid]
    assert [s.split(":")[0] for s in replies] == ["Done", "Not done"]
    assert main(["bank", "list", "--unmatched", "--json", "--config", str(world.config_path)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_statement_that_cannot_be_read_is_reported_and_applies_nothing(world: World) -> None:
    before = len(world.smtp.messages)
    good = credit("80000.00", "货款", "BR1")
    bad = bs.gbk_csv([good]).decode("gbk").replace("80,000.00", "8O,000.00").encode("gbk")
    drop(world, "bad.csv", bad)
    world.run_once(TICK3)
    assert world.milestone(C1, "m1").status == "open"
    assert world.events("bank_credit") == []
    alerts = [m for m in world.smtp.messages[before:] if ".pm_alert." in m.message["Message-ID"]]
    [alert] = [m for m in alerts if "bank statement" in str(m.message["Subject"])]
    body = alert.message.get_body(("plain",)).get_content()
    assert "bad.csv" in body and "row 5" in body and "'8O,000.00' is not an amount" in body
    assert bank_folders(world.config).failed.joinpath("bad.csv.error.txt").is_file()
