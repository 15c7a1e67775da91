"""Staff command lines: what is understood, and the messages for what is not."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from daemon.inbox.staff_commands import (
    CommandError,
    StaffCommand,
    first_command_line,
    parse_command,
)

TODAY = date(2026, 11, 24)  # a Tuesday

GOOD = [
    ("paid", StaffCommand("paid")),
    ("PAID", StaffCommand("paid")),
    ("paid 12,000.00", StaffCommand("paid", amount=Decimal("12000.00"))),
    ("paid ¥12000", StaffCommand("paid", amount=Decimal("12000"), currency="CNY")),
    ("paid ￥12,000", StaffCommand("paid", amount=Decimal("12000"), currency="CNY")),
    ("paid 12000 2026-12-05", StaffCommand("paid", amount=Decimal("12000"), day=date(2026, 12, 5))),
    ("paid 2026-11-20", StaffCommand("paid", day=date(2026, 11, 20))),
    ("Paid: 500 yesterday", StaffCommand("paid", amount=Decimal("500"), day=date(2026, 11, 23))),
    ("已付款", StaffCommand("paid")),
    ("已付款12000元", StaffCommand("paid", amount=Decimal("12000"), currency="CNY")),
    (
        "已付款 12,000.50 11月20日",
        StaffCommand("paid", amount=Decimal("12000.50"), day=date(2026, 11, 20)),
    ),
    ("dispute", StaffCommand("dispute")),
    (
        "dispute wrong amount on invoice 7",
        StaffCommand("dispute", text="wrong amount on invoice 7"),
    ),
    ("异议 金额不对", StaffCommand("dispute", text="金额不对", code="amount")),
    (
        "dispute amount price too high",
        StaffCommand("dispute", text="price too high", code="amount"),
    ),
    ("异议 验收 屏幕闪烁", StaffCommand("dispute", text="屏幕闪烁", code="acceptance")),
    (
        "dispute 20,000 quality screen flickers",
        StaffCommand("dispute", amount=Decimal("20000"), text="screen flickers", code="acceptance"),
    ),
    (
        "异议 ¥5,000 发票 抬头错误",
        StaffCommand("dispute", amount=Decimal("5000"), text="抬头错误", code="invoice"),
    ),
    ("dispute not delivered: box 3", StaffCommand("dispute", text="box 3", code="not_delivered")),
    ("dispute other", StaffCommand("dispute", code="other")),
    ("resolved", StaffCommand("resolved")),
    ("resolved credit note sent", StaffCommand("resolved", text="credit note sent")),
    (
        "resolved waive agreed discount",
        StaffCommand("resolved", text="agreed discount", code="waive"),
    ),
    ("resolved pay", StaffCommand("resolved", code="pay")),
    ("resolved payment plan agreed", StaffCommand("resolved", text="payment plan agreed")),
    ("已解决 减免 协商一致", StaffCommand("resolved", text="协商一致", code="waive")),
    ("pause", StaffCommand("pause")),
    ("pause 2027-01-10", StaffCommand("pause", day=date(2027, 1, 10))),
    ("pause until 2027-01-10", StaffCommand("pause", day=date(2027, 1, 10))),
    ("暂停 下周五", StaffCommand("pause", day=date(2026, 12, 4))),
    ("resume", StaffCommand("resume")),
    ("恢复", StaffCommand("resume")),
    ("promise 2026-12-10", StaffCommand("promise", day=date(2026, 12, 10))),
    ("promise next Friday", StaffCommand("promise", day=date(2026, 12, 4))),
    ("Promise: by December 10", StaffCommand("promise", day=date(2026, 12, 10))),
    ("承诺 12月5日", StaffCommand("promise", day=date(2026, 12, 5))),
    ("note called their CFO", StaffCommand("note", text="called their CFO")),
    ("备注：客户说财务在走流程", StaffCommand("note", text="客户说财务在走流程")),
    ("stop", StaffCommand("stop")),
    ("停止", StaffCommand("stop")),
]


@pytest.mark.parametrize(("line", "expected"), GOOD, ids=[line for line, _ in GOOD])
def test_commands_understood(line: str, expected: StaffCommand) -> None:
    assert parse_command(line, TODAY) == expected


BAD = [
    ("payed 100", "unknown command 'payed' (did you mean 'paid'?)"),
    ("hello there", "unknown command 'hello'"),
    ("", "empty command"),
    ("paid lots", "paid: did not understand 'lots'"),
    ("paid 12000 abc", "paid: did not understand '12000 abc'"),
    ("promise", "promise needs a date"),
    ("promise soon", "promise needs a date 'soon'"),
    ("pause forever", "pause needs a date 'forever'"),
    ("note", "note needs a text"),
    ("paidx 100", "unknown command 'paidx'"),
]


@pytest.mark.parametrize(("line", "fragment"), BAD, ids=[line or "<empty>" for line, _ in BAD])
def test_errors_say_what_is_wrong(line: str, fragment: str) -> None:
    result = parse_command(line, TODAY)
    assert isinstance(result, CommandError)
    assert fragment in result.message
    assert result.line == line


def test_unknown_command_lists_every_command() -> None:
    result = parse_command("payed 100", TODAY)
    assert isinstance(result, CommandError)
    assert result.message.endswith(
        "commands: paid, dispute, pause, resume, promise, note, stop, waive, charge, accepted, "
        "approve, skip, called, resolved"
    )


@pytest.mark.parametrize("line", ["approve", "APPROVE", "批准", "同意发送"])
def test_approve_takes_no_argument(line: str) -> None:
    assert parse_command(line, TODAY) == StaffCommand("approve")


@pytest.mark.parametrize("line", ["skip", "跳过", "不发"])
def test_skip_takes_no_argument(line: str) -> None:
    assert parse_command(line, TODAY) == StaffCommand("skip")


def test_called_keeps_the_words_and_reads_a_month_day_as_the_next_one() -> None:
    cmd = parse_command("called: will pay 12-15", TODAY)
    assert cmd == StaffCommand("called", day=date(TODAY.year, 12, 15), text="will pay 12-15")
    assert parse_command("called: no answer", TODAY) == StaffCommand("called", text="no answer")
    assert isinstance(parse_command("called", TODAY), CommandError)


def test_first_command_line_skips_blank_lines_quotes_and_signatures() -> None:
    text = "\n\n  paid 12000 2026-12-05  \nthanks\n-- \nAlice\n\nOn Mon, Bob wrote:\n> paid?\n"
    assert first_command_line(text) == "paid 12000 2026-12-05"
    assert first_command_line("> quoted only\n") == ""
    qq = "暂停 2027-01-10\n\n------------------ 原始邮件 ------------------\n发件人: x"
    assert first_command_line(qq) == "暂停 2027-01-10"
