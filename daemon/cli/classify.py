"""``cuikuan classify FILE.eml [FILE.eml ...] [--json]`` and ``cuikuan classify --eval DIR``.

For the PM who wonders why a reply was read as it was, and for tuning the rules: the same
pure parse + classify the daemon runs, with the rule and the words that decided. Nothing
is changed and no config is needed. With one (found as for every command, or ``--config``)
the files are read as the daemon reads them: the client's timezone for relative dates like
"next Friday" when the sender is a client contact, and the PM's own phrases
(``settings.replies.phrases``). Many files are read in one process; the config, when there
is one, is loaded once.

``--eval DIR`` scores the classifier on a labelled corpus (``DIR/labels.yaml``, see
:mod:`daemon.inbox.evaluate`): per-kind accuracy, a confusion matrix, date accuracy and
the dangerous errors. ``--no-learned`` reads with the rules alone (no learned fallback,
:mod:`daemon.inbox.fallback`); ``--train DIR`` retrains that fallback
(:mod:`daemon.cli.classify_train`).

    $ cuikuan classify reply.eml
    promise  2026-12-11  rule=zh-promise  evidence: 下周五前付款
    $ cuikuan classify reply.eml --json
    {"kind": "promise", "promised_date": "2026-12-11", "rule": "zh-promise", ...}
    $ cuikuan classify --eval tests/data/replies
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from daemon.errors import CuikuanError
from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message

if TYPE_CHECKING:
    from daemon.cli.args import AddCommand

log = logging.getLogger(__name__)

DEFAULT_TZ = "Asia/Shanghai"
Context = Callable[[str], tuple[ZoneInfo, bool]]
"""sender address -> (timezone, known_sender)."""
Phrases = tuple[tuple[str, str, str], ...]
"""The PM's (kind, language, phrase) from ``settings.replies.phrases``."""


def register(add_command: AddCommand) -> None:
    """Add the ``classify`` command to the CLI."""
    parser = add_command(
        "classify",
        "show how cuikuan reads emails (kind, date, rule); --eval DIR scores a labelled corpus",
        "cuikuan classify reply1.eml reply2.eml --json; cuikuan classify --eval tests/data/replies",
    )
    parser.add_argument("files", type=Path, nargs="*", metavar="FILE", help="emails (.eml)")
    parser.add_argument(
        "--eval",
        dest="eval_dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="score every .eml in DIR against DIR/labels.yaml",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--no-learned",
        dest="learned",
        action="store_false",
        help="rules only: no learned guess for replies no rule reads",
    )
    parser.add_argument(
        "--train",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="retrain the learned fallback on labelled corpora (repeatable)",
    )
    parser.add_argument(
        "--model", type=Path, default=None, help="with --train: write the model here"
    )
    parser.set_defaults(handler=cmd_classify)


def _config_context(config_path: Path) -> tuple[Context, Phrases, bool]:
    """Timezone and known-sender lookup, the PM's phrases and ``settings.replies.learned``
    from the config; defaults (no phrases, learned on) when there is none.

    The config (pydantic models, ~0.2 s) is only loaded when the file exists.
    """
    default = ZoneInfo(DEFAULT_TZ)
    if not config_path.is_file():
        return (lambda _sender: (default, False)), (), True
    from daemon.config.loader import load_config
    from daemon.domain import resolve
    from daemon.inbox.matching import client_contacts
    from daemon.inbox.rulebook import phrases_from_config

    try:
        config = load_config(config_path)
    except (OSError, CuikuanError):  # ConfigError is a CuikuanError
        log.debug("no usable config at %s: classifying with defaults", config_path)
        return (lambda _sender: (default, False)), (), True
    contacts = {
        addr: resolve.client_timezone(config.settings, client)
        for client in config.clients
        for addr in client_contacts(client)
    }
    fallback = ZoneInfo(config.settings.timezone)
    phrases = phrases_from_config(config.settings.replies.phrases)
    return (
        (lambda sender: (contacts[sender], True) if sender in contacts else (fallback, False)),
        phrases,
        config.settings.replies.learned,
    )


def cmd_classify(args: argparse.Namespace, config_path: Path) -> int:
    if args.train:
        if args.files or args.eval_dir is not None:
            raise CuikuanError("--train DIR retrains the model only: no FILE or --eval with it")
        from daemon.cli.classify_train import run_train

        return run_train(args.train, args.model)
    if args.eval_dir is not None:
        if args.files:
            raise CuikuanError("give either FILE ... or --eval DIR, not both")
        from daemon.cli.classify_eval import run_eval

        return run_eval(args.eval_dir, as_json=args.json, learned=args.learned)
    if not args.files:
        raise CuikuanError("nothing to classify: give one or more .eml files, or --eval DIR")
    context, phrases, learned = _config_context(config_path)
    learned = learned and args.learned
    results = [_classify_file(path, context, phrases, learned) for path in args.files]
    if args.json:
        out: Any = results[0] if len(results) == 1 else results
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for data in results:
        if len(results) > 1:
            print(f"{data['file']}: ", end="")
        print(_line(data))
        if data["evidence"]:
            print("evidence: " + " | ".join(data["evidence"]))
        if data.get("unreadable"):
            print(f"unreadable: {data['unreadable']}", file=sys.stderr)
    return 0


def _classify_file(
    path: Path, context: Context, phrases: Phrases = (), learned: bool = True
) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CuikuanError(f"cannot read {path}: {exc.strerror or exc}") from exc
    mail = parse_message(raw)
    tz, known = context(mail.from_addr)
    data = classify(mail, tz=tz, known_sender=known, phrases=phrases, learned=learned).to_json()
    data["file"] = str(path)
    data["message_id"] = mail.message_id
    data["from"] = mail.from_addr
    data["subject"] = mail.subject
    if mail.unreadable:
        data["unreadable"] = mail.reason
    return data


def _line(data: dict[str, Any]) -> str:
    parts: list[str] = [data["kind"]]
    if data["promised_date"]:
        parts.append(f"promised {data['promised_date']}")
    if data["return_date"]:
        parts.append(f"back {data['return_date']}")
    bounce = data["bounce"]
    if bounce is not None:
        state = "permanent" if bounce["permanent"] else "delayed"
        parts.append(f"{state} {bounce['status'] or ''} {', '.join(bounce['recipients'])}")
    parts.append(f"rule={data['rule'] or '-'}")
    return "  ".join(p.strip() for p in parts if p.strip())
