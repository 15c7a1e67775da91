"""One tick of the chase: ask the planner what is due, render it, send it, remember it.

The outbox protocol, in order, for every email:

1. render and compose the message (a template error skips that email, loudly);
2. write its bytes to the spool (:mod:`daemon.spool`);
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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import default
from email.utils import getaddresses

from daemon.archive import Archive
from daemon.compose import compose
from daemon.emails import PlannedEmail, message_id
from daemon.errors import PermanentTransportError, TemplateError, TemporaryTransportError
from daemon.models import Config
from daemon.planner import due_emails
from daemon.rendering import Renderer
from daemon.resolve import iter_contracts, message_id_domain
from daemon.spool import Spool
from daemon.state import SendKey
from daemon.store import Store
from daemon.transports import Transport

log = logging.getLogger(__name__)

AlreadySent = Callable[[str], bool]
"""Answers "did an email with this Message-ID already go out?" (outbox, Sent folder)."""


@dataclass
class TickResult:
    """What one tick did, for logs, tests and ``--once``."""

    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    deferred: list[str] = field(default_factory=list)
    """Temporarily failed: still pending, retried on the next tick."""


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
    ) -> None:
        self.config = config
        self.store = store
        self.transport = transport
        self.spool = spool
        self.archive = archive
        self.renderer = Renderer.for_config(config)
        self.already_sent = already_sent
        self.stop = stop or threading.Event()

    def reconfigure(self, config: Config) -> None:
        """Use a new config (and its templates) from the next email on."""
        self.config = config
        self.renderer = Renderer.for_config(config)

    def tick(self, now: datetime) -> TickResult:
        """Retry what is pending, then send what the planner says is due at ``now``."""
        result = TickResult()
        self.store.mark_contracts_seen((c.id for _, c in iter_contracts(self.config)), now)
        with self.transport:
            if not self._retry_pending(now, result):
                return result
            planned = due_emails(self.config, self.store.snapshot(), now)
            # A contract's terms email opens the conversation: send it before the rest.
            planned.sort(key=lambda e: e.key.stage != "terms")
            for email in planned:
                if self.stop.is_set():
                    log.info("stop requested: leaving %d emails for later", len(planned))
                    break
                if not self._send_planned(email, now, result):
                    break
        return result

    def _send_planned(self, email: PlannedEmail, now: datetime, result: TickResult) -> bool:
        """Send one planned email; False when the transport is down and the tick should end."""
        mid = message_id(email.key, message_id_domain(self.config))
        try:
            rendered = self.renderer.render(self.config, email, self.store.snapshot(), now)
        except TemplateError as exc:
            log.error("not sending %s: template error: %s", mid, exc)
            self.store.add_event(
                now,
                "template_error",
                email.key.contract,
                email.key.milestone,
                stage=email.key.stage,
                error=str(exc),
            )
            result.failed.append(mid)
            return True
        message = compose(self.config, email, rendered, now)
        with self.store.batch():
            for superseded in email.supersedes:
                self.store.mark_skipped(superseded, now, superseded_by=mid)
                result.skipped.append(message_id(superseded, message_id_domain(self.config)))
            return self.send_message(email.key, message, now, result)

    def send_message(
        self, key: SendKey, message: EmailMessage, now: datetime, result: TickResult | None = None
    ) -> bool:
        """Send any email through the outbox protocol, at most once per ``key``.

        For the chase and for everything else cuikuan writes (acknowledgements, alerts to
        the PM, replies to staff commands). ``message`` must carry the Message-ID derived
        from ``key``. Returns False when the transport is down (the email stays pending and
        the next tick retries it); True when it was sent, refused for good, or had been
        decided before.
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
        return self._deliver(mid, raw, now, result)

    def _retry_pending(self, now: datetime, result: TickResult) -> bool:
        """Finish sends a crash or an outage interrupted; False if the transport is down."""
        for record in self.store.pending_sends():
            mid = record.message_id
            if self.already_sent is not None and self.already_sent(mid):
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

    def _deliver(self, mid: str, raw: bytes, now: datetime, result: TickResult) -> bool:
        try:
            refused = self.transport.send_raw(raw)
        except TemporaryTransportError as exc:
            log.warning("sending %s failed for now, will retry: %s", mid, exc)
            result.deferred.append(mid)
            return False
        except PermanentTransportError as exc:
            log.error("server refused %s for good: %s", mid, exc)
            self.store.mark_failed(mid, now, str(exc))
            self.spool.remove(mid)
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
        log.info("sent %s to %s", mid, _recipients_of(raw))
        if refused:
            log.warning("the server refused %s for %s", ", ".join(refused), mid)
        result.sent.append(mid)
        return True


def _recipients_of(raw: bytes) -> str:
    """The To and Cc addresses of a raw message, for the one log line per email."""
    headers = BytesHeaderParser(policy=default).parsebytes(raw)
    pairs = getaddresses([str(v) for h in ("To", "Cc") for v in headers.get_all(h, [])])
    return ", ".join(addr for _, addr in pairs) or "nobody"
