"""A Message-ID's keyed token is worked out once per key, not at each of the places that
ask for it while one email is sent (the engine, the composer, the outbox: issue 15)."""

from __future__ import annotations

import hmac
from typing import Any

import pytest

from daemon.domain import emails
from daemon.domain.emails import message_id, token_verifies
from daemon.domain.state import SendKey


def test_the_hmac_of_a_message_id_is_computed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[bytes] = []
    real = hmac.new

    def counting(key: bytes, msg: bytes, digestmod: Any) -> Any:
        made.append(msg)
        return real(key, msg, digestmod)

    monkeypatch.setattr(emails.hmac, "new", counting)
    key, secret = SendKey("C-once-1", "m1", "due", 0), b"a key used by this test only"
    first = message_id(key, "team.example", secret)
    assert all(message_id(key, "team.example", secret) == first for _ in range(3))
    assert len(made) == 1
    assert token_verifies(first, secret)  # verifying asks the same token: no new HMAC
    assert len(made) == 1
    other = message_id(key, "team.example", b"another key")
    assert other != first and len(made) == 2
    assert not token_verifies(first, b"another key")
