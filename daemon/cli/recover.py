"""``cuikuan recover``: rebuild a damaged state; no email is sent twice because of it.

Thin: opens the Sent folder (IMAP) or the Maildir outbox as configured, calls
:func:`daemon.storage.recovery.recover`, prints what it did. Run it with the daemon
stopped, when cuikuan refused to start because its state is damaged.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from daemon.cli.args import AddCommand, now_arg
from daemon.clock import SystemClock
from daemon.config.loader import load_config
from daemon.config.records import Config
from daemon.errors import CuikuanError, InboxError
from daemon.outbox.transports import make_transport
from daemon.outbox.transports.maildir import MaildirTransport
from daemon.service.layout import ARCHIVE_DIR, state_path
from daemon.service.runtime import make_source
from daemon.storage.recovery import AlreadySent, recover


def register(add_command: AddCommand) -> None:
    p = add_command(
        "recover",
        "rebuild a damaged state; record as sent what the archive or Sent folder holds",
        "cuikuan recover --config /etc/cuikuan/config.yaml",
    )
    p.add_argument(
        "--now", type=now_arg, default=None, help="plan as of this time (ISO 8601; default: now)"
    )
    p.set_defaults(handler=cmd_recover)


def cmd_recover(args: argparse.Namespace, config_path: Path) -> int:
    config = load_config(config_path)
    now = args.now or SystemClock().now()
    path = state_path(config)
    with _sent_folder(config) as already_sent:
        try:
            report = recover(
                config,
                path,
                config.settings.data_dir / ARCHIVE_DIR,
                now,
                already_sent=already_sent,
                sent_copies=_outbox_files(config),
            )
        except InboxError as exc:
            raise CuikuanError(
                f"the state {path} was rebuilt, but the Sent folder could not be searched "
                f"({exc}); run `cuikuan recover` again once it can be reached, before "
                "starting cuikuan"
            ) from exc
    for line in report.lines():
        print(line)
    print(f"{path}: recovered; start cuikuan again", file=sys.stderr)
    return 0


def _outbox_files(config: Config) -> list[Path]:
    """Every message of the Maildir outbox, when mail is sent there (a relay may take it)."""
    mail = config.settings.mail
    if mail.transport != "maildir":
        return []
    outbox = config.base_dir / mail.maildir.outbox
    return sorted(p for sub in ("new", "cur") for p in (outbox / sub).glob("*") if p.is_file())


@contextlib.contextmanager
def _sent_folder(config: Config) -> Iterator[AlreadySent | None]:
    """Where sent mail can be looked up: the IMAP Sent folder, or the Maildir outbox."""
    if config.settings.mail.imap is not None:
        source = make_source(config)
        try:
            yield lambda mid: source.contains_message_id(None, mid)
        finally:
            source.close()
        return
    transport = make_transport(config)
    yield transport.contains if isinstance(transport, MaildirTransport) else None
