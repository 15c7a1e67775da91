"""``cuikuan statement CLIENT``: a client's statement of account (对账单), sending nothing.

Thin: reads the state read-only (works beside a running daemon), builds the statement
with :mod:`daemon.reports.statement` as of ``--as-of`` (default: today in the client's
timezone; the period is that day's month up to it), and prints the email's text, its
HTML or the attached CSV (UTF-8 with BOM), or writes it to ``--out``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from daemon.cli.args import AddCommand, date_arg, now_arg
from daemon.clock import SystemClock
from daemon.config.loader import load_config
from daemon.config.records import Config
from daemon.domain import resolve
from daemon.domain.emails import message_id
from daemon.domain.state import StateView
from daemon.errors import CuikuanError
from daemon.mail.compose import compose_message
from daemon.mail.rendering import RenderedEmail, Renderer
from daemon.reports.statement import Statement, build_statement, month_period
from daemon.reports.statement_mail import statement_key, statement_spec
from daemon.reports.statement_render import to_csv
from daemon.service.layout import state_path
from daemon.storage.atomic import atomic_write
from daemon.storage.damage import existing_generations
from daemon.storage.read_only import read_state
from daemon.storage.store import Store

FORMATS = ("text", "html", "csv")


def register(add_command: AddCommand) -> None:
    p = add_command(
        "statement",
        "a client's statement of account (对账单): open items, payments of the month, CSV",
        "cuikuan statement hz-shuju --as-of 2026-11-30 --format csv --out 对账单.csv",
    )
    p.add_argument("client", help="client id")
    p.add_argument(
        "--as-of",
        type=date_arg,
        default=None,
        help="the statement as of this day (YYYY-MM-DD; the period is its month up to it)",
    )
    p.add_argument("--now", type=now_arg, default=None, help="what 'today' is (ISO 8601)")
    p.add_argument("--format", choices=FORMATS, default="text", help="default: text")
    p.add_argument("--out", type=Path, default=None, help="write to this file, not stdout")
    p.set_defaults(handler=cmd_statement)


def load_statement(config: Config, client_id: str, start: date, end: date) -> Statement:
    """The statement from the stored state and history (read-only); CuikuanError if the
    client is unknown."""
    path = state_path(config)
    state, events = StateView(), []
    if existing_generations(path):
        with Store(path, read_only=True) as store:
            state, events = store.snapshot(), store.events()
    try:
        return build_statement(config, state, events, client_id, start, end)
    except KeyError:
        known = ", ".join(c.id for c in config.clients) or "none"
        raise CuikuanError(f"no client {client_id!r} in the config (clients: {known})") from None


def render_statement(config: Config, statement: Statement, now: datetime) -> RenderedEmail:
    """The email the client gets, rendered (the CSV attached)."""
    spec = statement_spec(config, statement, statement_key(statement.client.id, statement.end), now)
    if spec is None:  # statement_spec only refuses when contacts bounced: none are passed here
        raise CuikuanError(f"client {statement.client.id} has no contact to write to")
    renderer = Renderer.for_config(config)
    return renderer.render_named(spec.language, spec.template, spec.context, files=spec.files)


def preview_statement(config: Config, client_id: str, now: datetime, *, html: bool) -> str:
    """``cuikuan preview CLIENT - statement``: headers and a body part of the statement the
    client gets for the month before ``now``'s month."""
    client = next((c for c in config.clients if c.id == client_id), None)
    if client is None:
        raise CuikuanError(f"no client {client_id!r} in the config")
    today = now.astimezone(resolve.client_timezone(config.settings, client)).date()
    end = today.replace(day=1) - timedelta(days=1)
    statement = load_statement(config, client_id, end.replace(day=1), end)
    rendered = render_statement(config, statement, now)
    key = statement_key(client_id, end)
    secret = read_state(config).message_key
    message = compose_message(
        config,
        to=[p.email for p in client.contacts.to],
        cc=[p.email for p in client.contacts.cc],
        rendered=rendered,
        message_id=message_id(key, resolve.message_id_domain(config), secret),
        now=now,
    )
    lines = [
        f"{n}: {message[n]}" for n in ("From", "To", "Cc", "Subject", "Message-ID") if message[n]
    ]
    lines += [f"Attachment: {f.filename}" for f in rendered.files]
    return "\n".join([*lines, "", rendered.html if html else rendered.text])


def cmd_statement(args: argparse.Namespace, config_path: Path) -> int:
    config = load_config(config_path)
    now = args.now or SystemClock().now()
    client = next((c for c in config.clients if c.id == args.client), None)
    tz = resolve.client_timezone(config.settings, client) if client else None
    day = args.as_of or now.astimezone(tz).date()
    statement = load_statement(config, args.client, *month_period(day))
    if args.format == "csv":
        data = to_csv(statement)
    else:
        rendered = render_statement(config, statement, now)
        data = (rendered.text if args.format == "text" else rendered.html).encode("utf-8")
    if args.out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(args.out, data)
        print(f"{args.out}: statement of {args.client} as of {day}", file=sys.stderr)
    return 0
