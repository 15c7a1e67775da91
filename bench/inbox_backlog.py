"""Bench 4: working through an inbox backlog (the daemon was down; the mail piled up).

``--messages`` messages (default 5,000) are APPENDed to the PM's Dovecot INBOX: every
message of the corpus (/work/shared/corpus: real bounces, auto-replies, human replies,
noise) once, the rest generated replies from known clients to sent reminders (promises,
payment claims, disputes, questions, out-of-office), each with its own Message-ID. Then one
``InboxProcessor.process`` reads them all: parse, classify, match, decide, answer (acks
and PM alerts over SMTP to aiosmtpd, in a process of its own), record, file away.

Baseline: the same work done by hand, without cuikuan's bookkeeping: raw imapclient FETCH
(``BODY.PEEK[]``, chunks of 100), the one parse (mail-parser, through ``parse_message``),
``classify``, then for EVERY message one SMTP send (a short reply, smtplib over one
connection, same server) and one IMAP APPEND (the message filed to a folder), which is
more than cuikuan does (it answers some, files each once). Checked: every message handled
exactly once (one ``received`` event per Message-ID, none seen as a duplicate, the INBOX
empty afterwards).

    .venv/bin/python bench/inbox_backlog.py --messages 5000
"""

from __future__ import annotations

import collections
import os
import smtplib
import sys
import tempfile
import time
import warnings
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as c  # noqa: E402

from daemon.config.loader import load_config  # noqa: E402
from daemon.service.runtime import open_runtime  # noqa: E402
from daemon.storage.store import Store  # noqa: E402
from tests.fixtures.dovecot import Dovecot  # noqa: E402

TARGET_RATIO = 0.5
CONTRACTS = 200
BODIES = [
    "We will pay by {day}. Sorry for the delay.",
    "We paid this yesterday, please check your account.",
    "We dispute this invoice: the work is not finished.",
    "Thanks, received. Who should we contact about the invoice address?",
    "我们会在{day}之前付款，谢谢。",
    "款项已于昨天支付，请查收。",
]


def corpus() -> list[bytes]:
    return [p.read_bytes() for p in sorted(c.CORPUS.rglob("*.eml"))]


def generated(n: int, sent: dict[int, str]) -> list[bytes]:
    out = []
    for i in range(n):
        k = i % CONTRACTS
        msg = EmailMessage()
        msg["From"] = f"Pay {k} <pay{k}@client{k}.example>"
        msg["To"] = c.AR
        msg["Subject"] = f"Re: payment reminder K-{k}"
        msg["Date"] = format_datetime(c.NOW - timedelta(minutes=n - i))
        msg["Message-ID"] = f"<backlog-{i}@client{k}.example>"
        msg["In-Reply-To"] = sent[k]
        msg["References"] = sent[k]
        if i % 13 == 0:
            msg["Auto-Submitted"] = "auto-replied"
            msg.set_content("I am out of the office until Monday.")
        else:
            day = (c.NOW + timedelta(days=3 + i % 20)).date().isoformat()
            msg.set_content(BODIES[i % len(BODIES)].format(day=day) + "\n\n> earlier mail\n")
        out.append(msg.as_bytes())
    return out


def _inbound_id(raw: bytes) -> str:
    """The id cuikuan files a message under (its Message-ID, else a digest)."""
    from daemon.inbox.facts import synthetic_message_id
    from daemon.inbox.parse import parse_message
    from daemon.inbox.processor import MAX_ID_CHARS

    return parse_message(raw).message_id.strip()[:MAX_ID_CHARS] or synthetic_message_id(raw)


def fill(dovecot: Dovecot, messages: list[bytes]) -> None:
    with dovecot.client(c.PM) as client:
        for raw in messages:
            client.append("INBOX", raw)


