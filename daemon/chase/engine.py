"""One tick of the chase: ask the planner what is due, render it, send it, remember it.

The outbox protocol, in order, for every email:

1. render and compose the message (a template error skips that email, loudly);
2. write its bytes to the spool (:mod:`daemon.outbox.spool`);
3. record the intent (``pending``) in the store — durable before any byte goes out;
4. hand it to the transport;
5. mark it ``sent`` and drop the spool file.

A crash after 3 leaves a ``pending`` record; the next tick retries it from the spool with
the very same bytes, after asking the transport (and the Sent folder) whether that
Message-ID already went out. The planner counts ``pending`` as decided, so a stage is never
planned twice.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import default
from email.utils import getaddresses
from pathlib import Path

from daemon.chase.alerts import alert_pm
from daemon.config.schema import Config
from daemon.domain import stages
from daemon.domain.emails import PlannedEmail, message_id
from daemon.domain.planner import due_emails
from daemon.domain.resolve import iter_contracts, message_id_domain
from daemon.domain.state import SendKey
from daemon.errors import PermanentTransportError, TemplateError, TemporaryTransportError
from daemon.mail.compose import compose
from daemon.mail.rendering import Renderer
from daemon.outbox.archive import Archive
from daemon.outbox.spool import Spool
from daemon.outbox.transports import Transport
from daemon.storage.store import Store

log = logging.getLogger(__name__)

EvidencePack = Callable[[Config, str, datetime], Path | None]
"""Builds a contract's evidence zip for the legal stage (None: too big to attach)."""

AlreadySent = Callable[[str], bool]
"""Answers "did an email with this Message-ID already go out?" (outbox, Sent folder)."""


@dataclass
class TickResult:
    """What one tick did, for logs, tests and ``--once``."""

    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    """Temporarily failed (or waiting out a backoff): still pending, retried later."""


@dataclass
class Outage:
    """Sending has been failing since ``since``: when to try again, whether the PM knows."""

    since: datetime
    last_error: str
    failures: int = 1
    retry_at: datetime | None = None
    alerted: bool = False


BACKOFF_FIRST = timedelta(minutes=1)
BACKOFF_MAX = timedelta(minutes=30)


def backoff(failures: int) -> timedelta:
    """Wait after ``failures`` temporary failures in a row: 1, 2, 4 … 30 minutes."""
    return min(BACKOFF_FIRST * 2 ** min(failures - 1, 16), BACKOFF_MAX)


