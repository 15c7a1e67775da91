"""Argument types shared by the commands: ``--now`` and day arguments.

Why one place: every time-dependent command takes ``--now`` (the injected clock), and each
must refuse a bad value with the same one-line argparse error rather than a traceback.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime

from daemon.clock import parse_now


def now_arg(text: str) -> datetime:
    """``--now``: an ISO 8601 instant (see :func:`daemon.clock.parse_now`)."""
    try:
        return parse_now(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def date_arg(text: str) -> date:
    """A day written ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-01") from None
