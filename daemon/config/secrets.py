"""Where passwords come from: a file, a systemd credential, or an environment variable.

Passwords never live in config.yaml. The config names a file (``password_file``) or an
environment variable (``password_env``); under systemd, ``LoadCredential=`` puts secrets in
``$CREDENTIALS_DIRECTORY``. Order, first found wins:

1. ``file`` when the config sets one (trailing newline stripped; unreadable is an error);
2. ``$CREDENTIALS_DIRECTORY/<name>``, where ``<name>`` is the environment variable's name
   in lower case (``CUIKUAN_SMTP_PASSWORD`` -> ``cuikuan_smtp_password``), e.g.
   ``LoadCredential=cuikuan_smtp_password:/etc/cuikuan/smtp-password``;
3. the environment variable (an empty one counts as unset).

Values are never logged.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from daemon.errors import ConfigError, ConfigIssue

logger = logging.getLogger(__name__)


def credential_name(env: str) -> str:
    """The systemd credential name that stands for environment variable ``env``."""
    return env.lower()


def read_secret(env: str | None, file: Path | None, what: str) -> str | None:
    """The secret described by ``what`` (e.g. "SMTP password"), or None if none is set."""
    if file is not None:
        return _read_file(file, what, field="password_file")
    if env:
        creds = os.environ.get("CREDENTIALS_DIRECTORY")
        if creds:
            path = Path(creds) / credential_name(env)
            if path.is_file():
                logger.debug("%s read from systemd credential %s", what, path)
                return _read_file(path, what, field="password_env")
        value = os.environ.get(env)
        if value:
            logger.debug("%s read from environment variable %s", what, env)
            return value
    return None


def _read_file(path: Path, what: str, field: str) -> str:
    try:
        value = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigError(
            [ConfigIssue(str(path), None, field, f"cannot read the {what}: {reason}")]
        ) from exc
    value = value.rstrip("\r\n")
    if not value:
        raise ConfigError([ConfigIssue(str(path), None, field, f"the {what} file is empty")])
    logger.debug("%s read from %s", what, path)
    return value
