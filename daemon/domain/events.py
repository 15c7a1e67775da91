"""Typed history events, and the one place that turns them into stored documents and back.

Why: the history used to be dicts whose meaning lived in their readers, and a staff
``paid 12000 2026-12-05`` reached the reports only as words in a human ``reason``
(``"staff pm@x: paid, amount 12000, paid on 2026-12-05"``) read back by regex. Each event
is now a dataclass with explicit fields (``paid_on``, ``paid_amount``, ``promised_date``,
...); :func:`encode` and :func:`decode` are the only code that knows the stored shape
``{"at", "kind", "contract", "milestone", "data"}`` (data keys are kept as they always
were, so old files read without a rewrite; :mod:`daemon.storage.event_migration`
backfilled the facts old versions wrote only into reasons).

A kind this version does not know (or a ``state_change`` without ``old``/``new``)
decodes to :class:`OtherEvent`; a missing field takes its default. Never an error. Pure.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, Protocol


@dataclass(frozen=True, kw_only=True)
class HistoryEvent:
    """Something that happened, about a contract (and milestone), at an instant."""

    KIND: ClassVar[str] = ""
    RENAMED: ClassVar[Mapping[str, str]] = {}
    """Field name -> stored data key, where they differ (``sender`` is stored as ``from``)."""

    at: datetime
    contract: str | None = None
    milestone: str | None = None

    @property
    def kind(self) -> str:
        return self.KIND

    @property
    def data(self) -> dict[str, Any]:
        """The stored ``data`` of this event (see :func:`encode`)."""
        return encode(self)["data"]


@dataclass(frozen=True, kw_only=True)
class StateChanged(HistoryEvent):
    """A milestone's chase state changed (reply, staff command, hold)."""

    KIND = "state_change"
    old: str
    new: str
    cause: str = ""
    reason: str = ""
    hold_until: datetime | None = None
    promised_date: date | None = None
    paid_on: date | None = None
    """The day staff said the money arrived (changes to ``paid``)."""
    paid_amount: Decimal | None = None
    """The amount staff said arrived; None: the milestone's amount."""
    interest_waived: bool = False
    """Late-payment interest waived on the milestone (staff ``waive interest``)."""
    dispute_reason: str = ""
    dispute_words: str = ""
    dispute_amount: Decimal | None = None
    dispute_since: date | None = None
    waived_amount: Decimal | None = None
    """The dispute fields of :class:`daemon.domain.state.MilestoneState`, when set."""


@dataclass(frozen=True, kw_only=True)
class PaymentRecorded(HistoryEvent):
    """Money said to have arrived on a milestone: the paid-amounts fact (issue 13.1).

    ``verified`` False is a client's claim, kept apart until the PM confirms it.
    """

    KIND = "payment"
    amount: Decimal | None = None
    currency: str = ""
    paid_on: date | None = None
    source: str = ""
    """``staff``, ``client`` or ``yaml``."""
    verified: bool = False
    paid_total: Decimal | None = None
    """Verified payments on the milestone after this one."""
    remaining: Decimal | None = None
    flag: str = ""
    """Why the PM must look: ``over_payment``, ``other_currency`` (empty: nothing)."""


@dataclass(frozen=True, kw_only=True)
class Received(HistoryEvent):
    """An inbound email was handled (classified, matched, decided)."""

    KIND = "received"
    RENAMED = {"sender": "from", "reply_kind": "kind"}
    message_id: str = ""
    sender: str = ""
    subject: str = ""
    reply_kind: str = ""
    """What the classifier said it is (paid, promise, dispute, auto_reply, ...)."""
    rule: str = ""
    evidence: tuple[str, ...] = ()
    promised_date: date | None = None
    matched_via: str | None = None
    authorized: bool = False
    archived: bool = False
    action: str = ""
    dkim: Mapping[str, Any] = field(default_factory=dict)
    """Its DKIM signatures' results and keys as fetched on arrival (``{}``: not checked),
    :mod:`daemon.inbox.dkim_check`; the evidence zip's ``*.dkim.json``."""


@dataclass(frozen=True, kw_only=True)
class StaffCommandRun(HistoryEvent):
    """A staff command by email, carried out or refused."""

    KIND = "staff_command"
    RENAMED = {"sender": "from"}
    sender: str = ""
    command: str = ""
    args: str = ""
    ok: bool = False
    result: str = ""


@dataclass(frozen=True, kw_only=True)
class Answered(HistoryEvent):
    """cuikuan answered a client's routine request by itself (issue 13.6)."""

    KIND = "answered"
    items: tuple[str, ...] = ()
    """What was sent: ``invoice``, ``bank_details``, ``invoicing_details``."""
    request_id: str = ""
    """The client's message that asked."""
    sender: str = ""
    message_id: str = ""
    """Our answer's Message-ID."""
    attachments: tuple[str, ...] = ()
    hold_until: datetime | None = None
    """The chase waits until then (None: the milestone was not open, nothing held)."""


