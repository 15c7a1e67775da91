"""CPU time of ``cuikuan classify``: one file, and many files at once (issue 12 point 6).

A PM (or a script) asks how cuikuan reads a reply: ``cuikuan classify reply.eml``. What
one file costs is mostly start-up (Python, the imports, the rules compiled once per
process); many files in one command pay that once and then the reading of each. Measured
on the labelled reply corpus (``tests/data/replies``, every ``.eml`` of it unless
``--files``), in fresh processes with a warm bytecode cache of their own, as an installed
cuikuan has (``cli_startup.cached_env``):

* ``one_file_cpu``: median user+sys of ``--runs`` runs of ``cuikuan classify`` on one file;
* ``many_files_cpu``: user+sys of one ``cuikuan classify --json`` on all the files, and the
  files per CPU second; ``per_file``: the same less the one-file start-up, per file;
* ``read_p50/p95/max``: in this process, each file parsed and read as ``classify --eval``
  reads it, on a second pass (the first compiles the rules, the date readers and the model
  on first use: its slowest file is ``read_max_first``): the slowest file is what "well
  under a second per file" is about, once the process has started.

::

    .venv/bin/python bench/classify_files.py --runs 5
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

import _common as c
from cli_startup import cached_env, cuikuan, measure

REPLIES = c.REPO / "tests" / "data" / "replies"
ONE_FILE_TARGET = 0.5
"""Seconds of CPU for one file, start-up included: "well under a second"."""
READ_TARGET = 0.1
"""Seconds of CPU for the slowest single file, once the rules are compiled."""


def in_process(files: list[Path]) -> tuple[list[float], list[float]]:
    """CPU seconds of parsing and reading each file, as ``classify --eval`` does: a first
    pass (with the one-time compiling of rules, dates and the model) and a second."""
    from daemon.cli.classify_eval import load_corpus
    from daemon.inbox.evaluate import read
    from daemon.inbox.parse import parse_message

    wanted = {f.name for f in files}
    corpus = [(label, raw) for label, raw in load_corpus(REPLIES) if label.file in wanted]
    passes: list[list[float]] = []
    for _ in range(2):  # the first pass also compiles what is compiled on first use
        seconds = []
        for label, raw in corpus:
            started = time.process_time()
            read(parse_message(raw), label)
            seconds.append(time.process_time() - started)
        passes.append(seconds)
    return passes[0], passes[1]


def main() -> None:
    p = c.parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=5, help="runs of the one-file command")
    p.add_argument("--files", type=int, default=0, help="corpus files to read (0: all)")
    args = p.parse_args()
    files = sorted(REPLIES.glob("*.eml"))
    if args.files:
        files = files[: args.files]
    os.environ.pop("CUIKUAN_CONFIG", None)  # no PM phrases: the shipped rules alone
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        env = cached_env(root)
        one = [*cuikuan(), "classify", str(files[0])]
        measure(one, root, env)  # warm-up: fills the bytecode cache
        single = statistics.median(measure(one, root, env)[0] for _ in range(args.runs))
        many, rss = measure([*cuikuan(), "classify", "--json", *map(str, files)], root, env)
    lines.append(
        c.result(
            "classify",
            "one_file_cpu",
            single,
            "s",
            target=f"<= {ONE_FILE_TARGET}",
            ok=single <= ONE_FILE_TARGET,
            note=f"cuikuan classify FILE: median user+sys of {args.runs} runs",
        )
    )
    lines.append(
        c.result(
            "classify",
            "many_files_cpu",
            many,
            "s",
            note=f"cuikuan classify --json on {len(files)} corpus files in one process "
            f"({len(files) / many:.0f} files per CPU second, peak RSS {rss:.0f} MB)",
        )
    )
    per_file = max(many - single, 0.0) / len(files)
    lines.append(
        c.result(
            "classify",
            "per_file",
            per_file * 1000,
            "ms",
            note="many_files_cpu less one_file_cpu (the start-up), per file",
        )
    )
    first, seconds = in_process(files)
    for name, value in (
        ("read_p50", statistics.median(seconds)),
        ("read_p95", c.percentile(seconds, 95)),
    ):
        lines.append(c.result("classify", name, value * 1000, "ms", note="parse + read"))
    lines.append(
        c.result(
            "classify",
            "read_max_first",
            max(first) * 1000,
            "ms",
            note="the slowest file of the first pass: it also compiles what a process "
            "compiles once, on first use",
        )
    )
    slowest = max(seconds)
    lines.append(
        c.result(
            "classify",
            "read_max",
            slowest * 1000,
            "ms",
            target=f"<= {READ_TARGET * 1000:g}",
            ok=slowest <= READ_TARGET,
            note=f"the slowest of {len(seconds)} files: parse + read, rules compiled",
        )
    )
    c.emit(lines, args.json_only)


if __name__ == "__main__":
    main()
