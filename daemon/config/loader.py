"""Load ``config.yaml`` (and every file in ``settings.clients_dir``) into a :class:`Config`.

A project manager edits these files by hand, so every mistake must come back at once, each
as ``file:line: field.path: plain message`` (:class:`~daemon.errors.ConfigIssue`), and no
input may end in a traceback. Loading is three steps:

1. :mod:`daemon.config.yamlsafe` parses each file safely and records the line of every value
   (the parse of a ``clients_dir`` file is kept between runs by its content:
   :mod:`daemon.config.cache`);
2. pydantic (:mod:`daemon.config.schema`) checks the settings and each client separately, so an
   error in one client does not hide the errors of the others, and its errors are
   translated into plain sentences located by line (:mod:`daemon.config.messages`);
3. checks that span fields (:mod:`daemon.config.crosscheck`): unique ids, milestones adding
   up to the contract total, ``due_after`` events that exist, invoice files that exist,
   known holiday calendars.

Paths: the returned config is self-contained. ``Config.base_dir`` is the main file's folder
(absolute); every path in ``settings`` (data_dir, templates_dir, clients_dir, the maildir
folders, password files) is made absolute against it, and every milestone ``invoice`` is
made absolute against the folder of the YAML file that names it (:mod:`daemon.config.files`).
No caller needs to know where the config file was.

Example::

    config = load_config(Path("config.yaml"))   # raises ConfigError listing every issue
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from daemon.config import records
from daemon.config.crosscheck import Entry, check_settings, cross_check
from daemon.config.files import absolute, client_files, expand, raw_clients_dir, resolve_settings
from daemon.config.messages import Issues, translate, unknown_key
from daemon.config.schema import Client, Config, Settings
from daemon.config.yamlsafe import YamlDocument, YamlPath, read_yaml
from daemon.errors import ConfigError, ConfigIssue

if TYPE_CHECKING:
    from daemon.config.cache import ParseCache

logger = logging.getLogger(__name__)


_M = TypeVar("_M", bound=BaseModel)


def load_config(path: Path) -> records.Config:
    """Load and check the config at ``path``; raise :class:`ConfigError` with every issue.

    Checked by the pydantic models, returned as the plain records every part of cuikuan
    holds (:mod:`daemon.config.records`).
    """
    path = Path(path)
    shown = str(path)
    base_dir = Path(os.path.abspath(path)).parent
    issues = Issues()
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
        settings = resolve_settings(settings, base_dir)
        check_settings(settings, main, issues)
    raw_dir = raw_clients_dir(main.data)
    if raw_dir is not None:
        # Imported here: only a clients_dir has a parse cache (pickle is ~2% of `check`).
        from daemon.config.cache import ParseCache

        cache = ParseCache(settings.data_dir if settings is not None else None)
        folder = absolute(raw_dir, base_dir)
        entries += _clients_dir_entries(main, raw_dir, folder, issues, cache)
        cache.save()
    clients = cross_check(settings, entries, issues)
    if issues or settings is None:
        raise ConfigError(issues)
    logger.debug("loaded config %s: %d clients", shown, len(clients))
    config: records.Config = to_records(
        Config(settings=settings, clients=clients, base_dir=base_dir)
    )
    return config


def to_records(value: Any) -> Any:
    """``value`` with every model in it (at any depth) turned into its record."""
    kind = type(value)
    if kind in _AS_IS:
        return value
    if kind is list:
        return [to_records(item) for item in value]
    if kind is dict:
        return {key: to_records(item) for key, item in value.items()}
    plan = _PLANS.get(kind)
    if plan is None:
        if not isinstance(value, BaseModel):
            return value
        plan = _PLANS[kind] = (getattr(records, kind.__name__), tuple(kind.model_fields))
    record, names = plan
    fields = value.__dict__  # a model's field values (pydantic keeps them there)
    values = {}
    for name in names:
        field = fields[name]
        values[name] = field if type(field) in _AS_IS else to_records(field)
    return record(**values)


_AS_IS = frozenset({str, int, bool, float, Decimal, date, time, type(None), type(Path())})
"""Values a record holds as the model does (checked first: most values are these)."""
_PLANS: dict[type, tuple[type, tuple[str, ...]]] = {}
"""Per model class: its record class and its field names."""


def _clients_dir_entries(
    main: YamlDocument, raw_dir: Path, folder: Path, issues: Issues, cache: ParseCache
) -> list[Entry]:
    """Clients of every file in clients_dir (even when the settings have other errors).

    Each file's parse comes from ``cache`` when its bytes were parsed before
    (:mod:`daemon.config.cache`); validation and checks run as for any file.
    """
    if not folder.is_dir():
        issues.add(main, ("settings", "clients_dir"), f"folder not found (looked for {folder})")
        return []
    shown_dir = Path(main.file).parent / expand(raw_dir)
    entries: list[Entry] = []
    for file in client_files(folder):
        doc = _read(file, str(shown_dir / file.name), issues, cache.read)
        if doc is not None and _check_clients_file(doc, issues):
            entries += _clients(doc, file.parent, issues)
    return entries


def _read(
    path: Path, shown: str, issues: Issues, read: Callable[[Path, str], YamlDocument] = read_yaml
) -> YamlDocument | None:
    try:
        return read(path, shown)
    except ConfigError as exc:
        issues.extend(exc.issues)
        return None


def _check_top_keys(doc: YamlDocument, allowed: tuple[str, ...], issues: Issues) -> None:
    for key in doc.data:
        if key not in allowed:
            message = unknown_key(key, list(allowed))
            issues.append(ConfigIssue(doc.file, doc.line_of((key,)), "", message))


def _check_clients_file(doc: YamlDocument, issues: Issues) -> bool:
    if not isinstance(doc.data, dict) or "clients" not in doc.data:
        issues.add(doc, (), "must be a mapping with a clients: list at the top level")
        return False
    _check_top_keys(doc, ("clients",), issues)
    return True


def _clients(doc: YamlDocument, folder: Path, issues: Issues) -> list[Entry]:
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
            entries.append(Entry(client, located, index, folder))
    return entries


def _validate(
    model: type[_M], value: Any, doc: YamlDocument, prefix: YamlPath, issues: Issues
) -> _M | None:
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        for error in exc.errors():
            issues.append(translate(error, model, doc, prefix))
        return None
