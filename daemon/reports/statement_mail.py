"""The monthly statement of account, emailed to each client once per month (issue 13.3).

When: from ``settings.statements.day`` of a month (client's timezone) the statement of the
month before is due; it goes out in the client's send window on a working day of its
calendar, like the chase. A client with ``statement: false``, with nothing open and
nothing paid in that month, or whose contracts cuikuan first saw after that month (a fresh
install does not open with a statement), gets none.

How: :func:`statement_spec` says what to send (HTML + text from
``templates/<lang>/statement.*.j2``, the CSV attached); :meth:`Mailer.deliver` sends it
under ``SendKey("-", CLIENT_ID, "statement", seq=YYYYMM of the month covered)``: at most
once per client and month, crash or not. The contacts that bounced are left out.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime

from daemon.config.records import Client, Config
from daemon.domain import resolve
from daemon.domain.calendar import in_send_window, work_calendar
from daemon.domain.state import SendKey, StateView
from daemon.mail import formatting
from daemon.mail.parts import GeneratedFile
from daemon.mail.spec import MailSpec
from daemon.outbox.mailer import Mailer
from daemon.reports.statement import Statement, build_statement, end_of_day, scheduled_period
from daemon.reports.statement_render import csv_name, statement_context, to_csv

log = logging.getLogger(__name__)

STAGE = "statement"


def statement_key(client_id: str, end: date) -> SendKey:
    """The send key of ``client_id``'s statement for the month ending ``end``."""
    return SendKey("-", client_id, STAGE, seq=end.year * 100 + end.month)


def statement_spec(
    config: Config, statement: Statement, key: SendKey, now: datetime, bad: Iterable[str] = ()
) -> MailSpec | None:
    """What to send to the client (None when every contact bounced)."""
    client = statement.client
    skip = {a.lower() for a in bad}
    to = tuple(p.email for p in client.contacts.to if p.email not in skip)
    cc = tuple(p.email for p in client.contacts.cc if p.email not in skip)
    if not to:
        return None
    tz = resolve.client_timezone(config.settings, client)
    today = formatting.format_date(now.astimezone(tz).date(), statement.language)
    context = statement_context(config, statement, today=today)
    attachment = GeneratedFile(csv_name(statement), to_csv(statement), "text/csv")
    return MailSpec(
        key,
        STAGE,
        statement.language,
        to,
        cc,
        context=context,
        auto_submitted="auto-generated",
        files=(attachment,),
        timezone=tz,
    )


def due_statement(config: Config, client: Client, now: datetime) -> tuple[date, date] | None:
    """The month whose statement ``client`` should get at ``now``, if any (see module doc)."""
    settings = config.settings
    if not settings.statements.enabled or not client.statement or not client.contracts:
        return None
    tz = resolve.client_timezone(settings, client)
    calendar = work_calendar(resolve.client_calendar(settings, client))
    if not in_send_window(now, tz, settings.policy.send_window, calendar):
        return None
    return scheduled_period(now.astimezone(tz).date(), settings.statements.day)


class Statements:
    """Sends the statements due at each tick; remembers the months that had nothing to say
    (so an empty statement is not rebuilt from the history on every tick of the month)."""

    def __init__(self) -> None:
        self.nothing: set[SendKey] = set()

    def maybe_send(self, config: Config, mailer: Mailer, now: datetime) -> int:
        """Send every statement due at ``now`` not decided before; how many were sent.

        Cheap when none is due: one indexed lookup per client in its window.
        """
        if not config.settings.statements.enabled:
            return 0
        store = mailer.outbox.store
        due: list[tuple[Client, tuple[date, date], SendKey]] = []
        for client in config.clients:
            period = due_statement(config, client, now)
            if period is None:
                continue
            key = statement_key(client.id, period[1])
            if key in self.nothing or store.decided(key) is not None:
                continue
            due.append((client, period, key))
        if not due:
            return 0
        state = store.snapshot()
        due = [d for d in due if _known_by_then(config, state, d[0], d[1][1])]
        if not due:
            return 0
        events = store.events()
        sent = 0
        for client, period, key in due:
            statement = build_statement(config, state, events, client.id, *period)
            if not statement.open_items and not statement.paid_items:
                self.nothing.add(key)  # nothing to say this month
                continue
            spec = statement_spec(config, statement, key, now, state.bad_addresses)
            if spec is None:
                log.warning("statement %s of %s: every contact bounced", key.seq, client.id)
                self.nothing.add(key)
                continue
            with mailer.outbox.session(now):
                delivered = mailer.deliver(spec, now, state=state)
            sent += int(delivered)
            log.info(
                "statement %s for %s: %s", key.seq, client.id, "sent" if delivered else "deferred"
            )
        return sent


def _known_by_then(config: Config, state: StateView, client: Client, end: date) -> bool:
    """Whether cuikuan knew one of the client's contracts before the month ended: a fresh
    install (or a client just added) does not open with a statement of a month it never
    followed."""
    tz = resolve.client_timezone(config.settings, client)
    last = end_of_day(end, tz)
    seen = [state.contracts_seen.get(c.id) for c in client.contracts]
    return any(at is not None and at <= last for at in seen)
