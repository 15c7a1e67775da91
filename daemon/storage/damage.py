"""Damaged state is never silent: one error that names the files and the way out.

Why: a damaged state file replaced by an older generation, or treated as empty, makes
cuikuan forget what it sent and mail clients again (issue 10: 240 duplicates in one
case). So a store that finds its files damaged does not guess; it refuses to open with
:class:`DamagedStateError`, keeps every file as it is, and names ``cuikuan recover``,
which rebuilds the state with what the files, the archive and the Sent folder still hold.
"""

from __future__ import annotations

from pathlib import Path

from daemon.errors import StoreError

RECOVER_COMMAND = "cuikuan recover"


class DamagedStateError(StoreError):
    """The state files are damaged; nothing was changed; ``cuikuan recover`` rebuilds them."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = list(problems)
        siblings = ", ".join(str(p) for p in existing_generations(path)) or str(path)
        super().__init__(
            f"the state {path} is damaged: {'; '.join(self.problems)}. cuikuan will not "
            "start on it (it could send emails twice) and has changed nothing; every file "
            f"is kept as it is ({siblings}). Stop cuikuan and run `{RECOVER_COMMAND} "
            "--config <your config>`: it rebuilds the state from the newest good "
            "generation, the journal and the history, and marks as sent every email the "
            "archive or the Sent folder shows was sent"
        )


def existing_generations(path: Path) -> list[Path]:
    """The state file and its companions that exist (for messages and for recovery)."""
    names = (path.name, path.name + ".prev", path.name + ".journal", path.name + ".history")
    return [p for p in (path.with_name(n) for n in names) if p.exists()]
