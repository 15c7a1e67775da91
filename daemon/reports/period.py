"""The report's period and instant, known without the report's code.

Apart from :mod:`daemon.reports.build` so that ``cuikuan report`` can name the default in
its help and print a kept summary (:mod:`daemon.reports.summary_report`) without importing
the report's code (pydantic models, the planner: ~0.3 s).
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

DEFAULT_PERIOD_DAYS = 90
"""The default length of the report's period ('collected' and DSO), in days."""


def end_of_day(timezone: str, day: date) -> datetime:
    """The report's instant for ``--as-of DAY``: the end of that day in the PM's zone."""
    return datetime.combine(day, time(23, 59, 59), ZoneInfo(timezone))
