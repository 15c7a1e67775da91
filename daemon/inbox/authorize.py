"""Who may change what by email (pure, no I/O).

A reply can stop a chase, so a forged one must not. The rules:

* Only the matched milestone's own client contacts (to + cc in the config) move it with a
  reply. Anyone else who quotes our Message-ID changes nothing (the PM is told).
* Only staff addresses (:func:`daemon.domain.resolve.staff_addresses`) issue commands. With
  ``settings.require_authenticated_staff`` (the default), a staff command needs proof that
  the From address is real:

  - when the message carries ``Authentication-Results``, the **topmost** one (the one the
    receiving server added last; RFC 8601 requires receivers to remove forged copies from
    outside) must show ``dmarc=pass``, or ``dkim=pass`` whose ``header.d`` is the From
    domain (or a parent/sub-domain of it), or ``spf=pass`` whose ``smtp.mailfrom`` is in
    the From domain (a result without those properties counts as aligned);
  - when the header is absent (a server that does not check), the command is accepted,
    unless a ``Return-Path`` or ``Sender`` names another domain than the From address.

* Bounces come from mail systems, not people: they are "system" mail and may only mark
  addresses of the config as bad (see :mod:`daemon.inbox.decide`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from email.utils import parseaddr
from typing import Literal

from daemon.config.schema import Config
from daemon.domain import resolve
from daemon.inbox.classify import Classification
from daemon.inbox.matching import Match, client_contacts, find_client
from daemon.inbox.parse import InboundMail

logger = logging.getLogger(__name__)

Role = Literal["client", "staff", "system", "self", "other_client", "stranger"]

_COMMENT = re.compile(r"\([^()]*\)")
_RESULT = re.compile(r"^\s*([a-z0-9_-]+)\s*=\s*([a-z]+)\b(.*)$", re.I | re.S)
_PROPERTY = re.compile(r"([a-z0-9_-]+\.[a-z0-9_-]+)\s*=\s*(\"[^\"]*\"|[^\s;]+)", re.I)


@dataclass(frozen=True)
class Authorization:
    """The sender's role and whether the message may change anything."""

    role: Role
    allowed: bool
    reason: str = ""


@dataclass(frozen=True)
class AuthResult:
    """One ``method=result`` of an Authentication-Results header."""

    method: str
    result: str
    properties: dict[str, str]


def parse_authentication_results(value: str) -> tuple[str, list[AuthResult]]:
    """(authserv-id, results) of one Authentication-Results header value."""
    text = _COMMENT.sub(" ", value or "")
    parts = [p.strip() for p in text.split(";")]
    if not parts:
        return "", []
    authserv = parts[0].split()[0] if parts[0].split() else ""
    results: list[AuthResult] = []
    for part in parts[1:]:
        found = _RESULT.match(part)
        if not found:
            continue
        props = {k.lower(): v.strip('"').lower() for k, v in _PROPERTY.findall(found[3])}
        results.append(AuthResult(found[1].lower(), found[2].lower(), props))
    return authserv, results


def _domain(address: str) -> str:
    address = address.strip().strip("<>").lower()
    return address.rsplit("@", 1)[1] if "@" in address else address


def _aligned(domain: str, from_domain: str) -> bool:
    """Relaxed alignment: equal, or one a sub-domain of the other."""
    if not domain or not from_domain:
        return False
    return (
        domain == from_domain
        or from_domain.endswith("." + domain)
        or domain.endswith("." + from_domain)
    )


def authenticated(mail: InboundMail) -> tuple[bool, str]:
    """Whether the receiving server vouches for the From address, and why (see module doc)."""
    from_domain = _domain(mail.from_addr)
    if not mail.authentication_results:
        for name, value in (("Return-Path", mail.return_path), ("Sender", _sender(mail))):
            if value and not _aligned(_domain(value), from_domain):
                return False, f"{name} {value} does not match the From domain {from_domain}"
        return True, "no Authentication-Results header (the receiving server does not check)"
    authserv, results = parse_authentication_results(mail.authentication_results[0])
    for r in results:
        if r.method == "dmarc" and r.result == "pass":
            return True, f"{authserv}: dmarc=pass"
    for r in results:
        if r.result != "pass":
            continue
        if r.method == "dkim":
            signer = r.properties.get("header.d") or _domain(r.properties.get("header.i", ""))
            if not signer or _aligned(signer, from_domain):
                return True, f"{authserv}: dkim=pass" + (f" header.d={signer}" if signer else "")
        if r.method == "spf":
            envelope = r.properties.get("smtp.mailfrom") or r.properties.get("smtp.helo", "")
            if not envelope or _aligned(_domain(envelope), from_domain):
                return True, f"{authserv}: spf=pass" + (f" for {envelope}" if envelope else "")
    summary = ", ".join(f"{r.method}={r.result}" for r in results) or "no results"
    return False, f"{authserv}: no aligned dkim/spf pass for {from_domain} ({summary})"


def _sender(mail: InboundMail) -> str:
    return parseaddr(mail.headers.get("sender", ""))[1]


def authorize(
    mail: InboundMail, classification: Classification, match: Match, config: Config
) -> Authorization:
    """The role of ``mail``'s sender and whether it may act on ``match``."""
    settings = config.settings
    sender = (mail.from_addr or "").lower()
    if sender and sender == settings.mail.sender.email.lower():
        return Authorization("self", False, "sent from cuikuan's own address")
    if classification.kind == "bounce":
        return Authorization("system", True, "delivery report")
    if sender and sender in {a.lower() for a in resolve.staff_addresses(settings)}:
        if not settings.require_authenticated_staff:
            return Authorization("staff", True, "staff address (authentication not required)")
        ok, why = authenticated(mail)
        return Authorization("staff", ok, why)
    client = find_client(config, match.client)
    if client is not None and sender in client_contacts(client):
        return Authorization("client", True, f"contact of client {client.id}")
    if any(sender in client_contacts(c) for c in config.clients):
        return Authorization(
            "other_client", False, f"{sender} is not a contact of client {match.client}"
        )
    return Authorization("stranger", False, f"{sender or 'no sender'} is not in the config")
