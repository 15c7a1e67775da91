"""``cuikuan doctor``: check everything the daemon needs, before it needs it.

A daemon that finds a wrong password at 09:00 on the day a demand letter is due has failed
its user. ``doctor`` runs every check once, right now, and prints one line per check::

    OK    config /etc/cuikuan/config.yaml: 2 clients, 2 contracts, 6 milestones
    FAIL  SMTP login as ar@example.cn at smtp.example.cn:587 refused  — check the password ...

Nothing is sent and nothing chased: SMTP is checked up to a login and QUIT, IMAP up to
selecting the folders (a missing processed/unmatched folder is created, as the daemon would
on first use). The exit code is 1 when any check fails. The IMAP checks talk to the server
directly, step by step, rather than through :class:`daemon.inbox.imap.ImapSource`, which
folds every failure into one :class:`~daemon.errors.InboxError`: here each step is its own
line, so the user knows which one to fix.
"""

from __future__ import annotations

import argparse
import contextlib
import imaplib
import logging
import smtplib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from imapclient.imapclient import SENT

from daemon.chase.engine import consolidated_spec
from daemon.cli.args import AddCommand
from daemon.cli.preview import planned_for
from daemon.clock import SystemClock
from daemon.config.loader import load_config
from daemon.config.records import Config, ImapSettings, SmtpSettings
from daemon.config.secrets import credential_name, read_secret
from daemon.domain.consolidation import Consolidated
from daemon.domain.stages import STAGES
from daemon.domain.stages import stage as stage_info
from daemon.domain.state import StateView
from daemon.errors import ConfigError, CuikuanError, StoreError, TemporaryTransportError
from daemon.inbox.imap_client import open_client
from daemon.mail.compose import compose
from daemon.mail.consolidated import TEMPLATE as CONSOLIDATED
from daemon.mail.formatting import LOCALES
from daemon.mail.rendering import Renderer
from daemon.outbox.transports.smtp import SmtpAuthError, SmtpTransport
from daemon.service.layout import state_path
from daemon.storage.damage import existing_generations
from daemon.storage.store import Store

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Check:
    """The outcome of one check: what was checked and, when it failed, how to fix it."""

    ok: bool
    what: str
    fix: str = ""

    def line(self) -> str:
        text = f"{'OK' if self.ok else 'FAIL':<4}  {self.what}"
        return f"{text}  — {self.fix}" if self.fix else text


def run_checks(config_path: Path, now: datetime) -> list[Check]:
    """Every check, in order; stops after the config when the config does not load."""
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        return [
            Check(False, f"config {issue}", "fix it, then run `cuikuan check`")
            for issue in exc.issues
        ]
    checks = [Check(True, f"config {config_path}: {_summary(config)}")]
    state, state_checks = _check_data_dir(config)
    checks += state_checks
    checks += _check_templates(config, state, now)
    checks += _check_consolidated(config, state, now)
    if config.settings.mail.transport == "smtp":
        checks += _check_smtp(config)
    if config.settings.mail.imap is not None:
        checks += _check_imap(config.settings.mail.imap)
    return checks


# -- files ----------------------------------------------------------------------------


def _summary(config: Config) -> str:
    contracts = [k for c in config.clients for k in c.contracts]
    milestones = sum(len(k.milestones) for k in contracts)
    return f"{len(config.clients)} clients, {len(contracts)} contracts, {milestones} milestones"


def _check_data_dir(config: Config) -> tuple[StateView, list[Check]]:
    data_dir = config.settings.data_dir
    folders = [("data_dir", data_dir)]
    if config.settings.mail.transport == "maildir":
        folders.append(("maildir outbox", config.settings.mail.maildir.outbox))
    checks = [_writable(name, folder) for name, folder in folders]
    path = state_path(config)
    if not existing_generations(path):
        checks.append(Check(True, f"state {path}: none yet (the first run creates it)"))
        return StateView(), checks
    try:
        store = Store(path, read_only=True)
        try:
            state = store.snapshot()
        finally:
            store.close()
    except (StoreError, OSError, ValueError) as exc:
        fix = "stop the daemon and run `cuikuan recover` (it keeps every file it replaces)"
        return StateView(), [*checks, Check(False, f"state {path} unreadable: {exc}", fix)]
    return state, [*checks, Check(True, f"state {path} readable")]


def _writable(name: str, folder: Path) -> Check:
    fix = (
        f"create it and give it to the user the daemon runs as (chown -R cuikuan: {folder}), "
        f"or set settings.{'data_dir' if name == 'data_dir' else 'mail.maildir.outbox'} to a "
        "writable folder (as a service: /var/lib/cuikuan)"
    )
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent  # the daemon creates missing folders under this one
    try:
        with tempfile.NamedTemporaryFile(dir=existing, prefix=".cuikuan-doctor-"):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return Check(False, f"{name} {folder} is not writable ({reason})", fix)
    note = "" if existing == folder else f" (will be created in {existing})"
    return Check(True, f"{name} {folder} writable{note}")


