"""One summary file: a checksum, the key it was made for, and what it holds.

Why a checksum and a key inside: a summary is only a shortcut, so anything doubtful about
it (truncated, damaged, from other code, for another config or state) must make the
reader take the long way, never print what it holds. :func:`read` returns None in every
such case; :func:`write` replaces the file atomically (temp file, fsync, rename), so a
reader sees a whole old or a whole new summary.

The payload is pickled (the fastest way back to 40,000 rows) and read back by an
unpickler that knows only plain data, dates, times, zones, Decimals and the report's
own value classes: nothing else can be smuggled into a file under ``data/``.
"""

from __future__ import annotations

import copyreg
import io
import logging
import pickle
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from daemon.storage.atomic import atomic_write
from daemon.storage.sealed import seal, unseal

log = logging.getLogger(__name__)

MAGIC = b"cuikuan summary 1\n"
_ALLOWED = {
    "builtins": {"set", "frozenset", "tuple", "list", "dict"},
    "copyreg": {"_reconstructor"},
    "decimal": {"Decimal"},
    "datetime": {"date", "datetime", "time", "timedelta", "timezone"},
    "zoneinfo": {"ZoneInfo"},
    "daemon.reports.build": {"Report"},
    "daemon.reports.metrics": {"ClientHabits", "ContractReview"},
    "daemon.reports.facts": {"MilestoneFact", "Promise"},
}


class Known(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if name in _ALLOWED.get(module, ()):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a summary")


def _zone(zone: ZoneInfo) -> tuple[type[ZoneInfo], tuple[str]]:
    """A zone by its name (pickle's own way goes through ``getattr``, not allowed here)."""
    return ZoneInfo, (str(zone.key),)


def dumps(value: Any) -> bytes:
    """``value`` pickled so that :class:`Known` can read it back."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, ZoneInfo: _zone}
    pickler.dump(value)
    return buffer.getvalue()


def write(path: Path, kind: str, key: dict[str, Any], payload: Any) -> None:
    """Replace the summary at ``path``: ``payload`` for ``key``. Never raises on I/O: a
    summary that cannot be written is only a shortcut lost."""
    body = dumps((kind, key, payload))
    try:
        atomic_write(path, seal(MAGIC, body), sync_dir=False)
    except OSError as exc:
        log.info("cannot write the summary %s: %s", path, exc)


def read(path: Path, kind: str) -> tuple[dict[str, Any], Any] | None:
    """The key and payload of the ``kind`` summary at ``path``; None when missing or
    damaged (the caller compares the key with the present one)."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    body = unseal(MAGIC, blob)
    if body is None:
        log.debug("summary %s is damaged or of another format: ignored", path)
        return None
    try:
        found_kind, found_key, payload = Known(io.BytesIO(body)).load()
    except Exception as exc:  # noqa: BLE001 - anything odd in it means: take the long way
        log.debug("summary %s cannot be read (%s): ignored", path, exc)
        return None
    if found_kind != kind or not isinstance(found_key, dict):
        return None
    return found_key, payload
