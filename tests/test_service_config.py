"""The config template for a service install (systemd/config.yaml), as the README uses it.

It must pass ``cuikuan check`` and ``doctor``'s template check as copied, write only under
the unit's StateDirectory, and the README's install steps must check before they enable.
"""

from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from daemon.cli.doctor import _check_templates
from daemon.config.loader import load_config
from daemon.domain.state import StateView

REPO = Path(__file__).resolve().parents[1]
TEMPLATE = REPO / "systemd" / "config.yaml"
README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.fixture
def etc(tmp_path: Path) -> Path:
    """/etc/cuikuan as the README's install steps leave it."""
    folder = tmp_path / "etc" / "cuikuan"
    (folder / "invoices").mkdir(parents=True)
    shutil.copy(TEMPLATE, folder / "config.yaml")
    return folder / "config.yaml"


def unit_setting(name: str) -> str:
    text = (REPO / "systemd" / "cuikuan.service").read_text(encoding="utf-8")
    found = re.search(rf"^{name}=(.*)$", text, re.M)
    assert found, name
    return found.group(1)


def test_template_passes_check_and_keeps_its_state_in_the_state_directory(etc: Path) -> None:
    config = load_config(etc)
    assert config.settings.data_dir == Path("/var/lib") / unit_setting("StateDirectory")
    assert config.settings.mail.transport == "smtp"
    invoice_hint = "invoice: invoices/"  # beside the config, in /etc/cuikuan/invoices/
    assert invoice_hint in TEMPLATE.read_text(encoding="utf-8")


def test_template_invoice_beside_the_config_resolves(etc: Path) -> None:
    text = etc.read_text(encoding="utf-8").replace("# invoice: invoices/", "invoice: invoices/")
    etc.write_text(text, encoding="utf-8")
    (etc.parent / "invoices" / "EX-2027-001-deposit.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    [milestone] = load_config(etc).clients[0].contracts[0].milestones
    assert milestone.invoice == etc.parent / "invoices" / "EX-2027-001-deposit.pdf"


def test_doctor_renders_the_templates_of_a_config_without_legal_counsel(etc: Path) -> None:
    """No settings.legal: the legal letter is never sent, so doctor does not render it."""
    config = load_config(etc)
    assert config.settings.legal is None
    now = datetime.fromisoformat("2027-01-10T10:00:00+08:00")
    [check] = _check_templates(config, StateView(), now)
    assert check.ok, check


def test_readme_install_copies_the_template_and_checks_before_enabling() -> None:
    install = README[README.index("### Install") : README.index("### Everyday operation")]
    assert "systemd/config.yaml /etc/cuikuan/config.yaml" in install
    assert "apt-get install" in install and "python3-venv" in install
    order = [
        install.index("pip install"),
        install.index("/etc/cuikuan/config.yaml"),
        install.index("cuikuan check"),
        install.index("cuikuan doctor"),
        install.index("systemctl enable --now cuikuan"),
    ]
    assert order == sorted(order), order
