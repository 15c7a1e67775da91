"""The one way an email leaves cuikuan: exactly once, in order, across crashes and outages.

The protocol, for every email (chase, alert, acknowledgement, staff reply, report):

1. skip it if its Message-ID was decided before (a replay, a second run);
2. write its bytes to the spool (:mod:`daemon.outbox.spool`);
3. record the intent (``pending``) in the store — durable before any byte goes out;
4. hand it to the transport;
5. mark it ``sent``, archive its bytes, drop the spool file.

A tick does steps 2-3 for a group of emails with one write, then 4 for each, then 5 in
groups too (:mod:`daemon.outbox.group`). A crash after 3 leaves a ``pending`` record;
:meth:`Outbox.retry_pending` sends it again from the spool with the very same bytes, after
asking the transport (and the Sent folder) whether that Message-ID already went out.

Failures, sorted by what they say about the account:

* the server is down, a 4xx at MAIL/DATA, a timeout: an *outage*. Nothing is attempted
  until the backoff (1, 2, 4 … 30 min) has passed; the email stays pending.
* a 5xx at MAIL FROM or DATA (:class:`MessageRefusedError`): the account or this message.
  If another email of the same pass went through, this message is the problem: final.
  If every email of the pass is refused (quota, a sending ban, a policy on the sender),
  it is an outage like any other: backoff, and everything goes out after recovery.
* a 4xx at RCPT (greylisting, :class:`RecipientsDeferredError`): only this email waits,
  with its own backoff; the others go on. Only a 5xx makes an address bad.
* a 5xx for every recipient: final for this email; the addresses are bad.

Who is told: a :class:`OutboxListener` (the PM alerts) hears about final refusals, bad
addresses, outages and long deferrals; the outbox itself knows no config and no wording.

The outage and the deferrals (their backoff) are remembered in the store
(:meth:`Store.remember`): a daemon restarted in a crash loop waits out the backoff it was
in, instead of trying again at once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import default
from email.utils import getaddresses

from daemon.domain.state import SendKey, SendRecord
from daemon.errors import (
    MessageRefusedError,
    PermanentTransportError,
    RecipientsDeferredError,
    SendAbandonedError,
    TemporaryTransportError,
)
from daemon.mail.mime import FastMessage
from daemon.outbox.archive import Archive
from daemon.outbox.failures import (
    Deferral,
    Outage,
    OutboxListener,
    TickResult,
    backing_off,
    from_json,
)
from daemon.outbox.group import GroupCommit, Queued, SendGroup, Transmitted
from daemon.outbox.refusals import DEFERRALS, OUTAGE, Refusals
from daemon.outbox.spool import Spool
from daemon.outbox.transports import Transport
from daemon.storage.store import Store

log = logging.getLogger(__name__)

AlreadySent = Callable[[str], bool]
"""Answers "did an email with this Message-ID already go out?" (outbox, Sent folder)."""


class Outbox(GroupCommit, Refusals):
    """Spool, store, transport and archive, driven by the protocol above."""

    def __init__(
        self,
        store: Store,
        transport: Transport,
        spool: Spool,
        archive: Archive,
        *,
        already_sent: AlreadySent | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.store = store
        self.transport = transport
        self.spool = spool
        self.archive = archive
        self.already_sent = already_sent
        self.stop = stop or threading.Event()
        self.listener: OutboxListener | None = None
        self.outage: Outage | None = from_json(Outage, store.remembered(OUTAGE))
        kept = store.remembered(DEFERRALS)
        self.deferrals: dict[str, Deferral] = {
            mid: deferral
            for mid, data in (kept.items() if isinstance(kept, dict) else ())
            if (deferral := from_json(Deferral, data)) is not None
        }
        self._accepted_in_pass = 0
        self._suspects: dict[str, MessageRefusedError] = {}
        """Refused at MAIL/DATA in this pass, before any email of the pass went through."""
        self._group: SendGroup | None = None

    # -- passes ---------------------------------------------------------------------

    @contextmanager
    def session(self, now: datetime) -> Iterator[Outbox]:
        """One pass (one connection): refusals of a pass are judged together."""
        self._accepted_in_pass = 0
        self._suspects = {}
        try:
            with self.transport:
                yield self
        finally:
            suspects, self._suspects = self._suspects, {}
            accepted, self._accepted_in_pass = self._accepted_in_pass, 0
            if suspects and not accepted and self.outage is None:
                mid, exc = next(iter(suspects.items()))
                self._temporary_failure(mid, exc, now)

    def waiting(self, now: datetime) -> bool:
        """True while backing off after failures (nothing is attempted)."""
        return self.outage is not None and backing_off(self.outage.retry_at, now)

    # -- sending --------------------------------------------------------------------

    def send(
        self,
        key: SendKey,
        message: EmailMessage,
        now: datetime,
        result: TickResult | None = None,
        *,
        urgent: bool = False,
        covers: Sequence[SendKey] = (),
    ) -> bool:
        """Send ``message`` at most once per ``key`` (its Message-ID is derived from it).

        ``covers``: the keys a consolidated email stands for (``key`` among them); their
        intent is recorded together with ``key``'s, under the one Message-ID.

        Returns False when the transport is down or a stop was requested (the email stays
        pending and a later pass sends it); True when it was sent, deferred on its own,
        refused for good, or decided before (inside :meth:`grouped`: queued to be sent
        once its group's intents are committed). ``urgent`` ignores the outage backoff
        (an alert about the outage). Never call it inside ``store.batch()`` other than the
        group's own: the intent must be on disk before the first byte goes to the server.
        """
        result = result if result is not None else TickResult()
        mid = message.message_id if isinstance(message, FastMessage) else str(message["Message-ID"])
        if self.store.decided(key) is not None:
            log.debug("%s was decided before: not sending it again", mid)
            return True
        raw = message.as_bytes()
        if isinstance(message, FastMessage):  # what it was composed with: no parse back
            recipients = list(message.recipients)
        else:
            recipients = [str(a) for h in ("To", "Cc") for a in message.get_all(h, [])]
        group = self._group
        if group is not None:
            group.uncommitted += 1
        with self.store.batch():
            self.spool.put(mid, raw, sync=group is None)
            self.store.record_pending(key, mid, now, recipients, covers)
        if (not urgent and self.waiting(now)) or (group is not None and group.down):
            result.deferred.append(mid)
            return False
        if group is not None:
            return self._enqueue(group, Queued(mid, raw, recipients, now, result))
        return self._deliver(mid, raw, now, result, recipients)

    def retry_pending(self, now: datetime, result: TickResult) -> bool:
        """Finish sends a crash or an outage interrupted; False if the transport is down."""
        pending = self.store.pending_sends()
        self.spool.prune(keep={record.message_id for record in pending})
        # a consolidated email has a record per key it covers: one message, sent once
        once: dict[str, SendRecord] = {}
        for record in pending:
            once.setdefault(record.message_id, record)
        for record in once.values():
            mid = record.message_id
            if self.stop.is_set():
                result.deferred.append(mid)
                return False
            deferral = self.deferrals.get(mid)
            if deferral is not None and backing_off(deferral.retry_at, now):
                result.deferred.append(mid)
                continue
            try:
                sent_before = self.went_out(mid)
            except TemporaryTransportError as exc:
                # Not knowing is not "not sent": resending now could send it twice.
                log.warning("%s stays pending: %s", mid, exc)
                result.deferred.append(mid)
                return False
            if sent_before:
                log.info("%s was already sent before a restart: marking it sent", mid)
                raw = self.spool.get(mid)
                if raw is not None:
                    self._archive_sent(mid, raw)
                self.store.mark_sent(mid, now)
                self._unspool(mid)
                continue
            raw = self.spool.get(mid)
            if raw is None:
                log.error("%s is pending but its spool file is gone: marking failed", mid)
                self.store.mark_failed(mid, now, "spool file missing")
                result.failed.append(mid)
                continue
            log.info("retrying pending %s", mid)
            if not self._deliver(mid, raw, now, result):
                return False
        return True

    def went_out(self, mid: str) -> bool:
        """Whether ``mid`` surely went out though it is not marked sent: its sent copy is in
        the archive (kept right after the server's 250, see :mod:`daemon.outbox.group`),
        or the Sent folder (the Maildir transport) has it. Raises TemporaryTransportError
        when the Sent folder cannot be asked: not knowing is not "not sent"."""
        if self.archive.has_sent(mid):
            return True
        return self.already_sent is not None and self.already_sent(mid)

    def withdraw(self, mid: str, now: datetime, reason: str) -> None:
        """Never send pending ``mid`` (its client or contract left the config)."""
        self.store.mark_withdrawn(mid, now, reason)
        self._unspool(mid)
        self._drop_deferral(mid)
        log.warning("withdrew pending %s: %s", mid, reason)

    def _deliver(
        self,
        mid: str,
        raw: bytes,
        now: datetime,
        result: TickResult,
        recipients: Sequence[str] | None = None,
    ) -> bool:
        if self.stop.is_set():
            log.info("stop requested: %s stays pending", mid)
            result.deferred.append(mid)
            return False
        return self._after(mid, raw, self._transmit(mid, raw), now, result, recipients)

    def _transmit(self, mid: str, raw: bytes) -> Transmitted:
        """Hand ``raw`` to the transport; once the server accepted it, keep its sent copy.

        Only the transport and the archive: the group's sender thread runs it
        (:mod:`daemon.outbox.group`); what it means for the store is :meth:`_after`'s.
        """
        try:
            refused = self.transport.send_raw(raw, self._await_evidence)
        except Exception as exc:  # judged by _after, on the thread that owns the store
            return Transmitted(mid, error=exc)
        self._archive_sent(mid, raw)
        return Transmitted(mid, refused)

    def _after(
        self,
        mid: str,
        raw: bytes,
        done: Transmitted,
        now: datetime,
        result: TickResult,
        recipients: Sequence[str] | None = None,
    ) -> bool:
        """Record what became of a transmission; False when the transport is down."""
        try:
            if done.error is not None:
                raise done.error
        except RecipientsDeferredError as exc:
            self._recipients_deferred(mid, exc, now)
            result.deferred.append(mid)
            return True
        except MessageRefusedError as exc:
            return self._message_refused(mid, exc, now, result)
        except SendAbandonedError as exc:
            log.info("%s", exc)
            result.deferred.append(mid)
            return False
        except TemporaryTransportError as exc:
            self._temporary_failure(mid, exc, now)
            result.deferred.append(mid)
            return False
        except PermanentTransportError as exc:
            self._refused(mid, exc, now)
            result.failed.append(mid)
            return True
        refused = done.refused
        with self.store.batch():
            self.store.mark_sent(mid, now)
            for address in refused:
                self.store.mark_bad_address(
                    address, f"refused by the server when sending {mid}", now
                )
        self._unspool(mid)
        self._drop_deferral(mid)
        log.info(
            "sent %s to %s",
            mid,
            _recipients_of(raw) if recipients is None else ", ".join(recipients),
        )
        result.sent.append(mid)
        self._accepted_in_pass += 1
        if self.outage is not None:
            log.info(
                "sending works again after %d failure(s) since %s",
                self.outage.failures,
                self.outage.since.isoformat(timespec="minutes"),
            )
            self.outage = None
            self._keep_outage()
        if refused:
            log.warning("the server refused %s for %s", ", ".join(refused), mid)
            self._tell_bad(refused, mid, "refused at RCPT while the others were accepted", now)
        self._judge_suspects(now, result)
        return True


def _recipients_of(raw: bytes) -> str:
    """The To and Cc addresses of a raw message, for the one log line per email."""
    headers = BytesHeaderParser(policy=default).parsebytes(raw)
    pairs = getaddresses([str(v) for h in ("To", "Cc") for v in headers.get_all(h, [])])
    return ", ".join(addr for _, addr in pairs) or "nobody"
