"""One money-in line of a bank statement, and the error for a statement that cannot be read.

Why: every format (CSV, Excel, MT940, CAMT.053, OFX) ends as the same :class:`Credit`, so
matching and storage know one shape. Its :attr:`Credit.id` is the bank's own transaction
reference when the statement gives one, else a hash of the normalised fields (plus the
count of identical lines before it in the same file), so a transaction seen again in an
overlapping statement is recognised and imported once. Pure.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from daemon.bank.normalise import account_digits, plain_text
from daemon.domain import payments
from daemon.domain.events import PaymentRecorded
from daemon.errors import CuikuanError

ID_LENGTH = 12
"""Hex digits of a credit's id (48 bits: no clash among any one firm's transactions)."""


class StatementError(CuikuanError):
    """A statement file cannot be read; nothing from it is applied."""

    def __init__(self, source: str, row: int | None, reason: str) -> None:
        self.source, self.row, self.reason = source, row, reason
        where = f"{source}, row {row}" if row is not None else source
        super().__init__(f"{where}: {reason}")


@dataclass(frozen=True)
class Credit:
    """Money received, as the bank wrote it."""

    booked: date
    amount: Decimal
    currency: str
    payer: str = ""
    account: str = ""
    """The payer's account number, as written."""
    memo: str = ""
    """What the payer wrote (摘要/用途/附言, :86:, RemittanceInformation, MEMO)."""
    bank_ref: str = ""
    """The bank's own id of the transaction (交易流水号, AcctSvcrRef, FITID), if any."""
    source: str = ""
    """The file it came from."""
    row: int = 0
    """Its row (CSV/Excel) or entry number (MT940, CAMT, OFX) in that file."""
    occurrence: int = 0
    """How many identical lines came before it in the same file (see :func:`number`)."""

    @property
    def id(self) -> str:
        """Stable across statements: the bank reference, else the normalised fields."""
        if self.bank_ref.strip():
            key = "ref|" + plain_text(self.bank_ref)
        else:
            key = "|".join(
                (
                    self.booked.isoformat(),
                    str(self.amount.quantize(Decimal("0.01"))),
                    self.currency,
                    plain_text(self.payer),
                    account_digits(self.account),
                    plain_text(self.memo),
                    str(self.occurrence),
                )
            )
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:ID_LENGTH]

    def as_row(self) -> dict[str, Any]:
        """The stored (and ``bank list --json``) form: JSON types only."""
        return {
            "id": self.id,
            "booked": self.booked.isoformat(),
            "amount": str(self.amount),
            "currency": self.currency,
            "payer": self.payer,
            "account": self.account,
            "memo": self.memo,
            "bank_ref": self.bank_ref,
            "source": self.source,
            "row": self.row,
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Credit:
        """The credit of a stored row (:meth:`as_row`); its id is kept by the caller."""
        return cls(
            booked=date.fromisoformat(row["booked"]),
            amount=Decimal(row["amount"]),
            currency=row["currency"],
            payer=row.get("payer", ""),
            account=row.get("account", ""),
            memo=row.get("memo", ""),
            bank_ref=row.get("bank_ref", ""),
            source=row.get("source", ""),
            row=int(row.get("row", 0)),
        )


def number(credits: Iterable[Credit]) -> list[Credit]:
    """``credits`` with :attr:`Credit.occurrence` set: two identical lines without a bank
    reference in one file are two payments, and stay two when a later file repeats them."""
    seen: dict[str, int] = {}
    out = []
    for credit in credits:
        key = credit.id  # occurrence 0: the fields alone
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append(replace(credit, occurrence=n) if n else credit)
    return out


def payment_recorded(
    credit: Credit, contract: str, milestone: str, at: datetime, after: payments.PaidSoFar
) -> PaymentRecorded:
    """The history event of ``credit`` paying a milestone (``after``: what it has paid now):
    verified money from the bank, whether matched at import or by the PM's ``match N``."""
    return PaymentRecorded(
        at=at,
        contract=contract,
        milestone=milestone,
        amount=credit.amount,
        currency=credit.currency,
        paid_on=credit.booked,
        source="bank",
        verified=True,
        paid_total=after.paid,
        remaining=after.remaining,
        flag="over_payment" if after.over_paid > payments.ZERO else "",
    )
