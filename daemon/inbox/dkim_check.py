"""DKIM evidence of an inbound email: each signature's result and the key as published then.

Why: a client's "we will pay on the 15th" is worth something in a dispute only if it can be
shown to come from the client. A DKIM signature proves that the signing domain sent these
exact bytes, but only while its public key can be fetched: senders rotate keys and delete
the old DNS record, so a check made years later fails for lack of a key. So when a reply
arrives cuikuan checks every ``DKIM-Signature`` and keeps, per signature, the result and the
exact TXT record it fetched (and when). With the archived ``.eml`` that is enough to check
the signature again offline at any later time (:func:`reverify`).

The cryptography is dkimpy's (``dkim.DKIM``); this module only gathers the facts. DNS comes
through an injected :data:`Resolver` (the real one: :mod:`daemon.inbox.dkim_dns`); a
resolver that cannot answer raises :class:`DnsUnavailable`, recorded as ``temperror``,
never an error of the inbox. :class:`KeyCache` asks DNS once per (selector, domain) for
ten minutes (a failure for one) and, after three DNS failures in a row, not at all for
five minutes, so a dead resolver costs the inbox a few timeouts, not one per message.

Results per signature (RFC 8601 words): ``pass``, ``fail`` (the body or header hash does not
match), ``temperror`` (DNS did not answer), ``permerror`` (no key published, a malformed
signature or key). The message's ``result``: ``pass`` if any signature passes, else the
first of ``fail``, ``temperror``, ``permerror`` found; ``none`` when it is not signed.
Pure: no I/O here.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from daemon.inbox.alignment import aligned, domain_of

if TYPE_CHECKING:  # dkimpy (with PyNaCl) loads with the first signed reply, not at start-up
    import dkim

log = logging.getLogger(__name__)

FORMAT = "cuikuan-dkim/1"
"""The ``format`` key of a report: bump it when its keys change meaning."""
SLOP = timedelta(hours=10)
"""Clock leeway for ``t=`` and ``x=``, as dkimpy allows."""
MAX_SIGNATURES = 5
"""Signatures checked per message (real mail has one to three): a hostile message with a
thousand must not cost a thousand DNS lookups."""
_SKIP_ROLES = frozenset({"staff", "system", "self"})


class DnsUnavailable(Exception):
    """DNS did not answer (timeout, no server, SERVFAIL): a temporary failure."""


Resolver = Callable[[str], str | None]
"""The TXT record at a DNS name, None when the name has none; raises DnsUnavailable."""


@dataclass(frozen=True)
class KeyLookup:
    """One answer about ``<selector>._domainkey.<domain>``."""

    name: str
    record: str | None
    """The TXT record exactly as published (None: none, or DNS did not answer)."""
    fetched_at: datetime
    error: str = ""
    """Why DNS gave no answer (empty: it answered)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "record": self.record,
            "fetched_at": self.fetched_at.isoformat(),
            "error": self.error,
        }


class KeyCache:
    """Key lookups through ``resolve``, remembered per name for ``ttl`` (one inbox pass and
    more; a failure for ``retry``), with a pause after ``failures`` DNS failures in a row."""

    def __init__(
        self,
        resolve: Resolver,
        *,
        ttl: timedelta = timedelta(minutes=10),
        retry: timedelta = timedelta(minutes=1),
        failures: int = 3,
        pause: timedelta = timedelta(minutes=5),
    ) -> None:
        self._resolve = resolve
        self._ttl = ttl
        self._retry = retry
        self._failures_allowed = failures
        self._pause = pause
        self._answers: dict[str, KeyLookup] = {}
        self._failures = 0
        self._paused_until: datetime | None = None

    def lookup(self, name: str, now: datetime) -> KeyLookup:
        name = name.lower().rstrip(".")
        known = self._answers.get(name)
        if known is not None:
            keep = self._retry if known.error else self._ttl
            if abs(now - known.fetched_at) < keep:
                return known
        if self._paused_until is not None and now < self._paused_until:
            return KeyLookup(name, None, now, "DNS not asked: it failed repeatedly just before")
        try:
            answer = KeyLookup(name, self._resolve(name), now)
            self._failures = 0
        except Exception as exc:  # the resolver's failure is a fact, never the inbox's
            self._failures += 1
            if self._failures >= self._failures_allowed:
                self._paused_until = now + self._pause
                self._failures = 0
            answer = KeyLookup(name, None, now, f"{type(exc).__name__}: {exc}"[:300])
        self._answers[name] = answer
        return answer


