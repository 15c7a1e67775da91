"""Report numbers pinned on a hand-built year of chasing (tests/report_world.py).

A client always 10 days late, one that disputes and breaks a promise, one that pays early
and takes the discount, one with a pending promise: each number below is worked out by
hand in the comments.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from daemon.domain.events import StateChanged
from daemon.reports import facts, metrics
from daemon.reports.build import Report, build_report
from daemon.reports.metrics import MilestoneFact, Promise
from daemon.storage.store import Store
from tests.report_world import REPORT_NOW, build_world

D = Decimal


@pytest.fixture
def report(tmp_path: Path) -> Report:
    _, config = build_world(tmp_path)
    with Store(config.settings.data_dir / "state.json", read_only=True) as store:
        return build_report(config, store.snapshot(), store.events(), REPORT_NOW)


def facts_by_key(report: Report) -> dict[tuple[str, str], MilestoneFact]:
    return {(f.contract, f.milestone): f for f in report.facts}


def test_payment_dates_and_days_late(report: Report) -> None:
    facts = facts_by_key(report)
    # L1: m1 and m3 by paid: in the YAML, m2 by a staff command whose cause has the date.
    assert [facts[("L1", m)].paid_on for m in ("m1", "m2", "m3")] == [
        date(2026, 3, 20),
        date(2026, 6, 20),
        date(2026, 9, 20),
    ]
    assert [facts[("L1", m)].days_late for m in ("m1", "m2", "m3")] == [10, 10, 10]
    assert facts[("D1", "m1")].days_late == 65  # due 08-01, paid 10-05
    assert facts[("E1", "m1")].days_late == -16  # due 10-31, paid 10-15
    assert facts[("E1", "m1")].discount_taken
    assert facts[("E1", "m1")].paid_amount == D("49000.00")  # 2 % off 50,000
    assert facts[("P1", "m1")].days_late is None and facts[("P1", "m1")].days_overdue == 11


def test_outstanding_per_currency_and_contract(report: Report) -> None:
    assert report.outstanding == {"CNY": D("40000.00"), "USD": D("10000.00")}
    rows = {r["contract"]: r for r in report.by_contract}
    assert set(rows) == {"D1", "P1"}  # L1 and E1 are paid off
    assert (rows["P1"]["outstanding"], rows["P1"]["overdue"]) == (D("40000.00"), D("20000.00"))
    assert rows["D1"]["currency"] == "USD" and rows["D1"]["overdue"] == D("10000.00")


def test_aging_buckets(report: Report) -> None:
    # P1 m1 is 11 days overdue, P1 m2 not due; D1 m2 is 46 days overdue.
    assert report.aging["CNY"]["promiser"]["1-30"] == D("20000.00")
    assert report.aging["CNY"]["promiser"]["not_due"] == D("20000.00")
    assert report.aging["USD"] == {
        "disputer": {
            "not_due": D(0),
            "1-30": D(0),
            "31-60": D("10000.00"),
            "61-90": D(0),
            "90+": D(0),
        }
    }
    assert report.aging_totals["CNY"]["1-30"] == D("20000.00")


def test_collected_dso_and_forecast(report: Report) -> None:
    # Period: the 90 days 2026-10-03 .. 2026-12-31.
    assert report.period_start == date(2026, 10, 3)
    # E1 paid 49,000 on 10-15; D1 m1 paid 10,000 USD on 10-05; L1 m3 (09-20) is before.
    assert report.collected == {"CNY": D("49000.00"), "USD": D("10000.00")}
    # CNY: receivable P1 m1 20,000; fell due in period E1 50,000 + P1 m1 20,000.
    # 20,000 / 70,000 x 90 = 25.71; USD: 10,000 / 10,000 x 90 = 90.
    assert report.dso == {"CNY": 25.7, "USD": 90.0}
    # P1 m1 promised for 01-05 (5 days ahead), P1 m2 due 03-01 (60 days ahead).
    assert report.forecast["CNY"] == {
        "overdue": D(0),
        "next_30": D("20000.00"),
        "next_60": D("40000.00"),
        "next_90": D("40000.00"),
    }
    assert report.forecast["USD"]["overdue"] == D("10000.00")


def test_payment_habits_and_scores(report: Report) -> None:
    habits = {h.client: h for h in report.habits}
    late = habits["late"]
    assert (late.on_time_rate, late.avg_days_late, late.worst_days_late) == (0.0, 10.0, 10)
    assert late.score == 30  # 60 x 0 + 40 - 10
    early = habits["early"]
    assert (early.on_time_rate, early.discounts_taken, early.score) == (1.0, 1, 100)
    disputer = habits["disputer"]
    # D1 m1 paid 65 days late, D1 m2 open 46 days overdue.
    assert (disputer.avg_days_late, disputer.worst_days_late) == (55.5, 65)
    assert (disputer.disputes, disputer.promises_kept, disputer.promises_broken) == (1, 0, 1)
    assert disputer.score == 0  # 40 - 40 - 10 - 10, clamped
    promiser = habits["promiser"]
    assert (promiser.promises_kept, promiser.promises_broken) == (0, 0)  # still pending
    assert promiser.score == 29  # 40 - 11
    assert [h.client for h in report.habits] == ["disputer", "promiser", "late", "early"]


def test_reviews_of_fully_paid_contracts(report: Report) -> None:
    reviews = {r.contract: r for r in report.reviews}
    assert set(reviews) == {"L1", "E1"}
    l1 = reviews["L1"]
    assert (l1.paid_off, l1.emails, l1.disputes, l1.worst_days_late) == (
        date(2026, 9, 20),
        9,  # notice, due, reminder for each of 3 milestones (terms and thanks not counted)
        0,
        10,
    )
    assert [m["days_late"] for m in l1.milestones] == [10, 10, 10]
    assert reviews["E1"].total_paid == D("49000.00")


def test_emails_sent_count_chase_stages_only(report: Report) -> None:
    facts = facts_by_key(report)
    assert facts[("L1", "m2")].emails_sent == 3  # the thanks email is not chasing
    assert facts[("D1", "m2")].emails_sent == 5


# -- pure unit tests on hand-made facts ---------------------------------------------------


def fact(**kw: object) -> MilestoneFact:
    base: dict[str, object] = {
        "client": "c",
        "contract": "K",
        "milestone": "m",
        "name": "M",
        "currency": "CNY",
        "amount": D("100.00"),
        "due": date(2026, 1, 31),
        "status": "open",
        "reason": "",
        "today": date(2026, 3, 1),
    }
    return MilestoneFact(**{**base, **kw})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (None, "not_due"),
        (0, "not_due"),
        (1, "1-30"),
        (30, "1-30"),
        (31, "31-60"),
        (60, "31-60"),
        (61, "61-90"),
        (90, "61-90"),
        (91, "90+"),
    ],
)
def test_bucket_boundaries(days: int | None, bucket: str) -> None:
    assert metrics.bucket_of(days) == bucket


@pytest.mark.parametrize(
    ("rate", "avg", "disputes", "broken", "score"),
    [
        (1.0, 0.0, 0, 0, 100),
        (0.5, 5.0, 0, 0, 65),
        (0.0, 100.0, 0, 0, 0),
        (1.0, 0.0, 1, 1, 80),
        (0.75, 2.5, 0, 0, 83),
    ],
)
def test_habit_score_formula(
    rate: float, avg: float, disputes: int, broken: int, score: int
) -> None:
    assert metrics.habit_score(rate, avg, disputes, broken) == score


def test_dso_is_none_when_nothing_fell_due_in_the_period() -> None:
    facts = [fact(due=date(2025, 1, 1))]  # overdue for long, but due before the period
    assert metrics.dso(facts, date(2026, 3, 1), 30) == {"CNY": None}


def test_forecast_leaves_out_disputed_and_stopped_and_counts_promises_at_their_date() -> None:
    facts = [
        fact(milestone="a", status="disputed"),
        fact(milestone="b", status="stopped"),
        fact(milestone="c", status="promised", promised_date=date(2026, 4, 15)),  # 45 days
        fact(milestone="d", status="paid", paid_on=date(2026, 2, 1)),
    ]
    assert metrics.forecast(facts, date(2026, 3, 1)) == {
        "CNY": {"overdue": D(0), "next_30": D(0), "next_60": D("100.00"), "next_90": D("100.00")}
    }


def test_currencies_are_never_added_together() -> None:
    facts = [fact(currency="CNY"), fact(currency="USD", milestone="u"), fact(currency="USD")]
    assert metrics.outstanding_totals(facts) == {"CNY": D("100.00"), "USD": D("200.00")}


def test_review_needs_every_milestone_paid() -> None:
    paid = fact(status="paid", paid_on=date(2026, 2, 5), emails_sent=2)
    assert metrics.contract_review([paid, fact(milestone="n")]) is None
    review = metrics.contract_review([paid])
    assert review is not None and (review.avg_days_late, review.emails) == (5.0, 2)


def test_claimed_paid_counts_for_habits_but_stays_outstanding() -> None:
    claimed = fact(status="claimed_paid", claimed_on=date(2026, 2, 3))
    assert claimed.days_late == 3 and claimed.outstanding == D("100.00")
    [habits] = metrics.client_habits([claimed])
    assert habits.avg_days_late == 3.0


def test_a_client_without_history_has_no_score() -> None:
    [habits] = metrics.client_habits([fact(due=date(2026, 6, 1))])
    assert habits.score is None and habits.judged == 0


def test_promise_outcomes() -> None:
    at = datetime.fromisoformat("2026-02-01T10:00:00+08:00")
    changes = [
        StateChanged(
            at=at,
            contract="K",
            milestone="m",
            old="open",
            new="promised",
            promised_date=date(2026, 2, 10),
        )
    ]
    kept = facts._promises(changes, [*changes], None, date(2026, 2, 12), date(2026, 3, 1), 2)
    broken = facts._promises(changes, [*changes], None, date(2026, 2, 13), date(2026, 3, 1), 2)
    unpaid = facts._promises(changes, [*changes], None, None, date(2026, 2, 12), 2)
    assert kept == (Promise(at, date(2026, 2, 10), "kept"),)
    assert broken[0].outcome == "broken" and unpaid[0].outcome == "pending"
