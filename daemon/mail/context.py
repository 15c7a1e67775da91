"""The template context of a letter: display-ready facts from the config, state and ledger.

:func:`context_for` holds what every letter about a contract (and milestone) may show, for
stages and acks alike; :func:`build_context` adds a chase stage's own facts (its rank among
the reminders really sent, tone, invoice). Amounts and dates are formatted in the letter's
language here, so templates stay free of logic about money. Split out of
:mod:`daemon.mail.rendering` so that new letter facts (statements, interest, several
milestones in one letter) extend the context without touching the Jinja2 machinery.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, Protocol

from daemon.config.records import Client, Config, Contract, Milestone, Person
from daemon.domain.correspondence import CHASE_STAGES, correspondence
from daemon.domain.disputes import undisputed
from daemon.domain.emails import PlannedEmail, reference_token
from daemon.domain.ledger import Ledger, effective_status
from daemon.domain.payments import paid_so_far, payment
from daemon.domain.resolve import (
    client_timezone,
    discount_deadline,
    discounted_amount,
    due_date,
    effective_policy,
    milestone_amount,
)
from daemon.domain.stages import INVOICE_STAGES, recipients_of
from daemon.domain.state import SendKey, StateView
from daemon.errors import TemplateError
from daemon.mail import formatting
from daemon.mail.dispute_text import dispute_note
from daemon.mail.interest_text import letter_interest
from daemon.mail.pay_now import pay_now_extras, with_pay_now


class Addressed(Protocol):
    """What :func:`email_context` reads of an email (a planned one, a mail spec)."""

    @property
    def key(self) -> SendKey: ...

    @property
    def language(self) -> str: ...

    @property
    def to(self) -> tuple[str, ...]: ...


def email_context(
    config: Config, email: Addressed, state: StateView, now: datetime
) -> dict[str, Any]:
    """:func:`context_for` of one email: its contract and milestone, in its language,
    greeting its first recipient by name, with its ``stage`` (the base templates show the
    part-payment and dispute notes on chase letters only: an ack to a partly paid
    milestone rendered without it failed, and the client's ack was never sent)."""
    ctx = context_for(
        config,
        email.key.contract,
        email.key.milestone,
        state,
        now,
        language=email.language,
        recipient=email.to[0] if email.to else None,
    )
    ctx["stage"] = email.key.stage
    return ctx


def build_context(
    config: Config,
    planned: PlannedEmail,
    state: StateView,
    now: datetime,
    *,
    evidence_attached: bool = False,
) -> dict[str, Any]:
    """Everything the stage templates use: :func:`context_for` plus the stage's own facts.

    Adds ``amount_due``, ``reminder_number`` (the key's seq), ``has_invoice``,
    ``invoice_name``, ``invoice_path`` and ``evidence_attached``; the legal stage greets
    legal counsel.
    """
    key = planned.key
    ctx = email_context(config, planned, state, now)
    _client, contract, milestone = _lookup(Ledger(config, state), key.contract, key.milestone)
    if "legal" in recipients_of(key.stage).to:  # a letter to counsel greets counsel
        counsel = config.settings.legal.name if config.settings.legal else ""
        ctx["recipient_name"] = counsel or formatting.LEGAL_COUNSEL[ctx["language"]]
    tz, lang = client_timezone(config.settings, _client), ctx["language"]
    ctx["interest"] = letter_interest(contract, milestone, state, now, tz, lang, key.stage)
    ctx["amount_due"] = _amount_due(ctx)
    ctx["pay_now"], ctx["pay_now_images"] = pay_now_extras(
        config, contract, milestone, key.stage, lang, state
    )
    ctx.update(_letter_facts(config, planned, state, ctx))
    ctx["evidence_attached"] = evidence_attached
    invoice = None
    if key.stage in INVOICE_STAGES and milestone is not None and milestone.invoice is not None:
        invoice = config_path(config, milestone.invoice)
        if not invoice.is_file():
            raise TemplateError(
                f"invoice {invoice} of {contract.id}/{milestone.id} does not exist: "
                "fix the invoice path in the config or remove it"
            )
    ctx["invoice_path"] = invoice
    ctx["has_invoice"] = invoice is not None
    ctx["invoice_name"] = invoice.name if invoice is not None else ""
    return ctx


def _letter_facts(
    config: Config, planned: PlannedEmail, state: StateView, ctx: Mapping[str, Any]
) -> dict[str, Any]:
    """Counts and tone from what the client really received before this email.

    ``reminder_number`` is this reminder's rank among the reminders really sent (a skipped
    slot is not counted); ``first_contact`` is true when no chase email about the milestone
    reached the client yet (a contract added while already overdue); ``firm`` when the
    payment is at least ``demand_after_days`` late.
    """
    key = planned.key
    letters = correspondence(
        state.sends_of(key.contract, key.milestone), key.contract, key.milestone
    )
    earlier = [r for r in letters.chase if r.key != key]
    view = Ledger(config, state).contract(key.contract)
    assert view is not None  # context_for checked it
    policy = view.policy
    milestone = ctx["milestone"]
    overdue = milestone["days_overdue"] if milestone else 0
    return {
        "reminder_number": sum(1 for r in earlier if r.key.stage == "reminder") + 1,
        "first_contact": key.stage in CHASE_STAGES and not earlier,
        "firm": overdue >= policy.demand_after_days,
    }


def _amount_due(ctx: Mapping[str, Any]) -> str:
    """What a letter asks the client to pay today: what remains of the payment (less a part
    in dispute, issue 14.4), plus the
    interest to date where the letter states it (so the request line and the interest
    block name one and the same total). Empty for a letter about no payment."""
    interest, milestone = ctx["interest"], ctx["milestone"]
    if interest and not interest["accruing"]:
        return str(interest["total"])
    return str(milestone["undisputed"]) if milestone else ""  # a disputed part: not asked


def context_for(
    config: Config,
    contract_id: str,
    milestone_id: str | None,
    state: StateView,
    now: datetime,
    *,
    language: str | None = None,
    recipient: str | None = None,
) -> dict[str, Any]:
    """The context of a letter about a contract (and milestone), for stages and acks alike.

    ``recipient`` picks the contact greeted by name; ``language`` defaults to the client's.
    """
    client, contract, milestone = _lookup(Ledger(config, state), contract_id, milestone_id)
    settings = config.settings
    lang = language or client.language or settings.language
    tz = client_timezone(settings, client)
    today = now.astimezone(tz).date()
    policy = effective_policy(settings, contract)
    letters = correspondence(state.sends_of(contract.id, milestone_id), contract.id, milestone_id)
    sent = letters.chase if milestone_id is not None else letters.received
    return {
        "language": lang,
        "today": formatting.format_date(today, lang),
        "company": settings.company,
        "pm": _person(settings.pm),
        "supervisor": _person(settings.supervisor),
        "finance": _person(settings.finance),
        "legal": _person(settings.legal),
        "client": {"id": client.id, "name": client.name},
        "recipient_name": _recipient_name(client, recipient),
        "contract": {
            "id": contract.id,
            "title": contract.title,
            "currency": contract.currency,
            "total": formatting.format_money(contract.total, contract.currency, lang),
            "signed": formatting.format_date(contract.signed, lang),
            # ends with the pay-now block: account, reference, never by email (issue 13.4)
            "payment_instructions": with_pay_now(settings, contract, milestone, lang),
        },
        "milestone": _milestone(contract, milestone, state, today, tz, lang) if milestone else None,
        "next_milestone": _next_unpaid(contract, milestone, state, today, tz, lang),
        "contract_settled": all(_verified_paid(contract, m, state) for m in contract.milestones),
        "promise": _promise(contract, milestone, state, tz, lang) if milestone else None,
        "schedule": [_milestone(contract, m, state, today, tz, lang) for m in contract.milestones],
        "discount": _discount(contract, milestone, state, today, lang) if milestone else None,
        "discount_terms": (
            {
                "percent": formatting.format_percent(contract.discount.percent, lang),
                "days_before_due": contract.discount.days_before_due,
            }
            if contract.discount
            else None
        ),
        "stage": None,  # a chase letter's or ack's own: email_context sets it
        "reminder_number": 0,
        "first_contact": False,
        "firm": False,
        "demand_deadline": formatting.format_date(
            today + timedelta(days=policy.demand_deadline_days), lang
        ),
        "emails_sent_count": len(sent),
        "history": [
            {
                "date": formatting.format_date(r.at.astimezone(tz), lang),
                "stage": r.key.stage,
                "stage_name": formatting.stage_name(r.key.stage, r.key.seq, lang),
                "seq": r.key.seq,
            }
            for r in sent
        ],
        "token": reference_token(contract.id, milestone_id),
        "interest": None,
        "pay_now": None,
        "has_invoice": False,
        "invoice_name": "",
        "evidence_attached": False,
    }


def _lookup(
    ledger: Ledger, contract_id: str, milestone_id: str | None
) -> tuple[Client, Contract, Milestone | None]:
    found = ledger.find(contract_id, milestone_id)
    if found is None:
        what = f"{contract_id}/{milestone_id}" if milestone_id else contract_id
        raise TemplateError(f"cannot render: {what} is not in the config")
    return found


def _milestone(
    contract: Contract, m: Milestone, state: StateView, today: date, tz: tzinfo, lang: str
) -> dict[str, Any]:
    amount = milestone_amount(contract, m)
    due = due_date(contract, m)
    if due is not None:
        due_text = formatting.format_date(due, lang)
    else:
        assert m.due_after is not None
        due_text = formatting.format_relative_due(m.due_after.event, m.due_after.days, lang)
    ms = state.milestone(contract.id, m.id)
    paid = _verified_paid(contract, m, state)
    so_far = paid_so_far(contract, m, ms)
    paid_facts = payment(contract, m, ms, tz)
    paid_on = paid_facts.on or (today if paid else None)
    paid_amount = paid_facts.amount or amount
    return {
        "id": m.id,
        "name": m.name,
        "label": formatting.payment_label(m.name, lang),
        "amount": formatting.format_money(amount, contract.currency, lang),
        "amount_value": amount,
        "percent": formatting.format_percent(m.percent, lang) if m.percent else None,
        "due": due_text,
        "due_known": due is not None,
        "days_overdue": max(0, (today - due).days) if due else 0,
        "days_until_due": max(0, (due - today).days) if due else None,
        "paid": paid,
        "upcoming": not paid and (due is None or due > today),
        "paid_on": formatting.format_date(paid_on, lang) if paid_on else None,
        "paid_amount": formatting.format_money(paid_amount, contract.currency, lang),
        # partial payments (issue 13.1): verified so far and what remains
        "partly_paid": so_far.partly_paid,
        "paid_so_far": formatting.format_money(so_far.paid, contract.currency, lang),
        "remaining": formatting.format_money(so_far.remaining, contract.currency, lang),
        # a part disputed or written off (issue 14.4): what is disputed, what is due
        "dispute_note": dispute_note(ms, so_far, contract.currency, lang),
        "undisputed": formatting.format_money(undisputed(so_far, ms), contract.currency, lang),
    }


def _promise(
    contract: Contract, m: Milestone, state: StateView, tz: tzinfo, lang: str
) -> dict[str, str] | None:
    """The client's last promise about ``m``: its date, its own words, when it was made."""
    ms = state.milestone(contract.id, m.id)
    if ms.promised_date is None:
        return None
    made = ms.promise_made.astimezone(tz).date() if ms.promise_made else None
    return {
        "date": formatting.format_date(ms.promised_date, lang),
        "words": ms.promise_words,
        "said_on": formatting.format_date(made, lang) if made else "",
    }


def _verified_paid(contract: Contract, m: Milestone, state: StateView) -> bool:
    """Paid as verified by staff or the YAML; a client's unverified claim is not."""
    return effective_status(m, state.milestone(contract.id, m.id), contract) == "paid"


def _next_unpaid(
    contract: Contract,
    current: Milestone | None,
    state: StateView,
    today: date,
    tz: tzinfo,
    lang: str,
) -> dict[str, Any] | None:
    if current is None:
        return None
    later = contract.milestones[contract.milestones.index(current) + 1 :]
    for m in later:
        info = _milestone(contract, m, state, today, tz, lang)
        if not info["paid"]:
            return info
    return None


def _discount(
    contract: Contract, m: Milestone, state: StateView, today: date, lang: str
) -> dict[str, Any] | None:
    """The early-payment discount, only while it still applies on ``today``."""
    deadline = discount_deadline(contract, m)
    reduced = discounted_amount(contract, m)
    if contract.discount is None or deadline is None or reduced is None or today > deadline:
        return None
    if effective_status(m, state.milestone(contract.id, m.id), contract) == "paid":
        return None
    full = milestone_amount(contract, m)
    return {
        "percent": formatting.format_percent(contract.discount.percent, lang),
        "deadline": formatting.format_date(deadline, lang),
        "amount": formatting.format_money(reduced, contract.currency, lang),
        "savings": formatting.format_money(full - reduced, contract.currency, lang),
        "days_before_due": contract.discount.days_before_due,
    }


def _person(p: Person | None) -> dict[str, str] | None:
    if p is None:
        return None
    return {"name": p.name or p.email, "email": p.email}


def _recipient_name(client: Client, recipient: str | None) -> str:
    contacts = client.contacts.to
    chosen = next((c for c in contacts if c.email == (recipient or "").lower()), contacts[0])
    return chosen.name or client.name


def config_path(config: Config, path: Path) -> Path:
    """``path`` from the config, relative paths taken from the config file's folder."""
    return path if path.is_absolute() else config.base_dir / path
