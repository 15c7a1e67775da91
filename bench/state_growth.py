"""Bench 5: recording a tick's worth of events into a state that already holds a big history.

A state file with ``--history`` events (default 100,000 ``received``/``state_change`` events,
like years of use) gets ``--events`` more (default 1,000: one busy tick):

* batched: all of them inside one ``Store.batch()`` (how a tick records);
* unbatched: each one durable on its own (how the outbox protocol records every send);
* baseline: ``json.dumps`` of the same final data once, written and fsynced (one rewrite
  of the world: the state's tables and the history log's records).

Reopening the store (what ``status`` does beside the daemon) is timed too.

    .venv/bin/python bench/state_growth.py --history 100000 --events 1000
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as c  # noqa: E402
from _history import add_history_event, reply_id  # noqa: E402

from daemon.storage.store import Store  # noqa: E402

TARGET_PER_EVENT_MS = 5.0


def _event(store: Store, i: int) -> None:
    """Event ``i`` with every field the inbox records (a busy tick's events are full)."""
    at = c.NOW + timedelta(seconds=i)
    promised = (at + timedelta(days=5)).date()
    add_history_event(
        store,
        i,
        at,
        received={
            "from": f"pay{i % 97}@client.example",
            "kind": "promise",
            "rule": "en-promise",
            "evidence": ["we will pay by Friday"],
            "promised_date": promised,
            "matched_via": "thread",
            "authorized": True,
            "archived": True,
            "action": "hold",
        },
        state_change={
            "old": "open",
            "new": "promised",
            "cause": f"reply {reply_id(i)}",
            "reason": "promised to pay",
            "hold_until": at + timedelta(days=7),
            "promised_date": promised,
        },
    )


def run(history: int, events: int, unbatched: int) -> list[c.Result]:
    with tempfile.TemporaryDirectory(prefix="ck-state-") as tmp:
        path = Path(tmp) / "state.json"
        with Store(path) as store, store.batch():
            for i in range(history):
                _event(store, i)
        size_mb = sum(p.stat().st_size for p in (path, path.with_name(path.name + ".history")))
        size_mb /= 1e6

        with Store(path) as store:
            started = time.perf_counter()
            with store.batch():
                for i in range(history, history + events):
                    _event(store, i)
            batched = time.perf_counter() - started

            started = time.perf_counter()
            for i in range(history + events, history + events + unbatched):
                _event(store, i)
            per_event = (time.perf_counter() - started) / max(1, unbatched)

        started = time.perf_counter()
        with Store(path, read_only=True) as reader:
            total = len(reader.events())
        reopen = time.perf_counter() - started
        assert total == history + events + unbatched, total

        with Store(path, read_only=True) as reader:
            data = dict(reader._middleware.data())  # the same tables, as the file holds them
        # the world is the state and its history: since the events moved to the history
        # log, the state file alone is a few bytes and its dump no baseline at all
        history_file = path.with_name(path.name + ".history")
        with open(history_file, "rb") as fh:
            data["history"] = [json.loads(line) for line in fh]
        started = time.perf_counter()
        blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        with open(Path(tmp) / "dump.json", "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        baseline = time.perf_counter() - started

    per_ms = per_event * 1000
    return [
        c.result(
            "state",
            f"batched_{events}_events",
            batched,
            "s",
            target="<= 2x baseline",
            ok=batched <= 2 * baseline,
            baseline=baseline,
            history=history,
            file_mb=size_mb,
            note=f"{events} events in one batch over {history} events "
            f"({size_mb:.0f} MB); baseline one json.dump",
        ),
        c.result(
            "state",
            "unbatched_per_event",
            per_ms,
            "ms",
            target=f"<= {TARGET_PER_EVENT_MS:g}",
            ok=per_ms <= TARGET_PER_EVENT_MS,
            baseline=baseline * 1000,
            history=history,
            measured=unbatched,
            note=f"each event durable alone (mean of {unbatched}); baseline one json.dump",
        ),
        c.result(
            "state",
            f"unbatched_{events}_events",
            per_event * events,
            "s",
            baseline=baseline,
            note=f"extrapolated from the {unbatched} measured",
        ),
        c.result(
            "state",
            "reopen_read",
            reopen,
            "s",
            history=history + events + unbatched,
            note="open read-only + read the whole history (status, report)",
        ),
    ]


def main() -> None:
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--history", type=int, default=100_000, help="events already stored")
    p.add_argument("--events", type=int, default=1000, help="events of one tick")
    p.add_argument(
        "--unbatched", type=int, default=200, help="events timed one by one (then extrapolated)"
    )
    args = p.parse_args()
    c.emit(run(args.history, args.events, args.unbatched), args.json_only)


if __name__ == "__main__":
    main()
