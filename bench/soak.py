"""Crash soak: SIGKILL the cuikuan daemon hundreds of times while it sends, then count.

Runs the real daemon (a subprocess) against aiosmtpd (in this process) and a throwaway
Dovecot, with a few hundred contracts whose emails are all due at once. Each run is killed
with SIGKILL after a random delay (uniform 0..--max-delay s: during start-up, while
rendering, between the SMTP 250 and the state write, ...) and started again. A last run
is left to finish and stopped with SIGTERM. Then it prints how many emails the SMTP
server accepted twice (must be 0), how many never arrived (must be 0), and whether the
state database loads, as a JSON line and a table. Exit status 1 if anything is wrong.

    .venv/bin/python bench/soak.py --kills 200
    .venv/bin/python bench/soak.py --kills 200 --client-appends-only   # the remaining window
    .venv/bin/python bench/soak.py --kills 200 --disk-mb 64 --replies 100  # with faults

``--client-appends-only`` makes the SMTP server behave like a provider that does not file
submitted mail into the Sent folder; then a kill between the server's 250 and cuikuan's
own APPEND to Sent can mail a client twice, and this counts how often.

``--disk-mb`` mounts a tmpfs of that size on the daemon's data folder and fills it to the
last byte and frees it again during the kills (needs root; exit status 2 with a clear
message where mounting is refused). ``--replies`` delivers that many client replies into
the Dovecot INBOX during the kills and counts how often each was acted on (must be once).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.soak_faults import MountRefused  # noqa: E402
from tests.soak_support import EMAILS_PER_CONTRACT, SoakOptions, run_soak  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200, help="SIGKILLs (default 200)")
    parser.add_argument(
        "--contracts",
        type=int,
        default=500,
        help=f"contracts, {EMAILS_PER_CONTRACT} emails each (default 500)",
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument(
        "--max-delay", type=float, default=1.5, help="kill after uniform(0, this) s (default 1.5)"
    )
    parser.add_argument(
        "--smtp-latency",
        type=float,
        default=0.0,
        help="seconds the SMTP server takes per message before its 250 (default 0)",
    )
    parser.add_argument(
        "--client-appends-only",
        action="store_true",
        help="the SMTP server does not file mail into Sent (measures the remaining window)",
    )
    parser.add_argument(
        "--disk-mb", type=int, default=0, help="tmpfs data disk that fills and frees (MB)"
    )
    parser.add_argument(
        "--replies", type=int, default=0, help="client replies arriving during the kills"
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    options = SoakOptions(
        kills=args.kills,
        contracts=args.contracts,
        seed=args.seed,
        provider_files_sent=not args.client_appends_only,
        max_delay=args.max_delay,
        smtp_latency=args.smtp_latency,
        disk_mb=args.disk_mb,
        replies=args.replies,
    )
    root = Path(tempfile.mkdtemp(prefix="cuikuan-soak."))
    try:
        result = run_soak(options, root, progress=lambda line: print(line, flush=True))
    except MountRefused as exc:
        print(f"soak not run: {exc}", file=sys.stderr)
        return 2
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    print(result.to_json())
    print(result.table())
    for line in result.log_errors[:10]:
        print(f"daemon log: {line}")
    if args.keep:
        print(f"work folder kept: {root}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
