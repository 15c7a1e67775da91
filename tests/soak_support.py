"""The crash soak: SIGKILL the daemon at random moments, then count what the SMTP server got.

cuikuan promises that every email goes out exactly once, even when the process dies at
any instant (the outbox protocol in :mod:`daemon.outbox.outbox`). This module puts that promise
to a brutal test, shared by ``bench/soak.py`` (hundreds of kills) and
``tests/test_soak_short.py`` (a dozen)::

    result = run_soak(SoakOptions(kills=200, contracts=500), Path("/tmp/soak-work"))
    assert result.duplicates == 0 and result.missing == 0 and result.db_loads

The daemon runs as a real subprocess (``python -m daemon.cli.main run --now ...``) against a
real aiosmtpd server in this process and a real Dovecot (IMAP: inbox and Sent folder).
The soak's SMTP server counts every message it accepted (answered 250 to) by Message-ID.

``provider_files_sent`` makes that server behave like Gmail or Exchange for an
authenticated submission: it files the message into the account's Sent folder (IMAP
APPEND) *before* answering 250, so cuikuan's "did this already go out?" check after a
crash sees it. Without it, only cuikuan's own APPEND after the 250 records the send, and a
kill between the two leaves the one window where a retry can mail the client twice.

Its parts: the SMTP server (:mod:`tests.soak_smtp`), the options and the counting of the
result (:mod:`tests.soak_result`), the faults added to the kills: a filling disk and
arriving replies (:mod:`tests.soak_faults`).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from daemon.clock import parse_now
from daemon.config.loader import load_config
from daemon.domain.emails import message_id
from daemon.domain.planner import due_emails
from daemon.domain.resolve import message_id_domain
from daemon.domain.state import StateView
from daemon.service.runtime import state_path
from daemon.storage import message_key
from daemon.storage.store import Store
from tests.fixtures.dovecot import Dovecot
from tests.soak_faults import Faults, SmallDisk, replies_acted_on
from tests.soak_result import SoakOptions, SoakResult, count_result, sent_folder_counts
from tests.soak_smtp import CountingHandler, SentFiler, SoakSmtp

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
NOW = "2026-12-01T10:00:00+08:00"
"""10:00 in Shanghai on a Tuesday, a working day: inside every client's send window."""
IMAP_USER = "pm@example.com"
PM_EMAIL = "pm@example.cn"
MILESTONES_PER_CONTRACT = 3
EMAILS_PER_CONTRACT = 1 + MILESTONES_PER_CONTRACT
"""The contract's terms email plus one email per milestone."""

Progress = Callable[[str], None]


