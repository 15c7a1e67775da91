"""The daemon loads its config in a short-lived child, so that it never imports pydantic.

Why: the config is checked by pydantic models (:mod:`daemon.config.schema`), and pydantic
with the built models is ~11 MB that a long-lived process would carry for nothing once the
config is loaded: the idle daemon's goal is 50 MB (issue 15). The child
(``python -m daemon.config.child CONFIG``) runs :func:`daemon.config.loader.load_config`,
the same checks and the same messages, and hands back the plain records
(:mod:`daemon.config.records`) or the issues, pickled on its stdout; it exits and gives its
memory back. A bad edit raises the same :class:`~daemon.errors.ConfigError` as a load in
the process, so reloading is unchanged: the error is reported, the last good config stays.

A process that has imported pydantic already (a command that loaded the config, a test)
loads in place: there is nothing left to keep out. A child that cannot start or dies
without an answer is logged and the config is loaded in place: right, only heavier.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
from pathlib import Path

from daemon.config.records import Config
from daemon.errors import ConfigError, ConfigIssue

log = logging.getLogger(__name__)


def load_lean(path: Path) -> Config:
    """The config at ``path`` as records, checked in a child process (see the module)."""
    if "pydantic" not in sys.modules:
        answer = _ask_child(path)
        if isinstance(answer, Config):
            return answer
        if answer is not None:
            raise ConfigError(answer)
    from daemon.config.loader import load_config

    return load_config(path)


def _ask_child(path: Path) -> Config | list[ConfigIssue] | None:
    """The child's records or issues; None when it gave no answer (logged)."""
    root = str(Path(__file__).resolve().parents[2])  # the folder holding ``daemon``
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, (root, os.environ.get("PYTHONPATH")))),
    }
    try:
        done = subprocess.run(  # noqa: S603 - our own module, no shell
            [sys.executable, "-m", __name__, str(path)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            env=env,
            check=False,
        )
    except OSError as exc:
        log.warning("config loaded in the daemon: the child did not start (%s)", exc)
        return None
    try:
        kind, value = pickle.loads(done.stdout)  # noqa: S301 - our own child's answer
    except Exception:  # noqa: BLE001 - no answer: load in place
        err = done.stderr.decode("utf-8", "replace")[-2000:]
        log.warning("config loaded in the daemon: the child failed (%s): %s", done.returncode, err)
        return None
    if kind == "config" and isinstance(value, Config):
        return value
    if kind == "issues" and isinstance(value, list):
        return value
    return None


def main(argv: list[str] | None = None) -> int:
    """The child: load the config named by the one argument, answer on stdout."""
    from daemon.config.loader import load_config

    (path,) = sys.argv[1:] if argv is None else argv
    try:
        answer: tuple[str, object] = ("config", load_config(Path(path)))
    except ConfigError as exc:
        answer = ("issues", exc.issues)
    sys.stdout.buffer.write(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover - run by load_lean as a child
    sys.exit(main())
