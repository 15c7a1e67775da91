"""Bench: peak memory of one inbox pass over big mail (issue 10, point 5).

``--messages`` replies (default 8), each with a ``--mb`` MB attachment (default 25, about
34 MB once base64-encoded), are APPENDed to the PM's Dovecot INBOX. Then a fresh process
(so nothing else inflates it) runs one ``InboxProcessor.process`` and reports its peak RSS
(``VmHWM``): fetch, parse, classify, archive, answer, file. ``--old-way`` makes that
process fetch without a byte budget and parse with mail-parser at any size, as before the
fix, for the before/after comparison. Checked: every message handled exactly once.

    .venv/bin/python bench/big_inbox.py --messages 8 --mb 25
    .venv/bin/python bench/big_inbox.py --messages 8 --mb 25 --old-way
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _common as c  # noqa: E402

from daemon.config.loader import load_config  # noqa: E402
from daemon.storage.store import Store  # noqa: E402
from tests.fixtures.dovecot import Dovecot  # noqa: E402

TARGET_MB = 200
CONTRACTS = 4


def big_reply(i: int, mb: int, in_reply_to: str) -> bytes:
    msg = EmailMessage()
    k = i % CONTRACTS
    msg["From"] = f"Pay {k} <pay{k}@client{k}.example>"
    msg["To"] = c.AR
    msg["Subject"] = f"Re: payment reminder K-{k}"
    msg["Message-ID"] = f"<big-{i}@client{k}.example>"
    msg["In-Reply-To"] = in_reply_to
    msg.set_content("We paid this yesterday, the bank slip is attached.")
    # random bytes, so the base64 is as big as a real scan (nothing compresses it away)
    msg.add_attachment(os.urandom(mb * 1024 * 1024), "application", "pdf", filename=f"s{i}.pdf")
    return msg.as_bytes()


def peak_rss_mb() -> float:
    """VmHWM of this process, MB. Not ``ru_maxrss``: Linux carries that over from the
    parent through fork and exec, so the child would report the parent's peak (the
    parent holds a generated 35 MB message several times over)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(config_path: str, old_way: bool) -> None:
    """One inbox pass in this (fresh) process; prints its peak RSS as JSON."""
    from daemon.inbox import imap, parse
    from daemon.service.runtime import open_runtime

    if old_way:  # before the fix: everything of a batch at once, no cut before parsing
        imap.FETCH_BUDGET_BYTES = 1 << 62
        parse.TRIM_ABOVE_BYTES = 1 << 62
    runtime = open_runtime(load_config(Path(config_path)))
    try:
        got = runtime.inbox.process(c.NOW)  # type: ignore[union-attr]
    finally:
        runtime.close()
    peak_mb = peak_rss_mb()
    print(json.dumps({"peak_mb": peak_mb, "handled": got.count, "duplicates": got.duplicates}))


def run(messages: int, mb: int, old_way: bool) -> list[c.Result]:
    os.environ["CK_BENCH_IMAP_PASSWORD"] = "pm-password"
    with (
        tempfile.TemporaryDirectory(prefix="ck-big-") as tmp,
        Dovecot() as dovecot,
        c.SmtpProcess() as smtp,
    ):
        root = Path(tmp)
        mail = c.mail_settings(smtp_port=smtp.port, imap_port=dovecot.imap_port)
        path = c.write_config(
            root, CONTRACTS, c.NOW.date(), per_client=1, milestones=1, mix=False,
            overdue_days=10, mail=mail,
        )  # fmt: skip
        config = load_config(path)
        c.seed_sent(config, c.NOW)
        state_file = config.settings.data_dir / "state.json"
        with Store(state_file, read_only=True) as store:
            sent = {k: store.sends_for(f"K-{k}", "m0")[-1].message_id for k in range(CONTRACTS)}
        size = 0
        with dovecot.client(c.PM) as client:
            for i in range(messages):
                raw = big_reply(i, mb, sent[i % CONTRACTS])
                size = max(size, len(raw))
                client.append("INBOX", raw)
                del raw
        cmd = [sys.executable, __file__, "--child", str(path)] + (["--old-way"] if old_way else [])
        out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=c.REPO)
        got = json.loads(out.stdout.strip().splitlines()[-1])
        with Store(state_file, read_only=True) as store:
            ids = [e["data"]["message_id"] for e in store.events() if e["kind"] == "received"]
        left = len(dovecot.folder_uids(c.PM, "INBOX"))
    once = len(ids) == len(set(ids)) == messages and left == 0
    how = "old way (no byte budget, mail-parser at any size)" if old_way else "byte budget"
    return [
        c.result(
            "big_inbox",
            f"peak_rss_{messages}x{mb}mb" + ("_old_way" if old_way else ""),
            got["peak_mb"],
            "MB",
            target=f"< {TARGET_MB}",
            ok=got["peak_mb"] < TARGET_MB,
            note=f"peak RSS (VmHWM) of one inbox pass in a fresh process; {messages} messages of "
            f"{size / 1e6:.1f} MB raw; {how}",
        ),
        c.result(
            "big_inbox",
            "handled_once",
            len(ids),
            "messages",
            target=f"{messages}",
            ok=once,
            left_in_inbox=left,
            note="received events (distinct Message-IDs), INBOX empty afterwards",
        ),
    ]


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], "--old-way" in sys.argv)
        return
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--messages", type=int, default=8, help="big messages in the INBOX")
    p.add_argument("--mb", type=int, default=25, help="attachment size of each, MB")
    p.add_argument("--old-way", action="store_true", help="measure the behaviour before the fix")
    args = p.parse_args()
    c.emit(run(args.messages, args.mb, args.old_way), args.json_only)


if __name__ == "__main__":
    main()
