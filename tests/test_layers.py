"""The shape of daemon/: no import cycles, layers import only downwards, pure modules no I/O.

Read from the source (``ast``), so a function-level or ``TYPE_CHECKING`` import counts
too: a cycle hidden that way is still a cycle a reader has to untangle. The layers are the
ones docs/architecture.md describes; change both together.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "daemon"

LAYERS: tuple[tuple[str, int], ...] = (
    # (module or package prefix, layer); the longest matching prefix wins
    ("daemon", 0),
    ("daemon.errors", 0),
    ("daemon.clock", 0),
    ("daemon.config", 1),  # the model and its pure rules (schema, settle)
    ("daemon.service.layout", 1),  # file names under data_dir: only the config model
    ("daemon.domain", 2),
    ("daemon.mail", 3),
    ("daemon.inbox", 4),
    ("daemon.reports", 4),
    ("daemon.bank", 4),  # statements read from bytes, matching: pure
    ("daemon.config.loader", 5),  # these read files and the environment
    ("daemon.config.files", 5),
    ("daemon.config.messages", 5),  # issues located in the YAML read by yamlsafe
    ("daemon.config.crosscheck", 5),  # invoice files, holiday calendars
    ("daemon.config.yamlsafe", 5),
    ("daemon.config.cache", 5),  # the parse of clients_dir files, kept in data_dir
    ("daemon.config.secrets", 5),
    ("daemon.config.child", 5),  # the daemon checks its config in a child process
    ("daemon.storage", 5),
    ("daemon.outbox", 6),
    ("daemon.chase", 7),
    ("daemon.inbox.imap", 7),
    ("daemon.inbox.imap_client", 7),
    ("daemon.inbox.imap_fetch", 7),
    ("daemon.inbox.maildir_inbox", 7),
    ("daemon.inbox.dkim_dns", 7),  # DNS for DKIM keys; the check itself is pure
    ("daemon.inbox.processor", 7),
    ("daemon.inbox.copies", 7),  # the chunk's archive copies, durable before its commit
    ("daemon.inbox.watcher", 7),
    ("daemon.reports.evidence", 7),
    ("daemon.reports.dkim_recheck", 7),  # reads zips and .eml files
    ("daemon.reports.history", 7),
    ("daemon.reports.weekly", 7),
    ("daemon.reports.statement_mail", 7),
    ("daemon.reports.summary", 7),  # status/report summaries kept in data_dir
    ("daemon.reports.summary_file", 7),
    ("daemon.reports.summary_key", 7),
    ("daemon.reports.summary_report", 7),
    ("daemon.reports.summary_refresh", 7),  # the daemon's child that keeps them fresh
    ("daemon.bank.apply", 7),  # the bank's shell: the store
    ("daemon.bank.folder", 7),
    ("daemon.service", 8),
    ("daemon.cli", 9),
)
"""A module may import modules of its own layer or a lower one, never a higher one."""

PURE_BELOW = 5
"""Layers 0-4 are the functional core: no storage, outbox, network or process I/O."""

IO_MODULES = frozenset(
    {"imaplib", "smtplib", "socket", "ssl", "subprocess", "imapclient", "tinydb", "fcntl", "dns"}
)
"""Libraries that talk to the network, the disk database or other processes."""


def module_files() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = module_files()


@functools.cache
def imported(name: str, path: Path) -> tuple[str, ...]:
    return tuple(_imported(name, path))


def _imported(name: str, path: Path) -> Iterator[str]:
    """Every module ``name`` imports (absolute names; daemon modules resolved to files)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                yield full if full in MODULES else base


@functools.cache
def graph() -> dict[str, set[str]]:
    return {
        name: {m for m in imported(name, path) if m in MODULES and m != name}
        for name, path in MODULES.items()
    }


def layer(name: str) -> int:
    best = max((p for p, _ in LAYERS if name == p or name.startswith(p + ".")), key=len)
    return dict(LAYERS)[best]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_walker_sees_the_package() -> None:
    edges = graph()
    assert len(edges) > 50
    assert "daemon.domain.stages" in edges["daemon.domain.planner"]
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles() -> None:
    assert cycles(graph()) == []


def test_no_module_imports_a_higher_layer() -> None:
    wrong = [
        f"{name} (layer {layer(name)}) imports {other} (layer {layer(other)})"
        for name, targets in graph().items()
        for other in sorted(targets)
        if layer(other) > layer(name)
    ]
    assert wrong == []


@pytest.mark.parametrize(
    "name", sorted(n for n in MODULES if layer(n) < PURE_BELOW), ids=lambda n: n
)
def test_pure_modules_reach_no_io(name: str) -> None:
    """Neither the module nor anything it imports (transitively) does I/O."""
    edges = graph()
    seen, todo = {name}, [name]
    while todo:
        for other in edges[todo.pop()]:
            if other not in seen:
                seen.add(other)
                todo.append(other)
    io_layers = sorted(m for m in seen if layer(m) >= PURE_BELOW)
    io_libraries = sorted(
        {
            lib
            for m in seen
            for lib in (i.split(".")[0] for i in imported(m, MODULES[m]))
            if lib in IO_MODULES
        }
    )
    assert (io_layers, io_libraries) == ([], [])


def test_the_rules_would_catch_a_violation() -> None:
    """The checks above are not vacuous: the adapters they exclude do reach I/O."""
    assert layer("daemon.inbox.decide") < PURE_BELOW <= layer("daemon.inbox.processor")
    assert "daemon.storage.store" in graph()["daemon.inbox.processor"]
    assert "imaplib" in set(imported("daemon.inbox.imap", MODULES["daemon.inbox.imap"]))
