"""Turn a planned email into subject, plain text and HTML, from Jinja2 templates.

Templates live in ``templates/<language>/<name>.{subject,txt,html}.j2``; a PM may override
any of them file by file with ``settings.templates_dir``. Rendering is strict: an unknown
variable, a syntax error or a missing file raises :class:`~daemon.errors.TemplateError`
naming the template, so a broken override never sends half a letter. Only HTML is
autoescaped (a client called ``<script>`` stays text). The subject is always one line.

The context (:func:`build_context`) holds display-ready strings: amounts and dates are
formatted in the letter's language, so templates stay free of logic about money.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from markupsafe import Markup, escape

from daemon.config.schema import Client, Config, Contract, Milestone, Person
from daemon.domain.correspondence import CHASE_STAGES, correspondence
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
from daemon.domain.state import StateView
from daemon.errors import TemplateError
from daemon.mail import formatting
from daemon.mail.pay_now import with_pay_now

logger = logging.getLogger(__name__)


def _shipped_templates(module: str | Path = __file__) -> Path:
    """daemon/templates when installed (package data), else templates/ of the checkout.

    ``module`` is this file, daemon/mail/rendering.py: the package root is two levels up.
    """
    package = Path(module).resolve().parent.parent
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"


SHIPPED_TEMPLATES = _shipped_templates()
"""The templates that come with cuikuan."""


_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class RenderedEmail:
    """A rendered email, ready for :func:`daemon.mail.compose.compose`."""

    subject: str
    text: str
    html: str
    attachments: tuple[Path, ...] = ()


class Renderer:
    """A Jinja2 environment over override folders (first) and the shipped templates."""

    def __init__(self, templates_dirs: Sequence[Path]) -> None:
        self.templates_dirs = tuple(Path(d) for d in templates_dirs)
        loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d)) for d in self.templates_dirs])
        self.env = jinja2.Environment(
            loader=loader,
            undefined=jinja2.StrictUndefined,
            autoescape=_autoescape,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.env.filters["money"] = _money_filter
        self.env.filters["date"] = _date_filter
        self.env.filters["percent"] = _percent_filter
        self.env.filters["nl2br"] = _nl2br

    @classmethod
    def for_config(cls, config: Config) -> Renderer:
        """Override folder from ``settings.templates_dir`` (if any), then the shipped one."""
        dirs: list[Path] = []
        if config.settings.templates_dir is not None:
            dirs.append(_config_path(config, config.settings.templates_dir))
        dirs.append(SHIPPED_TEMPLATES)
        return cls(dirs)

    def render(
        self,
        config: Config,
        planned: PlannedEmail,
        state: StateView,
        now: datetime,
        *,
        evidence: Sequence[Path] = (),
    ) -> RenderedEmail:
        """:func:`render` with this environment (templates are parsed once, then cached)."""
        return render(config, planned, state, now, renderer=self, evidence=evidence)

    def render_named(
        self,
        language: str,
        name: str,
        context: Mapping[str, Any],
        attachments: Sequence[Path] = (),
    ) -> RenderedEmail:
        """Render ``<language>/<name>.{subject,txt,html}.j2`` with ``context``."""
        if language not in formatting.LOCALES:
            raise TemplateError(f"no templates for language {language!r}: use zh or en")
        if not _NAME_RE.match(name):
            raise TemplateError(f"{name!r} is not a template name")
        ctx = {"language": language, **context}
        subject = " ".join(self._render(f"{language}/{name}.subject.j2", ctx).split())
        if not subject:
            raise TemplateError(f"{language}/{name}.subject.j2 rendered an empty subject")
        ctx["subject"] = subject
        text = _tidy_text(self._render(f"{language}/{name}.txt.j2", ctx))
        html = self._render(f"{language}/{name}.html.j2", ctx).strip() + "\n"
        return RenderedEmail(subject, text, html, tuple(attachments))

    def _render(self, name: str, context: Mapping[str, Any]) -> str:
        try:
            template = self.env.get_template(name)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(_syntax_message(name, exc)) from exc
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(
                f"template {exc.name} not found in {', '.join(map(str, self.templates_dirs))}"
            ) from exc
        try:
            return template.render(context)
        except jinja2.TemplateSyntaxError as exc:  # in an extended or included template
            raise TemplateError(_syntax_message(name, exc)) from exc
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(
                f"{_where(name, template, exc.__traceback__)}: template {exc.name} not found"
            ) from exc
        except jinja2.UndefinedError as exc:
            raise TemplateError(
                f"{_where(name, template, exc.__traceback__)}: {exc.message} "
                "(a variable the template uses is not in the context; check its spelling)"
            ) from exc
        except Exception as exc:  # a filter or test failed on a value: still a template error
            raise TemplateError(
                f"{_where(name, template, exc.__traceback__)}: {type(exc).__name__}: {exc}"
            ) from exc


def render(
    config: Config,
    planned: PlannedEmail,
    state: StateView,
    now: datetime,
    *,
    renderer: Renderer | None = None,
    evidence: Sequence[Path] = (),
) -> RenderedEmail:
    """Render the email ``planned`` stands for, as of ``now``.

    The milestone's invoice is attached for the stages in :data:`INVOICE_STAGES`;
    ``evidence`` files (legal stage) are attached after it.
    """
    renderer = renderer or Renderer.for_config(config)
    key = planned.key
    logger.debug("rendering %s/%s/%s/%s", key.contract, key.milestone, key.stage, key.seq)
    context = build_context(config, planned, state, now, evidence_attached=bool(evidence))
    attachments = [Path(p) for p in (context["invoice_path"],) if p is not None]
    attachments.extend(Path(p) for p in evidence)
    return renderer.render_named(planned.language, planned.key.stage, context, attachments)


def build_context(
    config: Config,
    planned: PlannedEmail,
    state: StateView,
    now: datetime,
    *,
    evidence_attached: bool = False,
) -> dict[str, Any]:
    """Everything the stage templates use: :func:`context_for` plus the stage's own facts.

    Adds ``stage``, ``reminder_number`` (the key's seq), ``has_invoice``, ``invoice_name``,
    ``invoice_path`` and ``evidence_attached``; the legal stage greets legal counsel.
    """
    key = planned.key
    recipient = planned.to[0] if planned.to else None
    ctx = context_for(
        config,
        key.contract,
        key.milestone,
        state,
        now,
        language=planned.language,
        recipient=recipient,
    )
    _client, contract, milestone = _lookup(Ledger(config, state), key.contract, key.milestone)
    if "legal" in recipients_of(key.stage).to:  # a letter to counsel greets counsel
        counsel = config.settings.legal.name if config.settings.legal else ""
        ctx["recipient_name"] = counsel or formatting.LEGAL_COUNSEL[ctx["language"]]
    ctx["stage"] = key.stage
    ctx.update(_letter_facts(config, planned, state, ctx))
    ctx["evidence_attached"] = evidence_attached
    invoice = None
    if key.stage in INVOICE_STAGES and milestone is not None and milestone.invoice is not None:
        invoice = _config_path(config, milestone.invoice)
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
    letters = correspondence(state.sends.values(), key.contract, key.milestone)
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
    letters = correspondence(state.sends.values(), contract.id, milestone_id)
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


def _config_path(config: Config, path: Path) -> Path:
    return path if path.is_absolute() else config.base_dir / path


def _autoescape(template_name: str | None) -> bool:
    return bool(template_name) and str(template_name).endswith(".html.j2")


@jinja2.pass_context
def _money_filter(ctx: jinja2.runtime.Context, amount: Decimal, currency: str | None = None) -> str:
    cur = currency or ctx["contract"]["currency"]
    return formatting.format_money(Decimal(amount), cur, ctx["language"])


@jinja2.pass_context
def _date_filter(ctx: jinja2.runtime.Context, value: date) -> str:
    return formatting.format_date(value, ctx["language"])


@jinja2.pass_context
def _percent_filter(ctx: jinja2.runtime.Context, points: Decimal) -> str:
    return formatting.format_percent(points, ctx["language"])


def _nl2br(value: str) -> Markup:
    """Escape ``value`` and keep its line breaks in HTML."""
    lines = str(value).splitlines()
    return Markup("<br>\n").join(escape(line) for line in lines)


def _tidy_text(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


def _syntax_message(name: str, exc: jinja2.TemplateSyntaxError) -> str:
    where = exc.filename or exc.name or name
    return f"{where}:{exc.lineno}: syntax error: {exc.message}"


def _where(name: str, template: jinja2.Template, tb: TracebackType | None) -> str:
    """``file:line`` of the innermost template frame of ``tb``, else the template's file."""
    filename, line = template.filename or name, None
    while tb is not None:
        code_file = tb.tb_frame.f_code.co_filename
        if code_file.endswith(".j2"):
            filename, line = code_file, tb.tb_lineno
        tb = tb.tb_next
    return f"{filename}:{line}" if line is not None else filename
