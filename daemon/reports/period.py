"""The default length of the report's period ('collected' and DSO), in days.

Apart from :mod:`daemon.reports.build` so that ``cuikuan report`` can name it in its help
and print a kept summary (:mod:`daemon.reports.summary_report`) without importing the
report's code (pydantic models, the planner: ~0.3 s).
"""

DEFAULT_PERIOD_DAYS = 90
