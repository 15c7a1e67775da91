"""Where cuikuan keeps its files under ``settings.data_dir``.

A module of its own, with no imports beyond the config model, so the read-only commands
(``status``, ``plan``, ``report``) find the state file without loading the daemon's wiring.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from daemon.config.records import Config

STATE_FILE = "state.json"
SPOOL_DIR = "spool"
ARCHIVE_DIR = "archive"


def state_path(config: Config) -> Path:
    return config.settings.data_dir / STATE_FILE
