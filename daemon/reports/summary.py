"""Summaries: what ``status`` and ``report`` print, kept under ``data/`` for the next run.

Why: at 10,000 contracts and 100,000 events the long way (validate the config, read the
state and the history, replay the planner for 40,000 milestones) costs ~7 s of CPU for
``status`` and ~9 s for ``report``. Whoever has just done it (the daemon after a tick,
through :mod:`daemon.reports.summary_refresh`, or a ``status``/``report`` that took the
long way) keeps the answer in ``data/status-summary.pickle`` / ``data/report-summary.pickle``
with the key it depends on (:mod:`daemon.reports.summary_key`); the next run whose key
matches prints from it without loading the config or the state.

Never stale: any difference in the key (a config file edited, an invoice gone, a new
commit of the state, other code), a damaged file, or an instant the summary does not
cover sends the command the long way, which prints what it always printed. Instants:

* ``status`` as of ``now``: the rows are worked out at ``at`` and hold for every ``now``
  from ``at`` until the earliest instant at which any milestone's next email could change
  (:func:`daemon.domain.forecast.next_emails` gives each milestone's bound), and only once
  ``now`` is past every recorded event and send (the limitation clocks count only what
  happened by ``now``). ``days_overdue`` is worked out again from the due date and the
  contract's zone for each ``now``.
* ``report`` as of an instant: one instant (``--as-of DAY`` is the end of that day) and
  one period length per summary; a report as of now holds from its instant until the PM's
  next day or the first upcoming email (:mod:`daemon.reports.summary_report`).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from daemon.reports import summary_file
from daemon.reports.summary_key import (
    Place,
    code_stamp,
    config_files,
    config_print,
    paths_print,
    place,
    state_print,
)

if TYPE_CHECKING:
    from daemon.config.records import Config
    from daemon.domain.events import HistoryEvent
    from daemon.domain.forecast import Hold
    from daemon.domain.state import StateView

log = logging.getLogger(__name__)

STATUS_FILE = "status-summary.pickle"
REPORT_FILE = "report-summary.pickle"
SERVED: Counter[str] = Counter()
"""How many times each command answered from a summary (tests look at it)."""


# -- the key --------------------------------------------------------------------------


@dataclass(frozen=True)
class Stamp:
    """The key of the present config, state and code (without the checked paths)."""

    where: Place
    key: dict[str, Any]


def stamp(config_path: Path) -> Stamp | None:
    where = place(config_path)
    if where is None:
        return None
    key = {
        "code": code_stamp(),
        "config": config_print(config_files(config_path, where)),
        "state": state_print(where.data_dir),
    }
    return Stamp(where, key)


def checked_paths(config: Config) -> list[str]:
    """The files and folders the config check looks at (each change can fail ``load``)."""
    settings = config.settings
    found = {settings.templates_dir}
    if settings.pay_now is not None:
        found.add(settings.pay_now.qr_image)
    for client in config.clients:
        for contract in client.contracts:
            if contract.pay_now is not None:
                found.add(contract.pay_now.qr_image)
            found.update(m.invoice for m in contract.milestones)
    return sorted(str(p) for p in found if p is not None)


def read_kept(config_path: Path, name: str, kind: str) -> tuple[dict[str, Any], Any] | None:
    """The summary ``name`` when its key is the present one: (key, payload)."""
    now_stamp = stamp(config_path)
    if now_stamp is None:
        return None
    found = summary_file.read(now_stamp.where.data_dir / name, kind)
    if found is None:
        return None
    key, payload = found
    paths = key.get("paths")
    if not isinstance(paths, list) or key.get("paths_print") != paths_print(paths):
        return None
    if {k: key.get(k) for k in now_stamp.key} != now_stamp.key:
        return None
    return key, payload


class Writer:
    """Keeps what a long run worked out, if nothing changed while it ran.

    Made before the run reads anything (the config included): the key then is the key of
    what it read, and :meth:`write` writes only if the key is still the same afterwards.
    """

    def __init__(self, config_path: Path) -> None:
        self.config_path = config_path
        self.before = stamp(config_path)
        self._paths: list[str] | None = None

    def write(
        self, config: Config, name: str, kind: str, extra: dict[str, Any], payload: Any
    ) -> bool:
        """Keep ``payload`` as the summary ``name`` (False: not kept, something changed)."""
        from daemon.config.files import watched_files
        from daemon.service.layout import state_path

        before, after = self.before, stamp(self.config_path)
        if before is None or after != before:
            return False
        where = before.where
        if where.data_dir != state_path(config).parent or not where.data_dir.is_dir():
            return False  # read here otherwise than the loader: no summary
        if config_files(self.config_path, where) != watched_files(self.config_path):
            return False
        if self._paths is None:
            self._paths = checked_paths(config)
        key = {**after.key, **extra, "paths": self._paths, "paths_print": paths_print(self._paths)}
        summary_file.write(where.data_dir / name, kind, key, payload)
        return True


# -- status -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusSummary:
    """What ``status`` prints, for every ``now`` in [at, until)."""

    at: datetime
    until: datetime | None
    """None: no milestone's next email changes with time."""
    timezone: str
    clients: list[str]
    rows: list[dict[str, Any]]
    zones: list[str]
    """The contract's zone of each row (its ``days_overdue`` counts days there)."""
    follows_now: list[int]
    """The rows whose next email is due at once: it goes out at ``max(now, next_at)``."""
    withdrawn: list[str]

    def rows_at(self, now: datetime, client_id: str | None) -> list[dict[str, Any]]:
        """The rows as of ``now`` (one of the summary's instants), as ``status_rows``."""
        for i in self.follows_now:
            row = self.rows[i]
            due_at = datetime.fromisoformat(row["next_at"])
            if now > due_at:
                row["next_at"] = now.astimezone(ZoneInfo(self.zones[i])).isoformat()
        today: dict[str, date] = {}
        out = []
        for row, zone in zip(self.rows, self.zones, strict=True):
            if client_id is not None and row["client"] != client_id:
                continue
            due, overdue = row["due"], None
            if due is not None and row["state"] != "paid":
                day = today.get(zone)
                if day is None:
                    day = today[zone] = now.astimezone(ZoneInfo(zone)).date()
                overdue = max((day - date.fromisoformat(due)).days, 0)
            row["days_overdue"] = overdue
            out.append(row)
        return out


