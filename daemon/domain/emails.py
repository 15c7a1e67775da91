"""An email the chase wants sent, before it is rendered: the planner's output.

Its identity is a :class:`~daemon.domain.state.SendKey`; its Message-ID is derived from that key
and the installation's Message-ID key, so the same decision always yields the same
Message-ID. That is what lets the store, the Sent folder and the inbox recognise an email
across restarts.

Why a keyed token in the Message-ID: the readable part (``ck.CONTRACT.MILESTONE.STAGE.SEQ``)
can be guessed by anyone who knows a contract id, and a forged bounce quoting a guessed
Message-ID could mark a client's address as bad. The token is an HMAC of the readable part
under a secret kept in ``data/`` (:mod:`daemon.storage.message_key`), so only an email we
really sent carries a token that verifies (:func:`token_verifies`). Emails sent before
tokens existed are recorded with their old Message-ID (:func:`legacy_message_id`); replies
to them are still matched (matching looks Message-IDs up among the recorded sends), but a
bounce counts only with a token that verifies.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import string
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from daemon.domain.state import SendKey


@dataclass(frozen=True)
class PlannedEmail:
    """One email due at ``at`` (aware, in the client's timezone)."""

    key: SendKey
    at: datetime
    client: str
    language: str
    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    thread: tuple[str, ...] = ()
    """Message-IDs already sent in this milestone's thread, oldest first (for References)."""
    supersedes: tuple[SendKey, ...] = ()
    """Earlier stages that were missed (daemon down) and are skipped in favour of this one."""

    def as_row(self) -> dict[str, Any]:
        """The email as a row of ``cuikuan plan --json`` (and the report's upcoming list)."""
        return {
            "at": self.at.isoformat(),
            "client": self.client,
            "contract": self.key.contract,
            "milestone": self.key.milestone,
            "stage": self.key.stage,
            "seq": self.key.seq,
            "to": list(self.to),
            "cc": list(self.cc),
        }


_TOKEN_LETTERS = string.ascii_lowercase
_TOKEN_LENGTH = 17
"""80 bits of HMAC in lower-case letters (26**17 > 2**80): never all digits, so a token is
never mistaken for the sequence number that ends an old Message-ID's readable part."""


def legacy_message_id(key: SendKey, domain: str) -> str:
    """The Message-ID ``key`` had before tokens: ``<ck.CONTRACT.MILESTONE.STAGE.SEQ@domain>``."""
    milestone = key.milestone if key.milestone is not None else "-"
    return f"<ck.{key.contract}.{milestone}.{key.stage}.{key.seq}@{domain}>"


@functools.lru_cache(maxsize=4096)
def _token(secret: bytes, readable: str) -> str:
    """The keyed token of a Message-ID's readable part (``ck.…@domain``).

    Cached: a tick asks for an email's Message-ID several times (the engine, the composer,
    the outbox) and the HMAC was ~5 % of an email's CPU; 4,096 keys cover a large tick."""
    digest = hmac.new(secret, readable.encode("utf-8"), hashlib.sha256).digest()
    number = int.from_bytes(digest[:10], "big")
    letters = []
    for _ in range(_TOKEN_LENGTH):
        number, digit = divmod(number, len(_TOKEN_LETTERS))
        letters.append(_TOKEN_LETTERS[digit])
    return "".join(letters)


def message_id(key: SendKey, domain: str, secret: bytes) -> str:
    """The deterministic Message-ID of ``key``: ``<ck.C.M.STAGE.SEQ.TOKEN@domain>``.

    ``secret`` is the installation's Message-ID key (``StateView.message_key``). Empty (a
    state read without its key file, a test's bare ``StateView()``) gives the old form,
    which no bounce check accepts.
    """
    if not secret:
        return legacy_message_id(key, domain)
    readable = legacy_message_id(key, domain)[1:-1]
    local, _, at = readable.rpartition("@")
    return f"<{local}.{_token(secret, readable)}@{at}>"


def _split(mid: str) -> tuple[str, str, str] | None:
    """(readable local part, token, domain) of a tokened Message-ID, else None."""
    local, _, domain = mid.strip().removeprefix("<").removesuffix(">").rpartition("@")
    readable, _, token = local.rpartition(".")
    if not readable.startswith("ck.") or not domain:
        return None
    if len(token) != _TOKEN_LENGTH or not all(c in _TOKEN_LETTERS for c in token):
        return None
    return readable, token, domain


def legacy_of(mid: str) -> str | None:
    """The Message-ID without its token (the old form), or None when ``mid`` has none."""
    parts = _split(mid)
    return f"<{parts[0]}@{parts[2]}>" if parts is not None else None


def token_verifies(mid: str, secret: bytes) -> bool:
    """True when ``mid`` carries the token ``secret`` gives it: cuikuan made this id.

    Never true without a secret (a state read without its key file verifies nothing).
    """
    parts = _split(mid)
    if parts is None or not secret:
        return False
    readable, token, domain = parts
    return hmac.compare_digest(token, _token(secret, f"{readable}@{domain}"))


def reference_token(contract: str, milestone: str | None) -> str:
    """The token carried in every subject, e.g. ``[CK-C2026-01-deposit]``.

    Replies keep it, so a reply whose headers were stripped still finds its milestone.
    """
    return f"[CK-{contract}-{milestone}]" if milestone else f"[CK-{contract}]"
