"""Run every benchmark at full size, print the table, write bench/results.json and RESULTS.md.

Each script runs in a process of its own with ``--json-only``; its JSON lines are
collected in order. One run takes about ten minutes on a 2-core machine (the idle bench
alone watches the daemon and its baseline for 60 s each)::

    .venv/bin/python bench/run_all.py                # everything, full size
    .venv/bin/python bench/run_all.py --only tick    # or any name in BENCHES below
    .venv/bin/python bench/run_all.py --quick        # tiny sizes, for a smoke run

The table of the last full run is pasted into the README.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import _common as c  # noqa: E402

BENCHES: dict[str, tuple[str, list[str], list[str]]] = {
    # name: (script, full-size args, quick args)
    "cli": ("cli_startup.py", ["--runs", "7"], ["--runs", "1"]),
    "classify": ("classify_files.py", ["--runs", "5"], ["--runs", "1", "--files", "20"]),
    "scale": (
        "status_scale.py",
        ["--contracts", "10000", "--events", "100000"],
        ["--contracts", "20", "--events", "50"],
    ),
    "venv": ("venv_size.py", [], []),
    "reaction": ("reaction.py", ["--replies", "60"], ["--replies", "3"]),
    "tick": ("tick_scale.py", ["--sizes", "100,1000,10000"], ["--sizes", "20,40"]),
    "send": ("sending.py", ["--emails", "1000"], ["--emails", "10"]),
    "inbox": ("inbox_backlog.py", ["--messages", "5000"], ["--messages", "30"]),
    "big_inbox": ("big_inbox.py", ["--messages", "8", "--mb", "25"], ["--messages", "2"]),
    "state": (
        "state_growth.py",
        ["--history", "100000", "--events", "1000", "--unbatched", "1000"],
        ["--history", "200", "--events", "10", "--unbatched", "5"],
    ),
    "history": (
        "history_scale.py",
        ["--sizes", "1000,10000,100000", "--cycles", "5"],
        ["--sizes", "100,1000", "--cycles", "2"],
    ),
    "idle": (
        "idle.py",
        ["--contracts", "1000", "--seconds", "60"],
        ["--contracts", "20", "--seconds", "2"],
    ),
}


def run_one(name: str, quick: bool) -> tuple[list[c.Result], float]:
    script, full, small = BENCHES[name]
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, str(HERE / script), "--json-only", *(small if quick else full)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    elapsed = time.monotonic() - started
    lines = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        lines.append(
            c.result(
                name,
                "error",
                out.returncode,
                "exit",
                ok=False,
                note=out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "no output",
            )
        )
    return lines, elapsed


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GB RAM, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--only", action="append", choices=list(BENCHES), help="run only these")
    p.add_argument("--quick", action="store_true", help="tiny sizes (a smoke run)")
    p.add_argument("--no-write", action="store_true", help="do not write results files")
    args = p.parse_args()
    names = args.only or list(BENCHES)
    results: list[c.Result] = []
    timings = {}
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        lines, elapsed = run_one(name, args.quick)
        timings[name] = round(elapsed, 1)
        results += lines
    table = c.table(results)
    print(table)
    missed = [f"{r['bench']}.{r['metric']}" for r in results if r.get("ok") is False]
    print(f"\n{len(missed)} target(s) missed: {', '.join(missed) or 'none'}")
    if args.no_write:
        return
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")  # report metadata, not logic
    info = {"when": when, "machine": machine(), "quick": args.quick, "seconds": timings}
    (HERE / "results.json").write_text(
        json.dumps({**info, "results": results}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    head = (
        f"# cuikuan benchmarks\n\n{when} on {info['machine']}"
        f"{' (quick sizes)' if args.quick else ''}.\n"
        "Reproduce: `.venv/bin/python bench/run_all.py`.\n\n"
        f"{table}\n\nTargets missed: {', '.join(missed) or 'none'}.\n"
    )
    path = HERE / "RESULTS.md"
    path.write_text(head + kept_analysis(path), encoding="utf-8")


def kept_analysis(path: Path) -> str:
    """The hand-written sections of RESULTS.md (from its first ``## `` heading on): why each
    goal is met or not, before/after notes. A new run replaces the table above them, not
    the reasons, which the next reader needs beside the new numbers."""
    if not path.exists():
        return ""
    text = path.read_text(encoding="utf-8")
    at = text.find("\n## ")
    return "" if at < 0 else text[at:]


if __name__ == "__main__":
    main()