class DkimEvidence:
    """The inbox's one entry point: a report for each reply worth checking, never an error."""

    def __init__(self, resolve: Resolver) -> None:
        self.keys = KeyCache(resolve)

    def of_reply(
        self,
        raw: bytes,
        sender: str,
        now: datetime,
        *,
        contract: str | None,
        role: str,
        enabled: bool,
    ) -> dict[str, Any]:
        """The DKIM report of mail about a contract from anyone but us (staff commands,
        bounces and our own copies prove nothing for counsel); ``{}`` when not checked."""
        if not enabled or contract is None or role in _SKIP_ROLES:
            return {}
        try:
            return check(raw, lambda name: self.keys.lookup(name, now), now, sender)
        except Exception as exc:  # a bug here must never cost the reply
            log.exception("cannot check the DKIM signatures of a reply from %s", sender)
            return {
                "format": FORMAT,
                "checked_at": now.isoformat(),
                "message_sha256": sha256_of(raw),
                "result": "permerror",
                "reason": f"not checked: {type(exc).__name__}"[:300],
                "signatures": [],
            }


def check(
    raw: bytes, lookup: Callable[[str], KeyLookup], now: datetime, sender: str = ""
) -> dict[str, Any]:
    """The DKIM report of ``raw`` (JSON types only), its keys fetched through ``lookup``."""
    report: dict[str, Any] = {
        "format": FORMAT,
        "checked_at": now.isoformat(),
        "message_sha256": sha256_of(raw),
        "from_domain": domain_of(sender) if sender else "",
        "result": "none",
        "reason": "",
        "signatures": [],
    }
    import dkim  # first use: a daemon that never meets a signed reply never loads it

    head, body_at = _split(raw)
    try:
        signer = dkim.DKIM(head, logger=_QUIET, minkey=1024)
    except Exception as exc:  # untrusted bytes: dkimpy cannot split the header
        report.update(result="permerror", reason=f"unreadable header: {exc}"[:300])
        return report
    headers = [h for h in signer.headers if h[0].lower() == b"dkim-signature"]
    if headers:  # the body only matters to a signature
        signer.body = _crlf(raw[body_at:])
    signatures = [
        _one(signer, headers, idx, lookup, now, report["from_domain"])
        for idx in range(min(len(headers), MAX_SIGNATURES))
    ]
    if len(headers) > MAX_SIGNATURES:
        report["reason"] = f"only the first {MAX_SIGNATURES} of {len(headers)} signatures checked"
    report["signatures"] = signatures
    report["result"] = overall([s["result"] for s in signatures])
    return report


def summary(report: Mapping[str, Any]) -> str:
    """``DKIM pass (acme.cn)``: a report in a few words, for timelines (empty: not checked)."""
    if not report:
        return ""
    result = str(report.get("result", "?"))
    domains = [
        str(s.get("domain"))
        for s in report.get("signatures", [])
        if isinstance(s, Mapping) and s.get("result") == result and s.get("domain")
    ]
    return f"DKIM {result}" + (f" ({', '.join(dict.fromkeys(domains))})" if domains else "")


def sha256_of(raw: bytes) -> str:
    """The hex SHA-256 of a message: ties a report to the exact bytes checked."""
    return hashlib.sha256(raw).hexdigest()


def overall(results: list[str]) -> str:
    """The message's result from its signatures' (see the module doc)."""
    for result in ("pass", "fail", "temperror", "permerror"):
        if result in results:
            return result
    return "none"


