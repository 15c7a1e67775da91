"""Wiring: build the store, transport, outbox, mailer, alerts, engine and inbox of a config.

The one place that knows which concrete adapter goes with which setting, so the CLI and
the daemon open exactly the same things:

* transport ``maildir`` or ``smtp`` (:func:`daemon.outbox.transports.make_transport`);
* inbox: :class:`~daemon.inbox.imap.ImapSource` when ``settings.mail.imap`` is set (the
  password from ``password_env`` / ``password_file``), else the embedded
  :class:`~daemon.inbox.maildir_inbox.MaildirSource` over ``settings.mail.maildir.inbox``;
* with IMAP, every email sent is also appended to the Sent folder, and that folder answers
  the engine's "did this Message-ID already go out?" after a crash.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

from daemon.chase.engine import Engine
from daemon.clock import Clock, SystemClock
from daemon.config.records import Config
from daemon.config.secrets import read_secret
from daemon.errors import ConfigError, ConfigIssue, InboxError, TemporaryTransportError
from daemon.inbox.imap import ImapSource
from daemon.inbox.maildir_inbox import MaildirSource
from daemon.inbox.processor import InboxProcessor
from daemon.inbox.source import MailSource
from daemon.outbox.alerts import Alerts
from daemon.outbox.archive import Archive
from daemon.outbox.mailer import Mailer
from daemon.outbox.outbox import AlreadySent, Outbox
from daemon.outbox.spool import Spool
from daemon.outbox.transports import BatchScope, Transport, make_transport
from daemon.outbox.transports.maildir import MaildirTransport
from daemon.reports.evidence import build_evidence
from daemon.service.layout import ARCHIVE_DIR, SPOOL_DIR, state_path
from daemon.storage.store import Store

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """Everything a running cuikuan holds open."""

    config: Config
    store: Store
    transport: Transport
    engine: Engine
    mailer: Mailer
    alerts: Alerts
    source: MailSource | None = None
    inbox: InboxProcessor | None = None

    def close(self) -> None:
        try:
            if self.source is not None:
                self.source.close()
        finally:
            self.store.close()


def make_source(config: Config, clock: Clock | None = None) -> MailSource:
    """A new (not yet connected) inbox for ``config``: IMAP if configured, else the Maildir.

    ``clock`` only times reconnect backoff (wall clock by default, so a pinned ``--now``
    never freezes the backoff).
    """
    mail = config.settings.mail
    imap = mail.imap
    if imap is None:
        return MaildirSource(
            config.base_dir / mail.maildir.inbox, outbox=config.base_dir / mail.maildir.outbox
        )
    password_file = config.base_dir / imap.password_file if imap.password_file else None
    password = read_secret(imap.password_env, password_file, "IMAP password")
    if password is None:
        where = (
            f"environment variable {imap.password_env}"
            if imap.password_env
            else "settings.mail.imap.password_file"
        )
        raise ConfigError(
            [
                ConfigIssue(
                    "config.yaml",
                    None,
                    "settings.mail.imap",
                    f"no IMAP password for {imap.username!r} was found: set {where}",
                )
            ]
        )
    return ImapSource(imap, password, clock or SystemClock())


def cursor_key(config: Config) -> str:
    """The store key of the inbox cursor: which account and mailbox it counts in."""
    mail = config.settings.mail
    if mail.imap is not None:
        i = mail.imap
        return f"imap:{i.username}@{i.host}:{i.port}/{i.mailbox}"
    return f"maildir:{config.base_dir / mail.maildir.inbox}"


class SentCopyTransport(BatchScope):
    """A transport that also appends every message it sent to the IMAP Sent folder.

    The copy is best effort: the message went out, so a failed APPEND is only logged.
    """

    def __init__(self, inner: Transport, source: MailSource) -> None:
        self.inner = inner
        self.source = source

    def open(self) -> None:
        self.inner.open()

    def close(self) -> None:
        self.inner.close()

    def send(self, msg: EmailMessage) -> tuple[str, ...]:
        return self.send_raw(msg.as_bytes())

    def send_raw(self, raw: bytes, before_dot: Callable[[], None] | None = None) -> tuple[str, ...]:
        refused = self.inner.send_raw(raw, before_dot)
        try:
            self.source.append_sent(raw)
        except InboxError as exc:
            log.warning("sent, but no copy in the Sent folder: %s", exc)
        return refused


def _already_sent_in(source: MailSource) -> AlreadySent:
    def check(message_id: str) -> bool:
        try:
            return source.contains_message_id(None, message_id)
        except InboxError as exc:
            raise TemporaryTransportError(
                f"cannot check the Sent folder for {message_id}: {exc}"
            ) from exc

    return check


EVIDENCE_DIR = "evidence"
EVIDENCE_ATTACH_LIMIT = 10 * 1024 * 1024
"""A larger evidence pack is not attached to the legal email; the email names its path."""


def evidence_packer(
    store: Store, archive: Archive
) -> Callable[[Config, str, datetime], Path | None]:
    """What the engine calls before the legal stage: build the contract's evidence zip."""

    def pack(config: Config, contract_id: str, now: datetime) -> Path | None:
        out = config.settings.data_dir / EVIDENCE_DIR / f"{contract_id}-{now:%Y%m%d}.zip"
        build_evidence(config, store, archive, contract_id, out, now)
        if out.stat().st_size > EVIDENCE_ATTACH_LIMIT:
            log.warning("evidence pack %s is too big to attach; counsel gets it by hand", out)
            return None
        return out

    return pack


def open_runtime(
    config: Config,
    *,
    stop: threading.Event | None = None,
    clock: Clock | None = None,
    config_path: Path | None = None,
) -> Runtime:
    """Open the store (taking the single-writer lock), the inbox and the engine.

    ``config_path`` (the main config file) goes into evidence packs as the contract's
    source; without it the legal email goes out without the pack.
    """
    data_dir = config.settings.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(state_path(config))
    try:
        transport = make_transport(config, stop)
        source = make_source(config, clock)
    except BaseException:
        store.close()
        raise
    already_sent: AlreadySent | None = None
    if isinstance(transport, MaildirTransport):
        already_sent = transport.contains
    imap = config.settings.mail.imap
    if imap is not None:
        if imap.append_sent:
            transport = SentCopyTransport(transport, source)
        already_sent = _already_sent_in(source)
    archive = Archive(data_dir / ARCHIVE_DIR)
    outbox = Outbox(
        store,
        transport,
        Spool(data_dir / SPOOL_DIR),
        archive,
        already_sent=already_sent,
        stop=stop,
    )
    mailer = Mailer(config, outbox)
    alerts = Alerts(mailer)
    outbox.listener = alerts
    engine = Engine(
        config,
        mailer,
        alerts,
        stop=stop,
        evidence_pack=evidence_packer(store, archive) if config_path else None,
    )
    inbox = InboxProcessor(config, store, mailer, source, archive, cursor_key=cursor_key(config))
    return Runtime(config, store, transport, engine, mailer, alerts, source, inbox)
