"""Read replies from a real IMAP account: cursor by UID, IDLE, reconnects with backoff.

Why it looks like this:

* Progress is a cursor ``(UIDVALIDITY, last_uid)``. ``UID n:*`` always matches the newest
  message even when its UID is below ``n``, so results are filtered by ``uid > last_uid``.
  When UIDVALIDITY changes (mailbox recreated, server migrated) every message is returned
  again and the caller dedupes by Message-ID.
* Bodies are fetched with ``BODY.PEEK[]`` (nothing is marked read by reading) in chunks, so
  a large backlog is not one giant response; ``limit`` bounds one call. Memory is bounded by
  bytes, not only by count: ``RFC822.SIZE`` is fetched first (cheap) and one call returns at
  most ``fetch_budget`` bytes of raw mail, or one message alone when it is bigger than that
  (25 MB attachments × 50 messages would otherwise be held at once). The cursor only moves
  over what was returned, and ``more_waiting`` tells the caller to call again.
* Handled mail is moved to ``cuikuan/processed`` / ``cuikuan/unmatched`` (folders created
  on demand, using the server's hierarchy delimiter) or flagged; never deleted. Filing takes
  a whole batch: one ``UID MOVE`` (or ``UID STORE``) per target folder with a UID set, and
  no SELECT when the mailbox is still selected from the fetch (the selected folder is
  remembered per connection).
* ``wait_for_activity`` uses IDLE in ≤1 s slices so a stop request is honoured quickly.
  imapclient's ``idle_check`` swallows EOF, so the connection is verified with DONE + NOOP
  after every IDLE; a dead connection is dropped and re-opened on the next call, with
  exponential backoff (1, 2, 4 … 60 s) measured on the injected clock.
"""

from __future__ import annotations

import imaplib
import logging
import threading
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from imapclient.imapclient import SENT

from daemon.clock import Clock
from daemon.config.records import ImapSettings
from daemon.errors import InboxError
from daemon.inbox.imap_client import (
    NET_ERRORS,
    ConnectionLost,
    idle_once,
    open_client,
    server_delimiter,
    shutdown,
)
from daemon.inbox.imap_fetch import fetch_bodies, uids_within_budget
from daemon.inbox.source import Cursor, InboundMessage, Outcome

logger = logging.getLogger(__name__)

PROCESSED_KEYWORD = b"$CuikuanProcessed"
"""Keyword set (with \\Seen) on handled mail when ``after_processing`` is ``flag``."""
UNMATCHED_KEYWORD = b"$CuikuanUnmatched"
"""Keyword set on mail that matched nothing, in ``flag`` mode (left unread for a human)."""
FETCH_CHUNK = 100
FETCH_BUDGET_BYTES = 16 * 1024 * 1024
FETCH_PIECE_BYTES = 4 * 1024 * 1024
"""A message fetched alone and bigger than this comes in partial fetches of this size."""
"""Raw message bytes one ``fetch_new`` call holds at most (a bigger message comes alone)."""
MAX_BACKOFF_SECONDS = 60.0

T = TypeVar("T")


