"""The history events the benches seed: replies received and the state changes they made.

Why one place: history_scale.py and state_growth.py both fill a state with years of use,
and what an event looks like (a ``received`` reply to a reminder, a milestone's
``state_change``) should be the same in both, only the detail they carry differs.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from daemon.storage.store import Store


def contract_of(i: int) -> tuple[str, str]:
    """The (contract, milestone) event ``i`` is about: 997 contracts of 4 milestones."""
    return f"K-{i % 997}", f"m{i % 4}"


def reply_id(i: int) -> str:
    return f"<reply-{i}@client.example>"


def add_history_event(
    store: Store,
    i: int,
    at: datetime,
    *,
    received: dict[str, Any],
    state_change: dict[str, Any],
) -> None:
    """Event ``i``: odd, a client's reply to the reminder received; even, a state change of
    the same kind of milestone. ``received`` and ``state_change``: the fields each carries
    beside its Message-ID and subject (a reply) or nothing (a change)."""
    contract, milestone = contract_of(i)
    if i % 2:
        subject = f"Re: 付款提醒 [CK-{contract}-{milestone}]"
        store.add_event(
            at,
            "received",
            contract,
            milestone,
            message_id=reply_id(i),
            subject=subject,
            **received,
        )
    else:
        store.add_event(at, "state_change", contract, milestone, **state_change)
