"""Disputes as a workflow (issue 14.4), end to end through real servers.

The PM replies to a reminder through the real Dovecot server with ``dispute REASON …``
(en and zh) or ``dispute AMOUNT REASON …`` (a part); the daemon records the reason, the
words and the day, holds what is disputed, answers over the SMTP fixture, and the daily
list shows the line with its reason and the PM's follow-up deadline (OVERDUE once past).
What is not disputed — the other milestones, the rest of a part-disputed milestone — goes
on being chased, the emails saying what is disputed and what is due. ``resolved`` resumes.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from daemon.cli import main as cli
from daemon.config.record_ops import replace
from daemon.domain.events import decode
from daemon.reports.todo import Action, todo
from daemon.storage.store import Store
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_inbox_e2e import B1, BR1, C1, PM, R1, TICK1, TICK2, World, staff_mail

TICK3 = datetime.fromisoformat("2026-12-04T10:00:00+08:00")  # reminder 2 is due (7 days)
LATE = datetime.fromisoformat("2026-12-08T10:00:00+08:00")  # past the 5-working-day deadline
M1 = f"Re: [CK-{C1}-m1]"
FINAL = f"Re: [CK-{B1}-final]"


@pytest.fixture
def world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    w = World(tmp_path, smtp_server, dovecot)
    w.run_once(TICK1)  # reminder 1 of m1 (ACME, en) and of final (beta, zh)
    return w


def disputes(world: World, now: datetime) -> list[Action]:
    with Store(world.state_file, read_only=True) as store:
        state, events = store.snapshot(), [decode(e) for e in store.events()]
    return [a for a in todo(world.config, state, now, events) if a.kind == "dispute"]


def bodies(world: World, since: int, stage: str) -> list[str]:
    """The text part of each ``stage`` email that reached the SMTP server since ``since``."""
    out = []
    for m in world.smtp.messages[since:]:
        if f".{stage}." in str(m.message["Message-ID"]):
            part = m.message.get_body(("plain",))
            out.append(part.get_content() if part is not None else "")
    return out


def staff_answers(world: World, since: int) -> list[str]:
    return [b.replace("\n", " ") for b in bodies(world, since, "staff_reply")]


def test_a_dispute_by_reply_holds_the_milestone_with_reason_and_deadline(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(staff_mail("dispute amount price too high", in_reply_to=world.mid(R1)))
    world.deliver(staff_mail("异议 验收 屏幕闪烁，未通过验收", in_reply_to=world.mid(BR1)))
    world.run_once(TICK2)  # Monday 30 Nov
    m1, final = world.milestone(C1, "m1"), world.milestone(B1, "final")
    assert (m1.status, m1.dispute_reason, m1.dispute_words) == (
        "disputed",
        "amount",
        "price too high",
    )
    assert (final.status, final.dispute_reason, final.dispute_since) == (
        "disputed",
        "acceptance",
        date(2026, 11, 30),
    )
    answers = staff_answers(world, before)
    assert len(answers) == 2 and all("follow up by 2026-12-07" in a for a in answers)

    lines = {a.milestone: a for a in disputes(world, TICK2)}
    assert lines["m1"].reason.endswith("“price too high” — reason: amount, follow up by 2026-12-07")
    assert lines["m1"].commands == ("resolved", "stop")
    assert lines["m1"].as_row(1)["follow_up_by"] == "2026-12-07"
    assert lines["m1"].as_row(1)["follow_up_overdue"] is False
    late = {a.milestone: a for a in disputes(world, LATE)}
    assert late["m1"].reason.endswith("follow up by 2026-12-07 (OVERDUE)")
    assert late["final"].as_row(1)["follow_up_overdue"] is True

    chased = len(world.smtp.messages)
    world.run_once(TICK3)  # reminder 2 would be due: both are held
    assert world.stage_sent("reminder", chased) == []

    world.deliver(staff_mail("resolved client accepts the price", subject=M1))
    world.deliver(staff_mail("已解决 已返工并重新验收", subject=FINAL))
    world.run_once(LATE)
    m1, final = world.milestone(C1, "m1"), world.milestone(B1, "final")
    assert (m1.status, m1.dispute_reason, m1.dispute_since) == ("open", "", None)
    assert "resolved: client accepts the price" in m1.reason
    assert final.status == "open" and "已返工并重新验收" in final.reason
    notes = [
        e["data"]["reason"]
        for e in world.events("state_change")
        if "resolved" in e["data"]["cause"]
    ]
    assert any("client accepts the price" in n for n in notes)
    assert disputes(world, LATE) == []
    assert len(world.stage_sent("reminder", chased)) == 2  # the chase resumed on both


def test_resolved_on_a_milestone_without_a_dispute_changes_nothing(world: World) -> None:
    before = len(world.smtp.messages)
    world.deliver(staff_mail("resolved", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    assert world.milestone(C1, "m1").status == "open"
    [answer] = staff_answers(world, before)
    assert "no open dispute" in answer


def test_a_part_dispute_holds_that_part_and_the_rest_is_chased(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    before = len(world.smtp.messages)
    world.deliver(staff_mail("dispute 20,000 quality screen flickers", in_reply_to=world.mid(R1)))
    world.deliver(staff_mail("异议 1,000 发票 抬头错误", in_reply_to=world.mid(BR1)))
    world.run_once(TICK2)
    m1 = world.milestone(C1, "m1")
    assert (m1.status, m1.dispute_amount, m1.dispute_reason) == (
        "open",
        Decimal("20000"),
        "acceptance",
    )
    [en, zh] = staff_answers(world, before)
    assert "the undisputed 60000.00 CNY is still chased" in en.replace(",", "")
    lines = {a.milestone: a for a in disputes(world, TICK2)}
    assert lines["m1"].amount == Decimal("20000")
    assert lines["m1"].commands == ("resolved pay", "resolved waive")
    assert "disputes CNY 20,000.00 of Delivery / Platform" in lines["m1"].reason
    assert "the undisputed CNY 60,000.00 is still chased" in lines["m1"].reason
    assert "the undisputed CNY 4,000.00 is still chased" in lines["final"].reason
    settings = replace(world.config.settings, language="zh")
    world.config = replace(world.config, settings=settings)  # the list in zh
    [zh_line] = [a for a in disputes(world, TICK2) if a.milestone == "final"]
    assert "中的¥1,000.00有异议：“抬头错误”；无异议的¥4,000.00继续催收" in zh_line.reason
    assert zh_line.reason.endswith("原因：发票信息，请于2026-12-07前跟进")

    sent = len(world.smtp.messages)
    world.run_once(TICK3)  # reminder 2: the undisputed part is chased, truthfully
    [acme, beta] = bodies(world, sent, "reminder")
    assert (
        "[Part disputed] You have raised a question about CNY 20,000.00 of this payment "
        "(reason: acceptance/quality)" in acme
    )
    assert "The undisputed CNY 60,000.00 is not in question" in " ".join(acme.split())
    assert "【部分异议】贵方对该笔款项中的¥1,000.00提出了异议（原因：发票信息）" in beta
    assert "无异议部分¥4,000.00不受影响" in beta
    for text in (acme, beta):
        assert "None" not in text and "Part payment" not in text and "部分付款" not in text

    config = str(world.config_path)
    for contract, milestone, want in ((C1, "m1", "CNY 60,000.00"), (B1, "final", "¥4,000.00")):
        assert (
            cli.main(["preview", contract, milestone, "reminder", "--seq", "3", "--config", config])
            == 0
        )
        shown = capsys.readouterr().out
        assert want in shown and "None" not in shown
        assert cli.main(["preview", contract, milestone, "demand", "--config", config]) == 0
        demand = " ".join(capsys.readouterr().out.split())
        assert f"request payment of {want} in full" in demand or f"款项{want}足额支付" in demand

    # the client pays the undisputed part: what remains is all disputed, nothing is chased
    world.deliver(staff_mail("paid 60,000 2026-12-07", subject=M1))
    world.run_once(LATE)
    m1 = world.milestone(C1, "m1")
    assert (m1.status, m1.paid_amount) == ("open", Decimal("60000"))
    quiet = len(world.smtp.messages)
    world.run_once(datetime.fromisoformat("2026-12-14T10:00:00+08:00"))
    assert world.stage_sent("reminder", quiet) == [("ap@beta.example",)]  # beta only

    # a part dispute needs the PM's choice; waive writes the part off and settles m1
    world.deliver(staff_mail("resolved", subject=M1, mid="<r1@example.com>"))
    world.deliver(
        staff_mail("resolved waive agreed 20k discount", subject=M1, mid="<r2@example.com>")
    )
    world.deliver(staff_mail("resolved pay 客户同意支付", subject=FINAL))
    answered = len(world.smtp.messages)
    world.run_once(datetime.fromisoformat("2026-12-15T10:00:00+08:00"))
    choice, waived, paid = staff_answers(world, answered)
    assert "write 'resolved pay'" in choice and "Not done" not in waived
    m1, final = world.milestone(C1, "m1"), world.milestone(B1, "final")
    assert (m1.status, m1.waived_amount, m1.dispute_amount) == ("paid", Decimal("20000"), None)
    assert "agreed 20k discount" in m1.reason
    assert (final.status, final.dispute_amount, final.waived_amount) == ("open", None, None)
    assert disputes(world, datetime.fromisoformat("2026-12-15T10:00:00+08:00")) == []


def test_resolved_waive_before_the_rest_is_paid_says_so_in_the_next_email(world: World) -> None:
    world.deliver(staff_mail("dispute 20000 amount", in_reply_to=world.mid(R1)))
    world.run_once(TICK2)
    world.deliver(staff_mail("resolved waive", subject=M1))
    world.run_once(datetime.fromisoformat("2026-12-01T10:00:00+08:00"))
    m1 = world.milestone(C1, "m1")
    assert (m1.status, m1.waived_amount) == ("open", Decimal("20000"))
    sent = len(world.smtp.messages)
    world.run_once(TICK3)
    [acme, _beta] = bodies(world, sent, "reminder")
    flat = " ".join(acme.split())
    assert "As agreed, CNY 20,000.00 of this payment has been waived." in flat
    assert "CNY 60,000.00 remains outstanding" in flat
    commands = [e["data"]["command"] for e in world.events("staff_command")]
    assert commands == ["dispute", "resolved"]


def _list_of_the_day(world: World, since: int) -> tuple[str, str]:
    """(Message-ID, text) of the daily list that reached the SMTP server since ``since``."""
    [msg] = [
        m.message
        for m in world.smtp.messages[since:]
        if ".pm_todo." in str(m.message["Message-ID"])
    ]
    part = msg.get_body(("plain",))
    assert part is not None
    return str(msg["Message-ID"]), part.get_content()


def test_commands_in_the_body_of_a_reply_to_the_list_act_on_each_named_milestone(
    world: World,
) -> None:
    world.deliver(staff_mail("dispute amount price too high", in_reply_to=world.mid(R1)))
    world.deliver(staff_mail("dispute invoice wrong tax number", in_reply_to=world.mid(BR1)))
    before = len(world.smtp.messages)
    world.run_once(TICK2)  # the list of the day carries both disputes with their tokens
    list_id, listed = _list_of_the_day(world, before)
    assert f"[CK-{C1}-m1]" in listed and f"[CK-{B1}-final]" in listed
    quoted = "\n".join(f"> {line}" for line in listed.splitlines())
    body = (
        f"resolved client accepts the price [CK-{C1}-m1]\n"
        f"note called Li, new invoice on its way [CK-{B1}-final]\n"
        f"paid [CK-{C1}-nope]\n"
        # the list pasted back without quote marks is not a command
        f" 1. ACME Ltd disputes Delivery — reply: resolved | stop [CK-{C1}-m2]\n\n"
        f"On Mon, cuikuan wrote:\n{quoted}"
    )
    world.deliver(staff_mail(body, in_reply_to=list_id, subject="Re: 2 action(s) for today"))
    answered = len(world.smtp.messages)
    world.run_once(LATE)
    assert world.milestone(C1, "m1").status == "open"  # resolved: the chase resumes
    assert world.milestone(B1, "final").status == "disputed"  # a note changes nothing
    assert world.milestone(C1, "m2").status == "open"
    runs = [
        (e["milestone"], e["data"]["command"], e["data"]["ok"])
        for e in world.events("staff_command")
    ]
    assert runs[-2:] == [("m1", "resolved", True), ("final", "note", True)]
    [answer] = staff_answers(world, answered)
    assert "3 command line(s)" in answer
    assert "client accepts the price [CK-C-2026-1-m1] → done" in answer
    assert "[CK-C-2026-1-nope] → not done: [CK-C-2026-1-nope] names no milestone" in answer


def test_a_forged_list_reply_changes_nothing(world: World) -> None:
    world.deliver(staff_mail("dispute amount price too high", in_reply_to=world.mid(R1)))
    before = len(world.smtp.messages)
    world.run_once(TICK2)
    list_id, _listed = _list_of_the_day(world, before)
    forged = staff_mail(
        f"resolved [CK-{C1}-m1]",
        in_reply_to=list_id,
        headers={"Authentication-Results": "mx.example.com; dkim=fail; spf=fail"},
    )
    world.deliver(forged)
    world.run_once(LATE)
    assert world.milestone(C1, "m1").status == "disputed"
    refused = [e for e in world.events("staff_command") if not e["data"]["ok"]]
    assert refused and refused[-1]["data"]["result"].startswith("refused")
