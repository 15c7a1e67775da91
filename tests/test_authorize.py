"""Who may change what: client contacts, staff with authentication, strangers (pure)."""

from __future__ import annotations

from typing import Any

import pytest

from daemon.inbox.alignment import aligned, organizational_domain
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
    acme,
    beta,
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
        ("staff", False),  # strict alignment (the default) needs the dkim/spf identifier
        id="dmarc-pass-alone-strict",
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
        ("staff", False),  # strict by default; see test_relaxed_alignment_*
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


# --- alignment (issue 11.10) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("domain", "org"),
    [
        ("mail.example.cn", "example.cn"),
        ("example.cn", "example.cn"),
        ("a.b.example.com.cn", "example.com.cn"),
        ("Mail.Example.CN.", "example.cn"),
        ("user.github.io", "user.github.io"),  # a private suffix of the list
        ("com.cn", "com.cn"),
        ("", ""),
    ],
)
def test_organizational_domain_from_the_bundled_public_suffix_list(domain: str, org: str) -> None:
    assert organizational_domain(domain) == org


@pytest.mark.parametrize(
    ("domain", "from_domain", "strict", "relaxed"),
    [
        ("example.cn", "example.cn", True, True),
        ("mail.example.cn", "example.cn", False, True),
        ("example.cn", "mail.example.cn", False, True),
        ("client.example.cn", "example.cn", False, True),
        ("evilexample.cn", "example.cn", False, False),
        ("example.com.cn", "other.com.cn", False, False),  # a public suffix is no organization
        ("alice.github.io", "bob.github.io", False, False),
        ("", "example.cn", False, False),
    ],
)
def test_alignment_as_dmarc_defines_it(
    domain: str, from_domain: str, strict: bool, relaxed: bool
) -> None:
    assert aligned(domain, from_domain, "strict") is strict
    assert aligned(domain, from_domain, "relaxed") is relaxed


COMPANY_PM = "pm@example.cn"
SUBDOMAIN_CLIENT = {
    **acme(),
    "id": "sub",
    "contacts": {"to": [{"email": "ap@client.example.cn"}]},
}


def company_config(alignment: str | None = None, *clients: dict) -> Any:
    kw: dict[str, Any] = {"pm": {"name": "Pat", "email": COMPANY_PM}}
    if alignment:
        kw["authentication"] = {"alignment": alignment}
    return make_config(*(clients or (acme(), beta())), **kw)


# The forger owns client.example.cn (SPF passes for it) and writes From: pm@example.cn. A
# receiving server applying the domain's relaxed DMARC policy even says dmarc=pass.
SUBDOMAIN_FORGERY = ar(
    "mx.example.cn; spf=pass smtp.mailfrom=attacker@client.example.cn; dkim=none;"
    " dmarc=pass header.from=example.cn"
)


def test_a_sub_domain_forger_is_refused_under_strict_alignment() -> None:
    forged = mail(from_addr=COMPANY_PM, **SUBDOMAIN_FORGERY)
    result = authorize(forged, OTHER, ACME_M1, company_config())
    assert (result.role, result.allowed) == ("staff", False)
    assert "aligned" in result.reason


def test_a_sub_domain_the_config_gives_a_client_is_refused_under_relaxed() -> None:
    forged = mail(from_addr=COMPANY_PM, **SUBDOMAIN_FORGERY)
    config = company_config("relaxed", acme(), SUBDOMAIN_CLIENT)
    assert authorize(forged, OTHER, ACME_M1, config).allowed is False


@pytest.mark.parametrize(
    "header",
    [
        "mx.example.cn; spf=pass smtp.mailfrom=bounce@mail.example.cn",
        "mx.example.cn; dkim=pass header.d=mail.example.cn",
        "mx.example.cn; dmarc=pass header.from=example.cn",
    ],
    ids=["spf", "dkim", "dmarc"],
)
def test_relaxed_alignment_accepts_the_company_sub_domain_strict_refuses(header: str) -> None:
    genuine = mail(from_addr=COMPANY_PM, **ar(header))
    assert authorize(genuine, OTHER, ACME_M1, company_config("relaxed")).allowed is True
    assert authorize(genuine, OTHER, ACME_M1, company_config("strict")).allowed is False