class Engine:
    """Runs ticks against one config, store, transport and spool."""

    def __init__(
        self,
        config: Config,
        store: Store,
        transport: Transport,
        spool: Spool,
        archive: Archive,
        *,
        already_sent: AlreadySent | None = None,
        stop: threading.Event | None = None,
        evidence_pack: EvidencePack | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.transport = transport
        self.spool = spool
        self.archive = archive
        self.renderer = Renderer.for_config(config)
        self.already_sent = already_sent
        self.stop = stop or threading.Event()
        self.evidence_pack = evidence_pack
        self.outage: Outage | None = None

    def reconfigure(self, config: Config) -> None:
        """Use a new config (and its templates) from the next email on."""
        self.config = config
        self.renderer = Renderer.for_config(config)

    def tick(self, now: datetime) -> TickResult:
        """Retry what is pending, then send what the planner says is due at ``now``."""
        result = TickResult()
        self.store.mark_contracts_seen((c.id for _, c in iter_contracts(self.config)), now)
        if self._waiting(now):
            return result
        with self.transport:
            if not self._retry_pending(now, result):
                return result
            planned = due_emails(self.config, self.store.snapshot(), now)
            # A contract's terms email opens the conversation: send it before the rest.
            planned.sort(key=lambda e: e.key.stage != stages.TERMS)
            for email in planned:
                if self.stop.is_set():
                    log.info("stop requested: leaving %d emails for later", len(planned))
                    break
                if not self._send_planned(email, now, result):
                    break
        return result

    def _send_planned(self, email: PlannedEmail, now: datetime, result: TickResult) -> bool:
        """Send one planned email; False when the transport is down and the tick should end."""
        domain = message_id_domain(self.config)
        mid = message_id(email.key, domain)
        evidence = self._evidence_for(email, now)
        try:
            rendered = self.renderer.render(
                self.config, email, self.store.snapshot(), now, evidence=evidence
            )
        except TemplateError as exc:
            self._template_failed(email, mid, exc, now)
            result.failed.append(mid)
            return True
        message = compose(self.config, email, rendered, now)
        if email.supersedes:
            with self.store.batch():
                for superseded in email.supersedes:
                    self.store.mark_skipped(superseded, now, superseded_by=mid)
                    result.skipped.append(message_id(superseded, domain))
        return self.send_message(email.key, message, now, result)

    def _evidence_for(self, email: PlannedEmail, now: datetime) -> tuple[Path, ...]:
        """The evidence pack to attach to a legal email (none for other stages)."""
        if not stages.stage(email.key.stage).evidence or self.evidence_pack is None:
            return ()
        try:
            pack = self.evidence_pack(self.config, email.key.contract, now)
        except Exception:  # the letter still goes; counsel can get the pack by hand
            log.exception("could not build the evidence pack of %s", email.key.contract)
            return ()
        return (pack,) if pack is not None else ()

    def send_message(
        self,
        key: SendKey,
        message: EmailMessage,
        now: datetime,
        result: TickResult | None = None,
        *,
        ignore_backoff: bool = False,
    ) -> bool:
        """Send any email through the outbox protocol, at most once per ``key``.

        For the chase and for everything else cuikuan writes (acknowledgements, alerts to
        the PM, replies to staff commands). ``message`` must carry the Message-ID derived
        from ``key``. Returns False when the transport is down (the email stays pending and
        a later tick sends it); True when it was sent, refused for good, or had been
        decided before. Never call it inside ``store.batch()``: the intent must be on disk
        before the first byte goes to the server.
        """
        result = result if result is not None else TickResult()
        mid = str(message["Message-ID"])
        if self.store.find_send(mid) is not None:
            log.debug("%s was decided before: not sending it again", mid)
            return True
        raw = message.as_bytes()
        recipients = [str(a) for h in ("To", "Cc") for a in message.get_all(h, [])]
        with self.store.batch():
            self.spool.put(mid, raw)
            self.store.record_pending(key, mid, now, recipients)
        if not ignore_backoff and self._waiting(now):
            result.deferred.append(mid)
            return False
        return self._deliver(mid, raw, now, result, recipients)

    def _waiting(self, now: datetime) -> bool:
        """True while backing off after temporary failures (nothing is attempted)."""
        outage = self.outage
        return outage is not None and outage.retry_at is not None and now < outage.retry_at

    def _retry_pending(self, now: datetime, result: TickResult) -> bool:
        """Finish sends a crash or an outage interrupted; False if the transport is down."""
        pending = self.store.pending_sends()
        self.spool.prune(keep={record.message_id for record in pending})
        for record in pending:
            mid = record.message_id
            try:
                sent_before = self.already_sent is not None and self.already_sent(mid)
            except TemporaryTransportError as exc:
                # Not knowing is not "not sent": resending now could send it twice.
                log.warning("%s stays pending: %s", mid, exc)
                result.deferred.append(mid)
                return False
            if sent_before:
                log.info("%s was already sent before a restart: marking it sent", mid)
                raw = self.spool.get(mid)
                if raw is not None:
                    self.archive.put("sent", mid, raw)
                self.store.mark_sent(mid, now)
                self.spool.remove(mid)
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

    def _deliver(
        self,
        mid: str,
        raw: bytes,
        now: datetime,
        result: TickResult,
        recipients: Sequence[str] | None = None,
    ) -> bool:
        try:
            refused = self.transport.send_raw(raw)
        except TemporaryTransportError as exc:
            self._temporary_failure(mid, exc, now)
            result.deferred.append(mid)
            return False
        except PermanentTransportError as exc:
            self._refused(mid, exc, now)
            result.failed.append(mid)
            return True
        self.archive.put("sent", mid, raw)
        with self.store.batch():
            self.store.mark_sent(mid, now)
            for address in refused:
                self.store.mark_bad_address(
                    address, f"refused by the server when sending {mid}", now
                )
        self.spool.remove(mid)
        log.info(
            "sent %s to %s",
            mid,
            _recipients_of(raw) if recipients is None else ", ".join(recipients),
        )
        if refused:
            log.warning("the server refused %s for %s", ", ".join(refused), mid)
        if self.outage is not None:
            log.info(
                "sending works again after %d failure(s) since %s",
                self.outage.failures,
                self.outage.since.isoformat(timespec="minutes"),
            )
            self.outage = None
        result.sent.append(mid)
        return True

    # -- failures -------------------------------------------------------------------

    def _temporary_failure(self, mid: str, exc: Exception, now: datetime) -> None:
        """Back off (1, 2, 4 … 30 min); after ``alert_after_hours`` tell the PM once."""
        outage = self.outage
        if outage is None:
            outage = self.outage = Outage(since=now, last_error=str(exc))
        else:
            outage.failures += 1
            outage.last_error = str(exc)
        outage.retry_at = now + backoff(outage.failures)
        log.warning(
            "sending %s failed for now (%s); next attempt at %s",
            mid,
            exc,
            outage.retry_at.isoformat(timespec="seconds"),
        )
        alert_after = timedelta(hours=self.config.settings.alert_after_hours)
        if not outage.alerted and now - outage.since >= alert_after:
            outage.alerted = True
            alert_pm(
                self,
                now,
                "send_failing",
                f"outage:{outage.since.isoformat()}",
                since=outage.since.isoformat(timespec="minutes"),
                hours=int((now - outage.since).total_seconds() // 3600),
                failures=outage.failures,
                error=outage.last_error,
                pending=len(self.store.pending_sends()),
            )

    def _refused(self, mid: str, exc: PermanentTransportError, now: datetime) -> None:
        """A 5xx: never retried; refused addresses are not used again; the PM is told."""
        with self.store.batch():
            self.store.mark_failed(mid, now, str(exc))
            for address in exc.recipients:
                self.store.mark_bad_address(address, f"refused for good: {exc}", now)
        self.spool.remove(mid)
        record = self.store.find_send(mid)
        what = _describe(record.key) if record is not None else mid
        alert_pm(
            self,
            now,
            "send_refused",
            f"refused:{mid}",
            message_id=mid,
            what=what,
            error=str(exc),
            addresses=", ".join(exc.recipients) or "-",
        )

    def _template_failed(
        self, email: PlannedEmail, mid: str, exc: TemplateError, now: datetime
    ) -> None:
        """That stage fails loudly (log every tick, PM once per error); the others go on."""
        key = email.key
        log.error("not sending %s: template error: %s", mid, exc)
        self.store.add_event(
            now, "template_error", key.contract, key.milestone, stage=key.stage, error=str(exc)
        )
        alert_pm(
            self,
            now,
            "template_error",
            f"template:{key.stage}:{email.language}:{exc}",
            stage=key.stage,
            what=_describe(key),
            error=str(exc),
        )


def _describe(key: SendKey) -> str:
    """``HZ-2026-017/midterm notice`` — a key in words for alerts."""
    where = key.contract if key.milestone is None else f"{key.contract}/{key.milestone}"
    return f"{where} {key.stage}"


def _recipients_of(raw: bytes) -> str:
    """The To and Cc addresses of a raw message, for the one log line per email."""
    headers = BytesHeaderParser(policy=default).parsebytes(raw)
    pairs = getaddresses([str(v) for h in ("To", "Cc") for v in headers.get_all(h, [])])
    return ", ".join(addr for _, addr in pairs) or "nobody"
