"""Bench 6: what the daemon costs while nothing happens (RSS and CPU seconds).

The real daemon (``cuikuan run`` as a subprocess, the default ``tick_seconds: 60``) with
``--contracts`` contracts (default 1,000, a realistic mix), IMAP IDLE on Dovecot and SMTP on
aiosmtpd, and a state in which everything due was already sent. After start-up (the first
cycle done), it is watched for ``--seconds`` (default 60): VmRSS (sampled every second,
the peak reported) and utime + stime from /proc.

Baseline: a bare Python process keeping the same kind of IMAP IDLE (1 s slices, like the
watcher) for the same time.

    .venv/bin/python bench/idle.py --contracts 1000 --seconds 60
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as c  # noqa: E402

from daemon.config.loader import load_config  # noqa: E402
from tests.fixtures.dovecot import Dovecot  # noqa: E402
from tests.fixtures.smtp import SmtpServer  # noqa: E402

TARGET_RSS, TARGET_CPU_SHARE = 50.0, 0.01  # issue 15: idle daemon <= 50 MB

BARE_IDLE = """
import sys, time
from imapclient import IMAPClient
port, seconds = int(sys.argv[1]), float(sys.argv[2])
client = IMAPClient("127.0.0.1", port=port, ssl=False, timeout=20)
client.login("pm@example.com", "pm-password")
client.select_folder("INBOX")
print("ready", flush=True)
end = time.monotonic() + seconds + 5
while time.monotonic() < end:
    client.idle()
    client.idle_check(timeout=1)
    client.idle_done()
    client.noop()
"""


def watch(pid: int, seconds: float) -> tuple[float, float]:
    """(peak VmRSS MB, CPU seconds) of ``pid`` over ``seconds``."""
    cpu0 = c.cpu_seconds(pid)
    peak = c.rss_mb(pid)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        time.sleep(min(1.0, max(0.0, end - time.monotonic())))
        peak = max(peak, c.rss_mb(pid))
    return peak, c.cpu_seconds(pid) - cpu0


def _bare(dovecot: Dovecot, seconds: float) -> tuple[float, float]:
    proc = subprocess.Popen(
        [sys.executable, "-c", BARE_IDLE, str(dovecot.imap_port), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        return watch(proc.pid, seconds)
    finally:
        proc.kill()
        proc.wait(timeout=10)


def run(contracts: int, seconds: float) -> list[c.Result]:
    os.environ["CK_BENCH_IMAP_PASSWORD"] = "pm-password"
    with tempfile.TemporaryDirectory(prefix="ck-idle-") as tmp, Dovecot() as dovecot:
        smtp = SmtpServer()
        smtp.start()
        root = Path(tmp)
        mail = c.mail_settings(smtp_port=smtp.port, imap_port=dovecot.imap_port)
        path = c.write_config(root, contracts, c.NOW.date(), mail=mail)
        c.seed_sent(load_config(path), c.NOW)
        log = open(root / "daemon.log", "wb")  # noqa: SIM115 - closed below
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "daemon.cli", "run", "--now", c.NOW.isoformat()],
            cwd=root,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(c.REPO)},
        )
        try:
            # Ready once the watcher's IDLE connection is up and the first cycle is done.
            deadline = time.monotonic() + 120
            while (root / "daemon.log").read_text(errors="replace").count(
                "connected to IMAP"
            ) < 2 or c.cpu_seconds_recent(proc.pid, 0.3) > 0.05:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError((root / "daemon.log").read_text(errors="replace"))
            startup = time.monotonic() - started
            startup_cpu = c.cpu_seconds(proc.pid)
            rss, cpu = watch(proc.pid, seconds)
            sent = smtp.connections
        finally:
            proc.terminate()
            proc.wait(timeout=15)
            log.close()
            smtp.stop()
        base_rss, base_cpu = _bare(dovecot, seconds)
    return [
        c.result(
            "idle",
            "rss",
            rss,
            "MB",
            target=f"<= {TARGET_RSS:g}",
            ok=rss <= TARGET_RSS,
            baseline=base_rss,
            contracts=contracts,
            seconds=seconds,
            note="peak VmRSS while idle; baseline bare IMAP IDLE process",
        ),
        c.result(
            "idle",
            "cpu",
            cpu,
            "s",
            target=f"<= {TARGET_CPU_SHARE * seconds:g} ({TARGET_CPU_SHARE:.0%})",
            ok=cpu <= TARGET_CPU_SHARE * seconds,
            baseline=base_cpu,
            seconds=seconds,
            smtp_sessions=sent,
            note=f"utime+stime over {seconds:g} s, ticks every 60 s",
        ),
        c.result(
            "idle",
            "startup",
            startup,
            "s",
            cpu=startup_cpu,
            note="process start to idle (load, first cycle, IDLE up)",
        ),
    ]


def main() -> None:
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--contracts", type=int, default=1000, help="contracts in the config")
    p.add_argument("--seconds", type=float, default=60.0, help="how long to watch it idle")
    args = p.parse_args()
    c.emit(run(args.contracts, args.seconds), args.json_only)


if __name__ == "__main__":
    main()
