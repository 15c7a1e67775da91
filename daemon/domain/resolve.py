"""Derived facts of the config: the values a milestone actually has once defaults apply.

A milestone may give a percent instead of an amount, a due date relative to an event that
is not yet known, and a client may leave language, timezone and calendar to the settings.
These pure helpers answer "what is it really?" for one milestone; lookups by id and the
effective status live in the ledger (:mod:`daemon.domain.ledger`), which uses them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from daemon.config.record_ops import field_names, replace
from daemon.config.records import Client, Config, Contract, Milestone, Person, Policy, Settings

CENT = Decimal("0.01")


def milestone_amount(contract: Contract, milestone: Milestone) -> Decimal:
    """The amount due for ``milestone``, computing a percent of the contract total."""
    if milestone.amount is not None:
        return milestone.amount.quantize(CENT)
    assert milestone.percent is not None  # the model guarantees one of the two
    return (contract.total * milestone.percent / Decimal(100)).quantize(CENT, ROUND_HALF_UP)


def due_date(contract: Contract, milestone: Milestone) -> date | None:
    """The due date, or None while the event it depends on has no date yet."""
    if milestone.due is not None:
        return milestone.due
    assert milestone.due_after is not None
    event_date = contract.events.get(milestone.due_after.event)
    if event_date is None:
        return None
    return event_date + timedelta(days=milestone.due_after.days)


def discount_deadline(contract: Contract, milestone: Milestone) -> date | None:
    """Last day on which the early-payment discount applies, if the contract offers one."""
    due = due_date(contract, milestone)
    if contract.discount is None or due is None:
        return None
    return due - timedelta(days=contract.discount.days_before_due)


def discounted_amount(contract: Contract, milestone: Milestone) -> Decimal | None:
    """The amount to pay when taking the early-payment discount, if one is offered."""
    if contract.discount is None:
        return None
    factor = (Decimal(100) - contract.discount.percent) / Decimal(100)
    return (milestone_amount(contract, milestone) * factor).quantize(CENT, ROUND_HALF_UP)


def effective_policy(settings: Settings, contract: Contract) -> Policy:
    """The global policy with the contract's overrides applied (checked together when the
    config was loaded: :func:`daemon.config.crosscheck.check_policy`)."""
    if contract.policy is None:
        return settings.policy
    override = contract.policy
    changes = {name: getattr(override, name) for name in field_names(override)}
    return replace(settings.policy, **{k: v for k, v in changes.items() if v is not None})


def client_language(settings: Settings, client: Client) -> str:
    return client.language or settings.language


def client_timezone(settings: Settings, client: Client) -> ZoneInfo:
    return ZoneInfo(client.timezone or settings.timezone)


def client_calendar(settings: Settings, client: Client) -> str:
    return client.calendar or settings.calendar


def staff_addresses(settings: Settings) -> frozenset[str]:
    """Addresses allowed to issue commands by email: the PM, finance, and settings.staff."""
    people: list[Person | None] = [settings.pm, settings.finance]
    addresses = {p.email for p in people if p is not None}
    return frozenset(addresses | set(settings.staff))


def message_id_domain(config: Config) -> str:
    """Domain for generated Message-IDs: configured, else the sender's domain."""
    mail = config.settings.mail
    return mail.message_id_domain or mail.sender.email.rsplit("@", 1)[1]


def iter_contracts(config: Config) -> Iterator[tuple[Client, Contract]]:
    for client in config.clients:
        for contract in client.contracts:
            yield client, contract


def iter_milestones(config: Config) -> Iterator[tuple[Client, Contract, Milestone]]:
    for client, contract in iter_contracts(config):
        for milestone in contract.milestones:
            yield client, contract, milestone
