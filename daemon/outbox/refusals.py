"""What the outbox does when the server does not take an email (a part of the outbox).

The rules are in :mod:`daemon.outbox.outbox`'s docstring (outage, refusal of the message or
of the account, deferred recipients, refused recipients); this is their bookkeeping: the
backoff remembered across restarts, the final refusals recorded, the listener (the PM
alerts) told. Apart from the outbox's own job (the exactly-once send) so that each fits
the ~400-line guide and reads on its own.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from daemon.errors import MessageRefusedError, PermanentTransportError, RecipientsDeferredError
from daemon.outbox.failures import (
    Deferral,
    Outage,
    OutboxListener,
    TickResult,
    backoff,
    to_json,
)
from daemon.storage.store import Store

log = logging.getLogger(__name__)

OUTAGE, DEFERRALS = "outbox.outage", "outbox.deferrals"
"""Names under which the backoff state is remembered in the store."""


class Refusals:
    """The failure handling of :class:`~daemon.outbox.outbox.Outbox` (a base class of it)."""

    store: Store
    listener: OutboxListener | None
    outage: Outage | None
    deferrals: dict[str, Deferral]
    _accepted_in_pass: int
    _suspects: dict[str, MessageRefusedError]

    if TYPE_CHECKING:  # the group commit's (a refused email's spool file goes with its mark)

        def _unspool(self, mid: str) -> None: ...

    def _keep_outage(self) -> None:
        """Remember the outage (or that there is none) across restarts."""
        self.store.remember(OUTAGE, to_json(self.outage) if self.outage is not None else None)

    def _drop_deferral(self, mid: str) -> None:
        if self.deferrals.pop(mid, None) is not None:
            self._keep_deferrals()

    def _keep_deferrals(self) -> None:
        self.store.remember(DEFERRALS, {mid: to_json(d) for mid, d in self.deferrals.items()})

    # -- failures -------------------------------------------------------------------

    def _message_refused(
        self, mid: str, exc: MessageRefusedError, now: datetime, result: TickResult
    ) -> bool:
        """A 5xx at MAIL/DATA: final if the account works, else an outage (see module doc)."""
        if self._accepted_in_pass:
            self._refused(mid, exc, now)
            result.failed.append(mid)
            return True
        self._suspects[mid] = exc
        result.deferred.append(mid)
        if len(self._suspects) >= 2:
            log.warning("the server refuses every email at MAIL/DATA: treating it as an outage")
            self._temporary_failure(mid, exc, now)
            return False
        log.info("%s refused at MAIL/DATA (%s); trying the next email to tell why", mid, exc)
        return True

    def _judge_suspects(self, now: datetime, result: TickResult) -> None:
        """An email went through: those refused earlier in this pass were refused for good."""
        suspects, self._suspects = self._suspects, {}
        for mid, exc in suspects.items():
            if mid in result.deferred:
                result.deferred.remove(mid)
            self._refused(mid, exc, now)
            result.failed.append(mid)

    def _temporary_failure(self, mid: str, exc: Exception, now: datetime) -> None:
        """Back off (1, 2, 4 … 30 min); one log line per state change, not per attempt."""
        outage = self.outage
        if outage is None:
            outage = self.outage = Outage(since=now, last_error=str(exc))
            outage.retry_at = now + backoff(outage.failures)
            log.warning(
                "sending failing since %s (%s): %s stays pending; next attempt at %s",
                now.isoformat(timespec="seconds"),
                exc,
                mid,
                outage.retry_at.isoformat(timespec="seconds"),
            )
        else:
            outage.failures += 1
            outage.last_error = str(exc)
            outage.retry_at = now + backoff(outage.failures)
            level = (
                logging.WARNING if outage.failures & (outage.failures - 1) == 0 else logging.DEBUG
            )
            log.log(
                level,
                "sending still failing after %d attempts (%s); next attempt at %s",
                outage.failures,
                exc,
                outage.retry_at.isoformat(timespec="seconds"),
            )
        if self.listener is not None:
            pending = {r.message_id for r in self.store.pending_sends()}
            self.listener.failing(outage, len(pending), now)
        self._keep_outage()

    def _recipients_deferred(self, mid: str, exc: RecipientsDeferredError, now: datetime) -> None:
        """A 4xx at RCPT: this email waits on its own backoff; 5xx recipients are bad."""
        deferral = self.deferrals.get(mid)
        if deferral is None:
            deferral = self.deferrals[mid] = Deferral(since=now, error=str(exc))
            log.warning("%s deferred by the recipients' server: %s", mid, exc)
        else:
            deferral.attempts += 1
            deferral.error = str(exc)
            log.debug("%s deferred again (%d attempts): %s", mid, deferral.attempts, exc)
        deferral.retry_at = now + backoff(deferral.attempts)
        if exc.refused_for_good:
            with self.store.batch():
                for address in exc.refused_for_good:
                    self.store.mark_bad_address(address, f"refused for good: {exc}", now)
            self._tell_bad(exc.refused_for_good, mid, str(exc), now)
        if self.listener is not None:
            self.listener.deferred(mid, deferral, now)
        self._keep_deferrals()

    def _refused(self, mid: str, exc: PermanentTransportError, now: datetime) -> None:
        """A final refusal: never retried; refused addresses are not used again."""
        with self.store.batch():
            self.store.mark_failed(mid, now, str(exc))
            for address in exc.recipients:
                self.store.mark_bad_address(address, f"refused for good: {exc}", now)
        self._unspool(mid)
        self._drop_deferral(mid)
        log.error("%s was refused for good and will not be retried: %s", mid, exc)
        record = self.store.find_send(mid)
        if self.listener is not None:
            key = record.key if record is not None else None
            self.listener.refused(key, mid, str(exc), exc.recipients, now)

    def _tell_bad(self, addresses: Sequence[str], mid: str, error: str, now: datetime) -> None:
        if self.listener is not None:
            self.listener.bad_addresses(addresses, mid, error, now)
