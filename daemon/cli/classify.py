"""``cuikuan classify FILE.eml [--json]``: what cuikuan would make of one email.

For the PM who wonders why a reply was read as it was, and for tuning the rules: the same
pure parse + classify the daemon runs, with the rule and the words that decided. Nothing
is changed and no config is needed (``--config`` only picks the client's timezone for
relative dates like "next Friday" when the sender is a client contact).

    $ cuikuan classify reply.eml
    promise  2026-12-11  rule=zh-promise  evidence: 下周五前付款
    $ cuikuan classify reply.eml --json
    {"kind": "promise", "promised_date": "2026-12-11", "rule": "zh-promise", ...}
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from daemon.config.loader import load_config
from daemon.domain import resolve
from daemon.errors import ConfigError, CuikuanError
from daemon.inbox.classify import classify
from daemon.inbox.matching import client_contacts
from daemon.inbox.parse import parse_message

if TYPE_CHECKING:
    from daemon.cli.main import AddCommand

log = logging.getLogger(__name__)

DEFAULT_TZ = "Asia/Shanghai"


def register(add_command: AddCommand) -> None:
    """Add the ``classify`` command to the CLI."""
    parser = add_command(
        "classify",
        "show how cuikuan reads one email (paid, dispute, promise, auto_reply, bounce, other)",
        "cuikuan classify reply.eml --json",
    )
    parser.add_argument("file", type=Path, help="the email, as a .eml file")
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    parser.set_defaults(handler=cmd_classify)


def _context(config_path: Path, sender: str) -> tuple[ZoneInfo, bool]:
    """(timezone, known_sender) from the config when there is one; defaults otherwise."""
    try:
        config = load_config(config_path)
    except (ConfigError, OSError, CuikuanError):
        log.debug("no usable config at %s: classifying with defaults", config_path)
        return ZoneInfo(DEFAULT_TZ), False
    for client in config.clients:
        if sender in client_contacts(client):
            return resolve.client_timezone(config.settings, client), True
    return ZoneInfo(config.settings.timezone), False


def cmd_classify(args: argparse.Namespace, config_path: Path) -> int:
    try:
        raw = Path(args.file).read_bytes()
    except OSError as exc:
        raise CuikuanError(f"cannot read {args.file}: {exc.strerror or exc}") from exc
    mail = parse_message(raw)
    tz, known = _context(config_path, mail.from_addr)
    result = classify(mail, tz=tz, known_sender=known)
    data = result.to_json()
    data["file"] = str(args.file)
    data["message_id"] = mail.message_id
    data["from"] = mail.from_addr
    data["subject"] = mail.subject
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    parts: list[str] = [result.kind]
    if result.promised_date:
        parts.append(f"promised {result.promised_date.isoformat()}")
    if result.return_date:
        parts.append(f"back {result.return_date.isoformat()}")
    if result.bounce is not None:
        state = "permanent" if result.bounce.permanent else "delayed"
        parts.append(f"{state} {result.bounce.status or ''} {', '.join(result.bounce.recipients)}")
    parts.append(f"rule={result.rule or '-'}")
    print("  ".join(p.strip() for p in parts if p.strip()))
    if result.evidence:
        print("evidence: " + " | ".join(result.evidence))
    if mail.unreadable:
        print(f"unreadable: {mail.reason}", file=sys.stderr)
    return 0
