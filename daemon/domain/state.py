"""What cuikuan remembers, as plain immutable values the pure core can read.

The store (:mod:`daemon.storage.store`) persists these in TinyDB; the planner, classifier actions
and reports take a :class:`StateView` snapshot and never touch the database themselves.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from daemon.domain.sends_index import SendsIndex
from daemon.domain.stages import MailKind, mail_kind

MilestoneStatus = Literal[
    "open",  # being chased on the calendar
    "claimed_paid",  # the client says it paid; chasing stops until staff verify
    "paid",  # money confirmed (by staff, or paid: in YAML)
    "disputed",  # the client disputes; chasing of this milestone pauses
    "promised",  # the client promised a date; chasing waits until then (+ grace)
    "paused",  # staff paused it (optionally until a date)
    "stopped",  # staff stopped chasing for good
]

SendStatus = Literal["pending", "sent", "skipped", "failed", "withdrawn"]
"""pending: intent recorded, SMTP not confirmed; skipped: superseded by a later stage in a
catch-up; failed: permanently refused by the server; withdrawn: never sent because its
client, contract or milestone left the config while it was pending."""


@dataclass(frozen=True, slots=True)
class SendKey:
    """Identifies one outgoing email. ``milestone`` is None for contract-level mail (terms).

    ``stage`` names the email: a chase stage or another mail of
    :mod:`daemon.domain.stages` (``pm_alert``, ``ack_dispute``, ...); :attr:`kind` says
    which kind of mail that is. The Message-ID is derived from these four fields alone
    (:func:`daemon.domain.emails.message_id`), so keys stored by older versions still match.
    """

    contract: str
    milestone: str | None
    stage: str
    seq: int = 0

    @property
    def kind(self) -> MailKind:
        """chase, alert, ack, staff_reply or report (ValueError for an unknown name)."""
        return mail_kind(self.stage)


# slots: a daemon at 10,000 contracts holds ~35,000 send records and their keys
@dataclass(frozen=True, slots=True)
class SendRecord:
    """One email cuikuan decided to send (or to skip), as stored."""

    key: SendKey
    message_id: str
    status: SendStatus
    at: datetime
    to: tuple[str, ...] = ()
    covers: tuple[SendKey, ...] = ()
    """Every key one consolidated email stood for (issue 13.2), this one included; empty
    for an email about one key. Each covered key has its own record, same Message-ID."""


@dataclass(frozen=True, slots=True)
class MilestoneState:
    """The chase state of one milestone, changed by replies, staff commands and YAML."""

    status: MilestoneStatus = "open"
    reason: str = ""
    hold_until: datetime | None = None
    """No chase email before this instant (promise, pause, quiet period, auto-reply return)."""
    promised_date: date | None = None
    last_contact: datetime | None = None
    updated_at: datetime | None = None
    paid_on: date | None = None
    """The day staff verified the money arrived (``paid DATE``; the command's day without)."""
    paid_amount: Decimal | None = None
    """The amount staff verified (``paid AMOUNT``); None: the milestone's amount."""
    promise_words: str = ""
    """The client's own words when it promised a date (quoted back if the promise breaks)."""
    promise_made: datetime | None = None
    """When the client wrote that promise."""
    interest_waived: bool = False
    """The PM waived late-payment interest on this milestone (staff ``waive interest``)."""
    dispute_reason: str = ""
    """The reason code of the open dispute (:data:`daemon.domain.disputes.REASONS`);
    empty: none recorded (a client's dispute is read from ``reason``)."""
    dispute_words: str = ""
    """What the PM (or the client) said the dispute is about."""
    dispute_amount: Decimal | None = None
    """The part of the milestone in dispute while the rest is still chased
    (staff ``dispute 20,000 …``); None: no part dispute."""
    dispute_since: date | None = None
    """The day the dispute was recorded (the PM's follow-up deadline counts from it)."""
    waived_amount: Decimal | None = None
    """A disputed part written off (staff ``resolved waive``): no longer owed."""


@dataclass(frozen=True)
class LearnedEvent:
    """A contract event's date learned after the YAML was written (acceptance, issue 13.7).

    ``day`` None: staff cleared it (``accepted clear``), so nothing, not even deemed
    acceptance, dates the event until someone gives a date. A date in the YAML wins.
    """

    day: date | None
    source: Literal["client", "staff"]
    at: datetime
    """When cuikuan recorded it."""
    by: str = ""
    """Who said so: the client's or staff member's address."""
    message_id: str = ""
    """The email that said so."""


@dataclass(frozen=True)
class StateView:
    """A read-only snapshot of everything the planner needs to know about the past."""

    contracts_seen: dict[str, datetime] = field(default_factory=dict)
    """contract id -> when cuikuan first saw it in the config."""
    milestones: dict[tuple[str, str], MilestoneState] = field(default_factory=dict)
    """(contract id, milestone id) -> state; absent means open."""
    sends: dict[SendKey, SendRecord] = field(default_factory=dict)
    bad_addresses: frozenset[str] = frozenset()
    """Addresses that bounced permanently: never mailed again."""
    message_key: bytes = field(default=b"", repr=False, compare=False)
    """The installation's Message-ID key (:mod:`daemon.domain.emails`); empty when read
    without it: then no Message-ID token verifies."""
    contracts_edited: dict[str, tuple[datetime, ...]] = field(default_factory=dict)
    """contract id -> when its content was seen changed since (the last few edits)."""
    contract_events: dict[tuple[str, str], LearnedEvent] = field(default_factory=dict)
    """(contract id, event name) -> a date learned by email (the YAML left it empty)."""
    sends_index: SendsIndex[SendRecord] | None = field(default=None, repr=False, compare=False)
    """``sends`` by milestone and Message-ID, kept up to date by the store; None (or made
    for other sends): :meth:`sends_of` indexes ``sends`` on first use."""

    @functools.cached_property
    def _index(self) -> SendsIndex[SendRecord]:
        given = self.sends_index
        return (
            given if given is not None and given.indexes(self.sends) else SendsIndex.of(self.sends)
        )

    def sends_of(self, contract: str, milestone: str | None) -> tuple[SendRecord, ...]:
        """Every send about ``contract``/``milestone`` (None: contract-level), any status,
        from the index (never a scan of every send: a letter asks twice)."""
        return self._index.of_milestone(contract, milestone)

    def send_with_message_id(self, message_id: str) -> SendRecord | None:
        """The send with this Message-ID (the last recorded of a consolidated email's)."""
        return self._index.with_message_id(message_id)

    def milestone(self, contract: str, milestone: str) -> MilestoneState:
        return self.milestones.get((contract, milestone), MilestoneState())

    @functools.cached_property
    def first_seen(self) -> datetime | None:
        """When cuikuan first saw any contract (None: none yet); asked once per contract by
        every tick and forecast, so worked out once per snapshot, not per contract."""
        return min(self.contracts_seen.values(), default=None)
