"""Telling the PM that a client's promise to pay broke.

The planner sends the client a follow-up (``promise_broken``) when the promised date plus
``promise_grace_days`` passed without the money; the PM hears of it at the same time, with
the client's own words, so nobody learns of a broken promise weeks later from a report.
"""

from __future__ import annotations

from typing import Any

from daemon.config.records import Config
from daemon.domain.emails import reference_token
from daemon.domain.ledger import Ledger
from daemon.domain.state import SendKey, StateView
from daemon.mail import formatting


def broken_promise_values(config: Config, state: StateView, key: SendKey) -> dict[str, Any]:
    """The values of the ``promise_broken`` alert about the follow-up ``key``."""
    ledger = Ledger(config, state)
    view = ledger.milestone(key.contract, key.milestone)
    assert view is not None and key.milestone is not None  # the planner just planned it
    lang = config.settings.language
    contract = view.contract
    ms = view.state
    said = ms.promise_made.astimezone(contract.timezone).date() if ms.promise_made else None
    promised = ms.promised_date
    return {
        "client": contract.client.name,
        "what": f"{view.milestone.name} / {contract.contract.title}",
        "amount": formatting.format_money(view.amount, contract.contract.currency, lang),
        "date": formatting.format_date(promised, lang) if promised else "?",
        "said_on": formatting.format_date(said, lang) if said else "?",
        "words": ms.promise_words or "-",
        "token": reference_token(key.contract, key.milestone),
    }


def alert_about(key: SendKey) -> str:
    """One alert per follow-up."""
    return f"promise_broken:{key.contract}/{key.milestone}/{key.seq}"
