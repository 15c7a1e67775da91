"""SWIFT MT940 statements, read with the ``mt-940`` library (pure: text in).

Each ``:61:`` statement line is a transaction (``C`` credit, ``D`` debit, ``RC``/``RD``
reversals); its ``:86:`` information is free text that many banks structure as
``/ORDP/name/REMI/words`` (SWIFT codes) or ``?20…?33`` (the German subfields). The
payer, its account and the remittance words are taken from whichever is there, else the
whole ``:86:`` text is the memo. Only ``C`` lines are credits.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import mt940

from daemon.bank import normalise
from daemon.bank.credit import Credit, StatementError, number

_SWIFT_CODE = re.compile(r"/(ORDP|NAME|BENM|REMI|IBAN|ACCT|ORDP/NAME|EREF|PURP)/")
_PAYER_CODES = ("NAME", "ORDP/NAME", "ORDP")
_QMARK = re.compile(r"\?(\d{2})")


def _swift_fields(details: str) -> dict[str, str]:
    """``/ORDP/ACME/REMI/C1 deposit`` -> {"ORDP": "ACME", "REMI": "C1 deposit"}."""
    parts = _SWIFT_CODE.split(details.replace("\n", ""))
    fields: dict[str, str] = {}
    for i in range(1, len(parts) - 1, 2):
        fields.setdefault(parts[i], parts[i + 1].strip().strip("/"))
    return fields


def _german_fields(details: str) -> dict[str, str]:
    """``?20purpose?21more?32name?33name2?31account`` -> named parts."""
    parts = _QMARK.split(details.replace("\n", ""))
    codes: dict[str, list[str]] = {}
    for i in range(1, len(parts) - 1, 2):
        codes.setdefault(parts[i], []).append(parts[i + 1])
    purpose = "".join("".join(codes.get(str(n), [])) for n in range(20, 30))
    return {
        "payer": "".join(codes.get("32", []) + codes.get("33", [])),
        "account": "".join(codes.get("31", [])),
        "memo": purpose,
    }


def _details(text: str) -> tuple[str, str, str]:
    """(payer, account, memo) of a ``:86:`` text."""
    swift = _swift_fields(text)
    if swift:
        payer = next((swift[c] for c in _PAYER_CODES if swift.get(c)), "")
        account = swift.get("IBAN") or swift.get("ACCT", "")
        memo = swift.get("REMI", "") or text
        return payer, account, " ".join(memo.split())
    if _QMARK.search(text):
        german = _german_fields(text)
        return german["payer"], german["account"], german["memo"] or text
    return "", "", " ".join(text.split())


def _line_numbers(text: str) -> list[int]:
    return [i for i, line in enumerate(text.splitlines(), 1) if line.startswith(":61:")]


def parse(text: str, source: str) -> list[Credit]:
    """The credits of an MT940 text."""
    if ":20:" not in text or not (":60F:" in text or ":60M:" in text):
        raise StatementError(source, None, "not an MT940 statement (no :20: and :60F: fields)")
    lines = _line_numbers(text)
    try:
        statement = mt940.parse(text)
    except (RuntimeError, ValueError) as exc:
        bad = str(exc.args[2]) if len(exc.args) > 2 else ""
        row = next((n for n in lines if bad and bad in text.splitlines()[n - 1]), None)
        reason = f"unreadable MT940 field {bad[:40]!r}" if bad else f"unreadable MT940: {exc}"
        raise StatementError(source, row, reason) from None
    transactions = list(statement)
    if len(transactions) != len(lines):
        raise StatementError(
            source, None, f"{len(lines)} :61: lines but {len(transactions)} transactions read"
        )
    default_currency = _currency(statement.data)
    credits = []
    for n, tx in enumerate(transactions):
        data: dict[str, Any] = tx.data
        if data.get("status") != "C":
            continue
        payer, account, memo = _details(str(data.get("transaction_details") or ""))
        money = data["amount"]
        booked = data.get("entry_date") or data.get("date")
        if not isinstance(booked, date):
            raise StatementError(source, lines[n], "no value date in the :61: line")
        credits.append(
            Credit(
                booked=date(booked.year, booked.month, booked.day),
                amount=normalise.amount(money.amount) or money.amount,
                currency=str(getattr(money, "currency", "") or default_currency),
                payer=payer,
                account=account,
                memo=memo,
                bank_ref=str(data.get("bank_reference") or ""),
                source=source,
                row=lines[n],
            )
        )
    return number(credits)


def _currency(data: dict[str, Any]) -> str:
    balance = data.get("final_opening_balance") or data.get("opening_balance")
    return str(getattr(getattr(balance, "amount", None), "currency", "") or "")
