"""``cuikuan bank import FILE`` and ``cuikuan bank list [--unmatched] [--json]``.

Thin. ``import`` reads and checks the whole statement first (a row it cannot read is
one error line naming the file, the row and the reason; nothing is applied), then
applies it (:func:`daemon.bank.apply.import_statement`); while the daemon runs (it holds
the state) the checked file is put in the watched folder instead, and the daemon imports
it on its next cycle. ``list`` reads the state read-only, beside a running daemon.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from daemon.cli.args import AddCommand, now_arg

JSON_KEYS = (
    "id",
    "booked",
    "amount",
    "currency",
    "payer",
    "account",
    "memo",
    "bank_ref",
    "source",
    "row",
    "imported_at",
    "outcome",
    "contract",
    "milestone",
    "reason",
    "candidates",
)
"""The keys of ``cuikuan bank list --json`` rows: an interface, documented in README."""


def register(add_command: AddCommand) -> None:
    p = add_command(
        "bank",
        "bank statements: import one (CSV, Excel, MT940, CAMT.053, OFX) or list the credits "
        "and what they paid",
        "cuikuan bank import ~/Downloads/交易明细.xlsx ; cuikuan bank list --unmatched",
    )
    sub = p.add_subparsers(dest="bank_command", required=True, metavar="import|list")
    imp = sub.add_parser(
        "import",
        help="read a statement and apply its new credits",
        description="Example: cuikuan bank import 交易明细.csv",
    )
    imp.add_argument("file", type=Path, help="the statement file")
    _config_option(imp)
    imp.add_argument("--now", type=now_arg, default=None, help="as of this time (ISO 8601)")
    imp.set_defaults(handler=cmd_import)
    lst = sub.add_parser(
        "list",
        help="the credits imported and what each paid",
        description="Example: cuikuan bank list --unmatched --json",
    )
    lst.add_argument(
        "--unmatched", action="store_true", help="only credits waiting for the PM's decision"
    )
    lst.add_argument("--json", action="store_true", help="print a JSON list")
    _config_option(lst)
    lst.set_defaults(handler=cmd_list)


def _config_option(parser: argparse.ArgumentParser) -> None:
    """``--config`` after the subcommand too (``bank import FILE --config X``)."""
    parser.add_argument("--config", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def cmd_import(args: argparse.Namespace, config_path: Path) -> int:
    from daemon.bank.apply import import_statement
    from daemon.bank.folder import bank_folders
    from daemon.bank.formats import read_statement
    from daemon.clock import SystemClock
    from daemon.config.loader import load_config
    from daemon.errors import CuikuanError
    from daemon.service.layout import state_path
    from daemon.storage.atomic import atomic_write
    from daemon.storage.lock import StateLockedError
    from daemon.storage.store import Store

    config = load_config(config_path)
    now = args.now or SystemClock().now()
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise CuikuanError(f"{args.file}: cannot read it: {exc.strerror or exc}") from None
    credits = read_statement(data, args.file.name, config.settings.bank)  # checks it all
    try:
        store = Store(state_path(config))
    except StateLockedError:
        incoming = bank_folders(config).incoming
        incoming.mkdir(parents=True, exist_ok=True)
        target = incoming / args.file.name
        atomic_write(target, data)
        print(
            f"{args.file}: {len(credits)} credit(s) read; the daemon is running, so it is "
            f"queued as {target} and applied on the daemon's next cycle"
        )
        return 0
    with store:
        result = import_statement(store, config, data, args.file.name, now)
    print(result.summary())
    for credit, verdict in result.new:
        chosen = verdict.chosen
        what = chosen.key if chosen else f"{verdict.reason}: see `cuikuan todo`"
        print(
            f"  {credit.booked}  {credit.amount:>14,} {credit.currency}  "
            f"{credit.payer or '?'}  {verdict.outcome}  {what}"
        )
    return 0


def rows(store: Any) -> list[dict[str, Any]]:
    """Every stored credit with its latest outcome (keys: :data:`JSON_KEYS`)."""
    from daemon.bank.apply import outcomes

    latest = outcomes(store)
    out = []
    for doc in store.bank_credits():
        event = latest.get(doc["id"])
        row = {key: doc.get(key) for key in JSON_KEYS[:11]}
        row.update(
            outcome=event.outcome if event else "new",
            contract=event.contract if event else None,
            milestone=event.milestone if event else None,
            reason=event.reason if event else "",
            candidates=list(event.candidates) if event else [],
        )
        out.append(row)
    return out


def cmd_list(args: argparse.Namespace, config_path: Path) -> int:
    from daemon.config.loader import load_config
    from daemon.service.layout import state_path
    from daemon.storage.damage import existing_generations
    from daemon.storage.store import Store

    config = load_config(config_path)
    path = state_path(config)
    found: list[dict[str, Any]] = []
    if existing_generations(path):
        with Store(path, read_only=True) as store:
            found = rows(store)
    if args.unmatched:
        found = [r for r in found if r["outcome"] in ("review", "new")]
    if args.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("no credits" + (" waiting for a decision" if args.unmatched else " imported yet"))
        return 0
    for r in found:
        if r["contract"]:
            what = f"{r['contract']}/{r['milestone']}"
        else:
            what = r["reason"] + (f" ({', '.join(r['candidates'])})" if r["candidates"] else "")
        print(
            f"{r['booked']}  {r['amount']:>14} {r['currency']}  {r['payer'] or '?'}  "
            f"[{r['id']}]  {r['outcome']}  {what}"
        )
    return 0
