"""YAML syntax errors say, in plain words, which slip it is, where, and how to fix it."""

from __future__ import annotations

import re

import pytest

from daemon.config.yamlsafe import load_yaml
from daemon.errors import ConfigError


def error_of(text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load_yaml(text, "config.yaml")
    [issue] = caught.value.issues
    return str(issue)


def where(message: str) -> tuple[int, int]:
    found = re.match(r"config\.yaml:(\d+): YAML syntax error, column (\d+): ", message)
    assert found, message
    return int(found[1]), int(found[2])


CASES = {
    "full-width colon between keys": (
        "settings:\n  company: X\n  currency：CNY\n  timezone: Asia/Shanghai\n",
        (3, 11),
        ["full-width colon", "write 'currency: CNY'"],
    ),
    "full-width colon on the last line": (
        "settings:\n  company: X\n  currency：CNY\n",
        (3, 11),
        ["full-width colon", "'currency: CNY'"],
    ),
    "full-width colon after a block key": (
        "settings：\n  company: X\n",
        (1, 9),
        ["full-width colon", "write 'settings:'"],
    ),
    "full-width colon in a list item": (
        "clients:\n  - id：acme\n    name: Acme\n",
        (2, 7),
        ["full-width colon", "'id: acme'"],
    ),
    "tab at the start of a line": (
        "settings:\n\tcompany: X\n",
        (2, 1),
        ["tab", "spaces only", "replace the tab"],
    ),
    "tab after spaces": (
        "settings:\n  company: X\n  \ttimezone: Y\n",
        (3, 3),
        ["tab", "replace the tab"],
    ),
    "key indented more than its sibling": (
        "settings:\n  company: X\n   timezone: Y\n",
        (3, 4),
        ["indented by 3 spaces", "indent it by 2 spaces"],
    ),
    "key indented less than its sibling": (
        "settings:\n  company: X\n timezone: Y\n",
        (3, 2),
        ["indented by 1 space,", "by 2 spaces like 'company' (line 2)", "by 0 spaces"],
    ),
    "key in a list item indented off by one": (
        "clients:\n  - id: a\n    contracts:\n      - id: c\n        title: T\n"
        "       currency: CNY\n",
        (6, 8),
        ["'currency' is indented by 7 spaces", "by 8 spaces like 'title' (line 5)"],
    ),
    "double quote never closed": (
        'settings:\n  company: "Acme\n  timezone: Asia/Shanghai\nclients: []\n',
        (2, 12),
        ['the quote " opened here is never closed', 'add the closing "'],
    ),
    "double quote closed lines later by another value's quote": (
        'settings:\n  company: "Acme\n  timezone: Asia/Shanghai\n  name: "X"\n',
        (2, 12),
        ["never closed"],
    ),
    "single quote never closed": (
        "settings:\n  company: 'Acme\n  timezone: Asia/Shanghai\n",
        (2, 12),
        ["the quote ' opened here is never closed"],
    ),
    "a value with ': ' in it": (
        "settings:\n  company: Acme: Shanghai\n",
        (2, 16),
        ["put the value in quotes"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_slip_is_named_at_its_place_with_its_fix(name: str) -> None:
    text, place, phrases = CASES[name]
    message = error_of(text)
    assert where(message) == place, message
    for phrase in phrases:
        assert phrase in message, message


@pytest.mark.parametrize(
    "text",
    [
        "note: 备注：月底前付款\n",  # a full-width colon inside a value is just text
        'note: "说明：见附件"\n',
        "items:\n  - '付款：已完成'\n",
        "a: \"quoted \\\" inside\"\nb: 'it''s'\n",
    ],
)
def test_valid_yaml_with_look_alikes_loads(text: str) -> None:
    assert load_yaml(text, "config.yaml").data


def test_an_unrelated_error_does_not_blame_a_colon_inside_a_value() -> None:
    message = error_of("note: 备注：月底\nlist: [1, 2\n")
    assert "full-width" not in message and where(message)[0] >= 2
