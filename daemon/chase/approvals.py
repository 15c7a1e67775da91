"""The tick's gate for hard steps that wait for the PM (:mod:`daemon.domain.approvals`).

A planned letter whose stage the policy lists in ``approval_required`` is held: the first
time, it is rendered as it would go out and recorded as ``asked`` with its subject and a
preview (the daily list shows them); after ``approve`` it goes through the outbox like
any letter; after ``skip`` its key is marked skipped (never sent, the chase moves on);
after ``approval_remind_days`` without a word the PM is emailed once. Nothing is sent on
its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from daemon.config.records import Config
from daemon.domain import stages
from daemon.domain.approvals import APPROVED, ASKED, REMINDED, SKIPPED, needs_approval, standing
from daemon.domain.emails import PlannedEmail, reference_token
from daemon.domain.events import Approval, decode, record
from daemon.domain.ledger import Ledger
from daemon.domain.state import StateView
from daemon.errors import TemplateError
from daemon.mail.spec import MailSpec
from daemon.outbox.alerts import Alerts
from daemon.outbox.mailer import Mailer

log = logging.getLogger(__name__)

PREVIEW_CHARS = 300
"""How much of the letter's text the list shows."""

SpecFor = Callable[[PlannedEmail, StateView, datetime], MailSpec]


class ApprovalGate:
    """Says whether a planned letter waits; records the ask, the skip and the reminder."""

    def __init__(self, mailer: Mailer, alerts: Alerts, spec_for: SpecFor) -> None:
        self.mailer = mailer
        self.alerts = alerts
        self.spec_for = spec_for

    def holds(self, config: Config, email: PlannedEmail, now: datetime) -> bool:
        """True when ``email`` must not be sent now (waiting, or just skipped by the PM)."""
        key = email.key
        view = Ledger(config).contract(key.contract)
        if view is None or not needs_approval(view.policy, key.stage):
            return False
        store = self.mailer.outbox.store
        events = [decode(e) for e in store.events(key.contract, key.milestone)]
        where = standing(events, key)
        if where.decision is not None and where.decision.decision == APPROVED:
            return False
        if where.decision is not None and where.decision.decision == SKIPPED:
            store.mark_skipped(key, now, superseded_by="")
            log.info("%s skipped by the PM: not sent", key)
            return True
        if where.asked is None:
            self._ask(email, now)
        elif not where.reminded:
            days = view.policy.approval_remind_days
            if now - where.asked.at >= timedelta(days=days):
                self._remind(config, where.asked, now)
        return True

    def _ask(self, email: PlannedEmail, now: datetime) -> None:
        """Render the letter as it would go out and record it as waiting."""
        store = self.mailer.outbox.store
        state = store.snapshot()
        try:
            message = self.mailer.message(self.spec_for(email, state, now), now, state)
        except (TemplateError, ValueError) as exc:
            log.error("cannot prepare %s for approval: %s", email.key, exc)
            return
        body = message.get_body(("plain",))
        text = body.get_content() if body is not None else ""
        preview = " ".join(text.split())[:PREVIEW_CHARS]
        key = email.key
        asked = Approval(
            at=now,
            contract=key.contract,
            milestone=key.milestone,
            stage=key.stage,
            seq=key.seq,
            decision=ASKED,
            subject=" ".join(str(message["Subject"]).split()),
            preview=preview,
        )
        record(store, asked)
        log.info("%s prepared, waiting for the PM's approval", key)

    def _remind(self, config: Config, asked: Approval, now: datetime) -> None:
        key = stages.stage(asked.stage)
        token = reference_token(asked.contract or "-", asked.milestone)
        self.alerts.alert(
            now,
            "approval_waiting",
            f"approval:{asked.contract}/{asked.milestone}/{asked.stage}/{asked.seq}",
            letter=key.titles.get(config.settings.language, key.name),
            subject=asked.subject,
            since=asked.at.isoformat(timespec="minutes"),
            preview=asked.preview,
            token=token,
        )
        reminded = Approval(
            at=now,
            contract=asked.contract,
            milestone=asked.milestone,
            stage=asked.stage,
            seq=asked.seq,
            decision=REMINDED,
        )
        record(self.mailer.outbox.store, reminded)
