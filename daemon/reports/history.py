"""``cuikuan history``: everything that happened to a contract, in order.

Why: when a client says "you never told us", the PM (or counsel) needs the whole story of
a contract — every email sent (the ``sends`` table) and received (``received`` events, with
how each was classified), every state change, every staff command, bounce and alert —
with timestamps, in one list. :func:`timeline` builds it as a pure function of the sends
and events; the renderers turn it into text, CSV, HTML or JSON. A fully paid contract
ends with its review (:func:`daemon.reports.metrics.contract_review`).
"""

from __future__ import annotations

import csv
import html
import io
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from email.parser import BytesHeaderParser
from email.policy import default
from typing import Any
from zoneinfo import ZoneInfo

from daemon.config.records import Config
from daemon.domain import events as history_events
from daemon.domain.events import (
    Alerted,
    Answered,
    BankCredit,
    Bounced,
    EventDated,
    HistoryEvent,
    Received,
    Reviewed,
    StaffCommandRun,
    StateChanged,
    TemplateFailed,
    Withdrawn,
)
from daemon.domain.state import SendRecord, StateView
from daemon.inbox import dkim_check
from daemon.outbox.archive import Archive
from daemon.reports import metrics
from daemon.reports.asof import Event
from daemon.reports.metrics import ContractReview
from daemon.storage.store import Store

log = logging.getLogger(__name__)

COLUMNS = ("at", "kind", "milestone", "summary")


@dataclass(frozen=True)
class TimelineEntry:
    """One line of a contract's history."""

    at: datetime
    kind: str
    """sent, skipped, failed, withdrawn, pending (emails we sent); received; state_change;
    staff_command; bounce; alert; template_error; review; or any other event kind."""
    milestone: str | None
    summary: str
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "kind": self.kind,
            "milestone": self.milestone,
            "summary": self.summary,
            "data": self.data,
        }


def timeline(
    sends: Iterable[SendRecord],
    events: Iterable[Event],
    contract: str,
    milestone: str | None = None,
    *,
    subjects: Mapping[str, str] | None = None,
    review: ContractReview | None = None,
) -> list[TimelineEntry]:
    """The history of ``contract`` (one milestone of it when given), oldest first.

    ``subjects`` maps Message-IDs of sent mail to their subject (from the archive).
    ``review`` is appended at the end unless a ``review`` event is already there.
    """
    subjects = subjects or {}
    entries: list[TimelineEntry] = []
    for record in sends:
        key = record.key
        if key.contract != contract or (milestone is not None and key.milestone != milestone):
            continue
        entries.append(_send_entry(record, subjects.get(record.message_id)))
    for event in events:
        typed = history_events.decode(event)
        if typed.contract != contract:
            continue
        if milestone is not None and typed.milestone not in (milestone, None):
            continue
        entries.append(_event_entry(event, typed))
    entries.sort(key=lambda e: e.at)  # stable: sends before events at the same instant
    if review is not None and not any(e.kind == "review" for e in entries):
        data = review.to_json()
        entries.append(
            TimelineEntry(
                at=entries[-1].at if entries else datetime.combine(review.paid_off, time(), UTC),
                kind="review",
                milestone=None,
                summary=review_summary(data),
                data=data,
            )
        )
    return entries


def _send_entry(record: SendRecord, subject: str | None) -> TimelineEntry:
    key = record.key
    stage = f"{key.stage} #{key.seq}" if key.seq else key.stage
    status = "withdrawn (never sent)" if record.status == "withdrawn" else record.status
    summary = f"email {stage} {status}"
    if record.to:
        summary += f" to {', '.join(record.to)}"
    if subject:
        summary += f": {subject}"
    summary += f" {record.message_id}"
    return TimelineEntry(
        at=record.at,
        kind=record.status if record.status != "sent" else "sent",
        milestone=key.milestone,
        summary=summary,
        data={
            "stage": key.stage,
            "seq": key.seq,
            "status": record.status,
            "message_id": record.message_id,
            "to": list(record.to),
            "subject": subject,
        },
    )


def _event_entry(event: Event, typed: HistoryEvent) -> TimelineEntry:
    stored = event.get("data") if isinstance(event, Mapping) else None
    data = dict(stored) if isinstance(stored, Mapping) else typed.data
    return TimelineEntry(
        at=typed.at, kind=typed.kind, milestone=typed.milestone, summary=_summary(typed), data=data
    )


def _summary(e: HistoryEvent) -> str:
    """One readable line per event kind (unknown kinds show their data)."""
    if isinstance(e, Received):
        text = f"email from {e.sender or '?'}: {e.subject or '(no subject)'}"
        text += f" — classified {e.reply_kind or '?'}"
        if e.rule:
            text += f" ({e.rule})"
        if e.promised_date:
            text += f", promised {e.promised_date.isoformat()}"
        if e.matched_via:
            text += f"; matched by {e.matched_via}"
        if e.dkim:
            text += f"; {dkim_check.summary(e.dkim)}"
        if e.message_id:
            text += f" {e.message_id}"
        return text
    if isinstance(e, StateChanged):
        text = f"{e.old} -> {e.new}: {e.cause}".rstrip(": ")
        if e.reason:
            text += f" ({e.reason})"
        if e.hold_until:
            text += f"; no chase before {e.hold_until.isoformat()}"
        return text
    if isinstance(e, StaffCommandRun):
        outcome = "done" if e.ok else "refused"
        text = f"{e.sender or '?'}: {e.command or '?'} {e.args}".rstrip()
        return f"{text} -> {outcome}: {e.result}".rstrip(": ")
    if isinstance(e, Bounced):
        how = "permanent" if e.permanent else "temporary"
        return f"{how} bounce for {e.address} ({e.status or '?'})"
    if isinstance(e, Answered):
        text = f"answered {e.sender or 'the client'}: sent {', '.join(e.items) or '?'}"
        if e.hold_until:
            text += f"; no chase before {e.hold_until.isoformat()}"
        return text
    if isinstance(e, EventDated):
        now = e.day.isoformat() if e.day else "no date"
        return f"{e.event} {now} ({e.source} {e.sender}); before: {e.before or '-'}"
    if isinstance(e, Alerted):
        return f"PM alerted: {e.title}"
    if isinstance(e, TemplateFailed):
        return f"template error in {e.stage}: {e.error}"
    if isinstance(e, Withdrawn):
        return f"{e.stage} email withdrawn, never sent: {e.reason} {e.message_id}"
    if isinstance(e, Reviewed):
        return review_summary(e.figures)
    if isinstance(e, BankCredit):
        text = f"bank credit of {e.booked} {e.amount} {e.currency} from {e.payer or '?'}"
        text += f" (“{e.memo or '-'}”): {e.outcome}"
        text += f" by {e.by}" if e.by and e.by != "bank" else ""
        return text + (f"; {e.statement}" if e.statement else "") + f" [credit {e.credit}]"
    return json.dumps(e.data, ensure_ascii=False, sort_keys=True, default=str)


