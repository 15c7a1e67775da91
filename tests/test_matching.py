"""Matching an inbound email to a contract/milestone: thread, token, sender (pure)."""

from __future__ import annotations

from typing import Any

import pytest

from daemon.domain.emails import legacy_of
from daemon.domain.state import MilestoneState, SendRecord, StateView
from daemon.inbox.matching import UNMATCHED, match_message, token_table
from tests.inbox_builders import (
    ACME_CC,
    ACME_TO,
    B1,
    BETA_TO,
    C1,
    C2,
    acme,
    contract,
    mail,
    make_config,
    mid,
    milestone,
    state,
)

R1 = (C1, "m1", "reminder", 1)
DUE2 = (C1, "m2", "due", 0)
TERMS1 = (C1, None, "terms", 0)
ONLY = (C2, "only", "due", 0)
STRANGER = "someone@else.example"


def row(mail_kw: dict[str, Any], keys: tuple, expected: tuple | None, **state_kw: Any):
    return (mail_kw, keys, expected, state_kw)


CASES = [
    pytest.param(
        {"in_reply_to": mid(*R1)}, (R1,), ("thread", "acme", C1, "m1"), {}, id="in-reply-to"
    ),
    pytest.param(
        {"references": ("<x@y>", mid(*R1), "<other@acme.cn>")},
        (R1,),
        ("thread", "acme", C1, "m1"),
        {},
        id="references",
    ),
    pytest.param(
        {"in_reply_to": mid(*R1), "references": (mid(*DUE2),)},
        (R1, DUE2),
        ("thread", "acme", C1, "m1"),
        {},
        id="in-reply-to-beats-references",
    ),
    pytest.param(
        {"from_addr": STRANGER, "original_message_id": mid(*R1)},
        (R1,),
        ("thread", "acme", C1, "m1"),
        {},
        id="bounce-original-id",
    ),
    pytest.param(
        {"in_reply_to": "<ck.C-2026-1.m1.reminder.9@team.example>", "from_addr": STRANGER},
        (R1,),
        None,
        {},
        id="our-format-but-never-sent",
    ),
    pytest.param(
        {"subject": "Re: invoice [CK-C-2026-1-m2] thanks", "from_addr": STRANGER},
        (),
        ("token", "acme", C1, "m2"),
        {},
        id="token-milestone",
    ),
    pytest.param(
        {"subject": "RE: [ck-c-2026-1-m2]", "from_addr": STRANGER},
        (),
        ("token", "acme", C1, "m2"),
        {},
        id="token-case-insensitive",
    ),
    pytest.param(
        {"subject": "[CK-C-2026-2]", "from_addr": STRANGER},
        (ONLY,),
        ("token", "acme", C2, "only"),
        {},
        id="contract-token-narrowed-to-chased-milestone",
    ),
    pytest.param(
        {"subject": "[CK-C-2026-1]", "from_addr": STRANGER},
        (R1, DUE2),
        ("token", "acme", C1, None),
        {},
        id="contract-token-two-chased-stays-contract",
    ),
    pytest.param(
        {"subject": "[CK-NOPE-1-m1]", "from_addr": STRANGER}, (), None, {}, id="unknown-token"
    ),
    pytest.param({"from_addr": ACME_CC}, (R1, ONLY), ("sender", "acme", C2, "only"), {}, id="cc"),
    pytest.param(
        {"from_addr": ACME_TO},
        (ONLY, R1),
        ("sender", "acme", C1, "m1"),
        {},
        id="sender-latest-chased",
    ),
    pytest.param(
        {"from_addr": ACME_TO},
        (R1, ONLY),
        ("sender", "acme", C1, "m1"),
        {"milestones": {(C2, "only"): MilestoneState(status="paid")}},
        id="sender-skips-settled",
    ),
    pytest.param(
        {"from_addr": ACME_TO}, (), ("sender", "acme", None, None), {}, id="sender-no-chase"
    ),
    pytest.param({"from_addr": BETA_TO}, (), ("sender", "beta", B1, None), {}, id="one-contract"),
    pytest.param({"from_addr": STRANGER}, (R1,), None, {}, id="stranger"),
    pytest.param({"from_addr": "", "subject": ""}, (), None, {}, id="nothing"),
    pytest.param(
        {"in_reply_to": mid(*TERMS1), "from_addr": ACME_TO},
        (TERMS1, R1),
        ("thread", "acme", C1, "m1"),
        {},
        id="terms-thread-narrowed",
    ),
]


@pytest.mark.parametrize(("mail_kw", "keys", "expected", "state_kw"), CASES)
def test_match(mail_kw: dict, keys: tuple, expected: tuple | None, state_kw: dict) -> None:
    found = match_message(mail(**mail_kw), make_config(), state(*keys, **state_kw))
    if expected is None:
        assert found == UNMATCHED and not found.matched
    else:
        assert (found.via, found.client, found.contract, found.milestone) == expected


def test_thread_match_carries_the_send_record() -> None:
    found = match_message(mail(in_reply_to=mid(*R1)), make_config(), state(R1))
    assert found.send is not None and found.send.key.stage == "reminder"
    assert found.detail == mid(*R1)


def test_thread_to_a_contract_removed_from_config_falls_through_to_sender() -> None:
    key = ("GONE-1", "m1", "reminder", 1)
    found = match_message(mail(in_reply_to=mid(*key)), make_config(), state(key, R1))
    assert (found.via, found.contract, found.milestone) == ("sender", C1, "m1")


def test_ambiguous_token_is_ignored() -> None:
    # contract "X-1" milestone "a" and contract "X-1-a" both give [CK-X-1-a]
    client = acme(
        contract("X-1", milestone("a", "2026-12-01")),
        contract("X-1-a", milestone("b", "2026-12-01")),
    )
    config = make_config(client)
    assert len(token_table(config)["[ck-x-1-a]"]) == 2
    found = match_message(mail(subject="[CK-X-1-a]", from_addr=STRANGER), config, state())
    assert found == UNMATCHED
    found = match_message(mail(subject="[CK-X-1-a-b]", from_addr=STRANGER), config, state())
    assert (found.contract, found.milestone) == ("X-1-a", "b")


def test_sender_of_two_clients_is_not_matched_by_sender() -> None:
    one = acme()
    two = {**acme(contract("Z-1", milestone("z", "2026-12-01"))), "id": "zeta", "name": "Zeta"}
    found = match_message(mail(from_addr=ACME_TO), make_config(one, two), state(R1))
    assert found == UNMATCHED


def test_a_reply_to_an_email_recorded_before_tokens_still_matches_its_thread() -> None:
    """Old sends keep their untokened Message-ID in the state; replies quoting it match."""
    old_mid = legacy_of(mid(*R1))
    assert old_mid is not None and old_mid != mid(*R1)
    key, record = next(iter(state(R1).sends.items()))
    old = StateView(sends={key: SendRecord(key, old_mid, "sent", record.at, record.to)})
    found = match_message(mail(in_reply_to=old_mid, from_addr=STRANGER), make_config(), old)
    assert (found.via, found.contract, found.milestone) == ("thread", C1, "m1")
    # the tokened form of the same email matches only once it is recorded so
    found = match_message(mail(in_reply_to=mid(*R1), from_addr=STRANGER), make_config(), old)
    assert found.via != "thread"
