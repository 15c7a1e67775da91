"""Telling the PM that something about cuikuan itself needs a person.

Sending that keeps failing, an email the server refused for good, an address refused for
good, a broken template, a rejected config edit: each is logged at ERROR every time, and
emailed to the PM once. Routine ones (:mod:`daemon.mail.urgency`) are not emailed: they
are recorded for the PM's daily list, their key decided so they are never sent later.
The email goes through the outbox like any other, keyed by what the alert is about, so
the same alert is never sent twice (also across restarts) and one that cannot be sent now
(the mail server is down) waits in the queue.

Two guards against storms: an alert is never raised about an alert (a refused alert is
only logged), and at most :data:`MAX_ALERTS_PER_HOUR` go out in any hour; the ones held
back are listed in one summary alert once the hour has passed. The count and the held
titles are remembered in the store, so a daemon restarting in a loop cannot reset them.
"""

from __future__ import annotations

import hashlib
import logging
from collections import deque
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from daemon.domain.events import Alerted, record
from daemon.domain.state import SendKey
from daemon.errors import TemplateError
from daemon.mail.alert_texts import text
from daemon.mail.spec import MailSpec
from daemon.mail.urgency import waits_for_list
from daemon.outbox.failures import Deferral, Outage
from daemon.outbox.mailer import Mailer
from daemon.outbox.morning import next_list_key

log = logging.getLogger(__name__)

ALERT_STAGE = "pm_alert"
MAX_ALERTS_PER_HOUR = 10
"""More than this many alerts in an hour are held back and summed up in one."""
HOUR = timedelta(hours=1)
LIMIT_MEMORY = "alerts.hour"
"""Name under which the alerts of the last hour and the held titles are remembered."""


def alert_key(about: str) -> SendKey:
    """The key of the one alert email about ``about`` (e.g. ``"refused:<mid>"``)."""
    seq = int(hashlib.sha256(about.encode("utf-8")).hexdigest()[:8], 16)
    return SendKey("-", None, ALERT_STAGE, seq)


def describe(key: SendKey) -> str:
    """``HZ-2026-017/midterm notice`` — a key in words for alerts."""
    where = key.contract if key.milestone is None else f"{key.contract}/{key.milestone}"
    return f"{where} {key.stage}"


