"""The demo config the tests run on: a frozen copy of the shipped ``config.yaml``.

The checkout's ``config.yaml`` is the PM's to edit (the README says so): a test that read
it would fail the day a client is added. So tests copy ``tests/data/demo/`` (the demo as
shipped, with its invoices) into their temporary folder and edit that copy.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from daemon.domain.emails import message_id
from daemon.domain.state import SendKey
from daemon.storage.message_key import key_path

DEMO_DIR = Path(__file__).resolve().parent / "data" / "demo"
DEMO_CONFIG = DEMO_DIR / "config.yaml"


DEMO_MESSAGE_KEY = bytes(range(32))
"""The Message-ID key the demo installations of the tests get (:func:`seed_message_key`)."""


def seed_message_key(data_dir: Path) -> None:
    """Give an installation a known Message-ID key, so a test can name its Message-IDs."""
    data_dir.mkdir(parents=True, exist_ok=True)
    key_path(data_dir).write_text(DEMO_MESSAGE_KEY.hex() + "\n", encoding="ascii")


def demo_mid(
    contract: str, milestone: str | None, stage: str, seq: int = 0, domain: str = "example.cn"
) -> str:
    """The Message-ID a demo installation gives that email (see :func:`seed_message_key`)."""
    return message_id(SendKey(contract, milestone, stage, seq), domain, DEMO_MESSAGE_KEY)


def copy_demo(dest: Path) -> Path:
    """The demo config and its invoices under ``dest``; returns the config's path."""
    shutil.copy(DEMO_CONFIG, dest / "config.yaml")
    shutil.copytree(DEMO_DIR / "examples", dest / "examples")
    seed_message_key(dest / "data")
    return dest / "config.yaml"