def baseline(dovecot: Dovecot, smtp: c.SmtpProcess) -> tuple[float, int, int]:
    """Seconds to FETCH, parse and classify the whole INBOX, answering and filing each
    message (one SMTP send, one APPEND); how many; how many were unreadable."""
    from daemon.inbox.classify import classify
    from daemon.inbox.parse import parse_message

    warnings.simplefilter("ignore")
    started = time.perf_counter()
    parsed = failed = 0
    with (
        dovecot.client(c.PM) as client,
        dovecot.client(c.PM) as filer,
        smtplib.SMTP(smtp.host, smtp.port, timeout=30) as sender,
    ):
        filer.create_folder("Baseline")
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        for start in range(0, len(uids), 100):
            data = client.fetch(uids[start : start + 100], ["BODY.PEEK[]"])
            for fields in data.values():
                raw = fields[b"BODY[]"]
                parsed += 1
                mail = parse_message(raw)
                failed += mail.unreadable
                kind = classify(mail).kind
                reply = EmailMessage()
                reply["From"], reply["To"] = c.AR, c.PM
                reply["Subject"] = f"Re: {mail.subject[:60]} [{kind}]"
                reply.set_content(f"Received ({kind}).")
                sender.sendmail(c.AR, [c.PM], reply.as_bytes())
                filer.append("Baseline", raw)
    return time.perf_counter() - started, parsed, failed


def run(messages: int) -> list[c.Result]:
    os.environ["CK_BENCH_IMAP_PASSWORD"] = "pm-password"
    with (
        tempfile.TemporaryDirectory(prefix="ck-inbox-") as tmp,
        Dovecot() as dovecot,
        c.SmtpProcess() as smtp,
    ):
        root = Path(tmp)
        mail = c.mail_settings(smtp_port=smtp.port, imap_port=dovecot.imap_port)
        path = c.write_config(
            root,
            CONTRACTS,
            c.NOW.date(),
            per_client=1,
            milestones=1,
            mix=False,
            overdue_days=10,
            mail=mail,
        )
        config = load_config(path)
        c.seed_sent(config, c.NOW)  # the reminders the replies answer
        state_file = config.settings.data_dir / "state.json"
        with Store(state_file, read_only=True) as store:
            sent = {k: store.sends_for(f"K-{k}", "m0")[-1].message_id for k in range(CONTRACTS)}
        real = corpus()[:messages]
        raws = real + generated(messages - len(real), sent)
        expected_ids = [_inbound_id(raw) for raw in raws]
        fill(dovecot, raws)

        base, parsed, unreadable = baseline(dovecot, smtp)
        assert parsed == messages, parsed
        baseline_sent = smtp.count()

        runtime = open_runtime(config)
        try:
            started = time.perf_counter()
            got = runtime.inbox.process(c.NOW)  # type: ignore[union-attr]
            elapsed = time.perf_counter() - started
        finally:
            runtime.close()
        with Store(state_file, read_only=True) as store:
            ids = [e["data"]["message_id"] for e in store.events() if e["kind"] == "received"]
        left = len(dovecot.folder_uids(c.PM, "INBOX"))
        replies_sent = smtp.count() - baseline_sent
    counts = collections.Counter(ids)
    twice = sum(1 for n in counts.values() if n > 1)
    distinct = len(set(expected_ids))
    repeated = len(expected_ids) - distinct
    rate, base_rate = messages / elapsed, messages / base
    ratio = rate / base_rate
    once = twice == 0 and got.duplicates == repeated and len(ids) == distinct and left == 0
    return [
        c.result(
            "inbox",
            f"process_{messages}",
            elapsed,
            "s",
            baseline=base,
            handled=got.count,
            smtp_sent=replies_sent,
            note=f"{len(real)} corpus + {messages - len(real)} generated; "
            f"{replies_sent} acks/alerts sent",
        ),
        c.result(
            "inbox",
            "throughput",
            rate,
            "msg/s",
            target=f">= {TARGET_RATIO:g}x baseline",
            ok=ratio >= TARGET_RATIO,
            baseline=base_rate,
            ratio=ratio,
            unreadable=unreadable,
            note="baseline: FETCH, parse, classify, one SMTP send and one APPEND per message",
        ),
        c.result(
            "inbox",
            "processed_twice",
            twice,
            "messages",
            target="0",
            ok=once,
            handled=got.count,
            duplicates=got.duplicates,
            repeated_ids_in_input=repeated,
            received_events=len(ids),
            distinct_messages=distinct,
            left_in_inbox=left,
            note="Message-IDs acted on more than once (a repeated Message-ID is only filed)",
        ),
    ]


def main() -> None:
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--messages", type=int, default=5000, help="messages in the backlog")
    args = p.parse_args()
    c.emit(run(args.messages), args.json_only)


if __name__ == "__main__":
    main()
