"""The inbox watcher and the main loop between them: mail is never left waiting for a tick,
and unread mail the daemon may not act on does not spin them.

The daemon runs in a thread with its watcher (real Maildir, real Dovecot); what a test
waits for is an event (a milestone changed, a count reached), bounded by the shared hang
guard; nothing here waits on a schedule (``tick_seconds`` is an hour).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from daemon.clock import FixedClock
from daemon.config.loader import load_config
from daemon.domain.emails import message_id
from daemon.inbox import watcher
from daemon.inbox.maildir_inbox import MaildirSource
from daemon.service import loop
from daemon.service.loop import Daemon
from daemon.storage import message_key
from daemon.storage.store import Store
from tests.fixtures.waiting import wait_until
from tests.test_inbox_e2e import (
    AR,
    B1,
    BETA,
    BR1,
    C1,
    PAY,
    R1,
    TICK1,
    TICK2,
    World,
    config_text,
    reply,
    running,
    world,  # noqa: F401 (a fixture)
)


class WatchedMaildir(MaildirSource):
    """The watcher's source, telling the test when it has started a wait."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.waits = 0

    def wait_for_activity(self, timeout: float, stop: threading.Event) -> bool:
        self.waits += 1
        return super().wait_for_activity(timeout, stop)


@pytest.fixture
def maildir_world(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list[WatchedMaildir]]:
    """The embedded default (no servers): the chase has started, replies go to new/."""
    monkeypatch.setattr(Daemon, "_install_signal_handlers", lambda self: None)  # not main
    path = tmp_path / "config.yaml"
    path.write_text(config_text(f"  mail:\n    from: {{email: {AR}}}\n"), encoding="utf-8")
    Daemon(path, load_config(path), FixedClock(TICK1)).run(once=True)
    made: list[WatchedMaildir] = []
    real = loop.make_source

    def watched_source(config: Any) -> Any:
        source = real(config)
        assert isinstance(source, MaildirSource)
        made.append(WatchedMaildir(source.inbox, outbox=source.outbox))
        return made[-1]

    monkeypatch.setattr(loop, "make_source", watched_source)
    return path, made


def status(config_path: Path, contract: str, milestone: str) -> str:
    config = load_config(config_path)
    with Store(config.settings.data_dir / "state.json", read_only=True) as store:
        return store.get_milestone(contract, milestone).status


def test_a_maildir_reply_landing_during_a_cycle_wakes_the_next_cycle(
    maildir_world: tuple[Path, list[WatchedMaildir]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The watcher's sync marked every file present as seen: a reply that landed while
    the main thread handled another one (woken by the watcher) was seen by nobody until
    the next tick (an hour here). Now the watcher follows what the main thread has read."""
    config_path, watched = maildir_world
    config = load_config(config_path)
    secret = message_key.load(config.settings.data_dir, create=False)
    new = config_path.parent / "data" / "inbox" / "new"
    first = reply(PAY, "We dispute this.", in_reply_to=message_id(R1, "team.example", secret))
    second = reply(
        BETA,
        "我们将于12月5日前付款。",
        in_reply_to=message_id(BR1, "team.example", secret),
        mid="<p2@beta.example>",
    )
    daemon = Daemon(config_path, config, FixedClock(TICK2))
    inbox = daemon.runtime.inbox
    assert inbox is not None
    real_handle = inbox.handle
    handled: list[int] = []

    def handle_and_a_reply_lands(*args: Any, **kwargs: Any) -> Any:
        handled.append(1)
        if len(handled) == 1:  # the main thread is busy with the first reply
            (new / "2.eml").write_bytes(second)
        return real_handle(*args, **kwargs)

    monkeypatch.setattr(inbox, "handle", handle_and_a_reply_lands)
    with running(daemon) as d:
        wait_until(d.cycle_done.is_set, "the first cycle")
        wait_until(lambda: watched and watched[0].waits >= 1, "the watcher's first wait")
        (new / "1.eml").write_bytes(first)  # the watcher reports it: a cycle reads it
        wait_until(lambda: status(config_path, C1, "m1") == "disputed", "the dispute")
        wait_until(
            lambda: status(config_path, B1, "final") == "promised",
            "the reply that landed during the cycle (before: only at the next tick)",
        )
        assert d.watcher is not None and d.watcher.wakeups >= 2
    assert list(new.iterdir()) == []


# --- unread mail while a clock jump is held ---------------------------------------------

JUMPED = TICK2 + timedelta(days=30)  # beyond clock_jump_days (4) of the last activity


def counting_cycles(daemon: Daemon) -> list[int]:
    """How many cycles the daemon ran (scheduled, woken, the first)."""
    count = [0]
    real = daemon.cycle

    def cycle() -> None:
        count[0] += 1
        real()

    daemon.cycle = cycle  # type: ignore[method-assign]
    return count


def held_mail_does_not_spin(daemon: Daemon, clock: FixedClock, acted: Callable[[], bool]) -> None:
    """The watcher reports the unread mail again and again (its fallback timer is made
    short); the loop runs no cycle for those reports while nothing may act, and reads the
    mail as soon as the clock is plausible again (no tick: ``tick_seconds`` is an hour)."""
    cycles = counting_cycles(daemon)
    with running(daemon) as d:
        assert d.watcher is not None
        wait_until(lambda: d.watcher is not None and d.watcher.wakeups >= 5, "five reports")
        assert cycles[0] == 1, f"{cycles[0]} cycles for {d.watcher.wakeups} reports of held mail"
        assert not acted()  # held: nothing acts
        clock.set(TICK2)  # plausible again: the report kept is acted on
        wait_until(acted, "the held mail, read once the clock is plausible")


def test_unread_imap_mail_held_by_a_clock_jump_does_not_spin_the_loop(
    world: World,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before: each report ran a cycle that read nothing (the clock held it), then the
    watcher, still beyond the main thread's cursor, reported at once: a busy loop of IMAP
    round trips and cycles for as long as the jump was held."""
    monkeypatch.setattr(Daemon, "_install_signal_handlers", lambda self: None)
    monkeypatch.setattr(watcher, "CYCLE_WAIT_SECONDS", 0.2)  # its fallback, made frequent
    world.deliver(reply(PAY, "We dispute the amount.", in_reply_to=world.mid(R1)))
    clock = FixedClock(JUMPED)
    daemon = Daemon(world.config_path, world.config, clock, clock_guard=True)
    held_mail_does_not_spin(daemon, clock, lambda: world.milestone(C1, "m1").status == "disputed")


def test_unread_maildir_mail_held_by_a_clock_jump_does_not_spin_the_loop(
    maildir_world: tuple[Path, list[WatchedMaildir]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(watcher, "CYCLE_WAIT_SECONDS", 0.2)
    config_path, _watched = maildir_world
    config = load_config(config_path)
    secret = message_key.load(config.settings.data_dir, create=False)
    new = config_path.parent / "data" / "inbox" / "new"
    mid = message_id(R1, "team.example", secret)
    (new / "1.eml").write_bytes(reply(PAY, "We dispute this.", in_reply_to=mid))
    clock = FixedClock(JUMPED)
    daemon = Daemon(config_path, config, clock, clock_guard=True)
    held_mail_does_not_spin(daemon, clock, lambda: status(config_path, C1, "m1") == "disputed")
