"""Who may change what by email (pure, no I/O).

A reply can stop a chase, so a forged one must not. The rules:

* Only the matched milestone's own client contacts (to + cc in the config) move it with a
  reply, and only staff addresses (:func:`daemon.domain.resolve.staff_addresses`) issue
  commands. Anyone else who quotes our Message-ID changes nothing (the PM is told).
* Both need proof that the From address is real (:func:`authenticated`; for staff it can be
  switched off with ``settings.require_authenticated_staff: false``):

  - the receiving server's ``Authentication-Results``: with
    ``settings.authentication.authserv_id`` set, every header of that authserv-id (the
    server removes forged copies from outside, RFC 8601 §5); otherwise the **topmost** one
    (the one the receiving server added last). They must show a ``dkim=pass`` whose
    ``header.d`` is aligned with the From domain, or an ``spf=pass`` whose
    ``smtp.mailfrom`` domain is, or — under relaxed alignment only — a ``dmarc=pass`` for
    the From domain. Alignment is DMARC's, strict by default
    (:mod:`daemon.inbox.alignment`). Any ``dmarc=fail`` refuses;
  - when the server adds no such header, the mail is accepted unless a ``Return-Path`` or
    ``Sender`` names a domain not aligned with the From address.

  A client reply that fails changes nothing and goes to the PM marked as suspicious.
* Bounces come from mail systems, not people: they are "system" mail and count only with
  a null return path (``Return-Path: <>``) and the Message-ID of an email cuikuan sent in
  the returned headers, whose keyed token verifies (:func:`bounce_authentic`; the readable
  part of our Message-IDs can be guessed, the token cannot); otherwise they go to the PM.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection
from dataclasses import dataclass
from email.utils import parseaddr
from typing import Literal

from daemon.config.records import Config
from daemon.domain import resolve
from daemon.domain.emails import token_verifies
from daemon.domain.state import SendRecord, StateView
from daemon.inbox.alignment import Alignment, aligned, domain_of
from daemon.inbox.classify import Classification
from daemon.inbox.contacts import contacts
from daemon.inbox.matching import Match, find_client
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


def _trusted_results(mail: InboundMail, authserv_id: str | None) -> tuple[str, list[AuthResult]]:
    """(authserv-id, results) of the headers that count (see the module docstring)."""
    headers = mail.authentication_results
    if not authserv_id:
        return parse_authentication_results(headers[0]) if headers else ("", [])
    results: list[AuthResult] = []
    for value in headers:
        server, found = parse_authentication_results(value)
        if server.lower() == authserv_id.lower():
            results += found
    return (authserv_id, results) if results else ("", [])


def authenticated(
    mail: InboundMail,
    *,
    alignment: Alignment = "strict",
    authserv_id: str | None = None,
    foreign: Collection[str] = (),
) -> tuple[bool, str]:
    """Whether the receiving server vouches for the From address, and why (see module doc).

    ``foreign``: domains of other parties (see :func:`daemon.inbox.alignment.aligned`).
    """
    from_domain = domain_of(mail.from_addr)

    def ok(domain: str) -> bool:
        return aligned(domain, from_domain, alignment, foreign)

    authserv, results = _trusted_results(mail, authserv_id)
    if not results:
        for name, value in (("Return-Path", mail.return_path), ("Sender", _sender(mail))):
            if value and not ok(domain_of(value)):
                return False, f"{name} {value} is not aligned with the From domain {from_domain}"
        return True, "no Authentication-Results from the receiving server"
    summary = ", ".join(f"{r.method}={r.result}" for r in results)
    for r in results:
        if r.method == "dmarc" and r.result == "fail":
            return False, f"{authserv}: dmarc=fail for {from_domain} ({summary})"
    passed = [(r.method, _identifier(r)) for r in results if r.result == "pass"]
    for method, domain in passed:
        if method in ("dkim", "spf") and ok(domain):
            return True, f"{authserv}: {method}=pass for {domain}"
    # DMARC's own verdict, relaxed only, unless it rests on a domain of someone else
    vouched = alignment == "relaxed" and not any(d in foreign for m, d in passed if m != "dmarc")
    for r in results if vouched else ():
        header_from = r.properties.get("header.from", from_domain)
        if r.method == "dmarc" and r.result == "pass" and header_from == from_domain:
            return True, f"{authserv}: dmarc=pass"
    return False, f"{authserv}: no {alignment}ly aligned pass for {from_domain} ({summary})"


def _identifier(r: AuthResult) -> str:
    """The domain a dkim or spf result authenticated ('' for other methods)."""
    if r.method == "dkim":
        return r.properties.get("header.d") or domain_of(r.properties.get("header.i", ""))
    if r.method == "spf":
        return domain_of(r.properties.get("smtp.mailfrom") or r.properties.get("smtp.helo", ""))
    return ""


def _sender(mail: InboundMail) -> str:
    return parseaddr(mail.headers.get("sender", ""))[1]


def authorize(
    mail: InboundMail, classification: Classification, match: Match, config: Config
) -> Authorization:
    """The role of ``mail``'s sender and whether it may act on ``match``."""
    settings = config.settings
    check = settings.authentication
    sender = (mail.from_addr or "").lower()
    if sender and sender == settings.mail.sender.email.lower():
        return Authorization("self", False, "sent from cuikuan's own address")
    if classification.kind == "bounce":
        return Authorization("system", True, "delivery report (checked by bounce_authentic)")
    staff = {a.lower() for a in resolve.staff_addresses(settings)}
    if sender and sender in staff:
        if not settings.require_authenticated_staff:
            return Authorization("staff", True, "staff address (authentication not required)")
        foreign = contacts(config).all_domains - {domain_of(a) for a in staff}
        ok, why = authenticated(
            mail, alignment=check.alignment, authserv_id=check.authserv_id, foreign=foreign
        )
        return Authorization("staff", ok, why)
    book = contacts(config)
    client = find_client(config, match.client)
    if client is not None and sender in book.of(client):
        # the other clients' domains (every client's, less this one's)
        foreign = book.all_domains - book.domains.get(client.id, frozenset())
        ok, why = authenticated(
            mail, alignment=check.alignment, authserv_id=check.authserv_id, foreign=foreign
        )
        if ok:
            return Authorization("client", True, f"contact of client {client.id}; {why}")
        return Authorization("client", False, f"suspicious: {why}")
    if sender in book.clients_of:
        return Authorization(
            "other_client", False, f"{sender} is not a contact of client {match.client}"
        )
    return Authorization("stranger", False, f"{sender or 'no sender'} is not in the config")


