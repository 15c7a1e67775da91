"""The inbox's imperative shell: fetch, parse, classify, match, authorize, decide, apply, file.

Everything clever is pure and lives elsewhere (:mod:`.parse`, :mod:`.classify`,
:mod:`.matching`, :mod:`.authorize`, :mod:`.decide`). This module only does I/O, in an
order that makes each message count exactly once, also across crashes and restarts.
Messages are fetched in chunks (UIDs above the stored cursor, :data:`BATCH` at most) and a
chunk is acted on inside ONE store batch and one outbox group (:meth:`Outbox.grouped`):

1. skip a Message-ID already processed (``store.is_processed``, which also sees the marks
   of the open batch: a Message-ID twice in a chunk counts once) — it is only filed away;
2. archive the raw bytes (``Archive "received"``, idempotent): the chunk's copies are
   made durable together just before the commit that records them (:mod:`.copies`);
3. hand the emails the decision asks for to the :class:`~daemon.outbox.mailer.Mailer`:
   their keys derive from the inbound Message-ID (a replay finds them recorded and sends
   nothing), and the group commits their intents before any of them goes out;
4. into the batch: the state changes, bad addresses, events, the ``received`` event (with
   a client reply's DKIM report, :mod:`.dkim_check`: a DNS failure is recorded there,
   never raised) and the processed mark;
5. at the end of the chunk (or at a stop, honoured between messages) ONE write commits
   what is left of it (the group also commits when it sends, between messages: each
   commit holds whole messages, and perhaps the intents of the next one's answers);
6. then the chunk's messages are moved (or flagged) in one ``source.mark_processed_many``
   call, and only then is the cursor saved past the chunk's last UID.

Why nothing is lost or done twice, in UIDs: the cursor never passes a UID whose message
is not both committed and filed. A crash before a commit leaves the cursor before the
chunk: its messages are read again and acted on from scratch, and an answer whose intent
an earlier group commit made durable is found decided, not sent again (an answer is sent
only after its intent is committed). A crash after the commit but before the move reads
the messages again too; step 1 only files them. An exception while acting on a message
counts as such a crash: the chunk's batch is dropped whole (``all_or_nothing``, never half
a message on disk), nothing of the chunk is filed, the cursor stays, the exception rises.
A failed move is only logged (the cursor moves on, so a broken folder cannot stall the
inbox; a message left behind is filed by step 1 when a resync shows it again).
A chunk that does not fit on the disk (ENOSPC at a copy or the commit) is read again at
once in halves, down to one message, so a nearly full disk lets through what fits instead
of failing the same chunk on every pass; the size doubles back after each chunk that fit.

A message that makes any step before 4 raise is reported to the PM as unreadable instead.
Unmatched and unreadable mail is not alerted one by one: it goes into the PM's digest
(:mod:`daemon.outbox.digest`).
Only addresses from the config are ever written to (checked again here).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from daemon.bank.apply import credit_and_outcome
from daemon.bank.commands import credit_token
from daemon.bank.commands import decide as bank_decision
from daemon.config.records import Config
from daemon.domain import resolve
from daemon.domain.events import Received, TemplateFailed, record
from daemon.domain.ledger import Ledger
from daemon.domain.state import StateView
from daemon.errors import InboxError, TemplateError
from daemon.inbox import dkim_dns
from daemon.inbox.authorize import Authorization, authorize
from daemon.inbox.classify import Classification, classify
from daemon.inbox.contacts import contacts
from daemon.inbox.copies import ReceivedCopies
from daemon.inbox.corrections import VERB_LABELS, correction, keep
from daemon.inbox.decide import decide
from daemon.inbox.dkim_check import DkimEvidence
from daemon.inbox.facts import Decision, Facts, OutgoingEmail, synthetic_message_id
from daemon.inbox.matching import UNMATCHED, Match, find_client, match_message
from daemon.inbox.parse import InboundMail, parse_message
from daemon.inbox.rulebook import phrases_from_config
from daemon.inbox.source import InboundMessage, MailSource, Outcome
from daemon.inbox.staff_actions import command_line
from daemon.inbox.staff_commands import StaffCommand, parse_command
from daemon.outbox.alerts import Alerts, describe
from daemon.outbox.archive import Archive
from daemon.outbox.digest import DIGESTED, UnmatchedDigest
from daemon.outbox.mailer import Mailer
from daemon.storage.atomic import disk_full
from daemon.storage.store import Store

log = logging.getLogger(__name__)

BATCH = 50
"""Messages fetched per round trip."""
MAX_ID_CHARS = 500


@dataclass
class InboxResult:
    """What one pass over the inbox did."""

    handled: list[tuple[str, str]] = field(default_factory=list)
    """(inbound Message-ID, action) for every message acted on, in order."""
    duplicates: int = 0

    @property
    def count(self) -> int:
        return len(self.handled)


class InboxProcessor:
    """Acts on new mail of one :class:`MailSource`, with one store and mailer (main thread)."""

    def __init__(
        self,
        config: Config,
        store: Store,
        mailer: Mailer,
        source: MailSource,
        archive: Archive,
        *,
        cursor_key: str,
    ) -> None:
        self.config = config
        self.allowed = allowed_recipients(config)
        self.store = store
        self.mailer = mailer
        self.source = source
        self.archive = archive
        self.copies = ReceivedCopies(archive, store)
        self.cursor_key = cursor_key
        self.digest = UnmatchedDigest(mailer)
        self.dkim = DkimEvidence(dkim_dns.txt_record)
        """Client replies' DKIM results and keys, for evidence (DNS answers cached)."""
        """Unmatched and unreadable mail, listed to the PM at most once an hour."""
        self.published_cursor = store.get_cursor(cursor_key)
        """The cursor after the last pass, for other threads (they must not read the store)."""
        self.chunk = BATCH
        """Messages per chunk now: halved while a chunk does not fit on the disk."""

    def reconfigure(self, config: Config) -> None:
        self.config = config
        self.allowed = allowed_recipients(config)

    @property
    def cursor(self) -> tuple[int, int] | None:
        return self.store.get_cursor(self.cursor_key)

    def process(self, now: datetime) -> InboxResult:
        """Act on every message newer than the stored cursor. Raises InboxError if unreachable."""
        result = InboxResult()
        cursor = self.store.get_cursor(self.cursor_key)
        outbox = self.mailer.outbox
        # One SMTP connection for every answer of this pass (opened only if one is sent),
        # as a tick does, rather than a connection per acknowledgement.
        with outbox.session(now):
            while True:
                messages, new_cursor = self._fetch(cursor)
                to_file: list[tuple[InboundMessage, Outcome]] = []
                handled, duplicates = len(result.handled), result.duplicates
                try:
                    with self.store.batch(all_or_nothing=True), outbox.grouped():
                        for msg in messages:
                            if outbox.stop.is_set():
                                break
                            self.handle(msg, now, result, to_file)
                except BaseException as exc:
                    self.copies.drop()  # the chunk's batch was dropped: so are its copies
                    if not (disk_full(exc) and len(messages) > 1):
                        raise
                    self.chunk = len(messages) // 2
                    log.warning("inbox: %s; reading %d message(s) at a time", exc, self.chunk)
                    del result.handled[handled:]
                    result.duplicates = duplicates
                    continue  # the cursor stayed: the same messages, fewer at a time
                self.chunk = min(BATCH, 2 * self.chunk)
                self._file(to_file)  # committed: the batch above has been written
                if outbox.stop.is_set():
                    # The cursor stays before this chunk: the next start reads it again and
                    # only files what was handled (step 1), then acts on the rest.
                    log.info("stop requested: leaving the rest of the inbox for later")
                    break
                self.store.set_cursor(self.cursor_key, *new_cursor)
                self.published_cursor = new_cursor
                messages.clear()  # the raw bytes go before the next fetch (big mail)
                to_file.clear()
                if not self.source.more_waiting:
                    break
                cursor = new_cursor
        if result.count or result.duplicates:
            log.info(
                "inbox: %d message(s) acted on, %d seen before", result.count, result.duplicates
            )
        return result

    def _fetch(
        self, cursor: tuple[int, int] | None
    ) -> tuple[list[InboundMessage], tuple[int, int]]:
        """``fetch_new``, retried once: a connection the server dropped is reopened."""
        try:
            return self.source.fetch_new(cursor, limit=self.chunk)
        except InboxError as exc:
            log.debug("inbox fetch failed (%s); retrying once", exc)
            return self.source.fetch_new(cursor, limit=self.chunk)

    # -- one message ------------------------------------------------------------------

    def handle(
        self,
        msg: InboundMessage,
        now: datetime,
        result: InboxResult,
        to_file: list[tuple[InboundMessage, Outcome]],
    ) -> None:
        """Act on one message inside the chunk's batch; append it, with its outcome, to
        ``to_file`` (filed once the batch is committed)."""
        mail = parse_message(msg.raw)
        inbound_id = mail.message_id.strip()[:MAX_ID_CHARS] or synthetic_message_id(msg.raw)
        if self.store.is_processed(inbound_id):
            log.info("%s (uid %s) was handled before: only filing it", inbound_id, msg.uid)
            to_file.append((msg, "processed"))
            result.duplicates += 1
            return
        archived = self._archive(inbound_id, msg.raw)
        state = self.store.snapshot()
        classification, match, auth, decision = self._decide(mail, state, now, inbound_id)
        digested = decision.action in DIGESTED
        for spec in decision.emails:
            if spec.template == "pm_alert" and (digested or spec.context.get("listed")):
                continue  # on the next digest or daily list, not one alert per message
            self._send(spec, state, now)
        dkim = self.dkim.of_reply(
            msg.raw,
            mail.from_addr,
            now,
            contract=match.contract,
            role=auth.role,
            enabled=self.config.settings.evidence.dkim,
        )
        with self.store.batch():  # the chunk's all-or-nothing batch: a part never lands
            for change in decision.changes:
                self.store.set_milestone(
                    change.contract, change.milestone, change.state, now, change.cause
                )
            for address, reason in decision.bad_addresses:
                self.store.mark_bad_address(address, reason, now)
            for contract, event_name, learned in decision.dated:
                self.store.set_contract_event(contract, event_name, learned)
            for event in decision.events:
                record(self.store, event)
            received = Received(
                at=now,
                contract=match.contract,
                milestone=match.milestone,
                message_id=inbound_id,
                sender=mail.from_addr,
                subject=mail.subject[:300],
                reply_kind=classification.kind,
                rule=classification.rule,
                evidence=tuple(classification.evidence)[:10],
                promised_date=classification.promised_date,
                matched_via=match.via if match.matched else None,
                authorized=auth.allowed,
                archived=archived,
                action=decision.action,
                dkim=dkim,
            )
            record(self.store, received)
            self.store.mark_processed(inbound_id, now, decision.outcome)
        log.info(
            "inbound %s from %s: %s, %s -> %s",
            inbound_id,
            mail.from_addr or "?",
            classification.kind,
            match.via or "unmatched",
            decision.action,
        )
        if digested:
            self.digest.note()
        to_file.append((msg, "unmatched" if decision.outcome == "unmatched" else "processed"))
        result.handled.append((inbound_id, decision.action))
        if decision.action.removeprefix("staff_") in VERB_LABELS and match.milestone:
            self._learn(mail, match, now)

    def _learn(self, mail: InboundMail, match: Match, now: datetime) -> None:
        """A staff command answering an alert about a client reply: if it contradicts the
        reading, keep the reply and the PM's label (:mod:`daemon.inbox.corrections`)."""
        try:
            thread = {*mail.references, mail.in_reply_to}
            replies = [
                e["data"]
                for e in self.store.events(match.contract, match.milestone)
                if e["kind"] == "received" and not str(e["data"].get("action")).startswith("staff")
            ]  # the client's replies about this milestone; the one in the thread, else the last
            readings = [r for r in replies if r.get("message_id") in thread] or replies
            line = command_line(mail.text)
            today = now.astimezone(ZoneInfo(self.config.settings.timezone)).date()
            command = parse_command(line, today)
            if not readings or not isinstance(command, StaffCommand):
                return
            reading = readings[-1]
            fix = correction(
                command.verb, command.day, reading.get("kind", ""), reading.get("rule", "")
            )
            raw = self.copies.get(reading["message_id"]) if fix else None
            if fix is not None and raw is not None:
                keep(self.config.settings.data_dir, reading["message_id"], raw, fix)
        except Exception:  # learning is a bonus: it never stops the inbox
            log.exception("cannot keep the PM's correction for %s", mail.message_id)

    def _decide(
        self, mail: InboundMail, state: StateView, now: datetime, inbound_id: str
    ) -> tuple[Classification, Match, Authorization, Decision]:
        config = self.config
        try:
            match = match_message(mail, config, state)
            client = find_client(config, match.client)
            sender = mail.from_addr.lower()
            known = sender in contacts(config).clients_of
            tz = (
                resolve.client_timezone(config.settings, client)
                if client
                else ZoneInfo(config.settings.timezone)
            )
            phrases = phrases_from_config(config.settings.replies.phrases)
            replies = config.settings.replies
            classification = classify(
                mail,
                tz=tz,
                known_sender=known,
                phrases=phrases,
                learned=replies.learned,
                owed=_owed(config, state, match),
            )
            auth = authorize(mail, classification, match, config)
            credit_id = credit_token(mail.subject, mail.text) if auth.role == "staff" else None
            if credit_id is not None:  # `match N` / `not ours` about a bank credit
                facts = Facts(mail, classification, match, auth, config, state, now, inbound_id)
                credit, latest = credit_and_outcome(self.store, credit_id)
                return classification, match, auth, bank_decision(facts, credit_id, credit, latest)
            decision = decide(mail, classification, match, auth, config, state, now, inbound_id)
            return classification, match, auth, decision
        except Exception as exc:  # a message must never stop the inbox
            log.exception("cannot handle inbound %s: reporting it as unreadable", inbound_id)
            broken = replace(mail, unreadable=True, reason=f"{type(exc).__name__}: {exc}"[:300])
            classification = Classification("other", rule="error", evidence=[type(exc).__name__])
            auth = Authorization("stranger", False, "error")
            decision = decide(
                broken, classification, UNMATCHED, auth, config, state, now, inbound_id
            )
            return classification, UNMATCHED, auth, decision

    def _archive(self, inbound_id: str, raw: bytes) -> bool:
        try:
            self.copies.put(inbound_id, raw)
            return True
        except OSError as exc:
            log.error("cannot archive inbound %s: %s", inbound_id, exc)
            return False

    def _file(self, items: list[tuple[InboundMessage, Outcome]]) -> None:
        """File a chunk's messages; retried once (a dropped connection is reopened)."""
        if not items:
            return
        try:
            self.source.mark_processed_many(items)
        except InboxError as exc:
            log.info("filing %d message(s) failed (%s); retrying once", len(items), exc)
            try:  # moving a message that already moved is a no-op
                self.source.mark_processed_many(items)
            except InboxError as again:  # left in the inbox; a resync files it (step 1)
                uids = ", ".join(str(msg.uid) for msg, _outcome in items)
                log.warning("could not file uid(s) %s: %s", uids, again)

    # -- outgoing ---------------------------------------------------------------------

    def _send(self, spec: OutgoingEmail, state: StateView, now: datetime) -> None:
        strangers = [a for a in (*spec.to, *spec.cc) if a.lower() not in self.allowed]
        if strangers or not spec.to:
            log.error(
                "not sending %s to %s: not in the config", spec.template, strangers or "nobody"
            )
            return
        try:
            delivered = self.mailer.deliver(spec, now, state=state)
        except (TemplateError, ValueError) as exc:  # also a header compose refused
            log.error("not sending %s: %s: %s", spec.template, type(exc).__name__, exc)
            failed = TemplateFailed(
                at=now,
                contract=spec.key.contract,
                milestone=spec.key.milestone,
                stage=spec.key.stage,
                error=str(exc),
            )
            record(self.store, failed)
            if spec.template != "pm_alert":  # the client waits for it: the PM answers by hand
                Alerts(self.mailer).alert(
                    now,
                    "answer_failed",
                    f"answer_failed:{self.mailer.message_id(spec)}",
                    template=spec.template,
                    what=describe(spec.key),
                    sender=", ".join(spec.to),
                    error=str(exc),
                )
            return
        if not delivered:
            log.warning("%s stays pending: the transport is down", self.mailer.message_id(spec))


def allowed_recipients(config: Config) -> frozenset[str]:
    """Every address cuikuan may write to because of an inbound email."""
    s = config.settings
    people = [s.pm, s.supervisor, s.finance, s.legal]
    addresses = {p.email.lower() for p in people if p is not None}
    addresses |= {a.lower() for a in resolve.staff_addresses(s)}
    return frozenset(addresses | contacts(config).clients_of.keys())


def _owed(config: Config, state: StateView, match: Match) -> Decimal | None:
    """The least sum that settles the one milestone ``match`` names, from the ledger; None
    when it names none (a consolidated email, an unmatched one) or nothing is owed."""
    if match.contract is None:
        return None
    view = Ledger(config, state).milestone(match.contract, match.milestone)
    if view is None or view.least_that_settles <= 0:
        return None
    return view.least_that_settles
