"""Read the stored state without disturbing a running daemon.

``status``, ``plan`` and ``preview`` only read: they open the state file read-only (no lock,
no writes), so they work while the daemon runs, and on a machine where it never ran.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from daemon.config.records import Config
from daemon.domain.state import StateView
from daemon.service.layout import state_path
from daemon.storage.damage import existing_generations
from daemon.storage.store import Store

if TYPE_CHECKING:
    from daemon.domain.events import HistoryEvent


def read_state(config: Config) -> StateView:
    path = state_path(config)
    if not existing_generations(path):  # a new installation, not a lost state file
        return StateView()
    store = Store(path, read_only=True)
    try:
        return store.snapshot()
    finally:
        store.close()


def read_state_and_events(
    config: Config, kinds: Collection[str] | None = None
) -> tuple[StateView, list[HistoryEvent]]:
    """The stored state and history, opened read-only (empty on a new installation).

    ``kinds``: only the history events of these kinds (a command that reads two kinds of
    event skips converting the rest of a long history).
    """
    from daemon.domain.events import decode  # 21 event classes: not for `check` or `plan`

    path = state_path(config)
    if not existing_generations(path):
        return StateView(), []
    with Store(path, read_only=True) as store:
        return store.snapshot(), [decode(doc) for doc in store.events(kinds=kinds)]
