"""The small interface between the daemon and an inbox: where replies come from.

Two adapters implement it: :class:`daemon.inbox.imap.ImapSource` (a real IMAP account,
with IDLE) and :class:`daemon.inbox.maildir_inbox.MaildirSource` (the embedded default,
a local Maildir). The daemon only talks to :class:`MailSource`, so its loop is the same
for both and tests can drive it against either.

Typical loop::

    cursor = store.load_cursor()
    while not stop.is_set():
        messages, cursor = source.fetch_new(cursor)
        done = [(msg, handle(msg)) for msg in messages]  # oldest first; dedupe by Message-ID
        source.mark_processed_many(done)  # one round trip per target folder
        store.save_cursor(cursor)
        source.wait_for_activity(timeout=60, stop=stop)
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, Protocol

Outcome = Literal["processed", "unmatched"]
Cursor = tuple[int, int]
"""``(uidvalidity, last_uid)``: how far an inbox has been read."""


@dataclass(frozen=True)
class InboundMessage:
    """One message read from an inbox, as raw bytes (parsing is someone else's job)."""

    uid: int
    raw: bytes
    mailbox: str
    uidvalidity: int

    def __repr__(self) -> str:  # never show the body in logs or tracebacks
        return (
            f"InboundMessage(uid={self.uid}, mailbox={self.mailbox!r}, "
            f"uidvalidity={self.uidvalidity}, size={len(self.raw)})"
        )


class MailSource(Protocol):
    """Where inbound mail comes from. Methods raise :class:`daemon.errors.InboxError`."""

    more_waiting: bool
    """Whether the last :meth:`fetch_new` stopped before the newest message (``limit`` or a
    byte budget): the caller calls again with the new cursor while this is True."""

    def fetch_new(
        self, cursor: Cursor | None, limit: int | None = None
    ) -> tuple[list[InboundMessage], Cursor]:
        """Messages newer than ``cursor``, oldest first, and the cursor to save afterwards.

        At most ``limit`` messages are returned (all when None), maybe fewer to bound
        memory; call again with the new cursor while :attr:`more_waiting` is True. When the
        server's UIDVALIDITY differs from the cursor's, every message of the mailbox is
        returned again: the caller must skip messages it has already handled (by Message-ID).
        """
        ...

    def mark_processed(self, msg: InboundMessage, outcome: Outcome) -> None:
        """File a handled message away (move or flag, per settings). Never deletes mail."""
        ...

    def mark_processed_many(self, items: Iterable[tuple[InboundMessage, Outcome]]) -> None:
        """:meth:`mark_processed` for a batch, in as few server round trips as possible.

        Files what it can; raises :class:`daemon.errors.InboxError` if any could not be
        filed (filing again later is harmless).
        """
        ...

    def append_sent(self, raw: bytes) -> None:
        """Keep a copy of an email we sent in the Sent folder."""
        ...

    def contains_message_id(self, folder: str | None, message_id: str) -> bool:
        """Whether ``folder`` (None: the Sent folder) holds a message with this Message-ID."""
        ...

    def wait_for_activity(self, timeout: float, stop: threading.Event) -> bool:
        """Block up to ``timeout`` s; True early when new mail may have arrived.

        Returns False at once when ``stop`` is set. Never waits on a schedule: it waits for
        the server (IDLE) or polls, and a set ``stop`` ends the wait within about a second.
        """
        ...

    def close(self) -> None:
        """Release the connection; the source may be used again afterwards (it reconnects)."""
        ...