@dataclass(frozen=True, kw_only=True)
class EventDated(HistoryEvent):
    """A contract event got (or lost) its date by email: acceptance (issue 13.7)."""

    KIND = "event_dated"
    RENAMED = {"sender": "from"}
    event: str = ""
    day: date | None = None
    """None: cleared by staff."""
    source: str = ""
    """``client`` (a reply) or ``staff`` (``accepted DATE`` / ``accepted clear``)."""
    before: str = ""
    """What the date was before, as :meth:`daemon.domain.acceptance.EventDate.describe` says."""
    sender: str = ""
    message_id: str = ""


@dataclass(frozen=True, kw_only=True)
class Alerted(HistoryEvent):
    """The PM was told something (by email once, or on the daily list)."""

    KIND = "alert"
    title: str = ""
    body: str = ""
    about: str = ""
    name: str = ""
    """The :mod:`daemon.mail.alert_texts` entry (empty in events older than issue 14)."""
    listed: bool = False
    """Not emailed: it waits for the PM's daily list (:mod:`daemon.mail.urgency`)."""


@dataclass(frozen=True, kw_only=True)
class Approval(HistoryEvent):
    """A hard step (``policy.approval_required``) and the PM's word on it (issue 14.3).

    ``asked``: cuikuan prepared the letter and holds it (``subject``, ``preview``);
    ``approved`` / ``skipped``: the PM's reply (``by``); ``reminded``: the PM was emailed
    because it waited ``approval_remind_days``."""

    KIND = "approval"
    stage: str = ""
    seq: int = 0
    decision: str = ""
    subject: str = ""
    preview: str = ""
    by: str = ""


@dataclass(frozen=True, kw_only=True)
class Called(HistoryEvent):
    """The PM called the client and said how it went (``called: …``, issue 14.2)."""

    KIND = "call"
    outcome: str = ""
    """The PM's words (``will pay 12-15``, ``no answer``)."""
    promised_date: date | None = None
    """A date the client gave on the phone: it became a promise."""
    by: str = ""


@dataclass(frozen=True, kw_only=True)
class Bounced(HistoryEvent):
    """A bounce named an address: permanent ones are never mailed again."""

    KIND = "bounce"
    address: str = ""
    permanent: bool = False
    status: str = ""
    message_id: str = ""


@dataclass(frozen=True, kw_only=True)
class Withdrawn(HistoryEvent):
    """A pending email was dropped: what it was about left the config."""

    KIND = "withdrawn"
    stage: str = ""
    message_id: str = ""
    reason: str = ""


@dataclass(frozen=True, kw_only=True)
class TemplateFailed(HistoryEvent):
    """An email could not be rendered (broken template or missing invoice)."""

    KIND = "template_error"
    stage: str = ""
    error: str = ""


@dataclass(frozen=True, kw_only=True)
class Reviewed(HistoryEvent):
    """A contract was fully paid and its review recorded (the numbers as of then)."""

    KIND = "review"
    figures: Mapping[str, Any] = field(default_factory=dict)
    """The review's JSON (``cuikuan history`` shows it)."""


@dataclass(frozen=True, kw_only=True)
class BankCredit(HistoryEvent):
    """What became of a credit on a bank statement (issue 16); the latest one counts.

    ``outcome``: ``paid`` (it paid ``contract``/``milestone``), ``review`` (the PM must
    choose among ``candidates``, or say ``not ours``), ``not_ours`` (money for something
    else: never matched again), ``known`` (it confirms money already recorded).
    """

    KIND = "bank_credit"
    credit: str = ""
    """The credit's id (:attr:`daemon.bank.credit.Credit.id`)."""
    outcome: str = ""
    amount: Decimal | None = None
    currency: str = ""
    booked: date | None = None
    payer: str = ""
    memo: str = ""
    reason: str = ""
    """Why it needs the PM (``ambiguous``, ``over_payment``, ...) or how it matched."""
    candidates: tuple[str, ...] = ()
    """``contract/milestone`` of each milestone it may pay, numbered from 1 for ``match N``."""
    by: str = ""
    """``bank`` (matched by cuikuan) or the staff address that decided."""
    statement: str = ""
    """Where the bank wrote it: ``交易明细.csv, row 7`` (the evidence of the payment)."""


@dataclass(frozen=True, kw_only=True)
class OtherEvent(HistoryEvent):
    """An event of a kind this version does not know: kept, shown, never an error."""

    name: str = ""
    raw: Mapping[str, Any] = field(default_factory=dict)
    """The stored data, as it was."""

    @property
    def kind(self) -> str:
        return self.name


