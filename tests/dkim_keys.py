"""DKIM keys made in the test and messages signed with them by dkimpy (the sender's side).

Each key is generated per test session (RSA by ``cryptography``, ed25519 by PyNaCl), never
stored in the repository. ``record`` is the TXT record a sender would publish at
``<selector>._domainkey.<domain>``; :class:`Dns` serves such records to cuikuan's injected
resolver (the one stub allowed: there is no DNS here).
"""

from __future__ import annotations

import base64
import contextlib
import functools
from dataclasses import dataclass, field
from datetime import datetime
from unittest import mock

import dkim
import nacl.signing
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from daemon.inbox.dkim_check import DnsUnavailable


@dataclass(frozen=True)
class Key:
    algorithm: bytes
    private: bytes
    """What dkimpy's ``sign`` takes: PKCS#1 PEM (RSA) or the base64 seed (ed25519)."""
    record: str


@functools.cache
def rsa_key(n: int = 0) -> Key:
    """An RSA-2048 key (``n`` tells several apart)."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    public = private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return Key(b"rsa-sha256", pem, f"v=DKIM1; k=rsa; p={base64.b64encode(public).decode()}")


@functools.cache
def ed25519_key() -> Key:
    signing = nacl.signing.SigningKey.generate()
    seed = base64.b64encode(bytes(signing))
    public = base64.b64encode(bytes(signing.verify_key)).decode()
    return Key(b"ed25519-sha256", seed, f"v=DKIM1; k=ed25519; p={public}")


def sign(
    raw: bytes, key: Key, domain: str, selector: str = "sel1", *, at: datetime | None = None
) -> bytes:
    """``raw`` with a DKIM-Signature on top, as the sender's server adds it.

    ``at``: when it was signed (``t=``; dkimpy reads the wall clock), for a test whose
    daemon runs at an injected instant: the check refuses a signature made after its now.
    """
    clock = contextlib.nullcontext()
    if at is not None:
        clock = mock.patch.object(dkim.time, "time", return_value=at.timestamp())
    with clock:
        header = dkim.sign(
            raw,
            selector.encode(),
            domain.encode(),
            key.private,
            signature_algorithm=key.algorithm,
            include_headers=[b"from", b"to", b"subject", b"date", b"message-id"],
        )
    return header + raw


@dataclass
class Dns:
    """TXT records by name, as a resolver sees them; ``down`` makes every lookup fail."""

    records: dict[str, str] = field(default_factory=dict)
    down: bool = False
    asked: list[str] = field(default_factory=list)

    def publish(self, domain: str, key: Key, selector: str = "sel1") -> None:
        self.records[f"{selector}._domainkey.{domain}"] = key.record

    def __call__(self, name: str) -> str | None:
        self.asked.append(name)
        if self.down:
            raise DnsUnavailable("The DNS operation timed out after 3.000 seconds")
        return self.records.get(name.rstrip("."))
