"""Load ``config.yaml`` (and every file in ``settings.clients_dir``) into a :class:`Config`.

A project manager edits these files by hand, so every mistake must come back at once, each
as ``file:line: field.path: plain message`` (:class:`~daemon.errors.ConfigIssue`), and no
input may end in a traceback. Loading is three steps:

1. :mod:`daemon.config.yamlsafe` parses each file safely and records the line of every value;
2. pydantic (:mod:`daemon.config.schema`) checks the settings and each client separately, so an
   error in one client does not hide the errors of the others, and its errors are
   translated into plain sentences located by line;
3. checks that span fields: unique ids, milestones adding up to the contract total,
   ``due_after`` events that exist, invoice files that exist, known holiday calendars.

Paths: the returned config is self-contained. ``Config.base_dir`` is the main file's folder
(absolute); every path in ``settings`` (data_dir, templates_dir, clients_dir, the maildir
folders, password files) is made absolute against it, and every milestone ``invoice`` is
made absolute against the folder of the YAML file that names it. No caller needs to know
where the config file was.

Example::

    config = load_config(Path("config.yaml"))   # raises ConfigError listing every issue
"""

from __future__ import annotations

import difflib
import functools
import logging
import os
import types
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

from holidays.registry import EntityLoader
from pydantic import BaseModel, ValidationError

from daemon.config.money_terms import PayNow
from daemon.config.schema import Client, Config, Contract, Milestone, Settings
from daemon.config.yamlsafe import YamlDocument, YamlPath, format_path, read_yaml
from daemon.domain.resolve import effective_policy
from daemon.errors import ConfigError, ConfigIssue
from daemon.mail.parts import image_problem

logger = logging.getLogger(__name__)

CLIENT_FILE_SUFFIXES = (".yaml", ".yml")
_CENT = Decimal("0.01")
_M = TypeVar("_M", bound=BaseModel)


@dataclass(frozen=True)
class _Entry:
    """A client that passed pydantic, with where it came from."""

    client: Client
    doc: YamlDocument
    index: int
    folder: Path


class _Issues(list[ConfigIssue]):
    def add(self, doc: YamlDocument, path: YamlPath, message: str) -> None:
        self.append(ConfigIssue(doc.file, doc.line_of(path), format_path(path), message))


def load_config(path: Path) -> Config:
    """Load and check the config at ``path``; raise :class:`ConfigError` with every issue."""
    path = Path(path)
    shown = str(path)
    base_dir = Path(os.path.abspath(path)).parent
    issues = _Issues()
    main = _read(path, shown, issues)
    if main is None:
        raise ConfigError(issues)
    if main.data is None:
        issues.add(main, (), "is empty; it needs settings: and clients: (see the shipped one)")
        raise ConfigError(issues)
    if not isinstance(main.data, dict):
        issues.add(main, (), "must be a mapping with settings: and clients: at the top level")
        raise ConfigError(issues)
    _check_top_keys(main, ("settings", "clients"), issues)
    settings: Settings | None = None
    if "settings" not in main.data:
        issues.add(main, ("settings",), "is required")
    else:
        settings = _validate(Settings, main.data["settings"], main, ("settings",), issues)
    entries = _clients(main, base_dir, issues)
    if settings is not None:
        settings = _resolve_settings(settings, base_dir)
        _check_settings(settings, main, issues)
    raw_dir = _raw_clients_dir(main.data)
    if raw_dir is not None:
        entries += _clients_dir_entries(main, raw_dir, _absolute(raw_dir, base_dir), issues)
    clients = _cross_check(settings, entries, issues)
    if issues or settings is None:
        raise ConfigError(issues)
    logger.debug("loaded config %s: %d clients", shown, len(clients))
    return Config(settings=settings, clients=clients, base_dir=base_dir)


