"""Settle rules: never act on a half-written config (issue 10.9).

An editor or a copy over the network may write a YAML file in several chunks, seconds
apart; a daemon that reloads between them loads a truncated file that may still be valid
(``…@newclient1.exa``). Two rules, both pure:

* :class:`StableWatch` loads a changed config only once its fingerprint (names, mtimes in
  nanoseconds and sizes of the watched files) has stayed the same for ``stable_for``
  seconds of an injected monotonic clock; SIGHUP (``force``) loads at once.
* :func:`settling` holds the emails of a contract that appeared in a running daemon for a
  short settle time after it was first seen, so that a second look at the file (or the PM
  reading the reload log) can still correct it before the first email goes out. Contracts
  present when cuikuan first ran are not held: the PM started it on purpose. An edit of
  the contract (its :func:`contract_digest` changed) while it settles starts the settle
  time again: the corrected address gets the same second look as the first one.

Usage::

    watch = StableWatch(loaded=fingerprint_now, stable_for=10.0)
    if watch.should_load(fingerprint_now, monotonic_now, force=sighup):
        load(); watch.loaded_as(fingerprint_now)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from daemon.config.record_ops import dump_json
from daemon.config.records import Client, Contract


@dataclass
class StableWatch:
    """Says when a changed config has been still long enough to load."""

    loaded: Hashable
    """Fingerprint of the config in force."""
    stable_for: float
    """Seconds a new fingerprint must stay unchanged before it is loaded."""
    _candidate: Hashable | None = None
    _since: float = 0.0

    def should_load(self, fingerprint: Hashable, now: float, *, force: bool = False) -> bool:
        """True when ``fingerprint`` (seen at monotonic ``now``) should be loaded now."""
        if force:
            return True
        if fingerprint == self.loaded:
            self._candidate = None  # changed back: nothing to load
            return False
        if fingerprint != self._candidate:
            self._candidate, self._since = fingerprint, now  # still changing: start again
            return self.stable_for <= 0
        return now - self._since >= self.stable_for

    def loaded_as(self, fingerprint: Hashable) -> None:
        """The config of ``fingerprint`` is in force now (or was tried and rejected)."""
        self.loaded = fingerprint
        self._candidate = None


def contract_digest(client: Client, contract: Contract) -> str:
    """A hash of what a contract's emails are made of: the contract, and its client's
    name, language and contacts (not the client's other contracts)."""
    parts = [
        dump_json(client, exclude={"contracts"}),
        dump_json(contract),
    ]
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def settle_until(
    contract_id: str,
    contracts_seen: Mapping[str, datetime],
    settle: timedelta,
    edits: Mapping[str, Sequence[datetime]] | None = None,
    first: datetime | None = None,
) -> datetime | None:
    """The instant a contract's first email may go out, or None when it needs no wait.

    A contract needs the wait when it was first seen after the first contracts cuikuan
    ever saw, i.e. it appeared in a config edit of a running daemon. ``edits`` are the
    instants its content was seen changed: one that falls inside the wait starts it again.
    ``first``: ``min(contracts_seen.values())`` when the caller knows it (it asks for many).
    """
    seen = contracts_seen.get(contract_id)
    if seen is None or settle <= timedelta(0):
        return None
    if first is None:
        first = min(contracts_seen.values())
    if seen <= first:
        return None
    until = seen + settle
    for edited in sorted((edits or {}).get(contract_id, ())):
        if seen <= edited < until:
            until = edited + settle
    return until


def settling(
    contract_id: str,
    contracts_seen: Mapping[str, datetime],
    settle: timedelta,
    now: datetime,
    edits: Mapping[str, Sequence[datetime]] | None = None,
) -> bool:
    """True while the emails of a newly appeared contract are held."""
    until = settle_until(contract_id, contracts_seen, settle, edits)
    return until is not None and now < until