def code_digest(repo: Path = REPO) -> str:
    """A digest of daemon/ and templates/: which code a soak ran (it must not change meanwhile)."""
    digest = hashlib.sha256()
    for path in sorted([*repo.glob("daemon/**/*.py"), *repo.glob("templates/**/*.j2")]):
        digest.update(path.relative_to(repo).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


# --- the world: config and expected mail -------------------------------------------------


def write_config(
    root: Path, *, contracts: int, smtp_port: int, imap_port: int, imap: bool = True
) -> Path:
    """A config with ``contracts`` contracts, each with a terms email and 3 emails due at NOW.

    Milestones: one due in 7 days (notice), one 11 days overdue (reminder), one 37 days
    overdue (demand letter). Half the clients write in English, half in Chinese; ten
    contracts per client. ``imap=False``: no IMAP (the inbox is the Maildir), so no Sent
    folder can tell a restart what went out.
    """
    lines = [
        "settings:",
        "  company: 示例科技有限公司",
        f"  pm: {{name: 王明, email: {PM_EMAIL}}}",
        "  timezone: Asia/Shanghai",
        "  calendar: CN",
        "  mail:",
        "    from: {name: 示例科技 应收账款, email: ar@example.cn}",
        "    transport: smtp",
        f"    smtp: {{host: 127.0.0.1, port: {smtp_port}, security: none, timeout: 10}}",
    ]
    if imap:
        lines += [
            "    imap:",
            "      host: 127.0.0.1",
            f"      port: {imap_port}",
            "      security: none",
            f"      username: {IMAP_USER}",
            "      password_env: CUIKUAN_IMAP_PASSWORD",
            "      timeout: 10",
        ]
    lines += [
        "  report: {weekly: false}",
        "  routine_alerts: email",  # each promise alert mailed at once: counted for exactly-once
        "  data_dir: data",
        "  tick_seconds: 5",
        "clients:",
    ]
    per_client = 10
    for n in range((contracts + per_client - 1) // per_client):
        language = "en" if n % 2 else "zh"
        lines += [
            f"  - id: client{n:03d}",
            f"    name: Client {n:03d} Ltd",
            f"    language: {language}",
            "    contacts:",
            f"      to: [{{name: Buyer {n}, email: buyer{n}@client{n}.example.com}}]",
            f"      cc: [{{email: accounts@client{n}.example.com}}]",
            "    contracts:",
        ]
        for c in range(n * per_client, min(contracts, (n + 1) * per_client)):
            lines += [
                f"      - id: SOAK-{c:04d}",
                f"        title: Soak contract {c}",
                "        total: 30000.00",
                "        signed: 2026-06-01",
                f"        payment_instructions: 'Bank: Example Bank, reference SOAK-{c:04d}'",
                "        milestones:",
                "          - {id: m1, name: First, amount: 10000.00, due: 2026-10-25}",
                "          - {id: m2, name: Second, amount: 10000.00, due: 2026-11-20}",
                "          - {id: m3, name: Third, amount: 10000.00, due: 2026-12-08}",
            ]
    path = root / "config.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def expected_message_ids(config_path: Path, now: str = NOW) -> set[str]:
    """The Message-IDs a fresh daemon must send at ``now``: what the planner says is due."""
    return {
        mid for mids in expected_by_contract(config_path, now).values() for mid in mids.values()
    }


def expected_by_contract(config_path: Path, now: str = NOW) -> dict[str, dict[str, str]]:
    """contract -> {milestone (``-`` for the terms email): Message-ID} due at ``now``."""
    config = load_config(config_path)
    domain = message_id_domain(config)
    secret = message_key.load(config.settings.data_dir, create=True)  # the daemon's, made now
    out: dict[str, dict[str, str]] = {}
    for e in due_emails(config, StateView(), parse_now(now)):
        mid = message_id(e.key, domain, secret)
        out.setdefault(e.key.contract, {})[e.key.milestone or "-"] = mid
    return out


def answerable(
    by_contract: dict[str, dict[str, str]], server: CountingHandler
) -> list[tuple[str, int, str]]:
    """(Message-ID to answer, client number, contract) of contracts whose ``m2`` email (a
    reminder: the milestone's only email due) the server has accepted."""
    received = set(server.snapshot())
    return [
        (mids["m2"], int(contract.split("-")[1]) // 10, contract)
        for contract, mids in sorted(by_contract.items())
        if mids["m2"] in received
    ]


# --- the soak ------------------------------------------------------------------------------


class _Daemon:
    """Starts ``cuikuan run --now NOW`` in ``root``; every run appends to one log file."""

    def __init__(self, root: Path, password: str) -> None:
        self.root = root
        self.log_path = root / "daemon.log"
        self.env = {
            **os.environ,
            "PYTHONPATH": str(REPO),
            "CUIKUAN_IMAP_PASSWORD": password,
        }
        self.env.pop("JOURNAL_STREAM", None)
        self.env.pop("NOTIFY_SOCKET", None)
        self.runs = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.run_offset = 0
        """Where the current run's lines start in the log."""

    def spawn(self) -> subprocess.Popen[bytes]:
        self.runs += 1
        with open(self.log_path, "ab") as out:
            out.write(f"===== run {self.runs} =====\n".encode())
            out.flush()
            self.run_offset = out.tell()
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "daemon.cli",
                    "run",
                    "--now",
                    NOW,
                    "--config",
                    "config.yaml",
                ],
                cwd=self.root,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                env=self.env,
            )
        return self.proc

    def kill(self) -> None:
        """SIGKILL the current run (if still alive) and reap it."""
        proc, self.proc = self.proc, None
        if proc is not None:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)

    def running(self) -> bool:
        """The current run has installed its signal handlers and started its loop."""
        with open(self.log_path, "rb") as log_file:
            log_file.seek(self.run_offset)
            return b"cuikuan running" in log_file.read()


