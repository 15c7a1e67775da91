"""The real :data:`~daemon.inbox.dkim_check.Resolver`: a DKIM key's TXT record from DNS.

Why a module of its own: it is the only code that touches the network for DKIM, so the
check itself (:mod:`daemon.inbox.dkim_check`) stays pure and tests serve keys without DNS.
dnspython (which dkimpy uses too) asks the system's resolvers with a short :data:`TIMEOUT`:
a reply never waits long for DNS. No record at the name (NXDOMAIN, no TXT) is an answer,
``None`` (the sender publishes no key: ``permerror``); every other failure — timeout, no
reachable server, SERVFAIL, no resolver configured — raises
:class:`~daemon.inbox.dkim_check.DnsUnavailable` (``temperror``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from daemon.inbox.dkim_check import DnsUnavailable

if TYPE_CHECKING:  # dnspython loads with the first lookup, not at the daemon's start-up
    import dns.resolver

TIMEOUT = 3.0
"""Seconds for one lookup, retries included."""


def txt_record(
    name: str, resolver: dns.resolver.Resolver | None = None, timeout: float = TIMEOUT
) -> str | None:
    """The first TXT record at ``name`` (its strings joined, exactly as published).

    ``resolver``: the system's (``/etc/resolv.conf``) unless given."""
    import dns.exception
    import dns.resolver

    try:
        ask = resolver or dns.resolver.get_default_resolver()  # raises without resolv.conf
        answer = ask.resolve(
            name.rstrip(".") + ".", "TXT", lifetime=timeout, raise_on_no_answer=False
        )
    except dns.resolver.NXDOMAIN:
        return None
    except (dns.exception.DNSException, OSError) as exc:
        raise DnsUnavailable(f"{type(exc).__name__}: {exc}") from exc
    if answer.rrset is None:
        return None
    for rdata in answer.rrset:
        return b"".join(rdata.strings).decode("latin-1")
    return None
