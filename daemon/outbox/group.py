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
3. the emails are sent one by one; as soon as the server accepted one, its sent copy goes
   into the archive (a hard link to its spool file: the bytes are not written again). The
   copy's folder is fsynced (one metadata commit) on a thread while the next email is
   transmitted, and waited for just before that email's final dot (``before_dot`` of the
   transport). Then its ``sent`` mark goes into the open batch;
4. the sent marks are committed with the next group's intents (one write), or at the end;
   then their spool files are removed.

Pipelined (``grouped(pipelined=True)``, the tick): step 3 runs on a sender thread while
the caller composes, spools and records the next group (steps 1-2), which waits for it
only at its own commit. The sender thread touches only the transport and the archive
(:meth:`Outbox._transmit`); what each transmission means for the store (sent marks,
refusals, backoff, the PM told) is recorded on the caller's thread, in the order sent,
before the next commit (:meth:`GroupCommit._settle`). Nothing of the protocol moves: a
group's intents are committed before the sender gets its first byte, one group at a
time, in order; each accepted email's sent copy is made by the thread that saw the 250,
durable before the next final dot. The marks only wait longer in memory, and a lost mark
is what the sent copy is for (below). The caller's thread may meanwhile commit the next
group's intents with the marks: that is step 2 of the next group, as after a crash.
After a transport error the sender stops and the caller's thread goes on with the rest
of the group as before (or leaves it pending), so refusals are judged in order.

Until an email of the pass went through, each email is a group of its own: a server that
is down is found by the first email, as before, not after recording a whole group.

A group that does not fit on the disk (a spool file or the commit fails with ENOSPC) is
lost whole: the store drops what was not written and goes back to its last commit, so no
part of a group is half-recorded. Then the groups are halved (down to one email) and the
caller's pass runs again at once (:meth:`GroupCommit.until_it_fits`): on a nearly full
disk the daemon sends what fits, one email if need be, rather than nothing. The size
doubles back after each group that fit.

The halved size is not remembered across restarts, on purpose. A restart on a disk still
full tries one full group again: it fails as above, leaving nothing recorded and nothing
sent (its intents were never committed), and the size is halved again within the same
tick; the cost is composing up to :data:`GROUP_EMAILS` emails once. Remembering it would
mean a state write at the moment the disk is full (which may fail itself), and a size
kept after the disk was freed would only slow the next ticks down.

Why no email goes out twice, wherever a crash (SIGKILL, power loss) falls:

* before 2: nothing is recorded; the spool files are pruned as strays, and the next tick
  decides those emails afresh (same Message-IDs, sent once).
* after 2, before an email's first byte: it is ``pending`` with its bytes in the spool;
  :meth:`Outbox.retry_pending` sends those very bytes once.
* after the server accepted an email and its sent copy is in the archive, before its
  ``sent`` mark is committed: the mark is lost, but the sent copy is there (a link made
  right after the 250: a killed process loses nothing it made; and durable against a
  power loss before the server can accept the next email). :meth:`Outbox.went_out` looks
  in the archive first, so the restart marks it sent and does not send it again. This is
  what lets the marks be grouped with or without a Sent folder: the archive is cuikuan's
  own Sent folder, written only after the server's 250, and made durable one email at a
  time (a folder fsync, cheaper than a state write and its history, and overlapped with
  the next email's transmission).
* between the server's 250 and the sent copy (the hard link; for a power loss, the fsync
  of its folder): that one email has no durable record; the Sent folder (or the Maildir
  transport) is then asked, and without one it is sent again. Since the next email's
  final dot waits for that fsync, never more than one accepted email is in that state,
  as when each sent mark was committed on its own (a state write after the 250); SMTP
  offers nothing to close that window.

``cuikuan recover`` reads the same archive (:mod:`daemon.storage.recovery`): every email in
it is recorded as sent.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from daemon.outbox.archive import Archive
from daemon.outbox.failures import TickResult
from daemon.outbox.spool import Spool
from daemon.storage.atomic import disk_full, fsync_dir
from daemon.storage.store import Store

log = logging.getLogger(__name__)

GROUP_EMAILS = 100
"""Intents committed together (and then sent) at most."""
GROUP_BYTES = 16 * 1024 * 1024
"""Bytes of email held in memory for a group at most (an evidence pack can be 10 MB)."""
Deliver = Callable[[str, bytes, datetime, TickResult, Sequence[str]], bool]
"""One email through the transport and recorded, :meth:`Outbox._deliver` (False: the
transport is down): the emails of a group its sender did not try go with it."""
Transmit = Callable[[str, bytes], "Transmitted"]
"""One email through the transport, its sent copy kept, :meth:`Outbox._transmit` (the
sender thread: no store)."""
After = Callable[[str, bytes, "Transmitted", datetime, TickResult, Sequence[str]], bool]
"""What a transmission means recorded, :meth:`Outbox._after` (the store's thread)."""


@dataclass
class Queued:
    """An email whose intent is recorded (in the open batch) and that waits to be sent."""

    mid: str
    raw: bytes
    recipients: Sequence[str]
    now: datetime
    result: TickResult


