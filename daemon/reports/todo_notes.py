"""Notes on the daily list: the routine alerts of the last day that were not emailed.

Why apart from :mod:`daemon.reports.todo`: a routine alert (:mod:`daemon.mail.urgency`)
is recorded with ``listed=True`` instead of an email of its own; the next list shows its
title, one line each, unless the matter already has a line of its own kind. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from daemon.domain.events import Alerted, HistoryEvent
from daemon.reports import todo_texts

NOTE_DAYS = 1
"""Routine alerts of this many days back are notes on the list (one list a day)."""
MAX_NOTES = 30
"""At most this many notes one by one; the rest are one counted line."""
NOTED_ELSEWHERE = frozenset(
    {
        "claimed_paid",  # verify_payment
        "promise_broken",  # broken_promise
        "dispute",  # dispute (and emailed at once)
        "possible_dispute",  # possible_dispute
        "other",  # pm_question
        "ask_pm",  # pm_question
        "pm_reminder",  # pm_question, still on the list
        "bounce",  # bad_address
        "bad_address",  # bad_address
        "unmatched",  # unmatched_mail
        "unreadable",  # unmatched_mail
        "bounce_unverified",  # unmatched_mail
    }
)
"""Alerts whose matter has a line of its own kind, so no note repeats it."""


@dataclass(frozen=True)
class Note:
    text: str
    contract: str | None = None
    milestone: str | None = None
    count: int = 1


def notes(
    events: list[HistoryEvent],
    now: datetime,
    lang: str,
    covered: set[tuple[str | None, str | None]],
) -> list[Note]:
    """Routine alerts of the last :data:`NOTE_DAYS` that waited for the list, one note each
    (at most :data:`MAX_NOTES`, the rest one counted line), except those ``covered``."""
    since = now - timedelta(days=NOTE_DAYS)
    listed = [
        e
        for e in events
        if isinstance(e, Alerted)
        and e.listed
        and since <= e.at <= now
        and e.name not in NOTED_ELSEWHERE
        and (e.milestone is None or (e.contract, e.milestone) not in covered)
    ]
    out = [Note(e.title, e.contract, e.milestone) for e in listed[:MAX_NOTES]]
    if len(listed) > MAX_NOTES:
        more = len(listed) - MAX_NOTES
        out.append(Note(todo_texts.line("more_notes", lang, count=more), count=more))
    return out