# -- templates ------------------------------------------------------------------------


def _check_consolidated(config: Config, state: StateView, now: datetime) -> list[Check]:
    """Render the one email per client (issue 13.2) in every language, as the engine would,
    for the first client with two payments (none: nothing to check)."""
    sample = next(
        (
            (client, [(k.id, m.id) for k in client.contracts for m in k.milestones][:2])
            for client in config.clients
            if sum(len(k.milestones) for k in client.contracts) >= 2
        ),
        None,
    )
    if sample is None:
        return []
    client, pairs = sample
    renderer = Renderer.for_config(config)
    failures: list[Check] = []
    for language in sorted(LOCALES):
        try:
            emails = tuple(
                replace(planned_for(config, state, c, m, "reminder", 1, now), language=language)
                for c, m in pairs
            )
            if not all(e.to for e in emails):
                return []
            spec = consolidated_spec(config, Consolidated(emails), state, now)
            renderer.render_named(language, spec.template, spec.context, spec.attachments)
        except CuikuanError as exc:
            what = f"template {language}/{CONSOLIDATED} for client {client.id}: {exc}"
            fix = (
                "edit that file (overrides live in settings.templates_dir), then "
                f"`cuikuan preview {client.id} - {CONSOLIDATED}`"
            )
            failures.append(Check(False, what, fix))
    if failures:
        return failures
    return [Check(True, f"templates: the consolidated email renders for client {client.id}")]


def _check_templates(config: Config, state: StateView, now: datetime) -> list[Check]:
    """Render every stage in every language for the first contract, as the engine would."""
    first = next(((c, k) for c in config.clients for k in c.contracts), None)
    if first is None:
        return [Check(True, "templates: no contract in the config, nothing to render")]
    _client, contract = first
    milestone = contract.milestones[0].id
    renderer = Renderer.for_config(config)
    failures: list[Check] = []
    rendered = 0
    for language in sorted(LOCALES):
        for stage in STAGES:
            ms = None if stage_info(stage).contract_level else milestone
            try:
                planned = planned_for(config, state, contract.id, ms, stage, 1, now)
                if not planned.to:  # e.g. legal without settings.legal: never sent
                    continue
                planned = replace(planned, language=language)
                rendered_ = renderer.render(config, planned, state, now)
                compose(config, planned, rendered_, now, message_key=state.message_key)
            except CuikuanError as exc:
                what = f"template {language}/{stage} for {contract.id}: {exc}"
                fix = (
                    "edit that file (overrides live in settings.templates_dir), then "
                    f"`cuikuan preview {contract.id} {ms or '-'} {stage}`"
                )
                failures.append(Check(False, what, fix))
            else:
                rendered += 1
    if failures:
        return failures
    return [Check(True, f"templates: {rendered} emails rendered for contract {contract.id}")]


# -- SMTP -----------------------------------------------------------------------------


def _password_hint(env: str | None, file: Path | None, name: str) -> str:
    if file is not None:
        return f"check the password in {file} (password_file)"
    env = env or name
    return (
        f"check the password in ${env}, in the systemd credential {credential_name(env)} "
        f"(/etc/cuikuan/credentials/{credential_name(env).removeprefix('cuikuan_')}), "
        "or set password_file"
    )


def _secret(
    env: str | None, file: Path | None, what: str, default_env: str
) -> tuple[str | None, Check | None]:
    try:
        return read_secret(env, file, what), None
    except ConfigError as exc:
        return None, Check(
            False, f"{what}: {exc.issues[0]}", _password_hint(env, file, default_env)
        )


def _check_smtp(config: Config) -> list[Check]:
    s: SmtpSettings | None = config.settings.mail.smtp
    if s is None:  # the config loader requires it with transport smtp; be safe anyway
        return [Check(False, "SMTP: transport is smtp but mail.smtp is missing", "add mail.smtp")]
    where = f"{s.host}:{s.port}"
    password, failed = _secret(
        s.password_env, s.password_file, "SMTP password", "CUIKUAN_SMTP_PASSWORD"
    )
    if failed:
        return [failed]
    if s.username and password is None:
        return [
            Check(
                False,
                f"SMTP password for {s.username} at {where}: not set",
                _password_hint(s.password_env, s.password_file, "CUIKUAN_SMTP_PASSWORD"),
            )
        ]
    transport = SmtpTransport(s, password)
    try:
        conn = transport._connect()  # connect, EHLO, STARTTLS/SSL, login: no mail
    except SmtpAuthError as exc:
        return [
            Check(
                False,
                f"SMTP login as {s.username} at {where} refused: {exc}",
                _password_hint(s.password_env, s.password_file, "CUIKUAN_SMTP_PASSWORD"),
            )
        ]
    except TemporaryTransportError as exc:
        return [
            Check(
                False,
                f"SMTP server {where}: {exc}",
                "is the server up and reachable? check mail.smtp host, port and security "
                "(587: starttls, 465: ssl)",
            )
        ]
    with contextlib.suppress(smtplib.SMTPException, OSError):
        conn.quit()
    who = f"logged in as {s.username}" if s.username else "no login configured"
    return [Check(True, f"SMTP {where} ({s.security}): {who}")]


