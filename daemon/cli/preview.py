"""``cuikuan preview``: render any email of the chase to the terminal, sending nothing.

The email is built exactly as the engine would build it (same planner recipients, same
templates, same headers), so what the PM reads here is what the client will get.
"""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage

from daemon.config.records import Config
from daemon.domain import stages
from daemon.domain.emails import PlannedEmail, message_id
from daemon.domain.ledger import Ledger
from daemon.domain.planner import milestone_timeline
from daemon.domain.resolve import message_id_domain
from daemon.domain.state import SendKey, StateView
from daemon.errors import CuikuanError
from daemon.inbox.answers import ANSWER, answer_spec, answerable
from daemon.mail.compose import compose, compose_message
from daemon.mail.context import context_for
from daemon.mail.rendering import RenderedEmail, Renderer


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
    if stage == ANSWER:
        return _preview_answer(config, state, contract_id, milestone_id, now, html=html)
    now = _send_time(config, contract_id, milestone_id, stage, seq, now)
    planned = planned_for(config, state, contract_id, milestone_id, stage, seq, now)
    rendered = Renderer.for_config(config).render(config, planned, state, now)
    message = compose(config, planned, rendered, now, message_key=state.message_key)
    return terminal_text(message, rendered, html=html)


def terminal_text(message: EmailMessage, rendered: RenderedEmail, *, html: bool) -> str:
    """Headers, the files and inline images it carries, then one body part: what the
    client will get, readable in a terminal (single letters, answers and joint letters)."""
    lines = [
        f"{name}: {message[name]}"
        for name in ("From", "To", "Cc", "Subject", "Message-ID")
        if message[name]
    ]
    lines += [f"Attachment: {path.name}" for path in rendered.attachments]
    lines += [f"Inline image: {image.caption} (cid:{image.cid})" for image in rendered.inline]
    lines += ["", rendered.html if html else rendered.text]
    return "\n".join(lines)


def _preview_answer(
    config: Config,
    state: StateView,
    contract_id: str,
    milestone_id: str | None,
    now: datetime,
    *,
    html: bool,
) -> str:
    """The answer to a routine request, giving everything the config can give (issue 13.6)."""
    ledger = Ledger(config, state)
    found = ledger.find(contract_id, milestone_id)
    if found is None:
        raise CuikuanError(
            f"the config has no {contract_id} {milestone_id or ''}; see `cuikuan status`"
        )
    key = SendKey(contract_id, milestone_id, ANSWER, 0)
    spec = answer_spec(config, ledger, key, answerable(config, found[2]), held=True)
    if spec is None:
        raise CuikuanError(f"every address of the client of {contract_id} bounced")
    context = context_for(config, contract_id, milestone_id, state, now, language=spec.language)
    context.update(spec.context)
    rendered = Renderer.for_config(config).render_named(
        spec.language, spec.template, context, spec.attachments
    )
    message = compose_message(
        config,
        to=spec.to,
        cc=spec.cc,
        rendered=rendered,
        message_id=message_id(key, message_id_domain(config), state.message_key),
        in_reply_to=None,
        references=(),
        now=now,
    )
    return terminal_text(message, rendered, html=html)
