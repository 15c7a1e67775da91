"""Tests run on their own copy of the demo, never on the checkout's config.yaml."""

from __future__ import annotations

import re
from pathlib import Path

from daemon.config.loader import load_config
from tests.demo_config import copy_demo

TESTS = Path(__file__).resolve().parent
LIVE_CONFIG = re.compile(r"""(REPO|parents?\[?\d?\]?\)?)\s*/\s*["']config\.yaml["']""")


def test_the_demo_copy_loads(tmp_path: Path) -> None:
    config = load_config(copy_demo(tmp_path))
    assert [c.id for c in config.clients] == ["hz-shuju", "acme"]
    assert config.settings.data_dir == tmp_path / "data"


def test_no_test_reads_the_checkouts_config() -> None:
    """A PM adds a client to config.yaml, as the README says: no test may break then."""
    readers = [
        p.name
        for p in TESTS.glob("*.py")
        if p.name != "test_docs.py"  # checks the shipped file documents every key
        and LIVE_CONFIG.search(p.read_text(encoding="utf-8"))
    ]
    assert readers == []
