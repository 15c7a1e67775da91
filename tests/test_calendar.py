"""Working days (China's make-up workdays, UK bank holidays), send slots and DST."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from daemon.config.schema import SendWindow
from daemon.domain.calendar import (
    WorkCalendar,
    in_send_window,
    next_opening,
    send_slot,
    work_calendar,
)
from daemon.errors import CuikuanError

SH = ZoneInfo("Asia/Shanghai")
LONDON = ZoneInfo("Europe/London")
WINDOW = SendWindow()
CN = work_calendar("CN")
GB = work_calendar("GB")


def d(text: str) -> date:
    return date.fromisoformat(text)


def t(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2026-09-20", True),  # Sunday, make-up workday before National Day
        ("2026-10-10", True),  # Saturday, make-up workday after National Day
        ("2026-10-01", False),
        ("2026-10-04", False),
        ("2026-10-07", False),
        ("2026-10-08", True),
        ("2026-02-14", True),  # Saturday make-up for Spring Festival
        ("2026-02-16", False),
        ("2026-02-17", False),  # Chinese New Year's day
        ("2026-02-23", False),
        ("2026-02-24", True),
        ("2026-02-28", True),  # Saturday make-up
        ("2026-03-01", False),  # ordinary Sunday
        ("2026-03-02", True),
        ("2031-01-01", False),  # a year loaded lazily, long after the first question
        ("2031-01-04", False),  # Saturday
    ],
)
def test_cn_working_days(day: str, working: bool) -> None:
    assert CN.is_working_day(d(day)) is working


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2026-12-25", False),
        ("2026-12-28", False),  # Boxing Day observed
        ("2026-12-29", True),
        ("2026-10-10", False),  # a plain Saturday in the UK
        ("2026-04-03", False),  # Good Friday
    ],
)
def test_gb_working_days(day: str, working: bool) -> None:
    assert GB.is_working_day(d(day)) is working


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2026-10-01", "2026-10-08"),
        ("2026-10-03", "2026-10-08"),
        ("2026-10-08", "2026-10-08"),
        ("2026-10-10", "2026-10-10"),
        ("2026-10-11", "2026-10-12"),  # Sunday -> Monday
        ("2026-02-15", "2026-02-24"),  # Sunday before Spring Festival
        ("2026-02-17", "2026-02-24"),
    ],
    ids=lambda v: v,
)
def test_next_working_day(day: str, expected: str) -> None:
    assert CN.next_working_day(d(day)) == d(expected)


def test_calendar_is_cached_per_code() -> None:
    assert work_calendar("CN") is CN
    assert work_calendar("GB") is not CN


def test_unknown_calendar_is_a_clear_error() -> None:
    with pytest.raises(CuikuanError, match="unknown holiday calendar 'XX'"):
        WorkCalendar("XX")


@pytest.mark.parametrize(
    ("day", "tz", "cal", "expected"),
    [
        ("2026-02-17", SH, CN, "2026-02-24T09:00:00+08:00"),
        ("2026-10-03", SH, CN, "2026-10-08T09:00:00+08:00"),
        ("2026-10-10", SH, CN, "2026-10-10T09:00:00+08:00"),
        ("2026-03-27", LONDON, GB, "2026-03-27T09:00:00+00:00"),
        ("2026-03-28", LONDON, GB, "2026-03-30T09:00:00+01:00"),  # DST began on the 29th
        ("2026-03-30", LONDON, GB, "2026-03-30T09:00:00+01:00"),
        ("2026-10-23", LONDON, GB, "2026-10-23T09:00:00+01:00"),
        ("2026-10-24", LONDON, GB, "2026-10-26T09:00:00+00:00"),  # DST ended on the 25th
    ],
    ids=[
        "cny",
        "national-day",
        "makeup-saturday",
        "gmt",
        "bst-after-weekend",
        "bst",
        "bst-end",
        "gmt-again",
    ],
)
def test_send_slot(day: str, tz: ZoneInfo, cal: WorkCalendar, expected: str) -> None:
    slot = send_slot(d(day), tz, WINDOW, cal)
    assert slot == t(expected)
    assert slot.utcoffset() == t(expected).utcoffset()
    assert slot.tzinfo is tz


def test_send_slot_in_a_time_skipped_by_dst_moves_forward() -> None:
    window = SendWindow(start=time(1, 30), end=time(3, 0))
    slot = send_slot(d("2026-03-29"), LONDON, window, work_calendar("US"))  # a Sunday in US
    assert slot.date() == d("2026-03-30")  # US calendar: Sunday is not a working day
    gb_sunday_slot = send_slot(d("2026-03-29"), LONDON, window, _AlwaysWorking())
    assert gb_sunday_slot == t("2026-03-29T02:30:00+01:00")  # 01:30 did not exist


class _AlwaysWorking(WorkCalendar):
    def __init__(self) -> None:
        super().__init__("GB")

    def is_working_day(self, d: date) -> bool:
        return True


@pytest.mark.parametrize(
    ("now", "inside"),
    [
        ("2026-10-08T09:00:00+08:00", True),  # start is inclusive
        ("2026-10-08T08:59:59+08:00", False),
        ("2026-10-08T16:59:59+08:00", True),
        ("2026-10-08T17:00:00+08:00", False),  # end is exclusive
        ("2026-10-08T01:00:00+00:00", True),  # 09:00 in Shanghai
        ("2026-10-07T10:00:00+08:00", False),  # holiday
        ("2026-10-10T10:00:00+08:00", True),  # make-up Saturday
        ("2026-10-11T10:00:00+08:00", False),  # Sunday
        ("2026-10-08T20:00:00+08:00", False),
    ],
)
def test_in_send_window(now: str, inside: bool) -> None:
    assert in_send_window(t(now), SH, WINDOW, CN) is inside


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("2026-10-08T10:30:00+08:00", "2026-10-08T10:30:00+08:00"),  # inside: itself
        ("2026-10-08T07:00:00+08:00", "2026-10-08T09:00:00+08:00"),
        ("2026-10-08T17:00:00+08:00", "2026-10-09T09:00:00+08:00"),
        ("2026-10-09T20:00:00+08:00", "2026-10-10T09:00:00+08:00"),  # Friday -> make-up Sat
        ("2026-10-10T18:00:00+08:00", "2026-10-12T09:00:00+08:00"),
        ("2026-09-30T12:00:00+00:00", "2026-10-08T09:00:00+08:00"),  # 20:00 local, holidays
        ("2026-02-13T18:00:00+08:00", "2026-02-14T09:00:00+08:00"),
        ("2026-02-14T18:00:00+08:00", "2026-02-24T09:00:00+08:00"),
    ],
)
def test_next_opening(after: str, expected: str) -> None:
    opening = next_opening(t(after), SH, WINDOW, CN)
    assert opening == t(expected)
    assert in_send_window(opening, SH, WINDOW, CN)


def test_next_opening_is_the_first_instant_inside() -> None:
    """Checked against a minute-by-minute scan over the National Day holidays."""
    start = t("2026-09-30T17:00:00+08:00").astimezone(UTC)
    opening = next_opening(start, SH, WINDOW, CN)
    scan = start
    while not in_send_window(scan, SH, WINDOW, CN):
        scan += timedelta(minutes=1)
    assert opening == scan == t("2026-10-08T09:00:00+08:00")


def test_a_calendar_loads_only_its_own_country_module() -> None:
    """Start-up: asking for DE (not in the packaged table) must not import the other 250
    country modules."""
    code = (
        "import sys\n"
        "from daemon.domain.calendar import work_calendar\n"
        "assert not work_calendar('DE').is_working_day(__import__('datetime').date(2026, 10, 3))\n"
        "assert work_calendar('AX').is_working_day(__import__('datetime').date(2026, 12, 1))\n"
        "loaded = [m for m in sys.modules if m.startswith('holidays.countries.')]\n"
        "print(sorted(loaded))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "'holidays.countries.germany'" in out and "holidays.countries.china" not in out
