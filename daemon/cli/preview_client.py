"""``cuikuan preview CLIENT - consolidated``: the one email a client gets about all it owes.

Issue 13.2: built exactly as the engine builds a consolidated letter
(:func:`daemon.chase.engine.consolidated_spec`: same table, invoices, headers), from the
planner's recipients of each payment, so what the PM reads is what the client will get.
"""

from __future__ import annotations

from datetime import datetime

from daemon.chase.engine import consolidated_spec
from daemon.cli.preview import planned_for, terminal_text
from daemon.config.records import Config
from daemon.domain.consolidation import JOINABLE, Consolidated, consolidates, letters
from daemon.domain.emails import message_id
from daemon.domain.ledger import Ledger
from daemon.domain.planner import milestone_timeline
from daemon.domain.resolve import message_id_domain
from daemon.domain.state import StateView
from daemon.errors import CuikuanError
from daemon.mail.compose import compose_message
from daemon.mail.rendering import Renderer


def consolidated_for(
    config: Config, state: StateView, client_id: str, now: datetime
) -> Consolidated:
    """The one letter ``client_id`` would get at ``now`` about every payment still open.

    Each unpaid milestone with a known due date is listed at the stage its calendar has
    reached by ``now`` (a payment not yet that far is listed with its notice). Split as the
    engine splits (:func:`daemon.domain.consolidation.letters`): the demand letter when there
    is one, with only the overdue payments.
    """
    client = next((c for c in config.clients if c.id == client_id), None)
    if client is None:
        known = ", ".join(c.id for c in config.clients) or "none"
        raise CuikuanError(f"the config has no client {client_id!r}; clients: {known}")
    ledger = Ledger(config, state)
    emails = []
    for contract in client.contracts:
        for milestone in contract.milestones:
            view = ledger.milestone(contract.id, milestone.id)
            if view is None or view.status in ("paid", "stopped"):
                continue
            timeline = [
                (key, at)
                for key, at in milestone_timeline(config, client, contract, milestone)
                if key.stage in JOINABLE
            ]
            if not timeline:
                continue
            reached = [key for key, at in timeline if at <= now] or [timeline[0][0]]
            key = reached[-1]
            emails.append(
                planned_for(config, state, key.contract, key.milestone, key.stage, key.seq, now)
            )
    if len(emails) < 2:
        raise CuikuanError(
            f"client {client_id!r} has {len(emails)} open payment(s) with a due date: "
            "a consolidated email lists two or more"
        )
    joined = [part for part in letters(emails) if len(part) >= 2]
    if not joined:  # a demand and one notice: each goes alone
        alone = ", ".join(f"{e.key.contract} {e.key.milestone} {e.key.stage}" for e in emails)
        raise CuikuanError(
            f"client {client_id!r} gets no consolidated email now: a formal demand is never "
            f"joined with a payment not yet overdue, so each goes alone ({alone}); "
            "preview each with `cuikuan preview CONTRACT MILESTONE STAGE`"
        )
    return Consolidated(tuple(joined[0]))


def preview_consolidated(
    config: Config, state: StateView, client_id: str, now: datetime, *, html: bool = False
) -> str:
    """The consolidated email of ``client_id`` (issue 13.2), headers and one body part."""
    letter = consolidated_for(config, state, client_id, now)
    spec = consolidated_spec(config, letter, state, now)
    renderer = Renderer.for_config(config)
    rendered = renderer.render_named(
        spec.language,
        spec.template,
        spec.context,
        spec.attachments,
        inline=tuple(spec.context.get("pay_now_images", ())),  # as the mailer sends them
    )
    message = compose_message(
        config,
        to=spec.to,
        cc=spec.cc,
        rendered=rendered,
        message_id=message_id(spec.key, message_id_domain(config), state.message_key),
        references=spec.references,
        now=now.astimezone(spec.timezone) if spec.timezone is not None else now,
        key=spec.key,
        covers=spec.covers,
    )
    shown = terminal_text(message, rendered, html=html)
    if not consolidates(config, client_id):
        note = f"(note: client {client_id} has consolidate off; this is what it would get)"
        return f"{note}\n{shown}"
    return shown
