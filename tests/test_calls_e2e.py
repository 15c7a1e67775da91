"""Calls between emails (issue 14.2), end to end through real servers.

``policy.call_before_demand``: after an overdue reminder the daily list asks the PM to
call the client, with the phone from the config, what is owed and what was said last. The
PM reports by replying through the real Dovecot server: ``called: will pay 12-15`` records
a ``call`` event and sets a promise; ``called: no answer`` records the call only. Either
takes the call off the list until the next reminder.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from daemon.config.loader import load_config
from daemon.domain.emails import reference_token
from daemon.domain.events import decode
from daemon.reports.todo import Action, todo
from daemon.storage.store import Store
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.smtp import SmtpServer
from tests.test_inbox_e2e import B1, C1, PM, TICK1, TICK2, World, staff_mail

PHONE = "+86 571 8888 1234"


@pytest.fixture
def world(
    tmp_path: Path, smtp_server: SmtpServer, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> World:
    monkeypatch.setenv("CK_E2E_IMAP_PASSWORD", dovecot.users[PM])
    w = World(tmp_path, smtp_server, dovecot)
    text = w.config_path.read_text(encoding="utf-8")
    anchor = "  tick_seconds: 3600\n"
    text = text.replace(anchor, anchor + "  policy: {call_before_demand: true}\n")
    text = text.replace("    name: ACME Ltd\n", f"    name: ACME Ltd\n    phone: {PHONE}\n")
    w.config_path.write_text(text, encoding="utf-8")
    w.config = load_config(w.config_path)
    w.run_once(TICK1)  # reminder 1 of m1 (ACME) and of final (beta)
    return w


def calls(world: World, now: datetime) -> list[Action]:
    with Store(world.state_file, read_only=True) as store:
        state, events = store.snapshot(), [decode(e) for e in store.events()]
    return [a for a in todo(world.config, state, now, events) if a.kind == "call"]


def test_the_list_asks_for_a_call_and_a_reply_records_it(world: World) -> None:
    [beta, acme] = sorted(calls(world, TICK1), key=lambda a: a.contract or "")
    assert (beta.contract, acme.contract) == (B1, C1)
    assert PHONE in acme.reason and "CNY 80,000.00 owed" in acme.reason
    assert "no phone in the config" in beta.reason  # beta has none: the PM is told to add it
    assert acme.commands == ("called: …",) and "None" not in acme.reason

    world.deliver(staff_mail("called: will pay 12-15", subject=f"Re: {reference_token(C1, 'm1')}"))
    world.deliver(staff_mail("called: no answer", subject=f"Re: {reference_token(B1, 'final')}"))
    world.run_once(TICK2)
    promised = world.milestone(C1, "m1")
    assert (promised.status, promised.promised_date) == ("promised", date(2026, 12, 15))
    assert world.milestone(B1, "final").status == "open"
    outcomes = sorted((e["milestone"], e["data"]["outcome"]) for e in world.events("call"))
    assert outcomes == [("final", "no answer"), ("m1", "will pay 12-15")]
    assert calls(world, TICK2) == []  # both reported: off the list until the next reminder
