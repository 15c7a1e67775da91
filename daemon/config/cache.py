"""The parsed YAML of the ``clients_dir`` files, kept between runs, keyed by their content.

Why: a big team's config is a thousand client files, and parsing them (PyYAML's composer
and :mod:`daemon.config.yamlsafe`'s builder) was 2.3 s of CPU of every ``status``,
``report`` and daemon start at 10,000 contracts, for files that rarely change.

Never stale: an entry is found by the SHA-256 of the file's bytes, so an edited file is a
miss and is parsed again; the whole cache is dropped when the parsing code, Python or
PyYAML changes (:func:`code_stamp`). Only the parse is kept, never the validation: every
load still validates each client with pydantic and runs the cross checks (files that
exist, ids...), and an error is worded from the file's text as before (the line map is
built from the source on demand). Only files that parsed without a problem are kept.

The cache is ``<data_dir>/config-cache.pickle``, written only when that folder exists
(``check`` on a new installation creates nothing) and when a file was parsed anew;
a cache that cannot be read or written is ignored, and so is one whose checksum does not
match (:mod:`daemon.storage.sealed`): a torn or damaged cache could otherwise still
unpickle, with a changed digit in an amount. It is unpickled by an unpickler that
knows one class, :class:`~decimal.Decimal`: the data of a YAML file is text, numbers,
true/false, null, lists and mappings, and nothing else can be smuggled in.
"""

from __future__ import annotations

import hashlib
import io
import logging
import pickle
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from daemon.config import yamlsafe
from daemon.config.yamlsafe import YamlDocument
from daemon.storage.atomic import atomic_write
from daemon.storage.sealed import seal, unseal

logger = logging.getLogger(__name__)

CACHE_NAME = "config-cache.pickle"
_FORMAT = 2
MAGIC = b"cuikuan config cache 2\n"


def code_stamp() -> str:
    """What the parse depends on besides the file: the parser's code and versions."""
    digest = hashlib.sha256()
    digest.update(f"{_FORMAT} {sys.version} {yaml.__version__}".encode())
    for module in (yamlsafe, sys.modules[__name__]):
        digest.update(Path(module.__file__ or "").read_bytes())
    return digest.hexdigest()


class _DataOnly(pickle.Unpickler):
    """Unpickles plain data and Decimals; any other class is refused."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("decimal", "Decimal"):
            return Decimal
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the config cache")


def _unpickle(blob: bytes) -> Any:
    return _DataOnly(io.BytesIO(blob)).load()


class ParseCache:
    """Parsed files by content hash: :meth:`read` instead of ``read_yaml``, then :meth:`save`."""

    def __init__(self, folder: Path | None) -> None:
        """``folder``: where the cache lives (the data folder); None or missing: no cache."""
        self.path = folder / CACHE_NAME if folder is not None and folder.is_dir() else None
        self._stamp = code_stamp() if self.path is not None else ""
        self._known: dict[str, bytes] = self._load() if self.path is not None else {}
        self._used: dict[str, bytes] = {}
        self._new = False

    def _load(self) -> dict[str, bytes]:
        assert self.path is not None
        try:
            body = unseal(MAGIC, self.path.read_bytes())
        except OSError:
            return {}
        if body is None:
            logger.debug("ignoring the config cache %s: damaged or of another format", self.path)
            return {}
        try:
            stamp, entries = _unpickle(body)
        except Exception as exc:  # noqa: BLE001 - a damaged cache is only a slower start
            logger.debug("ignoring the config cache %s: %s", self.path, exc)
            return {}
        if stamp != self._stamp or not isinstance(entries, dict):
            return {}
        return entries

    def read(self, path: Path, shown: str) -> YamlDocument:
        """What ``read_yaml(path, shown)`` returns (or raises), from the cache when it can."""
        raw = yamlsafe.read_source(path, shown)
        if self.path is None:
            return yamlsafe.load_source(raw, shown)
        key = hashlib.sha256(raw).hexdigest()
        blob = self._known.get(key)
        if blob is not None:
            try:
                data = _unpickle(blob)
            except Exception:  # noqa: BLE001 - parse it again below
                blob = None
            else:
                self._used[key] = blob
                return YamlDocument(shown, data, source=raw)
        doc = yamlsafe.load_source(raw, shown)  # raises on a problem: nothing kept
        self._used[key] = pickle.dumps(doc.data, protocol=pickle.HIGHEST_PROTOCOL)
        self._new = True
        return doc

    def save(self) -> None:
        """Write the entries of this load (those of files gone or edited are dropped)."""
        if self.path is None or not (self._new or len(self._used) != len(self._known)):
            return
        body = pickle.dumps((self._stamp, self._used), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            atomic_write(self.path, seal(MAGIC, body), sync_dir=False)
        except OSError as exc:  # read-only data folder, disk full: next time is slower
            logger.debug("config cache not written to %s: %s", self.path, exc)
