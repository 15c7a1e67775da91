"""Wiring: build the store, transport, spool and engine that a config describes.

The one place that knows which concrete adapter goes with which setting, so the CLI and
the daemon open exactly the same things.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from daemon.archive import Archive
from daemon.engine import Engine
from daemon.models import Config
from daemon.spool import Spool
from daemon.store import Store
from daemon.transports import Transport, make_transport
from daemon.transports.maildir import MaildirTransport

STATE_FILE = "state.json"
SPOOL_DIR = "spool"
ARCHIVE_DIR = "archive"


def state_path(config: Config) -> Path:
    return config.settings.data_dir / STATE_FILE


@dataclass
class Runtime:
    """Everything a running cuikuan holds open."""

    config: Config
    store: Store
    transport: Transport
    engine: Engine

    def close(self) -> None:
        self.store.close()


def open_runtime(config: Config, *, stop: threading.Event | None = None) -> Runtime:
    """Open the store (taking the single-writer lock) and build the engine."""
    data_dir = config.settings.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store(state_path(config))
    transport = make_transport(config)
    already_sent = transport.contains if isinstance(transport, MaildirTransport) else None
    engine = Engine(
        config,
        store,
        transport,
        Spool(data_dir / SPOOL_DIR),
        Archive(data_dir / ARCHIVE_DIR),
        already_sent=already_sent,
        stop=stop,
    )
    return Runtime(config=config, store=store, transport=transport, engine=engine)