def _wait_until(
    predicate: Callable[[], bool], timeout: float, proc: subprocess.Popen[bytes]
) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if proc.poll() is not None:
            return predicate()
        time.sleep(0.1)
    return False


def _store_done(path: Path, expected: set[str], replies: list[str]) -> bool:
    """The state (read-only, beside the running daemon) has every expected email sent
    and every reply processed."""
    if not path.exists():
        return False
    try:
        with Store(path, read_only=True) as store:
            sends = store.snapshot().sends.values()
            if not all(store.is_processed(mid) for mid in replies):
                return False
    except Exception:  # a reader may race the very first write; try again later
        return False
    sent = {r.message_id for r in sends if r.status == "sent"}
    return expected <= sent and not any(r.status == "pending" for r in sends)


def run_soak(options: SoakOptions, root: Path, progress: Progress = print) -> SoakResult:
    """Run the whole soak in ``root`` (an empty folder) and count the outcome.

    Raises :class:`tests.soak_faults.MountRefused` when ``options.disk_mb`` asks for a
    small disk that cannot be mounted here.
    """
    disk = SmallDisk(root / "data", options.disk_mb) if options.disk_mb else None
    with disk if disk is not None else contextlib.nullcontext():
        return _soak(options, root, progress)


def _soak(options: SoakOptions, root: Path, progress: Progress) -> SoakResult:
    started = time.monotonic()
    code = code_digest()
    rng = random.Random(options.seed)
    mode = "provider files to Sent" if options.provider_files_sent else "client appends to Sent"
    faults = Faults()
    with Dovecot() as dovecot:
        filer = SentFiler(dovecot, IMAP_USER) if options.provider_files_sent else None
        with SoakSmtp(filer, options.smtp_latency) as smtp:
            config_path = write_config(
                root, contracts=options.contracts, smtp_port=smtp.port, imap_port=dovecot.imap_port
            )
            by_contract = expected_by_contract(config_path)
            expected = {mid for mids in by_contract.values() for mid in mids.values()}
            progress(
                f"soak ({mode}, SMTP latency {options.smtp_latency} s): {len(expected)} emails "
                f"due, {options.kills} kills planned{faults.describe(options)}"
            )
            daemon = _Daemon(root, dovecot.users[IMAP_USER])
            state = state_path(load_config(config_path))
            try:
                faults.start(
                    options,
                    root,
                    dovecot,
                    lambda: answerable(by_contract, smtp.handler),
                    user=IMAP_USER,
                    now=NOW,
                )
                try:
                    kills = _kill_loop(
                        options, daemon, smtp.handler, expected, rng, progress, started
                    )
                finally:
                    faults.stop()
                progress("final run: letting the daemon finish, then SIGTERM")
                exit_code = _final_run(
                    options,
                    daemon,
                    smtp.handler,
                    expected,
                    state,
                    faults.replies,
                    progress,
                    owed=faults.owed,
                )
            finally:
                faults.finish()
                daemon.kill()
            time.sleep(0.2)  # let the server finish a session the final run closed
            counts = smtp.handler.snapshot()
            to_pm = {mid for mid, rcpts in smtp.handler.recipients.items() if rcpts == (PM_EMAIL,)}
        if code_digest() != code:
            code = f"{code}!={code_digest()}"
            progress(f"WARNING: daemon/ changed during the soak ({code}): versions were mixed")
        if filer is not None:
            filer.close()
        sent_counts = sent_folder_counts(dovecot, IMAP_USER)
    result = count_result(
        options,
        mode,
        code,
        root,
        state,
        expected,
        counts,
        sent_counts,
        kills,
        exit_code,
        time.monotonic() - started,
    )
    result.pm_mail = len(to_pm & set(counts))
    result.unexpected = len(set(counts) - expected - to_pm)
    result.disk_fills = faults.fills
    result.replies_delivered = len(faults.replies)
    result.replies_during_kills = faults.replies_during_kills
    if faults.replies and result.db_loads:
        acted = replies_acted_on(state, faults.replies)
        result.replies_lost = sum(1 for n in acted.values() if n == 0)
        result.replies_twice = sum(1 for n in acted.values() if n > 1)
    return result


