"""``cuikuan status``: one row per milestone, as a pure function of (config, state, now).

The row keys are an interface (scripts read ``status --json``): contract, milestone, state,
amount, currency, due, days_overdue, next_stage, next_at — plus client, name, reason,
last_contact, bad_addresses (the client's addresses refused for good: never written to),
and paid / remaining (verified payments so far and what is left: partial payments), and
due_from for a milestone due after an event: that event's date and where it comes from
(``acceptance 2026-12-01 (client email from pay@acme.cn)``; YAML, email, staff, deemed),
and limitation_expires: the last day to sue for an unpaid milestone
(:mod:`daemon.domain.limitation`; None when paid or not yet due-dated).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from daemon.config.records import Config
from daemon.domain.events import HistoryEvent
from daemon.domain.forecast import Hold, next_emails
from daemon.domain.ledger import Ledger
from daemon.domain.limitation import RESTART_EVENT_KINDS, Limitation, limitations
from daemon.domain.state import StateView

EVENT_KINDS = RESTART_EVENT_KINDS
"""The history events :func:`status_rows` reads."""


def withdrawn_emails(state: StateView) -> list[str]:
    """``contract/milestone stage`` of each email withdrawn (its contract left the config
    while it was pending), oldest first: the rows cannot show them, their milestones are gone.
    """
    records = sorted(
        (r for r in state.sends.values() if r.status == "withdrawn"), key=lambda r: r.at
    )
    return [
        f"{r.key.contract}/{r.key.milestone} {r.key.stage}"
        if r.key.milestone
        else f"{r.key.contract} {r.key.stage}"
        for r in records
    ]


def status_rows(
    config: Config,
    state: StateView,
    now: datetime,
    *,
    client_id: str | None = None,
    events: Iterable[HistoryEvent] = (),
    holds: dict[tuple[str, str], Hold] | None = None,
) -> list[dict[str, Any]]:
    """One row per milestone; only the milestones of ``client_id`` when it is given.

    ``events``: the history, whose client acknowledgements restart the limitation clock
    (only the kinds in :data:`EVENT_KINDS` are read: a caller may pass just those).
    ``holds``: filled as :func:`~daemon.domain.forecast.next_emails` fills it (the status
    summary, :mod:`daemon.reports.summary`).
    """
    rows: list[dict[str, Any]] = []
    ledger = Ledger(config, state)
    clocks = limitations(ledger, events, now)
    views = [v for v in ledger.milestones() if client_id is None or v.client.id == client_id]
    chased = [(v.contract.id, v.milestone.id) for v in views if v.status not in ("paid", "stopped")]
    upcoming_emails = next_emails(config, state, chased, now, ledger=ledger, holds=holds)
    for view in views:
        client, contract, milestone = view.client, view.contract.contract, view.milestone
        contacts = (p.email.lower() for p in (*client.contacts.to, *client.contacts.cc))
        bad = sorted({a for a in contacts if a in state.bad_addresses})
        ms, status, due = view.state, view.status, view.due
        today = now.astimezone(view.contract.timezone).date()
        overdue = (today - due).days if due is not None and status != "paid" else None
        upcoming = upcoming_emails.get((contract.id, milestone.id))
        reason = ms.reason
        due_from = None
        if milestone.due_after is not None:
            dated = view.contract.event_dates.get(milestone.due_after.event)
            due_from = dated.describe() if dated is not None else None
            if due is None:
                reason = reason or f"waiting for the {milestone.due_after.event} date"
        rows.append(
            {
                "client": client.id,
                "contract": contract.id,
                "milestone": milestone.id,
                "name": milestone.name,
                "state": status,
                "reason": reason,
                "amount": str(view.amount),
                "currency": contract.currency,
                "paid": str(view.paid_so_far.paid),
                "remaining": str(view.paid_so_far.remaining),
                "due": due.isoformat() if due else None,
                "due_from": due_from,
                "days_overdue": max(overdue, 0) if overdue is not None else None,
                "next_stage": upcoming.key.stage if upcoming else None,
                "next_at": upcoming.at.isoformat() if upcoming else None,
                "last_contact": ms.last_contact.isoformat() if ms.last_contact else None,
                "bad_addresses": bad,
                "limitation_expires": _iso(clocks.get((contract.id, milestone.id))),
            }
        )
    return rows


def _iso(clock: Limitation | None) -> str | None:
    return clock.expires.isoformat() if clock is not None else None
