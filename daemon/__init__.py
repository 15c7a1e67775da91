"""cuikuan (催款): a self-hosted daemon that chases what clients owe, by email.

The package is a functional core (config models, calendar, planner, classifier, reports:
pure functions of data and a point in time) inside a thin imperative shell (SMTP, IMAP,
Maildir, TinyDB, the daemon loop and the CLI).
"""

__version__ = "0.1.0"