def _kill_loop(
    options: SoakOptions,
    daemon: _Daemon,
    server: CountingHandler,
    expected: set[str],
    rng: random.Random,
    progress: Progress,
    started: float,
) -> tuple[int, int, int]:
    """Start and SIGKILL the daemon until ``options.kills`` kills hit a live process.

    Returns (kills, kills while mail was outstanding, of those kills of a run that sent).
    """
    kills = outstanding_kills = mid_sending_kills = 0
    while kills < options.kills:
        before = sum(server.snapshot().values())
        proc = daemon.spawn()
        if not expected <= set(server.snapshot()):
            # The random delay counts from the first MAIL FROM, not from the spawn: the
            # daemon's start-up time varies with the machine's load, and a kill during
            # start-up proves nothing about sending.
            _wait_for_sending(server, proc, START_UP_TIMEOUT)
        time.sleep(rng.uniform(0.0, options.max_delay))
        exited = proc.poll()
        daemon.kill()
        if exited is not None:
            progress(f"run {daemon.runs}: the daemon exited by itself ({exited})")
            continue
        kills += 1
        counts = server.snapshot()
        if not expected <= set(counts):
            outstanding_kills += 1
            mid_sending_kills += sum(counts.values()) > before
        if kills % 10 == 0 or kills == options.kills:
            progress(
                f"  {kills:4d} kills, {time.monotonic() - started:6.1f} s: "
                f"{len(set(counts) & expected)}/{len(expected)} received, "
                f"{sum(counts.values()) - len(counts)} duplicates"
            )
    return kills, outstanding_kills, mid_sending_kills


START_UP_TIMEOUT = 30.0
"""Seconds a spawned daemon may take to open its first SMTP transaction."""


def _wait_for_sending(
    server: CountingHandler, proc: subprocess.Popen[bytes], timeout: float
) -> None:
    """Return once the server sees a new MAIL FROM, the daemon exits, or ``timeout`` passes."""
    with server.lock:
        seen = server.transactions
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        with server.lock:
            if server.transactions > seen:
                return
        time.sleep(0.01)


def _final_run(
    options: SoakOptions,
    daemon: _Daemon,
    server: CountingHandler,
    expected: set[str],
    state: Path,
    replies: list[str],
    progress: Progress,
    *,
    owed: Callable[[], int] = lambda: 0,
) -> int | None:
    """Let one run finish every expected email and reply, then SIGTERM it; its exit code.

    ``replies`` may still grow meanwhile: ``owed()`` replies are still to be delivered
    (once this run has sent the reminders they answer), and the run is not done before.
    """
    proc = daemon.spawn()
    finished = _wait_until(
        lambda: (
            daemon.running()
            and expected <= set(server.snapshot())
            and owed() == 0
            and _store_done(state, expected, replies)
        ),
        options.final_timeout,
        proc,
    )
    if not finished:
        progress(f"the final run did not finish within {options.final_timeout} s")
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    try:
        return proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        return None
