"""Unmatched and unreadable mail, told to the PM in one digest, not one email each.

A hostile or noisy inbox (spam, newsletters, a mail loop) once produced one PM alert per
message: 4,982 alerts for 5,000 messages. Such mail changes nothing, so the PM needs a
list, not a flood: the processor files it and records its ``received`` event as usual,
and :class:`UnmatchedDigest` sends one alert listing everything not yet listed, at most
once every ``settings.unmatched_digest_minutes`` (60 by default).

What was listed is recorded in a ``digest`` event (the inbound Message-IDs), so a message
is listed once, also across restarts; one received while a digest is held back waits for
the next one. The digest goes through the outbox like every email (exactly once per key).
This hourly digest is for ``settings.routine_alerts: email``; with the default
``daily_list`` the same listing rides on the morning list (:mod:`daemon.outbox.morning`).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from daemon.domain.state import SendKey
from daemon.errors import TemplateError
from daemon.mail.alert_texts import text
from daemon.mail.spec import MailSpec
from daemon.outbox.mailer import Mailer

log = logging.getLogger(__name__)

DIGESTED = frozenset({"forwarded_unmatched", "unreadable"})
"""Decisions (the ``action`` of a ``received`` event) that go into the digest."""
STAGE = "pm_digest"
MAX_LISTED = 50
"""At most this many messages are listed one by one; the rest are counted."""


class UnmatchedDigest:
    """Sends the digest when there is something to list and the last one is old enough."""

    def __init__(self, mailer: Mailer) -> None:
        self.mailer = mailer
        self.waiting = True
        """Something may wait to be listed (unknown at start: look once)."""
        self.not_before: datetime | None = None
        """No digest before this instant (the last one was too recent): no need to look."""

    def note(self) -> None:
        """A message went into the digest instead of an alert of its own."""
        self.waiting = True

    def maybe_send(self, now: datetime) -> bool:
        """Send the digest if it is due at ``now``; True if one was sent or queued."""
        if not self.waiting or (self.not_before is not None and now < self.not_before):
            return False
        store = self.mailer.outbox.store
        events = store.events()
        digests = [e for e in events if e["kind"] == "digest"]
        items = unlisted(events)
        if not items:
            self.waiting = False
            return False
        settings = self.mailer.config.settings
        period = timedelta(minutes=settings.unmatched_digest_minutes)
        if digests and now - digests[-1]["at"] < period:
            self.not_before = digests[-1]["at"] + period
            return False  # still waiting: the first cycle after the period sends it

        def listed_now() -> None:  # once the message is composed, before it is queued
            store.add_event(
                now,
                "digest",
                None,
                None,
                count=len(items),
                message_ids=[e["data"].get("message_id") for e in items],
            )
            self.waiting = False
            self.not_before = now + period

        try:
            return self.mailer.deliver(self._spec(items, now), now, urgent=True, then=listed_now)
        except (TemplateError, ValueError) as exc:
            log.error("cannot render the digest of unmatched mail: %s", exc)
            return False

    def _spec(self, items: list[dict], now: datetime) -> MailSpec:
        settings = self.mailer.config.settings
        lines = listing(items)
        title, body = text(
            "unmatched_digest",
            settings.language,
            count=len(items),
            since=items[0]["at"].isoformat(timespec="minutes"),
            items="\n".join(lines),
        )
        seq = int(now.timestamp()) // 60
        return MailSpec(
            SendKey("-", None, STAGE, seq),
            "pm_alert",
            settings.language,
            (settings.pm.email,),
            context={"title": " ".join(title.split()), "body": body, "quoted": ""},
            auto_submitted="auto-generated",
        )


def unlisted(events: list[dict]) -> list[dict]:
    """The ``received`` events of digested mail no digest has listed yet, oldest first."""
    digests = [e for e in events if e["kind"] == "digest"]
    listed = {mid for e in digests for mid in e["data"].get("message_ids", [])}
    return [
        e
        for e in events
        if e["kind"] == "received"
        and e["data"].get("action") in DIGESTED
        and e["data"].get("message_id") not in listed
    ]


def listing(items: list[dict]) -> list[str]:
    """One line per message (at most :data:`MAX_LISTED`, the rest counted)."""
    lines = [_line(e) for e in items[:MAX_LISTED]]
    if len(items) > MAX_LISTED:
        lines.append(f"… (+{len(items) - MAX_LISTED})")
    return lines


def _line(event: dict) -> str:
    data = event["data"]
    sender = data.get("from") or "?"
    subject = " ".join(str(data.get("subject") or "").split())[:120]
    what = "unreadable" if data.get("action") == "unreadable" else subject
    return f"- {event['at'].isoformat(timespec='minutes')} {sender}: {what}"
