"""What the client really received about a milestone: the only facts a letter may state.

A letter that says "our second reminder", "we have written to you 3 times" or "thank you
for your payment" must be true from the client's side of the mailbox. PM alerts, staff
replies and the referral to legal counsel are recorded in the same ``sends`` table but the
client never saw them, so they count for nothing here and never appear in a client's
``References``. Pure: reads :class:`~daemon.domain.state.SendRecord` values only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from daemon.domain import stages
from daemon.domain.state import SendRecord

CHASE_STAGES = stages.WROTE_TO_CLIENT
"""Emails that chase a milestone's payment, written to the client."""

CLIENT_STAGES = stages.TO_CLIENT
"""Everything cuikuan writes to the client (the rest goes to the PM, staff or counsel)."""


DECIDED = frozenset({"sent", "pending"})
"""Send statuses that mean the email is (or will be, from the spool) in the client's hands."""


@dataclass(frozen=True)
class Correspondence:
    """The client-facing emails of one milestone, oldest first."""

    received: tuple[SendRecord, ...]
    """Client emails decided (sent or pending), oldest first."""

    @property
    def chase(self) -> tuple[SendRecord, ...]:
        return tuple(r for r in self.received if r.key.stage in CHASE_STAGES)

    @property
    def chased(self) -> bool:
        """True once a chase email about this milestone went to the client."""
        return bool(self.chase)

    @property
    def chase_count(self) -> int:
        return len(self.chase)

    def count(self, stage: str) -> int:
        return sum(1 for r in self.received if r.key.stage == stage)

    def has(self, stage: str) -> bool:
        return any(r.key.stage == stage for r in self.received)

    def last(self, stages: Iterable[str] = CHASE_STAGES) -> SendRecord | None:
        wanted = frozenset(stages)
        found = [r for r in self.received if r.key.stage in wanted]
        return found[-1] if found else None

    def thread(self) -> tuple[str, ...]:
        """Message-IDs the client received, oldest first: its In-Reply-To/References."""
        return tuple(r.message_id for r in self.received if r.status == "sent")


def correspondence(
    sends: Iterable[SendRecord], contract: str, milestone: str | None
) -> Correspondence:
    """The client-facing emails of ``contract``/``milestone`` among ``sends`` (pass
    ``state.sends_of(contract, milestone)``: the index's, not every send of the state)."""
    mine = [
        r
        for r in sends
        if r.key.contract == contract
        and r.key.milestone == milestone
        and r.key.stage in CLIENT_STAGES
        and r.status in DECIDED
    ]
    mine.sort(key=_order)
    return Correspondence(tuple(mine))


def _order(record: SendRecord) -> tuple[datetime, int]:
    return record.at, record.key.seq