def read_status(config_path: Path, now: datetime, *, count: bool = True) -> StatusSummary | None:
    """The status summary when it holds for the present files and ``now`` (``count``: a
    command answers from it, :data:`SERVED`)."""
    found = read_kept(config_path, STATUS_FILE, "status")
    if found is None:
        return None
    try:
        data = dict(found[1])
        data["at"] = datetime.fromisoformat(data["at"])
        data["until"] = data["until"] and datetime.fromisoformat(data["until"])
        summary = StatusSummary(**data)
    except (TypeError, ValueError, KeyError):
        return None
    if now < summary.at or (summary.until is not None and now >= summary.until):
        return None
    SERVED["status"] += count
    return summary


def write_status(
    writer: Writer,
    config: Config,
    state: StateView,
    events: list[HistoryEvent],
    now: datetime,
    rows: list[dict[str, Any]],
    holds: dict[tuple[str, str], Hold],
) -> bool:
    """Keep ``rows``: every milestone's status at ``now``, worked out with ``holds`` given
    to :func:`~daemon.domain.status.status_rows` (how long each next email holds).

    Nothing is kept when something was recorded after ``now`` (the limitation clocks as of
    ``now`` leave it out, and a later ``now`` counts it).
    """
    from daemon.domain.ledger import Ledger
    from daemon.domain.status import withdrawn_emails

    latest = [e.at for e in events] + [r.at for r in state.sends.values()]
    if latest and max(latest) > now:
        return False
    zone_of = {view.id: view.timezone.key for view in Ledger(config, state).contracts()}
    ends = [h.until for h in holds.values() if h.until is not None]
    moving = [
        i
        for i, r in enumerate(rows)
        if (hold := holds.get((r["contract"], r["milestone"]))) is not None and hold.follows_now
    ]
    data = {  # instants as text: the summary's unpickler knows no zone objects
        "at": now.isoformat(),
        "until": min(ends).isoformat() if ends else None,
        "timezone": config.settings.timezone,
        "clients": [c.id for c in config.clients],
        "rows": rows,
        "zones": [zone_of[r["contract"]] for r in rows],
        "follows_now": moving,
        "withdrawn": withdrawn_emails(state),
    }
    return writer.write(config, STATUS_FILE, "status", {}, data)