_ORIGINAL_ID_FIELDS = ("original-message-id", "x-original-message-id", "message-id")


def bounce_authentic(mail: InboundMail, state: StateView) -> tuple[SendRecord | None, str]:
    """(the email of cuikuan's that ``mail`` returns, or None; why), for a bounce to count.

    A real bounce comes from a mail system with a null return path (``Return-Path: <>``,
    RFC 5321 §4.5.5) and carries the headers of the message that failed. Anyone can write
    "undeliverable" from any address; such a report must not stop a client's chase.
    Of the Message-IDs it quotes, the first (its returned headers before its DSN fields)
    that cuikuan sent; a consolidated email's keys share one, and its address list.
    """
    if mail.return_path != "":
        shown = "none" if mail.return_path is None else f"<{mail.return_path}>"
        return None, f"not from a mail system (Return-Path {shown}, expected <>)"
    claimed = [mail.original_message_id.strip()]
    claimed += [
        d.get(name, "").strip() for d in mail.delivery_status for name in _ORIGINAL_ID_FIELDS
    ]
    claimed = [c for c in claimed if c]
    if not claimed:
        return None, "the returned message's Message-ID is missing"
    wanted = {c for c in claimed if token_verifies(c, state.message_key)}
    if not wanted:
        why = "its Message-ID lacks cuikuan's signature: guessed or forged"
        return None, f"returns {claimed[0][:100]}, which cuikuan did not send ({why})"
    for returned in dict.fromkeys(c for c in claimed if c in wanted):
        record = state.send_with_message_id(returned)  # the sends index: no scan of every send
        if record is not None and record.status in ("sent", "pending"):
            return record, f"returns {record.message_id}"
    return None, f"returns {claimed[0][:100]}, which cuikuan did not send"
