"""The state as it stood on a past date, rebuilt from the history.

``cuikuan report --as-of 2026-11-30`` must show what the PM would have seen that day, not
today's numbers with an old date on top. The store keeps only the latest state of each
milestone, but every change is in the history (``state_change`` events), every send has
its time, and ``paid:`` entries in the YAML carry their date. These pure functions replay
that record up to an instant:

- milestone states: the last ``state_change`` at or before the instant (open if none);
  the last contact: the last ``received`` event of that milestone; a promise's date: the
  event's ``promised_date`` if it has one, else the last reply that named a date;
- sends: those recorded at or before the instant;
- the config: ``paid:`` entries dated after the day are dropped, contracts signed after
  the day are left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from daemon.config.record_ops import replace
from daemon.config.records import Client, Config, Contract
from daemon.domain import payments
from daemon.domain.events import EventDated, HistoryEvent, Received, StateChanged, decode
from daemon.domain.state import LearnedEvent, MilestoneState, MilestoneStatus, StateView

_STATUSES = frozenset(MilestoneStatus.__args__)  # type: ignore[attr-defined]

Event = Mapping[str, Any] | HistoryEvent
"""One history event: as :meth:`daemon.storage.store.Store.events` returns it, or typed."""


def events_until(events: Iterable[Event], as_of: datetime) -> list[HistoryEvent]:
    """The events recorded at or before ``as_of``, typed, in their recorded order."""
    return [e for e in map(decode, events) if e.at <= as_of]


def config_as_of(config: Config, day: date) -> Config:
    """``config`` as it would have read on ``day``: later payments and contracts removed."""
    clients: list[Client] = []
    for client in config.clients:
        contracts: list[Contract] = []
        for contract in client.contracts:
            if contract.signed > day:
                continue
            milestones = [payments.known_on(m, day) for m in contract.milestones]
            contracts.append(replace(contract, milestones=milestones))
        clients.append(replace(client, contracts=contracts))
    return replace(config, clients=clients)


def state_as_of(current: StateView, events: Iterable[Event], as_of: datetime) -> StateView:
    """The :class:`StateView` as it stood at ``as_of``, replayed from the history.

    A milestone whose stored state did not change after ``as_of`` keeps it whole (it knows
    the promised date exactly); the others are rebuilt from their last state change.
    """
    past = events_until(events, as_of)
    last_change: dict[tuple[str, str], StateChanged] = {}
    last_contact: dict[tuple[str, str], datetime] = {}
    promised: dict[tuple[str, str], date] = {}
    dated: dict[tuple[str, str], LearnedEvent] = {}
    for event in past:
        if isinstance(event, EventDated) and event.contract is not None:  # acceptance by email
            by, mid = event.sender, event.message_id
            if event.source == "staff":
                fact = LearnedEvent(event.day, "staff", event.at, by, mid)
            else:
                fact = LearnedEvent(event.day, "client", event.at, by, mid)
            dated[(event.contract, event.event)] = fact
        if event.contract is None or event.milestone is None:
            continue
        key = (event.contract, event.milestone)
        if isinstance(event, StateChanged):
            last_change[key] = event
        elif isinstance(event, Received):
            last_contact[key] = event.at
            if event.promised_date is not None:
                promised[key] = event.promised_date
    milestones: dict[tuple[str, str], MilestoneState] = {}
    for key, event in last_change.items():
        stored = current.milestones.get(key)
        if stored is not None and stored.updated_at is not None and stored.updated_at <= as_of:
            milestones[key] = stored
            continue
        milestones[key] = _state_from_event(event, last_contact.get(key), promised.get(key))
    return StateView(
        contracts_seen={c: at for c, at in current.contracts_seen.items() if at <= as_of},
        contracts_edited={
            c: tuple(at for at in edits if at <= as_of)
            for c, edits in current.contracts_edited.items()
        },
        milestones=milestones,
        sends={k: r for k, r in current.sends.items() if r.at <= as_of},
        bad_addresses=current.bad_addresses,
        contract_events=dated,
        message_key=current.message_key,
    )


def _state_from_event(
    event: StateChanged, last_contact: datetime | None, said: date | None
) -> MilestoneState:
    """The state a ``state_change`` set; a promise's date from the event or the last reply."""
    status = event.new if event.new in _STATUSES else "open"
    promised = event.promised_date or (said if status == "promised" else None)
    return MilestoneState(
        status=status,  # type: ignore[arg-type]  # checked against _STATUSES
        reason=event.reason,
        hold_until=event.hold_until,
        promised_date=promised,
        last_contact=last_contact,
        updated_at=event.at,
        paid_on=event.paid_on,
        paid_amount=event.paid_amount,
        interest_waived=event.interest_waived,
        dispute_reason=event.dispute_reason,
        dispute_words=event.dispute_words,
        dispute_amount=event.dispute_amount,
        dispute_since=event.dispute_since,
        waived_amount=event.waived_amount,
    )
