"""The day a contract's acceptance is deemed to have happened: the PM is told, once.

Why: a contract with ``acceptance: {deemed_after_days: N}`` is deemed accepted N days after
delivery when nobody says otherwise (视为验收合格), and the payments "N days after
acceptance" then get a due date and their chase starts on its own. That is a date the PM
should hear of the day it arrives, with what it starts, so that a real acceptance on
another day (``accepted DATE``) or an objection from the client is put right before the
first letter goes. Pure: (config, state, now) -> the notices due;
:class:`daemon.outbox.alerts.Alerts` sends each one once per ``about`` key, also across
restarts.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from daemon.chase.pm_wait import PmAlert
from daemon.config.records import Config
from daemon.domain.acceptance import acceptance_event
from daemon.domain.emails import reference_token
from daemon.domain.ledger import Ledger
from daemon.domain.resolve import due_date
from daemon.domain.state import StateView


def deemed_acceptances(config: Config, state: StateView, now: datetime) -> Iterator[PmAlert]:
    """One ``acceptance_deemed`` notice per contract whose deemed acceptance day has come."""
    ledger = Ledger(config, state)
    for view in ledger.contracts_with_events():  # the others have no date to deem
        contract = view.contract
        name = acceptance_event(contract)
        dated = view.event_dates.get(name)
        if dated is None or dated.source != "deemed" or dated.day is None:
            continue
        if dated.day > now.astimezone(view.timezone).date():
            continue
        starts = []
        for milestone in contract.milestones:
            if milestone.due_after is None or milestone.due_after.event != name:
                continue
            due = due_date(contract, milestone)
            starts.append(f"- {milestone.name}: due {due.isoformat() if due else '?'}")
        yield PmAlert(
            "acceptance_deemed",
            f"deemed:{contract.id}:{name}:{dated.day.isoformat()}",
            {
                "client": view.client.name,
                "contract": f"{contract.title} ({contract.id})",
                "date": dated.day.isoformat(),
                "detail": dated.detail,
                "starts": "\n".join(starts) or "-",
                "token": reference_token(contract.id, None),
            },
        )
