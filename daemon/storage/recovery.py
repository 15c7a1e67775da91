"""``cuikuan recover``: rebuild a damaged state so that no email is ever sent twice.

Why: a store that finds damage refuses to open (:mod:`daemon.storage.damage`). The way
back is this, run by the user with the daemon stopped::

    report = recover(config, state_file, archive, now, already_sent=sent_folder_check)

1. every state file is kept: copied (hard links) into ``<data>/state-damaged-<time>/``;
2. the data is rebuilt from the newest good generation plus the journal
   (:func:`daemon.storage.salvage.salvage`) and written as a fresh state file, and the
   history log is rewritten with every readable commit it holds (plus those only the
   state still held), so no recorded event or processed Message-ID is dropped;
3. every email in the archive of sent mail, and in any other folder of sent copies given
   (the Maildir outbox), is recorded as sent (its key from the ``X-Cuikuan-Key`` header
   or its Message-ID, its time from its ``Date``);
4. every email the planner would send now, and every pending one, is looked up in the
   Sent folder (or the Maildir outbox) through ``already_sent``, and recorded as sent when
   found; repeated until nothing more is found (finding a notice may make a reminder due).

Recovery is idempotent: run on a healthy state it only adds sends it did not know.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import default
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from daemon.config.records import Config
from daemon.domain import resolve
from daemon.domain.emails import legacy_message_id, legacy_of, message_id
from daemon.domain.planner import due_emails
from daemon.domain.state import SendKey
from daemon.errors import StoreError
from daemon.storage.damage import existing_generations
from daemon.storage.history import log_path
from daemon.storage.history_log import HistoryLog
from daemon.storage.json_storage import AtomicJSONStorage
from daemon.storage.lock import StateLock
from daemon.storage.salvage import Salvage, salvage, salvage_history
from daemon.storage.store import Store

log = logging.getLogger(__name__)

KEY_HEADER = "X-Cuikuan-Key"
"""Written by :func:`daemon.mail.compose.compose`: ``contract/milestone/stage/seq``."""
COVERS_HEADER = "X-Cuikuan-Covers"
"""A consolidated email's keys (issue 13.2), space-separated, each like :data:`KEY_HEADER`."""
MAX_ROUNDS = 50
"""Rounds of "plan, look in the Sent folder" before giving up (each finds at least one)."""

AlreadySent = Callable[[str], bool]


@dataclass
class RecoveryReport:
    """What ``recover`` did, for the user."""

    salvage: Salvage
    kept_in: Path | None
    from_archive: list[str] = field(default_factory=list)
    """Message-IDs recorded as sent because the archive (or the Maildir outbox) holds them."""
    from_sent_folder: list[str] = field(default_factory=list)
    """Message-IDs recorded as sent because the Sent folder (or outbox) holds them."""
    unknown_archived: list[Path] = field(default_factory=list)
    """Archived emails whose key could not be read (left alone)."""

    def lines(self) -> list[str]:
        s = self.salvage
        out = [f"rebuilt from {s.base} and {s.commits} journal commit(s)"]
        out += [f"damage: {p}" for p in s.problems]
        out += [f"dropped (wrong shape): {d}" for d in s.dropped]
        if self.kept_in is not None:
            out.append(f"every former state file is kept in {self.kept_in}")
        out.append(f"{len(self.from_archive)} email(s) recorded as sent from the archive")
        out.append(f"{len(self.from_sent_folder)} email(s) recorded as sent from the Sent folder")
        out += [f"archived email without a cuikuan key, left: {p}" for p in self.unknown_archived]
        return out


def recover(
    config: Config,
    state_file: Path,
    archive_root: Path,
    now: datetime,
    *,
    already_sent: AlreadySent | None = None,
    sent_copies: Iterable[Path] = (),
) -> RecoveryReport:
    """Rebuild ``state_file`` (daemon stopped: the lock is taken) and resync the sends.

    ``archive_root`` is the archive (its ``sent/`` part is read); ``sent_copies`` are
    further files of sent mail (e.g. a Maildir outbox's); ``already_sent`` looks one
    Message-ID up where mail cannot be listed (the IMAP Sent folder).
    """
    state_file.parent.mkdir(parents=True, exist_ok=True)
    lock = StateLock(state_file.with_name(state_file.name + ".lock"))
    try:
        rebuilt = salvage(state_file)
        history = salvage_history(state_file, rebuilt)
        kept_in = _keep_every_file(state_file, now)
        HistoryLog(log_path(state_file), state_file).reset(history)
        if rebuilt.base != state_file.name:
            state_file.unlink(missing_ok=True)  # damaged (kept): must not become the .prev
        storage = AtomicJSONStorage(state_file)
        storage.write(rebuilt.data)
    finally:
        lock.release()
    report = RecoveryReport(rebuilt, kept_in)
    with Store(state_file) as store:
        archived = sorted((archive_root / "sent").glob("*/*.eml"))
        _resync_copies(config, store, [*archived, *sent_copies], now, report)
        if already_sent is not None:
            _resync_sent_folder(config, store, now, already_sent, report)
    return report


