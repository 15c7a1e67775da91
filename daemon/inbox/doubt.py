"""A reading held for a second look: what a ``paid``, ``dispute`` or ``promise`` reading becomes,
and why.

Why a module of its own: the second reading (:mod:`daemon.inbox.second_reading`) and the
objection check it calls (:mod:`daemon.inbox.objection_bearing`) both give this answer; one
type serves both, and neither has to import the other to name it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Doubt:
    """Why a ``paid`` or ``dispute`` reading is not acted on: what it becomes, and why."""

    kind: str
    """The held reading: ``other``, ``partial_payment``, ``promise``, ``acceptance``, a request
    kind, or ``dispute`` itself (only its confidence lowered)."""
    signal: str
    """remainder, ahead, promised, hedge, someone_else, handed_on, corrected, duplicate_asked,
    decided, future, not_paid (paid); request_kind, own_step, asks_leave, paper_form,
    part_first, good_verdict, promised_anyway, help_asked, fault_report (dispute);
    remedy_first, bank_check (promise); bank_checked (resend_request, paid); settled,
    other_matter, cut_applied, rest_scheduled, promised_beside (dispute:
    :data:`daemon.inbox.objection_bearing.REASONS`)."""
    words: str
    """The client's words that raised the doubt."""
    amount: Decimal | None = None
    """For a held partial payment: the amount said paid, from the paid words on."""
    when: str = ""
    """For a held promise: the words whose day is the promise's (the last promise's clause:
    "顺延到21日（周一）支付", not the 今天 of the paid words' sentence)."""
