"""The packaged working-day table says exactly what the ``holidays`` package says.

:mod:`daemon.domain.workday_table` spares every ``check``, ``plan`` and the idle daemon the
import of ``holidays`` (and dateutil): ~0.05 s of CPU and ~3 MB. It is only worth having
if it is the same calendar, so every day of every year it holds is compared with
``holidays.country_holidays(code).is_working_day``. The table records the ``holidays``
release it was made from and is not used with another (a newer release knows the make-up
workdays announced since): after an upgrade the calendar is right but slower and the tests
of the table itself are skipped, saying so. Regenerate the table::

    .venv/bin/python tests/test_workday_table.py > daemon/domain/workday_table.py
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import holidays
import pytest

from daemon.domain import workday_table
from daemon.domain.calendar import WorkCalendar, table_is_current, work_calendar

CODES = ("CN", "HK", "TW", "SG", "GB", "US")
"""China first (most clients), the Chinese-speaking neighbours, and the UK and US."""
YEARS = range(2015, 2041)


def _days(year: int) -> list[date]:
    first = date(year, 1, 1)
    return [first + timedelta(days=n) for n in range((date(year + 1, 1, 1) - first).days)]


def _flips(code: str, year: int) -> str:
    """The days of ``year`` whose working status is not the one of their weekday, as MMDD."""
    cal = holidays.country_holidays(code)
    weekend = cal.weekend
    return " ".join(
        f"{d:%m%d}" for d in _days(year) if cal.is_working_day(d) == (d.weekday() in weekend)
    )


needs_current_table = pytest.mark.skipif(
    not table_is_current(),
    reason=(
        f"the workday table was made from holidays {workday_table.HOLIDAYS_VERSION}, "
        f"{holidays.__version__} is installed: the calendar asks holidays (right, slower); "
        "regenerate the table (this file's docstring says how)"
    ),
)
"""For tests of the table itself: with another ``holidays`` release it is not used."""


@pytest.fixture
def table_made_from(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Pretend the table was made from a given ``holidays`` release."""

    def made_from(version: str) -> None:
        monkeypatch.setattr(workday_table, "HOLIDAYS_VERSION", version)
        table_is_current.cache_clear()

    yield made_from
    monkeypatch.undo()
    table_is_current.cache_clear()


@pytest.mark.parametrize("code", CODES)
def test_the_calendar_is_the_holidays_calendar_day_by_day(code: str) -> None:
    """Whether the table answers (the release it was made from) or the package does."""
    reference = holidays.country_holidays(code)
    cal = WorkCalendar(code)
    for year in YEARS:
        for day in _days(year):
            assert cal.is_working_day(day) is reference.is_working_day(day), (code, day)


@needs_current_table
def test_the_table_answers_for_its_years_with_the_release_it_was_made_from() -> None:
    assert all(WorkCalendar(code).covers(YEARS.start) for code in CODES)
    assert all(WorkCalendar(code).covers(YEARS.stop - 1) for code in CODES)


def test_a_table_made_from_another_holidays_release_is_not_used(
    table_made_from: Callable[[str], None],
) -> None:
    """A newer ``holidays`` knows the make-up workdays China announced after the table was
    made (a PM upgrades it for exactly that): the table must not hide them."""
    table_made_from(holidays.__version__)
    assert WorkCalendar("CN").covers(2026)
    table_made_from("0.1")
    cal = WorkCalendar("CN")
    assert not cal.covers(2026)
    assert not cal.is_working_day(date(2026, 10, 1))  # National Day, from the package
    assert cal.is_working_day(date(2026, 10, 10))  # its make-up Saturday


def test_the_table_holds_the_codes_and_years_the_generator_writes() -> None:
    assert set(workday_table.FLIPS) == set(CODES)
    assert (YEARS.start, YEARS.stop - 1) == workday_table.YEARS


@pytest.mark.parametrize(
    ("code", "day", "working"),
    [
        ("CN", "2014-10-11", True),  # a make-up Saturday before the table's first year
        ("CN", "2014-10-01", False),
        ("CN", "2041-10-01", False),  # National Day after its last year
        ("DE", "2026-10-03", False),  # German Unity Day: a code the table does not hold
        ("DE", "2026-10-05", True),
    ],
)
def test_days_outside_the_table_ask_the_holidays_package(
    code: str, day: str, working: bool
) -> None:
    cal = work_calendar(code)
    d = date.fromisoformat(day)
    assert not cal.covers(d.year)
    assert cal.is_working_day(d) is working
    assert holidays.country_holidays(code).is_working_day(d) is working


@needs_current_table
def test_a_year_in_the_table_does_not_import_the_holidays_package() -> None:
    probe = (
        "import sys\n"
        "from datetime import date\n"
        "from daemon.domain.calendar import work_calendar\n"
        "assert not work_calendar('CN').is_working_day(date(2026, 10, 1))\n"
        "assert work_calendar('CN').is_working_day(date(2026, 10, 10))\n"
        "print(sorted(m for m in ('holidays', 'dateutil') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def _table_source() -> str:
    lines = [
        '"""Working days of the commonest calendars, precomputed from the ``holidays`` package.',
        "",
        "Generated by ``tests/test_workday_table.py`` (which checks it day by day against",
        f"``holidays`` {holidays.__version__}); do not edit by hand. For each country code and",
        "year the days whose working status differs from their weekday's (public holidays on",
        "weekdays, make-up workdays on weekends) as ``MMDD``. Why a table:",
        ":mod:`daemon.domain.calendar`.",
        '"""',
        "",
        f'HOLIDAYS_VERSION = "{holidays.__version__}"',
        '"""The ``holidays`` release the table was made from; with another one it is not used."""',
        "",
        f"YEARS = ({YEARS.start}, {YEARS.stop - 1})",
        '"""First and last year held; other years ask the ``holidays`` package."""',
        "",
        "WEEKEND: dict[str, tuple[int, ...]] = {",
    ]
    for code in CODES:
        weekend = tuple(sorted(holidays.country_holidays(code).weekend))
        lines.append(f'    "{code}": {weekend},')
    lines += ["}", "", "FLIPS: dict[str, dict[int, str]] = {"]
    for code in CODES:
        lines.append(f'    "{code}": {{')
        for year in YEARS:
            days = _flips(code, year).split()
            rows = [" ".join(days[i : i + 14]) for i in range(0, len(days), 14)]
            if len(" ".join(days)) <= 100 - 14:
                rows = [" ".join(days)]
            one_line = f'        {year}: "{" ".join(days)}",'
            if len(one_line) <= 100:  # as ruff format writes it
                lines.append(one_line)
            else:
                lines.append(f"        {year}: (")
                lines += [f'            "{" " if i else ""}{row}"' for i, row in enumerate(rows)]
                lines.append("        ),")
        lines.append("    },")
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(_table_source())
