"""What the commands share: ``--now`` and day arguments, and how a command is added.

Why one place: every time-dependent command takes ``--now`` (the injected clock), and each
must refuse a bad value with the same one-line argparse error rather than a traceback.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime

from daemon.clock import parse_now

AddCommand = Callable[[str, str, str], argparse.ArgumentParser]
"""``add_command(name, help, example)`` -> the subparser, with ``--config`` already added.

Modules that bring their own command expose ``register(add_command)``, which adds the
parser and sets ``handler`` with ``parser.set_defaults(handler=...)``; they are listed in
:data:`daemon.cli.main.COMMAND_MODULES`.
"""


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
