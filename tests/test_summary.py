"""Status and report summaries: taken when fresh, never when anything they depend on moved.

The medium world (:mod:`tests.medium_world`) is built once; each test that changes
something works on a copy. Whether a summary answered is read from
:data:`daemon.reports.summary.SERVED` (a counter), never from a stopwatch.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from daemon.cli.main import main
from daemon.config.loader import load_config
from daemon.domain.forecast import Hold
from daemon.domain.status import EVENT_KINDS, status_rows
from daemon.reports import summary, summary_file, summary_key, summary_report
from daemon.service.layout import state_path
from daemon.storage.read_only import read_state_and_events
from daemon.storage.store import Store
from tests import medium_world

NOW = medium_world.NOW
STATUS = ["status", "--now", NOW.isoformat()]
REPORT = ["report", "--as-of", str(NOW.date())]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return medium_world.build(tmp_path_factory.mktemp("medium"))


@pytest.fixture
def world(built: Path, tmp_path: Path) -> Path:
    """A copy of the medium world, without summaries."""
    shutil.copytree(built.parent, tmp_path / "w")
    for kept in (tmp_path / "w" / "data").glob("*summary*"):
        kept.unlink()
    return tmp_path / "w" / built.name


def run(config: Path, *argv: str) -> tuple[str, bool]:
    """What the command printed, and whether a summary answered it."""
    before = sum(summary.SERVED.values())
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*argv, "--config", str(config)]) == 0
    return out.getvalue(), sum(summary.SERVED.values()) > before


def long_way(config: Path, *argv: str) -> str:
    """What the command prints with no summary at all."""
    for kept in state_path(load_config(config)).parent.glob("*summary*"):
        kept.unlink()
    text, served = run(config, *argv)
    assert not served
    return text


def test_a_fresh_summary_answers_and_prints_the_same(world: Path) -> None:
    for argv in (STATUS, [*STATUS, "--json"], [*STATUS, "--client", "cl1"], REPORT):
        first, served = run(world, *argv)
        assert not served or argv[0] == "status"  # the report's first run builds it
        again, served = run(world, *argv)
        assert served, argv
        assert again == first == long_way(world, *argv)


def test_status_an_hour_later_from_the_summary_is_the_long_way(world: Path) -> None:
    run(world, *STATUS)
    later = ["status", "--now", (NOW + timedelta(hours=1)).isoformat()]
    text, served = run(world, *later)
    assert served  # the world's next emails hold past 11:00
    assert text == long_way(world, *later)


def test_a_config_edit_is_not_answered_from_the_summary(world: Path) -> None:
    before, _ = run(world, *STATUS)
    medium_world.move_first_due(world)
    after, served = run(world, *STATUS)
    assert not served
    assert after != before and after == long_way(world, *STATUS)
    assert run(world, *STATUS)[1]  # the long run kept the new answer


def test_a_new_event_is_not_answered_from_the_summary(world: Path) -> None:
    run(world, *STATUS)
    run(world, *REPORT)
    config = load_config(world)
    with Store(state_path(config)) as store:
        store.add_event(
            NOW - timedelta(hours=1),
            "received",
            "K-1",
            "m1",
            message_id="<late@client.example>",
            kind="promise",
            matched_via="subject tag",
        )
    for argv in (STATUS, REPORT):
        text, served = run(world, *argv)
        assert not served, argv
        assert text == long_way(world, *argv)


@pytest.mark.parametrize("damage", ["truncated", "flipped", "empty", "other kind"])
def test_a_damaged_summary_is_not_used(world: Path, damage: str) -> None:
    expected, _ = run(world, *STATUS)
    path = state_path(load_config(world)).parent / summary.STATUS_FILE
    blob = path.read_bytes()
    if damage == "other kind":  # whole and checksummed, but not a status summary
        found = summary_file.read(path, "status")
        assert found is not None
        summary_file.write(path, "report", *found)
    else:
        damaged = {
            "truncated": blob[: len(blob) // 2],
            "flipped": blob[:-10] + bytes([blob[-10] ^ 1]) + blob[-9:],
            "empty": b"",
        }[damage]
        path.write_bytes(damaged)
    text, served = run(world, *STATUS)
    assert not served
    assert text == expected


def test_other_code_or_a_missing_invoice_is_not_answered(
    world: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(world, *STATUS)
    with monkeypatch.context() as m:
        m.setattr(summary, "code_stamp", lambda: "other code")
        assert not run(world, *STATUS)[1]  # (and keeps one for that code)
    assert not run(world, *STATUS)[1]
    assert run(world, *STATUS)[1]
    invoice = world.parent / "inv.pdf"
    invoice.write_bytes(b"%PDF-1.4\n")
    client_file = next((world.parent / "clients.d").glob("*.yaml"))
    text = client_file.read_text(encoding="utf-8")
    edited = text.replace("name: Part 1,", f"name: Part 1, invoice: {invoice},", 1)
    assert edited != text
    client_file.write_text(edited, encoding="utf-8")
    run(world, *STATUS)
    assert run(world, *STATUS)[1]
    invoice.unlink()  # the check fails now: status must say so, not print the summary
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main([*STATUS, "--config", str(world)]) != 0


def test_status_before_the_summary_or_at_its_end_takes_the_long_way(world: Path) -> None:
    run(world, *STATUS)
    earlier = ["status", "--now", (NOW - timedelta(minutes=1)).isoformat()]
    assert not run(world, *earlier)[1]
    run(world, *STATUS)
    kept = summary.read_status(world, NOW)
    assert kept is not None and kept.until is not None
    assert summary.read_status(world, kept.until) is None
    assert summary.read_status(world, kept.until - timedelta(microseconds=1)) is not None


def test_the_report_of_another_day_or_period_is_not_the_summary(world: Path) -> None:
    run(world, *REPORT)
    other_day = ["report", "--as-of", str((NOW - timedelta(days=1)).date())]
    assert not run(world, *other_day)[1]
    run(world, *REPORT)
    assert not run(world, *REPORT, "--period-days", "30")[1]
    run(world, *REPORT)
    html, served = run(world, *REPORT, "--format", "html")  # from the kept report
    assert served and html == long_way(world, *REPORT, "--format", "html")


def test_a_report_as_of_now_keeps_no_summary_of_a_day(world: Path) -> None:
    run(world, "report")  # as of the clock's instant: kept apart, for later instants only
    assert not list(world.parent.glob("data/report-summary*"))
    run(world, *REPORT)
    assert list(world.parent.glob("data/report-summary*"))


def _report_now(at: datetime, *fmt: str) -> list[str]:
    return ["report", "--now", at.isoformat(), *fmt]


def _kept_now(world: Path) -> dict | None:
    found = summary.read_kept(world, summary_report.NOW_FILE, "report-now")
    return None if found is None else found[0]


@pytest.mark.parametrize("fmt", [[], ["--format", "json"], ["--format", "csv"]])
def test_a_report_as_of_now_is_answered_while_it_holds(world: Path, fmt: list[str]) -> None:
    """Kept at 06:00 (every client's send window closed), the report holds until the
    first upcoming email at 09:00: later instants get the kept report with their own
    instant and window of upcoming emails, the very bytes of the long way."""
    start = NOW + timedelta(hours=20)
    first, served = run(world, *_report_now(start, *fmt))
    assert not served and first == long_way(world, *_report_now(start, *fmt))
    run(world, *_report_now(start, *fmt))  # long_way() took the kept one away
    key = _kept_now(world)
    assert key is not None
    assert datetime.fromisoformat(key["at"]) == start
    assert datetime.fromisoformat(key["until"]) == start + timedelta(hours=3)
    for later in (start + timedelta(minutes=1), start + timedelta(hours=2, minutes=59)):
        text, served = run(world, *_report_now(later, *fmt))
        assert served, later
        assert text == long_way(world, *_report_now(later, *fmt))
        run(world, *_report_now(start, *fmt))  # kept again for the next instant
    nine = _report_now(start + timedelta(hours=3), *fmt)  # the first email's time
    text, served = run(world, *nine)
    assert not served and text == long_way(world, *nine)


def test_a_report_as_of_now_is_not_kept_while_an_email_is_due_that_instant(world: Path) -> None:
    """At 10:00 the morning's emails are due (the daemon sends them now): their time is
    the report's instant, so no later instant could be answered from it. The PM's day is
    a bound too: a report kept before midnight ends there."""
    run(world, *_report_now(NOW))
    assert _kept_now(world) is None


def test_a_report_as_of_now_after_a_new_event_takes_the_long_way(world: Path) -> None:
    start = NOW + timedelta(hours=20)
    run(world, *_report_now(start))
    assert _kept_now(world) is not None
    with Store(state_path(load_config(world))) as store:
        store.add_event(start, "received", "K-1", "m1", message_id="<x@client.example>")
    later = _report_now(start + timedelta(minutes=5))
    text, served = run(world, *later)
    assert not served and text == long_way(world, *later)
    with Store(state_path(load_config(world))) as store:  # dated after the report's instant
        store.add_event(start + timedelta(hours=1), "received", "K-1", "m1", message_id="<y@c>")
    run(world, *later)
    assert _kept_now(world) is None


@pytest.mark.parametrize(
    "start",
    [NOW, NOW + timedelta(hours=7, minutes=30), NOW + timedelta(days=1, hours=2)]
    + [NOW + timedelta(days=d) for d in (3, 9, 45, 200)],
)
def test_status_rows_hold_at_every_instant_the_summary_covers(world: Path, start: datetime) -> None:
    """The rows kept at ``start`` are the long way's rows at instants up to ``until``."""
    config = load_config(world)
    state, events = read_state_and_events(config, EVENT_KINDS)
    holds: dict[tuple[str, str], Hold] = {}
    rows = status_rows(config, state, start, events=events, holds=holds)
    writer = summary.Writer(world)
    assert summary.write_status(writer, config, state, events, start, rows, holds)
    kept = summary.read_status(world, start)
    assert kept is not None
    end = kept.until or start + timedelta(days=400)
    step = (end - start) / 12
    instants = [start + step * i for i in range(12)] + [end - timedelta(microseconds=1)]
    instants += [at for at in (start + timedelta(minutes=m) for m in (1, 59, 61)) if at < end]
    for at in instants:
        kept = summary.read_status(world, at)
        assert kept is not None, at
        expected = status_rows(config, state, at, events=events)
        assert kept.rows_at(at, None) == expected, at
    assert summary.read_status(world, end) is None or kept.until is None
    if start == NOW:  # some emails are due at once: their time moves with now
        assert kept.follows_now


def test_the_code_is_stamped_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """The walk of the package (~2.5 ms) is done once: the code a process runs is the
    code it stamped (summary_key.code_stamp's docstring says why that holds)."""
    walked: list[object] = []
    walk = os.walk

    def counting(top: Any, *args: Any, **kwargs: Any) -> Any:
        walked.append(top)
        return walk(top, *args, **kwargs)

    monkeypatch.setattr(os, "walk", counting)
    summary_key.code_stamp.cache_clear()
    first = summary_key.code_stamp()
    assert [summary_key.code_stamp() for _ in range(3)] == [first] * 3
    assert len(walked) == 1


def test_the_key_reads_the_main_file_as_the_loader_does(world: Path) -> None:
    config = load_config(world)
    where = summary_key.place(world)
    assert where is not None
    assert where.data_dir == state_path(config).parent
    assert where.clients_dir == config.settings.clients_dir


@pytest.mark.parametrize("hours", [0, 4, 20, 30, 24 * 6 + 3])
def test_the_upcoming_emails_of_a_longer_window_begin_with_those_of_a_shorter(
    world: Path, hours: int
) -> None:
    """A report kept as of now keeps the upcoming emails up to its last instant's window
    end, and serves each instant the part up to its own: the planner's window must not
    change its earlier emails when it reaches further."""
    from daemon.domain.forecast import plan_window

    config = load_config(world)
    state, _ = read_state_and_events(config, EVENT_KINDS)
    start = NOW + timedelta(hours=hours)
    longer = [e.as_row() for e in plan_window(config, state, start, start + timedelta(days=16))]
    for days in (14, 15):
        end = start + timedelta(days=days)
        shorter = [e.as_row() for e in plan_window(config, state, start, end)]
        assert shorter == [r for r in longer if datetime.fromisoformat(r["at"]) <= end]


def _recording(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The classes any summary read from now on unpickles."""
    found: list[str] = []
    allowed = summary_file.Known.find_class

    def find_class(self: summary_file.Known, module: str, name: str) -> object:
        found.append(name)
        return allowed(self, module, name)

    monkeypatch.setattr(summary_file.Known, "find_class", find_class)
    return found


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_a_report_as_of_now_is_printed_from_its_parts_without_its_facts(
    world: Path, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Kept once rendered, a later instant puts the text together: no fact is unpickled,
    at the window's first and last instants alike, and the bytes are the long way's."""
    start = NOW + timedelta(hours=20)
    run(world, *_report_now(start, "--format", fmt))
    key = _kept_now(world)
    assert key is not None
    last = datetime.fromisoformat(key["until"]) - timedelta(microseconds=1)
    for at in (start, start + timedelta(microseconds=1), last):
        found = _recording(monkeypatch)
        text, served = run(world, *_report_now(at, "--format", fmt))
        monkeypatch.undo()
        assert served and not found, (at, found)
        assert text == long_way(world, *_report_now(at, "--format", fmt))
        run(world, *_report_now(start, "--format", fmt))  # kept again


def test_a_format_first_served_from_the_kept_report_is_kept_rendered(
    world: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = NOW + timedelta(hours=20)
    run(world, *_report_now(start))  # the long way, in text: JSON only from the facts
    later = [_report_now(start + timedelta(minutes=m), "--format", "json") for m in (1, 2)]
    found = _recording(monkeypatch)
    first, served = run(world, *later[0])
    assert served and "MilestoneFact" in found
    found.clear()
    second, served = run(world, *later[1])
    assert served and not found
    monkeypatch.undo()
    assert (first, second) == (long_way(world, *later[0]), long_way(world, *later[1]))


@pytest.mark.parametrize("damaged", [["text"], ["text", "report"]])
def test_a_damaged_rendered_report_is_not_printed(world: Path, damaged: list[str]) -> None:
    start = NOW + timedelta(hours=20)
    run(world, *_report_now(start))
    data = state_path(load_config(world)).parent
    names = {"text": "report-now-summary-text.pickle", "report": summary_report.NOW_FILE}
    for name in (names[d] for d in damaged):
        blob = (data / name).read_bytes()
        (data / name).write_bytes(blob[:-10] + bytes([blob[-10] ^ 1]) + blob[-9:])
    later = _report_now(start + timedelta(minutes=1))
    text, served = run(world, *later)
    assert served == (damaged == ["text"])  # from the facts while the report is whole
    assert text == long_way(world, *later)


def test_the_emails_of_an_instant_are_aligned_as_the_renderer_aligns_them(world: Path) -> None:
    """An email kept for a later instant widens a column: the instant without it aligns
    its own emails (the lines kept aligned for all of them do not serve), the instant with
    it takes those lines; both as the renderer prints them."""
    from dataclasses import replace

    from daemon.cli.report import load_world
    from daemon.reports import render, report_now
    from daemon.reports.build import build_report

    config = load_config(world)
    state, events = load_world(config)
    start = NOW + timedelta(hours=20)
    report = build_report(config, state, events, start)
    assert report.upcoming
    wide = {**report.upcoming[-1], "at": (start + timedelta(days=14, hours=1)).isoformat()}
    wide["client"] = "一家名字很长很长很长的客户公司"
    upcoming = [*report.upcoming, wide]
    kept = report_now.parts("text", report, upcoming, 14, render.to_text(report))
    assert kept is not None  # put together for ``start`` (without ``wide``) as printed
    later = start + timedelta(hours=2)
    text = report_now.assemble(kept, later)
    assert text == render.to_text(replace(report, as_of=later, upcoming=upcoming))
    assert wide["client"] in text and wide["client"] not in render.to_text(report)


def test_a_report_printed_from_its_parts_loads_no_renderer_or_config_model(world: Path) -> None:
    """What makes it fast: no pydantic (the config's models), no renderer, no report."""
    start = NOW + timedelta(hours=20)
    run(world, *_report_now(start))
    heavy = ["pydantic", "daemon.reports.render", "daemon.reports.build"]
    probe = (
        "import sys\n"
        "from daemon.cli.main import main\n"
        "code = main(sys.argv[2:])\n"
        "print('LOADED', [m for m in sys.argv[1].split() if m in sys.modules], code)\n"
    )
    later = [*_report_now(start + timedelta(minutes=1)), "--config", str(world)]
    argv = [sys.executable, "-c", probe, " ".join(heavy), *later]
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    assert out.rsplit("LOADED", 1)[1].split() == ["[]", "0"]
