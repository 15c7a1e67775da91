"""The learned fallback's guess as the fields of a :class:`~daemon.inbox.classify.Classification`.

Why apart from :mod:`daemon.inbox.fallback`: the model knows n-grams, not mail. This turns
its guess into a reading the decision layer already handles: low confidence (so
:func:`daemon.inbox.decide.needs_pm` holds the milestone and asks the PM, exactly as for a
reply nobody understood), ``rule`` ``learned:<kind>``, evidence ``learned guess (margin
M)`` then the telling n-grams (shown to the PM, who answers with one word), and the date for
a promise or a request for time found as the rules find it. Pure.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from daemon.inbox.clauses import CLAUSE_END, pieces
from daemon.inbox.fallback import CONFIDENCE, learned_guess
from daemon.inbox.parse import InboundMail
from daemon.inbox.promise_dates import find_promised_date

_PAYS = re.compile(
    r"(?<!已)(?:付|支付|打款|转账|轉帳|汇款|匯款|结清|結清|畀|俾)"
    r"|\b(?:will|shall|'ll|going to)\s+(?:be\s+)?(?:pay|paid|settle|transfer|wire|remit)",
    re.I,
)
"""A clause that pays beside an acceptance (中期款余数月中前畀晒, "the balance will be paid on
the 15th"): the acceptance's date is its day (labels.yaml); the acceptance's own clause
('protocol signed today (09.12.2026)') dates no payment."""
_ACCEPTS = re.compile(r"验收(?!款)|驗收(?!款)|签|簽|\b(?:accept|sign|approv)", re.I)

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
    elif guess.kind == "acceptance":
        day = acceptance_day(own, mail.date, tz)
    return {
        "kind": guess.kind,
        "promised_date": day,
        "rule": LEARNED + guess.kind,
        "evidence": [f"learned guess (margin {guess.margin:.2f})", *guess.evidence],
        "confidence": CONFIDENCE,
    }


def acceptance_day(own: str, sent: datetime | None, tz: ZoneInfo) -> date | None:
    """The payment day promised beside an acceptance, read from the clauses that pay and do
    not accept (验收单我签咗。中期款余数月中前畀晒 = the 15th); acceptance alone: None."""
    paying = [
        s for s in pieces(own, len(own), CLAUSE_END) if _PAYS.search(s) and not _ACCEPTS.search(s)
    ]
    return find_promised_date("\n".join(paying), sent, tz) if paying else None
