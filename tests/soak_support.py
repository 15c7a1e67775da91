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
"""

from __future__ import annotations

import asyncio
import contextlib
import email.policy
import hashlib
import json
import logging
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from imapclient import IMAPClient

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
from tests.soak_faults import DiskFiller, ReplyStream, SmallDisk, replies_acted_on

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


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def code_digest(repo: Path = REPO) -> str:
    """A digest of daemon/ and templates/: which code a soak ran (it must not change meanwhile)."""
    digest = hashlib.sha256()
    for path in sorted([*repo.glob("daemon/**/*.py"), *repo.glob("templates/**/*.j2")]):
        digest.update(path.relative_to(repo).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def _message_id_of(raw: bytes) -> str:
    headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    return str(headers.get("Message-ID", "")).strip()


# --- the SMTP server ---------------------------------------------------------------------


class _SentFiler:
    """Files accepted mail into the account's Sent folder over one reused IMAP connection."""

    def __init__(self, dovecot: Dovecot, user: str) -> None:
        self.dovecot = dovecot
        self.user = user
        self._client: IMAPClient | None = None

    def __call__(self, raw: bytes) -> None:
        for attempt in (1, 2):
            try:
                if self._client is None:
                    self._client = self.dovecot.client(self.user)
                self._client.append("Sent", raw, [b"\\Seen"])
                return
            except Exception:
                self.close()
                if attempt == 2:
                    raise

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.logout()


class CountingHandler:
    """aiosmtpd handler: counts accepted messages by Message-ID.

    With ``file_to_sent`` the message is filed (durably, by the IMAP server) before the
    250 reply: a provider that keeps a copy of what its users submit. ``latency`` is the
    server's processing time after the final dot (real providers take 0.1-0.5 s); a
    client killed meanwhile never sees the 250, though the server accepts the message.
    """

    def __init__(
        self, file_to_sent: Callable[[bytes], None] | None = None, latency: float = 0.0
    ) -> None:
        self.file_to_sent = file_to_sent
        self.latency = latency
        self._tasks: set[asyncio.Future[str]] = set()
        self.lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.recipients: dict[str, tuple[str, ...]] = {}
        """Message-ID -> envelope recipients (mail to the PM is told apart from the chase)."""
        self.transactions = 0
        """MAIL FROM commands seen: the kill loop's sign that a daemon has begun sending."""

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        # What aiosmtpd does without this hook, plus the count.
        with self.lock:
            self.transactions += 1
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        with self.lock:
            self.recipients[_message_id_of(raw)] = tuple(envelope.rcpt_tos)
        # Like a real MTA after the final dot, finish accepting even if the client is gone
        # (aiosmtpd cancels the handler when the connection drops; the shield prevents it).
        task = asyncio.ensure_future(self._accept(raw))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return await asyncio.shield(task)

    async def _accept(self, raw: bytes) -> str:
        if self.latency:
            await asyncio.sleep(self.latency)
        if self.file_to_sent is not None:
            try:
                self.file_to_sent(raw)
            except Exception as exc:  # the provider could not file it: it did not take it
                log.warning("could not file the message to Sent: %s", exc)
                return "451 Could not store the message, try again later"
        with self.lock:
            self.counts[_message_id_of(raw)] += 1
        return "250 Message accepted for delivery"

    def snapshot(self) -> Counter[str]:
        with self.lock:
            return Counter(self.counts)


class SoakSmtp:
    """aiosmtpd on loopback in a thread, with a :class:`CountingHandler`."""

    def __init__(
        self, file_to_sent: Callable[[bytes], None] | None = None, latency: float = 0.0
    ) -> None:
        self.host = "127.0.0.1"
        self.port = _free_port()
        self.handler = CountingHandler(file_to_sent, latency)
        self._controller = Controller(
            self.handler, hostname=self.host, port=self.port, ready_timeout=5.0
        )

    def __enter__(self) -> SoakSmtp:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()


# --- the world: config and expected mail -------------------------------------------------


