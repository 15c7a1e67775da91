"""Disputes by reason and age, and the limitation dates, for ``cuikuan report`` (issue 14).

Why: a dispute nobody answers ages quietly, and the right to sue can expire while it does.
The report groups the open disputes by reason code and age (days since recorded; how many
are past the PM's follow-up date) and lists every unpaid milestone's limitation expiry,
soonest first. Computed from the report's facts (:mod:`daemon.reports.facts`), so
``--as-of`` shows them as they stood. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from daemon.domain import disputes
from daemon.reports.metrics import MilestoneFact

AGES: tuple[str, ...] = ("0-7", "8-30", "31-90", "91+")
"""Age buckets of an open dispute, in days since it was recorded."""
TITLES = {
    "en": {
        "disputes": "Open disputes by reason and age (days since recorded)",
        "open": "Open disputes",
        "limitation": "Limitation: last day to sue (soonest first)",
    },
    "zh": {
        "disputes": "未决异议（按原因与账龄，自记录之日起天数）",
        "open": "未决异议明细",
        "limitation": "诉讼时效届满日（由近及远）",
    },
}


def age_bucket(days: int) -> str:
    """The bucket of a dispute ``days`` old."""
    if days <= 7:
        return "0-7"
    if days <= 30:
        return "8-30"
    return "31-90" if days <= 90 else "91+"


def open_disputes(facts: Iterable[MilestoneFact]) -> list[dict[str, Any]]:
    """One row per open dispute (whole or part), oldest first."""
    rows = []
    for f in facts:
        if not f.dispute_reason or f.dispute_since is None or f.disputed_amount is None:
            continue
        age = (f.today - f.dispute_since).days
        rows.append(
            {
                "client": f.client,
                "contract": f.contract,
                "milestone": f.milestone,
                "reason": f.dispute_reason,
                "currency": f.currency,
                "amount": str(f.disputed_amount),
                "part": f.status != "disputed",
                "since": f.dispute_since.isoformat(),
                "age_days": age,
                "age": age_bucket(age),
                "follow_up_by": f.dispute_follow_up.isoformat() if f.dispute_follow_up else None,
                "overdue": f.dispute_follow_up is not None and f.today > f.dispute_follow_up,
            }
        )
    return sorted(rows, key=lambda r: (-r["age_days"], r["contract"], r["milestone"]))


def by_reason(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per (currency, reason): count, amount, count per age bucket, oldest, overdue."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        g = groups.setdefault(
            (r["currency"], r["reason"]),
            {
                "currency": r["currency"],
                "reason": r["reason"],
                "count": 0,
                "amount": Decimal(0),
                **{a: 0 for a in AGES},
                "oldest_days": 0,
                "overdue": 0,
            },
        )
        g["count"] += 1
        g["amount"] += Decimal(r["amount"])
        g[r["age"]] += 1
        g["oldest_days"] = max(g["oldest_days"], r["age_days"])
        g["overdue"] += int(r["overdue"])
    return [
        {**g, "amount": str(g["amount"])}
        for g in sorted(groups.values(), key=lambda g: (g["currency"], -Decimal(g["amount"])))
    ]


def limitation_rows(facts: Iterable[MilestoneFact]) -> list[dict[str, Any]]:
    """Every unpaid milestone with a limitation date, soonest first."""
    rows = [
        {
            "client": f.client,
            "contract": f.contract,
            "milestone": f.milestone,
            "currency": f.currency,
            "outstanding": str(f.outstanding),
            "expires": f.limitation_expires.isoformat(),
            "days_left": (f.limitation_expires - f.today).days,
            "state": f.status,
        }
        for f in facts
        if f.limitation_expires is not None and not f.settled
    ]
    return sorted(rows, key=lambda r: (r["expires"], r["contract"], r["milestone"]))


def to_json(facts: Sequence[MilestoneFact]) -> dict[str, Any]:
    """The report's ``disputes`` and ``limitation`` keys."""
    rows = open_disputes(facts)
    return {
        "disputes": {"by_reason": by_reason(rows), "open": rows},
        "limitation": limitation_rows(facts),
    }


TEXT_LIMITATION_ROWS = 20
"""The text report lists this many soonest dates; CSV and JSON have every one."""
MORE = {
    "en": "— the first {shown}; {count} more in --format csv",
    "zh": "——前{shown}项；另有{count}项见 --format csv",
}
HEADINGS = {
    "en": {"oldest_days": "oldest (days)", "overdue": "follow-up overdue"},
    "zh": {
        "currency": "币种",
        "reason": "原因",
        "count": "件数",
        "amount": "金额",
        "oldest_days": "最久（天）",
        "overdue": "跟进已逾期",
        "client": "客户",
        "contract": "合同",
        "milestone": "款项",
        "since": "记录日",
        "follow_up_by": "跟进截止",
        "outstanding": "未收",
        "expires": "时效届满",
        "days_left": "剩余天数",
    },
}
"""Column headings of the text sections in the PM's language (else the key)."""


def text_sections(
    facts: Sequence[MilestoneFact], language: str
) -> list[tuple[str, list[dict[str, Any]], list[str]]]:
    """(title, rows, columns) of the text report's dispute and limitation sections; the
    columns are headings in ``language``, the money formatted, reasons named."""
    titles = TITLES.get(language, TITLES["en"])
    heads = HEADINGS.get(language, HEADINGS["en"])
    rows = open_disputes(facts)
    sections = [
        (
            titles["disputes"],
            by_reason(rows),
            ["currency", "reason", "count", "amount", *AGES, "oldest_days", "overdue"],
        ),
        (
            titles["open"],
            rows,
            [
                "client",
                "contract",
                "milestone",
                "reason",
                "amount",
                "since",
                "follow_up_by",
                "overdue",
            ],
        ),
        (
            titles["limitation"],
            limitation_rows(facts),
            ["client", "contract", "milestone", "currency", "outstanding", "expires", "days_left"],
        ),
    ]
    title, limits, columns = sections[2]
    if len(limits) > TEXT_LIMITATION_ROWS:
        more = MORE.get(language, MORE["en"])
        more = more.format(shown=TEXT_LIMITATION_ROWS, count=len(limits) - TEXT_LIMITATION_ROWS)
        sections[2] = (f"{title} {more}", limits[:TEXT_LIMITATION_ROWS], columns)
    out = []
    for title, found, columns in sections:
        shown = [{heads.get(c, c): _cell(c, row[c], language) for c in columns} for row in found]
        out.append((title, shown, [heads.get(c, c) for c in columns]))
    return out


def _cell(column: str, value: Any, language: str) -> Any:
    if column in ("amount", "outstanding"):
        return f"{Decimal(value):,.2f}"
    if column == "reason":
        return disputes.label(value, language)
    if column == "overdue" and isinstance(value, bool):
        return "!" if value else ""
    return value
