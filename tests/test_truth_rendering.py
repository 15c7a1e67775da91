"""Every template, for every stage x language x state x history x send day, says nothing false.

Issue 11 points 1 and 4: no email shows ``None``, a raw state id, an empty field or
"payment payment"; counts, ordinals and day numbers come from what was really sent and
the day the email goes out.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from daemon.config.schema import Config
from daemon.domain.emails import PlannedEmail
from daemon.domain.stages import STAGES, STAGES_TABLE
from daemon.domain.state import MilestoneState, SendKey, SendRecord, StateView
from daemon.mail.context import build_context, context_for
from daemon.mail.rendering import RenderedEmail, Renderer
from tests.test_rendering import DUE, make_config

STATUSES = ("open", "claimed_paid", "paid", "disputed", "promised", "paused", "stopped")
RAW_IDS = ("claimed_paid", "not_due", "promised_date", "hold_until", "days_overdue")
FORBIDDEN = [
    re.compile(p)
    for p in (
        r"\bNone\b",
        r"\bnan\b",
        r"payment payment",
        r"（\s*）",
        r"\(\s*\)",
        r"[：:]\s*[，。,）)]",
        r"逾期[：:]?\s*0\s*天",
        r"\b0 days? overdue",
        r"[Dd]ays overdue:\s*0\b",
        r"<strong>\s*</strong>",
        r"<td[^>]*>\s*</td>",
    )
]
CLIENTS = {
    "zh": ("HZ-2026-017", "midterm", "zhangwei@shuju.example"),
    "en": ("NW-2026-003", "deposit", "jane@northwind.example"),
}


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    base = make_config(tmp_path_factory.mktemp("truth"))
    data = base.model_dump(mode="json", by_alias=True)
    # an English name that already says "payment": never "the Mid-term payment payment"
    data["clients"][1]["contracts"][0]["milestones"][0]["name"] = "Mid-term payment"
    return Config.model_validate(data)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 10, 0, tzinfo=UTC)


def sent(contract: str, milestone: str, stages: list[tuple[str, int, date]]) -> dict:
    out = {}
    for i, (stage, seq, day) in enumerate(stages):
        key = SendKey(contract, milestone, stage, seq)
        out[key] = SendRecord(key, f"<h{i}@x>", "sent", at(day))
    return out


HISTORIES = {
    "nothing-sent": [],
    "due-sent": [("due", 0, DUE)],
    "chased": [
        ("notice", 0, DUE - timedelta(days=7)),
        ("due", 0, DUE),
        ("reminder", 1, DUE + timedelta(days=7)),
        ("reminder", 2, DUE + timedelta(days=14)),
        ("reminder", 3, DUE + timedelta(days=21)),
        ("reminder", 4, DUE + timedelta(days=28)),
        ("demand", 0, DUE + timedelta(days=30)),
        ("escalate", 0, DUE + timedelta(days=45)),
    ],
}
DAYS = {"before": DUE - timedelta(days=5), "on": DUE, "after": DUE + timedelta(days=20)}
OVERDUE_STAGES = frozenset(
    s.name
    for s in STAGES_TABLE
    if s.offset is not None
    and s.offset.anchor == "due"
    and (s.offset.days or s.offset.every)
    and not s.offset.before
)
"""The planner sends these only once the payment is overdue (preview dates them so too):
every stage scheduled (or repeated) days after the due date, read from the stage table."""


def possible(stage: str, day_name: str) -> bool:
    if stage in OVERDUE_STAGES:
        return day_name == "after"
    if stage == "due":
        return day_name != "before"
    return True


def check(out: RenderedEmail, where: str) -> None:
    for part, text in (("subject", out.subject), ("text", out.text), ("html", out.html)):
        for raw in RAW_IDS:
            assert raw not in text, f"{where} {part}: raw id {raw!r}"
        for pattern in FORBIDDEN:
            found = pattern.search(text)
            assert found is None, f"{where} {part}: {found.group(0)!r} in {text[:2000]!r}"


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("status", STATUSES)
def test_every_template_in_every_situation_is_clean(
    config: Config, language: str, status: str
) -> None:
    contract, milestone, to = CLIENTS[language]
    renderer = Renderer.for_config(config)
    ms = MilestoneState(status=status, updated_at=at(DUE), promised_date=DUE)  # type: ignore[arg-type]
    for history_name, history in HISTORIES.items():
        state = StateView(
            sends=sent(contract, milestone, history), milestones={(contract, milestone): ms}
        )
        for day_name, day in DAYS.items():
            now = at(day)
            for stage in (s for s in STAGES if possible(s, day_name)):
                seq = 1 if stage == "reminder" else 0
                key = SendKey(contract, None if stage == "terms" else milestone, stage, seq)
                planned = PlannedEmail(key, now, "x", language, (to,))
                context = build_context(config, planned, state, now)
                out = renderer.render_named(language, stage, context)
                check(out, f"{language}/{stage}/{status}/{history_name}/{day_name}")
            for name in ("ack_paid", "ack_dispute"):
                ctx: dict[str, Any] = context_for(config, contract, milestone, state, now)
                check(renderer.render_named(language, name, ctx), f"{language}/{name}/{status}")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_ordinals_count_what_was_really_sent(config: Config, language: str) -> None:
    """Reminder slot 2 is the client's first reminder after a skipped slot: not "second"."""
    contract, milestone, to = CLIENTS[language]
    renderer = Renderer.for_config(config)
    skipped = SendKey(contract, milestone, "reminder", 1)
    sends = {
        **sent(contract, milestone, [("due", 0, DUE)]),
        skipped: SendRecord(skipped, "<s@x>", "skipped", at(DUE + timedelta(days=7))),
    }
    now = at(DUE + timedelta(days=14))
    planned = PlannedEmail(SendKey(contract, milestone, "reminder", 2), now, "x", language, (to,))
    out = renderer.render_named(
        language, "reminder", build_context(config, planned, StateView(sends=sends), now)
    )
    assert ("第二次" if language == "zh" else "Second") not in out.subject


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_due_email_sent_late_never_says_due_today(config: Config, language: str) -> None:
    contract, milestone, to = CLIENTS[language]
    renderer = Renderer.for_config(config)
    now = at(DUE + timedelta(days=3))
    planned = PlannedEmail(SendKey(contract, milestone, "due", 0), now, "x", language, (to,))
    out = renderer.render_named(language, "due", build_context(config, planned, StateView(), now))
    today = ("今日", "今天") if language == "zh" else ("today", "Today")
    for word in today:
        assert word not in out.subject and word not in out.text
    assert ("已逾期3天" if language == "zh" else "3 days overdue") in out.text


def test_first_contact_on_an_overdue_milestone_is_a_statement(config: Config) -> None:
    for language in ("zh", "en"):
        contract, milestone, to = CLIENTS[language]
        now = at(DUE + timedelta(days=42))
        key = SendKey(contract, milestone, "reminder", 4)
        planned = PlannedEmail(key, now, "x", language, (to,))
        out = Renderer.for_config(config).render_named(
            language, "reminder", build_context(config, planned, StateView(), now)
        )
        assert ("逾期未付款项说明" if language == "zh" else "Outstanding payment") in out.subject
        assert ("第4次" if language == "zh" else "number 4") not in out.text
        assert ("此前" if language == "zh" else "earlier message") not in out.text


def test_preview_of_a_reminder_is_dated_when_it_would_go_out(tmp_path: Path) -> None:
    from daemon.cli.preview import preview_email

    config = make_config(tmp_path)
    text = preview_email(
        config, StateView(), "HZ-2026-017", "midterm", "reminder", 1, at(DUE - timedelta(days=20))
    )
    assert re.search(r"逾期[：:]?\s*0\s*天", text) is None and "已逾期" in text
