"""What a crash soak is asked to do (:class:`SoakOptions`) and what it found (:class:`SoakResult`).

Part of the crash soak (:mod:`tests.soak_support`): :func:`count_result` counts, after
the last run, what the SMTP server, the Sent folder, the state and the daemon's log say.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from daemon.storage.store import Store
from tests.fixtures.dovecot import Dovecot
from tests.soak_smtp import message_id_of

log = logging.getLogger(__name__)


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


def sent_folder_counts(dovecot: Dovecot, user: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    with dovecot.client(user) as client:
        client.select_folder("Sent", readonly=True)
        uids = client.search("ALL")
        for start in range(0, len(uids), 500):
            chunk = uids[start : start + 500]
            data = client.fetch(chunk, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
            for item in data.values():
                raw = item[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]
                counts[message_id_of(bytes(raw))] += 1
    return counts


def unexplained_error(line: str, options: SoakOptions) -> bool:
    """A traceback, or an ERROR line that the injected faults do not explain."""
    if "Traceback" in line:
        return True
    if " ERROR " not in line or "alert for the PM" in line:
        return False
    return not (options.disk_mb and names_full_disk(line))


def names_full_disk(line: str) -> bool:
    return "disk full?" in line or "No space left on device" in line


def log_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
    return text.splitlines()


def tally(counts: Counter[str], expected: set[str]) -> tuple[int, int, int]:
    """What one place (the SMTP server, the Sent folder) holds of the ``expected`` Message-IDs:
    how many of them, how many extra copies (sum of times - 1), how many never arrived."""
    unique = len(set(counts) & expected)
    return unique, sum(n - 1 for n in counts.values()), len(expected) - unique


def count_result(
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
    lines = log_lines(root / "daemon.log")
    unique, duplicates, missing = tally(counts, expected)
    sent_unique, sent_duplicates, sent_missing = tally(sent_counts, expected)
    return SoakResult(
        mode=mode,
        code=code,
        smtp_latency=options.smtp_latency,
        kills=kills[0],
        kills_while_outstanding=kills[1],
        kills_mid_sending=kills[2],
        expected=len(expected),
        received_unique=unique,
        received_total=sum(counts.values()),
        duplicates=duplicates,
        missing=missing,
        unexpected=len(set(counts) - expected),
        db_loads=db_loads,
        db_pending=pending,
        db_sent=sent,
        db_main_file_ok=main_ok,
        spool_left=len(list(spool.glob("*"))) if spool.exists() else 0,
        sent_folder_unique=sent_unique,
        sent_folder_duplicates=sent_duplicates,
        sent_folder_missing=sent_missing,
        final_exit_code=exit_code,
        recovered_from_sent=sum("was already sent before a restart" in line for line in lines),
        retried_pending=sum("retrying pending" in line for line in lines),
        disk_full_lines=sum(names_full_disk(line) for line in lines),
        log_errors=[line for line in lines if unexplained_error(line, options)],
        duplicate_ids=sorted(mid for mid, n in counts.items() if n > 1),
        missing_ids=sorted(expected - set(counts)),
        seconds=seconds,
    )
