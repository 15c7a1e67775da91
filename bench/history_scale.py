"""Bench 8: an idle cycle, and opening the state, cost the same with 1,000 or 100,000 events.

An idle daemon runs one cycle a minute: read the inbox (empty), tick (nothing due:
everything was sent), record reviews (nobody newly paid). For each history size (default
1,000, 10,000 and 100,000 ``received``/``state_change`` events, as years of use leave) a
fresh data folder with the same config (``--contracts``, all due emails already sent) is
seeded, the daemon's runtime is opened, and the median CPU time of ``--cycles`` idle
cycles is measured. Target: the cycle at the largest history costs at most twice the
smallest (flat);
before the history moved to its own log, ``review`` alone read and copied every event on
every cycle (3.6 s per 100,000 events).

It also times opening the state (``Store`` open and close, as every start of the daemon
and every command does): with the history's index checkpoint (only the log after it is
read), and with the checkpoint removed (the whole log is read once to rebuild it, as
before the checkpoint existed: 23 s at 100,000 events). Target: the open with the
checkpoint at the largest history costs at most twice the smallest.

    .venv/bin/python bench/history_scale.py --sizes 1000,10000,100000
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as c  # noqa: E402
from _history import add_history_event, reply_id  # noqa: E402

from daemon.config.loader import load_config  # noqa: E402
from daemon.reports.history import record_reviews  # noqa: E402
from daemon.service.layout import state_path  # noqa: E402
from daemon.service.runtime import open_runtime  # noqa: E402
from daemon.storage.history import log_path  # noqa: E402
from daemon.storage.history_log import index_path  # noqa: E402
from daemon.storage.store import Store  # noqa: E402

SEED_BATCH = 100
"""Events per commit while seeding (a tick or an inbox pass commits a handful at a time)."""


def _seed_history(path: Path, events: int) -> None:
    with Store(path) as store:
        for start in range(0, events, SEED_BATCH):
            with store.batch():
                _seed_events(store, start, min(events, start + SEED_BATCH))


def _seed_events(store: Store, first: int, end: int) -> None:
    for i in range(first, end):
        at = c.NOW - timedelta(days=700) + timedelta(seconds=i * 60)
        add_history_event(
            store,
            i,
            at,
            received={"kind": "promise", "evidence": ["we will pay by Friday"]},
            state_change={"old": "open", "new": "open"},
        )
        if i % 2:
            store.mark_processed(reply_id(i), at, "processed")


def open_seconds(path: Path, *, checkpoint: bool) -> float:
    """CPU time to open and close the state (the median of 5), with or without the
    history's index checkpoint (removed before each open when ``checkpoint`` is False)."""
    times = []
    for _ in range(5):
        if not checkpoint:
            index_path(log_path(path)).unlink(missing_ok=True)
        started = time.process_time()  # CPU: other load on the machine is not ours
        Store(path).close()
        times.append(time.process_time() - started)
    return statistics.median(times)


Measured = tuple[float, float, float, float]
"""(median idle cycle, open the runtime, open the state, open the state rebuilding)."""


def idle_cycle_seconds(contracts: int, events: int, cycles: int) -> Measured:
    """(median idle cycle, open the runtime, open the state, open it rebuilding the index)
    over a history of ``events``."""
    with tempfile.TemporaryDirectory(prefix="ck-history-") as tmp:
        root = Path(tmp)
        config = load_config(c.write_config(root, contracts, c.NOW.date()))
        c.seed_sent(config, c.NOW)
        _seed_history(state_path(config), events)
        started = time.perf_counter()
        runtime = open_runtime(config)
        open_s = time.perf_counter() - started
        try:
            times = []
            for n in range(cycles + 1):
                now = c.NOW + timedelta(minutes=n)
                started = time.process_time()  # CPU: other load on the machine is not ours
                if runtime.inbox is not None:
                    runtime.inbox.process(now)
                result = runtime.engine.tick(now)
                reviewed = record_reviews(config, runtime.store, now)
                elapsed = time.process_time() - started
                assert not result.sent and not reviewed, "the cycle was not idle"
                if n:  # the first cycle of a process warms caches up
                    times.append(elapsed)
        finally:
            runtime.close()
        state = state_path(config)
        store_s = open_seconds(state, checkpoint=True)
        rebuild_s = open_seconds(state, checkpoint=False)
    return statistics.median(times), open_s, store_s, rebuild_s


def run(sizes: list[int], contracts: int, cycles: int) -> list[c.Result]:
    measured = {size: idle_cycle_seconds(contracts, size, cycles) for size in sizes}
    smallest, largest = measured[min(sizes)][0], measured[max(sizes)][0]
    lines = [
        c.result(
            "history",
            f"idle_cycle_{size}_events",
            cycle,
            "s",
            history=size,
            contracts=contracts,
            open_s=open_s,
            note=f"CPU, median of {cycles} idle cycles (inbox, tick, reviews); open_s: open",
        )
        for size, (cycle, open_s, _, _) in measured.items()
    ]
    for size, (_, _, store_s, rebuild_s) in measured.items():
        lines.append(
            c.result(
                "history",
                f"open_state_{size}_events",
                store_s,
                "s",
                history=size,
                rebuild_s=rebuild_s,
                note="CPU, median of 5 opens+closes with the index checkpoint; "
                "rebuild_s: without it (the whole log read)",
            )
        )
    open_small, open_large = measured[min(sizes)][2], measured[max(sizes)][2]
    lines.append(
        c.result(
            "history",
            "open_state_growth",
            open_large / open_small if open_small else 0.0,
            "x",
            target="<= 2",
            ok=open_large <= 2 * open_small + 0.05,
            note=f"open with the checkpoint at {max(sizes)} events / at {min(sizes)} events",
        )
    )
    lines.append(
        c.result(
            "history",
            "idle_cycle_growth",
            largest / smallest if smallest else 0.0,
            "x",
            target="<= 2",
            ok=largest <= 2 * smallest + 0.005,
            note=f"idle cycle at {max(sizes)} events / at {min(sizes)} events",
        )
    )
    return lines


def main() -> None:
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1000,10000,100000", help="history sizes, comma separated")
    p.add_argument("--contracts", type=int, default=100, help="contracts in the config")
    p.add_argument("--cycles", type=int, default=5, help="idle cycles timed per size")
    args = p.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    c.emit(run(sizes, args.contracts, args.cycles), args.json_only)


if __name__ == "__main__":
    main()
