"""What a status or report summary depends on, worked out without loading the config.

Why apart: ``cuikuan status`` on a summary must answer in well under a second at 10,000
contracts, so finding and checking the summary may not validate the config (pydantic
models: ~1 s there) nor read the history. It reads the main config file's YAML for two
settings (``data_dir``, ``clients_dir``) and takes a fingerprint of everything the
answer depends on:

* the config: the bytes of the main file and of every ``clients_dir`` file (an edit
  that keeps the size and the time is still seen);
* the files the config check looks at (invoices, QR images, the templates folder): their
  type, size and time, so that a deleted invoice gives the error it gives without a summary;
* the state: inode, size and times of the state file, its history log and companions (each
  commit replaces the state file and appends to the log);
* the code: cuikuan's own files (size, time), the installed distributions and the
  Python version.

The reading of ``data_dir`` and ``clients_dir`` here is deliberately simple; the writer
(:mod:`daemon.reports.summary`) checks that it names the folders the loaded config names,
and writes nothing when they differ, so a config this reading gets wrong is only slower.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from daemon.config.files import CLIENT_FILE_SUFFIXES
from daemon.config.yamlsafe import read_yaml
from daemon.errors import ConfigError

FORMAT = 1
"""Bumped when what a summary holds changes shape."""
STATE_FILES = ("state.json", "state.json.prev", "state.json.journal", "state.json.history")
"""What the read-only store reads (see :mod:`daemon.storage.damage`), and the Message-ID key."""
KEY_FILE = "message-id.key"


@dataclass(frozen=True)
class Place:
    """Where a config keeps its data and its client files, as the main file says."""

    data_dir: Path
    clients_dir: Path | None


def place(config_path: Path) -> Place | None:
    """``data_dir`` and ``clients_dir`` of the main file (None: it cannot be read simply)."""
    base = Path(os.path.abspath(config_path)).parent
    try:
        data = read_yaml(Path(config_path)).data
    except ConfigError:
        return None
    settings = data.get("settings") if isinstance(data, dict) else None
    if not isinstance(settings, dict):
        return None
    data_dir = settings.get("data_dir", "data")
    clients_dir = settings.get("clients_dir")
    if not isinstance(data_dir, str) or not isinstance(clients_dir, str | None):
        return None
    return Place(_absolute(data_dir, base), _absolute(clients_dir, base) if clients_dir else None)


def _absolute(raw: str, base: Path) -> Path:
    path = Path(raw)
    with contextlib.suppress(RuntimeError):  # no home directory: kept as is, as the loader
        path = path.expanduser()
    return Path(os.path.normpath(path if path.is_absolute() else base / path))


def config_files(config_path: Path, where: Place) -> list[Path]:
    """The main file and each client file, as :func:`daemon.config.files.watched_files`."""
    files = [Path(config_path)]
    if where.clients_dir is not None:
        try:
            names = sorted(os.listdir(where.clients_dir))
        except OSError:
            names = []
        found = (where.clients_dir / n for n in names if n.endswith(CLIENT_FILE_SUFFIXES))
        files += [f for f in found if f.name[0] != "." and f.is_file()]
    return files


def config_print(files: Iterable[Path]) -> str:
    """SHA-256 over the names and bytes of the config files."""
    digest = hashlib.sha256()
    for file in files:
        digest.update(str(file).encode() + b"\0")
        try:
            digest.update(file.read_bytes())
        except OSError as exc:
            digest.update(f"unreadable {exc.errno}".encode())
        digest.update(b"\0")
    return digest.hexdigest()


def paths_print(paths: Iterable[str]) -> str:
    """Type, size and time of each path (the files the config check looks at)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(f"{path}\0{_stat(Path(path))}\0".encode())
    return digest.hexdigest()


def state_print(data_dir: Path) -> str:
    """Inode, size and times of the state files: each commit changes at least one."""
    names = (*STATE_FILES, KEY_FILE)
    return "|".join(f"{n}:{_stat(data_dir / n)}" for n in names)


def _stat(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return "-"
    return f"{st.st_mode:o},{st.st_ino},{st.st_size},{st.st_mtime_ns},{st.st_ctime_ns}"


@functools.cache
def code_stamp() -> str:
    """cuikuan's own files, the installed distributions and Python's version.

    Worked out once per process (a walk of the package: ~2.5 ms, asked several times by
    one ``report``: each summary it reads, a long run before and after). Correct because
    the stamp stands for the code that reads or writes a summary, the code the process
    runs. ``status``, ``report`` and the refresh child are a new process each run: an
    upgrade during a run leaves the summary it writes under the old code's stamp, which
    the next run (the new code) does not match, so that run takes the long way. The
    daemon only compares the stamp with what its last child kept
    (:meth:`daemon.reports.summary_refresh.Refresher.holds`); after an upgrade it is
    restarted (README "Upgrade": ``systemctl restart``; a reload re-reads only the config)
    and stamps the new code. Not restarted, it still runs the old code, keeps the old
    stamp, finds each child's summary not holding and starts a child every
    ``REFRESH_GAP``: more work, never a stale answer (each command checks its own stamp).
    """
    digest = hashlib.sha256(f"{FORMAT} {sys.version}".encode())
    package = Path(__file__).resolve().parents[1]
    for folder, dirs, names in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(names):
            path = Path(folder, name)
            digest.update(f"{path}\0{_stat(path)}\0".encode())
    for entry in sys.path:
        if entry.endswith("-packages") and os.path.isdir(entry):
            digest.update("\0".join(sorted(os.listdir(entry))).encode())
    return digest.hexdigest()
