"""Bench 1: how fast a dispute reply stops the chase (IMAP IDLE → milestone ``disputed``).

Real servers: Dovecot (IMAP) and aiosmtpd (SMTP). ``--replies`` contracts (default 60) each
get a reminder (one ``run --once``); then the real daemon runs as a subprocess
(``cuikuan run``) with its IDLE watcher. One at a time, a reply disputing a reminder is
APPENDed to the PM's INBOX; the clock starts before the APPEND and stops when the state
file (a read-only Store, polled every 20 ms) shows the milestone ``disputed``. In between,
the daemon acknowledges the dispute to the client and alerts the PM over SMTP (and files
copies in the Sent folder): those are part of the time measured.

Baseline: a bare imapclient IDLE on the same server, the time from an APPEND by another
connection to the EXISTS response (Dovecot notices new mail about 0.5 s later).

    .venv/bin/python bench/reaction.py --replies 60
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as c  # noqa: E402

from daemon.clock import FixedClock  # noqa: E402
from daemon.config.loader import load_config  # noqa: E402
from daemon.service.loop import Daemon  # noqa: E402
from daemon.storage.store import Store  # noqa: E402
from tests.fixtures.dovecot import Dovecot  # noqa: E402
from tests.fixtures.smtp import SmtpServer  # noqa: E402

TARGET_P95 = 2.0
POLL = 0.02
GAP = 0.3
"""Pause between replies (so each one finds the daemon idle, as real replies would)."""


def reply(contract: str, k: int, in_reply_to: str, n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Pay {k} <pay{k}@client{k}.example>"
    msg["To"] = c.AR
    msg["Subject"] = f"Re: reminder {contract}"
    msg["Date"] = format_datetime(c.NOW)
    msg["Message-ID"] = f"<dispute-{n}-{contract}@client{k}.example>"
    msg["In-Reply-To"] = in_reply_to
    msg["References"] = in_reply_to
    msg.set_content(
        "Hello,\n\nWe dispute this invoice: the delivery is incomplete and the second "
        "module was never accepted. We will not pay until this is resolved.\n\nRegards\n"
    )
    return msg.as_bytes()


def baseline(dovecot: Dovecot, samples: int) -> list[float]:
    """APPEND → EXISTS latency of a bare IDLE (staff's INBOX, untouched by the daemon)."""
    user = "staff@example.com"
    latencies = []
    with dovecot.client(user) as watcher, dovecot.client(user) as writer:
        watcher.select_folder("INBOX")
        for n in range(samples):
            watcher.idle()
            time.sleep(0.05)
            started = time.perf_counter()
            writer.append("INBOX", b"Subject: ping\r\nMessage-ID: <p%d@x>\r\n\r\nping\r\n" % n)
            while True:
                responses = watcher.idle_check(timeout=5)
                if any(len(r) > 1 and r[1] == b"EXISTS" for r in responses):
                    break
                if not responses:
                    raise RuntimeError("bare IDLE saw nothing within 5 s")
            latencies.append(time.perf_counter() - started)
            watcher.idle_done()
    return latencies


def _wait(predicate, what: str, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(POLL)
    raise RuntimeError(f"timed out waiting for {what}")


def _status(state_file: Path, contract: str) -> str:
    with Store(state_file, read_only=True) as store:
        return store.get_milestone(contract, "m0").status


def run(replies: int) -> list[c.Result]:
    os.environ["CK_BENCH_IMAP_PASSWORD"] = "pm-password"
    with tempfile.TemporaryDirectory(prefix="ck-react-") as tmp, Dovecot() as dovecot:
        smtp = SmtpServer()
        smtp.start()
        root = Path(tmp)
        mail = c.mail_settings(smtp_port=smtp.port, imap_port=dovecot.imap_port)
        path = c.write_config(
            root,
            replies + 1,
            c.NOW.date(),
            per_client=1,
            milestones=1,
            mix=False,
            overdue_days=10,
            mail=mail,
            tick_seconds=3600,
        )
        config = load_config(path)
        Daemon(path, config, FixedClock(c.NOW)).run(once=True)  # terms + one reminder each
        state_file = config.settings.data_dir / "state.json"
        with Store(state_file, read_only=True) as store:
            sent = {
                i: [r.message_id for r in store.sends_for(f"K-{i}", "m0") if r.status == "sent"]
                for i in range(replies + 1)
            }
        assert all(sent.values()), "every contract should have had a reminder"

        base = baseline(dovecot, replies)

        log = open(root / "daemon.log", "wb")  # noqa: SIM115 - closed below
        proc = subprocess.Popen(
            [sys.executable, "-m", "daemon.cli", "run", "--now", c.NOW.isoformat()],
            cwd=root,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(c.REPO)},
        )
        latencies: list[float] = []
        try:
            with dovecot.client(c.PM) as writer:
                # Warm-up (not counted): the first reply proves the daemon is up and idle.
                for n, i in enumerate(range(replies + 1)):
                    raw = reply(f"K-{i}", i, sent[i][-1], n)
                    started = time.perf_counter()
                    writer.append("INBOX", raw)
                    _wait(
                        lambda i=i: _status(state_file, f"K-{i}") == "disputed",
                        f"K-{i} disputed",
                        timeout=60.0 if n == 0 else 30.0,
                    )
                    if n:
                        latencies.append(time.perf_counter() - started)
                    time.sleep(GAP)
        finally:
            proc.terminate()
            proc.wait(timeout=15)
            log.close()
            smtp.stop()
    p50, p95 = c.percentile(latencies, 50), c.percentile(latencies, 95)
    b50, b95 = c.percentile(base, 50), c.percentile(base, 95)
    return [
        c.result(
            "reaction",
            "p50",
            p50,
            "s",
            baseline=b50,
            replies=len(latencies),
            note="APPEND → disputed in the state file; baseline bare IDLE",
        ),
        c.result(
            "reaction",
            "p95",
            p95,
            "s",
            target=f"<= {TARGET_P95:g}",
            ok=p95 <= TARGET_P95,
            baseline=b95,
            replies=len(latencies),
            max=max(latencies),
            note="includes the ack + PM alert over SMTP and their Sent copies",
        ),
    ]


def main() -> None:
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--replies", type=int, default=60, help="replies timed (>= 50 for the p95)")
    args = p.parse_args()
    c.emit(run(args.replies), args.json_only)


if __name__ == "__main__":
    main()