TYPES: dict[str, type[HistoryEvent]] = {
    t.KIND: t
    for t in (
        StateChanged,
        PaymentRecorded,
        Received,
        StaffCommandRun,
        Answered,
        EventDated,
        Alerted,
        Approval,
        Called,
        Bounced,
        Withdrawn,
        TemplateFailed,
        BankCredit,
        Reviewed,
    )
}
"""Every typed kind by its stored name."""

_BASE = frozenset({"at", "contract", "milestone"})


class EventSink(Protocol):
    """Where events are recorded: :class:`daemon.storage.store.Store` (its ``add_event``)."""

    def add_event(
        self,
        at: datetime,
        kind: str,
        contract: str | None = None,
        milestone: str | None = None,
        /,
        **data: Any,
    ) -> None: ...


def record(sink: EventSink, event: HistoryEvent) -> None:
    """Append ``event`` to the history of ``sink``, in its stored form."""
    sink.add_event(event.at, event.kind, event.contract, event.milestone, **event.data)


# --- encoding ------------------------------------------------------------------------------


def encode(event: HistoryEvent) -> dict[str, Any]:
    """The stored document of ``event``: JSON types only (ISO dates, Decimal as string)."""
    if isinstance(event, OtherEvent):
        data = {k: _json(v) for k, v in event.raw.items()}
    elif isinstance(event, Reviewed):
        data = {k: _json(v) for k, v in event.figures.items()}
    else:
        data = {}
        for f in dataclasses.fields(event):
            if f.name in _BASE:
                continue
            data[event.RENAMED.get(f.name, f.name)] = _json(getattr(event, f.name))
    return {
        "at": event.at.isoformat(),
        "kind": event.kind,
        "contract": event.contract,
        "milestone": event.milestone,
        "data": data,
    }


def _json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _json(v) for k, v in value.items()}
    return value


# --- decoding ------------------------------------------------------------------------------


def decode(doc: Mapping[str, Any] | HistoryEvent) -> HistoryEvent:
    """The typed event of a stored document (``at`` a datetime or ISO string).

    Missing or malformed values take the field's default; an unknown kind is kept as
    :class:`OtherEvent`. Never raises for a document whose ``at`` is readable. An event
    that is already typed is returned as it is.
    """
    if isinstance(doc, HistoryEvent):
        return doc
    at = doc["at"] if isinstance(doc["at"], datetime) else datetime.fromisoformat(doc["at"])
    base: dict[str, Any] = {
        "at": at,
        "contract": doc.get("contract"),
        "milestone": doc.get("milestone"),
    }
    kind = str(doc.get("kind") or "")
    data = doc.get("data") or {}
    if not isinstance(data, Mapping):
        data = {}
    cls = TYPES.get(kind)
    if cls is None:
        return OtherEvent(**base, name=kind, raw=dict(data))
    if cls is Reviewed:
        return Reviewed(**base, figures=dict(data))
    values: dict[str, Any] = {}
    for name, key, annotation in _stored_fields(cls):
        if key in data:
            parsed = _parse(annotation, data[key])
            if parsed is not _BAD:
                values[name] = parsed
    try:
        return cls(**base, **values)
    except TypeError:  # a required field is missing: keep what there is
        return OtherEvent(**base, name=kind, raw=dict(data))


_BAD = object()


_FIELDS: dict[type[HistoryEvent], tuple[tuple[str, str, str], ...]] = {}


def _stored_fields(cls: type[HistoryEvent]) -> tuple[tuple[str, str, str], ...]:
    """(field name, stored key, annotation) of each field a kind stores in ``data``: worked
    out once per kind, not once per event (a report decodes 100,000 of them)."""
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple(
            (f.name, cls.RENAMED.get(f.name, f.name), str(f.type))
            for f in dataclasses.fields(cls)
            if f.name not in _BASE
        )
    return found


def _parse(annotation: Any, value: Any) -> Any:
    """``value`` as the field's type (annotations are strings: ``from __future__``)."""
    kind = str(annotation)
    if value is None:
        return None if "None" in kind else _BAD
    try:
        if kind.startswith("datetime"):
            parsed = datetime.fromisoformat(value)
            return parsed if parsed.tzinfo is not None else _BAD
        if kind.startswith("date"):
            return date.fromisoformat(str(value)[:10])
        if kind.startswith("Decimal"):
            return Decimal(str(value))
        if kind.startswith("tuple"):
            return tuple(str(v) for v in value) if isinstance(value, list) else _BAD
        if kind.startswith("bool"):
            return bool(value)
        if kind.startswith("Mapping"):
            return dict(value) if isinstance(value, Mapping) else _BAD
        if kind.startswith("str"):
            return value if isinstance(value, str) else str(value)
    except (TypeError, ValueError, InvalidOperation):
        return _BAD
    return value
