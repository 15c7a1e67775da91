"""One tick of the chase: ask the planner what is due, say it as specs, send them.

The chase only decides *what* to write: each :class:`~daemon.domain.emails.PlannedEmail`
becomes a :class:`~daemon.mail.spec.MailSpec` (the stage's template, its context, its
invoice and evidence attachments), and :class:`~daemon.outbox.mailer.Mailer` renders,
composes and hands it to the :class:`~daemon.outbox.outbox.Outbox`, which sends it
exactly once (spool → pending → transport → sent; its module doc has the protocol).

Several chase emails of one client due in the same tick go as one letter
(:mod:`daemon.domain.consolidation`, :func:`consolidated_spec`): one Message-ID, every
covered stage recorded pending by it in one write, then sent by it.

A crash leaves ``pending`` records; every tick first finishes them from the spool. The
planner counts ``pending`` as decided, so a stage is never planned twice. A pending email
whose client or contract has left the config is withdrawn, not sent, and the PM told.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from daemon.chase.approvals import ApprovalGate
from daemon.chase.deemed import deemed_acceptances
from daemon.chase.pm_wait import pm_followups
from daemon.chase.promises import alert_about, broken_promise_values
from daemon.config.records import Config
from daemon.domain import events, stages
from daemon.domain.consolidation import Consolidated, Outgoing, group
from daemon.domain.emails import PlannedEmail, message_id
from daemon.domain.events import TemplateFailed, Withdrawn
from daemon.domain.ledger import Ledger
from daemon.domain.planner import due_emails
from daemon.domain.resolve import iter_contracts, message_id_domain
from daemon.domain.settle import contract_digest
from daemon.domain.state import SendKey, StateView
from daemon.errors import TemplateError, TemporaryTransportError
from daemon.mail.consolidated import TEMPLATE as CONSOLIDATED_TEMPLATE
from daemon.mail.consolidated import consolidated_context
from daemon.mail.context import build_context
from daemon.mail.rendering import Renderer
from daemon.mail.spec import MailSpec
from daemon.outbox.alerts import Alerts, describe
from daemon.outbox.archive import Archive
from daemon.outbox.failures import Outage, TickResult
from daemon.outbox.mailer import Mailer
from daemon.outbox.outbox import AlreadySent, Outbox
from daemon.outbox.spool import Spool
from daemon.outbox.transports import Transport
from daemon.storage.store import Store

__all__ = ["AlreadySent", "Engine", "EvidencePack", "TickResult", "chase_spec", "consolidated_spec"]

log = logging.getLogger(__name__)

EvidencePack = Callable[[Config, str, datetime], Path | None]
"""Builds a contract's evidence zip for the legal stage (None: too big to attach)."""


def chase_spec(
    config: Config,
    email: PlannedEmail,
    state: StateView,
    now: datetime,
    evidence: tuple[Path, ...] = (),
) -> MailSpec:
    """The spec of one planned chase email: its stage's template, invoice and evidence.

    Raises TemplateError when the milestone's invoice file is missing.
    """
    context = build_context(config, email, state, now, evidence_attached=bool(evidence))
    attachments = tuple(Path(p) for p in (context["invoice_path"],) if p is not None)
    key = email.key
    contract = Ledger(config, state).contract(key.contract)
    tz = contract.timezone if contract is not None else None
    thread = tuple(email.thread)
    return MailSpec(
        key,
        key.stage,
        email.language,
        email.to,
        email.cc,
        context=context,
        in_reply_to=thread[-1] if thread else None,
        references=thread,
        auto_submitted=None,
        attachments=attachments + evidence,
        tag_key=True,
        timezone=tz,
    )


def consolidated_spec(
    config: Config, letter: Consolidated, state: StateView, now: datetime
) -> MailSpec:
    """The spec of a consolidated letter: every listed milestone's invoice, every covered
    key recorded under the letter's one Message-ID (issue 13.2).

    Raises TemplateError when a listed milestone's invoice file is missing.
    """
    context = consolidated_context(config, letter, state, now)
    contract = Ledger(config, state).contract(letter.key.contract)
    thread = letter.thread
    return MailSpec(
        letter.key,
        CONSOLIDATED_TEMPLATE,
        letter.language,
        letter.to,
        letter.cc,
        context=context,
        in_reply_to=None,  # a new letter about several threads; References keeps them
        references=thread,
        auto_submitted=None,
        attachments=tuple(Path(p) for p in context["invoice_paths"]),
        tag_key=True,
        timezone=contract.timezone if contract is not None else None,
        covers=letter.covers,
    )