def _keep_every_file(state_file: Path, now: datetime) -> Path | None:
    """Hard-link every state file into a new folder, then remove the state file's journal."""
    files = existing_generations(state_file)
    if not files:
        return None
    folder = state_file.with_name(f"state-damaged-{now:%Y%m%dT%H%M%S}")
    n = 1
    while folder.exists():
        n += 1
        folder = state_file.with_name(f"state-damaged-{now:%Y%m%dT%H%M%S}-{n}")
    folder.mkdir()
    for path in files:
        try:
            os.link(path, folder / path.name)
        except OSError as exc:
            raise StoreError(f"cannot keep a copy of {path} in {folder}: {exc}") from exc
    journal = state_file.with_name(state_file.name + ".journal")
    journal.unlink(missing_ok=True)  # folded into the rebuilt file; kept in the folder
    return folder


# -- the archive ------------------------------------------------------------------------


def _resync_copies(
    config: Config, store: Store, files: Iterable[Path], now: datetime, report: RecoveryReport
) -> None:
    contracts = {c.id for _client, c in resolve.iter_contracts(config)}
    with store.batch():
        for path, headers in _headers(files):
            mid = str(headers.get("Message-ID", "")).strip()
            key = key_of(headers, contracts)
            if not mid or key is None:
                report.unknown_archived.append(path)
                continue
            known = store.find_send(mid)
            if known is not None and known.status == "sent":
                continue
            at = _date(headers) or datetime.fromtimestamp(path.stat().st_mtime, now.tzinfo)
            _record_sent(store, key, mid, at, _recipients(headers), covers_of(headers))
            report.from_archive.append(mid)


def _headers(files: Iterable[Path]) -> Iterator[tuple[Path, Message]]:
    parser = BytesHeaderParser(policy=default)
    for path in files:
        try:
            with open(path, "rb") as fh:
                yield path, parser.parse(fh)
        except (OSError, ValueError) as exc:
            log.warning("cannot read archived %s: %s", path, exc)


def key_of(headers: Message, contracts: Iterable[str]) -> SendKey | None:
    """The send key of a cuikuan email, from its key header or else its Message-ID."""
    header = headers.get(KEY_HEADER)
    key = _parse_key(str(header)) if header else None
    return key or key_from_message_id(str(headers.get("Message-ID", "")), contracts)


def covers_of(headers: Message) -> tuple[SendKey, ...]:
    """Every key a consolidated email stood for (empty for an email about one key)."""
    keys = (_parse_key(part) for part in str(headers.get(COVERS_HEADER, "")).split())
    return tuple(k for k in keys if k is not None)


def _parse_key(text: str) -> SendKey | None:
    parts = text.strip().split("/")
    if len(parts) != 4 or not parts[3].isdigit():
        return None
    contract, milestone, stage, seq = parts
    return SendKey(contract, None if milestone == "-" else milestone, stage, int(seq))


def key_from_message_id(mid: str, contracts: Iterable[str]) -> SendKey | None:
    """Invert :func:`daemon.domain.emails.message_id` (ids may hold dots: known ones first).

    The token is dropped first; an old Message-ID without one reads the same way.
    """
    local = (legacy_of(mid) or mid).strip().strip("<>").rpartition("@")[0]
    if not local.startswith("ck."):
        return None
    head, _, tail = local[3:].rpartition(".")
    head, _, stage = head.rpartition(".")
    if not tail.isdigit() or not stage or not head:
        return None
    contract = next(
        (c for c in sorted({*contracts, "-"}, key=len, reverse=True) if head.startswith(c + ".")),
        head.rpartition(".")[0],
    )
    milestone = head[len(contract) + 1 :]
    if not contract or not milestone:
        return None
    return SendKey(contract, None if milestone == "-" else milestone, stage, int(tail))


def _date(headers: Message) -> datetime | None:
    try:
        at = parsedate_to_datetime(str(headers.get("Date", "")))
    except (TypeError, ValueError):
        return None
    return at if at.tzinfo is not None else None


def _recipients(headers: Message) -> list[str]:
    values = [str(v) for h in ("To", "Cc") for v in headers.get_all(h, [])]
    return [addr for _name, addr in getaddresses(values) if addr]


def _record_sent(
    store: Store,
    key: SendKey,
    mid: str,
    at: datetime,
    to: list[str],
    covers: tuple[SendKey, ...] = (),
) -> None:
    sends = store.snapshot().sends if covers else {}
    left = tuple(k for k in covers if k == key or getattr(sends.get(k), "status", "") != "sent")
    store.record_pending(key, mid, at, to, left)
    store.mark_sent(mid, at)


# -- the Sent folder --------------------------------------------------------------------


def _resync_sent_folder(
    config: Config, store: Store, now: datetime, already_sent: AlreadySent, report: RecoveryReport
) -> None:
    domain = resolve.message_id_domain(config)
    checked: set[str] = set()
    for _round in range(MAX_ROUNDS):
        candidates = [(r.key, r.message_id, list(r.to), r.covers) for r in store.pending_sends()]
        for email in due_emails(config, store.snapshot(), now):
            mid = message_id(email.key, domain, store.message_key)
            candidates.append((email.key, mid, list(email.to), ()))
            # an email sent before Message-IDs had tokens is in the Sent folder as that
            legacy = legacy_message_id(email.key, domain)
            candidates.append((email.key, legacy, list(email.to), ()))
        found = False
        with store.batch():
            for key, mid, to, covers in candidates:
                if mid in checked:
                    continue
                checked.add(mid)
                if already_sent(mid):
                    _record_sent(store, key, mid, now, to, covers)
                    report.from_sent_folder.append(mid)
                    found = True
        if not found:
            return
