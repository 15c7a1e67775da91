"""The report as text, CSV, JSON and HTML, and the ``cuikuan report`` command.

The HTML is parsed (not grepped): the chart must be bars of table cells that email
clients render (tests/test_chart.py has the details), and the page must read in the PM's
language.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from daemon.cli import main as cli
from daemon.config.schema import Config
from daemon.reports import render
from daemon.reports.build import Report, build_report
from daemon.reports.chart import BAR_PX, COLOURS
from daemon.storage.store import Store
from tests.report_world import REPORT_NOW, build_world


def load(config: Config) -> Report:
    with Store(config.settings.data_dir / "state.json", read_only=True) as store:
        return build_report(config, store.snapshot(), store.events(), REPORT_NOW)


@pytest.fixture
def world(tmp_path: Path) -> tuple[Path, Config, Report]:
    path, config = build_world(tmp_path)
    return path, config, load(config)


class Page(HTMLParser):
    """Collects images, bar segments, headings and table cells of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.images: list[dict[str, str | None]] = []
        self.segments: list[dict[str, str | None]] = []
        self.headings: list[str] = []
        self.cells: list[str] = []
        self._tag: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images.append(dict(attrs))
        if tag == "td" and dict(attrs).get("bgcolor") in COLOURS.values():
            self.segments.append(dict(attrs))
        self._tag = tag

    def handle_endtag(self, tag: str) -> None:
        self._tag = None

    def handle_data(self, data: str) -> None:
        if self._tag in ("h1", "h2"):
            self.headings.append(data.strip())
        elif self._tag in ("td", "strong") and data.strip():
            self.cells.append(data.strip())


def test_text_report_shows_each_section(world: tuple[Path, Config, Report]) -> None:
    text = render.to_text(world[2])
    assert text.startswith("Receivables report — as of 2026-12-31 (period 2026-10-03")
    lines = text.splitlines()
    assert ["CNY", "40,000.00"] in [line.split() for line in lines]
    habit = next(line for line in lines if line.strip().startswith("disputer  0 "))
    assert "55.5" in habit and "65" in habit
    assert any("L1" in line and "2026-09-20" in line for line in lines)  # review
    upcoming = next(line for line in lines if line.strip().startswith("at ("))
    assert re.search(r"at \([A-Za-z]+/[A-Za-z_]+\)", upcoming)  # local times, zone named


def test_csv_has_one_row_per_milestone(world: tuple[Path, Config, Report]) -> None:
    text = render.to_csv(world[2])
    assert text.startswith("\ufeffclient,")  # the BOM: Excel then reads UTF-8, not GBK
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert len(rows) == 8
    e1 = next(r for r in rows if r["contract"] == "E1")
    assert (e1["days_late"], e1["paid_amount"], e1["discount_taken"]) == ("-16", "49000.00", "True")
    p1 = next(r for r in rows if (r["contract"], r["milestone"]) == ("P1", "m1"))
    assert (p1["bucket"], p1["expected"], p1["state"]) == ("1-30", "2027-01-05", "promised")


def test_json_is_exact_and_complete(world: tuple[Path, Config, Report]) -> None:
    data = json.loads(render.to_json(world[2]))
    assert data["outstanding"] == {"CNY": "40000.00", "USD": "10000.00"}
    assert data["dso"] == {"CNY": 25.7, "USD": 90.0}
    assert data["period"] == {"days": 90, "start": "2026-10-03", "end": "2026-12-31"}
    assert [r["contract"] for r in data["reviews"]] == ["L1", "E1"]
    assert {h["client"]: h["score"] for h in data["habits"]} == {
        "disputer": 0,
        "promiser": 29,
        "late": 30,
        "early": 100,
    }
    assert data["upcoming"] and all(e["at"] >= "2026-12-31" for e in data["upcoming"])


def test_html_draws_the_chart_with_table_cells(world: tuple[Path, Config, Report]) -> None:
    _, config, report = world
    page = Page()
    page.feed(render.to_html(config, report))
    assert page.images == []  # nothing for a mail client to block
    legend, bars = page.segments[: len(COLOURS)], page.segments[len(COLOURS) :]
    assert [s["bgcolor"] for s in legend] == list(COLOURS.values())
    assert bars and all(int(str(s["width"])) >= 1 for s in bars)
    assert max(int(str(s["width"])) for s in bars) <= BAR_PX
    assert "Payment habits (worst first)" in page.headings
    assert "USD 10,000.00" in page.cells and "CNY 40,000.00" in page.cells


def test_html_in_chinese(tmp_path: Path) -> None:
    _, config = build_world(tmp_path, language="zh")
    report = load(config)
    page = Page()
    page.feed(render.to_html(config, report))
    assert "应收账款报告" in page.headings and "客户付款习惯（评分由低到高）" in page.headings
    assert "¥40,000.00" in page.cells
    assert "逾期1–30天" in page.cells and page.segments  # the chart's legend, in Chinese
    text = render.to_text(report)
    assert text.startswith("应收账款报告")
    # The text part of the weekly email: words a PM reads, never JSON keys or stage ids.
    for raw in ("not_due", "milestones_open", "on_time_rate", "next_30", "TOTAL", "currency"):
        assert raw not in text, raw
    assert "未到期" in text and "合计" in text and "按时比例" in text


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["daemon.cli.report"])
    return cli.main(argv)


@pytest.mark.parametrize("fmt", ["text", "html", "csv", "json"])
def test_report_command_writes_each_format(
    world: tuple[Path, Config, Report],
    tmp_path: Path,
    fmt: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = world[0]
    out = tmp_path / "out" / f"report.{fmt}"
    argv = ["report", "--as-of", "2026-12-31", "--format", fmt, "--out", str(out)]
    assert run([*argv, "--config", str(path)], monkeypatch) == 0
    text = out.read_text(encoding="utf-8")
    if fmt in ("text", "csv"):
        assert text == getattr(render, f"to_{fmt}")(world[2])
    elif fmt == "json":
        assert json.loads(text)["as_of"] == "2026-12-31T23:59:59+08:00"
    else:
        page = Page()
        page.feed(text)
        assert page.segments and not page.images
    assert not list(out.parent.glob(".*tmp*"))  # written through a temp file, renamed
    err = capsys.readouterr().err
    assert "contracts " not in err  # stderr is not a terminal: no progress


def test_report_command_as_of_prints_json(
    world: tuple[Path, Config, Report],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["report", "--as-of", "2026-09-01", "--format", "json", "--config", str(world[0])]
    assert run(argv, monkeypatch) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["day"] == "2026-09-01"
    assert data["outstanding"] == {"CNY": "60000.00", "USD": "20000.00"}


def test_progress_only_on_a_terminal() -> None:
    from daemon.reports.progress import terminal_progress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert terminal_progress("contracts", io.StringIO()) is None
    stream = Tty()
    progress = terminal_progress("contracts", stream)
    assert progress is not None
    progress(1, 2)
    progress(2, 2)
    assert stream.getvalue() == "\rcontracts 1/2\rcontracts 2/2\n"