# -- IMAP -----------------------------------------------------------------------------


def _check_imap(s: ImapSettings) -> list[Check]:
    where = f"{s.host}:{s.port}"
    password, failed = _secret(
        s.password_env, s.password_file, "IMAP password", "CUIKUAN_IMAP_PASSWORD"
    )
    if failed:
        return [failed]
    hint = _password_hint(s.password_env, s.password_file, "CUIKUAN_IMAP_PASSWORD")
    if password is None:
        return [Check(False, f"IMAP password for {s.username} at {where}: not set", hint)]
    try:
        with _imap_session(s, password) as client:
            checks = [Check(True, f"IMAP {where} ({s.security}): logged in as {s.username}")]
            checks += _check_folders(client, s)
            return checks
    except LoginError:
        return [Check(False, f"IMAP login as {s.username} at {where} refused", hint)]
    except (OSError, imaplib.IMAP4.error) as exc:
        return [
            Check(
                False,
                f"IMAP server {where}: {type(exc).__name__}: {exc}",
                "is the server up and reachable? check mail.imap host, port and security "
                "(993: ssl, 143: starttls)",
            )
        ]


@contextlib.contextmanager
def _imap_session(s: ImapSettings, password: str) -> Iterator[IMAPClient]:
    client = open_client(s, password)
    try:
        yield client
    finally:
        try:
            client.logout()
        except (OSError, imaplib.IMAP4.error):
            with contextlib.suppress(OSError, imaplib.IMAP4.error):
                client.shutdown()


def _check_folders(client: IMAPClient, s: ImapSettings) -> list[Check]:
    delimiter = next((d for _f, d, _n in client.list_folders("", "") if d), b"/")
    sep = delimiter.decode() if isinstance(delimiter, bytes) else str(delimiter)

    def server_name(logical: str) -> str:
        return sep.join(logical.split("/"))

    checks: list[Check] = []
    names = sorted(str(name) for _f, _d, name in client.list_folders())
    try:
        info = client.select_folder(server_name(s.mailbox), readonly=True)
        count = int(info.get(b"EXISTS", 0))
        checks.append(Check(True, f"IMAP mailbox {s.mailbox}: {count} message(s)"))
    except imaplib.IMAP4.error as exc:
        fix = f"set mail.imap.mailbox to one of: {', '.join(names)}"
        checks.append(Check(False, f"IMAP mailbox {s.mailbox} cannot be selected: {exc}", fix))
    if s.after_processing == "move":
        for key, logical in (
            ("processed_folder", s.processed_folder),
            ("unmatched_folder", s.unmatched_folder),
        ):
            checks.append(_ensure_folder(client, server_name(logical), key))
    sent = server_name(s.sent_folder)
    if client.folder_exists(sent):
        checks.append(Check(True, f"IMAP Sent folder {s.sent_folder} exists"))
    else:
        special = client.find_special_folder(SENT)
        if special:
            checks.append(Check(True, f"IMAP Sent folder: {special} (marked \\Sent)"))
        else:
            fix = f"set mail.imap.sent_folder to one of: {', '.join(names)}"
            checks.append(Check(False, f"IMAP Sent folder {s.sent_folder} not found", fix))
    return checks


def _ensure_folder(client: IMAPClient, name: str, key: str) -> Check:
    if client.folder_exists(name):
        return Check(True, f"IMAP folder {name} ({key}) exists")
    try:
        client.create_folder(name)
        client.subscribe_folder(name)
    except imaplib.IMAP4.error as exc:
        fix = f"create it by hand, or set mail.imap.{key} to a folder that may be created"
        return Check(False, f"IMAP folder {name} ({key}) cannot be created: {exc}", fix)
    return Check(True, f"IMAP folder {name} ({key}) created")


# -- the command ----------------------------------------------------------------------


def register(add_command: AddCommand) -> None:
    """Add ``cuikuan doctor`` to the command line."""
    parser = add_command(
        "doctor",
        "check config, templates, data folder, SMTP and IMAP logins; send nothing",
        "cuikuan doctor --config /etc/cuikuan/config.yaml",
    )
    parser.set_defaults(handler=cmd_doctor)


def cmd_doctor(args: argparse.Namespace, config_path: Path) -> int:
    checks = run_checks(config_path, SystemClock().now())
    for check in checks:
        print(check.line())
    failed = sum(not c.ok for c in checks)
    print(f"{len(checks) - failed} OK, {failed} FAIL")
    return 1 if failed else 0
