"""Which rows of ``cuikuan plan`` go out as one email (issue 13.2, one email per client).

Why: with ``consolidate: true`` the PM reading the plan should see that three rows are one
letter, not three emails. :func:`plan_letters` labels the rows of each joined letter with
``#1``, ``#2``... in the order the letters first appear (the ``letter`` column and JSON key;
None for an email sent alone).
"""

from __future__ import annotations

from collections.abc import Sequence

from daemon.config.records import Config
from daemon.domain.consolidation import joined_in_plan
from daemon.domain.emails import PlannedEmail
from daemon.domain.state import SendKey


def plan_letters(config: Config, emails: Sequence[PlannedEmail]) -> dict[SendKey, str]:
    """``#n`` for every planned email that is part of the n-th joined letter."""
    joined = joined_in_plan(config, emails)
    numbers: dict[SendKey, int] = {}
    for email in emails:
        letter = joined.get(email.key)
        if letter is not None:
            numbers.setdefault(letter, len(numbers) + 1)
    return {key: f"#{numbers[letter]}" for key, letter in joined.items()}
