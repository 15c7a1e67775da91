"""The report's summary: the report for one instant and period, and its renderings.

See :mod:`daemon.reports.summary` for what a summary is and when it is trusted. A report
is a pure function of the config, the state, the history, the instant (``--as-of DAY`` is
the end of that day) and the period, so its key is the summary key plus those two. The
:class:`~daemon.reports.build.Report` itself is kept (``report-summary.pickle``) and each
text rendering in a file of its own (``report-summary-text.pickle``, ``-json``, ``-csv``):
printing one needs neither the config nor the renderers, and reads only that file (the
JSON of 10,000 contracts is ~50 MB). HTML is rendered from the kept report (it needs the
config: its templates and zone).

A report as of *now* (no ``--as-of``) is asked for at a new instant each time, so it is
kept apart (``report-now-summary.pickle``) with the instants it holds for: from its
instant until the PM's next day, the first upcoming email's time, whichever comes first,
and only when nothing in the state or the history is dated after its instant. Between
those instants only two things move with ``now``: the instant the report names and the
window of upcoming emails, so the kept report is given the new instant and the upcoming
emails of its window (kept for a window as long as the longest it may serve) and
rendered again (:func:`read_now`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from daemon.reports import summary, summary_file

if TYPE_CHECKING:
    from daemon.config.records import Config
    from daemon.domain.state import StateView
    from daemon.reports.asof import Event
    from daemon.reports.build import Report

TEXT_FORMATS = ("text", "json", "csv")
"""Renderings made from the report alone (the HTML one needs the config)."""
Instant = Callable[[str], datetime]
"""The report's instant given the PM's zone (``--as-of DAY`` is the end of DAY there)."""
NOW_FILE = "report-now-summary.pickle"
"""The report as of an instant, for the later instants it holds for (module docstring)."""


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


def _now_name(fmt: str) -> str:
    """``report-now-summary-text.pickle``, ...: a report as of now kept rendered."""
    return f"{NOW_FILE.removesuffix('.pickle')}-{fmt}.pickle"


def _holds(key: dict[str, Any], now: datetime, period_days: int) -> bool:
    at, until = datetime.fromisoformat(key["at"]), datetime.fromisoformat(key["until"])
    return key.get("period_days") == period_days and at <= now < until


def read_now(
    config_path: Path, fmt: str, now: datetime, period_days: int
) -> tuple[str, str] | None:
    """(day, text) of the report as of ``now`` in ``fmt`` (not HTML: it needs the config),
    when a report kept as of an earlier instant holds for ``now``: put together from its
    rendered parts (:mod:`daemon.reports.report_now`), else rendered from the kept report."""
    from daemon.reports import report_now

    if fmt in report_now.KINDS:
        found = summary.read_kept(config_path, _now_name(fmt), "report-now-rendered")
        try:
            if found is not None and _holds(found[0], now, period_days):
                kept = found[1]
                text = report_now.assemble(kept, now)
                summary.SERVED["report"] += 1
                return str(kept["day"]), text
        except Exception:  # noqa: BLE001 - damaged, odd: the kept report or the long way
            pass
    return _render_now(config_path, fmt, now, period_days)


def _render_now(
    config_path: Path, fmt: str, now: datetime, period_days: int
) -> tuple[str, str] | None:
    """:func:`read_now` from the kept report itself (its facts), rendered again."""
    from daemon.reports import render
    from daemon.reports.build import UPCOMING_DAYS, Report

    renderers = {"text": render.to_text, "json": render.to_json, "csv": render.to_csv}
    found = summary.read_kept(config_path, NOW_FILE, "report-now")
    if found is None or fmt not in renderers:
        return None
    key, data = found
    try:
        if not _holds(key, now, period_days):
            return None
        report = summary_file.Known(io.BytesIO(data["report"])).load()
        end = now + timedelta(days=UPCOMING_DAYS)
        upcoming = [r for r in data["upcoming"] if datetime.fromisoformat(r["at"]) <= end]
    except Exception:  # noqa: BLE001 - damaged, odd: the long way
        return None
    if not isinstance(report, Report):
        return None
    report = replace(report, as_of=now, upcoming=upcoming)
    summary.SERVED["report"] += 1
    text = renderers[fmt](report)
    _keep_rendered(config_path, key, fmt, report, data["upcoming"], text)
    return report.day.isoformat(), text


def _keep_rendered(
    config_path: Path,
    key: dict[str, Any],
    fmt: str,
    report: Report,
    upcoming: list[dict[str, Any]],
    text: str,
) -> None:
    """Keep ``text`` (``report`` as of a later instant) in parts, under the kept report's
    key, so that the next instant in ``fmt`` needs no facts. That key was the present one
    a moment ago; if anything changed since, the next reader finds it old and ignores it."""
    from daemon.reports import report_now
    from daemon.reports.build import UPCOMING_DAYS

    where = summary.place(config_path)
    kept = report_now.parts(fmt, report, upcoming, UPCOMING_DAYS, text)
    if where is not None and kept is not None:
        summary_file.write(where.data_dir / _now_name(fmt), "report-now-rendered", key, kept)


def write_now(
    writer: summary.Writer,
    config: Config,
    state: StateView,
    events: Iterable[Event],
    report: Report,
    texts: dict[str, str] | None = None,
) -> datetime | None:
    """Keep ``report`` (as of this instant) for the later instants it holds for, and its
    renderings in ``texts`` (format: text) as parts that need no facts to print. Returns
    the end of those instants (None: not kept).

    Not kept when anything is dated after the report's instant (a later ``now`` would count
    it) or an upcoming email is due at that very instant (its time moves with ``now``).
    """
    from zoneinfo import ZoneInfo

    from daemon.domain.forecast import plan_window
    from daemon.reports import report_now
    from daemon.reports.asof import config_as_of, events_until, state_as_of
    from daemon.reports.build import UPCOMING_DAYS

    at, events = report.as_of, list(events)
    past = events_until(events, at)
    if len(past) != len(events) or _latest(state) > at:
        return None
    next_day = datetime.combine(report.day + timedelta(days=1), time(0), ZoneInfo(report.timezone))
    then = state_as_of(state, past, at)  # as build_report plans, over a longer window
    ahead = next_day + timedelta(days=UPCOMING_DAYS)
    upcoming = [e.as_row() for e in plan_window(config_as_of(config, report.day), then, at, ahead)]
    times = [datetime.fromisoformat(r["at"]) for r in upcoming]
    if any(t <= at for t in times):
        return None
    until = min([next_day, *times])
    extra = {"at": at.isoformat(), "until": until.isoformat(), "period_days": report.period_days}
    data = {"report": summary_file.dumps(report), "upcoming": upcoming}
    if not writer.write(config, NOW_FILE, "report-now", extra, data):
        return None
    for fmt, text in (texts or {}).items():
        kept = report_now.parts(fmt, report, upcoming, UPCOMING_DAYS, text)
        if kept is not None:
            writer.write(config, _now_name(fmt), "report-now-rendered", extra, kept)
    return until


def _latest(state: StateView) -> datetime:
    """The latest instant anything in the state is dated (what
    :func:`~daemon.reports.asof.state_as_of` and the report's facts filter on)."""
    found = [r.at for r in state.sends.values()]
    found += [m.updated_at for m in state.milestones.values() if m.updated_at is not None]
    found += list(state.contracts_seen.values())
    found += [at for edits in state.contracts_edited.values() for at in edits]
    found += [learned.at for learned in state.contract_events.values()]
    return max(found, default=datetime.min.replace(tzinfo=UTC))
