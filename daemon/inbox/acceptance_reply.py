"""Acceptance by email (issue 13.7): a client's "验收合格 / accepted", a staff ``accepted``.

Why: "N days after acceptance" milestones wait for a date the YAML rarely has when the
work is accepted. When the YAML leaves the contract's acceptance event empty:

* a confident ``acceptance`` reply from an authenticated contact of the contract's client
  records the day the client wrote (in its timezone) as the acceptance date, unless a
  date is already known (written, recorded, cleared by staff, or deemed earlier); the PM
  is told which payments now start and how to correct it. Nothing goes to the client;
* a staff ``accepted DATE`` sets (or changes) it, ``accepted clear`` removes it (and
  suspends deemed acceptance); a date written in the YAML is never overridden.

The rules for which date counts are :mod:`daemon.domain.acceptance`. Pure: facts in, a
:class:`~daemon.inbox.facts.Decision` out.
"""

from __future__ import annotations

from datetime import date

from daemon.config.record_ops import replace
from daemon.domain import resolve
from daemon.domain.acceptance import acceptance_event
from daemon.domain.events import EventDated
from daemon.domain.ledger import ContractView
from daemon.domain.state import LearnedEvent
from daemon.inbox.facts import Decision, Facts, clean_line, describe, pm_alert
from daemon.mail import formatting

_ALREADY = frozenset({"config", "client", "staff", "cleared"})
"""Sources of an acceptance date a client's reply does not replace."""


def client_acceptance(f: Facts) -> Decision | None:
    """The decision for a client's acceptance reply, or None when the PM must decide."""
    c = f.classification
    if c.kind != "acceptance" or not c.confident or f.auth.role != "client":
        return None
    view = f.ledger.contract(f.match.contract or "")
    if not f.auth.allowed or view is None:
        return None
    name = acceptance_event(view.contract)
    if name not in view.contract.events:
        return None  # nothing in the contract waits for acceptance: the PM is asked
    known = view.event_dates[name]
    day = f.when.astimezone(view.timezone).date()
    words = clean_line("; ".join(c.evidence) or f.mail.text.strip(), 300)
    values = {**describe(f), "contract": view.contract.title, "words": words, "event": name}
    deemed_first = known.source == "deemed" and known.day is not None and known.day <= day
    if known.source in _ALREADY or deemed_first:
        email, alerted = pm_alert(f, "acceptance_known", {**values, "known": known.describe()})
        return Decision("processed", "acceptance_known", emails=(email,), events=(alerted,))
    learned = LearnedEvent(day, "client", f.now, f.mail.from_addr, f.inbound_id)
    dated = _event(f, view, name, learned, known.describe())
    values |= {"date": day.isoformat(), "before": known.describe()}
    values["starts"] = starts(view, name, day, f.language)
    email, alerted = pm_alert(f, "acceptance_recorded", values)
    return Decision(
        "processed",
        "acceptance_recorded",
        emails=(email,),
        events=(dated, alerted),
        dated=((view.id, name, learned),),
    )


def staff_accepted(
    f: Facts, day: date | None
) -> tuple[str, tuple[str, str, LearnedEvent] | None, EventDated | None]:
    """(answer to the staff member, what to store, the history event) of ``accepted``.

    ``day`` None is ``accepted clear``. Nothing to store when it cannot be done (the
    answer says why).
    """
    view = f.ledger.contract(f.match.contract or "")
    if view is None:
        return "cuikuan cannot tell which contract this is about.", None, None
    name = acceptance_event(view.contract)
    if name not in view.contract.events:
        return (
            f"{view.id} has no '{name}' event: nothing waits for acceptance. Add "
            f"'events: {{{name}: null}}' and 'due_after: {{event: {name}, days: N}}' to the "
            "YAML for milestones due after acceptance.",
            None,
            None,
        )
    known = view.event_dates[name]
    if known.source == "config":
        return (
            f"the YAML says {known.describe()}: edit it there (a date in the YAML wins).",
            None,
            None,
        )
    learned = LearnedEvent(day, "staff", f.now, f.mail.from_addr, f.inbound_id)
    event = _event(f, view, name, learned, known.describe())
    if day is None:
        result = f"{view.id}: {name} date removed (was {known.describe()}); "
        result += "milestones due after it wait for a date again (deemed acceptance too)."
    else:
        result = f"{view.id}: {name} = {day.isoformat()} (was {known.describe()}).\n"
        result += starts(view, name, day, f.language)
    return result, (view.id, name, learned), event


def starts(view: ContractView, name: str, day: date, language: str) -> str:
    """One line per milestone due after ``name``: its amount and its due date from ``day``."""
    lines = []
    contract = view.contract
    for m in contract.milestones:
        if m.due_after is None or m.due_after.event != name:
            continue
        due = resolve.due_date(replace(contract, events={name: day}), m)
        amount = formatting.format_money(
            resolve.milestone_amount(contract, m), contract.currency, language
        )
        lines.append(f"- {m.name} ({amount}): {due.isoformat() if due else '?'}")
    return "\n".join(lines) or "-"


def _event(
    f: Facts, view: ContractView, name: str, learned: LearnedEvent, before: str
) -> EventDated:
    return EventDated(
        at=f.now,
        contract=view.id,
        milestone=f.match.milestone,
        event=name,
        day=learned.day,
        source=learned.source,
        before=before,
        sender=f.mail.from_addr,
        message_id=f.inbound_id,
    )
