"""The demo config the tests run on: a frozen copy of the shipped ``config.yaml``.

The checkout's ``config.yaml`` is the PM's to edit (the README says so): a test that read
it would fail the day a client is added. So tests copy ``tests/data/demo/`` (the demo as
shipped, with its invoices) into their temporary folder and edit that copy.
"""

from __future__ import annotations

import shutil
from pathlib import Path

DEMO_DIR = Path(__file__).resolve().parent / "data" / "demo"
DEMO_CONFIG = DEMO_DIR / "config.yaml"


def copy_demo(dest: Path) -> Path:
    """The demo config and its invoices under ``dest``; returns the config's path."""
    shutil.copy(DEMO_CONFIG, dest / "config.yaml")
    shutil.copytree(DEMO_DIR / "examples", dest / "examples")
    return dest / "config.yaml"
