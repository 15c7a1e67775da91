"""Which milestone a bank credit pays: amount, payer and the words written (pure).

Three clues per open milestone:

* **amount** — the remainder due (the whole amount when nothing was paid yet), the
  early-payment price when booked inside the discount window, or less (a part payment);
  more than the remainder is an over-payment, which only the PM settles;
* **payer** — the client's configured ``bank_accounts``, or its name or an ``alias``
  alike after dropping legal-form words (``杭州阿克米科技有限公司`` ≈ ``杭州阿克米科技``,
  ``ACME Widgets Co., Ltd.`` ≈ ``Acme Widgets Limited``; scores of :mod:`.likeness`,
  ``settings.bank.name_score``);
* **reference** — the words name the milestone: its ``[CK-…]`` token, its invoice number,
  or the contract id with the milestone's id or name (the contract id alone when the
  contract has one open milestone).

A credit **pays** a milestone only when the payer is the client and the amount fits
(a part payment also needs the reference), in the contract's currency, and exactly one
milestone qualifies (the reference, then a client's own "we paid" claim, break a tie).
Anything else goes to the PM's list with the candidates (:class:`Verdict` ``review``):
the same credit never pays two milestones, and nothing here ever un-pays one. A credit
that matches no open milestone but confirms a payment already recorded (same client,
same amount) is ``known``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Literal

from daemon.bank import likeness
from daemon.bank.credit import Credit
from daemon.bank.normalise import account_digits, company_core, plain_text
from daemon.config.records import Client
from daemon.domain import resolve
from daemon.domain.emails import reference_token
from daemon.domain.ledger import Ledger, MilestoneView

Fit = Literal["exact", "discounted", "partial", "over", "late_discount", "currency", "none"]
Outcome = Literal["paid", "review", "known"]
MAX_CANDIDATES = 5
_SETTLING: frozenset[str] = frozenset({"exact", "discounted"})
_CLOSED = frozenset({"paid", "stopped"})


@dataclass(frozen=True)
class Candidate:
    """One milestone a credit may pay, and which clues agree."""

    contract: str
    milestone: str
    fit: Fit
    payer: bool
    reference: bool
    claimed: bool = False
    """The client said it paid (``claimed_paid``): the statement confirms it."""

    @property
    def key(self) -> str:
        return f"{self.contract}/{self.milestone}"

    @property
    def strong(self) -> bool:
        return self.payer and (self.fit in _SETTLING or (self.fit == "partial" and self.reference))

    @property
    def score(self) -> int:
        fit = {"exact": 3, "discounted": 3, "partial": 1, "over": 1, "late_discount": 2}
        return 4 * self.payer + 3 * self.reference + fit.get(self.fit, 0) + self.claimed


@dataclass(frozen=True)
class Verdict:
    """What to do with one credit."""

    outcome: Outcome
    reason: str
    """``paid``: the clues that agreed; ``review``: why the PM must look (``ambiguous``,
    ``over_payment``, ``currency``, ``discount_late``, ``partial``, ``weak``,
    ``unknown_payer``)."""
    candidates: tuple[Candidate, ...] = ()
    """``paid``/``known``: the one milestone; ``review``: best first (``match N``)."""

    @property
    def chosen(self) -> Candidate | None:
        return self.candidates[0] if self.outcome != "review" and self.candidates else None


def payer_is(client: Client, credit: Credit, name_score: int) -> bool:
    """True when ``credit`` came from ``client``: a configured account or a name alike."""
    account = account_digits(credit.account)
    if account and account in {account_digits(a) for a in client.bank_accounts}:
        return True
    payer = company_core(credit.payer)
    if not payer:
        return False
    for name in (client.name, *client.aliases):
        core = company_core(name)
        if core and (
            core == payer
            or likeness.ratio(core, payer) >= name_score
            or (payer.isascii() and likeness.token_sort_ratio(core, payer) >= name_score)
        ):
            return True
    return False


def _squash(text: str) -> str:
    return re.sub(r"[\s_]", "", plain_text(text))


def _names(view: MilestoneView, words: str) -> bool:
    """The words name the milestone itself (token or invoice number)."""
    token = _squash(reference_token(view.contract.id, view.id)).strip("[]")
    invoice = view.milestone.invoice_number
    return token in words or bool(invoice and _squash(invoice) in words)


def _fit(view: MilestoneView, credit: Credit) -> Fit:
    contract = view.contract.contract
    if credit.currency != contract.currency:
        return "currency"
    remaining = view.paid_so_far.remaining
    if credit.amount == remaining:
        return "exact"
    discounted = resolve.discounted_amount(contract, view.milestone)
    if discounted is not None and credit.amount == discounted and not view.paid_so_far.paid:
        deadline = resolve.discount_deadline(contract, view.milestone)
        return (
            "discounted"
            if deadline is not None and credit.booked <= deadline
            else ("late_discount")
        )
    if credit.amount < remaining:
        return "partial"
    return "over"


def candidates(credit: Credit, ledger: Ledger, name_score: int) -> list[Candidate]:
    """Every open milestone with at least one clue pointing at it, best first."""
    words = _squash(f"{credit.memo} {credit.bank_ref}")
    views = [v for v in ledger.milestones() if v.status not in _CLOSED and not v.paid_in_config]
    open_per_contract: dict[str, int] = {}
    for v in views:
        open_per_contract[v.contract.id] = open_per_contract.get(v.contract.id, 0) + 1
    payer_of: dict[str, bool] = {}
    found = []
    for view in views:
        client = view.client
        if client.id not in payer_of:
            payer_of[client.id] = payer_is(client, credit, name_score)
        contract_named = _squash(view.contract.id) in words
        milestone_named = contract_named and (
            _squash(view.id) in words
            or _squash(view.milestone.name) in words
            or open_per_contract[view.contract.id] == 1
        )
        reference = _names(view, words) or milestone_named
        fit = _fit(view, credit)
        candidate = Candidate(
            view.contract.id,
            view.id,
            fit,
            payer_of[client.id],
            reference,
            claimed=view.status == "claimed_paid",
        )
        if candidate.payer or reference or contract_named or fit in _SETTLING:
            found.append(candidate)
    return sorted(found, key=lambda c: -c.score)


def _one(group: Iterable[Candidate]) -> Candidate | None:
    items = list(group)
    return items[0] if len(items) == 1 else None


def match(
    credit: Credit, ledger: Ledger, name_score: int, confirmed: Collection[str] = ()
) -> Verdict:
    """The verdict on ``credit`` given the open milestones of ``ledger``.

    ``confirmed``: ``contract/milestone`` keys already paid or confirmed by another
    credit (so one payment already recorded is confirmed by one credit only).
    """
    found = candidates(credit, ledger, name_score)
    strong = [c for c in found if c.strong]
    chosen = (
        _one(strong)
        or _one(c for c in strong if c.reference)
        or _one(c for c in strong if c.claimed)
    )
    if chosen is not None:
        clues = ["payer", chosen.fit] + (["reference"] if chosen.reference else [])
        clues += ["confirms the client's claim"] if chosen.claimed else []
        return Verdict("paid", ", ".join(clues), (chosen,))
    shown = tuple(found[:MAX_CANDIDATES])
    if strong:
        return Verdict("review", "ambiguous", tuple(strong[:MAX_CANDIDATES]))
    best = found[0] if found else None
    known = _already_paid(credit, ledger, name_score, confirmed)
    if known is not None and not (best is not None and best.reference):
        return Verdict("known", "payer, amount of a payment already recorded", (known,))
    if best is not None and (best.payer or best.reference):
        reason = {
            "over": "over_payment",
            "currency": "currency",
            "late_discount": "discount_late",
            "partial": "partial" if best.payer else "weak",
        }.get(best.fit, "weak")
        return Verdict("review", reason, shown)
    return Verdict("review", "weak" if shown else "unknown_payer", shown)


def _already_paid(
    credit: Credit, ledger: Ledger, name_score: int, confirmed: Collection[str]
) -> Candidate | None:
    """The one paid milestone this credit confirms (same client, currency and amount)."""
    hits = []
    for view in ledger.milestones():
        if view.status != "paid" or f"{view.contract.id}/{view.id}" in confirmed:
            continue
        if view.contract.contract.currency != credit.currency:
            continue
        paid = view.state.paid_amount if view.state.paid_amount is not None else view.amount
        if view.paid_in_config and view.milestone.paid is not None:
            paid = view.milestone.paid.amount or view.amount
        if credit.amount != paid or not payer_is(view.client, credit, name_score):
            continue
        hits.append(Candidate(view.contract.id, view.id, "exact", True, False))
    return _one(hits)
