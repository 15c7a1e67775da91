"""``cuikuan preview``: render any email of the chase to the terminal, sending nothing.

The email is built exactly as the engine would build it (same planner recipients, same
templates, same headers), so what the PM reads here is what the client will get.
``--client`` shows the one consolidated email a client gets about several payments.
"""

from __future__ import annotations

from datetime import datetime

from daemon.chase.engine import consolidated_spec
from daemon.config.schema import Config
from daemon.domain import stages
from daemon.domain.consolidation import JOINABLE, Consolidated, consolidates
from daemon.domain.emails import PlannedEmail, message_id
from daemon.domain.ledger import Ledger
from daemon.domain.planner import milestone_timeline
from daemon.domain.resolve import message_id_domain
from daemon.domain.state import SendKey, StateView
from daemon.errors import CuikuanError
from daemon.mail.compose import compose, compose_message
from daemon.mail.rendering import Renderer


def planned_for(
    config: Config,
    state: StateView,
    contract_id: str,
    milestone_id: str | None,
    stage: str,
    seq: int,
    now: datetime,
) -> PlannedEmail:
    """The PlannedEmail for one key, addressed as the planner would address it."""
    if not stages.is_stage(stage):
        raise CuikuanError(f"unknown stage {stage!r}; stages: {', '.join(stages.STAGES)}")
    info = stages.stage(stage)
    if info.contract_level != (milestone_id is None):
        raise CuikuanError("the terms email belongs to the contract: give '-' as the milestone")
    ledger = Ledger(config, state)
    found = ledger.find(contract_id, milestone_id)
    view = ledger.contract(contract_id)
    if found is None or view is None:
        what = f"contract {contract_id!r}"
        if milestone_id is not None:
            what += f" with a milestone {milestone_id!r}"
        raise CuikuanError(f"the config has no {what}; see `cuikuan status`")
    to, cc = ledger.recipients(contract_id, stage)
    key = SendKey(contract_id, milestone_id, stage, seq if info.repeats else 0)
    return PlannedEmail(
        key=key,
        at=now.astimezone(view.timezone),
        client=view.client.id,
        language=view.language,
        to=to,
        cc=cc,
    )


def _send_time(
    config: Config,
    contract_id: str,
    milestone_id: str | None,
    stage: str,
    seq: int,
    now: datetime,
) -> datetime:
    """When the email would go out: its slot on the calendar if that is still ahead.

    A reminder previewed before the due date reads as it will on the day it is sent
    (days overdue, the send date), never "0 days overdue".
    """
    found = Ledger(config).find(contract_id, milestone_id)
    if found is None:
        return now
    client, contract, milestone = found
    if milestone is None:
        return now
    wanted = SendKey(contract_id, milestone_id, stage, seq if stage == "reminder" else 0)
    for key, at in milestone_timeline(config, client, contract, milestone):
        if key == wanted and at > now:
            return at
    return now


def preview_email(
    config: Config,
    state: StateView,
    contract_id: str,
    milestone_id: str | None,
    stage: str,
    seq: int,
    now: datetime,
    *,
    html: bool = False,
) -> str:
    """The headers and one body part of the email, as text for a terminal."""
    now = _send_time(config, contract_id, milestone_id, stage, seq, now)
    planned = planned_for(config, state, contract_id, milestone_id, stage, seq, now)
    rendered = Renderer.for_config(config).render(config, planned, state, now)
    message = compose(config, planned, rendered, now)
    lines = [
        f"{name}: {message[name]}"
        for name in ("From", "To", "Cc", "Subject", "Message-ID")
        if message[name]
    ]
    lines += [f"Attachment: {path.name}" for path in rendered.attachments]
    lines += ["", rendered.html if html else rendered.text]
    return "\n".join(lines)


def consolidated_for(
    config: Config, state: StateView, client_id: str, now: datetime
) -> Consolidated:
    """The one letter ``client_id`` would get at ``now`` about every payment still open.

    Each unpaid milestone with a known due date is listed at the stage its calendar has
    reached by ``now`` (a payment not yet that far is listed with its notice).
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
    return Consolidated(tuple(emails))


def preview_consolidated(
    config: Config, state: StateView, client_id: str, now: datetime, *, html: bool = False
) -> str:
    """The consolidated email of ``client_id`` (issue 13.2), headers and one body part."""
    letter = consolidated_for(config, state, client_id, now)
    spec = consolidated_spec(config, letter, state, now)
    renderer = Renderer.for_config(config)
    rendered = renderer.render_named(spec.language, spec.template, spec.context, spec.attachments)
    message = compose_message(
        config,
        to=spec.to,
        cc=spec.cc,
        rendered=rendered,
        message_id=message_id(spec.key, message_id_domain(config)),
        references=spec.references,
        now=now.astimezone(spec.timezone) if spec.timezone is not None else now,
        key=spec.key,
        covers=spec.covers,
    )
    lines = [
        f"{name}: {message[name]}"
        for name in ("From", "To", "Cc", "Subject", "Message-ID")
        if message[name]
    ]
    if not consolidates(config, client_id):
        lines.insert(
            0, f"(note: client {client_id} has consolidate off; this is what it would get)"
        )
    lines += [f"Attachment: {path.name}" for path in rendered.attachments]
    lines += ["", rendered.html if html else rendered.text]
    return "\n".join(lines)
