"""Shared helpers of the benchmarks: result lines, the table, config generation, seeding.

Every bench script prints one JSON line per measurement::

    {"bench": "tick", "metric": "tick_10000", "value": 0.41, "unit": "s", "target": "<= 1",
     "ok": true, "baseline": 0.9, ...}

and, unless ``--json-only``, a readable table after them. ``bench/run_all.py`` runs every
script with ``--json-only`` and builds ``bench/RESULTS.md`` from the lines.

The repo root goes on ``sys.path`` so the scripts import ``daemon`` and the test fixtures
(``tests.fixtures.smtp``, ``tests.fixtures.dovecot``) when run as ``python bench/x.py``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

NOW = datetime.fromisoformat("2026-12-01T10:00:00+08:00")
"""A Tuesday, 10:00 in Shanghai: a working day inside the default send window."""
PM, STAFF, AR = "pm@example.com", "staff@example.com", "ar@team.example"
CORPUS = Path("/work/shared/corpus")

Result = dict[str, Any]


# --- results -------------------------------------------------------------------------


def result(
    bench: str,
    metric: str,
    value: float,
    unit: str,
    *,
    target: str | None = None,
    ok: bool | None = None,
    baseline: float | None = None,
    **extra: Any,
) -> Result:
    """One measurement line (``ok`` None: informational, no target)."""
    line: Result = {
        "bench": bench,
        "metric": metric,
        "value": _round(value),
        "unit": unit,
        "target": target,
        "ok": ok,
        "baseline": _round(baseline) if baseline is not None else None,
    }
    line.update({k: _round(v) if isinstance(v, float) else v for k, v in extra.items()})
    return line


def _round(value: float) -> float:
    if value == 0 or not math.isfinite(value):
        return value
    digits = max(0, 3 - int(math.floor(math.log10(abs(value)))))
    return round(value, digits)


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--json-only", action="store_true", help="print only the JSON lines")
    return p


def emit(lines: Iterable[Result], json_only: bool) -> None:
    """Print the JSON lines (flushed one by one), then the table unless ``json_only``."""
    done = []
    for line in lines:
        print(json.dumps(line, ensure_ascii=False), flush=True)
        done.append(line)
    if not json_only:
        print()
        print(table(done))


def _fmt(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def table(lines: Sequence[Result]) -> str:
    """A Markdown table of result lines."""
    rows = [
        "| bench | metric | value | unit | baseline | target | ok | note |",
        "|---|---|---:|---|---:|---|---|---|",
    ]
    for r in lines:
        ok = {True: "yes", False: "**NO**", None: ""}[r.get("ok")]
        rows.append(
            f"| {r['bench']} | {r['metric']} | {_fmt(r['value'])} | {r['unit']} | "
            f"{_fmt(r.get('baseline'))} | {_fmt(r.get('target'))} | {ok} | "
            f"{_fmt(r.get('note'))} |"
        )
    return "\n".join(rows)


def percentile(values: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (0-100), linear interpolation between ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


# --- /proc -----------------------------------------------------------------------------


def rss_mb(pid: int | str = "self") -> float:
    """Resident set size (VmRSS) of a process, MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, seconds."""
    text = Path(f"/proc/{pid}/stat").read_text()
    fields = text[text.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- config generation -----------------------------------------------------------------

_ZONES = [  # (timezone, calendar) mix for "realistic" configs: mostly Chinese clients
    (None, None),
    (None, None),
    (None, None),
    (None, None),
    (None, None),
    (None, None),
    (None, None),
    ("Europe/London", "GB"),
    ("America/New_York", "US"),
    ("Asia/Shanghai", "CN"),
]


def mail_settings(
    *,
    smtp_port: int | None = None,
    imap_port: int | None = None,
    password_env: str = "CK_BENCH_IMAP_PASSWORD",
    idle_renew_seconds: int = 300,
) -> str:
    """The ``mail:`` block (indented for settings): SMTP and IMAP when ports are given."""
    lines = [
        "  mail:",
        f"    from: {{name: Team AR, email: {AR}}}",
        f"    transport: {'smtp' if smtp_port else 'maildir'}",
    ]
    if smtp_port:
        lines.append(f"    smtp: {{host: 127.0.0.1, port: {smtp_port}, security: none}}")
    if imap_port:
        lines += [
            "    imap:",
            "      host: 127.0.0.1",
            f"      port: {imap_port}",
            "      security: none",
            f"      username: {PM}",
            f"      password_env: {password_env}",
            "      timeout: 20",
            f"      idle_renew_seconds: {idle_renew_seconds}",
        ]
    return "\n".join(lines) + "\n"


def write_config(
    root: Path,
    contracts: int,
    today: date,
    *,
    per_client: int = 10,
    milestones: int = 4,
    mix: bool = True,
    overdue_days: int | None = None,
    mail: str | None = None,
    tick_seconds: int = 60,
) -> Path:
    """Write ``root/config.yaml`` and one file per client in ``root/clients.d``; the path.

    ``contracts`` contracts of ``milestones`` milestones, ``per_client`` per client.
    ``mix``: a realistic spread (due dates from 90 days ago to 10 months ahead, percents and
    amounts, due_after events, discounts, policy overrides, some paid, zh/en, a few
    foreign timezones). Without it, every contract is a Shanghai client whose milestones
    are all ``overdue_days`` overdue (each yields exactly one email once terms were sent).
    One file per client is how a big team keeps its config (and one YAML document is
    capped at 100,000 values).
    """
    root.mkdir(parents=True, exist_ok=True)
    clients_dir = root / "clients.d"
    clients_dir.mkdir(exist_ok=True)
    main = [
        "settings:",
        "  company: Bench Team",
        f"  pm: {{name: Pat PM, email: {PM}}}",
        "  supervisor: {name: Sue, email: sue@team.example}",
        "  finance: {name: Fin, email: fin@team.example}",
        "  legal: {name: Lee, email: counsel@law.example}",
        f"  staff: [{STAFF}]",
        "  require_authenticated_staff: false",
        "  language: zh",
        f"  tick_seconds: {tick_seconds}",
        "  report: {weekly: false}",
        mail if mail is not None else mail_settings(),
        "  data_dir: data",
        "  clients_dir: clients.d",
        "clients: []",
    ]
    path = root / "config.yaml"
    path.write_text("\n".join(main) + "\n", encoding="utf-8")
    for k, start in enumerate(range(0, contracts, per_client)):
        lines = ["clients:", *_client_lines(k, mix)]
        for i in range(start, min(contracts, start + per_client)):
            lines += _contract_lines(i, today, milestones, mix, overdue_days)
        (clients_dir / f"cl{k:05d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _client_lines(k: int, mix: bool) -> list[str]:
    tz, cal = _ZONES[k % len(_ZONES)] if mix else (None, None)
    lines = [
        f"  - id: cl{k}",
        f"    name: Client {k} 有限公司",
        f"    language: {'en' if k % 3 == 0 else 'zh'}",
    ]
    if tz:
        lines.append(f"    timezone: {tz}")
    if cal:
        lines.append(f"    calendar: {cal}")
    lines += [
        "    contacts:",
        f"      to: [{{name: Pay {k}, email: pay{k}@client{k}.example}}]",
        f"      cc: [{{email: cfo{k}@client{k}.example}}]",
        "    contracts:",
    ]
    return lines


def _contract_lines(
    i: int, today: date, milestones: int, mix: bool, overdue_days: int | None
) -> list[str]:
    amount = 1000 + (i % 97) * 10
    total = amount * milestones
    base = today - timedelta(days=overdue_days if overdue_days is not None else 0)
    events = mix and i % 5 == 0
    lines = [
        f"      - id: K-{i}",
        f"        title: Project {i}",
        f"        total: {total}.00",
        f"        signed: {(today - timedelta(days=200)).isoformat()}",
        "        payment_instructions: Bank of Example 6222 0000",
    ]
    if mix and i % 7 == 0:
        lines.append("        discount: {percent: 2, days_before_due: 10}")
    if mix and i % 6 == 0:
        lines.append("        policy: {reminder_every_days: 14, notice_days: 5}")
    if events:
        delivered = today - timedelta(days=20) if i % 10 == 0 else None
        lines.append(f"        events: {{delivered: {delivered.isoformat() if delivered else ''}}}")
    lines.append("        milestones:")
    for j in range(milestones):
        due = base + timedelta(days=-90 + (i * 37 + j * 83) % 390) if mix else base
        money = f"percent: {100 // milestones}" if (mix and j % 2 == 0) else f"amount: {amount}.00"
        if mix and 100 % milestones:
            money = f"amount: {amount}.00"
        when = f"due: {due.isoformat()}"
        if events and j == milestones - 1:
            when = "due_after: {event: delivered, days: 30}"
        paid = ""
        if mix and due < today - timedelta(days=20) and (i + j) % 3 == 0:
            paid = f", paid: {{on: {(due + timedelta(days=5)).isoformat()}}}"
        lines.append(f"          - {{id: m{j}, name: Part {j}, {money}, {when}{paid}}}")
    return lines


def seed_sent(config: Any, now: datetime, *, terms_only: bool = False) -> int:
    """Record in the store, as sent, everything due at ``now`` (so a tick then sends nothing).

    ``terms_only``: only the terms emails (the chase emails stay due). Returns the count.
    """
    from daemon.domain.emails import message_id
    from daemon.domain.planner import due_emails
    from daemon.domain.resolve import iter_contracts, message_id_domain
    from daemon.service.runtime import state_path
    from daemon.storage.store import Store

    domain = message_id_domain(config)
    count = 0
    with Store(state_path(config)) as store, store.batch():
        store.mark_contracts_seen((c.id for _, c in iter_contracts(config)), now)
        while True:
            planned = due_emails(config, store.snapshot(), now)
            if terms_only:
                planned = [e for e in planned if e.key.stage == "terms"]
            if not planned:
                return count
            for email in planned:
                mid = message_id(email.key, domain, store.message_key)
                for key in email.supersedes:
                    store.mark_skipped(key, now, superseded_by=mid)
                store.record_pending(email.key, mid, now, email.to)
                store.mark_sent(mid, now)
                count += 1


# --- an SMTP server in a process of its own ------------------------------------------


class SmtpProcess:
    """The test fixture's aiosmtpd server, run in a child process.

    In-process, the server's parsing would compete for the GIL with the client being
    measured. ``count()`` asks how many messages it received so far.
    """

    def __init__(self) -> None:
        import subprocess

        self._proc = subprocess.Popen(
            [sys.executable, __file__, "smtp-server"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        assert self._proc.stdout is not None
        self.port = int(self._proc.stdout.readline())
        self.host = "127.0.0.1"
        self.pid = self._proc.pid

    def count(self) -> int:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write("count\n")
        self._proc.stdin.flush()
        return int(self._proc.stdout.readline())

    def close(self) -> None:
        if self._proc.poll() is None:
            assert self._proc.stdin is not None
            self._proc.stdin.close()
            self._proc.wait(timeout=10)

    def __enter__(self) -> SmtpProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve_smtp() -> None:
    import warnings

    warnings.simplefilter("ignore")
    from tests.fixtures.smtp import SmtpServer

    server = SmtpServer()
    server.start()
    print(server.port, flush=True)
    try:
        for _line in sys.stdin:
            print(len(server.messages), flush=True)
    finally:
        server.stop()


def cpu_seconds_recent(pid: int, interval: float) -> float:
    """CPU seconds ``pid`` used during the next ``interval`` seconds (sleeps that long)."""
    before = cpu_seconds(pid)
    import time

    time.sleep(interval)
    return cpu_seconds(pid) - before


if __name__ == "__main__" and sys.argv[1:] == ["smtp-server"]:
    _serve_smtp()
