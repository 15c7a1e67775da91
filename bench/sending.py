"""Bench 3: sending a tick's worth of due emails through a real SMTP server (aiosmtpd).

``--emails`` contracts (default 1,000) each have one overdue milestone and their terms
email already sent, so one ``Engine.tick`` renders, composes, spools, records (pending,
then sent), sends and archives exactly that many emails over one SMTP connection.
Baseline: raw ``smtplib`` sending the same messages (the bytes cuikuan sent, captured from
its archive) over one connection to the same kind of server. The server runs in a process
of its own.

    .venv/bin/python bench/sending.py --emails 1000
"""

from __future__ import annotations

import smtplib
import sys
import tempfile
import time
from email.parser import BytesHeaderParser
from email.policy import default
from email.utils import getaddresses
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as c  # noqa: E402

from daemon.config.loader import load_config  # noqa: E402
from daemon.service.runtime import open_runtime  # noqa: E402

TARGET_RATIO = 0.5


def _baseline(messages: list[bytes]) -> float:
    """Seconds for smtplib to send ``messages`` over one connection to a fresh server."""
    parser = BytesHeaderParser(policy=default)
    prepared = []
    for raw in messages:
        headers = parser.parsebytes(raw)
        rcpts = [
            a
            for _, a in getaddresses([str(v) for h in ("To", "Cc") for v in headers.get_all(h, [])])
        ]
        prepared.append((rcpts, raw))
    with c.SmtpProcess() as server:
        started = time.perf_counter()
        with smtplib.SMTP(server.host, server.port, timeout=30) as smtp:
            for rcpts, raw in prepared:
                smtp.sendmail(c.AR, rcpts, raw)
        elapsed = time.perf_counter() - started
        assert server.count() == len(messages)
    return elapsed


def run(emails: int) -> list[c.Result]:
    with tempfile.TemporaryDirectory(prefix="ck-send-") as tmp, c.SmtpProcess() as server:
        root = Path(tmp)
        path = c.write_config(
            root,
            emails,
            c.NOW.date(),
            milestones=1,
            mix=False,
            overdue_days=10,
            mail=c.mail_settings(smtp_port=server.port),
        )
        config = load_config(path)
        c.seed_sent(config, c.NOW, terms_only=True)
        runtime = open_runtime(config)
        try:
            started = time.perf_counter()
            tick = runtime.engine.tick(c.NOW)
            elapsed = time.perf_counter() - started
        finally:
            runtime.close()
        received = server.count()
        assert len(tick.sent) == emails == received, (len(tick.sent), emails, received)
        archive = config.settings.data_dir / "archive"
        raws = [p.read_bytes() for p in sorted(archive.rglob("*")) if p.is_file()]
        assert len(raws) == emails, len(raws)
    base = _baseline(raws)
    rate, base_rate = emails / elapsed, emails / base
    ratio = rate / base_rate
    return [
        c.result(
            "send",
            f"tick_{emails}_emails",
            elapsed,
            "s",
            baseline=base,
            note="Engine.tick: render, compose, spool, record, SMTP, archive",
        ),
        c.result(
            "send",
            "throughput",
            rate,
            "emails/s",
            target=f">= {TARGET_RATIO:g}x baseline",
            ok=ratio >= TARGET_RATIO,
            baseline=base_rate,
            ratio=ratio,
            note="baseline: smtplib, same bytes, one connection",
        ),
    ]


def main() -> None:
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--emails", type=int, default=1000, help="emails due in the tick")
    args = p.parse_args()
    c.emit(run(args.emails), args.json_only)


if __name__ == "__main__":
    main()
