"""``cuikuan status`` and ``cuikuan report`` on a big team: 10,000 contracts, 100,000 events.

Both read the config (one file per client in ``clients.d``) and the history in the state
file. Each command runs in a fresh process, as a PM runs it; CPU seconds (user+system),
wall seconds and peak RSS are taken from ``wait4``. The first ``status`` parses every
client file and keeps the parse (``data/config-cache.pickle``, as the running daemon
does at each config load): it is reported apart as ``status_cold_N``.

Then each command runs twice: the long way (no summary under ``data/``: config, state,
history, planner), reported as ``status_long_N`` / ``report_long_N``, which keeps its
answer as a summary (:mod:`daemon.reports.summary`, as the daemon does after its ticks);
then again, answered from that summary: ``status_N`` / ``report_N``. The two print the
same bytes (checked here). ``report_now_N``: ``report`` as of now (``--now``), kept at
06:00 and answered a minute later from its kept text (compared with that minute's own
long way)::

    .venv/bin/python bench/status_scale.py --contracts 10000 --events 100000
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import _common as c

TIME_TARGET_S = 1.0
RSS_TARGET_MB = 150.0


def seed(config_path: Path, events: int) -> None:
    """A state of ``events`` history events over the config's contracts, all seen."""
    from daemon.config.loader import load_config
    from daemon.domain.resolve import iter_contracts
    from daemon.service.layout import state_path
    from daemon.storage.store import Store

    config = load_config(config_path)
    ids = [k.id for _, k in iter_contracts(config)]
    with Store(state_path(config)) as store, store.batch():
        store.mark_contracts_seen(ids, c.NOW - timedelta(days=60))
        for i in range(events):
            at = c.NOW - timedelta(days=59) + timedelta(seconds=i * 30)
            contract, milestone = ids[i % len(ids)], f"m{i % 4}"
            if i % 2:
                store.add_event(
                    at,
                    "received",
                    contract,
                    milestone,
                    message_id=f"<reply-{i}@client.example>",
                    subject=f"Re: 付款提醒 [CK-{contract}-{milestone}]",
                    kind="other",
                    rule="fallback",
                )
            else:
                store.add_event(
                    at, "state_change", contract, milestone, old="open", new="open", why="bench"
                )


def seed_apart(config: Path, events: int) -> None:
    """:func:`seed` in a child: this process stays small, and a command's peak RSS is its
    own (``ru_maxrss`` of a child starts from its parent's at the fork)."""
    code = (
        "import sys, pathlib, status_scale as s; "
        "s.seed(pathlib.Path(sys.argv[1]), int(sys.argv[2]))"
    )
    here = Path(__file__).resolve().parent
    subprocess.run([sys.executable, "-c", code, str(config), str(events)], check=True, cwd=here)


def run(argv: list[str], cwd: Path) -> tuple[float, float, float, bytes]:
    """(CPU s, wall s, peak RSS MB, stdout) of one command in a fresh process."""
    started = time.monotonic()
    child = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = child.stdout.read() if child.stdout else b""
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.monotonic() - started
    if os.waitstatus_to_exitcode(status) != 0:
        err = child.stderr.read().decode() if child.stderr else ""
        raise SystemExit(f"{' '.join(argv)} failed: {err[-2000:]}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024, out


def main() -> None:
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--contracts", type=int, default=10_000)
    p.add_argument("--events", type=int, default=100_000)
    args = p.parse_args()
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        config = c.write_config(root, args.contracts, c.NOW.date())
        seed_apart(config, args.events)
        size = (root / "data" / "state.json").stat().st_size / 2**20
        cli = [sys.executable, "-m", "daemon.cli"]
        commands = {
            "status": [*cli, "status", "--now", c.NOW.isoformat(), "--config", str(config)],
            "report": [*cli, "report", "--as-of", str(c.NOW.date()), "--config", str(config)],
        }
        now_report = [*cli, "report", "--config", str(config), "--now"]
        kept_at = c.NOW + timedelta(hours=20)  # 06:00: no email due, the first at 09:00
        commands["report_now"] = [*now_report, kept_at.isoformat()]
        later = {"report_now": [*now_report, (kept_at + timedelta(minutes=1)).isoformat()]}
        n = args.contracts
        cpu, wall, _, _ = run(commands["status"], root)  # parses every file: cache cold
        lines.append(
            c.result(
                "scale",
                f"status_cold_{n}",
                cpu,
                "s CPU",
                note=f"the first cuikuan status: every client file parsed (wall {wall:.1f} s)",
            )
        )
        what = f"{n} contracts, {args.events} events ({size:.1f} MB state)"
        for name, argv in commands.items():
            for kept in (root / "data").glob("*summary*"):
                kept.unlink()
            cpu, wall, rss, long_out = run(argv, root)
            lines.append(
                c.result(
                    "scale",
                    f"{name}_long_{n}",
                    cpu,
                    "s CPU",
                    note=f"cuikuan {name} the long way, no summary (wall {wall:.1f} s, "
                    f"peak RSS {rss:.0f} MB); {what}",
                )
            )
            cpu, wall, rss, out = run(later.get(name, argv), root)
            if name in later:  # another instant: its own long way to compare with
                for kept in (root / "data").glob("*summary*"):
                    kept.unlink()
                long_out = run(later[name], root)[3]
            if out != long_out:
                raise SystemExit(f"cuikuan {name} from its summary printed other bytes")
            lines.append(
                c.result(
                    "scale",
                    f"{name}_{n}",
                    wall,
                    "s",
                    target=f"<= {TIME_TARGET_S}",
                    ok=wall <= TIME_TARGET_S,
                    cpu=cpu,
                    note=f"cuikuan {name} from the summary, wall (CPU {cpu:.2f} s); {what}",
                )
            )
            lines.append(
                c.result(
                    "scale",
                    f"{name}_rss_{n}",
                    rss,
                    "MB",
                    target=f"<= {RSS_TARGET_MB:g}",
                    ok=rss <= RSS_TARGET_MB,
                    note=f"peak RSS of cuikuan {name} from the summary",
                )
            )
    c.emit(lines, args.json_only)


if __name__ == "__main__":
    main()
