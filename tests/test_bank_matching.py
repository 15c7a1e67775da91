"""Matching bank credits to milestones (issue 16.2): pure, table-like tests."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from daemon.bank.credit import Credit
from daemon.bank.matching import match, payer_is
from daemon.config.schema import Config
from daemon.domain.ledger import Ledger
from daemon.domain.state import MilestoneState, StateView
from tests.inbox_builders import make_config

NAME = "杭州阿克米科技有限公司"
ACCOUNT = "6222 0210 0100"


def _world() -> Config:
    def ms(id: str, due: str, amount: str, **kw: object) -> dict:
        return {"id": id, "name": f"Milestone {id}", "amount": amount, "due": due, **kw}

    def contract(id: str, total: str, *milestones: dict, **kw: object) -> dict:
        return {
            "id": id,
            "title": f"Contract {id}",
            "total": total,
            "signed": "2026-01-05",
            "payment_instructions": "Bank of Example",
            "milestones": list(milestones),
            **kw,
        }

    acme = {
        "id": "acme",
        "name": NAME,
        "aliases": ["Hangzhou Acme Technology Co., Ltd."],
        "bank_accounts": [ACCOUNT],
        "contacts": {"to": [{"email": "pay@acme.cn"}]},
        "contracts": [
            contract(
                "HZ-1",
                "100000.00",
                ms("deposit", "2026-12-20", "30000.00", invoice_number="INV-001"),
                ms("final", "2027-03-01", "70000.00"),
            ),
            contract(
                "HZ-2",
                "10000.00",
                ms("only", "2026-12-30", "10000.00"),
                discount={"percent": "2", "days_before_due": 10},
            ),
            contract("HZ-3", "30000.00", ms("one", "2027-01-30", "30000.00")),
        ],
    }
    beta = {
        "id": "beta",
        "name": "Beta GmbH",
        "contacts": {"to": [{"email": "ap@beta.example"}]},
        "contracts": [contract("B-1", "5000.00", ms("final", "2026-11-25", "5000.00"))],
    }
    return make_config(acme, beta)


def credit(amount: str, payer: str = NAME, memo: str = "", **kw: object) -> Credit:
    values: dict = {"booked": date(2026, 12, 5), "currency": "CNY", "account": "", **kw}
    return Credit(amount=Decimal(amount), payer=payer, memo=memo, **values)


def verdict(c: Credit, state: StateView | None = None, confirmed: tuple[str, ...] = ()):
    return match(c, Ledger(_world(), state or StateView()), 88, confirmed)


@pytest.mark.parametrize(
    ("payer", "account", "same"),
    [
        ("杭州阿克米科技有限公司", "", True),
        ("杭州阿克米科技有限责任公司", "", True),
        ("杭州阿克米科技（有限公司）", "", True),
        ("HANGZHOU ACME TECHNOLOGY CO LTD", "", True),
        ("Hangzhou Acme Technology Company Limited", "", True),
        ("", "6222-0210-0100", True),
        ("某某个人", "622202100100", True),
        ("杭州阿克米食品有限公司", "", False),
        ("阿克米", "", False),
        ("", "", False),
    ],
)
def test_the_payer_is_the_client_by_name_variant_alias_or_account(
    payer: str, account: str, same: bool
) -> None:
    client = _world().clients[0]
    assert payer_is(client, credit("1.00", payer, account=account), 88) is same


def test_exact_amount_from_the_client_pays_the_one_milestone() -> None:
    v = verdict(credit("70000.00"))
    assert (v.outcome, v.chosen and v.chosen.key) == ("paid", "HZ-1/final")
    assert v.reason == "payer, exact"


def test_same_amount_twice_is_ambiguous_until_the_words_say_which() -> None:
    v = verdict(credit("30000.00"))
    assert v.outcome == "review" and v.reason == "ambiguous"
    assert {c.key for c in v.candidates} == {"HZ-1/deposit", "HZ-3/one"}
    by_invoice = verdict(credit("30000.00", memo="发票号 INV-001 货款"))
    assert by_invoice.chosen is not None and by_invoice.chosen.key == "HZ-1/deposit"
    by_contract = verdict(credit("30000.00", memo="HZ-3 合同款"))
    assert by_contract.chosen is not None and by_contract.chosen.key == "HZ-3/one"
    by_token = verdict(credit("30000.00", memo="[CK-HZ-1-deposit]"))
    assert by_token.chosen is not None and by_token.chosen.key == "HZ-1/deposit"


def test_a_claim_the_statement_confirms_breaks_the_tie() -> None:
    state = StateView(milestones={("HZ-3", "one"): MilestoneState(status="claimed_paid")})
    v = verdict(credit("30000.00"), state)
    assert v.outcome == "paid" and v.chosen is not None and v.chosen.key == "HZ-3/one"
    assert "confirms the client's claim" in v.reason


def test_discounted_amount_pays_inside_the_window_only() -> None:
    inside = verdict(credit("9800.00", booked=date(2026, 12, 20)))
    assert inside.outcome == "paid" and inside.chosen and inside.chosen.fit == "discounted"
    assert inside.chosen.key == "HZ-2/only"
    late = verdict(credit("9800.00", booked=date(2026, 12, 21)))
    assert (late.outcome, late.reason) == ("review", "discount_late")


def test_a_part_payment_needs_the_reference() -> None:
    named = verdict(credit("20000.00", memo="HZ-1 final 第一笔"))
    assert named.outcome == "paid" and named.chosen and named.chosen.fit == "partial"
    assert named.chosen.key == "HZ-1/final"
    bare = verdict(credit("20000.00"))
    assert (bare.outcome, bare.reason) == ("review", "partial")


def test_the_remainder_after_a_part_payment_is_an_exact_match() -> None:
    state = StateView(
        milestones={("HZ-1", "final"): MilestoneState(paid_amount=Decimal("20000.00"))}
    )
    v = verdict(credit("50000.00"), state)
    assert v.outcome == "paid" and v.chosen and v.chosen.key == "HZ-1/final"


def test_over_payment_and_other_currency_go_to_the_pm() -> None:
    over = verdict(credit("75000.00", memo="HZ-1 final"))
    assert (over.outcome, over.reason) == ("review", "over_payment")
    usd = verdict(credit("70000.00", currency="USD"))
    assert (usd.outcome, usd.reason) == ("review", "currency")


def test_a_stranger_with_a_known_amount_is_a_weak_candidate_never_a_payment() -> None:
    v = verdict(credit("70000.00", payer="某贸易有限公司"))
    assert (v.outcome, v.reason) == ("review", "weak")
    assert [c.key for c in v.candidates] == ["HZ-1/final"]
    nothing = verdict(credit("123.45", payer="某贸易有限公司"))
    assert (nothing.outcome, nothing.reason, nothing.candidates) == (
        "review",
        "unknown_payer",
        (),
    )


def test_paid_and_stopped_milestones_are_never_candidates_a_credit_confirms_a_payment() -> None:
    state = StateView(
        milestones={
            ("HZ-1", "final"): MilestoneState(status="paid", paid_amount=Decimal("70000.00")),
            ("HZ-3", "one"): MilestoneState(status="stopped"),
        }
    )
    v = verdict(credit("70000.00"), state)
    assert v.outcome == "known" and v.chosen and v.chosen.key == "HZ-1/final"
    again = verdict(credit("70000.00"), state, confirmed=("HZ-1/final",))
    assert again.outcome == "review"  # a second credit for it: the PM looks
    assert all(c.key not in ("HZ-1/final", "HZ-3/one") for c in again.candidates)
    stopped = verdict(credit("30000.00"), state)
    assert stopped.outcome == "paid" and stopped.chosen and stopped.chosen.key == "HZ-1/deposit"


def test_applied_a_credit_pays_through_the_staff_path_and_nothing_reopens(tmp_path) -> None:
    from daemon.bank.apply import import_statement
    from daemon.storage.store import Store
    from tests import bank_statements as bs

    config = _world()
    now = datetime.fromisoformat("2026-12-08T10:00:00+08:00")
    first = [bs.Line(date(2026, 12, 5), Decimal("20000.00"), NAME, "", "HZ-1 final 第一笔", "R1")]
    rest = [
        bs.Line(date(2026, 12, 6), Decimal("50000.00"), NAME, "", "HZ-1 final", "R2"),
        bs.Line(date(2026, 12, 7), Decimal("50000.00"), NAME, "", "HZ-1 final again", "R3"),
        bs.Line(date(2026, 12, 7), Decimal("10000.00"), "", ACCOUNT, "", "R4"),
    ]
    with Store(tmp_path / "state.json") as store:
        import_statement(store, config, bs.gbk_csv(first), "a.csv", now)
        part = store.get_milestone("HZ-1", "final")
        assert (part.status, part.paid_amount, part.paid_on) == (
            "open",
            Decimal("20000.00"),
            date(2026, 12, 5),
        )
        result = import_statement(store, config, bs.gbk_csv(first + rest), "b.csv", now)
        outcomes = [(v.outcome, v.reason) for _c, v in result.new]
        assert outcomes[0] == ("paid", "payer, exact, reference")  # the remainder
        assert outcomes[1] == ("review", "over_payment")  # paid already: never twice
        assert outcomes[2][0] == "paid"  # HZ-2/only by the account number alone
        final = store.get_milestone("HZ-1", "final")
        assert (final.status, final.paid_amount) == ("paid", Decimal("70000.00"))
        payments = [e["data"] for e in store.events() if e["kind"] == "payment"]
        assert [(p["source"], p["amount"], p["remaining"]) for p in payments] == [
            ("bank", "20000.00", "50000.00"),
            ("bank", "50000.00", "0.00"),
            ("bank", "10000.00", "0.00"),
        ]
