"""The bank's imperative shell: store a statement's credits once, act on each verdict.

Order, so that a statement counts exactly once and never half:

1. the whole file is read and checked first (:func:`daemon.bank.formats.read_statement`);
   a row that cannot be read raises :class:`~daemon.bank.credit.StatementError` and
   nothing of the file is stored or applied;
2. in ONE ``store.batch(all_or_nothing=True)``: every credit not stored before (by its
   id, so an overlapping statement adds only what is new), then for each new credit the
   verdict of :func:`daemon.bank.matching.match` against the state as it is after the
   credits before it:

   * ``paid`` — the milestone is changed by
     :func:`daemon.domain.receipts.record_payment` (the path of a staff ``paid AMOUNT
     DATE``) with the bank's date and amount, a verified
     :class:`~daemon.domain.events.PaymentRecorded` (``source`` ``bank``) is recorded;
     the chase's next tick sends the verified thank-you through the one outbox;
   * ``review`` / ``known`` — a :class:`~daemon.domain.events.BankCredit` event; a
     ``review`` is a line of the PM's daily list (:mod:`daemon.reports.todo`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime

from daemon.bank.credit import Credit, payment_recorded
from daemon.bank.formats import read_statement
from daemon.bank.matching import Verdict, match
from daemon.config.records import Config
from daemon.domain import payments
from daemon.domain.events import BankCredit, decode, record
from daemon.domain.ledger import Ledger
from daemon.domain.receipts import record_payment
from daemon.storage.store import Store

log = logging.getLogger(__name__)


@dataclass
class ImportResult:
    """What one statement did."""

    source: str
    read: int = 0
    """Credits in the file."""
    new: list[tuple[Credit, Verdict]] = field(default_factory=list)
    """Credits not seen before, with what became of each."""

    @property
    def seen_before(self) -> int:
        return self.read - len(self.new)

    def count(self, outcome: str) -> int:
        return sum(1 for _c, v in self.new if v.outcome == outcome)

    def summary(self) -> str:
        return (
            f"{self.source}: {self.read} credit(s), {self.seen_before} seen before, "
            f"{self.count('paid')} paid a milestone, {self.count('known')} confirmed a "
            f"payment already recorded, {self.count('review')} for the PM's list"
        )


def outcomes(store: Store) -> dict[str, BankCredit]:
    """The latest :class:`BankCredit` event of each credit id (read from the history)."""
    latest: dict[str, BankCredit] = {}
    for doc in store.events():
        if doc["kind"] == BankCredit.KIND:
            event = decode(doc)
            if isinstance(event, BankCredit):
                latest[event.credit] = event
    return latest


def credit_and_outcome(store: Store, credit_id: str) -> tuple[Credit | None, BankCredit | None]:
    """The stored credit ``credit_id`` and its latest outcome (for a staff ``match N``)."""
    doc = store.bank_credit(credit_id)
    credit = Credit.from_row(doc) if doc is not None else None
    return credit, outcomes(store).get(credit_id)


def confirmed_keys(latest: dict[str, BankCredit]) -> set[str]:
    """``contract/milestone`` of every milestone a credit paid or confirmed."""
    return {
        e.candidates[0] for e in latest.values() if e.outcome in ("paid", "known") and e.candidates
    }


def import_statement(
    store: Store, config: Config, data: bytes, name: str, now: datetime
) -> ImportResult:
    """Read the statement ``name`` (its bytes ``data``) and act on its new credits."""
    credits = read_statement(data, name, config.settings.bank)  # raises before any change
    result = ImportResult(name, len(credits))
    confirmed = confirmed_keys(outcomes(store))
    with store.batch(all_or_nothing=True):
        for credit in credits:
            if store.bank_credit(credit.id) is not None:
                continue
            store.add_bank_credit({**credit.as_row(), "imported_at": now.isoformat()})
            verdict = settle(store, config, credit, now, confirmed)
            result.new.append((credit, verdict))
    log.info("bank statement %s", result.summary())
    return result


def settle(
    store: Store, config: Config, credit: Credit, now: datetime, confirmed: set[str]
) -> Verdict:
    """Match one stored credit and record what it leads to (inside the caller's batch)."""
    ledger = Ledger(config, store.snapshot())
    verdict = match(credit, ledger, config.settings.bank.name_score, confirmed)
    chosen = verdict.chosen
    if verdict.outcome == "paid" and chosen is not None:
        pay(store, ledger, credit, chosen.contract, chosen.milestone, now, "bank")
        confirmed.add(chosen.key)
    elif verdict.outcome == "known" and chosen is not None:
        confirmed.add(chosen.key)
    contract, milestone = (chosen.contract, chosen.milestone) if chosen else (None, None)
    record(
        store,
        event(
            credit,
            verdict.outcome,
            verdict.reason,
            [c.key for c in verdict.candidates],
            now,
            contract,
            milestone,
        ),  # fmt: skip
    )
    log.info(
        "bank credit %s (%s %s from %s): %s, %s",
        credit.id,
        credit.amount,
        credit.currency,
        credit.payer or "?",
        verdict.outcome,
        chosen.key if chosen else verdict.reason,
    )
    return verdict


def event(
    credit: Credit,
    outcome: str,
    reason: str,
    candidates: list[str],
    now: datetime,
    contract: str | None = None,
    milestone: str | None = None,
    by: str = "bank",
) -> BankCredit:
    return BankCredit(
        at=now,
        contract=contract,
        milestone=milestone,
        credit=credit.id,
        outcome=outcome,
        amount=credit.amount,
        currency=credit.currency,
        booked=credit.booked,
        payer=credit.payer[:200],
        memo=credit.memo[:300],
        reason=reason,
        candidates=tuple(candidates),
        by=by,
        statement=f"{credit.source}, row {credit.row}" if credit.source else "",
    )


def pay(
    store: Store,
    ledger: Ledger,
    credit: Credit,
    contract: str,
    milestone: str,
    now: datetime,
    by: str,
) -> str:
    """Record ``credit`` as verified money on the milestone; the detail of what it did."""
    view = ledger.milestone(contract, milestone)
    assert view is not None
    ms = view.state
    new, detail = record_payment(view, ms, credit.amount, credit.booked, f"bank {credit.id}")
    store.set_milestone(contract, milestone, new, now, f"{by}:paid credit {credit.id}")
    after = payments.paid_so_far(view.contract.contract, view.milestone, new)
    record(
        store,
        payment_recorded(credit, contract, milestone, now, after),
    )
    return detail
