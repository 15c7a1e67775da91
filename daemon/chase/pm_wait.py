"""Milestones waiting for the PM's answer: remind the PM once, and say when the chase resumes.

Why: when cuikuan is not sure what a client meant (or only a person can answer: more
time, a resend, our bank account), it holds the milestone and asks the PM
(:func:`daemon.inbox.decide.needs_pm`). An unanswered question must not let the chase
resume silently: halfway through ``await_pm_days`` the PM is reminded once; when the hold
ends the chase resumes and the PM is told. A possible dispute is never resumed alone: the
PM is reminded once, and it stays held until they answer.

A milestone waits while its state's reason starts with :data:`AWAITING_PM`; any staff
command replaces the reason, which ends the wait. Pure: (config, state, now) -> the alerts
to raise; :class:`daemon.outbox.alerts.Alerts` sends each one once per ``about`` key, also
across restarts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from daemon.config.records import Config
from daemon.domain.emails import reference_token
from daemon.domain.ledger import Ledger
from daemon.domain.state import MilestoneState, StateView
from daemon.inbox.facts import AWAITING_PM
from daemon.outbox.alerts import alert_key

__all__ = ["AWAITING_PM", "PmAlert", "pm_followups"]


@dataclass(frozen=True)
class PmAlert:
    name: str
    """An :mod:`daemon.mail.alert_texts` entry."""
    about: str
    """What the alert is about: one email per value, ever."""
    values: dict[str, Any]


def _asked_at(ms: MilestoneState, days: int) -> datetime | None:
    if ms.hold_until is not None:
        return ms.hold_until - timedelta(days=days)
    return ms.last_contact or ms.updated_at


def pm_followups(config: Config, state: StateView, now: datetime) -> Iterator[PmAlert]:
    """The reminders and "the chase resumes" notices due at ``now``."""
    # every tick asks: look at the few waiting milestones, not at every one of the config
    waiting = {c for (c, _), ms in state.milestones.items() if ms.reason.startswith(AWAITING_PM)}
    if not waiting:
        return
    ledger = Ledger(config, state)
    for contract_view in ledger.contracts():
        if contract_view.id not in waiting:
            continue
        client, contract = contract_view.client, contract_view.contract
        days = contract_view.policy.await_pm_days
        for view in ledger.milestones(contract_view):
            milestone, ms = view.milestone, view.state
            if view.paid_in_config or not ms.reason.startswith(AWAITING_PM):
                continue
            asked = _asked_at(ms, days)
            if asked is None:
                continue
            values = {
                "client": client.name,
                "what": f"{milestone.name} / {contract.title}",
                "token": reference_token(contract.id, milestone.id),
                "question": ms.reason[len(AWAITING_PM) :][:200],
                "asked": asked.isoformat(timespec="minutes"),
            }
            key = f"{contract.id}/{milestone.id}@{asked.isoformat()}"
            if ms.status == "open" and ms.hold_until is not None and now >= ms.hold_until:
                alert = PmAlert("pm_wait_over", f"pm-wait-over:{key}", values)
            elif now >= asked + timedelta(days=max(1, days // 2)):
                alert = PmAlert("pm_reminder", f"pm-reminder:{key}", values)
            else:
                continue
            if alert_key(alert.about) not in state.sends:  # each goes out once, ever
                yield alert
