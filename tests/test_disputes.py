"""Disputes as a workflow (issue 14.4): reason codes, the PM's follow-up deadline."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from daemon.domain.calendar import work_calendar
from daemon.domain.disputes import follow_up_by, follow_up_note, reason_code
from daemon.domain.state import MilestoneState, StateView
from daemon.reports.todo import todo
from tests.inbox_builders import acme, contract, make_config, milestone


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("the invoice has the wrong tax number", "invoice"),
        ("发票抬头不对", "invoice"),
        ("验收没有通过，质量有问题", "acceptance"),
        ("the work has defects, not accepted", "acceptance"),
        ("金额与合同不符", "amount"),
        ("we were overcharged", "amount"),
        ("goods never received", "not_delivered"),
        ("我们需要再讨论一下", "other"),
    ],
)
def test_the_reason_code_is_read_from_the_clients_words(words: str, code: str) -> None:
    assert reason_code(words) == code


def test_the_follow_up_is_five_working_days_later_skipping_weekends_and_holidays() -> None:
    cn = work_calendar("CN")
    assert follow_up_by(date(2026, 11, 26), cn) == date(2026, 12, 3)  # Thu -> next Thu
    # 2026-09-30 (Wed) then the National Day week (1-7 Oct); Sat 10 Oct is a make-up workday
    assert follow_up_by(date(2026, 9, 30), cn) == date(2026, 10, 13)
    assert follow_up_note("发票抬头不对", date(2026, 11, 26), cn, "zh") == (
        "原因：发票信息，请于2026-12-03前跟进"
    )


def test_a_dispute_on_the_list_has_its_reason_and_deadline() -> None:
    config = make_config(acme(contract("C1", milestone("m1", "2026-11-01", "5000.00"))))
    at = datetime.fromisoformat("2026-11-26T10:00:00+08:00")
    disputed = MilestoneState(status="disputed", reason="client: 验收未通过", updated_at=at)
    state = StateView(milestones={("C1", "m1"): disputed})
    (line,) = [a for a in todo(config, state, at) if a.kind == "dispute"]
    assert line.reason.endswith("reason: acceptance/quality, follow up by 2026-12-03")
