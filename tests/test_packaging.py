"""A non-editable install must carry everything the daemon reads at run time.

``pip install /path/to/checkout`` builds a wheel from pyproject.toml: a subpackage missing
from its ``packages`` list, or templates left out of the package data, only show up on the
server, as an ImportError or "template not found". These tests catch both in the checkout.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from daemon.mail import rendering

REPO = Path(__file__).resolve().parents[1]


def _setuptools_table() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]


def daemon_packages() -> set[str]:
    """Every folder under daemon/ with an ``__init__.py``, as a dotted name.

    Walked here rather than with ``setuptools.find_packages``: a fresh venv on Python 3.12+
    has no setuptools, and the README's test command must work there.
    """
    return {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "daemon").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }


def test_every_daemon_package_is_listed_for_the_wheel() -> None:
    listed = set(_setuptools_table()["packages"])
    found = daemon_packages()
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert "daemon.templates" in listed


def test_every_shipped_template_matches_the_package_data_globs() -> None:
    table = _setuptools_table()
    source = REPO / table["package-dir"]["daemon.templates"]
    globs = table["package-data"]["daemon.templates"]
    shipped = {p for p in source.rglob("*") if p.is_file() and p.suffix == ".j2"}
    matched = {p for g in globs for p in source.glob(g)}
    assert shipped and shipped == matched


def test_installed_templates_win_over_a_checkout(tmp_path: Path) -> None:
    package = tmp_path / "site-packages" / "daemon"
    (package / "templates" / "zh").mkdir(parents=True)
    assert rendering._shipped_templates(package / "mail" / "rendering.py") == package / "templates"
    checkout = tmp_path / "checkout"
    (checkout / "daemon").mkdir(parents=True)
    (checkout / "templates").mkdir()
    assert (
        rendering._shipped_templates(checkout / "daemon" / "mail" / "rendering.py")
        == checkout / "templates"
    )


def test_the_reply_rules_ship_as_package_data() -> None:
    table = _setuptools_table()
    globs = table["package-data"]["daemon.inbox.rules"]
    source = REPO / "daemon" / "inbox" / "rules"
    shipped = {p for p in source.iterdir() if p.suffix in (".yaml", ".json")}
    matched = {p for g in globs for p in source.glob(g)}
    assert {p.name for p in shipped} >= {"common.yaml", "zh.yaml", "zh_hant.yaml", "en.yaml"}
    assert "learned.json" in {p.name for p in shipped}  # the learned fallback's model
    assert shipped == matched