class ImapSource:
    """:class:`daemon.inbox.source.MailSource` over IMAP (imapclient, UIDs throughout)."""

    def __init__(
        self,
        settings: ImapSettings,
        password: str,
        clock: Clock,
        *,
        fetch_chunk: int = FETCH_CHUNK,
        fetch_budget: int | None = None,
        max_backoff: float = MAX_BACKOFF_SECONDS,
    ) -> None:
        self._settings = settings
        self._password = password
        self._clock = clock
        self._fetch_chunk = max(1, fetch_chunk)
        self._fetch_budget = max(1, FETCH_BUDGET_BYTES if fetch_budget is None else fetch_budget)
        self.more_waiting = False
        """Whether the last ``fetch_new`` left newer messages (limit or byte budget)."""
        self._max_backoff = max_backoff
        self._client: IMAPClient | None = None
        self._delimiter: str | None = "/"
        self._folders: dict[str, str] = {}
        self._failures = 0
        self._retry_at: datetime | None = None
        self._seen: tuple[int, int] | None = None  # (uidvalidity, uidnext) after fetch_new
        self._selected: tuple[str, bool, int] | None = None  # (name, readonly, uidvalidity)

    @property
    def where(self) -> str:
        return f"{self._settings.host}:{self._settings.port}"

    @property
    def connected(self) -> bool:
        return self._client is not None

    # --- MailSource --------------------------------------------------------------------

    def fetch_new(
        self, cursor: Cursor | None, limit: int | None = None
    ) -> tuple[list[InboundMessage], Cursor]:
        """Messages with a UID above the cursor's (all of them if UIDVALIDITY changed)."""
        mailbox = self._settings.mailbox

        def run(client: IMAPClient) -> tuple[list[InboundMessage], Cursor]:
            info = self._select(client, self._server_name(mailbox))
            uidvalidity = int(info[b"UIDVALIDITY"])
            last = 0
            if cursor is not None and cursor[0] == uidvalidity:
                last = cursor[1]
            elif cursor is not None:
                logger.warning(
                    "UIDVALIDITY of %s at %s changed from %s to %s: reading it all again",
                    mailbox,
                    self.where,
                    cursor[0],
                    uidvalidity,
                )
            criteria: list[Any] = ["UID", f"{last + 1}:*"]
            if self._settings.after_processing == "flag":
                criteria += ["UNKEYWORD", PROCESSED_KEYWORD, "UNKEYWORD", UNMATCHED_KEYWORD]
            uids = sorted(uid for uid in client.search(criteria) if uid > last)
            wanted = len(uids)
            if limit is not None:
                uids = uids[:limit]
            uids, total = uids_within_budget(client, uids, self._fetch_chunk, self._fetch_budget)
            truncated = len(uids) < wanted
            messages = fetch_bodies(
                client, uids, total, (mailbox, uidvalidity), self._fetch_chunk, FETCH_PIECE_BYTES
            )
            new_last = uids[-1] if uids else last
            uidnext = new_last + 1
            if not truncated:
                uidnext = max(uidnext, int(info.get(b"UIDNEXT", 0)))
            self._seen = (uidvalidity, uidnext)
            self.more_waiting = truncated
            logger.debug("fetched %s new message(s) from %s", len(messages), mailbox)
            return messages, (uidvalidity, new_last)

        return self._run(f"fetch from {mailbox}", run)

    def mark_processed(self, msg: InboundMessage, outcome: Outcome) -> None:
        """Move ``msg`` to the processed/unmatched folder, or flag it (``flag`` mode)."""
        self.mark_processed_many([(msg, outcome)])

    def mark_processed_many(self, items: Iterable[tuple[InboundMessage, Outcome]]) -> None:
        """File a batch: one MOVE (or flag STORE) per target folder, with a UID set."""
        groups: dict[tuple[str, int], dict[Outcome, list[int]]] = {}
        for msg, outcome in items:
            by_outcome = groups.setdefault((msg.mailbox, msg.uidvalidity), {})
            by_outcome.setdefault(outcome, []).append(msg.uid)
        for (mailbox, uidvalidity), by_outcome in groups.items():
            count = sum(len(uids) for uids in by_outcome.values())

            def run(
                client: IMAPClient,
                mailbox: str = mailbox,
                uidvalidity: int = uidvalidity,
                by_outcome: dict[Outcome, list[int]] = by_outcome,
            ) -> None:
                self._file_uids(client, mailbox, uidvalidity, by_outcome)

            self._run(f"filing {count} message(s) of {mailbox}", run)

    def _file_uids(
        self,
        client: IMAPClient,
        mailbox: str,
        uidvalidity: int,
        by_outcome: dict[Outcome, list[int]],
    ) -> None:
        settings = self._settings
        current = self._writable_uidvalidity(client, self._server_name(mailbox))
        if current != uidvalidity:
            logger.warning(
                "not filing %s message(s): UIDVALIDITY of %s changed; they will be seen again",
                sum(len(uids) for uids in by_outcome.values()),
                mailbox,
            )
            return
        for outcome, uids in by_outcome.items():
            if settings.after_processing == "flag":
                flags = [b"\\Seen", PROCESSED_KEYWORD]
                if outcome == "unmatched":
                    flags = [UNMATCHED_KEYWORD]
                client.add_flags(uids, flags)
                continue
            logical = settings.processed_folder
            if outcome == "unmatched":
                logical = settings.unmatched_folder
            target = self._ensure_folder(client, logical)
            if client.has_capability("MOVE"):
                client.move(uids, target)
            else:
                client.copy(uids, target)
                client.add_flags(uids, [b"\\Deleted"])
                if client.has_capability("UIDPLUS"):
                    client.uid_expunge(uids)
                else:  # also expunges other \Deleted mail: only on servers without UIDPLUS
                    client.expunge()
            logger.debug("filed %s message(s) of %s in %s", len(uids), mailbox, target)

    def append_sent(self, raw: bytes) -> None:
        """APPEND a copy of a sent email to the Sent folder, marked read."""
        self._run("append to Sent", lambda c: c.append(self._sent_folder(c), raw, [b"\\Seen"]))

    def contains_message_id(self, folder: str | None, message_id: str) -> bool:
        """HEADER search for ``message_id`` in ``folder`` (None: the Sent folder)."""
        wanted = message_id.strip()
        if not wanted.startswith("<"):
            wanted = f"<{wanted}>"

        def run(client: IMAPClient) -> bool:
            name = self._sent_folder(client) if folder is None else self._server_name(folder)
            if not client.folder_exists(name):
                return False
            self._select(client, name, readonly=True)
            return bool(client.search(["HEADER", "Message-ID", wanted]))

        return self._run("search by Message-ID", run)

    def wait_for_activity(self, timeout: float, stop: threading.Event) -> bool:
        """IDLE (or poll) up to ``timeout`` s; True when new mail may be there.

        Also True right after the connection was lost (``fetch_new`` then reconnects and
        catches up). While disconnected it first sits out the backoff (interruptible by
        ``stop``), then reconnects: True on success, :class:`InboxError` on failure.
        """
        if stop.is_set():
            return False
        if self._client is None:
            delay = self._retry_delay()
            if delay > 0:
                stop.wait(min(delay, timeout))
                if stop.is_set() or self._retry_delay() > 0:
                    return False
            self._connect()
            return True  # mail may have arrived while we were disconnected
        client = self._client
        if not client.has_capability("IDLE"):
            stop.wait(min(timeout, self._settings.poll_seconds))
            return not stop.is_set()
        return self._idle(client, timeout, stop)

    def close(self) -> None:
        client, self._client = self._client, None
        self._selected = None
        if client is None:
            return
        try:
            client.logout()
        except NET_ERRORS:
            shutdown(client)

    def __enter__(self) -> ImapSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- IDLE --------------------------------------------------------------------------

    def _idle(self, client: IMAPClient, timeout: float, stop: threading.Event) -> bool:
        mailbox = self._settings.mailbox
        deadline = time.monotonic() + min(timeout, self._settings.idle_renew_seconds)
        try:
            info = self._select(client, self._server_name(mailbox))
            current = (int(info[b"UIDVALIDITY"]), int(info.get(b"UIDNEXT", 0)))
            if self._seen is None or current[0] != self._seen[0] or current[1] > self._seen[1]:
                return True  # something arrived since the last fetch_new
            got = idle_once(client, deadline, stop)
        except (ConnectionLost, OSError, imaplib.IMAP4.error) as exc:
            logger.warning("IMAP connection to %s lost while idle (%s)", self.where, exc)
            self._drop()
            return not stop.is_set()  # fetch_new reconnects and catches up
        return got

    # --- connection --------------------------------------------------------------------

    def _run(self, what: str, action: Callable[[IMAPClient], T]) -> T:
        client = self._connect()
        try:
            return action(client)
        except NET_ERRORS as exc:
            self._drop()
            raise InboxError(f"IMAP {what} at {self.where} failed: {exc}") from exc

    def _retry_delay(self) -> float:
        if self._retry_at is None:
            return 0.0
        return max(0.0, (self._retry_at - self._clock.now()).total_seconds())

    def _connect(self) -> IMAPClient:
        if self._client is not None:
            return self._client
        delay = self._retry_delay()
        if delay > 0:
            raise InboxError(f"IMAP server {self.where} unavailable; next attempt in {delay:.0f} s")
        try:
            client = self._open()
        except InboxError:
            self._failures += 1
            backoff = min(self._max_backoff, 2.0 ** (self._failures - 1))
            self._retry_at = self._clock.now() + timedelta(seconds=backoff)
            # The first failure is news; the rest is the caller's "still failing" line.
            logger.log(
                logging.WARNING if self._failures == 1 else logging.DEBUG,
                "IMAP connection to %s failed %s time(s); retrying in %s s",
                self.where,
                self._failures,
                backoff,
            )
            raise
        self._client = client
        self._failures = 0
        self._retry_at = None
        self._folders.clear()
        self._selected = None
        return client

    def _open(self) -> IMAPClient:
        s = self._settings
        try:
            client = open_client(s, self._password)
        except LoginError as exc:
            env = s.password_env or "CUIKUAN_IMAP_PASSWORD"
            raise InboxError(
                f"IMAP login failed for user {s.username} at {self.where}: check the password "
                f"(env {env} or password_file)"
            ) from exc
        except NET_ERRORS as exc:
            raise InboxError(
                f"cannot connect to IMAP server {self.where} (security {s.security}): {exc}"
            ) from exc
        try:
            self._delimiter = server_delimiter(client)
        except NET_ERRORS as exc:
            shutdown(client)
            raise InboxError(f"IMAP session setup with {self.where} failed: {exc}") from exc
        logger.info("connected to IMAP %s as %s", self.where, s.username)
        return client

    def _drop(self) -> None:
        client, self._client = self._client, None
        self._selected = None
        if client is not None:
            shutdown(client)

    # --- folders -----------------------------------------------------------------------

    def _select(self, client: IMAPClient, name: str, readonly: bool = False) -> dict[bytes, Any]:
        """SELECT (or EXAMINE) ``name`` and remember it as the selected folder."""
        self._selected = None  # unknown if the command fails half-way
        info: dict[bytes, Any] = client.select_folder(name, readonly=readonly)
        self._selected = (name, readonly, int(info[b"UIDVALIDITY"]))
        return info

    def _writable_uidvalidity(self, client: IMAPClient, name: str) -> int:
        """UIDVALIDITY of ``name`` selected read-write; no SELECT if it already is."""
        if self._selected is not None and self._selected[:2] == (name, False):
            return self._selected[2]
        return int(self._select(client, name)[b"UIDVALIDITY"])

    def _server_name(self, logical: str) -> str:
        """``cuikuan/processed`` in the server's hierarchy delimiter."""
        if self._delimiter and self._delimiter != "/":
            return self._delimiter.join(logical.split("/"))
        return logical

    def _ensure_folder(self, client: IMAPClient, logical: str) -> str:
        if logical in self._folders:
            return self._folders[logical]
        name = self._server_name(logical)
        if not client.folder_exists(name):
            try:
                client.create_folder(name)
            except imaplib.IMAP4.error:
                if not client.folder_exists(name):  # not a race with another client
                    raise
            client.subscribe_folder(name)
            logger.info("created IMAP folder %s at %s", name, self.where)
        self._folders[logical] = name
        return name

    def _sent_folder(self, client: IMAPClient) -> str:
        key = "\\Sent"
        if key not in self._folders:
            name = self._server_name(self._settings.sent_folder)
            if not client.folder_exists(name):
                name = client.find_special_folder(SENT) or self._ensure_folder(
                    client, self._settings.sent_folder
                )
            self._folders[key] = name
        return self._folders[key]
