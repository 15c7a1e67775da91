"""One line of the PM's daily list (:class:`Action`), its reply commands and its JSON keys.

Why apart from :mod:`daemon.reports.todo`: the row is an interface (``cuikuan todo
--json``, documented in README) that the list, the morning email and the terminal share;
the ranking and the sources of the lines stay in ``todo``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from daemon.domain.emails import reference_token
from daemon.reports import todo_disputes

COMMANDS: dict[str, tuple[str, ...]] = {
    "verify_payment": ("paid", "resume"),
    "dispute": ("resolved", "stop"),
    "possible_dispute": ("dispute", "resume", "paid", "stop"),
    "pm_question": ("paid", "dispute", "resume", "stop"),
    "broken_promise": ("paid", "pause", "stop"),
    "bad_address": (),
    "unmatched_mail": (),
    "bank_credit": ("match N", "not ours"),
    "limitation": (),
    "approval": ("approve", "skip"),
    "call": ("called: …",),
    "note": (),
}
"""The staff commands (:mod:`daemon.inbox.staff_commands`) that settle each kind."""
JSON_KEYS = (
    "rank",
    "kind",
    "client",
    "contract",
    "milestone",
    "token",
    "amount",
    "currency",
    "days_late",
    "score",
    "count",
    "reason",
    "commands",
    "dispute_reason",
    "follow_up_by",
    "follow_up_overdue",
)
"""The keys of ``cuikuan todo --json`` rows: an interface, documented in README."""


@dataclass(frozen=True)
class Action:
    """One line of the list: something the PM must settle."""

    kind: str
    """verify_payment, dispute, possible_dispute, pm_question, broken_promise,
    bad_address, unmatched_mail, bank_credit, approval (a hard step waiting for the PM),
    call (a call to make), limitation (the right to sue expires soon) or note (a routine
    alert that waited for the list)."""
    reason: str
    """One line in the PM's language."""
    commands: tuple[str, ...]
    client: str | None = None
    """The client's id."""
    contract: str | None = None
    milestone: str | None = None
    amount: Decimal | None = None
    """Money at risk (unpaid amount; for a bad address, all the client still owes)."""
    currency: str | None = None
    days_late: int = 0
    count: int = 1
    """How many emails (unmatched_mail), else 1."""
    ref: str | None = None
    """The token of what is not a milestone (a bank credit's ``[CK-BANK-…]``)."""
    follow_up: todo_disputes.FollowUp | None = None
    """A dispute's reason code and the PM's follow-up deadline."""

    @property
    def score(self) -> Decimal:
        """Money at risk × days late; a milestone not yet due counts as one day."""
        return (self.amount or Decimal(0)) * max(self.days_late, 1)

    @property
    def token(self) -> str | None:
        """The reference to send with a command (``[CK-contract-milestone]``)."""
        if self.ref is not None:
            return self.ref
        return reference_token(self.contract, self.milestone) if self.contract else None

    def as_row(self, rank: int) -> dict[str, Any]:
        """The JSON row (keys: :data:`JSON_KEYS`)."""
        return {
            "rank": rank,
            "kind": self.kind,
            "client": self.client,
            "contract": self.contract,
            "milestone": self.milestone,
            "token": self.token,
            "amount": str(self.amount) if self.amount is not None else None,
            "currency": self.currency,
            "days_late": self.days_late,
            "score": str(self.score),
            "count": self.count,
            "reason": self.reason,
            "commands": list(self.commands),
            "dispute_reason": self.follow_up.code if self.follow_up else None,
            "follow_up_by": self.follow_up.by.isoformat() if self.follow_up else None,
            "follow_up_overdue": self.follow_up.overdue if self.follow_up else False,
        }
