"""Late-payment interest as letters and statements show it: figures and the rate as written.

Why: the figure only persuades when the client can check it against its own contract, so
a letter quotes the rate in the contract's words (每日万分之五), the first day charged, the
number of days, and principal, interest and total (:mod:`daemon.domain.interest` computes
them). Pure: config and figures in, display strings out.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from daemon.config.rates import parse_rate
from daemon.config.records import Contract, LateInterest, Milestone
from daemon.domain.interest import InterestFigures, milestone_interest
from daemon.domain.state import StateView
from daemon.mail import formatting

INTEREST_STAGES = frozenset({"demand", "escalate", "legal"})
"""The letters that state interest: the demand letter and the stages after it."""


def rate_text(clause: LateInterest, language: str) -> str:
    """The rate as the contract words it: ``每日万分之五``, ``0.05% per day (万分之五)``."""
    written = clause.written
    named_period = parse_rate(written)[1] if written else None
    percent = formatting.format_percent(clause.rate * 100, language)
    if language == "zh":
        prefix = {"day": "每日", "year": "年利率"}[clause.per]
        if written:
            return written if named_period else f"{prefix}{written}"
        return f"{prefix}{percent}"
    period = {"day": "per day", "year": "a year"}[clause.per]
    if written and written.isascii():
        return written if named_period else f"{written} {period}"
    if written:
        return f"{percent} {period} ({written})"
    return f"{percent} {period}"


def interest_context(contract: Contract, figures: InterestFigures, language: str) -> dict[str, Any]:
    """Display strings for one milestone's interest (templates print them as they are)."""
    clause = contract.late_interest
    assert clause is not None  # figures exist only under a clause
    money = contract.currency

    def fmt(amount: Any) -> str:
        return formatting.format_money(amount, money, language)

    cap = ""
    if clause.cap is not None and clause.cap.amount is not None:
        cap = fmt(clause.cap.amount)
    elif clause.cap is not None and clause.cap.percent is not None:
        percent = formatting.format_percent(clause.cap.percent, language)
        cap = f"本金的{percent}" if language == "zh" else f"{percent} of the principal"
    return {
        "rate": rate_text(clause, language),
        "from_demand": clause.start == "demand",
        "start": formatting.format_date(figures.start, language),
        "anchor": formatting.format_date(figures.anchor, language),
        "days": figures.days,
        "principal": fmt(figures.principal),
        "interest": fmt(figures.interest),
        "total": fmt(figures.total),
        "capped": figures.capped,
        "cap": cap,
        "waived": figures.waived,
        "accruing": figures.days == 0,
    }


def letter_interest(
    contract: Contract,
    milestone: Milestone | None,
    state: StateView,
    now: datetime,
    tz: tzinfo,
    language: str,
    stage: str,
) -> dict[str, Any] | None:
    """The ``interest`` of a letter at ``stage`` (None where it states none)."""
    figures = letter_interest_figures(contract, milestone, state, now, tz, stage)
    return None if figures is None else interest_context(contract, figures, language)


def letter_interest_figures(
    contract: Contract,
    milestone: Milestone | None,
    state: StateView,
    now: datetime,
    tz: tzinfo,
    stage: str,
) -> InterestFigures | None:
    """The interest figures a letter at ``stage`` states (None where it states none)."""
    if stage not in INTEREST_STAGES or milestone is None or contract.late_interest is None:
        return None
    today = now.astimezone(tz).date()
    demand_today = stage == "demand"
    figures = milestone_interest(contract, milestone, state, today, tz, demand_today=demand_today)
    if figures is None or figures.waived:  # a waiver is not news to announce in a letter
        return None
    return figures