def review_summary(d: Mapping[str, Any]) -> str:
    """``fully paid on 2026-09-20: 10.0 days late on average (worst 10), 9 emails, ...``."""
    return (
        f"fully paid on {d.get('paid_off')}: {d.get('avg_days_late')} days late on average "
        f"(worst {d.get('worst_days_late')}), {d.get('emails')} emails, "
        f"{d.get('disputes')} disputes"
    )


def review_of(
    config: Config, state: StateView, events: Iterable[Event], contract: str, now: datetime
) -> ContractReview | None:
    """The review of ``contract`` if every milestone of it is paid at ``now``."""
    facts = [f for f in metrics.build_facts(config, state, events, now) if f.contract == contract]
    return metrics.contract_review(facts)


# -- I/O helpers -----------------------------------------------------------------------


def record_reviews(config: Config, store: Store, now: datetime) -> list[str]:
    """Add a ``review`` event for each contract fully paid at ``now`` that has none yet.

    Idempotent: call it after each tick; returns the contracts reviewed this time. Its
    cost does not grow with the history: the contracts already reviewed come from the
    store's index, and the history is read only on the transition to paid (when some
    contract without a review is fully paid), to compute that review.
    """
    reviewed = store.reviewed_contracts()
    state = store.snapshot()
    candidates = {
        contract
        for contract, items in _by_contract(metrics.build_facts(config, state, (), now)).items()
        if contract not in reviewed and metrics.contract_review(items) is not None
    }
    if not candidates:
        return []
    by_contract = _by_contract(metrics.build_facts(config, state, store.events(), now))
    done = []
    with store.batch():
        for contract, items in by_contract.items():  # in config order
            if contract not in candidates:
                continue
            review = metrics.contract_review(items)
            if review is None:
                continue
            data = {k: v for k, v in review.to_json().items() if k != "contract"}
            history_events.record(store, Reviewed(at=now, contract=contract, figures=data))
            done.append(contract)
    if done:
        log.info("fully paid, reviewed: %s", ", ".join(done))
    return done


def _by_contract(facts: Iterable[metrics.MilestoneFact]) -> dict[str, list[metrics.MilestoneFact]]:
    out: dict[str, list[metrics.MilestoneFact]] = {}
    for fact in facts:
        out.setdefault(fact.contract, []).append(fact)
    return out


def archived_subjects(archive: Archive, sends: Iterable[SendRecord]) -> dict[str, str]:
    """Subjects of archived sent mail, by Message-ID (missing files are skipped)."""
    out: dict[str, str] = {}
    parser = BytesHeaderParser(policy=default)
    for record in sends:
        raw = archive.get("sent", record.message_id) if record.message_id else None
        if raw is None:
            continue
        try:
            out[record.message_id] = str(parser.parsebytes(raw).get("Subject", ""))
        except Exception:  # a damaged file must not stop a history
            log.warning("cannot read the subject of archived %s", record.message_id)
    return out


# -- renderers -------------------------------------------------------------------------


def _local(at: datetime, tz: ZoneInfo) -> str:
    return at.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def rows(entries: Iterable[TimelineEntry], tz: ZoneInfo) -> list[dict[str, str]]:
    return [
        {
            "at": _local(e.at, tz),
            "kind": e.kind,
            "milestone": e.milestone or "-",
            "summary": e.summary,
        }
        for e in entries
    ]


def to_json(entries: Iterable[TimelineEntry]) -> str:
    return json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=2) + "\n"


def to_csv(entries: Iterable[TimelineEntry], tz: ZoneInfo) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[*COLUMNS, "at_iso"], lineterminator="\n")
    writer.writeheader()
    items = list(entries)
    for entry, row in zip(items, rows(items, tz), strict=True):
        writer.writerow({**row, "at_iso": entry.at.isoformat()})
    return buffer.getvalue()


def to_html(entries: Iterable[TimelineEntry], tz: ZoneInfo, title: str) -> str:
    """A self-contained HTML page (no scripts, no external resources)."""
    body = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(r[c])}</td>" for c in COLUMNS) + "</tr>"
        for r in rows(entries, tz)
    )
    head = "".join(f"<th>{c}</th>" for c in COLUMNS)
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;font-size:13px}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}"
        "</style></head><body>"
        f"<h1>{html.escape(title)}</h1>\n<table><tr>{head}</tr>\n{body}\n</table>"
        f"<p>Times in {html.escape(str(tz))}.</p></body></html>\n"
    )