@dataclass
class Transmitted:
    """What became of one email handed to the transport: the recipients the server refused
    while taking it, or the error (judged on the thread that owns the store)."""

    mid: str
    refused: tuple[str, ...] = ()
    error: Exception | None = None


@dataclass
class Sending:
    """A committed group on the sender thread (see the module docstring)."""

    queued: list[Queued]
    done: list[Transmitted] = field(default_factory=list)
    """In order; the sender stops after the first error, or before an email on a stop."""
    crash: BaseException | None = None
    """Not a transport error (the sent copy could not be made): raised on the main thread."""


@dataclass
class SendGroup:
    """What a group holds between its commits (see the module docstring)."""

    fsyncer: ThreadPoolExecutor
    """One thread: the fsync of the last sent copy's folder (see the module docstring)."""
    sender: ThreadPoolExecutor | None = None
    """One thread that sends the committed group while the next one is composed; None:
    each group is sent on the caller's thread."""
    queued: list[Queued] = field(default_factory=list)
    size: int = 0
    flushing: bool = False
    down: bool = False
    """The transport failed during this group: the rest waits for the next pass."""
    unspool: list[str] = field(default_factory=list)
    """Spool files to remove once the sent (or failed) marks are committed."""
    evidence: Future[None] | None = None
    """The fsync of the last sent copy's folder, while it runs."""
    uncommitted: int = 0
    """Intents recorded since the last commit: what is lost if the next write fails."""
    sending: tuple[Sending, Future[None]] | None = None
    """The group on the sender thread, until :meth:`GroupCommit._settle` records it."""

    def add(self, item: Queued) -> None:
        self.queued.append(item)
        self.size += len(item.raw)

    def full(self, limit: int) -> bool:
        return len(self.queued) >= limit or self.size >= GROUP_BYTES

    def take(self) -> list[Queued]:
        queued, self.queued, self.size = self.queued, [], 0
        return queued


