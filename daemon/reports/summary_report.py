"""The report's summary: the report for one instant and period, and its renderings.

See :mod:`daemon.reports.summary` for what a summary is and when it is trusted. A report
is a pure function of the config, the state, the history, the instant (``--as-of DAY`` is
the end of that day) and the period, so its key is the summary key plus those two. The
:class:`~daemon.reports.build.Report` itself is kept (``report-summary.pickle``) and each
text rendering in a file of its own (``report-summary-text.pickle``, ``-json``, ``-csv``):
printing one needs neither the config nor the renderers, and reads only that file (the
JSON of 10,000 contracts is ~50 MB). HTML is rendered from the kept report (it needs the
config: its templates and zone).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from daemon.reports import summary, summary_file

if TYPE_CHECKING:
    from daemon.config.schema import Config
    from daemon.reports.build import Report

TEXT_FORMATS = ("text", "json", "csv")
"""Renderings made from the report alone (the HTML one needs the config)."""
Instant = Callable[[str], datetime]
"""The report's instant given the PM's zone (``--as-of DAY`` is the end of DAY there)."""


def _name(fmt: str | None) -> str:
    """``report-summary.pickle`` (the report), ``report-summary-text.pickle``, ..."""
    stem = summary.REPORT_FILE.removesuffix(".pickle")
    return summary.REPORT_FILE if fmt is None else f"{stem}-{fmt}.pickle"


def _read(config_path: Path, fmt: str | None, as_of: Instant, period_days: int) -> Any:
    found = summary.read_kept(config_path, _name(fmt), "report")
    if found is None:
        return None
    key, data = found
    zone = key.get("timezone")
    if not isinstance(zone, str) or key.get("period_days") != period_days:
        return None
    if key.get("as_of") != as_of(zone).isoformat():
        return None
    return data


def read_text(
    config_path: Path, fmt: str, as_of: Instant, period_days: int
) -> tuple[str, str] | None:
    """(day, text) of the report in ``fmt`` as of ``as_of`` over ``period_days``, when a
    summary holds it for the present files."""
    data = _read(config_path, fmt, as_of, period_days)
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return None
    summary.SERVED["report"] += 1
    return str(data.get("day")), data["text"]


def read_report(config_path: Path, as_of: Instant, period_days: int) -> Report | None:
    """The report itself, when a summary holds it (for a format not kept as text)."""
    from daemon.reports.build import Report

    data = _read(config_path, None, as_of, period_days)
    try:
        found = summary_file.Known(io.BytesIO(data)).load()
    except Exception:  # noqa: BLE001 - None, damaged, odd: the long way
        return None
    if not isinstance(found, Report):
        return None
    summary.SERVED["report"] += 1
    return found


def write(
    writer: summary.Writer,
    config: Config,
    report: Report,
    texts: dict[str, str],
    *,
    render_all: bool = False,
) -> None:
    """Keep ``report`` and its renderings in ``texts`` (``render_all``: every text format,
    made here when missing: the daemon keeps them all, a command what it printed)."""
    from daemon.reports import render

    made = {fmt: texts[fmt] for fmt in TEXT_FORMATS if fmt in texts}
    if render_all:
        renderers = {"text": render.to_text, "json": render.to_json, "csv": render.to_csv}
        made.update({f: r(report) for f, r in renderers.items() if f not in made})
    extra = {
        "as_of": report.as_of.isoformat(),
        "period_days": report.period_days,
        "timezone": config.settings.timezone,
    }
    day = report.day.isoformat()
    blob = summary_file.dumps(report)
    if writer.write(config, _name(None), "report", extra, blob):
        for fmt, text in made.items():
            writer.write(config, _name(fmt), "report", extra, {"day": day, "text": text})
