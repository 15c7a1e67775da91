"""``cuikuan report``: disputes by reason and age, and the limitation dates (issue 14).

States are written through the real store (so the dispute fields go through storage and
the ``state_change`` history that ``--as-of`` replays); hand-computed ages, deadlines
(5 working days on the PRC calendar) and limitation dates.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from daemon.domain.state import MilestoneState
from daemon.reports import render
from daemon.reports.build import build_report
from daemon.storage.store import Store
from tests.inbox_builders import acme, contract, make_config, milestone

CONFIG = make_config(
    acme(
        contract(
            "C1",
            milestone("m1", "2026-09-10", "10000.00"),
            milestone("m2", "2026-11-01", "5000.00"),
            milestone("m3", "2026-11-15", "8000.00"),
            milestone("m4", "2026-11-20", "1000.00"),
        )
    )
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(f"{text}T10:00:00+08:00")


def _store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "state.json")
    whole = MilestoneState(
        status="disputed",
        reason="staff pm@example.com: dispute (invoice): wrong tax number",
        dispute_reason="invoice",
        dispute_words="wrong tax number",
        dispute_since=date(2026, 9, 30),
    )
    store.set_milestone("C1", "m1", whole, at("2026-09-30"), "staff:dispute")
    part = MilestoneState(
        reason="staff pm@example.com: dispute (acceptance): screen flickers",
        dispute_reason="acceptance",
        dispute_words="screen flickers",
        dispute_amount=Decimal("2000.00"),
        dispute_since=date(2026, 11, 20),
    )
    store.set_milestone("C1", "m2", part, at("2026-11-20"), "staff:dispute")
    # a client's dispute read from its words (no code recorded): the day of the change
    client = MilestoneState(status="disputed", reason="client: 金额与合同不符")
    store.set_milestone("C1", "m3", client, at("2026-11-28"), "reply:dispute")
    return store


def test_disputes_by_reason_and_age_and_the_limitation_dates(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        report = build_report(CONFIG, store.snapshot(), store.events(), at("2026-12-01"))
    data = report.to_json()
    by_reason = {r["reason"]: r for r in data["disputes"]["by_reason"]}
    assert (
        by_reason["invoice"] | {"count": 1, "amount": "10000.00", "31-90": 1}
        == (by_reason["invoice"])
    )
    # 30 Sep + 5 working days: 1-8 Oct is the National Day holiday, 10 Oct a make-up day
    [m1] = [r for r in data["disputes"]["open"] if r["milestone"] == "m1"]
    assert (m1["since"], m1["age_days"], m1["follow_up_by"], m1["overdue"]) == (
        "2026-09-30",
        62,
        "2026-10-13",
        True,
    )
    assert (
        by_reason["acceptance"] | {"amount": "2000.00", "8-30": 1, "oldest_days": 11}
        == (by_reason["acceptance"])
    )
    assert (
        by_reason["amount"] | {"amount": "8000.00", "0-7": 1, "overdue": 0} == (by_reason["amount"])
    )
    assert [r["milestone"] for r in data["disputes"]["open"]] == ["m1", "m2", "m3"]  # oldest first
    limits = [(r["milestone"], r["expires"]) for r in data["limitation"]]
    assert limits == [
        ("m1", "2029-09-10"),
        ("m2", "2029-11-01"),
        ("m3", "2029-11-15"),
        ("m4", "2029-11-20"),
    ]
    rows = {r["milestone"]: r for r in data["milestones"]}
    assert (rows["m2"]["dispute_reason"], rows["m2"]["disputed_amount"]) == (
        "acceptance",
        "2000.00",
    )
    assert rows["m4"]["dispute_reason"] is None and rows["m4"]["limitation_expires"] == "2029-11-20"

    table = list(csv.DictReader(io.StringIO(render.to_csv(report).lstrip("\ufeff"))))
    assert {r["milestone"]: r["dispute_follow_up_by"] for r in table}["m2"] == "2026-11-27"
    text = render.to_text(report)
    assert "Open disputes by reason and age (days since recorded)" in text
    assert "Limitation: last day to sue (soonest first)" in text and "2029-09-10" in text
    zh = render.to_text(replace(report, language="zh"))
    assert "未决异议（按原因与账龄" in zh and "诉讼时效届满日" in zh


def test_a_resolved_dispute_leaves_the_report_and_as_of_shows_it_as_it_stood(
    tmp_path: Path,
) -> None:
    with _store(tmp_path) as store:
        store.set_milestone("C1", "m2", MilestoneState(reason="resolved"), at("2026-12-02"), "x")
        now = build_report(CONFIG, store.snapshot(), store.events(), at("2026-12-03"))
        before = build_report(CONFIG, store.snapshot(), store.events(), at("2026-12-01"))
    assert "m2" not in [r["milestone"] for r in now.to_json()["disputes"]["open"]]
    [m2] = [r for r in before.to_json()["disputes"]["open"] if r["milestone"] == "m2"]
    assert (m2["reason"], m2["amount"], m2["part"]) == ("acceptance", "2000.00", True)


def test_the_html_report_shows_the_disputes_and_limitation_dates(tmp_path: Path) -> None:
    """The HTML report (and so the weekly email) carries the same dispute and limitation
    tables as the text report: a PM reading only the email must see an ageing dispute."""
    with _store(tmp_path) as store:
        report = build_report(CONFIG, store.snapshot(), store.events(), at("2026-12-01"))
    page = render.to_html(CONFIG, report)
    assert "Open disputes by reason and age (days since recorded)" in page
    assert "Limitation: last day to sue (soonest first)" in page
    assert "<td" in page.split("Limitation: last day to sue")[1]
    assert "2029-09-10" in page and "2026-10-13" in page  # m1's expiry, m1's follow-up date
    assert "10,000.00" in page and "None" not in page
    zh = render.to_html(CONFIG, replace(report, language="zh"))
    assert "未决异议（按原因与账龄" in zh and "诉讼时效届满日" in zh and "发票" in zh


def test_the_html_report_says_none_when_nothing_is_disputed(tmp_path: Path) -> None:
    with Store(tmp_path / "state.json") as store:
        report = build_report(CONFIG, store.snapshot(), store.events(), at("2026-12-01"))
    page = render.to_html(CONFIG, report)
    disputes = page.split("Open disputes by reason and age")[1].split("</h2>")[1]
    assert disputes.lstrip().startswith("<p>None.</p>")