def _clients_dir_entries(
    main: YamlDocument, raw_dir: Path, folder: Path, issues: _Issues
) -> list[_Entry]:
    """Clients of every file in clients_dir (even when the settings have other errors)."""
    if not folder.is_dir():
        issues.add(main, ("settings", "clients_dir"), f"folder not found (looked for {folder})")
        return []
    shown_dir = Path(main.file).parent / _expand(raw_dir)
    entries: list[_Entry] = []
    for file in _client_files(folder):
        doc = _read(file, str(shown_dir / file.name), issues)
        if doc is not None and _check_clients_file(doc, issues):
            entries += _clients(doc, file.parent, issues)
    return entries


def watched_files(path: Path) -> list[Path]:
    """The files whose edits change the config: the main file and each clients_dir file."""
    path = Path(path)
    clients_dir = _clients_dir_of(path)
    return [path, *(_client_files(clients_dir) if clients_dir is not None else [])]


def config_fingerprint(path: Path) -> tuple[tuple[str, int | None, int | None], ...]:
    """Names, mtimes and sizes of :func:`watched_files`: cheap, changes when a file does."""
    prints: list[tuple[str, int | None, int | None]] = []
    for file in watched_files(path):
        try:
            stat = file.stat()
        except OSError:
            prints.append((str(file), None, None))
        else:
            prints.append((str(file), stat.st_mtime_ns, stat.st_size))
    return tuple(prints)


