"""Who an email goes to: a stage's recipient rule (:mod:`daemon.domain.stages`) made addresses.

Pure: settings, client and the bounced addresses in; ``(to, cc)`` out. Bounced addresses
are never mailed again; nobody is in both ``to`` and ``cc``.
"""

from __future__ import annotations

from collections.abc import Iterable

from daemon.config.records import Client, Person, Settings
from daemon.domain.stages import STAFF_ROLES, Recipients, Role, recipients_of

ROLE_LABELS: dict[str, str] = {
    "pm": "project manager",
    "supervisor": "supervisor",
    "finance": "finance",
    "legal": "legal counsel",
}
"""How an error message names a person of ``settings``."""


def _people(settings: Settings, client: Client, role: Role) -> list[Person | None]:
    if role == "client.to":
        return [*client.contacts.to]
    if role == "client.cc":
        return [*client.contacts.cc]
    if role in STAFF_ROLES:
        person: Person | None = getattr(settings, role)
        return [person]
    raise ValueError(f"role {role!r} has no address in the config (it answers an inbound email)")


def configured(settings: Settings, rule: Recipients) -> bool:
    """False when every ``to`` role is a settings person left out of the config.

    A stage whose addressee does not exist (no ``settings.legal``) is not planned at all.
    """
    return any(r not in STAFF_ROLES or getattr(settings, r) is not None for r in rule.to)


def resolve_rule(
    settings: Settings, client: Client, rule: Recipients, bad: frozenset[str] = frozenset()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(to, cc) of ``rule`` for ``client``, without bounced addresses or duplicates."""
    to = _addresses((p for r in rule.to for p in _people(settings, client, r)), bad, ())
    cc = _addresses((p for r in rule.cc for p in _people(settings, client, r)), bad, to)
    return to, cc


def recipients(
    settings: Settings, client: Client, stage: str, bad: frozenset[str] = frozenset()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(to, cc) of an email of ``stage`` to ``client``, without bounced addresses.

    ``escalate`` copies the supervisor, finance and the PM; ``legal`` goes to legal counsel
    with the PM and supervisor in copy (not to the client): see the stage table.
    """
    return resolve_rule(settings, client, recipients_of(stage), bad)


def _addresses(
    people: Iterable[Person | None], bad: frozenset[str], exclude: tuple[str, ...]
) -> tuple[str, ...]:
    """The people's addresses in order, without duplicates, bounced or excluded ones."""
    seen = set(exclude)
    out: list[str] = []
    for person in people:
        if person is None or person.email in bad or person.email in seen:
            continue
        seen.add(person.email)
        out.append(person.email)
    return tuple(out)


def undeliverable(
    settings: Settings, client: Client, stage: str, bad: frozenset[str] = frozenset()
) -> str | None:
    """Why an email of ``stage`` cannot be sent (no usable ``to`` address), or None."""
    to, _ = recipients(settings, client, stage, bad)
    if to:
        return None
    rule = recipients_of(stage)
    staff = [r for r in rule.to if r in STAFF_ROLES]
    if staff and not rule.to_client:
        role = staff[0]
        person: Person | None = getattr(settings, role)
        if person is None:
            return f"no {ROLE_LABELS[role]} configured (settings.{role})"
        return f"{ROLE_LABELS[role]} address {person.email} bounced"
    return f"every 'to' address of client {client.id} bounced"
