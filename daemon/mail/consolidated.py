"""The context of a consolidated letter: several milestones of one client in one email.

Issue 13.2. A :class:`~daemon.domain.consolidation.Consolidated` email lists each payment
it stands for in a table (contract, milestone, amount, due, days overdue, paid, remaining,
the reference to quote) and is written in the strictest tone among them. Every row comes
from the same per-milestone facts a single letter shows (:func:`context_for`), so the
figures are the ledger's; the template ``consolidated`` (zh, en) renders it.

What the letter asks for is only what is overdue: ``requested_totals`` sums the overdue
rows' remaining amounts plus the late-payment interest the letter states on them, and the
formal sentence of a demand (and the request of a reminder) names that sum; a row not yet
overdue is listed in ``upcoming`` with its own due date, "for your planning". (A demand is
not even joined with such a row: :func:`daemon.domain.consolidation.letters`.) The demand's
deadline is the longest of its demand rows' own deadlines, so no contract's notice period is
cut short by another's.

Each row carries its milestone's ``token`` (``[CK-contract-milestone]``): a reply that
names one of them is about that one (:mod:`daemon.inbox.matching`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from daemon.config.records import Config, Contract, Milestone
from daemon.domain.consolidation import FORMAL, Consolidated
from daemon.domain.disputes import undisputed
from daemon.domain.emails import PlannedEmail
from daemon.domain.ledger import Ledger
from daemon.domain.payments import paid_so_far
from daemon.domain.state import StateView
from daemon.mail import formatting
from daemon.mail.context import build_context, email_context
from daemon.mail.interest_text import letter_interest_figures
from daemon.mail.parts import InlineImage
from daemon.mail.pay_now import instructions_with_block, pay_now_extras, payment_reference
from daemon.mail.qr import EPC_CID

TEMPLATE = "consolidated"
"""``templates/<language>/consolidated.{subject,txt,html}.j2``."""
_OVERDUE = {
    "zh": ("尚未到期", "今日到期", "{days}天"),
    "en": ("not yet due", "due today", "{days}"),
}
"""The "days overdue" cell: not yet due, due today, or the number of days."""


@dataclass(frozen=True)
class _Row:
    """One listed payment: its table row and what the letter sums and attaches."""

    row: dict[str, Any]
    contract: Contract
    milestone: Milestone
    remaining: Decimal
    owed_now: Decimal
    """What this row asks for today: remaining plus stated interest if overdue, else 0."""
    deadline_days: int
    invoice: Path | None


def consolidated_context(
    config: Config, letter: Consolidated, state: StateView, now: datetime
) -> dict[str, Any]:
    """Everything the ``consolidated`` template uses, display-ready.

    The letter's greeting, company, PM and date are those of a single letter to the same
    recipient (:func:`context_for` of its first milestone); ``items`` has one row per
    covered email in the order of ``letter.emails``; ``totals`` the remaining amount per
    currency; ``payments`` one block per contract (its instructions, account and the
    references to write). Raises TemplateError when a listed invoice file is missing.
    """
    base = email_context(config, letter.emails[0], state, now)  # the letter's language
    ledger = Ledger(config, state)
    rows = [_row(ledger, email, state, now) for email in letter.emails]
    items = [r.row for r in rows]
    formal = [r for r in rows if r.row["stage"] in FORMAL] or rows
    deadline = max(formal, key=lambda r: r.deadline_days)
    overdue = [r for r in rows if r.row["days_overdue"] > 0]
    lang = base["language"]
    invoices = [r.invoice for r in rows if r.invoice is not None]
    shared = ("language", "today", "company", "pm", "supervisor", "finance", "legal", "client")
    return {
        **{name: base[name] for name in shared},
        "recipient_name": base["recipient_name"],
        "milestone": None,  # about several: the single-payment lines of the layout stay out
        "stage": letter.stage,
        "items": items,
        "count": len(items),
        "firm": any(item["firm"] for item in items),
        "overdue_count": sum(1 for item in items if item["days_overdue"] > 0),
        # how many of the payments we wrote about before (the demand's "we have written")
        "earlier_letters": sum(1 for item in items if item["emails_sent_count"]),
        "max_days_overdue": max(item["days_overdue"] for item in items),
        "demand_deadline": deadline.row["demand_deadline"],
        "totals": _totals([(r.contract.currency, r.remaining) for r in rows], lang),
        "overdue_totals": _totals([(r.contract.currency, r.remaining) for r in overdue], lang),
        "requested_totals": _totals([(r.contract.currency, r.owed_now) for r in overdue], lang),
        "has_interest": any(item["interest"] and item["interest"]["days"] for item in items),
        "upcoming_items": [item for item in items if item["days_overdue"] == 0],
        "payments": _payments(config, [(r.contract, r.row) for r in rows], lang),
        **_pay_now(config, rows, letter.stage, lang, state),
        "tokens": " ".join(item["token"] for item in items),
        "invoice_paths": invoices,
        "invoice_names": [path.name for path in invoices],
        "has_invoice": bool(invoices),
    }


def _row(ledger: Ledger, email: PlannedEmail, state: StateView, now: datetime) -> _Row:
    """One payment of the letter, from the context its single letter would have."""
    key = email.key
    single = build_context(ledger.config, email, state, now)
    milestone = single["milestone"]
    view = ledger.milestone(key.contract, key.milestone or "")
    assert view is not None  # build_context found it
    contract, ms = view.contract.contract, view.milestone
    lang = single["language"]
    invoice = single["invoice_path"]
    row = {
        "contract_id": contract.id,
        "contract_title": contract.title,
        "milestone_name": milestone["name"],
        "label": milestone["label"],
        "amount": milestone["amount"],
        "due": milestone["due"],
        "days_overdue": milestone["days_overdue"],
        "overdue": _overdue_text(milestone, lang),
        "upcoming": milestone["upcoming"],
        "paid_so_far": milestone["paid_so_far"],
        # what is still owed and not in dispute (a part dispute, issue 14.4): what is asked
        "remaining": milestone["undisputed"],
        "dispute_note": milestone["dispute_note"],
        "partly_paid": milestone["partly_paid"],
        "stage": key.stage,
        "stage_name": formatting.stage_name(key.stage, key.seq, lang),
        "reminder_number": single["reminder_number"],
        "firm": single["firm"],
        "promise": single["promise"],
        "token": single["token"],
        "reference": payment_reference(contract, ms),
        "invoice_name": invoice.name if invoice is not None else "",
        "demand_deadline": single["demand_deadline"],
        "emails_sent_count": single["emails_sent_count"],
        # late-payment interest as this payment's own letter would state it (demand: issue 13.5)
        "interest": single.get("interest"),
    }
    remaining = undisputed(paid_so_far(contract, ms, view.state), view.state)
    figures = letter_interest_figures(contract, ms, state, now, view.contract.timezone, key.stage)
    owed = figures.total if figures is not None else remaining
    owed_now = owed if milestone["days_overdue"] > 0 else Decimal(0)
    deadline_days = view.contract.policy.demand_deadline_days
    return _Row(row, contract, ms, remaining, owed_now, deadline_days, invoice)


def _overdue_text(milestone: dict[str, Any], lang: str) -> str:
    not_due, today, days = _OVERDUE.get(lang, _OVERDUE["en"])
    if milestone["upcoming"]:
        return not_due
    return days.format(days=milestone["days_overdue"]) if milestone["days_overdue"] else today


def _totals(amounts: list[tuple[str, Decimal]], lang: str) -> list[str]:
    """What remains to pay, summed per currency, in the order the currencies appear."""
    sums: dict[str, Decimal] = {}
    for currency, amount in amounts:
        sums[currency] = sums.get(currency, Decimal(0)) + amount
    return [formatting.format_money(total, cur, lang) for cur, total in sums.items()]


_ONLINE = {"zh": "在线付款：", "en": "Pay online: "}


def _pay_now(
    config: Config, rows: list[_Row], stage: str, lang: str, state: StateView
) -> dict[str, Any]:
    """``pay_now`` and ``pay_now_images`` of the letter: each contract's link and collection
    QR image (issue 13.4), one of each when they are the same (a company-wide code), and
    for each EUR payment to an IBAN its own SEPA (EPC) code, as its single letter has.

    Several different links: each "how to pay" block names its own (:func:`_payments`).
    An EPC code carries one amount and one reference, so each payment gets its own, its
    caption naming the payment (and a ``cid`` of its own: one per image in the email).
    """
    links: dict[str, None] = {}
    images: dict[bytes, InlineImage] = {}
    for row in rows:
        contract, milestone = row.contract, row.milestone
        extras, inline = pay_now_extras(config, contract, milestone, stage, lang, state)
        if extras is not None and extras["link"]:
            links[extras["link"]] = None
        for image in inline:
            if image.cid == EPC_CID:
                n = sum(1 for i in images.values() if i.cid.startswith("paynow-epc"))
                caption = f"{image.caption} — {row.row['label']} ({contract.id})"
                image = replace(image, cid=f"paynow-epc-{n + 1}@cuikuan", caption=caption)
            images.setdefault(image.data, image)
    if not links and not images:
        return {"pay_now": None, "pay_now_images": ()}
    only_link = next(iter(links)) if len(links) == 1 else ""
    shown = [{"cid": i.cid, "caption": i.caption} for i in images.values()]
    return {
        "pay_now": {"link": only_link, "images": shown},
        "pay_now_images": tuple(images.values()),
    }


def _payments(
    config: Config, rows: list[tuple[Contract, dict[str, Any]]], lang: str
) -> list[dict[str, str]]:
    """One "how to pay" block per contract: its instructions, account and references."""
    by_contract: dict[str, tuple[Contract, list[str]]] = {}
    for contract, row in rows:
        by_contract.setdefault(contract.id, (contract, []))[1].append(row["reference"])
    blocks = []
    for contract, references in by_contract.values():
        text = instructions_with_block(config.settings, contract, references, lang)
        extras = contract.pay_now or config.settings.pay_now
        if extras is not None and extras.link and _several_links(config, by_contract):
            text += f"\n{_ONLINE.get(lang, _ONLINE['en'])}{extras.link}"
        blocks.append({"contract_id": contract.id, "title": contract.title, "text": text})
    return blocks


def _several_links(config: Config, by_contract: dict[str, tuple[Contract, list[str]]]) -> bool:
    """Whether the letter's contracts pay through different links (each block names its)."""
    links = set()
    for contract, _references in by_contract.values():
        extras = contract.pay_now or config.settings.pay_now
        if extras is not None and extras.link:
            links.add(extras.link)
    return len(links) > 1
