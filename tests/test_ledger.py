"""The ledger: lookups by id and the one rule "``paid:`` in the YAML beats the stored state"."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from daemon.config.schema import Config
from daemon.domain.ledger import Ledger, effective_status
from daemon.domain.state import MilestoneState, SendKey, SendRecord, StateView

AT = datetime(2026, 3, 1, 9, tzinfo=UTC)


def config(**paid: Any) -> Config:
    return Config.model_validate(
        {
            "settings": {
                "company": "Team",
                "pm": {"email": "pm@team.example"},
                "timezone": "Asia/Shanghai",
                "mail": {"from": {"email": "chase@team.example"}},
                "policy": {"notice_days": 5},
            },
            "clients": [
                {
                    "id": "acme",
                    "name": "Acme",
                    "timezone": "Europe/London",
                    "language": "en",
                    "contacts": {"to": [{"email": "pay@acme.cn"}]},
                    "contracts": [
                        {
                            "id": "C1",
                            "title": "Build",
                            "total": "10000.00",
                            "signed": "2026-01-05",
                            "payment_instructions": "Bank",
                            "policy": {"notice_days": 2},
                            "events": {"delivery": None},
                            "milestones": [
                                {
                                    "id": "m1",
                                    "name": "Deposit",
                                    "percent": "30",
                                    "due": "2026-02-01",
                                },
                                {
                                    "id": "m2",
                                    "name": "Final",
                                    "amount": "7000.00",
                                    "due_after": {"event": "delivery", "days": 10},
                                    **paid,
                                },
                            ],
                        }
                    ],
                }
            ],
        }
    )


def test_lookup_by_id() -> None:
    ledger = Ledger(config())
    client, contract, milestone = ledger.find("C1", "m1") or (None, None, None)
    assert client is not None and client.id == "acme" and contract is not None
    assert milestone is not None and milestone.name == "Deposit"
    assert ledger.find("C1", None) == (client, contract, None)
    assert ledger.find("C1", "nope") is None and ledger.find("C9", None) is None
    assert ledger.milestone("C1", None) is None
    assert [m.id for m in ledger.milestones()] == ["m1", "m2"]


def test_derived_values() -> None:
    ledger = Ledger(config())
    view = ledger.milestone("C1", "m1")
    assert view is not None
    assert view.amount == Decimal("3000.00") and view.due == date(2026, 2, 1)
    assert view.contract.policy.notice_days == 2  # the contract override
    assert str(view.contract.timezone) == "Europe/London" and view.contract.language == "en"
    assert view.contract.calendar_name == "CN" and view.contract.calendar.is_working_day(
        date(2026, 10, 10)
    )
    m2 = ledger.milestone("C1", "m2")
    assert m2 is not None and m2.due is None  # waiting for the delivery date
    assert ledger.recipients("C1", "due") == (("pay@acme.cn",), ())


def test_paid_in_yaml_beats_the_stored_state() -> None:
    state = StateView(milestones={("C1", "m2"): MilestoneState(status="disputed")})
    plain = Ledger(config(), state)
    assert plain.status("C1", "m2") == "disputed"
    paid = Ledger(config(paid={"on": "2026-02-20"}), state)
    view = paid.milestone("C1", "m2")
    assert view is not None and view.status == "paid" and view.paid_in_config
    assert view.state.status == "disputed"  # the stored state is kept as it is
    assert paid.status("C1", "m2") == "paid"
    assert effective_status(view.milestone, MilestoneState()) == "paid"


def test_status_of_an_unknown_milestone_is_the_stored_one() -> None:
    state = StateView(milestones={("C9", "x"): MilestoneState(status="stopped")})
    assert Ledger(config(), state).status("C9", "x") == "stopped"


def test_sends_are_indexed_per_milestone() -> None:
    key = SendKey("C1", "m1", "due")
    terms = SendKey("C1", None, "terms")
    sends = {k: SendRecord(k, f"<{k.stage}@x>", "sent", AT) for k in (key, terms)}
    ledger = Ledger(config(), StateView(sends=sends))
    assert list(ledger.sends("C1", "m1")) == [key]
    assert list(ledger.sends("C1", None)) == [terms]
    assert ledger.sends("C1", "m2") == {}


def test_payment_facts_follow_one_rule() -> None:
    """Day and amount: YAML ``paid:`` beats the state; a stated day beats the change's day."""
    london = ZoneInfo("Europe/London")
    late = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # 2 March in Shanghai, 1 March in London
    state = StateView(milestones={("C1", "m1"): MilestoneState(status="paid", updated_at=late)})
    view = Ledger(config(), state).milestone("C1", "m1")
    assert view is not None
    paid = view.payment()  # the client's timezone
    assert (paid.on, paid.stated, paid.recorded_at) == (date(2026, 3, 1), False, late)
    assert paid.amount == Decimal("3000.00") and not paid.discount_taken
    assert view.payment(ZoneInfo("Asia/Shanghai")).on == date(2026, 3, 2)
    assert view.payment(london) == paid

    staff = MilestoneState(
        status="paid", updated_at=late, paid_on=date(2026, 2, 27), paid_amount=Decimal("2900")
    )
    view = Ledger(config(), StateView(milestones={("C1", "m1"): staff})).milestone("C1", "m1")
    assert view is not None
    assert (view.payment().on, view.payment().stated) == (date(2026, 2, 27), True)
    assert view.payment().amount == Decimal("2900")

    in_yaml = Ledger(
        config(paid={"on": "2026-02-20", "amount": "7000.00"}),
        StateView(milestones={("C1", "m2"): staff}),
    ).milestone("C1", "m2")
    assert in_yaml is not None
    assert (in_yaml.payment().on, in_yaml.payment().amount) == (
        date(2026, 2, 20),
        Decimal("7000.00"),
    )

    unpaid = Ledger(config()).milestone("C1", "m1")
    assert unpaid is not None and unpaid.payment().on is None
    assert unpaid.payment().amount is None and unpaid.paid_so_far.remaining == Decimal("3000.00")


def test_ledgers_of_one_config_share_the_views_of_contracts_without_events() -> None:
    """A tick builds several ledgers: a contract's view (its effective policy is a model
    validation) is worked out once per config, unless learned event dates shape it."""
    cfg = config()
    plain = {**cfg.model_dump(by_alias=True)}
    plain["clients"][0]["contracts"][0]["events"] = {}
    plain["clients"][0]["contracts"][0]["milestones"].pop()
    no_events = Config.model_validate(plain)
    first, second = Ledger(no_events), Ledger(no_events, StateView())
    assert first.contract("C1") is second.contract("C1")
    assert first.contract("C1") is not None and first.contract("C1").policy.notice_days == 2
    assert list(first.contracts_with_events()) == []
    # with events the view depends on the state (a date learned by email): not shared
    assert Ledger(cfg).contract("C1") is not Ledger(cfg).contract("C1")
    assert [v.id for v in Ledger(cfg).contracts_with_events()] == ["C1"]
