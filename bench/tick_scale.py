"""Bench 2: how a planning tick scales with the size of the config.

For each size (default 100, 1,000, 10,000 contracts of 4 milestones, a realistic mix) a
fresh process loads the YAML, validates it, and plans: ``due_emails`` on an empty state
(the first tick: everything is new) and on a state where everything due was already sent
(seeded by another process: every later tick), then ``Engine.tick`` twice with nothing to
send (the second is what a running daemon pays every ``tick_seconds``). Peak RSS
(``rss_N``) is that of a process shaped like the daemon: it loads the config (its parse
cache warm, as after any restart: ``load_warm_N``), opens the runtime and ticks twice; the
measuring process above also holds a read-only snapshot the daemon never has. RSS is the
process's ``VmHWM`` (``ru_maxrss`` starts from the parent's at fork). Baseline: ``yaml.load``
with CSafeLoader of the same files, in a process of its own.

    .venv/bin/python bench/tick_scale.py --sizes 100,1000,10000
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as c  # noqa: E402

TARGET_TICK, TARGET_LOAD, TARGET_RSS = 1.0, 5.0, 150.0


def child(size: int, root: Path, mode: str) -> dict:
    """Run in a fresh process: seed the state, or measure the baseline or cuikuan."""
    path = root / "config.yaml"
    baseline = mode == "baseline"
    if mode == "seed":
        from daemon.config.loader import load_config

        return {"seeded": c.seed_sent(load_config(path), c.NOW)}
    if baseline:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        started = time.perf_counter()
        for file in [path, *sorted((root / "clients.d").glob("*.yaml"))]:
            with open(file, "rb") as fh:
                yaml.load(fh, Loader=loader)  # noqa: S506
        return {"yaml_s": time.perf_counter() - started, "rss_mb": _maxrss_mb()}

    if mode == "daemon":
        return _daemon_tick(path)

    from daemon.config.loader import load_config
    from daemon.domain.planner import due_emails
    from daemon.domain.state import StateView
    from daemon.service.runtime import open_runtime, state_path
    from daemon.storage.store import Store

    started = time.perf_counter()
    config = load_config(path)
    load_s = time.perf_counter() - started

    started = time.perf_counter()
    first = due_emails(config, StateView(), c.NOW)
    first_s = time.perf_counter() - started

    with Store(state_path(config), read_only=True) as store:  # seeded by another process
        state = store.snapshot()
    started, cpu = time.perf_counter(), time.process_time()
    steady = due_emails(config, state, c.NOW)
    steady_s, steady_cpu = time.perf_counter() - started, time.process_time() - cpu
    sends = len(state.sends)
    del state

    runtime = open_runtime(config)
    try:
        started = time.perf_counter()
        runtime.engine.tick(c.NOW)  # the first tick of a process reads the whole state
        first_tick_s = time.perf_counter() - started
        started, cpu = time.perf_counter(), time.process_time()
        tick = runtime.engine.tick(c.NOW)  # every later tick, a minute later
        tick_s, tick_cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        runtime.close()
    milestones = sum(len(k.milestones) for cl in config.clients for k in cl.contracts)
    return {
        "load_s": load_s,
        "first_s": first_s,
        "first_emails": len(first),
        "steady_s": steady_s,
        "steady_cpu": steady_cpu,
        "steady_emails": len(steady),
        "tick_s": tick_s,
        "tick_cpu": tick_cpu,
        "first_tick_s": first_tick_s,
        "tick_sent": len(tick.sent),
        "milestones": milestones,
        "sends": sends,
        "rss_mb": _maxrss_mb(),
    }


def _daemon_tick(path: Path) -> dict:
    """What the daemon holds: the config (checked in a child, as the daemon does: no
    pydantic here), the runtime (its store), two ticks. The load's CPU is the child's."""
    from daemon.config.child import load_lean
    from daemon.service.runtime import open_runtime

    started = _cpu_with_children()
    config = load_lean(path)
    load_s = _cpu_with_children() - started
    runtime = open_runtime(config)
    try:
        runtime.engine.tick(c.NOW)
        runtime.engine.tick(c.NOW)
    finally:
        runtime.close()
    return {"load_warm_s": load_s, "rss_mb": _maxrss_mb()}


def _cpu_with_children() -> float:
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _maxrss_mb() -> float:
    """Peak RSS of this process (VmHWM; ru_maxrss would include the parent's at fork)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _spawn(size: int, root: Path, mode: str) -> dict:
    cmd = [sys.executable, __file__, "--child", str(size), "--dir", str(root), "--mode", mode]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=900)
    if out.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(sizes: list[int]) -> list[c.Result]:
    lines: list[c.Result] = []
    per: dict[int, dict] = {}
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="ck-tick-") as tmp:
            root = Path(tmp)
            c.write_config(root, size, c.NOW.date())
            base = _spawn(size, root, "baseline")
            _spawn(size, root, "seed")
            got = _spawn(size, root, "measure")
            daemon = _spawn(size, root, "daemon")
        per[size] = got
        n, ms = size, got["milestones"]
        lines += [
            c.result(
                "tick",
                f"load_{n}",
                got["load_s"],
                "s",
                target=f"<= {TARGET_LOAD:g}" if n >= 10000 else None,
                ok=got["load_s"] <= TARGET_LOAD if n >= 10000 else None,
                baseline=base["yaml_s"],
                contracts=n,
                milestones=ms,
                note="load_config (parse + validate); baseline yaml CSafeLoader",
            ),
            c.result(
                "tick",
                f"load_warm_{n}",
                daemon["load_warm_s"],
                "s CPU",
                contracts=n,
                note="the config again, parse cache warm (a restart: in its child; CPU of both)",
            ),
            c.result(
                "tick",
                f"plan_first_{n}",
                got["first_s"],
                "s",
                contracts=n,
                emails=got["first_emails"],
                note=f"due_emails, empty state ({got['first_emails']} due)",
            ),
            c.result(
                "tick",
                f"plan_{n}",
                got["steady_s"],
                "s",
                target=f"<= {TARGET_TICK:g}" if n >= 10000 else None,
                ok=got["steady_s"] <= TARGET_TICK if n >= 10000 else None,
                contracts=n,
                sends=got["sends"],
                cpu=got["steady_cpu"],
                note=f"due_emails, {got['sends']} sends recorded, nothing due "
                f"(CPU {got['steady_cpu']:.2f} s)",
            ),
            c.result(
                "tick",
                f"engine_tick_{n}",
                got["tick_s"],
                "s",
                target=f"<= {TARGET_TICK:g}" if n >= 10000 else None,
                ok=got["tick_s"] <= TARGET_TICK if n >= 10000 else None,
                contracts=n,
                sent=got["tick_sent"],
                first_tick=got["first_tick_s"],
                cpu=got["tick_cpu"],
                note=f"Engine.tick, nothing to send (CPU {got['tick_cpu']:.2f} s; the 2nd of "
                f"the process; the 1st, reading the whole state: {got['first_tick_s']:.2f} s)",
            ),
            c.result(
                "tick",
                f"rss_{n}",
                daemon["rss_mb"],
                "MB",
                target=f"<= {TARGET_RSS:g}" if n >= 10000 else None,
                ok=daemon["rss_mb"] <= TARGET_RSS if n >= 10000 else None,
                baseline=base["rss_mb"],
                contracts=n,
                measuring=got["rss_mb"],
                note="peak RSS (VmHWM) of a daemon-shaped process: config, runtime, 2 ticks "
                f"(the measuring process: {got['rss_mb']:.0f} MB); baseline: the yaml load alone",
            ),
        ]
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        ratio = large / small
        for key in ("load_s", "steady_s", "tick_s"):
            growth = per[large][key] / max(per[small][key], 1e-9)
            lines.append(
                c.result(
                    "tick",
                    f"growth_{key[:-2]}_{small}_to_{large}",
                    growth,
                    "x",
                    target=f"~{ratio:g} (linear)",
                    ok=growth <= ratio * 1.5,
                    note=f"time ratio for {ratio:g}x contracts",
                )
            )
    return lines


def main() -> None:
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--sizes", default="100,1000,10000", help="contract counts, comma separated")
    p.add_argument("--child", type=int, help=argparse_hidden())
    p.add_argument("--dir", type=Path, help=argparse_hidden())
    p.add_argument("--mode", default="measure", help=argparse_hidden())
    args = p.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child, args.dir, args.mode)))
        return
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    c.emit(run(sizes), args.json_only)


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS


if __name__ == "__main__":
    main()
