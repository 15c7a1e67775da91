"""A :class:`~daemon.reports.build.Report` as text, HTML, CSV or JSON.

Renderers only format: every number was computed by :mod:`daemon.reports.metrics`. Text
and HTML speak the PM's language (settings.language, zh or en); CSV and JSON keep English
keys for spreadsheets and scripts. The HTML page draws its chart with table cells
(:mod:`daemon.reports.chart`), so the same page works as a file and as an email.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from daemon.config.records import Config
from daemon.errors import TemplateError
from daemon.mail.formatting import STAGE_NAMES
from daemon.mail.rendering import Renderer
from daemon.reports import dispute_report
from daemon.reports.build import Report, fact_row
from daemon.reports.chart import aging_chart_html
from daemon.reports.metrics import BUCKETS
from daemon.reports.text_table import cells, section_lines, table
from daemon.reports.times import in_zone, local_minute

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Receivables report",
        "as_of": "as of",
        "period": "period",
        "days": "days",
        "outstanding": "Outstanding per currency",
        "by_contract": "Outstanding by contract",
        "aging": "Aging (days overdue)",
        "collected": "Collected in the period",
        "dso": "DSO (days sales outstanding)",
        "forecast": "Cash forecast (cumulative; promises at their promised date)",
        "habits": "Payment habits (worst score first)",
        "upcoming": "Emails in the next 14 days",
        "reviews": "Fully paid contracts",
        "none": "none",
        "others": "others",
        "nothing_outstanding": "Nothing outstanding",
    },
    "zh": {
        "title": "应收账款报告",
        "as_of": "截至",
        "period": "统计期间",
        "days": "天",
        "outstanding": "未收金额（按币种）",
        "by_contract": "各合同未收金额",
        "aging": "账龄（逾期天数）",
        "collected": "期间内已收款",
        "dso": "应收账款周转天数 (DSO)",
        "forecast": "回款预测（累计；承诺付款按承诺日期计）",
        "habits": "客户付款习惯（评分由低到高）",
        "upcoming": "未来14天将发送的邮件",
        "reviews": "已全部收款的合同",
        "none": "无",
        "others": "其他",
        "nothing_outstanding": "无未收款项",
    },
}

COLUMN_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "currency": "currency",
        "amount": "amount",
        "client": "client",
        "contract": "contract",
        "milestone": "milestone",
        "stage": "email",
        "at": "at",
        "outstanding": "outstanding",
        "overdue": "overdue",
        "milestones_open": "open milestones",
        "collected": "collected",
        "dso": "DSO",
        "next_30": "next 30 days",
        "next_60": "next 60 days",
        "next_90": "next 90 days",
        "score": "score",
        "on_time_rate": "on time",
        "avg_days_late": "avg days late",
        "worst_days_late": "worst days late",
        "disputes": "disputes",
        "promises_kept": "promises kept",
        "promises_broken": "promises broken",
        "discounts_taken": "discounts taken",
        "total_paid": "total paid",
        "paid_off": "paid off",
        "emails": "emails",
        "TOTAL": "TOTAL",
    },
    "zh": {
        "currency": "币种",
        "amount": "金额",
        "client": "客户",
        "contract": "合同",
        "milestone": "款项",
        "stage": "邮件",
        "at": "时间",
        "outstanding": "未收",
        "overdue": "已逾期",
        "milestones_open": "未结款项数",
        "collected": "已收",
        "dso": "DSO（天）",
        "next_30": "30天内",
        "next_60": "60天内",
        "next_90": "90天内",
        "score": "评分",
        "on_time_rate": "按时比例",
        "avg_days_late": "平均逾期天数",
        "worst_days_late": "最长逾期天数",
        "disputes": "异议",
        "promises_kept": "守诺",
        "promises_broken": "失诺",
        "discounts_taken": "享受折扣",
        "total_paid": "已付合计",
        "paid_off": "付清日",
        "emails": "邮件数",
        "TOTAL": "合计",
    },
}
"""Column headings of the text report, per language: a PM reads words, not JSON keys
(which stay the keys of ``--json`` and the CSV, an interface)."""

CSV_COLUMNS: tuple[str, ...] = (
    "client",
    "contract",
    "milestone",
    "name",
    "state",
    "reason",
    "currency",
    "amount",
    "outstanding",
    "due",
    "days_overdue",
    "bucket",
    "expected",
    "paid_on",
    "paid_amount",
    "days_late",
    "discount_taken",
    "emails_sent",
    "disputes",
    "last_contact",
    "paid",
    "remaining",
    "dispute_reason",
    "disputed_amount",
    "dispute_since",
    "dispute_follow_up_by",
    "limitation_expires",
)


BUCKET_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "not_due": "Not due",
        "1-30": "1–30 days",
        "31-60": "31–60 days",
        "61-90": "61–90 days",
        "90+": "over 90 days",
    },
    "zh": {
        "not_due": "未到期",
        "1-30": "逾期1–30天",
        "31-60": "逾期31–60天",
        "61-90": "逾期61–90天",
        "90+": "逾期90天以上",
    },
}


FORECAST_KEYS = ("overdue", "next_30", "next_60", "next_90")


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


def to_json(report: Report) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"


CSV_BOM = "\ufeff"
"""Starts the CSV: without it, Excel reads the file in the system's code page (GBK on a
Chinese Windows) and garbles every Chinese name; with it, Excel, Numbers, LibreOffice and
Python's ``utf-8-sig`` all read UTF-8."""


