"""Working days and send windows: when a client may receive mail.

A chase email only goes out on a working day of the client's holiday calendar, inside the
send window (local time in the client's timezone). China moves weekends around public
holidays (调休): a Saturday can be a working day and a Thursday a holiday, so "weekday and
not a holiday" is wrong; the ``holidays`` package knows the make-up workdays and
:meth:`WorkCalendar.is_working_day` defers to it.

Why a packaged table first: importing ``holidays`` (and dateutil) and building a calendar
cost every ``cuikuan check`` ~0.05 s of CPU and the idle daemon ~3 MB, for answers that
do not change until ``holidays`` is upgraded. :mod:`daemon.domain.workday_table` holds
them for the commonest codes and years, generated from one ``holidays`` release and checked
against it day by day (``tests/test_workday_table.py``); another code or year, or another
installed release (see :func:`table_is_current`), asks ``holidays``, imported then.

Everything here is pure. :func:`work_calendar` caches one calendar per country code, and
each calendar memoises the days it has been asked about.

Example::

    cal = work_calendar("CN")
    cal.is_working_day(date(2026, 10, 10))   # True: a Saturday make-up workday
    send_slot(date(2026, 10, 3), ZoneInfo("Asia/Shanghai"), SendWindow(), cal)
    # -> 2026-10-08 09:00+08:00, the first working day after National Day
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
import threading
import types
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from daemon.domain import workday_table
from daemon.errors import CuikuanError

if TYPE_CHECKING:
    from daemon.config.records import SendWindow

logger = logging.getLogger(__name__)


def _holidays_calendar(code: str) -> Any:
    """``holidays.country_holidays(code)``, importing the package only now (see the top)."""
    import holidays  # here, not at the top: only for a code or year the table lacks

    _load_countries_one_by_one(holidays.__file__)
    return holidays.country_holidays(code, years=())


def _load_countries_one_by_one(holidays_file: str) -> None:
    """Let ``holidays`` import only the countries asked for, not all 250 of them.

    ``holidays.country_holidays("CN")`` imports ``holidays.countries.china``, and Python
    first runs the package's ``__init__``, which imports every country module: 0.1 s of CPU
    in every ``cuikuan status`` or ``plan``, for one or two calendars. An empty package
    object with the same ``__path__`` makes each ``holidays.countries.<name>`` import just
    that file. ``holidays`` itself reaches countries only through its lazy registry, which
    imports those submodules by name, so it works the same (tests/test_calendar.py).
    """
    name = "holidays.countries"
    if name in sys.modules:
        return
    package = types.ModuleType(name, "holidays countries, imported one by one on demand")
    package.__path__ = [str(Path(holidays_file).parent / "countries")]
    sys.modules[name] = package


@lru_cache(maxsize=1)
def table_is_current() -> bool:
    """True if the packaged table was made from the ``holidays`` release installed here.

    Why: a ``holidays`` release adds the year China's State Council has just announced (its
    调休 make-up workdays are known only then, each November or December); a PM who upgrades
    ``holidays`` must get them, so a table made from another release is not used and every
    day asks the package. The version is read from the ``holidays-<version>.dist-info``
    folder's name beside the package: importing ``holidays`` or ``importlib.metadata``
    (0.02-0.04 s) would cost what the table saves. Any doubt (no such folder, or two) is
    "not current": slower, never wrong.
    """
    spec = importlib.util.find_spec("holidays")
    if spec is None or not spec.submodule_search_locations:
        return False
    site = Path(next(iter(spec.submodule_search_locations))).parent
    versions = [
        entry.name.removeprefix("holidays-").removesuffix(".dist-info")
        for entry in os.scandir(site)
        if entry.name.startswith("holidays-") and entry.name.endswith(".dist-info")
    ]
    return versions == [workday_table.HOLIDAYS_VERSION]


_MAX_GAP_DAYS = 366
"""No real calendar has a year without a working day; beyond this the calendar is broken."""


class WorkCalendar:
    """The working days of one country (``holidays`` country code, e.g. CN, GB, US)."""

    def __init__(self, code: str) -> None:
        self.code = code
        self._flips = workday_table.FLIPS.get(code) if table_is_current() else None
        self._weekend = workday_table.WEEKEND.get(code, ())
        self._holidays: Any = None
        if self._flips is None:
            self._holidays = self._package()
        self._known: dict[date, bool] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"WorkCalendar({self.code!r})"

    def covers(self, year: int) -> bool:
        """True if the packaged table answers for ``year`` (else the ``holidays`` package)."""
        first, last = workday_table.YEARS
        return self._flips is not None and first <= year <= last

    def is_working_day(self, d: date) -> bool:
        """True if ``d`` is a working day (make-up workdays count, holidays do not)."""
        known = self._known.get(d)
        if known is not None:
            return known
        if self.covers(d.year):
            assert self._flips is not None
            working = (d.weekday() not in self._weekend) != (f"{d:%m%d}" in self._flips[d.year])
        else:
            with self._lock:  # populating a year mutates the holidays object
                if self._holidays is None:
                    self._holidays = self._package()
                working = bool(self._holidays.is_working_day(d))
        self._known[d] = working
        return working

    def _package(self) -> Any:
        try:
            return _holidays_calendar(self.code)
        except NotImplementedError as exc:
            raise CuikuanError(
                f"unknown holiday calendar {self.code!r}: use a country code the holidays "
                "package knows, e.g. CN, GB, US, DE"
            ) from exc

    def next_working_day(self, d: date) -> date:
        """The first working day on or after ``d``."""
        day = d
        for _ in range(_MAX_GAP_DAYS):
            if self.is_working_day(day):
                return day
            day += timedelta(days=1)
        raise CuikuanError(f"calendar {self.code!r} has no working day within a year of {d}")


@lru_cache(maxsize=64)
def work_calendar(code: str) -> WorkCalendar:
    """The (cached) calendar of a country code."""
    logger.debug("building holiday calendar %s", code)
    return WorkCalendar(code)


def _local(d: date, at: SendWindow, tz: ZoneInfo) -> datetime:
    """``at.start`` on day ``d`` in ``tz``, normalised so a time skipped by DST moves forward."""
    naive = datetime.combine(d, at.start)
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def send_slot(d: date, tz: ZoneInfo, window: SendWindow, cal: WorkCalendar) -> datetime:
    """The opening of the send window on the first working day on or after ``d`` (aware, tz)."""
    return _local(cal.next_working_day(d), window, tz)


def in_send_window(now: datetime, tz: ZoneInfo, window: SendWindow, cal: WorkCalendar) -> bool:
    """True if ``now`` (any aware datetime) is in [start, end) local time on a working day."""
    local = now.astimezone(tz)
    if not window.start <= local.time() < window.end:
        return False
    return cal.is_working_day(local.date())


def next_opening(after: datetime, tz: ZoneInfo, window: SendWindow, cal: WorkCalendar) -> datetime:
    """The first instant at or after ``after`` inside the window on a working day.

    If ``after`` itself is inside, it is returned unchanged.
    """
    if in_send_window(after, tz, window, cal):
        return after
    local = after.astimezone(tz)
    day = local.date() if local.time() < window.start else local.date() + timedelta(days=1)
    return send_slot(day, tz, window, cal)
