"""Who may change what: client contacts, staff with authentication, strangers (pure)."""

from __future__ import annotations

from typing import Any

import pytest

from daemon.inbox.authorize import authenticated, authorize, parse_authentication_results
from daemon.inbox.classify import Classification
from daemon.inbox.matching import UNMATCHED, Match
from tests.inbox_builders import (
    ACME_CC,
    ACME_TO,
    BETA_TO,
    BOSS,
    C1,
    FINANCE,
    PM,
    SENDER,
    mail,
    make_config,
)

ACME_M1 = Match("thread", "acme", C1, "m1")
OTHER = Classification("other")
AR = "Authentication-Results"


def ar(value: str) -> dict[str, Any]:
    return {"authentication_results": (value,)}


ROLES = [
    pytest.param(ACME_TO, {}, ACME_M1, OTHER, ("client", True), id="client-to"),
    pytest.param(ACME_CC, {}, ACME_M1, OTHER, ("client", True), id="client-cc"),
    pytest.param(BETA_TO, {}, ACME_M1, OTHER, ("other_client", False), id="other-clients-contact"),
    pytest.param("evil@x.example", {}, ACME_M1, OTHER, ("stranger", False), id="stranger"),
    pytest.param("", {}, ACME_M1, OTHER, ("stranger", False), id="no-sender"),
    pytest.param(SENDER, {}, ACME_M1, OTHER, ("self", False), id="our-own-address"),
    pytest.param(
        "mailer-daemon@mx.acme.cn",
        {},
        UNMATCHED,
        Classification("bounce"),
        ("system", True),
        id="bounce",
    ),
    pytest.param(PM, {}, ACME_M1, OTHER, ("staff", True), id="pm-no-auth-header"),
    pytest.param(FINANCE, {}, UNMATCHED, OTHER, ("staff", True), id="finance"),
    pytest.param(BOSS, {}, ACME_M1, OTHER, ("staff", True), id="settings-staff"),
    pytest.param(
        PM,
        ar("mx.team.example; dkim=pass header.d=team.example; spf=fail"),
        ACME_M1,
        OTHER,
        ("staff", True),
        id="dkim-pass-aligned",
    ),
    pytest.param(
        PM,
        ar("mx.team.example; dkim=none; spf=pass smtp.mailfrom=pm@team.example"),
        ACME_M1,
        OTHER,
        ("staff", True),
        id="spf-pass-aligned",
    ),
    pytest.param(
        PM,
        ar("mx.team.example; dmarc=pass header.from=team.example"),
        ACME_M1,
        OTHER,
        ("staff", True),
        id="dmarc-pass",
    ),
    pytest.param(
        PM,
        ar("mx.example.com; dkim=fail; spf=fail"),
        ACME_M1,
        OTHER,
        ("staff", False),
        id="dkim-spf-fail",
    ),
    pytest.param(
        PM,
        ar("mx.example.com; dkim=pass header.d=acme.cn; spf=pass smtp.mailfrom=pay@acme.cn"),
        ACME_M1,
        OTHER,
        ("staff", False),
        id="pass-for-another-domain",
    ),
    pytest.param(
        PM,
        {"return_path": "pay@acme.cn"},
        ACME_M1,
        OTHER,
        ("staff", False),
        id="no-header-but-return-path-of-client",
    ),
    pytest.param(
        PM,
        {"return_path": "bounces+x@mail.team.example"},
        ACME_M1,
        OTHER,
        ("staff", True),
        id="return-path-subdomain",
    ),
    pytest.param(
        PM,
        {"headers": {"sender": "Mallory <mallory@evil.example>"}},
        ACME_M1,
        OTHER,
        ("staff", False),
        id="sender-header-of-other-domain",
    ),
]


@pytest.mark.parametrize(("sender", "extra", "match", "classification", "expected"), ROLES)
def test_roles(sender: str, extra: dict, match: Match, classification, expected: tuple) -> None:
    result = authorize(mail(from_addr=sender, **extra), classification, match, make_config())
    assert (result.role, result.allowed) == expected
    assert result.reason


def test_staff_authentication_can_be_switched_off() -> None:
    config = make_config(require_authenticated_staff=False)
    failing = mail(from_addr=PM, **ar("mx; dkim=fail; spf=fail"))
    assert authorize(failing, OTHER, ACME_M1, config).allowed


def test_only_the_topmost_header_counts() -> None:
    # A forged pass added by the sender sits below the receiver's own header.
    forged = mail(
        from_addr=PM,
        authentication_results=("mx.team.example; dkim=fail", "mx.team.example; dkim=pass"),
    )
    assert authenticated(forged)[0] is False


def test_parse_authentication_results() -> None:
    authserv, results = parse_authentication_results(
        "mx.example.com (comment; with semicolon);\r\n dkim=pass (good sig) header.d=Team.Example"
        ' header.s=s1; spf=softfail smtp.mailfrom="x@y.example"; arc=none'
    )
    assert authserv == "mx.example.com"
    assert [(r.method, r.result) for r in results] == [
        ("dkim", "pass"),
        ("spf", "softfail"),
        ("arc", "none"),
    ]
    assert results[0].properties["header.d"] == "team.example"
    assert results[1].properties["smtp.mailfrom"] == "x@y.example"
    assert parse_authentication_results("") == ("", [])
    assert parse_authentication_results("garbage ;;; = ;")[1] == []