class Engine:
    """Runs ticks against one config, through one mailer (and its outbox)."""

    def __init__(
        self,
        config: Config,
        mailer: Mailer,
        alerts: Alerts,
        *,
        stop: threading.Event | None = None,
        evidence_pack: EvidencePack | None = None,
    ) -> None:
        self.config = config
        self.mailer = mailer
        self.alerts = alerts
        self.outbox: Outbox = mailer.outbox
        self.stop = stop or self.outbox.stop
        self.evidence_pack = evidence_pack
        self.approvals = ApprovalGate(mailer, alerts, self._preview_spec)
        self._digests: tuple[Config, dict[str, str]] | None = None

    # The outbox's parts, as the tests and the runtime knew them on the engine.
    @property
    def store(self) -> Store:
        return self.outbox.store

    @property
    def transport(self) -> Transport:
        return self.outbox.transport

    @property
    def spool(self) -> Spool:
        return self.outbox.spool

    @property
    def archive(self) -> Archive:
        return self.outbox.archive

    @property
    def renderer(self) -> Renderer:
        return self.mailer.renderer

    @property
    def outage(self) -> Outage | None:
        return self.outbox.outage

    @property
    def already_sent(self) -> AlreadySent | None:
        return self.outbox.already_sent

    @already_sent.setter
    def already_sent(self, check: AlreadySent | None) -> None:
        self.outbox.already_sent = check

    def reconfigure(self, config: Config) -> None:
        """Use a new config (and its templates) from the next email on."""
        self.config = config
        self.mailer.reconfigure(config)

    def _contract_digests(self) -> dict[str, str]:
        """contract id -> content digest of the config in force (computed once per config)."""
        cached = self._digests
        if cached is None or cached[0] is not self.config:
            digests = {c.id: contract_digest(cl, c) for cl, c in iter_contracts(self.config)}
            cached = self._digests = (self.config, digests)
        return cached[1]

    def tick(self, now: datetime) -> TickResult:
        """Retry what is pending, then send what the planner says is due at ``now``."""
        result = TickResult()
        digests = self._contract_digests()
        self.store.mark_contracts_seen(digests, now, digests=digests)
        if self.outbox.waiting(now):
            return result
        self._withdraw_orphans(now, result)
        with self.outbox.session(now):
            self.alerts.flush(now)
            self.outbox.until_it_fits(lambda: self._send_due(now, result), result)
        return result

    def _send_due(self, now: datetime, result: TickResult) -> None:
        """One try of :meth:`tick`'s sending (tried again in smaller groups on a full disk)."""
        if not self.outbox.retry_pending(now, result):
            return
        snapshot = self.store.snapshot()
        for wait in (
            *pm_followups(self.config, snapshot, now),
            *deemed_acceptances(self.config, snapshot, now),
        ):
            self.alerts.alert(now, wait.name, wait.about, **wait.values)
        planned = due_emails(self.config, snapshot, now)
        # A contract's terms email opens the conversation: send it before the rest.
        planned.sort(key=lambda e: e.key.stage != stages.TERMS)
        # a hard step waiting for the PM (or just skipped) is not sent
        planned = [e for e in planned if not self.approvals.holds(self.config, e, now)]
        outgoing = group(self.config, planned)
        # one commit per group of intents, each group sent while the next is composed
        with self.outbox.grouped(pipelined=True):
            for email in outgoing:
                if self.stop.is_set():
                    log.info("stop requested: leaving %d emails for later", len(outgoing))
                    break
                if not self._send_planned(email, now, result):
                    break
                keys = email.covers if isinstance(email, Consolidated) else (email.key,)
                for key in keys:
                    if key.stage == stages.PROMISE_BROKEN:  # the PM hears of it too
                        state = self.store.snapshot()
                        values = broken_promise_values(self.config, state, key)
                        self.alerts.alert(now, "promise_broken", alert_about(key), **values)

    def _preview_spec(self, email: PlannedEmail, state: StateView, now: datetime) -> MailSpec:
        """The letter as it would go out, without attachments (for the approval preview)."""
        return chase_spec(self.config, email, state, now, ())

    def _send_planned(self, email: Outgoing, now: datetime, result: TickResult) -> bool:
        """Send one planned email or consolidated letter; False when the transport is down
        and the tick should end."""
        domain = message_id_domain(self.config)
        mid = message_id(email.key, domain, self.store.message_key)
        state = self.store.snapshot()

        def skip_superseded() -> None:
            if email.supersedes:
                with self.store.batch():
                    for superseded in email.supersedes:
                        self.store.mark_skipped(superseded, now, superseded_by=mid)
                        result.skipped.append(
                            message_id(superseded, domain, self.store.message_key)
                        )

        try:
            if isinstance(email, Consolidated):
                spec = consolidated_spec(self.config, email, state, now)
            else:
                evidence = self._evidence_for(email, now)
                spec = chase_spec(self.config, email, state, now, evidence)
            return self.mailer.deliver(spec, now, result, state=state, then=skip_superseded)
        except TemplateError as exc:
            self._template_failed(email, mid, exc, now)
            result.failed.append(mid)
            return True

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

    def _withdraw_orphans(self, now: datetime, result: TickResult) -> None:
        """Pending emails of a client, contract or milestone no longer in the config are
        never sent: recorded as ``withdrawn`` (a status of its own), the PM told once.

        A consolidated letter is withdrawn when one of its payments left; the payments of
        it still in the config go back to the plan (:meth:`_give_back`), so they are sent
        in this tick or a later one, once, alone or in a new letter."""
        ledger = Ledger(self.config)
        orphans = [r for r in self.store.pending_sends() if not _still_known(ledger, r.key)]
        if not orphans:
            return
        items = []
        for record in {r.message_id: r for r in orphans}.values():
            kept = [k for k in record.covers if _still_known(ledger, k)]
            if kept and not self._give_back(record.message_id, kept):
                continue  # it went out after all, or we cannot tell yet: retry_pending decides
            with self.store.batch():
                self.store.release_pending(record.message_id, kept)
                self.outbox.withdraw(record.message_id, now, "no longer in the config")
            withdrawn = Withdrawn(
                at=now,
                contract=record.key.contract,
                milestone=record.key.milestone,
                stage=record.key.stage,
                message_id=record.message_id,
                reason="no longer in the config",
            )
            events.record(self.store, withdrawn)
            result.failed.append(record.message_id)
            items.append(f"- {describe(record.key)} ({record.message_id})")
        about = hashlib.sha256("".join(sorted(items)).encode()).hexdigest()[:16]
        self.alerts.alert(
            now, "withdrawn", f"withdrawn:{about}", count=len(items), items="\n".join(items)
        )

    def _give_back(self, mid: str, kept: list[SendKey]) -> bool:
        """Whether the pending letter ``mid`` surely did not go out, so that its ``kept``
        payments may be planned again. A letter that did go out (a crash after the server
        took it: its sent copy is archived, or the Sent folder has it) is left to
        :meth:`Outbox.retry_pending`, which marks it sent; when the Sent folder cannot be
        asked now it stays pending until it can: never twice."""
        try:
            if self.outbox.went_out(mid):
                return False
        except TemporaryTransportError as exc:
            log.warning("%s stays pending: cannot tell whether it went out: %s", mid, exc)
            return False
        log.info("withdrawing %s; planning again %s", mid, ", ".join(map(describe, kept)))
        return True

    def _template_failed(
        self, email: Outgoing, mid: str, exc: TemplateError, now: datetime
    ) -> None:
        """That stage fails loudly (log every tick, PM once per error); the others go on."""
        key = email.key
        log.error("not sending %s: template error: %s", mid, exc)
        failed = TemplateFailed(
            at=now, contract=key.contract, milestone=key.milestone, stage=key.stage, error=str(exc)
        )
        events.record(self.store, failed)
        self.alerts.alert(
            now,
            "template_error",
            f"template:{key.stage}:{email.language}:{exc}",
            stage=key.stage,
            what=describe(key),
            error=str(exc),
        )


def _still_known(ledger: Ledger, key: SendKey) -> bool:
    """Whether the config still has ``key``'s contract (and milestone)."""
    if key.contract == "-":
        return True  # alerts, reports, replies to unmatched mail: nobody to withdraw
    return ledger.find(key.contract, key.milestone) is not None
