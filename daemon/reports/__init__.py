"""Reports for the PM: what is owed, how late, what comes in next, who pays well.

- :mod:`daemon.reports.metrics` — pure numbers over milestone facts;
- :mod:`daemon.reports.asof` — the state as it stood on a past date, from the history;
- :mod:`daemon.reports.build` — one :class:`~daemon.reports.build.Report` value;
- :mod:`daemon.reports.render` — text, HTML, CSV and JSON;
- :mod:`daemon.reports.chart` — the chart of the HTML report, drawn with table cells;
- :mod:`daemon.reports.weekly` — the weekly report emailed to the PM.
"""
