"""Which PM alerts interrupt at once, and which wait for the morning list.

Why: a PM with 50 open milestones got an email per claim, promise, bounce and question —
a 5,000-message inbox once produced 4,982 alerts (issue 14). Only what cannot wait a
night goes out at once; everything else is recorded (an ``alert`` event with
``listed=True``, :mod:`daemon.domain.events`) and reaches the PM as a line of the next
daily list (:mod:`daemon.reports.todo`, :mod:`daemon.outbox.morning`).

``settings.routine_alerts: email`` keeps the older behaviour (every alert at once, unmatched
mail in an hourly digest) for a team that prefers it.
"""

from __future__ import annotations

from daemon.config.records import Config

URGENT = frozenset(
    {
        "dispute",  # the client refuses to pay: the chase stopped, a deadline runs
        "bank_question",  # a fraud-risk question about our bank account
        "suspicious",  # a forged email in the client's name
        "clock_jump",  # the clock guard holds everything
        "send_failing",  # an outage: nothing goes out
        "template_error",  # a stage cannot be rendered: it goes out to no one
        "answer_failed",  # an automatic answer could not be rendered: the client waits
        "config_error",  # the PM's config edit was rejected: their change is not in force
        "alerts_held",  # the summary of urgent alerts the hourly limit held back
        "approval_waiting",  # a hard step the daily list did not get approved in N days
    }
)
"""Alert names (:mod:`daemon.mail.alert_texts`) emailed at once whatever the setting."""


def waits_for_list(config: Config, name: str) -> bool:
    """True when alert ``name`` goes on the daily list instead of an email of its own."""
    return config.settings.routine_alerts == "daily_list" and name not in URGENT
