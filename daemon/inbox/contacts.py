"""The clients' addresses and domains, indexed once per config (pure, no I/O).

Matching, authorizing and answering an inbound message each ask "is this sender a contact
of a client, of which one, and which domains do the other clients write from?". Walking
every client's contacts for every message made that about a third of the inbox's CPU at
200 clients. A config is never changed once loaded (a reload makes a new object), so the
answers are computed once per config object::

    book = contacts(config)
    book.clients_of.get(sender, ())   # the clients whose to/cc lists hold ``sender``
"""

from __future__ import annotations

from dataclasses import dataclass

from daemon.config.records import Client, Config
from daemon.inbox.alignment import domain_of


def client_contacts(client: Client) -> frozenset[str]:
    """Every address of the client (to and cc), lower-case."""
    return frozenset(p.email.lower() for p in (*client.contacts.to, *client.contacts.cc))


@dataclass(frozen=True)
class Contacts:
    """Every client address of one config, looked up by address and by client."""

    clients_of: dict[str, tuple[Client, ...]]
    """Lower-case address -> the clients listing it, in config order."""
    by_client: dict[str, frozenset[str]]
    """Client id -> its addresses (the first client of an id, as ``find_client``)."""
    domains: dict[str, frozenset[str]]
    """Client id -> the domains of its addresses."""
    all_domains: frozenset[str]
    """The domains of every client's addresses."""

    def of(self, client: Client) -> frozenset[str]:
        """``client``'s addresses (as :func:`client_contacts`, without recomputing them)."""
        known = self.by_client.get(client.id)
        return known if known is not None else client_contacts(client)


_last: tuple[Config, Contacts] | None = None


def contacts(config: Config) -> Contacts:
    """The index of ``config``'s client addresses, built once per config object."""
    global _last
    if _last is not None and _last[0] is config:
        return _last[1]
    clients_of: dict[str, list[Client]] = {}
    by_client: dict[str, frozenset[str]] = {}
    domains: dict[str, frozenset[str]] = {}
    for client in config.clients:
        addresses = client_contacts(client)
        for address in addresses:
            clients_of.setdefault(address, []).append(client)
        if client.id not in by_client:
            by_client[client.id] = addresses
            domains[client.id] = frozenset(domain_of(a) for a in addresses)
    all_domains = frozenset(domain_of(a) for a in clients_of)
    book = Contacts({a: tuple(cs) for a, cs in clients_of.items()}, by_client, domains, all_domains)
    _last = (config, book)
    return book
