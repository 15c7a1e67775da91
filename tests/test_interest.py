"""Late-payment interest (issue 13.5): the figures by hand, the clause in the config, the
rate as written, the waiver command, and what a demand letter says."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from daemon.config.money_terms import LateInterest, parse_rate
from daemon.config.record_ops import replace
from daemon.domain.emails import PlannedEmail
from daemon.domain.interest import late_interest, milestone_interest
from daemon.domain.state import MilestoneState, SendKey, SendRecord, StateView
from daemon.inbox.staff_commands import CommandError, StaffCommand, parse_command
from daemon.mail.interest_text import rate_text
from daemon.mail.rendering import render
from tests.test_config import BASE, edit, issues_of, write  # noqa: F401
from tests.test_rendering import make_config

SH = ZoneInfo("Asia/Shanghai")
DUE = date(2026, 11, 20)


def clause(**kw: object) -> LateInterest:
    return LateInterest.model_validate({"rate": "万分之五", "per": "day", **kw})


# --- the figures, worked out by hand ---------------------------------------------------------


def test_daily_rate_counts_from_the_day_after_the_due_date() -> None:
    # 80,000 x 0.0005 x 31 days (21 Nov .. 21 Dec) = 1,240.00
    got = late_interest(clause(), Decimal("80000.00"), DUE, date(2026, 12, 21))
    assert (got.days, got.interest, got.total) == (31, Decimal("1240.00"), Decimal("81240.00"))
    assert got.start == date(2026, 11, 21)
    assert late_interest(clause(), Decimal("80000.00"), DUE, DUE).interest == 0
    assert late_interest(clause(), Decimal("80000.00"), DUE, date(2026, 11, 21)).interest == 40


def test_yearly_rate_is_actual_over_365_rounded_half_up_once() -> None:
    yearly = LateInterest.model_validate({"rate": "6%", "per": "year"})
    # 12,345.67 x 0.06 x 45 / 365 = 91.3241... -> 91.32
    got = late_interest(yearly, Decimal("12345.67"), DUE, date(2027, 1, 4))
    assert (got.days, got.interest) == (45, Decimal("91.32"))
    # 1,000 x 0.06 x 1 / 365 = 0.16438... -> 0.16
    assert late_interest(yearly, Decimal("1000"), DUE, date(2026, 11, 21)).interest == Decimal(
        "0.16"
    )


def test_the_cap_is_an_amount_or_a_percentage_of_the_principal() -> None:
    as_of = date(2027, 11, 20)  # 365 days: 80,000 x 0.0005 x 365 = 14,600.00 uncapped
    assert late_interest(clause(), Decimal(80000), DUE, as_of).interest == Decimal("14600.00")
    by_amount = late_interest(clause(cap=5000), Decimal(80000), DUE, as_of)
    assert (by_amount.interest, by_amount.capped) == (Decimal("5000.00"), True)
    by_percent = late_interest(clause(cap="10%"), Decimal(80000), DUE, as_of)
    assert (by_percent.interest, by_percent.total) == (Decimal("8000.00"), Decimal("88000.00"))
    under = late_interest(clause(cap="10%"), Decimal(80000), DUE, date(2026, 12, 21))
    assert (under.interest, under.capped) == (Decimal("1240.00"), False)


def test_waived_interest_is_zero() -> None:
    got = late_interest(clause(), Decimal(80000), DUE, date(2026, 12, 21), waived=True)
    assert (got.interest, got.total, got.waived) == (Decimal(0), Decimal(80000), True)


def test_a_milestone_bears_interest_on_what_remains_and_from_the_demand_when_said(
    tmp_path: Path,
) -> None:
    config = make_config(tmp_path)
    [contract] = [c for cl in config.clients for c in cl.contracts if c.id == "HZ-2026-017"]
    contract = replace(contract, late_interest=clause())
    midterm = next(m for m in contract.milestones if m.id == "midterm")  # 50,000 due 12-01
    part = StateView(milestones={(contract.id, "midterm"): MilestoneState(paid_amount=20000)})
    got = milestone_interest(contract, midterm, part, date(2026, 12, 11), SH)
    assert got is not None  # 30,000 x 0.0005 x 10 = 150.00
    assert (got.principal, got.interest) == (Decimal("30000.00"), Decimal("150.00"))
    assert milestone_interest(contract, midterm, StateView(), date(2026, 12, 1), SH) is None

    on_demand = replace(contract, late_interest=clause(**{"from": "demand"}))
    assert milestone_interest(on_demand, midterm, StateView(), date(2026, 12, 11), SH) is None
    key = SendKey(contract.id, "midterm", "demand")
    sent = datetime(2026, 12, 31, 10, tzinfo=SH)
    demanded = StateView(sends={key: SendRecord(key, "<d@x>", "sent", sent)})
    got = milestone_interest(on_demand, midterm, demanded, date(2027, 1, 10), SH)
    assert got is not None and (got.days, got.interest) == (10, Decimal("250.00"))


# --- the clause in the config ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "rate", "per"),
    [
        ("万分之五", "0.0005", None),
        ("万分之五/日", "0.0005", "day"),
        ("每日万分之五", "0.0005", "day"),
        ("千分之一", "0.001", None),
        ("万分之二点一", "0.00021", None),
        ("0.05%", "0.0005", None),
        ("年利率6%", "0.06", "year"),
        ("5‰", "0.005", None),
        ("0.0005", "0.0005", None),
    ],
)
def test_rates_as_contracts_write_them(written: str, rate: str, per: str | None) -> None:
    assert parse_rate(written) == (Decimal(rate), per)


def test_the_rate_is_shown_as_written() -> None:
    assert rate_text(clause(), "zh") == "每日万分之五"
    assert rate_text(clause(), "en") == "0.05% per day (万分之五)"
    written = LateInterest.model_validate({"rate": "万分之五/日"})
    assert (written.per, rate_text(written, "zh")) == ("day", "万分之五/日")
    plain = LateInterest.model_validate({"rate": 0.06, "per": "year"})
    assert (rate_text(plain, "zh"), rate_text(plain, "en")) == ("年利率6%", "6% a year")


def test_a_bad_clause_is_reported_with_file_line_field_and_fix(write) -> None:  # noqa: F811
    text = edit(
        BASE,
        "        events:",
        "        late_interest: {rate: 五厘, per: day, cap: 10 percent}\n        events:",
    )
    rate, cap = issues_of(write(text))
    assert rate.startswith("config.yaml:19: clients[0].contracts[0].late_interest.rate:")
    assert "万分之五" in rate  # says how to write it
    assert cap.startswith("config.yaml:19: clients[0].contracts[0].late_interest.cap:")
    assert "a percentage (10%)" in cap

    text = edit(BASE, "        events:", "        late_interest: {rate: 0.05, per: day}\n"
                "        events:")  # fmt: skip
    [issue] = issues_of(write(text))
    assert issue.startswith("config.yaml:19: clients[0].contracts[0].late_interest:")
    assert "per: year" in issue

    text = edit(BASE, "        events:", "        late_interest: {rate: 年利率6%, per: day}\n"
                "        events:")  # fmt: skip
    [issue] = issues_of(write(text))
    assert "yearly rate but per is 'day'" in issue

    text = edit(BASE, "        events:", "        late_interest: {rate: 0.0005}\n"
                "        events:")  # fmt: skip
    [issue] = issues_of(write(text))
    assert issue.startswith("config.yaml:19: clients[0].contracts[0].late_interest.per:")


# --- the waiver ------------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["waive interest", "Waive late interest", "免息", "免除利息"])
def test_waive_interest_parses(line: str) -> None:
    assert parse_command(line, date(2026, 12, 1)) == StaffCommand("waive")


@pytest.mark.parametrize("line", ["waive", "waive the fee", "免息 全部"])
def test_waive_needs_to_say_interest(line: str) -> None:
    got = parse_command(line, date(2026, 12, 1))
    assert isinstance(got, CommandError) and "waive interest" in got.message


# --- the demand letter -----------------------------------------------------------------------


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_demand_letter_states_principal_interest_and_total(
    tmp_path: Path, language: str
) -> None:
    config = make_config(tmp_path)
    cid, mid = ("HZ-2026-017", "midterm") if language == "zh" else ("NW-2026-003", "deposit")
    clients = [
        replace(cl, contracts=[replace(c, late_interest=clause(cap="10%")) for c in cl.contracts])
        for cl in config.clients
    ]
    config = replace(config, clients=clients)
    at = datetime(2026, 12, 31, 10, tzinfo=SH)  # both milestones due 2026-12-01: 30 days
    key = SendKey(cid, mid, "demand")
    to = ("x@example.com",)
    out = render(config, PlannedEmail(key, at, "c", language, to), StateView(), at)
    # zh: 50,000 x 0.0005 x 30 = 750.00; en: 12,000 x 0.0005 x 30 = 180.00
    principal, interest, total = (
        ("¥50,000.00", "¥750.00", "¥50,750.00")
        if language == "zh"
        else ("USD 12,000.00", "USD 180.00", "USD 12,180.00")
    )
    words = {
        "zh": ("每日万分之五", "2026年12月2日", "30天", "合计应付"),
        "en": ("0.05% per day (万分之五)", "2 December 2026", "30 days", "Total now due"),
    }[language]
    for body in (out.text, out.html):
        for fact in (principal, interest, total, *words):
            assert fact in body, (fact, body)
    reminder = render(
        config, PlannedEmail(SendKey(cid, mid, "reminder", 1), at, "c", language, to),
        StateView(), at,
    )  # fmt: skip
    assert interest not in reminder.text  # only the demand letter and later stages


# --- the consolidated letter (issue 13.2) ------------------------------------------------------


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_consolidated_demand_states_each_payments_interest(tmp_path: Path, language: str) -> None:
    from daemon.config.loader import load_config
    from daemon.domain.consolidation import Consolidated
    from daemon.mail.consolidated import TEMPLATE, consolidated_context
    from daemon.mail.rendering import Renderer
    from tests.test_consolidation import write_config

    path = write_config(tmp_path, 25, 143)
    text = path.read_text(encoding="utf-8")
    anchor = "        payment_instructions: Bank of Example 123\n        milestones:\n"
    clauses = (
        "        payment_instructions: |\n"
        "          Account number: 6222 1234 5678\n"
        "          SWIFT: EXAMPLECNXXX\n"
        "        bank_account: {account_name: Team Ltd, bank: Bank of Example,"
        " account_number: 6222 1234 5678}\n"
        "        late_interest: {rate: 万分之五, per: day}\n"
        "        milestones:\n"
    )
    text = text.replace(anchor + "          - id: m1", clauses + "          - id: m1")
    lang_line = "    name: ACME Ltd\n    language: "
    text = text.replace(lang_line + "en", lang_line + language)
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    at = datetime(2026, 12, 21, 10, tzinfo=SH)  # due 2026-11-20: 31 days
    emails = tuple(
        PlannedEmail(SendKey("C-1", m, "demand"), at, "acme", language, ("pay@acme.cn",))
        for m in ("m1", "m2")
    )
    context = consolidated_context(config, Consolidated(emails), StateView(), at)
    out = Renderer.for_config(config).render_named(language, TEMPLATE, context)
    # m1: 50,000 remaining (30,000 paid in the YAML) x 0.0005 x 31 = 775.00; m2: 20,000 -> 310.00
    cny = "¥" if language == "zh" else "CNY "
    for body in (out.text, out.html):
        for figure in ("775.00", "50,775.00", "310.00", "20,310.00"):
            assert f"{cny}{figure}" in body, (figure, body)
        assert body.count("6222 1234 5678") == 1  # the account number once, from the block
        assert "SWIFT: EXAMPLECNXXX" in body
