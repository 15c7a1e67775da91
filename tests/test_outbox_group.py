"""Group commit under SIGKILL: a kill inside a group of sends loses nothing, repeats nothing.

The tick records the intents of a group of emails in one write, then sends them, then
commits their sent marks together (:mod:`daemon.outbox.group`). A real daemon (``cuikuan
run``) sends 40 emails to a real aiosmtpd server that files each message to the Sent folder
of a real Dovecot before its 250 (as Gmail and Exchange do), and the server itself
SIGKILLs the daemon at an exact point of the group:

- at the MAIL FROM of the group's first email: the group's intents are committed, none
  of its bytes went out;
- after the server accepted the 20th email but before the daemon heard the 250: twenty
  emails are out, none of the group's sent marks is committed;
- with no IMAP at all (no Sent folder to ask), at the MAIL FROM of the 21st email: twenty
  emails are out and acknowledged, only the first one's sent mark is committed; only the
  archive's sent copies can tell the next run that the other nineteen went.

A second run must then send every email that is missing, exactly once.
"""

from __future__ import annotations

import shutil
import signal
import threading
from collections import Counter
from pathlib import Path

import pytest
from aiosmtpd.smtp import SMTP, Envelope, Session

from daemon.config.loader import load_config
from daemon.service.runtime import state_path
from daemon.storage.store import Store
from tests.fixtures.dovecot import Dovecot
from tests.soak_result import SoakOptions, sent_folder_counts
from tests.soak_smtp import CountingHandler, SentFiler, SoakSmtp
from tests.soak_support import IMAP_USER, _Daemon, _final_run, expected_by_contract, write_config

pytestmark = pytest.mark.skipif(
    shutil.which("dovecot") is None, reason="the dovecot binary is not installed; CI installs it"
)


class KillingHandler(CountingHandler):
    """Counts like the soak's server and SIGKILLs the client at one chosen instant:
    ``at="mail"``: on the ``n``-th MAIL FROM; ``at="data"``: once the ``n``-th message is
    filed to Sent and counted, before its 250 is answered."""

    def __init__(self, filer: SentFiler, at: str, n: int) -> None:
        super().__init__(filer)
        self.at, self.n = at, n
        self.pid: int | None = None
        self.killed = threading.Event()

    def _kill(self) -> None:
        if self.pid is not None and not self.killed.is_set():
            import os

            os.kill(self.pid, signal.SIGKILL)
            self.killed.set()

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        reply = await super().handle_MAIL(server, session, envelope, address, options)
        if self.at == "mail" and self.transactions == self.n:
            self._kill()
        return reply

    async def _accept(self, raw: bytes) -> str:
        reply = await super()._accept(raw)
        if self.at == "data" and sum(self.snapshot().values()) == self.n:
            self._kill()
        return reply


def statuses(state: Path) -> Counter[str]:
    with Store(state, read_only=True) as store:
        return Counter(r.status for r in store.snapshot().sends.values())


def run_with_a_kill(tmp_path: Path, at: str, n: int, *, imap: bool = True) -> None:
    with Dovecot() as dovecot:
        filer = SentFiler(dovecot, IMAP_USER)
        handler = KillingHandler(filer, at, n)
        with SoakSmtp(handler=handler) as smtp:
            config_path = write_config(
                tmp_path,
                contracts=10,
                smtp_port=smtp.port,
                imap_port=dovecot.imap_port,
                imap=imap,
            )
            by_contract = expected_by_contract(config_path)
            expected = {mid for mids in by_contract.values() for mid in mids.values()}
            assert len(expected) == 40
            state = state_path(load_config(config_path))
            daemon = _Daemon(tmp_path, dovecot.users[IMAP_USER])
            try:
                proc = daemon.spawn()
                handler.pid = proc.pid
                assert handler.killed.wait(90), "the daemon never reached the kill point"
                proc.wait(timeout=30)
                at_kill = handler.snapshot()
                recorded = statuses(state)
                # the whole group was recorded before its first byte went out
                assert recorded["sent"] + recorded["pending"] == 40, recorded
                if at == "mail":
                    # the first email goes alone (it proves the server takes mail), then
                    # the other 39 are one group: committed; n - 2 of them sent, their
                    # marks not committed (they are committed every 50)
                    assert sum(at_kill.values()) == n - 1
                    assert (recorded["sent"], recorded["pending"]) == (1, 39), recorded
                else:
                    # twenty out, their sent marks not committed yet: only the Sent
                    # folder can tell the next run that they went
                    assert sum(at_kill.values()) == n
                    assert recorded["pending"] >= 40 - n + 1, recorded
                handler.at = ""  # no more kills
                exit_code = _final_run(
                    SoakOptions(final_timeout=90), daemon, handler, expected, state, [], print
                )
            finally:
                daemon.kill()
            counts = handler.snapshot()
        filer.close()
        in_sent = sent_folder_counts(dovecot, IMAP_USER)
    assert exit_code == 0
    assert set(counts) == expected, set(counts) ^ expected  # nothing lost
    assert [mid for mid, k in counts.items() if k > 1] == []  # nothing sent twice
    assert expected <= set(in_sent)
    final = statuses(state)
    assert (final["sent"], final["pending"]) == (40, 0), final


@pytest.mark.slow  # two runs of a real daemon with Dovecot; CI runs it (-m slow)
def test_a_kill_between_the_groups_commit_and_its_sends_loses_and_repeats_nothing(
    tmp_path: Path,
) -> None:
    run_with_a_kill(tmp_path, "mail", 2)


@pytest.mark.slow  # two runs of a real daemon with Dovecot; CI runs it (-m slow)
def test_a_kill_midway_through_a_group_loses_and_repeats_nothing(tmp_path: Path) -> None:
    run_with_a_kill(tmp_path, "data", 20)


@pytest.mark.slow  # two runs of a real daemon with Dovecot; CI runs it (-m slow)
def test_without_a_sent_folder_the_archive_tells_a_restart_what_went_out(
    tmp_path: Path,
) -> None:
    run_with_a_kill(tmp_path, "mail", 21, imap=False)
