"""A short crash soak: SIGKILL the daemon a dozen times while it sends, then count.

The long version is ``bench/soak.py --kills 200``; see :mod:`tests.soak_support`. The
SMTP server takes 0.1 s per message, so kills land between the final dot and the 250 too
(the server accepts, the client never hears it). Seed 33 is used because most of its
random delays fall after the daemon's start-up (~0.5 s), where the sending happens.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.soak_faults import MountRefused
from tests.soak_support import SoakOptions, run_soak

pytestmark = pytest.mark.skipif(
    shutil.which("dovecot") is None, reason="the dovecot binary is not installed; CI installs it"
)


@pytest.mark.slow  # 40 SIGKILLs of a real daemon: CI runs it (-m slow)
def test_random_sigkills_lose_nothing_and_send_nothing_twice(tmp_path: Path) -> None:
    # The server files each message to Sent before its 250, as Gmail and Exchange do for
    # authenticated submission: the configuration under which cuikuan sends exactly once.
    options = SoakOptions(
        kills=12, contracts=10, seed=33, max_delay=2.0, smtp_latency=0.1, final_timeout=60
    )
    result = run_soak(options, tmp_path, progress=lambda _line: None)

    summary = result.table()
    assert result.kills == 12, summary
    # The soak proves something only if some kills hit a daemon in the middle of sending.
    assert result.kills_mid_sending >= 1, summary
    assert result.expected == 40, summary
    assert result.duplicates == 0, f"{result.duplicate_ids}\n{summary}"
    assert result.missing == 0, f"{result.missing_ids}\n{summary}"
    assert result.unexpected == 0, summary
    assert result.db_loads and result.db_main_file_ok, summary
    assert result.db_pending == 0 and result.db_sent == 40, summary
    assert result.sent_folder_missing == 0, summary
    assert result.final_exit_code == 0, summary
    assert result.log_errors == [], summary


@pytest.mark.slow  # 12 SIGKILLs on a disk that fills and frees, replies arriving meanwhile
def test_sigkills_on_a_filling_disk_with_replies_arriving_lose_and_repeat_nothing(
    tmp_path: Path,
) -> None:
    # The data folder is a 16 MB tmpfs, filled to the last byte for ~1 s and freed for
    # ~2 s over and over while the daemon is killed (issue 10: "a disk that fills and
    # frees"); client promises arrive in the Dovecot INBOX over LMTP meanwhile.
    options = SoakOptions(
        kills=12,
        contracts=10,
        seed=33,
        max_delay=2.0,
        smtp_latency=0.1,
        final_timeout=90,
        disk_mb=16,
        replies=6,
    )
    try:
        result = run_soak(options, tmp_path, progress=lambda _line: None)
    except MountRefused as exc:
        pytest.skip(str(exc))

    summary = result.table()
    assert result.kills == 12 and result.kills_mid_sending >= 1, summary
    assert result.disk_fills >= 3 and result.disk_full_lines >= 1, summary  # it was met
    assert result.replies_delivered == 6 and result.replies_during_kills >= 1, summary
    assert result.duplicates == 0, f"{result.duplicate_ids}\n{summary}"
    assert result.missing == 0, f"{result.missing_ids}\n{summary}"
    assert result.unexpected == 0, summary
    assert result.replies_lost == 0 and result.replies_twice == 0, summary
    assert result.pm_mail >= 1, summary  # the promises reached the PM (once each: no duplicate)
    assert result.db_loads and result.db_pending == 0 and result.db_sent == 40 + result.pm_mail
    assert result.final_exit_code == 0, summary
    assert result.log_errors == [], summary


@pytest.mark.slow  # timing-dependent (needs a quick daemon start-up): run with -m slow
def test_the_soak_sees_the_duplicates_of_the_remaining_window(tmp_path: Path) -> None:
    # Without the provider's copy in Sent, a kill after the server accepted a message but
    # before cuikuan appended it to Sent makes the restart send it again. With 0.3 s per
    # message at the server, nearly every kill during sending lands in that window: the
    # soak must count the resulting duplicates (and still lose nothing).
    options = SoakOptions(
        kills=6,
        contracts=5,
        seed=33,
        max_delay=2.0,
        smtp_latency=0.3,
        provider_files_sent=False,
        final_timeout=60,
    )
    result = run_soak(options, tmp_path, progress=lambda _line: None)

    summary = result.table()
    assert result.kills_mid_sending >= 1, summary
    assert result.duplicates >= 1, summary
    assert result.duplicate_ids, summary
    assert result.missing == 0, summary
    assert result.db_loads and result.db_pending == 0, summary
    assert not result.ok, summary
