"""A statement of account as template context (zh/en display strings) and as CSV.

The CSV is UTF-8 with a byte-order mark, so that Excel (which otherwise reads a CSV in the
machine's ANSI code page) shows 合同名称 and 杭州 as written; amounts are plain decimals
(``80000.00``) and dates ISO, so that the client's finance can sum and sort them. Pure.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from daemon.config.records import Config
from daemon.mail import formatting
from daemon.mail.interest_text import rate_text
from daemon.mail.pay_now import payment_reference
from daemon.reports.statement import OpenItem, Statement

BOM = "\ufeff"

_CSV_HEADERS = {
    "zh": (
        "类别", "合同编号", "合同名称", "款项", "付款附言", "币种", "金额", "已付", "未付",
        "到期日", "逾期天数", "逾期利息", "应付合计", "付款日期", "付款金额", "备注",
    ),
    "en": (
        "Section", "Contract", "Contract title", "Milestone", "Payment reference", "Currency",
        "Amount", "Paid", "Remaining", "Due date", "Days overdue", "Interest", "Total due",
        "Paid on", "Paid amount", "Note",
    ),
}  # fmt: skip
_WORDS = {
    "zh": {
        "open": "未结清",
        "paid": "本期已付",
        "total": "合计",
        "waived": "利息已免除",
        "capped": "利息已达合同上限",
        "not_due": "未到期",
    },
    "en": {
        "open": "Open",
        "paid": "Paid in period",
        "total": "Total",
        "waived": "interest waived",
        "capped": "interest at the contract's cap",
        "not_due": "not yet due",
    },
}


def csv_name(statement: Statement) -> str:
    """``statement-acme-2026-11.csv`` (client id and the period's month)."""
    return f"statement-{statement.client.id}-{statement.end:%Y-%m}.csv"


def to_csv(statement: Statement) -> bytes:
    """The statement as CSV bytes: UTF-8 with BOM, one row per item, totals per currency."""
    lang = statement.language if statement.language in _WORDS else "en"
    words = _WORDS[lang]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(_CSV_HEADERS[lang])
    for item in statement.open_items:
        c, m = item.contract, item.milestone
        figures = item.interest
        note = ""
        if figures is not None and figures.waived:
            note = words["waived"]
        elif figures is not None and figures.capped:
            note = words["capped"]
        writer.writerow(
            [
                words["open"], c.id, c.title, m.name, payment_reference(c, m), c.currency,
                item.amount, item.paid, item.remaining,
                item.due.isoformat() if item.due else "", item.days_overdue,
                figures.interest if figures else "", item.total, "", "", note,
            ]
        )  # fmt: skip
    for paid in statement.paid_items:
        c, m = paid.contract, paid.milestone
        writer.writerow(
            [words["paid"], c.id, c.title, m.name, payment_reference(c, m), c.currency]
            + [""] * 7
            + [paid.on.isoformat(), paid.amount, ""]
        )
    for currency in statement.currencies():
        writer.writerow(
            [words["total"], "", "", "", "", currency, "", "", statement.outstanding(currency)]
            + ["", "", statement.interest(currency), statement.total_due(currency)]
            + ["", statement.paid_total(currency), ""]
        )
    return (BOM + out.getvalue()).encode("utf-8")


def statement_context(config: Config, statement: Statement, *, today: str) -> dict[str, Any]:
    """What ``templates/<lang>/statement.*.j2`` show: display-ready strings only."""
    lang = statement.language
    words = _WORDS.get(lang, _WORDS["en"])

    def money(amount: Any, currency: str) -> str:
        return formatting.format_money(amount, currency, lang)

    settings = config.settings
    client = statement.client
    return {
        "language": lang,
        "today": today,
        "company": settings.company,
        "pm": {"name": settings.pm.name or settings.pm.email, "email": settings.pm.email},
        "client": {"id": client.id, "name": client.name},
        "recipient_name": client.contacts.to[0].name or client.name,
        "period": {
            "start": formatting.format_date(statement.start, lang),
            "end": formatting.format_date(statement.end, lang),
        },
        "open_items": [_open_row(item, lang, words, money) for item in statement.open_items],
        "paid_items": [
            {
                "contract": p.contract.id,
                "title": p.contract.title,
                "milestone": p.milestone.name,
                "on": formatting.format_date(p.on, lang),
                "amount": money(p.amount, p.contract.currency),
            }
            for p in statement.paid_items
        ],
        "totals": [
            {
                "currency": cur,
                "outstanding": money(statement.outstanding(cur), cur),
                "interest": money(statement.interest(cur), cur),
                "total_due": money(statement.total_due(cur), cur),
                "paid": money(statement.paid_total(cur), cur),
            }
            for cur in statement.currencies()
        ],
        "has_interest": statement.has_interest,
        "csv_name": csv_name(statement),
    }


def _open_row(item: OpenItem, lang: str, words: dict[str, str], money: Any) -> dict[str, Any]:
    c, m = item.contract, item.milestone
    if item.due is not None:
        due = formatting.format_date(item.due, lang)
    else:
        assert m.due_after is not None  # a milestone has a due date or a due_after
        due = formatting.format_relative_due(m.due_after.event, m.due_after.days, lang)
    figures = item.interest
    interest = ""
    if figures is not None:
        interest = words["waived"] if figures.waived else money(figures.interest, c.currency)
    return {
        "contract": c.id,
        "title": c.title,
        "milestone": m.name,
        "reference": payment_reference(c, m),
        "amount": money(item.amount, c.currency),
        "paid": money(item.paid, c.currency),
        "remaining": money(item.remaining, c.currency),
        "due": due,
        "overdue": item.days_overdue,
        "status": words["not_due"] if item.days_overdue == 0 else "",
        "interest": interest,
        "rate": rate_text(c.late_interest, lang) if c.late_interest and figures else "",
        "total": money(item.total, c.currency),
    }