def _clients_dir_of(path: Path) -> Path | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return _cached_clients_dir(os.path.abspath(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _cached_clients_dir(path: str, mtime_ns: int, size: int) -> Path | None:
    """clients_dir of the main file, re-read only when the file's stat changes."""
    try:
        data = read_yaml(Path(path)).data
    except ConfigError:
        return None
    raw = _raw_clients_dir(data)
    return None if raw is None else _absolute(raw, Path(path).parent)


def _raw_clients_dir(data: Any) -> Path | None:
    """settings.clients_dir as written, read without validating the rest of the settings."""
    settings = data.get("settings") if isinstance(data, dict) else None
    raw = settings.get("clients_dir") if isinstance(settings, dict) else None
    return Path(raw) if isinstance(raw, str) and raw else None


def _client_files(folder: Path) -> list[Path]:
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    files = [folder / n for n in names if n.endswith(CLIENT_FILE_SUFFIXES) and n[0] != "."]
    return [f for f in files if f.is_file()]


def _expand(path: Path) -> Path:
    try:
        return path.expanduser()
    except RuntimeError:  # no home directory (e.g. a service without HOME): keep it as is
        return path


def _absolute(path: Path, base: Path) -> Path:
    path = _expand(path)
    return Path(os.path.normpath(path if path.is_absolute() else base / path))


def _read(path: Path, shown: str, issues: _Issues) -> YamlDocument | None:
    try:
        return read_yaml(path, shown)
    except ConfigError as exc:
        issues.extend(exc.issues)
        return None


def _check_top_keys(doc: YamlDocument, allowed: tuple[str, ...], issues: _Issues) -> None:
    for key in doc.data:
        if key not in allowed:
            message = _unknown_key(key, list(allowed))
            issues.append(ConfigIssue(doc.file, doc.line_of((key,)), "", message))


def _check_clients_file(doc: YamlDocument, issues: _Issues) -> bool:
    if not isinstance(doc.data, dict) or "clients" not in doc.data:
        issues.add(doc, (), "must be a mapping with a clients: list at the top level")
        return False
    _check_top_keys(doc, ("clients",), issues)
    return True


def _clients(doc: YamlDocument, folder: Path, issues: _Issues) -> list[_Entry]:
    raw = doc.data.get("clients")
    if raw is None:
        return []
    if not isinstance(raw, list):
        issues.add(doc, ("clients",), "must be a list of clients (lines starting with '- ')")
        return []
    entries = []
    located = doc.without_data()  # the raw values are not needed once validated
    for index, item in enumerate(raw):
        client = _validate(Client, item, doc, ("clients", index), issues)
        if client is not None:
            entries.append(_Entry(client, located, index, folder))
    return entries


def _validate(
    model: type[_M], value: Any, doc: YamlDocument, prefix: YamlPath, issues: _Issues
) -> _M | None:
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        for error in exc.errors():
            issues.append(_translate(error, model, doc, prefix))
        return None


def _translate(
    error: Any, model: type[BaseModel], doc: YamlDocument, prefix: YamlPath
) -> ConfigIssue:
    """One pydantic error as a ConfigIssue located by line."""
    loc: YamlPath = tuple(error["loc"])
    if loc and loc[-1] == "[key]":
        loc = loc[:-1]
    full = prefix + loc
    if error["type"] == "extra_forbidden":
        message = _unknown_key(str(loc[-1]), _field_names(model, loc[:-1]))
        return ConfigIssue(doc.file, doc.line_of(full), format_path(full[:-1]), message)
    if error["type"] == "missing":
        return ConfigIssue(doc.file, doc.line_of(full[:-1]), format_path(full), "is required")
    return ConfigIssue(doc.file, doc.line_of(full), format_path(full), error_message(error))


def _unknown_key(key: str, names: list[str]) -> str:
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    if close:
        return f"unknown key {key!r} (did you mean {close[0]!r}?)"
    if names:
        return f"unknown key {key!r} (expected one of: {', '.join(names)})"
    return f"unknown key {key!r}"


def _field_names(model: type[BaseModel], loc: YamlPath) -> list[str]:
    """Keys accepted by the model found at ``loc`` under ``model`` (for suggestions)."""
    annotation: Any = model
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            fields = {f.alias or n: f for n, f in annotation.model_fields.items()}
            if part not in fields:
                return []
            annotation = fields[str(part)].annotation
        elif get_origin(annotation) in (list, dict):
            annotation = get_args(annotation)[-1]
        else:
            return []
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [f.alias or n for n, f in annotation.model_fields.items()]
    return []


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation
            annotation = args[0]
        else:
            return annotation


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return text if text and text.isprintable() and " " not in text else repr(text)


_MESSAGES = {
    "date": "{v} is not a date (use YYYY-MM-DD)",
    "time": "{v} is not a time of day (use HH:MM, like 09:00)",
    "decimal": "{v} is not a number",
    "float": "{v} is not a number",
    "int": "{v} is not a whole number",
    "bool": "{v} must be true or false",
    "string": "must be text, not {v} (put it in quotes)",
    "model": "must be a mapping of keys and values, not {v}",
    "dict": "must be a mapping of keys and values, not {v}",
    "list": "must be a list (lines starting with '- '), not {v}",
    "path": "must be a file path, not {v}",
}
_BOUNDS = {
    "greater_than_equal": ("ge", "at least"),
    "greater_than": ("gt", "more than"),
    "less_than_equal": ("le", "at most"),
    "less_than": ("lt", "less than"),
}


def error_message(error: Any) -> str:
    """A plain sentence for one pydantic error (without location)."""
    kind, value, ctx = error["type"], error.get("input"), error.get("ctx") or {}
    if kind in ("value_error", "assertion_error") and "error" in ctx:
        return str(ctx["error"])
    if value is None:
        return "is empty; give a value"
    shown = _shown(value)
    if kind in _BOUNDS:
        key, words = _BOUNDS[kind]
        return f"must be {words} {ctx.get(key)} (got {shown})"
    if kind == "decimal_max_places":
        return f"{shown} has more than {ctx.get('decimal_places')} decimal places"
    if kind == "literal_error":
        return f"{shown} must be {ctx.get('expected')}"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} entry"
    if kind == "int_from_float":
        return f"{shown} is not a whole number"
    prefix = kind.split("_", 1)[0]
    if prefix in _MESSAGES:
        return _MESSAGES[prefix].format(v=shown)
    return str(error["msg"])


def _resolve_settings(settings: Settings, base: Path) -> Settings:
    """Settings with every path made absolute against ``base``."""

    def absolute(model: BaseModel, *names: str) -> dict[str, Any]:
        paths = {name: getattr(model, name) for name in names}
        return {name: _absolute(p, base) for name, p in paths.items() if p is not None}

    mail = settings.mail
    maildir = mail.maildir.model_copy(update=absolute(mail.maildir, "outbox", "inbox"))
    servers = {
        name: server.model_copy(update=absolute(server, "password_file"))
        for name in ("smtp", "imap")
        if (server := getattr(mail, name)) is not None
    }
    update = absolute(settings, "data_dir", "templates_dir", "clients_dir")
    if (pay_now := settings.pay_now) is not None:
        update["pay_now"] = pay_now.model_copy(update=absolute(pay_now, "qr_image"))
    update["mail"] = mail.model_copy(update={"maildir": maildir, **servers})
    return settings.model_copy(update=update)


def _check_settings(settings: Settings, doc: YamlDocument, issues: _Issues) -> None:
    problem = _calendar_problem(settings.calendar)
    if problem:
        issues.add(doc, ("settings", "calendar"), problem)
    folder = settings.templates_dir
    if folder is not None and not folder.is_dir():
        issues.add(doc, ("settings", "templates_dir"), f"folder not found (looked for {folder})")
    image = settings.pay_now.qr_image if settings.pay_now is not None else None
    if image is not None and (problem := image_problem(image)) is not None:
        issues.add(doc, ("settings", "pay_now", "qr_image"), problem)


@functools.cache
def _calendars() -> frozenset[str]:
    # The registry's codes, not holidays.list_supported_countries(): that one imports all
    # 250 country modules (0.1 s of every `cuikuan check`) to list their subdivisions.
    return frozenset(EntityLoader.get_country_codes())


def _calendar_problem(code: str) -> str | None:
    if code in _calendars():
        return None
    hint = f"did you mean {code.upper()!r}" if code.upper() in _calendars() else "like CN or GB"
    return f"{code!r} is not a holiday calendar the holidays package knows ({hint})"


def _cross_check(settings: Settings | None, entries: list[_Entry], issues: _Issues) -> list[Client]:
    """Checks spanning fields and files; returns the clients with absolute invoice paths."""
    first_client: dict[str, _Place] = {}
    first_contract: dict[str, _Place] = {}
    clients = []
    for entry in entries:
        where: YamlPath = ("clients", entry.index)
        client = entry.client
        _first_use(first_client, client.id, entry.doc, (*where, "id"), "client", issues)
        if client.calendar is not None and (problem := _calendar_problem(client.calendar)):
            issues.add(entry.doc, (*where, "calendar"), problem)
        contracts = []
        for number, contract in enumerate(client.contracts):
            at: YamlPath = (*where, "contracts", number)
            _first_use(first_contract, contract.id, entry.doc, (*at, "id"), "contract", issues)
            contracts.append(_check_contract(settings, contract, entry, at, issues))
        clients.append(client.model_copy(update={"contracts": contracts}))
    return clients


_Place = tuple[YamlDocument, YamlPath]
"""Where an id was first used; its line is looked up only if the id is used again."""


def _first_use(
    seen: dict[str, _Place], key: str, doc: YamlDocument, path: YamlPath, what: str, issues: _Issues
) -> None:
    if key in seen:
        first_doc, first_path = seen[key]
        first = f"{first_doc.file}:{first_doc.line_of(first_path)}"
        issues.add(doc, path, f"duplicate {what} id {key!r} (first used at {first})")
    else:
        seen[key] = (doc, path)


def _check_contract(
    settings: Settings | None, contract: Contract, entry: _Entry, at: YamlPath, issues: _Issues
) -> Contract:
    doc = entry.doc
    _check_sum(contract, doc, (*at, "milestones"), issues)
    if settings is not None and contract.policy is not None:
        try:
            effective_policy(settings, contract)
        except ValidationError as exc:
            reasons = "; ".join(error_message(e) for e in exc.errors())
            issues.add(doc, (*at, "policy"), f"together with settings.policy: {reasons}")
    rule = contract.acceptance
    if rule is not None:
        names = (("event", rule.event), ("after", rule.after))
        for field, name in names[: 2 if rule.deemed_after_days is not None else 1]:
            if name not in contract.events:
                message = _unknown_event(name, list(contract.events))
                issues.add(doc, (*at, "acceptance", field), message)
    seen: dict[str, _Place] = {}
    milestones = []
    for number, milestone in enumerate(contract.milestones):
        path: YamlPath = (*at, "milestones", number)
        _first_use(seen, milestone.id, doc, (*path, "id"), "milestone", issues)
        if milestone.due_after is not None and milestone.due_after.event not in contract.events:
            message = _unknown_event(milestone.due_after.event, list(contract.events))
            issues.add(doc, (*path, "due_after", "event"), message)
        milestones.append(_with_invoice(milestone, entry.folder, doc, path, issues))
    update: dict[str, Any] = {"milestones": milestones}
    if contract.pay_now is not None:
        update["pay_now"] = _with_qr_image(contract.pay_now, entry.folder, doc, at, issues)
    return contract.model_copy(update=update)


def _check_sum(contract: Contract, doc: YamlDocument, path: YamlPath, issues: _Issues) -> None:
    milestones = contract.milestones
    percents = [m.percent for m in milestones if m.percent is not None]
    if len(percents) == len(milestones):
        total_percent = sum(percents, Decimal(0))
        if total_percent != 100:
            issues.add(doc, path, f"percents add up to {_plain(total_percent)}%, must be 100%")
        return
    parts = [m.amount if m.amount is not None else contract.total * (m.percent or 0) / 100
             for m in milestones]  # fmt: skip
    exact = sum(parts, Decimal(0))
    if exact != contract.total:
        shown = exact.quantize(_CENT) if exact == exact.quantize(_CENT) else _plain(exact)
        currency = contract.currency
        message = f"milestone amounts add up to {shown} {currency}, but the contract total is"
        issues.add(doc, path, f"{message} {contract.total} {currency}")


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")


def _unknown_event(event: str, known: list[str]) -> str:
    close = difflib.get_close_matches(event, known, n=1, cutoff=0.6)
    message = f"unknown event {event!r}"
    if close:
        message += f" (did you mean {close[0]!r}?)"
    if known:
        return f"{message}; this contract's events are: {', '.join(known)}"
    return f"{message}; add it to the contract's events, e.g. events: {{{event}: null}}"


def _with_qr_image(
    pay_now: PayNow, folder: Path, doc: YamlDocument, at: YamlPath, issues: _Issues
) -> PayNow:
    """``pay_now`` with an absolute ``qr_image`` that is a PNG or JPEG (else an issue)."""
    if pay_now.qr_image is None:
        return pay_now
    image = _absolute(pay_now.qr_image, folder)
    if (problem := image_problem(image)) is not None:
        issues.add(doc, (*at, "pay_now", "qr_image"), problem)
    return pay_now.model_copy(update={"qr_image": image})


def _with_invoice(
    milestone: Milestone, folder: Path, doc: YamlDocument, path: YamlPath, issues: _Issues
) -> Milestone:
    if milestone.invoice is None:
        return milestone
    invoice = _absolute(milestone.invoice, folder)
    if invoice.is_dir():
        issues.add(doc, (*path, "invoice"), f"{milestone.invoice} is a folder, not a file")
    elif not invoice.is_file():
        message = f"invoice file {milestone.invoice} not found (looked for {invoice})"
        issues.add(doc, (*path, "invoice"), message)
    return milestone.model_copy(update={"invoice": invoice})