def test_dmarc_pass_for_another_from_domain_does_not_count() -> None:
    other = mail(from_addr=COMPANY_PM, **ar("mx; dmarc=pass header.from=client.example.cn"))
    assert authorize(other, OTHER, ACME_M1, company_config("relaxed")).allowed is False


# --- client replies (issue 11.9) ----------------------------------------------------------


@pytest.mark.parametrize(
    "extra",
    [
        ar("mx.team.example; dkim=none; spf=fail smtp.mailfrom=pay@acme.cn; dmarc=fail"),
        ar("mx.team.example; spf=fail smtp.mailfrom=pay@acme.cn"),
        ar("mx.team.example; dkim=pass header.d=acme.cn; dmarc=fail header.from=acme.cn"),
        {"return_path": "bulk@mailer.evil.example"},
        {"headers": {"sender": "mallory@evil.example"}},
    ],
    ids=["dmarc-spf-fail", "spf-fail", "dmarc-fail-wins", "foreign-return-path", "sender"],
)
def test_a_client_reply_that_fails_authentication_is_suspicious(extra: dict) -> None:
    forged = mail(from_addr=ACME_TO, **extra)
    result = authorize(forged, Classification("paid"), ACME_M1, make_config())
    assert (result.role, result.allowed) == ("client", False)
    assert result.reason.startswith("suspicious:")


@pytest.mark.parametrize(
    "extra",
    [
        {},
        {"return_path": ACME_TO},
        ar("mx.team.example; dkim=pass header.d=acme.cn; spf=softfail; dmarc=pass"),
        ar("mx.team.example; spf=pass smtp.mailfrom=pay@acme.cn"),
    ],
    ids=["no-header", "own-return-path", "dkim", "spf"],
)
def test_a_genuine_client_reply_is_allowed(extra: dict) -> None:
    genuine = mail(from_addr=ACME_TO, **extra)
    result = authorize(genuine, Classification("paid"), ACME_M1, make_config())
    assert (result.role, result.allowed) == ("client", True)


def test_one_client_cannot_vouch_for_another_under_relaxed() -> None:
    # beta's domain is its own, but under relaxed a sub-domain of acme.cn given to another
    # client does not vouch for acme's contact either
    other = {**beta(), "contacts": {"to": [{"email": "ap@shop.acme.cn"}]}}
    config = make_config(acme(), other, authentication={"alignment": "relaxed"})
    forged = mail(from_addr=ACME_TO, **ar("mx; spf=pass smtp.mailfrom=x@shop.acme.cn"))
    assert authorize(forged, OTHER, ACME_M1, config).allowed is False


# --- which headers count ------------------------------------------------------------------


def test_with_an_authserv_id_every_header_of_that_server_counts_and_no_other() -> None:
    config = make_config(authentication={"authserv_id": "mx.team.example"})
    split = mail(  # one milter per header, as Postfix with OpenDKIM and OpenDMARC writes them
        from_addr=PM,
        authentication_results=(
            "mx.team.example; dmarc=pass header.from=team.example",
            "mx.team.example; dkim=pass header.d=team.example",
        ),
    )
    assert authorize(split, OTHER, ACME_M1, config).allowed is True
    assert authorize(split, OTHER, ACME_M1, make_config()).allowed is False  # topmost only
    forged = mail(  # a pass written by someone else's server does not count
        from_addr=PM, authentication_results=("evil.example; dkim=pass header.d=team.example",)
    )
    assert authorize(forged, OTHER, ACME_M1, config).allowed is True  # no header of ours
    forged_rp = mail(
        from_addr=PM,
        return_path="x@evil.example",
        authentication_results=("evil.example; dkim=pass header.d=team.example",),
    )
    assert authorize(forged_rp, OTHER, ACME_M1, config).allowed is False
    assert authenticated(forged_rp)[0] is True  # without authserv_id the topmost counts