def to_csv(report: Report) -> str:
    """One row per milestone (paid ones too), with its bucket, payment day and days late."""
    buffer = io.StringIO()
    buffer.write(CSV_BOM)
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for fact in report.facts:
        row = fact_row(fact)
        writer.writerow({k: "" if row[k] is None else row[k] for k in CSV_COLUMNS})
    return buffer.getvalue()


def money(amount: Decimal) -> str:
    return f"{amount:,.2f}"


def to_text(report: Report) -> str:
    """A plain-text report for a terminal or a text email."""
    head, tail = text_around_upcoming(report)
    return head + "\n".join(section_lines(*upcoming_section(report))) + tail


def text_around_upcoming(report: Report) -> tuple[str, str]:
    """The text report before and after its section of upcoming emails, each whole (the
    tail begins with the newline that ends that section). Apart because only that section
    moves with the report's instant within its day (:mod:`daemon.reports.report_now`)."""
    lab = labels(report.language)
    lines = [
        f"{lab['title']} — {lab['as_of']} {report.day.isoformat()} "
        f"({lab['period']} {report.period_start.isoformat()} .. {report.day.isoformat()}, "
        f"{report.period_days} {lab['days']})",
        "",
    ]
    names = {
        **COLUMN_NAMES.get(report.language, COLUMN_NAMES["en"]),
        **BUCKET_NAMES.get(report.language, BUCKET_NAMES["en"]),
    }

    def section(title: str, rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
        lines.append(title)
        headings = [names.get(c, c) for c in columns]
        lines.extend(table(rows, columns, headings) if rows else [f"  {lab['none']}"])
        lines.append("")

    section(
        lab["outstanding"],
        [{"currency": c, "amount": money(a)} for c, a in report.outstanding.items()],
        ["currency", "amount"],
    )
    section(
        lab["by_contract"],
        [
            {**r, "outstanding": money(r["outstanding"]), "overdue": money(r["overdue"])}
            for r in report.by_contract
        ],
        ["client", "contract", "currency", "outstanding", "overdue", "milestones_open"],
    )
    aging_rows = []
    for currency, clients in report.aging.items():
        for client, v in [*clients.items(), (names["TOTAL"], report.aging_totals[currency])]:
            aging_rows.append(
                {"currency": currency, "client": client, **{b: money(v[b]) for b in BUCKETS}}
            )
    section(lab["aging"], aging_rows, ["currency", "client", *BUCKETS])
    currencies = sorted(set(report.collected) | set(report.dso) | set(report.forecast))
    money_rows = []
    for c in currencies:
        f = report.forecast.get(c, {})
        money_rows.append(
            {
                "currency": c,
                "collected": money(report.collected.get(c, Decimal(0))),
                "dso": report.dso.get(c),
                **{k: money(f.get(k, Decimal(0))) for k in FORECAST_KEYS},
            }
        )
    section(
        f"{lab['collected']} / {lab['dso']} / {lab['forecast']}",
        money_rows,
        ["currency", "collected", "dso", "overdue", "next_30", "next_60", "next_90"],
    )
    section(
        lab["habits"],
        [vars(h) for h in report.habits],
        [
            "client",
            "score",
            "on_time_rate",
            "avg_days_late",
            "worst_days_late",
            "disputes",
            "promises_kept",
            "promises_broken",
            "discounts_taken",
        ],
    )
    head = "\n".join(lines) + "\n"
    lines.clear()
    section(
        lab["reviews"],
        [{**r.to_json(), "total_paid": money(r.total_paid)} for r in report.reviews],
        [
            "client",
            "contract",
            "currency",
            "total_paid",
            "paid_off",
            "avg_days_late",
            "worst_days_late",
            "emails",
            "disputes",
        ],
    )
    for title, rows, columns in dispute_report.text_sections(report.facts, report.language):
        section(title, rows, columns)
    return head, "\n" + "\n".join(lines).rstrip() + "\n"


def upcoming_section(report: Report) -> tuple[str, list[str], list[list[str]], str]:
    """The text report's upcoming emails: title, headings, each email's cells, and the
    line that says there are none."""
    lab = labels(report.language)
    tz = ZoneInfo(report.timezone)
    at = in_zone("at", tz)
    names = COLUMN_NAMES.get(report.language, COLUMN_NAMES["en"])
    columns = [at, "client", "contract", "milestone", "stage"]
    headings = [in_zone(names["at"], tz), *(names[c] for c in columns[1:])]
    stage_names = STAGE_NAMES.get(report.language, STAGE_NAMES["en"])
    rows = [
        {**e, at: local_minute(e["at"], tz), "stage": stage_names.get(e["stage"], e["stage"])}
        for e in report.upcoming
    ]
    return lab["upcoming"], headings, cells(rows, columns), f"  {lab['none']}"


def html_context(config: Config, report: Report) -> dict[str, Any]:
    """What ``report.html.j2`` reads."""
    words = labels(report.language)
    bucket_names = BUCKET_NAMES.get(report.language, BUCKET_NAMES["en"])
    tz = ZoneInfo(report.timezone)
    return {
        "zone": tz.key,
        "local_at": lambda at: local_minute(at, tz),
        "language": report.language,
        "company": config.settings.company,
        "report": report,
        "data": report.to_json(),
        "buckets": BUCKETS,
        "chart": aging_chart_html(
            report.aging,
            bucket_names,
            others=words["others"],
            nothing=words["nothing_outstanding"],
        ),
        "labels": words,
        "bucket_names": bucket_names,
        "stage_names": STAGE_NAMES.get(report.language, STAGE_NAMES["en"]),
        "currencies": sorted(set(report.collected) | set(report.dso) | set(report.forecast)),
        # the same dispute and limitation tables as the text report (titles, headings, cells)
        "dispute_sections": dispute_report.text_sections(report.facts, report.language),
    }


def to_html(config: Config, report: Report, renderer: Renderer | None = None) -> str:
    """The HTML report (``templates/<language>/report.html.j2``), its chart included."""
    import jinja2  # already loaded by renderer.env; not at import: the daemon idles without it

    renderer = renderer or Renderer.for_config(config)
    name = f"{report.language}/report.html.j2"
    try:
        return renderer.env.get_template(name).render(html_context(config, report))
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{name}: {exc}") from exc
