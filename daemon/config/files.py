"""Where the config's files are: the main file, each ``clients_dir`` file, absolute paths.

Why apart from :mod:`daemon.config.loader`: the daemon polls :func:`config_fingerprint`
every few seconds to notice an edit, which must stay cheap (a stat per file, the main
file re-read only when it changed) and must not validate anything; and the loader makes
every path in the config absolute (:func:`resolve_settings`, :func:`absolute`) so that no
caller needs to know where the config file was.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from daemon.config.yamlsafe import read_yaml
from daemon.errors import ConfigError

if TYPE_CHECKING:  # the daemon polls the files without the models (no pydantic)
    from pydantic import BaseModel

    from daemon.config.schema import Settings

CLIENT_FILE_SUFFIXES = (".yaml", ".yml")


def watched_files(path: Path) -> list[Path]:
    """The files whose edits change the config: the main file and each clients_dir file."""
    path = Path(path)
    clients_dir = _clients_dir_of(path)
    return [path, *(client_files(clients_dir) if clients_dir is not None else [])]


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
    raw = raw_clients_dir(data)
    return None if raw is None else absolute(raw, Path(path).parent)


def raw_clients_dir(data: Any) -> Path | None:
    """settings.clients_dir as written, read without validating the rest of the settings."""
    settings = data.get("settings") if isinstance(data, dict) else None
    raw = settings.get("clients_dir") if isinstance(settings, dict) else None
    return Path(raw) if isinstance(raw, str) and raw else None


def client_files(folder: Path) -> list[Path]:
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    files = [folder / n for n in names if n.endswith(CLIENT_FILE_SUFFIXES) and n[0] != "."]
    return [f for f in files if f.is_file()]


def expand(path: Path) -> Path:
    try:
        return path.expanduser()
    except RuntimeError:  # no home directory (e.g. a service without HOME): keep it as is
        return path


def absolute(path: Path, base: Path) -> Path:
    path = expand(path)
    return Path(os.path.normpath(path if path.is_absolute() else base / path))


def resolve_settings(settings: Settings, base: Path) -> Settings:
    """Settings with every path made absolute against ``base``."""

    def absolute_fields(model: BaseModel, *names: str) -> dict[str, Any]:
        paths = {name: getattr(model, name) for name in names}
        return {name: absolute(p, base) for name, p in paths.items() if p is not None}

    mail = settings.mail
    maildir = mail.maildir.model_copy(update=absolute_fields(mail.maildir, "outbox", "inbox"))
    servers = {
        name: server.model_copy(update=absolute_fields(server, "password_file"))
        for name in ("smtp", "imap")
        if (server := getattr(mail, name)) is not None
    }
    update = absolute_fields(settings, "data_dir", "templates_dir", "clients_dir")
    if (pay_now := settings.pay_now) is not None:
        update["pay_now"] = pay_now.model_copy(update=absolute_fields(pay_now, "qr_image"))
    update["mail"] = mail.model_copy(update={"maildir": maildir, **servers})
    return settings.model_copy(update=update)
