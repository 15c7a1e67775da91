"""The reply rules' compiled regexes, kept between processes beside the package's bytecode.

Why: the rules are ~270 regexes of ~180,000 characters; compiling them (``re``'s parser and
code generator, both pure Python) was ~0.35 s of CPU, more than half of a one-file ``cuikuan
classify`` (bench/classify_files.py, 0.5 s target) and of every daemon start. The engine
itself only needs the compiled program, which loads from a file in ~0.01 s.

What is kept is exactly what :func:`re.compile` hands the engine (``_sre.compile``'s
arguments: the pattern, its flags, the program, the groups), so a pattern loaded from the
cache is equal to one compiled afresh (:class:`re.Pattern` equality compares flags, pattern
and program; tests/test_regex_cache.py checks every shipped rule). An entry is found by
its pattern and flags, so an edited rule is a miss and is compiled again; the whole file is
dropped when Python or its regex engine changes (:data:`STAMP`), and a file that is torn or
damaged (its SHA-256 does not match) is ignored: a changed byte in a program could still be
a valid program that matches something else.

Where: next to the bytecode of :mod:`daemon.inbox.rules` (``__pycache__``, or under
``sys.pycache_prefix``), and like Python's own bytecode it is not written when
``sys.dont_write_bytecode`` is set (``PYTHONDONTWRITEBYTECODE``, ``-B``) or the folder is not
writable: then the rules are compiled in every process, as before.
"""

from __future__ import annotations

import _sre
import contextlib
import hashlib
import importlib.util
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]  # the steps of re.compile
from typing import Any

import daemon.inbox.rules

STAMP = f"{sys.version} sre {_sre.MAGIC} {_sre.CODESIZE}".encode()
"""What a kept program depends on besides its pattern and flags."""
MAGIC = b"cuikuan compiled rules 1\n"
_DIGEST = hashlib.sha256().digest_size

Entry = tuple[str, int, list[int], int, dict[str, int], tuple[Any, ...]]
"""``_sre.compile``'s arguments: pattern, flags, program, groups, groupindex, indexgroup."""


def _entry(pattern: str, flags: int) -> Entry:
    """What :func:`re.compile` hands ``_sre.compile`` for ``pattern`` (re/_compiler.py
    ``compile``, the same steps); raises :class:`re.error` as :func:`re.compile` does."""
    flags = int(flags)
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        pattern,
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def cache_file() -> Path | None:
    """Where the compiled rules are kept, or None where Python keeps no bytecode."""
    init = daemon.inbox.rules.__file__
    tag = sys.implementation.cache_tag
    if not init or tag is None:
        return None
    return Path(importlib.util.cache_from_source(init)).with_name(f"rules.{tag}.regex")


class CompiledRegexes:
    """Patterns compiled once per rules edit, not once per process.

    ::

        regexes = CompiledRegexes.load()
        pattern = regexes.compile(source, re.I)   # equal to re.compile(source, re.I)
        regexes.save()                            # only when something was compiled anew
    """

    def __init__(self, kept: dict[tuple[str, int], Entry], path: Path | None) -> None:
        self._kept = kept
        self._used: dict[tuple[str, int], Entry] = {}
        self._path = path
        self._missed = False

    @classmethod
    def load(cls, path: Path | None = None) -> CompiledRegexes:
        """The kept programs (none when the file is missing, of another Python, torn or damaged)."""
        path = path or cache_file()
        kept: dict[tuple[str, int], Entry] = {}
        if path is not None:
            with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
                kept = _unpack(path.read_bytes())
        return cls(kept, path)

    def compile(self, pattern: str, flags: int) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the kept program when there is one."""
        key = (pattern, int(flags))
        entry = self._kept.get(key)
        if entry is None:
            entry = _entry(pattern, flags)
            self._missed = True
        self._used[key] = entry
        compiled: re.Pattern[str] = _sre.compile(*entry)
        return compiled

    def save(self) -> None:
        """Keep the programs of the patterns compiled since :meth:`load` (only those: an
        edited rule's old program goes) when one was new; quietly nothing where Python
        writes no bytecode."""
        if not self._missed or self._path is None or sys.dont_write_bytecode:
            return
        body = marshal.dumps(self._used)
        with contextlib.suppress(OSError):
            self._path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self._path.parent, prefix=".rules-")
            try:
                with os.fdopen(fd, "wb") as out:
                    os.fchmod(out.fileno(), 0o644)  # readable as bytecode is (mkstemp: 0600)
                    out.write(MAGIC + hashlib.sha256(STAMP + body).digest() + body)
                os.replace(tmp, self._path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
        self._missed = False


def _unpack(blob: bytes) -> dict[tuple[str, int], Entry]:
    head = len(MAGIC) + _DIGEST
    if not blob.startswith(MAGIC) or len(blob) < head:
        return {}
    body = blob[head:]
    if hashlib.sha256(STAMP + body).digest() != blob[len(MAGIC) : head]:
        return {}  # damaged, torn, or written by another Python or regex engine
    kept = marshal.loads(body)
    return kept if isinstance(kept, dict) else {}
