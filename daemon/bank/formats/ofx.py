"""OFX statements (1.x SGML and 2.x XML), read with ``ofxtools`` (pure: bytes in).

A transaction with a positive ``TRNAMT`` is a credit; ``FITID`` is the bank's id of it,
``NAME`` (or ``PAYEE``) the payer, ``MEMO`` the words. The currency is the transaction's
own (``CURRENCY``/``ORIGCURRENCY``) or the statement's ``CURDEF``.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from ofxtools.Parser import OFXTree

from daemon.bank.credit import Credit, StatementError, number


def parse(data: bytes, source: str) -> list[Credit]:
    """The credits of an OFX file."""
    tree = OFXTree()
    try:
        tree.parse(io.BytesIO(data))
        ofx = tree.convert()
    except Exception as exc:  # ofxtools raises many kinds (ParseError, ValueError, ...)
        raise StatementError(source, None, f"not a readable OFX file: {exc}"[:300]) from None
    credits: list[Credit] = []
    n = 0
    for statement in ofx.statements:
        curdef = str(getattr(statement, "curdef", "") or "")
        for tx in statement.transactions:
            n += 1
            amount = Decimal(tx.trnamt)
            if amount <= 0:
                continue
            credits.append(
                Credit(
                    booked=tx.dtposted.date(),
                    amount=amount.quantize(Decimal("0.01")),
                    currency=_currency(tx) or curdef,
                    payer=str(tx.name or _payee(tx) or ""),
                    account=_account(tx),
                    memo=str(tx.memo or ""),
                    bank_ref=str(tx.fitid or ""),
                    source=source,
                    row=n,
                )
            )
    return number(credits)


def _currency(tx: Any) -> str:
    for name in ("currency", "origcurrency"):
        found = getattr(tx, name, None)
        if found is not None and getattr(found, "cursym", None):
            return str(found.cursym)
    return ""


def _payee(tx: Any) -> str:
    payee = getattr(tx, "payee", None)
    return str(getattr(payee, "name", "") or "") if payee is not None else ""


def _account(tx: Any) -> str:
    for name in ("bankacctto", "ccacctto"):
        found = getattr(tx, name, None)
        if found is not None and getattr(found, "acctid", None):
            return str(found.acctid)
    return ""