def reverify(raw: bytes, report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Each signature of ``raw`` checked again with the keys stored in ``report``: no DNS.

    ``t=``/``x=`` are judged as of ``checked_at`` (when the reply arrived), so a signature
    that expired since is still shown valid for that day. A signature whose key was never
    fetched comes back ``temperror``.
    """
    stored = {
        str(k.get("name", "")): KeyLookup(
            str(k.get("name", "")),
            k.get("record"),
            datetime.fromisoformat(str(k.get("fetched_at"))),
            str(k.get("error", "")),
        )
        for s in report.get("signatures", [])
        if isinstance(k := s.get("key"), Mapping) and k.get("name") and k.get("fetched_at")
    }
    checked_at = datetime.fromisoformat(str(report["checked_at"]))

    def from_report(name: str) -> KeyLookup:
        name = name.lower().rstrip(".")
        return stored.get(name) or KeyLookup(name, None, checked_at, "no key stored")

    again = check(raw, from_report, checked_at, str(report.get("from_domain", "")))
    return list(again["signatures"])


# --- one signature ----------------------------------------------------------------------------


def _one(
    signer: dkim.DKIM,
    headers: list[tuple[bytes, bytes]],
    idx: int,
    lookup: Callable[[str], KeyLookup],
    now: datetime,
    from_domain: str,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "index": idx,
        "domain": "",
        "selector": "",
        "algorithm": "",
        "canonicalization": "",
        "identity": "",
        "signed_headers": [],
        "body_length": None,
        "body_hash": "not checked",
        "result": "permerror",
        "reason": "",
        "aligned": False,
        "key": None,
    }
    import dkim
    from dkim.util import parse_tag_value

    try:
        sig = parse_tag_value(headers[idx][1])
        out.update(_describe(sig, from_domain))
        _validate(sig, now)
        out["body_hash"] = "pass" if _body_hash_ok(signer, sig) else "fail"
        name = f"{out['selector']}._domainkey.{out['domain']}"
        key = lookup(name)
        out["key"] = key.to_json()
        if key.error:
            return {**out, "result": "temperror", "reason": f"DNS: {key.error}"}
        if not key.record:
            return {**out, "reason": f"no key published at {name}"}
        dkim.evaluate_pk(name, key.record)  # a malformed or revoked (p=) key raises here
        if out["body_hash"] == "fail":
            return {**out, "result": "fail", "reason": "the body changed after signing"}
        include = [h.lower() for h in re.split(rb"\s*:\s*", sig[b"h"])]
        record = key.record.encode("latin-1")
        good = signer.verify_sig(sig, include, headers[idx], lambda _n, timeout=0: record)
        if not good:
            reason = "the signed header fields changed, or another key signed"
            return {**out, "result": "fail", "reason": reason}
        if out["algorithm"] == "rsa-sha1":  # RFC 8301: SHA-1 signatures are not valid
            reason = "rsa-sha1 is not accepted (RFC 8301), though the signature matches"
            return {**out, "result": "permerror", "reason": reason}
        if out["body_length"] is not None:
            reason = f"only the first {out['body_length']} bytes of the body are signed (l=)"
            return {**out, "result": "pass", "reason": reason}
        return {**out, "result": "pass"}
    except Exception as exc:  # malformed tags, key or message: the signature proves nothing
        return {**out, "result": "permerror", "reason": f"{type(exc).__name__}: {exc}"[:300]}


def _text(value: bytes | None) -> str:
    return (value or b"").decode("ascii", "replace").strip()


def _describe(sig: Mapping[bytes, bytes], from_domain: str) -> dict[str, Any]:
    domain = _text(sig.get(b"d")).lower()
    length = _text(sig.get(b"l"))
    return {
        "domain": domain,
        "selector": _text(sig.get(b"s")).lower(),
        "algorithm": _text(sig.get(b"a")).lower(),
        "canonicalization": _text(sig.get(b"c")) or "simple/simple",
        "identity": _text(sig.get(b"i")),
        "signed_headers": [h.strip().lower() for h in _text(sig.get(b"h")).split(":") if h],
        "body_length": int(length) if length.isdigit() else None,
        "aligned": aligned(domain, from_domain, "relaxed") if from_domain else False,
    }


def _validate(sig: dict[bytes, bytes], now: datetime) -> None:
    """dkimpy's checks of the tags, with ``t=``/``x=`` judged at ``now`` (dkimpy uses the
    machine's time, which years later would call every expiring signature invalid)."""
    import dkim

    dkim.validate_signature_fields({k: v for k, v in sig.items() if k not in (b"t", b"x")})
    stamp = now.timestamp()
    signed = sig.get(b"t", b"")
    if signed and (not signed.isdigit() or int(signed) > stamp + SLOP.total_seconds()):
        raise dkim.ValidationError(f"t= is not a time before the check: {_text(signed)}")
    expires = sig.get(b"x", b"")
    if expires and (not expires.isdigit() or int(expires) < stamp - SLOP.total_seconds()):
        raise dkim.ValidationError(f"the signature had expired (x={_text(expires)})")


_BLANK_LINE = re.compile(rb"(?:\A|\n)(\r?\n)")


def _split(raw: bytes) -> tuple[bytes, int]:
    """(header section, where the body starts) of ``raw``, cut at the first empty line as
    dkimpy cuts it.

    Why not hand dkimpy the whole message: it splits every line of it into a list to find
    the end of the header (a 35 MB attachment: ~450,000 lines, ~100 MB at once, the inbox's
    peak memory with big mail). Only the header is parsed by dkimpy; the body is given to
    it (:func:`_crlf`) when a signature needs it, and unsigned mail never copies it.
    """
    blank = _BLANK_LINE.search(raw)
    if blank is None:
        return raw, len(raw)
    return raw[: blank.start(1)], blank.end(1)


def _crlf(body: bytes) -> bytes:
    """``body`` with every line ending CRLF, as dkimpy's own parse leaves it (LF or CRLF
    in, CRLF out; a lone CR stays), in one pass when it already is (real mail is)."""
    if body.count(b"\n") == body.count(b"\r\n"):
        return body
    return body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _body_hash_ok(signer: dkim.DKIM, sig: Mapping[bytes, bytes]) -> bool:
    """Whether the body still hashes to ``bh=`` (known without any key or DNS)."""
    import dkim
    from dkim.canonicalization import CanonicalizationPolicy

    policy = CanonicalizationPolicy.from_c_value(sig.get(b"c", b"simple/simple"))
    body = policy.canonicalize_body(signer.body)
    if b"l" in sig:
        body = body[: int(sig[b"l"])]
    digest = dkim.HASH_ALGORITHMS[sig[b"a"]](body).digest()
    return digest == base64.b64decode(re.sub(rb"\s+", b"", sig[b"bh"]))


class _Quiet(logging.Logger):
    """dkimpy logs every failure at ERROR; here a failure is a recorded fact, not an error."""

    def __init__(self) -> None:
        super().__init__("daemon.inbox.dkim_check.dkimpy", logging.CRITICAL + 1)


_QUIET = _Quiet()
