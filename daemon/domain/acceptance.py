"""Contract events dated after the YAML was written: acceptance by email, deemed acceptance.

Why: "N days after acceptance" is how many contracts (and most Chinese ones, 验收后N日内)
schedule the final payment, and the acceptance date is rarely in the YAML when the work
is accepted. A client's "验收合格 / accepted" reply or a staff ``accepted DATE`` records
it (:class:`~daemon.domain.state.LearnedEvent` in the state); a contract may also say the
work is deemed accepted ``deemed_after_days`` after delivery (视为验收合格). The rules,
in order, for one event of a contract:

1. a date in the YAML always wins (``source`` ``config``);
2. else the date learned by email (``client`` or ``staff``); a staff ``accepted clear``
   leaves it undated (``cleared``), deemed acceptance included;
3. else, for the acceptance event of a contract with ``deemed_after_days``, that many days
   after the ``after`` event (``deemed``);
4. else no date (the milestones that depend on it wait).

:class:`~daemon.domain.ledger.Ledger` applies this to every contract it hands out, so the
planner, letters, ``status`` and reports all see the same dates. Pure.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from daemon.config.record_ops import replace
from daemon.config.records import Contract
from daemon.domain.state import StateView

Source = Literal["config", "client", "staff", "deemed", "cleared", "unknown"]
DEFAULT_EVENT = "acceptance"


@dataclass(frozen=True)
class EventDate:
    """The date an event of a contract has, and where it comes from."""

    name: str
    day: date | None
    source: Source
    detail: str = ""
    """For people: who said so, or how it was deemed."""

    def describe(self) -> str:
        """``acceptance 2026-12-01 (client email from pay@acme.cn)``, for status and alerts."""
        if self.day is None:
            return f"{self.name}: no date yet" + (f" ({self.detail})" if self.detail else "")
        return f"{self.name} {self.day.isoformat()} ({self.detail or self.source})"


def acceptance_event(contract: Contract) -> str:
    """The key of ``contract.events`` that acceptance fills."""
    return contract.acceptance.event if contract.acceptance is not None else DEFAULT_EVENT


def event_date(contract: Contract, name: str, state: StateView) -> EventDate:
    """The date of ``contract``'s event ``name`` by the rules of the module docstring."""
    written = contract.events.get(name)
    if written is not None:
        return EventDate(name, written, "config", "YAML")
    learned = state.contract_events.get((contract.id, name))
    if learned is not None:
        if learned.day is None:
            return EventDate(name, None, "cleared", f"cleared by {learned.by or 'staff'}")
        via = "client email" if learned.source == "client" else "staff command"
        return EventDate(name, learned.day, learned.source, f"{via} from {learned.by or '?'}")
    rule = contract.acceptance
    if rule is not None and rule.event == name and rule.deemed_after_days is not None:
        start = event_date(contract, rule.after, state) if rule.after != name else None
        if start is not None and start.day is not None:
            day = start.day + timedelta(days=rule.deemed_after_days)
            detail = f"deemed: {rule.deemed_after_days} days after {rule.after} {start.day}"
            return EventDate(name, day, "deemed", detail)
    return EventDate(name, None, "unknown")


def dated_events(contract: Contract, state: StateView) -> dict[str, EventDate]:
    """Every event of ``contract`` (its ``events`` keys) with its date and source."""
    return {name: event_date(contract, name, state) for name in contract.events}


def with_dates(contract: Contract, dates: Mapping[str, EventDate]) -> Contract:
    """``contract`` whose empty ``events`` hold the dates learned or deemed (same object
    when there is nothing to fill, which is the common case)."""
    fill = {
        name: d.day
        for name, d in dates.items()
        if d.day is not None and contract.events.get(name) is None
    }
    if not fill:
        return contract
    return replace(contract, events={**contract.events, **fill})
