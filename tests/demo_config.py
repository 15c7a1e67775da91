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


def copy_demo_with_clients_dir(dest: Path, settings: str = "") -> Path:
    """:func:`copy_demo`, reading more clients from an empty ``dest/clients.d``; returns ``dest``.

    ``settings``: more lines for the ``settings:`` block, each indented two spaces.
    """
    config = copy_demo(dest)
    (dest / "clients.d").mkdir()
    text = config.read_text(encoding="utf-8")
    extra = f"  clients_dir: clients.d\n{settings}"
    config.write_text(text.replace("  data_dir: data ", f"{extra}  data_dir: data ", 1), "utf-8")
    return dest


def new_client_yaml(email: str) -> str:
    """A clients.d file for a client the demo lacks: newco, contract NEW-1, one milestone."""
    return f"""\
clients:
  - id: newco
    name: 新客户有限公司
    contacts:
      to: [{{email: {email}}}]
    contracts:
      - id: NEW-1
        title: 新项目
        total: 1000.00
        signed: 2026-11-30
        payment_instructions: 开户行：示例银行
        milestones:
          - {{id: all, name: 全款, percent: 100, due: 2027-01-15}}
"""


def outbox_files(dest: Path) -> list[bytes]:
    """The emails a demo installation under ``dest`` has written to its file outbox."""
    folder = dest / "data" / "outbox" / "new"
    return [p.read_bytes() for p in folder.iterdir()] if folder.exists() else []
