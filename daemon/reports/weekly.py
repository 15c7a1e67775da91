"""The weekly report, emailed to the PM (``settings.report``: Monday 09:00 by default).

When: :func:`weekly_report_due` is a pure function of (settings, last sent, now). The
schedule slot is the latest ``weekday`` at ``time`` in the PM's timezone at or before
``now``; the report is due when nothing was sent since that slot. So a daemon that was
down on Monday morning sends the report once when it comes back (not once per missed
week), and a fresh install sends its first report on its first tick.

How: :func:`weekly_spec` says what to send: the report as of ``now``, rendered from
``templates/<lang>/weekly_report.{subject,txt,html}.j2`` into one
``multipart/alternative`` message (text and HTML). The chart is part of the HTML, drawn
with table cells (:mod:`daemon.reports.chart`): no image to attach, block or hide. It goes
through :meth:`daemon.outbox.mailer.Mailer.deliver` under the key
``SendKey("-", None, "weekly_report", seq=ISO year * 100 + ISO week of the slot)``, so it
is sent at most once per slot, crash or not. With ``routine_alerts: daily_list`` it
carries the day's action list too: on its day it is the PM's one routine email.
This module knows neither the engine nor the store: it reads a :class:`StateView` and
the events it is given.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from daemon.config.records import Config, Settings
from daemon.domain.events import decode
from daemon.domain.state import SendKey, StateView
from daemon.mail.spec import MailSpec
from daemon.outbox.mailer import Mailer
from daemon.reports.build import Report, build_report
from daemon.reports.render import html_context, to_text
from daemon.reports.todo import as_lines, todo

log = logging.getLogger(__name__)

STAGE = "weekly_report"
WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def latest_slot(settings: Settings, now: datetime) -> datetime:
    """The latest scheduled instant (weekday at time, PM's timezone) at or before ``now``."""
    tz = ZoneInfo(settings.timezone)
    local = now.astimezone(tz)
    target = WEEKDAYS.index(settings.report.weekday)
    day = local.date() - timedelta(days=(local.weekday() - target) % 7)
    slot = datetime.combine(day, settings.report.time, tz)
    if slot > now:
        slot = datetime.combine(day - timedelta(days=7), settings.report.time, tz)
    return slot


def weekly_report_due(settings: Settings, last_sent: datetime | None, now: datetime) -> bool:
    """Whether the weekly report should go out at ``now``.

    True when weekly reports are on and nothing was sent since the latest slot (a missed
    slot is caught up once).
    """
    if not settings.report.weekly:
        return False
    return last_sent is None or last_sent < latest_slot(settings, now)


def weekly_key(slot: datetime) -> SendKey:
    """The send key of the report for the week of ``slot``."""
    year, week, _ = slot.isocalendar()
    return SendKey("-", None, STAGE, seq=year * 100 + week)


def last_weekly_sent(state: StateView) -> datetime | None:
    """When the last weekly report was recorded (sent or pending), if ever."""
    times = [r.at for k, r in state.sends.items() if k.stage == STAGE and r.status != "skipped"]
    return max(times) if times else None


def weekly_spec(
    config: Config, report: Report, key: SendKey, todo_lines: Sequence[str] = ()
) -> MailSpec:
    """What to send: a text part and an HTML part (the report with its chart), the day's
    action list first when it rides on the report (:mod:`daemon.outbox.morning`)."""
    context = html_context(config, report)
    context["text_report"] = to_text(report)
    context["todo_lines"] = list(todo_lines)
    context["pm"] = {"name": config.settings.pm.name, "email": config.settings.pm.email}
    return MailSpec(
        key,
        STAGE,
        report.language,
        (config.settings.pm.email,),
        context=context,
        auto_submitted="auto-generated",
        timezone=ZoneInfo(config.settings.timezone),
    )


def carries_todays_list(config: Config, state: StateView, now: datetime) -> bool:
    """True when today's weekly report carries the action list (sent today, or due later
    today): the PM's one routine email of that day (:mod:`daemon.outbox.morning`)."""
    local = now.astimezone(ZoneInfo(config.settings.timezone))
    report = config.settings.report
    if not report.weekly or config.settings.routine_alerts != "daily_list":
        return False
    last = last_weekly_sent(state)
    if last is not None and last.astimezone(local.tzinfo).date() == local.date():
        return True
    today = WEEKDAYS[local.weekday()] == report.weekday
    return today and local.time() < report.time


def send_weekly_report(config: Config, mailer: Mailer, now: datetime) -> bool:
    """Build and send this slot's report to the PM (once per slot); False if deferred."""
    key = weekly_key(latest_slot(config.settings, now))
    if mailer.outbox.store.decided(key) is not None:
        log.debug("weekly report %s already decided", key.seq)
        return True
    store = mailer.outbox.store
    state, events = store.snapshot(), store.events()
    report = build_report(config, state, events, now)
    lines: list[str] = []
    if config.settings.routine_alerts == "daily_list":  # one routine email that day
        actions = todo(config, state, now, [decode(e) for e in events])
        lines = as_lines(actions, config.settings.language) if actions else []
    with mailer.outbox.session(now):
        sent = mailer.deliver(weekly_spec(config, report, key, lines), now)
    log.info("weekly report %s for %s: %s", key.seq, report.day, "sent" if sent else "deferred")
    return sent


def maybe_send_weekly_report(config: Config, mailer: Mailer, now: datetime) -> bool:
    """Send the weekly report if it is due at ``now``; True if it was sent now.

    Cheap when not due (one indexed lookup), so the daemon may call it on every tick.
    """
    if not config.settings.report.weekly:
        return False
    store = mailer.outbox.store
    key = weekly_key(latest_slot(config.settings, now))
    if store.decided(key) is not None:
        return False
    if not weekly_report_due(config.settings, last_weekly_sent(store.snapshot()), now):
        return False
    return send_weekly_report(config, mailer, now)
