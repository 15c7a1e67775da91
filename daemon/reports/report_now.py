"""A report as of now, kept as rendered text: a later instant prints it without its facts.

Why: a report as of now kept for the instants it holds for
(:func:`daemon.reports.summary_report.write_now`) used to be unpickled whole (40,000
facts at 10,000 contracts) and rendered again at each instant: ~1.2 s of CPU, most of it
for text that is the same at every instant of the kept window. Within that window (until
the PM's next day or the first upcoming email) only two things move with ``now``: the
instant itself and the upcoming emails (those of the next :data:`UPCOMING_DAYS` days).
So each format keeps what does not move as text, and the moving parts in pieces:

* CSV: one row per milestone, nothing else: the whole text.
* text: the day in its title is the same all window long, so only the section of
  upcoming emails moves: the text before and after it, and each upcoming email's cells
  and widths (the emails up to the window's last instant), aligned for the instant asked
  with :mod:`daemon.reports.text_table`, as the renderer does.
* JSON: ``as_of`` and ``upcoming`` move: the text around them, and each email as JSON.

Each email has its time (microseconds since the epoch, exact) to tell whether it is in
the window of an instant. What is kept is checked when it is made: put together for the
report's own instant it must be the very text the long way printed, or nothing is kept
for that format. Serving it imports neither the renderers nor the config's models.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from daemon.reports import text_table

if TYPE_CHECKING:
    from daemon.reports.build import Report

KINDS = ("text", "json", "csv")
"""The formats kept rendered (HTML needs the config: its templates)."""
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MARK = "\x00cuikuan moves with now: {}\x00"
"""Stands for a moving value while the JSON is rendered (a NUL is escaped in JSON, so the
marks cannot be confused with any text of the report; checked anyway)."""


def micros(at: datetime) -> int:
    """An aware instant as whole microseconds since the epoch (compares as the instant)."""
    return (at - _EPOCH) // timedelta(microseconds=1)


def parts(
    fmt: str, report: Report, upcoming: list[dict[str, Any]], days: int, printed: str
) -> dict[str, Any] | None:
    """What a later instant of ``report``'s window needs to print it in ``fmt``:
    ``upcoming`` are the emails up to the window's last instant, ``days`` the length of a
    report's window of upcoming emails, ``printed`` the long way's text. None: not kept."""
    made: dict[str, Any] | None
    if fmt == "csv":
        made = {"text": printed}
    elif fmt == "text":
        made = _text_parts(report, upcoming)
    elif fmt == "json":
        made = _json_parts(report, upcoming)
    else:
        return None
    if made is None:
        return None
    made.update(format=fmt, day=report.day.isoformat(), days=days)
    made["times"] = [micros(datetime.fromisoformat(e["at"])) for e in upcoming]
    if assemble(made, report.as_of) != printed:
        return None  # not the long way's text: keep nothing rather than something else
    return made


def _text_parts(report: Report, upcoming: list[dict[str, Any]]) -> dict[str, Any]:
    from dataclasses import replace

    from daemon.reports import render

    head, tail = render.text_around_upcoming(report)
    title, headings, body, none = render.upcoming_section(replace(report, upcoming=upcoming))
    sizes = [[text_table.width(row[c]) for row in body] for c in range(len(headings))]
    full = text_table.widths(headings, body)
    return {
        "head": head,
        "tail": tail,
        "title": title,
        "headings": headings,
        "none": none,
        "cells": body,
        "widths": sizes,
        "full": full,
        "lines": [text_table.line(row, full) for row in body],
    }


def _json_parts(report: Report, upcoming: list[dict[str, Any]]) -> dict[str, Any] | None:
    doc = report.to_json()
    doc["as_of"], doc["upcoming"] = _MARK.format("as_of"), _MARK.format("upcoming")
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    as_of, listed = (json.dumps(_MARK.format(name)) for name in ("as_of", "upcoming"))
    if text.count(as_of) != 1 or text.count(listed) != 1 or text.find(as_of) > text.find(listed):
        return None
    first, rest = text.split(as_of)
    pieces = [first, *rest.split(listed)]
    rows = [json.dumps(e, ensure_ascii=False, indent=2).replace("\n", "\n    ") for e in upcoming]
    return {"pieces": pieces, "rows": rows}


def assemble(kept: dict[str, Any], now: datetime) -> str:
    """The report as of ``now`` (an instant its window holds for) in the kept format."""
    if kept["format"] == "csv":
        return str(kept["text"])
    limit = micros(now + timedelta(days=kept["days"]))
    chosen = [i for i, at in enumerate(kept["times"]) if at <= limit]
    if kept["format"] == "json":
        first, middle, last = kept["pieces"]
        rows = kept["rows"]
        listed = "[\n    " + ",\n    ".join(rows[i] for i in chosen) + "\n  ]" if chosen else "[]"
        return f"{first}{json.dumps(now.isoformat())}{middle}{listed}{last}"
    return kept["head"] + "\n".join(_upcoming_lines(kept, chosen)) + kept["tail"]


def _upcoming_lines(kept: dict[str, Any], chosen: Sequence[int]) -> list[str]:
    """:func:`daemon.reports.text_table.section_lines` over the chosen emails, from the
    kept cells: the lines aligned for every kept email serve when the widths are the same."""
    title, headings = kept["title"], kept["headings"]
    if not chosen:
        return [title, kept["none"], ""]
    sizes = [
        max(text_table.width(h), *(column[i] for i in chosen))
        for h, column in zip(headings, kept["widths"], strict=True)
    ]
    head = text_table.line(headings, sizes)
    if sizes == kept["full"]:
        lines = kept["lines"]
        return [title, head, *(lines[i] for i in chosen), ""]
    cells = kept["cells"]
    return [title, head, *(text_table.line(cells[i], sizes) for i in chosen), ""]
