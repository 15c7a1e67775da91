"""Telling the PM that something about cuikuan itself needs a person.

Sending that keeps failing, an email the server refused for good, a broken template, a
rejected config edit: each is logged at ERROR every time, and emailed to the PM once. The
email goes through the engine's outbox like any other, keyed by what the alert is about,
so the same alert is never sent twice (also across restarts) and one that cannot be sent
now (the mail server is down) waits in the queue.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from daemon.domain.emails import message_id
from daemon.domain.resolve import message_id_domain
from daemon.domain.state import SendKey
from daemon.errors import TemplateError
from daemon.mail.alert_texts import text
from daemon.mail.compose import compose_simple

if TYPE_CHECKING:
    from daemon.chase.engine import Engine

log = logging.getLogger(__name__)

ALERT_STAGE = "pm_alert"


def alert_key(about: str) -> SendKey:
    """The key of the one alert email about ``about`` (e.g. ``"refused:<mid>"``)."""
    seq = int(hashlib.sha256(about.encode("utf-8")).hexdigest()[:8], 16)
    return SendKey("-", None, ALERT_STAGE, seq)


def alert_pm(engine: Engine, now: datetime, name: str, about: str, **values: Any) -> bool:
    """Log alert ``name`` and email it to the PM once per ``about``; True if it went out."""
    config = engine.config
    language = config.settings.language
    title, body = text(name, language, **values)
    log.error("alert for the PM: %s: %s", title, body.replace("\n", " "))
    key = alert_key(about)
    mid = message_id(key, message_id_domain(config))
    if engine.store.find_send(mid) is not None:
        return False
    engine.store.add_event(now, "alert", None, None, title=title, body=body, about=about)
    try:
        context = {"title": " ".join(title.split()), "body": body, "quoted": ""}
        rendered = engine.renderer.render_named(language, "pm_alert", context)
    except TemplateError as exc:  # the alert template itself is broken: the log has it
        log.error("cannot render the PM alert: %s", exc)
        return False
    message = compose_simple(
        config,
        [config.settings.pm.email],
        [],
        None,
        rendered,
        mid,
        None,
        (),
        now,
        auto_submitted="auto-generated",
    )
    return engine.send_message(key, message, now, ignore_backoff=True)
