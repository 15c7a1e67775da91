"""``called: …`` by reply: the outcome of a call the daily list asked for (issue 14.2).

Why apart from :mod:`daemon.inbox.staff_actions`: a call is recorded as its own typed
event (:class:`~daemon.domain.events.Called`, which takes the call off the list), and a
date in the PM's words (``called: will pay 12-15``) becomes a promise exactly as a
client's written one: the chase holds until that date plus ``promise_grace_days``.
Pure: (facts, command) -> (answer, events, state change or None).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from daemon.domain.events import Called, HistoryEvent
from daemon.inbox.facts import Facts, StateChange, current, describe, policy, window_opening
from daemon.inbox.staff_commands import StaffCommand


def call_outcome(
    f: Facts, cmd: StaffCommand
) -> tuple[str, tuple[HistoryEvent, ...], StateChange | None]:
    """The answer, the ``call`` event and (a date given) the promise it sets."""
    assert f.match.contract is not None and f.match.milestone is not None
    by = f.mail.from_addr
    words = " ".join(cmd.text.split())[:300]
    event = Called(
        at=f.now,
        contract=f.match.contract,
        milestone=f.match.milestone,
        outcome=words,
        promised_date=cmd.day,
        by=by,
    )
    what = describe(f)["what"]
    if cmd.day is None:
        return f"{what}: call recorded ({words}).", (event,), None
    until = window_opening(f, cmd.day + timedelta(days=policy(f).promise_grace_days))
    ms = current(f)
    promised = replace(
        ms,
        status="promised",
        promised_date=cmd.day,
        hold_until=until,
        promise_words=words,
        reason=f"staff {by}: called: {words}",
    )
    change = StateChange(f.match.contract, f.match.milestone, promised, f"staff:called by {by}")
    answer = (
        f"{what}: call recorded; promise to pay by {cmd.day.isoformat()}, the chase resumes "
        f"{until.isoformat(timespec='minutes')} if nothing arrives."
    )
    return answer, (event,), change