class GroupCommit:
    """The group commit of :class:`~daemon.outbox.outbox.Outbox` (a base class of it)."""

    store: Store
    spool: Spool
    archive: Archive
    _group: SendGroup | None
    _accepted_in_pass: int
    group_limit: int = GROUP_EMAILS
    """Intents per group now: halved when a group did not fit on the disk, doubled back
    after each group that did."""
    _shrunk = False
    """The last :meth:`grouped` block failed on a full disk and the groups were halved."""

    stop: threading.Event
    _deliver: Deliver
    _transmit: Transmit
    _after: After

    @contextmanager
    def grouped(self, *, pipelined: bool = False) -> Iterator[None]:
        """Send the emails of this block in groups, one commit per group of intents (and
        the sent marks of the group before) (:mod:`daemon.outbox.group`); call it inside
        :meth:`session`. ``pipelined``: each committed group is sent on a thread of its own
        while the caller composes the next (the tick; not the inbox, whose thread uses the
        IMAP connection a Sent-folder copy would use too).

        Whatever ends the block, every intent recorded in it is durable with its bytes
        when it ends; those not sent yet (server down, stop, an exception) stay pending.
        """
        if self._group is not None:
            yield
            return
        fsyncer = ThreadPoolExecutor(1, thread_name_prefix="sent-copy-fsync")
        sender = ThreadPoolExecutor(1, thread_name_prefix="sender") if pipelined else None
        group = self._group = SendGroup(fsyncer, sender)
        self._shrunk = False
        try:
            with self.store.batch():
                try:
                    yield
                    while group.queued or group.sending:  # alerts may join while settling
                        if group.queued:
                            self._flush(group)
                        else:
                            self._settle(group)
                finally:
                    try:
                        self._settle(group)  # never leave the sender thread running
                    finally:
                        for item in group.take():
                            item.result.deferred.append(item.mid)
                        self._sync_spool()  # before the batch commits the intents it names
                        self._await_evidence()  # before it commits the sent marks
            for mid in group.unspool:
                self.spool.remove(mid)
        except BaseException as exc:
            halved = max(1, min(self.group_limit, group.uncommitted) // 2)
            if disk_full(exc) and group.uncommitted > 1 and halved < self.group_limit:
                self.group_limit = halved
                self._shrunk = True
            raise
        finally:
            self._group = None
            if sender is not None:
                sender.shutdown()
            fsyncer.shutdown()

    def until_it_fits(self, run: Callable[[], None], result: TickResult) -> None:
        """Call ``run`` (a pass sending in :meth:`grouped` blocks) and, while it fails
        because a group did not fit on the disk, again at once in halved groups.

        A failed group left nothing behind (the store is back at its last commit, its
        spool files are strays the next :meth:`retry_pending` prunes), so the pass decides
        those emails afresh: what went out before is decided and skipped, the rest goes in
        smaller groups. Ends when a group of one email does not fit: that error is raised;
        so does any other failure, a full disk outside a group included (a sent mark that
        :meth:`retry_pending` cannot write): the pass runs again only right after a
        :meth:`grouped` block halved the groups, so it cannot spin on a disk that stays full.
        """
        while True:
            tried = len(result.deferred)
            self._shrunk = False
            try:
                run()
                return
            except Exception as exc:
                if not (self._shrunk and disk_full(exc)):
                    raise
                del result.deferred[tried:]  # the failed group's emails: tried again now
                log.warning(
                    "a group of emails did not fit on the disk (%s): trying groups of %d",
                    exc,
                    self.group_limit,
                )

    def _enqueue(self, group: SendGroup, item: Queued) -> bool:
        """Queue ``item`` (its intent is in the open batch); send the group when full."""
        group.add(item)
        # until an email of this pass went through, each goes alone: a server that is
        # down is found by the first email, not after recording a whole group
        alone = not self._accepted_in_pass
        if (group.full(self.group_limit) or alone) and not group.flushing:
            return self._flush(group)
        return True

    def _flush(self, group: SendGroup) -> bool:
        """Commit the group's intents in one write (with the sent marks of the group sent
        before), then send them; False if the transport went down (the rest stays
        pending). Pipelined, the sending goes on while the caller composes the next group."""
        queued = group.take()
        group.flushing = True
        try:
            self._settle(group)
            self._sync_spool()
            self.store.commit()
            group.uncommitted = 0
            self._unspool_committed(group)
            if len(queued) >= self.group_limit:  # it fit: try bigger groups again
                self.group_limit = min(GROUP_EMAILS, self.group_limit * 2)
            if group.down:
                for item in queued:
                    item.result.deferred.append(item.mid)
                return False
            batch = Sending(queued)
            if group.sender is None:
                self._send_all(batch)
                self._record(group, batch)
            else:
                group.sending = (batch, group.sender.submit(self._send_all, batch))
                if not self._accepted_in_pass:  # a server that is down: found by the first
                    self._settle(group)
        finally:
            group.flushing = False
        return not group.down

    def _send_all(self, batch: Sending) -> None:
        """Transmit a committed group in order (the sender thread, or the caller's): only
        the transport and the archive, never the store. Stops after an error or on a stop:
        :meth:`_record` sends the rest, or leaves it pending."""
        for item in batch.queued:
            if self.stop.is_set():
                return
            try:
                done = self._transmit(item.mid, item.raw)
            except BaseException as exc:  # accepted, but its sent copy could not be kept
                batch.crash = exc
                return
            batch.done.append(done)
            if done.error is not None:
                return

    def _settle(self, group: SendGroup) -> None:
        """Wait for the group on the sender thread and record what became of it."""
        if group.sending is None:
            return
        batch, running = group.sending
        group.sending = None
        running.result()
        self._record(group, batch)

    def _record(self, group: SendGroup, batch: Sending) -> None:
        """Sent marks, failures and deferrals of a transmitted group, in its order (into
        the open batch: committed with the next group's intents or at the end); the
        emails it did not try go now, on this thread, or stay pending."""
        for item, done in zip(batch.queued, batch.done, strict=False):
            if not self._after(item.mid, item.raw, done, item.now, item.result, item.recipients):
                group.down = True
        left = batch.queued[len(batch.done) :]
        if batch.crash is not None:
            for item in left:
                item.result.deferred.append(item.mid)
            raise batch.crash
        for item in left:
            if group.down:
                item.result.deferred.append(item.mid)
            elif not self._deliver(item.mid, item.raw, item.now, item.result, item.recipients):
                group.down = True

    def _sync_spool(self) -> None:
        """Make the group's spool files durable before a commit names them. If that fails
        the spool removes them (:meth:`Spool.sync`), and the intents naming them are
        dropped with all else since the last commit, as by a crash: committed, they would
        find no spool file and be marked failed, never sent."""
        try:
            self.spool.sync()
        except OSError:
            self.store.rollback()
            raise

    def _unspool_committed(self, group: SendGroup) -> None:
        """Drop the spool files whose new status the last commit made durable."""
        unspool, group.unspool = group.unspool, []
        for mid in unspool:
            self.spool.remove(mid)

    def _archive_sent(self, mid: str, raw: bytes) -> None:
        """Keep the sent copy: durable before the next email can be accepted (grouped:
        its folder's fsync runs while the next one is transmitted; see the module doc)."""
        group = self._group
        if group is None:
            self.archive.keep_sent(mid, self.spool.path(mid), raw)
            return
        kept = self.archive.keep_sent(mid, self.spool.path(mid), raw, sync=False)
        self._await_evidence()  # one at a time
        group.evidence = group.fsyncer.submit(fsync_dir, kept.parent)

    def _await_evidence(self) -> None:
        """Wait until the last sent copy is durable (the transport calls it before the
        final dot of the next email: at most one accepted email lacks a durable record)."""
        group = self._group
        if group is not None and group.evidence is not None:
            running, group.evidence = group.evidence, None
            running.result()

    def _unspool(self, mid: str) -> None:
        """Drop ``mid``'s spool file once its new status is durable (grouped: after the
        commit of the marks)."""
        if self._group is None:
            self.spool.remove(mid)
        else:
            self._group.unspool.append(mid)
