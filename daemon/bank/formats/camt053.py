"""ISO 20022 CAMT.053 (bank-to-customer statement) XML, any version (pure: bytes in).

Parsed with ``defusedxml`` (no entity expansion, no external entities: a statement is
a file from outside). Elements are found by local name, so ``camt.053.001.02`` and
``.08`` read alike. An entry (``Ntry``) with ``CdtDbtInd`` ``CRDT`` that is booked
(``Sts`` ``BOOK``; pending entries are not money yet) and not a reversal is a credit; an
entry that batches several transactions (``TxDtls`` each with its own ``Amt``) gives one
credit per transaction.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from daemon.bank import normalise
from daemon.bank.credit import Credit, StatementError, number


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(node: Element, name: str) -> Iterator[Element]:
    return (child for child in node if _local(child.tag) == name)


def _find(node: Element | None, path: str) -> Element | None:
    """The first element along ``path`` (``A/B/C`` of local names), or None."""
    for name in path.split("/"):
        if node is None:
            return None
        node = next(_children(node, name), None)
    return node


def _text(node: Element | None, *paths: str) -> str:
    for path in paths:
        found = _find(node, path)
        if found is not None and (found.text or "").strip():
            return (found.text or "").strip()
    return ""


def _all(node: Element | None, name: str) -> Iterator[Element]:
    if node is None:
        return iter(())
    return (e for e in node.iter() if _local(e.tag) == name)


def parse(data: bytes, source: str) -> list[Credit]:
    """The credits of a CAMT.053 document."""
    try:
        root = fromstring(data)
    except (ParseError, DefusedXmlException) as exc:
        row = getattr(exc, "position", (None, 0))[0]
        raise StatementError(source, row, f"not well-formed XML: {exc}") from None
    statements = list(_all(root, "Stmt"))
    if _local(root.tag) != "Document" or not statements:
        raise StatementError(source, None, "not a CAMT.053 statement (no Document/…/Stmt)")
    credits: list[Credit] = []
    entry_number = 0
    for stmt in statements:
        account_currency = _text(stmt, "Acct/Ccy")
        for entry in _children(stmt, "Ntry"):
            entry_number += 1
            credits.extend(_entry(entry, entry_number, account_currency, source))
    return number(credits)


def _entry(entry: Element, n: int, account_currency: str, source: str) -> list[Credit]:
    if _text(entry, "CdtDbtInd") != "CRDT" or _text(entry, "RvslInd").lower() == "true":
        return []
    status = _text(entry, "Sts/Cd", "Sts")
    if status and status != "BOOK":
        return []
    try:
        booked = normalise.day(_text(entry, "BookgDt/Dt", "BookgDt/DtTm", "ValDt/Dt"))
    except ValueError as exc:
        raise StatementError(source, n, f"entry {n}: booking date: {exc}") from None
    details = [tx for d in _children(entry, "NtryDtls") for tx in _children(d, "TxDtls")]
    batched = len(details) > 1 and all(_find(tx, "Amt") is not None for tx in details)
    parts = details if batched else [details[0] if details else None]
    out = []
    for tx in parts:
        amount_node = _find(tx, "Amt") if batched else _find(entry, "Amt")
        assert amount_node is not None or not batched
        try:
            value = normalise.amount(amount_node.text if amount_node is not None else None)
        except ValueError as exc:
            raise StatementError(source, n, f"entry {n}: amount: {exc}") from None
        if value is None or value <= 0:
            raise StatementError(source, n, f"entry {n}: no amount (Amt)")
        currency = (amount_node.get("Ccy") if amount_node is not None else "") or account_currency
        parties = _find(tx, "RltdPties")
        memo = " ".join(
            [(u.text or "").strip() for u in _all(_find(tx, "RmtInf"), "Ustrd")]
            + [(r.text or "").strip() for r in _all(_find(tx, "RmtInf"), "Ref")]
        )
        out.append(
            Credit(
                booked=booked,
                amount=value,
                currency=currency,
                payer=_text(parties, "Dbtr/Nm", "Dbtr/Pty/Nm", "UltmtDbtr/Nm"),
                account=_text(parties, "DbtrAcct/Id/IBAN", "DbtrAcct/Id/Othr/Id"),
                memo=" ".join(memo.split()),
                bank_ref=_text(tx, "Refs/AcctSvcrRef")
                if batched
                else _text(entry, "AcctSvcrRef") or _text(tx, "Refs/AcctSvcrRef"),
                source=source,
                row=n,
            )
        )
    return out
