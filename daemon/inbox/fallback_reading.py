"""The learned fallback's guess as the fields of a :class:`~daemon.inbox.classify.Classification`.

Why apart from :mod:`daemon.inbox.fallback`: the model knows n-grams, not mail. This turns
its guess into a reading the decision layer already handles: low confidence (so
:func:`daemon.inbox.decide.needs_pm` holds the milestone and asks the PM, exactly as for a
reply nobody understood), ``rule`` ``learned:<kind>``, evidence ``learned guess (margin
M)`` then the telling n-grams (shown to the PM, who answers with one word), and the date for
a promise or a request for time found as the rules find it. Pure.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from daemon.inbox.fallback import CONFIDENCE, learned_guess
from daemon.inbox.parse import InboundMail
from daemon.inbox.promise_dates import find_promised_date

LEARNED = "learned:"
"""Prefix of the ``rule`` of every learned reading."""


def learned_reading(mail: InboundMail, own: str, tz: ZoneInfo) -> dict[str, Any] | None:
    """The fallback's reading of the person's own words ``own`` as the keyword arguments of
    a ``Classification`` (classify imports this module, not the other way round), or None
    (stay ``other``)."""
    guess = learned_guess(own)
    if guess is None:
        return None
    day: date | None = None
    if guess.kind in ("promise", "more_time"):
        day = find_promised_date(own, mail.date, tz)
    return {
        "kind": guess.kind,
        "promised_date": day,
        "rule": LEARNED + guess.kind,
        "evidence": [f"learned guess (margin {guess.margin:.2f})", *guess.evidence],
        "confidence": CONFIDENCE,
    }
