"""The bank on the PM's daily list (issue 16.2): credits to place, claims the bank should
confirm, and the one-word replies ``match N`` / ``not ours`` (pure)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from daemon.bank.commands import BankCommand, credit_token, parse
from daemon.domain.events import BankCredit
from daemon.domain.state import MilestoneState, StateView
from daemon.reports.todo import as_lines, todo
from tests.inbox_builders import acme, contract, make_config, milestone

NOW = datetime.fromisoformat("2026-12-07T10:00:00+08:00")  # a Monday


def _config(language: str = "en"):
    m1, m2 = milestone("m1", "2026-11-20", "5000.00"), milestone("m2", "2027-01-10", "5000.00")
    return make_config(acme(contract("C1", m1, m2)), language=language)


def _review(outcome: str = "review", at: datetime = NOW) -> BankCredit:
    return BankCredit(
        at=at,
        credit="1a2b3c4d5e6f",
        outcome=outcome,
        amount=Decimal("5000.00"),
        currency="CNY",
        booked=date(2026, 12, 4),
        payer="ACME LTD",
        memo="payment",
        reason="ambiguous",
        candidates=("C1/m1", "C1/m2"),
    )


def test_a_credit_to_place_is_one_line_with_numbered_candidates_and_its_token() -> None:
    [action] = todo(_config(), StateView(), NOW, [_review()])
    assert action.kind == "bank_credit"
    assert action.commands == ("match 1", "match 2", "not ours")
    assert action.token == "[CK-BANK-1a2b3c4d5e6f]"
    assert "1. Milestone m1 / Contract C1 (ACME Ltd," in action.reason
    assert "2. Milestone m2 / Contract C1" in action.reason
    assert "it fits more than one milestone" in action.reason
    line = as_lines([action], "en")[1]
    assert line.endswith("match 1 | match 2 | not ours [CK-BANK-1a2b3c4d5e6f]")
    [zh] = todo(_config("zh"), StateView(), NOW, [_review()])
    assert zh.reason.startswith("银行到账 2026年12月4日，ACME LTD 汇入 ¥5,000.00")
    assert (
        "可对应多个款项。候选：1. Milestone m1 / Contract C1（ACME Ltd，¥5,000.00）；2."
        in zh.reason
    )
    assert zh.as_row(1)["token"] == "[CK-BANK-1a2b3c4d5e6f]"


def test_a_decided_credit_leaves_the_list() -> None:
    events = [_review(), _review("paid"), _review("not_ours")]
    assert todo(_config(), StateView(), NOW, events[:2]) == []
    assert todo(_config(), StateView(), NOW, [_review(), _review("not_ours")]) == []


def _claimed(on: str) -> StateView:
    at = datetime.fromisoformat(on)
    return StateView(
        milestones={("C1", "m1"): MilestoneState(status="claimed_paid", updated_at=at)}
    )


def test_a_claim_waits_for_the_bank_then_reaches_the_pm() -> None:
    using_bank = [_review("paid", datetime.fromisoformat("2026-11-01T10:00:00+08:00"))]
    # claimed Thursday: Friday and Monday are 2 working days, under the 3 of the default
    assert todo(_config(), _claimed("2026-12-03T10:00:00+08:00"), NOW, using_bank) == []
    [late] = todo(_config(), _claimed("2026-12-02T10:00:00+08:00"), NOW, using_bank)
    assert late.kind == "verify_payment"
    assert "no matching credit on the bank statements after 3 working days" in late.reason
    # a firm that imports no statements is asked at once, as before
    [asked] = todo(_config(), _claimed("2026-12-07T09:00:00+08:00"), NOW, [])
    assert asked.kind == "verify_payment" and "bank statements" not in asked.reason


@pytest.mark.parametrize(
    ("line", "command"),
    [
        ("match 2", BankCommand("match", 2)),
        ("match 2 [CK-BANK-1a2b3c4d5e6f]", BankCommand("match", 2)),
        ("Match #1.", BankCommand("match", 1)),
        ("匹配 1", BankCommand("match", 1)),
        ("not ours [CK-BANK-1a2b3c4d5e6f]", BankCommand("not ours")),
        ("不是我们的", BankCommand("not ours")),
        ("match", None),
        ("match two", None),
        ("paid 5000", None),
    ],
)
def test_the_one_word_replies(line: str, command: BankCommand | None) -> None:
    assert parse(line) == command


def test_the_token_counts_on_the_command_line_or_the_subject_never_in_the_quote() -> None:
    quoted = "match 1\n\nOn Mon, cuikuan wrote:\n> 1. ... not ours [CK-BANK-aaaaaaaaaaaa]"
    assert credit_token("Re: 今日待办 2 项", quoted) is None
    assert credit_token("Re: [CK-BANK-bbbbbbbbbbbb]", quoted) == "bbbbbbbbbbbb"
    assert credit_token("Re: list", "match 1 [CK-BANK-CCCCCCCCCCCC]\n") == "cccccccccccc"