class Alerts:
    """Emails the PM through ``mailer``; also the outbox's :class:`OutboxListener`."""

    def __init__(self, mailer: Mailer) -> None:
        self.mailer = mailer
        self._recent: deque[datetime] = deque()
        self._held: list[str] = []
        """Titles of alerts held back by the hourly limit, for the summary."""
        self._recall()

    def _recall(self) -> None:
        """Read the hourly count and held titles a previous run left (if readable)."""
        kept = self.mailer.outbox.store.remembered(LIMIT_MEMORY)
        if not isinstance(kept, dict):
            return
        try:
            self._recent = deque(sorted(datetime.fromisoformat(t) for t in kept["recent"]))
            self._held = [str(t) for t in kept["held"]]
        except (KeyError, TypeError, ValueError):
            log.warning("the remembered alert count is unreadable: counting afresh")

    def _keep(self) -> None:
        recent = [t.isoformat() for t in self._recent]
        self.mailer.outbox.store.remember(LIMIT_MEMORY, {"recent": recent, "held": self._held})

    def alert(self, now: datetime, name: str, about: str, **values: Any) -> bool:
        """Log alert ``name`` and email it to the PM once per ``about``; True if it went out."""
        config = self.mailer.config
        language = config.settings.language
        title, body = text(name, language, **values)
        listed = waits_for_list(config, name)
        if not listed:
            log.error("alert for the PM: %s: %s", title, body.replace("\n", " "))
        spec = MailSpec(
            alert_key(about),
            ALERT_STAGE,
            language,
            (config.settings.pm.email,),
            context={"title": " ".join(title.split()), "body": body, "quoted": ""},
            auto_submitted="auto-generated",
        )
        if self.mailer.decided(spec):
            return False
        if listed:
            self._list(spec, now, Alerted(at=now, title=title, body=body, about=about, name=name))
            return False
        if not self._room(now):
            self._held.append(" ".join(title.split()))
            self._keep()
            log.warning("alert limit (%d an hour) reached: held back", MAX_ALERTS_PER_HOUR)
            return False
        self._keep()
        alerted = Alerted(at=now, title=title, body=body, about=about, name=name)
        record(self.mailer.outbox.store, alerted)
        return self._deliver(spec, now)

    def _list(self, spec: MailSpec, now: datetime, alerted: Alerted) -> None:
        """Put a routine alert on the daily list: recorded, decided (never emailed alone)."""
        log.warning("for the PM's daily list: %s", " ".join(alerted.title.split()))
        store = self.mailer.outbox.store
        # inside a group of sends (the tick's batch) it is part of the group's one write
        with store.batch(all_or_nothing=not store.in_batch):
            store.record_pending(spec.key, self.mailer.message_id(spec), now, spec.to)
            the_list = replace(spec, key=next_list_key(self.mailer.config, now))
            store.mark_skipped(spec.key, now, superseded_by=self.mailer.message_id(the_list))
            record(store, replace(alerted, listed=True))

    def flush(self, now: datetime) -> None:
        """Once the hourly limit allows, send one summary of the alerts held back."""
        if not self._held or not self._room(now, peek=True):
            return
        held, self._held = self._held, []
        self._keep()
        self.alert(
            now,
            "alerts_held",
            f"held:{now.isoformat()}",
            count=len(held),
            titles="\n".join(f"- {t}" for t in held[:50]),
        )

    def _room(self, now: datetime, *, peek: bool = False) -> bool:
        while self._recent and now - self._recent[0] >= HOUR:
            self._recent.popleft()
        if self._recent and self._recent[-1] > now:  # the clock went back: those never were
            self._recent = deque(t for t in self._recent if t <= now)
        if len(self._recent) >= MAX_ALERTS_PER_HOUR:
            return False
        if not peek:
            self._recent.append(now)
        return True

    def _deliver(self, spec: MailSpec, now: datetime) -> bool:
        try:
            return self.mailer.deliver(spec, now, urgent=True)
        except (TemplateError, ValueError) as exc:  # the alert template itself is broken
            log.error("cannot render the PM alert: %s", exc)
            return False

    # -- the outbox's listener ------------------------------------------------------------

    def refused(
        self,
        key: SendKey | None,
        mid: str,
        error: str,
        addresses: Sequence[str],
        now: datetime,
    ) -> None:
        if key is not None and key.stage == ALERT_STAGE:
            log.error("an alert for the PM was refused; not alerting about it: %s", error)
            return
        self.alert(
            now,
            "send_refused",
            f"refused:{mid}",
            message_id=mid,
            what=describe(key) if key is not None else mid,
            error=error,
            addresses=", ".join(addresses) or "-",
        )

    def bad_addresses(self, addresses: Sequence[str], mid: str, error: str, now: datetime) -> None:
        for address in addresses:
            self.alert(
                now,
                "bad_address",
                f"bad:{address.lower()}",
                address=address,
                message_id=mid,
                error=error,
            )

    def _told_now(self, trouble: Outage | Deferral, now: datetime) -> bool:
        """Whether the PM is to be told of ``trouble`` now: once, when it has lasted
        ``alert_after_hours`` (it is marked told)."""
        alert_after = timedelta(hours=self.mailer.config.settings.alert_after_hours)
        if trouble.alerted or now - trouble.since < alert_after:
            return False
        trouble.alerted = True
        return True

    def failing(self, outage: Outage, pending: int, now: datetime) -> None:
        if not self._told_now(outage, now):
            return
        self.alert(
            now,
            "send_failing",
            f"outage:{outage.since.isoformat()}",
            since=outage.since.isoformat(timespec="minutes"),
            hours=int((now - outage.since).total_seconds() // 3600),
            failures=outage.failures,
            error=outage.last_error,
            pending=pending,
        )

    def deferred(self, mid: str, deferral: Deferral, now: datetime) -> None:
        if not self._told_now(deferral, now):
            return
        self.alert(
            now,
            "send_deferred",
            f"deferred:{mid}",
            message_id=mid,
            since=deferral.since.isoformat(timespec="minutes"),
            attempts=deferral.attempts,
            error=deferral.error,
        )
