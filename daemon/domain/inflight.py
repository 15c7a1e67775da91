"""Contracts that join the chase in flight: their chase began before cuikuan first saw them.

A PM's first day: contracts go into the YAML with milestones already due or overdue. Their
first email is a plain statement of what is outstanding (never a demand, escalation or
referral to counsel: :mod:`daemon.domain.ladder`). ``cuikuan check`` and ``cuikuan plan``
list them with that first email, so the PM knows what the client will get before it goes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from daemon.config.records import Config
from daemon.domain import resolve
from daemon.domain.correspondence import correspondence
from daemon.domain.forecast import next_email
from daemon.domain.ledger import effective_status
from daemon.domain.state import StateView

_SETTLED = frozenset({"paid", "claimed_paid", "stopped", "disputed"})


@dataclass(frozen=True)
class InFlight:
    """One milestone whose chase started before cuikuan wrote to the client about it."""

    contract: str
    milestone: str
    days_overdue: int
    """On the day it was first seen."""
    first_stage: str | None
    first_at: datetime | None

    def line(self, tz: ZoneInfo) -> str:
        """One line for a person, the first email's time local to ``tz`` and named."""
        late = f"{self.days_overdue} days overdue"
        if self.first_stage is None or self.first_at is None:
            first = "no email planned (paused, held or undeliverable)"
        else:
            what = "statement of what is outstanding" if self.first_stage == "reminder" else ""
            first = f"{self.first_stage}{f' ({what})' if what else ''}"
            local = self.first_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
            first += f" at {local} ({tz.key})"
        return f"{self.contract}/{self.milestone}: {late}; first email: {first}"


def in_flight(config: Config, state: StateView, now: datetime) -> list[InFlight]:
    """Unpaid milestones already overdue when their contract was first seen, never chased."""
    out: list[InFlight] = []
    for client, contract in resolve.iter_contracts(config):
        seen = state.contracts_seen.get(contract.id, now)
        tz = resolve.client_timezone(config.settings, client)
        for milestone in contract.milestones:
            ms = state.milestone(contract.id, milestone.id)
            if effective_status(milestone, ms, contract) in _SETTLED:
                continue
            due = resolve.due_date(contract, milestone)
            if due is None or due >= seen.astimezone(tz).date():
                continue  # not overdue when cuikuan first saw it: the normal chase
            if correspondence(
                state.sends_of(contract.id, milestone.id), contract.id, milestone.id
            ).chased:
                continue  # the client has heard from cuikuan already
            late = (seen.astimezone(tz).date() - due).days
            first = next_email(config, state, contract.id, milestone.id, now)
            out.append(
                InFlight(
                    contract.id,
                    milestone.id,
                    max(late, 0),
                    first.key.stage if first else None,
                    first.at if first else None,
                )
            )
    return out
