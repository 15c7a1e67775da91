"""CPU time and peak memory of short CLI commands on the demo config.

A PM types ``cuikuan status`` and waits; a script calls ``cuikuan check`` after every edit.
What they wait for is mostly start-up: Python, the imports a command needs, the config.
Each command runs ``--runs`` times in a fresh process on a copy of the demo config
(``tests/data/demo``: the shipped ``config.yaml`` and its invoices, in a temporary folder,
after one ``run --once`` so ``status`` reads a real state); the median of user+system CPU seconds is
reported, and the peak RSS. The baseline is ``python -c pass`` in the same venv.

Python caches compiled modules (``__pycache__``) and an installed cuikuan runs from that cache,
so the children get a warm bytecode cache of their own (``PYTHONPYCACHEPREFIX`` in the temporary
folder, one warm-up run per command), even where ``PYTHONDONTWRITEBYTECODE`` is set. Without it
every run of an editable checkout would also compile ~50 modules of ``daemon/`` from source
(~0.06-0.09 s of ``check``), which no installed cuikuan does::

    .venv/bin/python bench/cli_startup.py --runs 7
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import _common as c

CPU_TARGET = 0.25
COMMANDS: dict[str, list[str]] = {
    "help": ["--help"],
    "version": ["--version"],
    "check": ["check"],
    "status": ["status", "--now", "2026-12-01T10:00:00+08:00"],
}


def measure(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(CPU seconds, peak RSS in MB) of one child process."""
    child = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited with {child.returncode}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def demo_folder(root: Path) -> Path:
    """A copy of the demo config and its invoices, with the state of one tick."""
    demo = c.REPO / "tests" / "data" / "demo"
    shutil.copy(demo / "config.yaml", root / "config.yaml")
    shutil.copytree(demo / "examples", root / "examples")
    subprocess.run(
        [*cuikuan(), "run", "--once", "--now", "2026-12-01T10:00:00+08:00"],
        cwd=root,
        check=True,
        capture_output=True,
    )
    return root


def cuikuan() -> list[str]:
    return [sys.executable, "-m", "daemon.cli"]


def cached_env(root: Path) -> dict[str, str]:
    """The environment with a bytecode cache of its own, as an installed cuikuan has."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(root / "pycache")}


def main() -> None:
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=7, help="runs per command (median reported)")
    args = p.parse_args()
    env_keep = os.environ.copy()
    os.environ.pop("CUIKUAN_CONFIG", None)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        root = demo_folder(Path(tmp))
        env = cached_env(root)
        base = [measure([sys.executable, "-c", "pass"], root, env)[0] for _ in range(args.runs)]
        baseline = statistics.median(base)
        for name, extra in COMMANDS.items():
            measure([*cuikuan(), *extra], root, env)  # warm-up: fills the bytecode cache
            runs = [measure([*cuikuan(), *extra], root, env) for _ in range(args.runs)]
            cpu = statistics.median(r[0] for r in runs)
            lines.append(
                c.result(
                    "cli",
                    f"{name}_cpu",
                    cpu,
                    "s",
                    target=f"<= {CPU_TARGET}",
                    ok=cpu <= CPU_TARGET,
                    baseline=baseline,
                    note=f"cuikuan {' '.join(extra)}: median user+sys of {args.runs} runs; "
                    "baseline python -c pass",
                )
            )
        lines.append(
            c.result(
                "cli",
                "status_rss",
                max(r[1] for r in runs),
                "MB",
                note="peak RSS of cuikuan status (ru_maxrss)",
            )
        )
    os.environ.update(env_keep)
    c.emit(lines, args.json_only)


if __name__ == "__main__":
    main()
