"""The morning email: the PM's action list (:mod:`daemon.reports.todo`), once a day.

Why: what only the PM can settle should reach them as one short ranked list, not a
stream of alerts (issue 14). The first cycle on or after :data:`MORNING_HOUR` in the PM's
timezone (``settings.timezone``) decides for the day: the list has lines → one email to
the PM through the one outbox, under ``SendKey("-", None, "pm_todo", seq=the day's
ordinal)`` so it goes out once per day, also across restarts; nothing on it → no email.
With ``settings.routine_alerts: daily_list`` (the default) it is the one routine email
of the day: routine alerts are notes on it, and unmatched mail is listed at its end. On
a day the weekly report goes out, the list rides on the report instead (one email).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from daemon.config.records import Config
from daemon.domain.events import decode
from daemon.domain.state import SendKey
from daemon.mail.spec import MailSpec
from daemon.outbox.digest import listing, unlisted
from daemon.outbox.mailer import Mailer
from daemon.reports import todo_texts
from daemon.reports.todo import Action, as_lines, todo

log = logging.getLogger(__name__)

STAGE = "pm_todo"
MORNING_HOUR = 8
"""The list goes out on the first cycle at or after this hour, PM's time."""


def morning_key(day: date) -> SendKey:
    """The send key of the list of ``day`` (the PM's local date)."""
    return SendKey("-", None, STAGE, day.toordinal())


def next_list_key(config: Config, now: datetime) -> SendKey:
    """The key of the first daily list that can carry what happens at ``now``."""
    local = now.astimezone(ZoneInfo(config.settings.timezone))
    day = local.date() if local.hour < MORNING_HOUR else local.date() + timedelta(days=1)
    return morning_key(day)


def morning_spec(
    config: Config, actions: list[Action], key: SendKey, unmatched: Sequence[str] = ()
) -> MailSpec:
    """The email: the list's title as the subject, one numbered line per action, then the
    mail that matched no contract since the last list (one line each)."""
    settings = config.settings
    title, *lines = as_lines(actions, settings.language)
    if unmatched:
        lines += ["", todo_texts.word("unmatched_heading", settings.language), *unmatched]
    return MailSpec(
        key,
        "pm_alert",
        settings.language,
        (settings.pm.email,),
        context={"title": title, "body": "\n".join(lines), "quoted": ""},
        auto_submitted="auto-generated",
    )


class MorningList:
    """Decides once per local day whether the list goes out, and sends it once."""

    def __init__(self) -> None:
        self.decided: date | None = None
        """The last day decided in this process (a restart decides again, cheaply)."""

    def maybe_send(
        self,
        config: Config,
        mailer: Mailer,
        now: datetime,
        defer: Callable[[], bool] | None = None,
    ) -> bool:
        """Send today's list if it is due at ``now``; True if one was sent or queued.

        ``defer()`` True: not now, and not decided (today's weekly report carries it:
        :func:`daemon.reports.weekly.carries_todays_list`)."""
        local = now.astimezone(ZoneInfo(config.settings.timezone))
        day = local.date()
        if local.hour < MORNING_HOUR or self.decided == day:
            return False
        key = morning_key(day)
        store = mailer.outbox.store
        if defer is not None and defer():
            return False
        if store.decided(key) is not None:
            self.decided = day
            return False
        events = store.events()
        actions = todo(config, store.snapshot(), now, [decode(e) for e in events])
        if not actions:
            log.info("morning list for %s: nothing to do, no email", day)
            self.decided = day
            return False
        unmatched = unlisted(events) if config.settings.routine_alerts == "daily_list" else []

        def listed_now() -> None:  # the unmatched mail it lists is not listed again
            if unmatched:
                ids = [e["data"].get("message_id") for e in unmatched]
                store.add_event(now, "digest", None, None, count=len(ids), message_ids=ids)

        spec = morning_spec(config, actions, key, listing(unmatched))
        sent = mailer.deliver(spec, now, then=listed_now)
        if sent:
            self.decided = day
        log.info("morning list for %s: %d action(s), %s", day, len(actions), sent)
        return sent