def write_config(root: Path, *, contracts: int, smtp_port: int, imap_port: int) -> Path:
    """A config with ``contracts`` contracts, each with a terms email and 3 emails due at NOW.

    Milestones: one due in 7 days (notice), one 11 days overdue (reminder), one 37 days
    overdue (demand letter). Half the clients write in English, half in Chinese; ten
    contracts per client.
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
        "    imap:",
        "      host: 127.0.0.1",
        f"      port: {imap_port}",
        "      security: none",
        f"      username: {IMAP_USER}",
        "      password_env: CUIKUAN_IMAP_PASSWORD",
        "      timeout: 10",
        "  report: {weekly: false}",
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
    return {mid for mids in expected_by_contract(config_path, now).values() for mid in mids}


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


@dataclass(frozen=True)
class SoakOptions:
    kills: int = 200
    contracts: int = 300
    seed: int = 1
    provider_files_sent: bool = True
    """The SMTP server files each message to Sent before its 250 (Gmail/Exchange style)."""
    max_delay: float = 1.5
    """Each run is killed after uniform(0, max_delay) seconds."""
    smtp_latency: float = 0.0
    """Seconds the SMTP server takes to accept each message (see :class:`CountingHandler`)."""
    final_timeout: float = 300.0
    """Bound on the last, unkilled run that must finish the work."""
    disk_mb: int = 0
    """Mount a tmpfs of this size on ``data/`` and fill and free it during the kills (0: no)."""
    disk_full: float = 1.0
    """Seconds (on average) the disk stays full each time."""
    disk_free: float = 2.0
    """Seconds (on average) the disk stays free between fills."""
    replies: int = 0
    """Client replies delivered into the INBOX during the kills (see :mod:`tests.soak_faults`)."""
    reply_every: float = 0.5
    """Seconds between two replies."""


@dataclass
class SoakResult:
    """What the SMTP server, the Sent folder and the state database say after the soak."""

    mode: str
    code: str
    """:func:`code_digest` at the start, with ``!=<digest>`` if daemon/ changed during the run."""
    smtp_latency: float
    kills: int
    kills_while_outstanding: int
    """Kills that hit a daemon while expected mail had still not reached the server."""
    kills_mid_sending: int
    """Of those, kills of a run that had already got mail through (so it was sending)."""
    expected: int
    received_unique: int
    received_total: int
    duplicates: int
    """Sum over Message-IDs of (times accepted - 1): clients mailed twice."""
    missing: int
    unexpected: int
    db_loads: bool
    db_pending: int
    db_sent: int
    db_main_file_ok: bool
    """state.json itself parses (no fall back to state.json.prev was needed)."""
    spool_left: int
    sent_folder_unique: int
    sent_folder_duplicates: int
    sent_folder_missing: int
    final_exit_code: int | None
    recovered_from_sent: int = 0
    """Restarts that found a pending email already in Sent and marked it sent (log lines)."""
    retried_pending: int = 0
    """Restarts that re-sent a pending email from the spool (log lines)."""
    pm_mail: int = 0
    """Emails to the PM (alerts about the replies, ...): not chase mail, but never twice."""
    disk_fills: int = 0
    """Times the data disk was filled to the last byte during the kills."""
    disk_full_lines: int = 0
    """Daemon log lines that name a full disk (the daemon met it)."""
    replies_delivered: int = 0
    replies_during_kills: int = 0
    """Of those, delivered while the kills went on (the rest just before the final run)."""
    replies_lost: int = 0
    """Replies delivered but never acted on (no ``received`` event)."""
    replies_twice: int = 0
    """Replies acted on more than once."""
    log_errors: list[str] = field(default_factory=list)
    """Tracebacks and ERROR lines, except the ones the faults cause by design (a full
    disk named as such, an alert for the PM)."""
    duplicate_ids: list[str] = field(default_factory=list)
    missing_ids: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return (
            self.duplicates == 0
            and self.missing == 0
            and self.unexpected == 0
            and self.db_loads
            and self.db_pending == 0
            and self.final_exit_code == 0
            and self.replies_lost == 0
            and self.replies_twice == 0
            and "!=" not in self.code
        )

    def to_json(self) -> str:
        data: dict[str, Any] = asdict(self)
        data["ok"] = self.ok
        data["duplicate_ids"] = self.duplicate_ids[:20]
        data["missing_ids"] = self.missing_ids[:20]
        data["log_errors"] = self.log_errors[:20]
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    def table(self) -> str:
        rows = [
            ("mode", self.mode),
            ("code (daemon/ digest)", self.code),
            ("SMTP server latency (s)", self.smtp_latency),
            ("kills (SIGKILL)", self.kills),
            ("  with mail outstanding", self.kills_while_outstanding),
            ("  of a run that was sending", self.kills_mid_sending),
            ("expected emails", self.expected),
            ("received at SMTP (unique)", self.received_unique),
            ("duplicates at SMTP", self.duplicates),
            ("missing at SMTP", self.missing),
            ("unexpected at SMTP", self.unexpected),
            ("emails to the PM", self.pm_mail),
            ("disk filled to the last byte", self.disk_fills),
            ("daemon log lines naming a full disk", self.disk_full_lines),
            ("client replies delivered", self.replies_delivered),
            ("  while the kills went on", self.replies_during_kills),
            ("  lost (never acted on)", self.replies_lost),
            ("  acted on twice", self.replies_twice),
            ("DB loads", self.db_loads),
            ("DB pending left", self.db_pending),
            ("DB sent records", self.db_sent),
            ("state.json intact (no .prev fallback)", self.db_main_file_ok),
            ("spool files left", self.spool_left),
            ("Sent folder: unique / duplicates / missing", self._sent_folder()),
            ("final run exit code", self.final_exit_code),
            ("pending found in Sent after a kill", self.recovered_from_sent),
            ("pending re-sent from the spool", self.retried_pending),
            ("error lines in daemon log", len(self.log_errors)),
            ("seconds", round(self.seconds, 1)),
        ]
        width = max(len(name) for name, _ in rows)
        return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)

    def _sent_folder(self) -> str:
        return (
            f"{self.sent_folder_unique} / {self.sent_folder_duplicates} / "
            f"{self.sent_folder_missing}"
        )


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


def _sent_folder_counts(dovecot: Dovecot, user: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    with dovecot.client(user) as client:
        client.select_folder("Sent", readonly=True)
        uids = client.search("ALL")
        for start in range(0, len(uids), 500):
            chunk = uids[start : start + 500]
            data = client.fetch(chunk, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            for item in data.values():
                raw = item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]
                counts[_message_id_of(bytes(raw))] += 1
    return counts


def _unexplained_error(line: str, options: SoakOptions) -> bool:
    """A traceback, or an ERROR line that the injected faults do not explain."""
    if "Traceback" in line:
        return True
    if " ERROR " not in line or "alert for the PM" in line:
        return False
    return not (options.disk_mb and _names_full_disk(line))


def _names_full_disk(line: str) -> bool:
    return "disk full?" in line or "No space left on device" in line


def _log_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    return text.splitlines()


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
        filer = _SentFiler(dovecot, IMAP_USER) if options.provider_files_sent else None
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
                faults.start(options, root, dovecot, lambda: answerable(by_contract, smtp.handler))
                try:
                    kills = _kill_loop(
                        options, daemon, smtp.handler, expected, rng, progress, started
                    )
                finally:
                    faults.stop()
                progress("final run: letting the daemon finish, then SIGTERM")
                exit_code = _final_run(
                    options, daemon, smtp.handler, expected, state, faults.replies, progress
                )
            finally:
                daemon.kill()
            time.sleep(0.2)  # let the server finish a session the final run closed
            counts = smtp.handler.snapshot()
            to_pm = {mid for mid, rcpts in smtp.handler.recipients.items() if rcpts == (PM_EMAIL,)}
        if code_digest() != code:
            code = f"{code}!={code_digest()}"
            progress(f"WARNING: daemon/ changed during the soak ({code}): versions were mixed")
        if filer is not None:
            filer.close()
        sent_counts = _sent_folder_counts(dovecot, IMAP_USER)
    result = _result(
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


class Faults:
    """The disk filler and the reply stream of one soak (each only when asked for)."""

    def __init__(self) -> None:
        self.filler: DiskFiller | None = None
        self.stream: ReplyStream | None = None
        self.fills = 0
        self.replies: list[str] = []
        self.replies_during_kills = 0

    @staticmethod
    def describe(options: SoakOptions) -> str:
        text = ""
        if options.disk_mb:
            text += f", a {options.disk_mb} MB data disk that fills and frees"
        if options.replies:
            text += f", {options.replies} client replies arriving"
        return text

    def start(
        self,
        options: SoakOptions,
        root: Path,
        dovecot: Dovecot,
        answerable: Callable[[], list[tuple[str, int, str]]],
    ) -> None:
        if options.disk_mb:
            self.filler = DiskFiller(
                root / "data", full=options.disk_full, free=options.disk_free, seed=options.seed
            )
            self.filler.start()
        if options.replies:
            self.stream = ReplyStream(
                dovecot,
                IMAP_USER,
                answerable,
                count=options.replies,
                every=options.reply_every,
                now=NOW,
            )
            self.stream.start()

    def stop(self) -> None:
        """Free the disk for good and deliver the replies still owed (before the final run)."""
        if self.filler is not None:
            self.filler.stop()
            self.fills = self.filler.fills
        if self.stream is not None:
            self.stream.finish()
            self.replies = list(self.stream.delivered)
            self.replies_during_kills = self.stream.during_kills


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
) -> int | None:
    """Let one run finish every expected email and reply, then SIGTERM it; its exit code."""
    proc = daemon.spawn()
    finished = _wait_until(
        lambda: (
            daemon.running()
            and expected <= set(server.snapshot())
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


def _result(
    options: SoakOptions,
    mode: str,
    code: str,
    root: Path,
    state: Path,
    expected: set[str],
    counts: Counter[str],
    sent_counts: Counter[str],
    kills: tuple[int, int, int],
    exit_code: int | None,
    seconds: float,
) -> SoakResult:
    db_loads, pending, sent = False, -1, -1
    try:
        with Store(state, read_only=True) as store:
            view = store.snapshot()
            pending = len(store.pending_sends())
            sent = sum(1 for r in view.sends.values() if r.status == "sent")
            db_loads = True
    except Exception as exc:
        log.error("the state database does not load: %s", exc)
    try:
        json.loads(state.read_bytes())
        main_ok = True
    except (OSError, ValueError):
        main_ok = False
    spool = root / "data" / "spool"
    lines = _log_lines(root / "daemon.log")
    return SoakResult(
        mode=mode,
        code=code,
        smtp_latency=options.smtp_latency,
        kills=kills[0],
        kills_while_outstanding=kills[1],
        kills_mid_sending=kills[2],
        expected=len(expected),
        received_unique=len(set(counts) & expected),
        received_total=sum(counts.values()),
        duplicates=sum(n - 1 for n in counts.values()),
        missing=len(expected - set(counts)),
        unexpected=len(set(counts) - expected),
        db_loads=db_loads,
        db_pending=pending,
        db_sent=sent,
        db_main_file_ok=main_ok,
        spool_left=len(list(spool.glob("*"))) if spool.exists() else 0,
        sent_folder_unique=len(set(sent_counts) & expected),
        sent_folder_duplicates=sum(n - 1 for n in sent_counts.values()),
        sent_folder_missing=len(expected - set(sent_counts)),
        final_exit_code=exit_code,
        recovered_from_sent=sum("was already sent before a restart" in line for line in lines),
        retried_pending=sum("retrying pending" in line for line in lines),
        disk_full_lines=sum(_names_full_disk(line) for line in lines),
        log_errors=[line for line in lines if _unexplained_error(line, options)],
        duplicate_ids=sorted(mid for mid, n in counts.items() if n > 1),
        missing_ids=sorted(expected - set(counts)),
        seconds=seconds,
    )
