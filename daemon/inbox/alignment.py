"""Domain alignment as DMARC defines it (RFC 7489 §3.1), pure and offline.

Why: a passing SPF or DKIM check proves a *domain*, not the From address. It vouches for
the From address only when that domain is aligned with the From domain:

* **strict**: the two domains are equal;
* **relaxed**: the two domains have the same *organizational domain* — the registrable
  domain one label below its public suffix, found with the Public Suffix List
  (``mail.example.cn`` and ``example.cn`` -> ``example.cn``; ``a.example.com.cn`` ->
  ``example.com.cn``).

A parent and a sub-domain are never aligned under strict, and two unrelated domains that
merely end the same way (``evilexample.cn``) never are. Under relaxed, one more rule of our
own: a domain the config gives to a *client* (``client.example.cn`` as a client contact's
domain) is that client's, so it is never aligned with any other From domain — a client
hosted under the company's domain cannot pose as its staff.

The list is the snapshot bundled with the ``publicsuffixlist`` package: no network at run
time (an unknown TLD counts as a public suffix, as the PSL algorithm says).
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

Alignment = Literal["strict", "relaxed"]


@lru_cache(maxsize=1)
def _psl() -> PublicSuffixList:
    from publicsuffixlist import PublicSuffixList  # with the first reply, not at start-up

    return PublicSuffixList()  # parses the bundled list once (~50 ms)


def domain_of(address: str) -> str:
    """The lower-case domain of an address (``<a@B.cn>`` -> ``b.cn``); a bare domain as is."""
    address = address.strip().strip("<>").strip().lower().rstrip(".")
    return address.rsplit("@", 1)[1] if "@" in address else address


def organizational_domain(domain: str) -> str:
    """The registrable domain of ``domain`` (itself when it is a public suffix or unknown)."""
    domain = domain.strip().lower().rstrip(".")
    if not domain:
        return ""
    return _psl().privatesuffix(domain) or domain


def aligned(
    domain: str,
    from_domain: str,
    mode: Alignment = "strict",
    foreign: Collection[str] = (),
) -> bool:
    """Whether an authenticated ``domain`` vouches for ``from_domain`` (see module doc).

    ``foreign``: domains that belong to someone else (the clients' domains), never aligned
    under relaxed unless equal to ``from_domain``.
    """
    domain = domain.strip().lower().rstrip(".")
    from_domain = from_domain.strip().lower().rstrip(".")
    if not domain or not from_domain:
        return False
    if domain == from_domain:
        return True
    if mode == "strict" or domain in foreign:
        return False
    return organizational_domain(domain) == organizational_domain(from_domain)
