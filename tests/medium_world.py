"""A medium world mid-chase, for tests that a faster path gives the same answers.

The config is the benchmarks' realistic mix (``bench/_common.write_config``: due dates from
90 days ago to 10 months ahead, discounts, due_after events, policy overrides, paid
milestones, zh/en, foreign timezones and calendars). The state is what a daemon would have
done over the 60 days before :data:`NOW`: every email the planner would have sent is
recorded as sent (and the stages it superseded as skipped), then a few milestones are
promised, paused, disputed or claimed paid, a few addresses bounced, and the history holds
replies (some admitting the debt), part payments and state changes. Deterministic, except
the installation's Message-ID key (which no status or report output shows).
"""

from __future__ import annotations

import importlib.util
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from daemon.config.loader import load_config
from daemon.domain.emails import message_id
from daemon.domain.forecast import plan_window
from daemon.domain.resolve import iter_contracts, message_id_domain
from daemon.domain.state import MilestoneState
from daemon.service.layout import state_path
from daemon.storage.store import Store

NOW = datetime.fromisoformat("2026-12-01T10:00:00+08:00")
_BENCH = Path(__file__).resolve().parents[1] / "bench" / "_common.py"


def move_first_due(config: Path) -> str:
    """Move the first due date of the world's first client file one day later, as a PM's
    edit would; return the new day (ISO)."""
    client_file = next((config.parent / "clients.d").glob("*.yaml"))
    text = client_file.read_text(encoding="utf-8")
    day = re.search(r"due: (\d{4}-\d{2}-\d{2})", text)
    assert day is not None
    moved = (date.fromisoformat(day[1]) + timedelta(days=1)).isoformat()
    client_file.write_text(text.replace(day[0], f"due: {moved}", 1), encoding="utf-8")
    return moved


def _bench_common():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("_bench_common_for_tests", _BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(root: Path, contracts: int = 24) -> Path:
    """Write the config and state under ``root``; the config's path."""
    path = _bench_common().write_config(root, contracts, NOW.date(), per_client=3)
    config = load_config(path)
    ids = [k.id for _, k in iter_contracts(config)]
    start = NOW - timedelta(days=60)
    with Store(state_path(config)) as store:
        with store.batch():
            store.mark_contracts_seen(ids[:-2], start)
            store.mark_contracts_seen(ids[-2:], NOW - timedelta(minutes=5))  # still settling
        past = plan_window(config, store.snapshot(), start, NOW - timedelta(days=1))
        domain = message_id_domain(config)
        with store.batch():
            for i, email in enumerate(past):
                mid = message_id(email.key, domain, store.message_key)
                for old in email.supersedes:
                    store.mark_skipped(old, email.at, mid)
                store.record_pending(email.key, mid, email.at, list(email.to))
                if i % 17 == 5:
                    store.mark_failed(mid, email.at, "451 try later")
                else:
                    store.mark_sent(mid, email.at)
            _milestone_states(store, ids)
            _history(store, ids)
            store.mark_bad_address("cfo1@client1.example", "550 no such user", start)
    return path


def _milestone_states(store: Store, ids: list[str]) -> None:
    at = NOW - timedelta(days=20)
    states = [
        MilestoneState(
            status="promised",
            promised_date=date(2026, 12, 10),
            hold_until=NOW + timedelta(days=11),
            reason="promised by phone",
        ),
        MilestoneState(
            status="promised",
            promised_date=date(2026, 11, 20),
            hold_until=NOW - timedelta(days=8),
            reason="promise broken",
        ),
        MilestoneState(status="paused", reason="staff: pause"),
        MilestoneState(status="paused", hold_until=NOW + timedelta(days=3), reason="holiday"),
        MilestoneState(status="disputed", reason="wrong amount"),
        MilestoneState(status="claimed_paid", reason="client says paid"),
        MilestoneState(status="paid", paid_on=date(2026, 11, 25), paid_amount=Decimal("1000.00")),
        MilestoneState(status="stopped", reason="written off"),
        MilestoneState(status="open", last_contact=NOW - timedelta(days=2)),
    ]
    for i, state in enumerate(states):
        store.set_milestone(ids[(3 * i + 1) % len(ids)], f"m{i % 4}", state, at, "test")


def _history(store: Store, ids: list[str]) -> None:
    for i in range(200):
        at = NOW - timedelta(days=59) + timedelta(hours=7 * i)
        contract, milestone = ids[i % len(ids)], f"m{i % 4}"
        store.add_event(
            at,
            "received",
            contract,
            milestone,
            message_id=f"<reply-{i}@client.example>",
            subject=f"Re: 付款提醒 [CK-{contract}-{milestone}]",
            kind="promise" if i % 10 == 3 else "other",
            rule="fallback",
            matched_via="subject tag" if i % 5 == 3 else None,
        )
        if i % 40 == 7:  # a verified part payment restarts the limitation clock too
            store.add_event(
                at,
                "payment",
                contract,
                milestone,
                amount=Decimal("100.00"),
                currency="CNY",
                source="staff",
                verified=True,
                remaining=Decimal("900.00"),
            )


COMMANDS = {
    "status.txt": ["status", "--now", NOW.isoformat()],
    "status.json": ["status", "--json", "--now", NOW.isoformat()],
    "status_client.txt": ["status", "--client", "cl1", "--now", NOW.isoformat()],
    "report.txt": ["report", "--as-of", str(NOW.date())],
    "report.json": ["report", "--as-of", str(NOW.date()), "--format", "json"],
    "report.csv": ["report", "--as-of", str(NOW.date()), "--format", "csv"],
    "report.html": ["report", "--as-of", str(NOW.date()), "--format", "html"],
}
"""The outputs compared with the expected ones (tests/data/medium_world/), by file name."""
EXPECTED = Path(__file__).resolve().parent / "data" / "medium_world"


def outputs(config: Path, *, summaries: bool | None = None) -> dict[str, str]:
    """What each of :data:`COMMANDS` prints for the world at ``config``.

    ``summaries`` (:mod:`daemon.reports.summary`): False, every command takes the long
    way (no summary left from the one before); True, every command answers from the
    summary its own first run kept; None, the commands run one after the other.
    """
    import contextlib
    import io

    from daemon.cli.main import main
    from daemon.reports import summary

    out = {}
    for name, argv in COMMANDS.items():
        if summaries is not None:
            for kept in config.parent.glob("data/*summary*"):
                kept.unlink()
        # the first run keeps the summary: a status of one client keeps none (it works
        # out only that client's rows), the status of all clients does
        first = (
            argv[: argv.index("--client")] + argv[argv.index("--client") + 2 :]
            if "--client" in argv
            else argv
        )
        for run in [first, argv] if summaries else [argv]:
            served = sum(summary.SERVED.values())
            buffer = io.StringIO()
            with contextlib.redirect_stdout(buffer):
                assert main([*run, "--config", str(config)]) == 0
        if summaries is not None:
            assert (sum(summary.SERVED.values()) > served) == summaries, name
        out[name] = buffer.getvalue()
    return out


if __name__ == "__main__":  # capture the expected outputs: python -m tests.medium_world DIR
    import sys

    found = outputs(build(Path(sys.argv[1])))
    EXPECTED.mkdir(parents=True, exist_ok=True)
    for name, text in found.items():
        (EXPECTED / name).write_text(text, encoding="utf-8")
