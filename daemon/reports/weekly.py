"""The weekly report, emailed to the PM (``settings.report``: Monday 09:00 by default).

When: :func:`weekly_report_due` is a pure function of (settings, last sent, now). The
schedule slot is the latest ``weekday`` at ``time`` in the PM's timezone at or before
``now``; the report is due when nothing was sent since that slot. So a daemon that was
down on Monday morning sends the report once when it comes back (not once per missed
week), and a fresh install sends its first report on its first tick.

How: :func:`send_weekly_report` builds the report as of ``now``, renders
``templates/<lang>/weekly_report.{subject,txt,html}.j2`` and sends one
``multipart/alternative`` message (text and HTML). The chart is part of the HTML, drawn
with table cells (:mod:`daemon.reports.chart`): no image to attach, block or hide. It goes
through :meth:`daemon.chase.engine.Engine.send_message` under the key
``SendKey("-", None, "weekly_report", seq=ISO year * 100 + ISO week of the slot)``, so it
is sent at most once per slot, crash or not.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from daemon.chase.engine import Engine
from daemon.config.schema import Config, Settings
from daemon.domain.emails import message_id
from daemon.domain.resolve import message_id_domain
from daemon.domain.state import SendKey, StateView
from daemon.mail.compose import compose_simple
from daemon.reports.build import Report, build_report
from daemon.reports.render import html_context, to_text
from daemon.storage.store import Store

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


def weekly_message(
    config: Config, engine: Engine, report: Report, key: SendKey, now: datetime
) -> EmailMessage:
    """The email: a text part and an HTML part (the report with its chart)."""
    context = html_context(config, report)
    context["text_report"] = to_text(report)
    context["pm"] = {"name": config.settings.pm.name, "email": config.settings.pm.email}
    rendered = engine.renderer.render_named(report.language, STAGE, context)
    return compose_simple(
        config,
        to=[config.settings.pm.email],
        cc=[],
        subject=None,
        rendered=rendered,
        message_id=message_id(key, message_id_domain(config)),
        in_reply_to=None,
        references=(),
        now=now.astimezone(ZoneInfo(config.settings.timezone)),
        auto_submitted="auto-generated",
    )


def send_weekly_report(config: Config, store: Store, engine: Engine, now: datetime) -> bool:
    """Build and send this slot's report to the PM (once per slot); False if deferred."""
    key = weekly_key(latest_slot(config.settings, now))
    if store.find_send(message_id(key, message_id_domain(config))) is not None:
        log.debug("weekly report %s already decided", key.seq)
        return True
    report = build_report(config, store.snapshot(), store.events(), now)
    msg = weekly_message(config, engine, report, key, now)
    sent = engine.send_message(key, msg, now)
    log.info("weekly report %s for %s: %s", key.seq, report.day, "sent" if sent else "deferred")
    return sent


def maybe_send_weekly_report(config: Config, store: Store, engine: Engine, now: datetime) -> bool:
    """Send the weekly report if it is due at ``now``; True if it was sent now.

    Cheap when not due (one indexed lookup), so the daemon may call it on every tick.
    """
    if not config.settings.report.weekly:
        return False
    key = weekly_key(latest_slot(config.settings, now))
    if store.find_send(message_id(key, message_id_domain(config))) is not None:
        return False
    if not weekly_report_due(config.settings, last_weekly_sent(store.snapshot()), now):
        return False
    return send_weekly_report(config, store, engine, now)
