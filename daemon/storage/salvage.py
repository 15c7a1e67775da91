"""Rebuild the state data from damaged files: the newest good generation plus the journal.

Why apart from the storage: the storage refuses damage (:mod:`daemon.storage.damage`);
this is the one place that decides what to make of it, on the user's request
(``cuikuan recover``). Nothing here writes: :func:`salvage` reads the state file, its
``.prev`` and its journal and returns the best data they hold, and what it had to give up.

* the base is the state file when it is readable, else its ``.prev``, else nothing;
* every readable commit of the journal is applied over it (documents are stored whole, so
  a commit's documents are newer than the base's), unless the journal is stale (it
  extends the ``.prev`` while the state file is good: the file holds it already);
* documents of the wrong shape are dropped (:mod:`daemon.storage.schema`).

What a lost generation held about sends is not guessed here: recovery then marks as sent
every email the archive or the Sent folder shows (:mod:`daemon.storage.recovery`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from daemon.storage import schema
from daemon.storage.history import META_KEY, check_meta, log_path
from daemon.storage.history_log import Record, parse_line
from daemon.storage.json_storage import Data, generation, parse_journal_line, parse_tables


@dataclass
class Salvage:
    """The data rebuilt, and what was given up to rebuild it."""

    data: Data
    base: str
    """Which file the data starts from (``state.json``, ``state.json.prev``) or ``nothing``."""
    problems: list[str] = field(default_factory=list)
    """What was wrong with each file, in words."""
    commits: int = 0
    """Journal commits applied."""
    skipped_lines: list[int] = field(default_factory=list)
    """Line numbers of damaged journal lines (their changes are lost)."""
    dropped: list[str] = field(default_factory=list)
    """Documents of the wrong shape that were left out."""


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def _tables(path: Path, raw: bytes | None, problems: list[str]) -> Data | None:
    if raw is None:
        problems.append(f"{path.name} is missing")
        return None
    if not raw.strip():
        problems.append(f"{path.name} is empty ({len(raw)} bytes)")
        return None
    try:
        return parse_tables(raw)
    except ValueError as exc:
        problems.append(f"{path.name} is {exc}")
        return None


def salvage(path: Path) -> Salvage:
    """The best state data the files at ``path`` (and ``.prev``, ``.journal``) still hold."""
    prev_path = path.with_name(path.name + ".prev")
    journal_path = path.with_name(path.name + ".journal")
    problems: list[str] = []
    main_raw, prev_raw = _read(path), _read(prev_path)
    main = _tables(path, main_raw, problems)
    prev = _tables(prev_path, prev_raw, problems) if main is None and prev_raw else None
    if main is not None:
        result = Salvage(main, path.name, problems)
    elif prev is not None:
        result = Salvage(prev, prev_path.name, problems)
    else:
        result = Salvage({}, "nothing", problems)
    _apply_journal(result, journal_path, main_ok=main is not None, prev_raw=prev_raw)
    _drop_wrong_shapes(result)
    return result


def _apply_journal(
    result: Salvage, journal: Path, *, main_ok: bool, prev_raw: bytes | None
) -> None:
    raw = _read(journal)
    if not raw:
        return
    lines = raw.split(b"\n")
    try:
        base = json.loads(lines[0])["base"]
    except (ValueError, TypeError, KeyError, RecursionError):
        base = None
        result.problems.append(f"the first line of {journal.name} is unreadable")
    if main_ok and prev_raw is not None and base == list(generation(prev_raw)):
        return  # stale: written before the state file was last rewritten, which holds it
    for number, line in enumerate(lines[1:-1], start=2):  # the last piece: torn or empty
        try:
            changes = parse_journal_line(line)
        except ValueError:
            result.skipped_lines.append(number)
            continue
        for table, doc_id, doc in changes:
            result.data.setdefault(table, {})[doc_id] = doc
        result.commits += 1
    if result.skipped_lines:
        lines_text = ", ".join(str(n) for n in result.skipped_lines)
        result.problems.append(f"{journal.name} has damaged line(s) {lines_text}")


def _drop_wrong_shapes(result: Salvage) -> None:
    for table, docs in result.data.items():
        for doc_id in list(docs):
            problem = (
                schema.document_problem(table, docs[doc_id])
                if doc_id.isdigit()
                else "its id is not a number"
            )
            if problem is not None:
                result.dropped.append(f"table {table!r} document {doc_id}: {problem}")
                del docs[doc_id]


def salvage_history(path: Path, result: Salvage) -> list[tuple[int, list[Record]]]:
    """Every readable commit of the history log, then the state's unconfirmed ones, renumbered.

    Sets the rebuilt state's ``history`` meta to match; a damaged line is skipped (and
    said in ``result.problems``). Every commit the log holds is kept: history only grows,
    so a log ahead of an older generation of the state is still good history.
    """
    raw = _read(log_path(path)) or b""
    commits: list[list[Record]] = []
    last = 0
    damaged = 0
    for line in raw.split(b"\n")[:-1]:  # the last piece: torn or empty
        try:
            n, records = parse_line(line)
        except ValueError:
            damaged += 1
            continue
        commits.append(records)
        last = max(last, n)
    if damaged:
        result.problems.append(f"{log_path(path).name} has {damaged} damaged line(s)")
    meta = result.data.setdefault("meta", {})
    doc_id = next((k for k, d in meta.items() if d.get("key") == META_KEY), None)
    value = meta[doc_id]["value"] if doc_id is not None else None
    if value is not None and check_meta(value) is None:
        pending = sorted(value["unconfirmed"], key=lambda c: c["n"])
        commits += [c["records"] for c in pending if c["n"] > last]
    numbered = list(enumerate(commits, start=1))
    new_id = doc_id or str(max((int(k) for k in meta), default=0) + 1)
    meta[new_id] = {"key": META_KEY, "value": {"seq": len(numbered), "unconfirmed": []}}
    return numbered
