"""``bench/run_all.py`` rewrites the table of bench/RESULTS.md and keeps the reasons below it.

A full run used to overwrite the whole file, so the hand-written "why each goal is met or
not" sections were lost the moment someone re-measured.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent.parent / "bench"


def run_all() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("run_all", BENCH / "run_all.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def test_the_analysis_below_the_table_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "RESULTS.md"
    path.write_text(
        "# cuikuan benchmarks\n\nold table\n\nTargets missed: x.\n\n## Goals\n\nwhy\n\n## More\n",
        encoding="utf-8",
    )
    assert run_all().kept_analysis(path) == "\n## Goals\n\nwhy\n\n## More\n"


def test_a_first_run_has_nothing_to_keep(tmp_path: Path) -> None:
    module = run_all()
    assert module.kept_analysis(tmp_path / "RESULTS.md") == ""
    (tmp_path / "RESULTS.md").write_text("# only a table\n", encoding="utf-8")
    assert module.kept_analysis(tmp_path / "RESULTS.md") == ""
