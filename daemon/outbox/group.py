"""Group commit: the intents of many emails made durable by one write, then sent.

Sending an email exactly once costs durable writes (:mod:`daemon.outbox.outbox`): its
bytes in the spool and its ``pending`` record before the first byte goes out, its archive
copy and its ``sent`` mark after. Done one email at a time that is a handful of fsyncs
and a state write per email, several times the SMTP transaction itself. A tick sends its
emails in groups instead::

    with outbox.grouped():
        for spec in specs:
            mailer.deliver(spec, now)   # spooled and recorded in memory, not sent yet

1. each email's bytes go to the spool (file fsynced; the folder not yet), its intent
   (``pending``, and whatever else the tick changes) into the open store batch;
2. when the group is full (:data:`GROUP_EMAILS`, :data:`GROUP_BYTES`) or the block ends:
   the spool folder is fsynced, then the store batch committed: ONE write makes every
   intent of the group durable, before any of its bytes goes to the server;
3. the emails are sent one by one; each archive copy is fsynced, its ``sent`` mark
   recorded in memory and its spool file kept;
4. every :attr:`SendGroup.sent_every` sends and at the end: the archive folders are
   fsynced, the sent marks committed in one write, then the spool files removed.

Until an email of the pass went through, each email is a group of its own: a server that
is down is found by the first email, as before, not after recording a whole group.

A crash before 2 leaves nothing recorded (the spool files are pruned as strays); after 2,
``pending`` records whose bytes are in the spool, retried as after any crash
(:meth:`Outbox.retry_pending`: the Sent folder or the Maildir transport is asked first
whether each Message-ID went out). So the sent marks are grouped only when such a check
exists; without one, each is committed on its own as before (a crash then repeats at most
the email in flight, not the group).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from daemon.outbox.archive import Archive
from daemon.outbox.failures import TickResult
from daemon.outbox.spool import Spool
from daemon.storage.atomic import fsync_dir
from daemon.storage.store import Store

GROUP_EMAILS = 100
"""Intents committed together (and then sent) at most."""
GROUP_BYTES = 16 * 1024 * 1024
"""Bytes of email held in memory for a group at most (an evidence pack can be 10 MB)."""
SENT_EVERY = 50
"""Sent marks committed together when a crash's repeats can be told from the Sent folder."""


@dataclass
class Queued:
    """An email whose intent is recorded (in the open batch) and that waits to be sent."""

    mid: str
    raw: bytes
    recipients: Sequence[str]
    now: datetime
    result: TickResult


@dataclass
class SendGroup:
    """What a group holds between its commits (see the module docstring)."""

    sent_every: int
    queued: list[Queued] = field(default_factory=list)
    size: int = 0
    flushing: bool = False
    down: bool = False
    """The transport failed during this group: the rest waits for the next pass."""
    unsynced_dirs: set[Path] = field(default_factory=set)
    unspool: list[str] = field(default_factory=list)
    """Spool files to remove once the sent (or failed) marks are committed."""
    marks: int = 0
    """Sent marks recorded since the last commit."""

    def add(self, item: Queued) -> None:
        self.queued.append(item)
        self.size += len(item.raw)

    def full(self) -> bool:
        return len(self.queued) >= GROUP_EMAILS or self.size >= GROUP_BYTES

    def take(self) -> list[Queued]:
        queued, self.queued, self.size = self.queued, [], 0
        return queued

    def sync_archive(self) -> None:
        """fsync the archive folders that got files since the last commit."""
        for folder in sorted(self.unsynced_dirs):
            fsync_dir(folder)
        self.unsynced_dirs.clear()


class GroupCommit:
    """The group commit of :class:`~daemon.outbox.outbox.Outbox` (a base class of it)."""

    store: Store
    spool: Spool
    archive: Archive
    already_sent: Callable[[str], bool] | None
    _group: SendGroup | None
    _accepted_in_pass: int

    if TYPE_CHECKING:  # the outbox's own; one email through the transport

        def _deliver(
            self,
            mid: str,
            raw: bytes,
            now: datetime,
            result: TickResult,
            recipients: Sequence[str] | None = None,
        ) -> bool: ...

    @contextmanager
    def grouped(self) -> Iterator[None]:
        """Send the emails of this block in groups, one commit per group of intents and
        per run of sent marks (:mod:`daemon.outbox.group`); call it inside :meth:`session`.

        Whatever ends the block, every intent recorded in it is durable with its bytes
        when it ends; those not sent yet (server down, stop, an exception) stay pending.
        """
        if self._group is not None:
            yield
            return
        every = SENT_EVERY if self.already_sent is not None else 1
        group = self._group = SendGroup(sent_every=every)
        try:
            with self.store.batch():
                try:
                    yield
                    while group.queued:  # alerts about failures may join during a flush
                        self._flush(group)
                finally:
                    for item in group.take():
                        item.result.deferred.append(item.mid)
                    self.spool.sync()  # before the batch commits the intents it names
                    group.sync_archive()  # before it commits the sent marks
            for mid in group.unspool:
                self.spool.remove(mid)
        finally:
            self._group = None

    def _flush(self, group: SendGroup) -> bool:
        """Commit the group's intents in one write, then send them; False if the
        transport went down (the rest stays pending)."""
        queued = group.take()
        group.flushing = True
        try:
            self.spool.sync()
            self.store.commit()
            for item in queued:
                if group.down:
                    item.result.deferred.append(item.mid)
                    continue
                if not self._deliver(item.mid, item.raw, item.now, item.result, item.recipients):
                    group.down = True
                if group.marks >= group.sent_every:
                    self._commit_marks(group)
            self._commit_marks(group)
        finally:
            group.flushing = False
        return not group.down

    def _commit_marks(self, group: SendGroup) -> None:
        """Archive copies durable, then the sent marks in one write, then the spool cleared."""
        if not group.marks:
            return
        group.sync_archive()
        self.store.commit()
        unspool, group.unspool, group.marks = group.unspool, [], 0
        for mid in unspool:
            self.spool.remove(mid)

    def _archive_sent(self, mid: str, raw: bytes) -> None:
        if self._group is None:
            self.archive.put("sent", mid, raw)
        else:
            self._group.unsynced_dirs.add(self.archive.put("sent", mid, raw, sync_dir=False).parent)

    def _unspool(self, mid: str) -> None:
        """Drop ``mid``'s spool file once its new status is durable (grouped: after the
        commit of the marks)."""
        if self._group is None:
            self.spool.remove(mid)
        else:
            self._group.unspool.append(mid)
            self._group.marks += 1
