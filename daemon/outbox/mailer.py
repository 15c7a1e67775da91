"""From a :class:`~daemon.mail.spec.MailSpec` to the outbox: render, compose, send once.

Every email cuikuan writes goes through :meth:`Mailer.deliver`: the chase's letters, PM
alerts, acknowledgements, staff replies and the weekly report. The callers only decide
what to say (a spec); how it is rendered, composed and sent exactly once is here and in
:class:`~daemon.outbox.outbox.Outbox`::

    mailer = Mailer(config, outbox)
    with outbox.session(now):
        mailer.deliver(spec, now)   # False: deferred (server down), stays pending

A spec whose Message-ID was decided before is not even rendered, so a replayed inbound
message or a second run costs one lookup.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from email.message import EmailMessage

from daemon.config.records import Config
from daemon.domain.emails import message_id
from daemon.domain.resolve import message_id_domain
from daemon.domain.state import StateView
from daemon.mail.compose import compose_message
from daemon.mail.context import email_context
from daemon.mail.rendering import Renderer
from daemon.mail.spec import MailSpec
from daemon.outbox.failures import TickResult
from daemon.outbox.outbox import Outbox

log = logging.getLogger(__name__)


class Mailer:
    """Renders and composes specs with one config's templates; sends through ``outbox``."""

    def __init__(self, config: Config, outbox: Outbox) -> None:
        self.config = config
        self.outbox = outbox
        self.renderer = Renderer.for_config(config)

    def reconfigure(self, config: Config) -> None:
        """Use a new config (and its templates) from the next email on."""
        self.config = config
        self.renderer = Renderer.for_config(config)

    def message_id(self, spec: MailSpec) -> str:
        store = self.outbox.store
        return message_id(spec.key, message_id_domain(self.config), store.message_key)

    def decided(self, spec: MailSpec) -> bool:
        """Whether ``spec``'s email was recorded before (sent, pending, failed, skipped)."""
        return self.outbox.store.decided(spec.key) is not None

    def message(
        self, spec: MailSpec, now: datetime, state: StateView | None = None
    ) -> EmailMessage:
        """The complete message for ``spec``. Raises TemplateError, or ValueError for a
        header compose refused."""
        context = dict(spec.context)
        if spec.letter:
            state = state if state is not None else self.outbox.store.snapshot()
            context = email_context(self.config, spec, state, now)
            context.update(spec.context)
        rendered = self.renderer.render_named(
            spec.language,
            spec.template,
            context,
            spec.attachments,
            inline=tuple(context.get("pay_now_images", ())),  # the HTML shows them by cid:
            files=spec.files,
        )
        dated = now.astimezone(spec.timezone) if spec.timezone is not None else now
        return compose_message(
            self.config,
            to=spec.to,
            cc=spec.cc,
            rendered=rendered,
            message_id=self.message_id(spec),
            in_reply_to=spec.in_reply_to,
            references=spec.references,
            now=dated,
            auto_submitted=spec.auto_submitted,
            key=spec.key if spec.tag_key else None,
            covers=spec.covers,
        )

    def deliver(
        self,
        spec: MailSpec,
        now: datetime,
        result: TickResult | None = None,
        *,
        state: StateView | None = None,
        urgent: bool = False,
        then: Callable[[], None] | None = None,
    ) -> bool:
        """Render, compose and send ``spec`` once; False when it waits (server down, stop).

        Raises TemplateError (or ValueError) before anything is recorded, so a broken
        template never leaves a half-decided email behind. ``then`` runs once the message
        is composed, before its intent is recorded (the chase marks superseded stages).
        """
        if self.decided(spec):
            log.debug("%s was decided before: not rendering it again", self.message_id(spec))
            return True
        message = self.message(spec, now, state)
        if then is not None:
            then()
        return self.outbox.send(spec.key, message, now, result, urgent=urgent, covers=spec.covers)
