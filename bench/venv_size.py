"""Disk size of a fresh install: a new venv with ``pip install <checkout>`` and nothing else.

What an admin's ``/opt/cuikuan/venv`` holds (README, "Install"); the biggest packages are
listed in the note so a regression names its cause::

    .venv/bin/python bench/venv_size.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import _common as c

TARGET_MB = 100.0


def size_mb(path: Path) -> float:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def main() -> None:
    args = c.parser(__doc__.splitlines()[0]).parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        venv = Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-cache-dir"]
        subprocess.run([*pip, str(c.REPO)], check=True, capture_output=True)
        total = size_mb(venv)
        site = next((venv / "lib").glob("python3*/site-packages"))
        parts = sorted(((size_mb(p), p.name) for p in site.iterdir() if p.is_dir()), reverse=True)[
            :6
        ]
        biggest = ", ".join(f"{name} {mb:.0f}" for mb, name in parts)
        lines = [
            c.result(
                "venv",
                "size",
                total,
                "MB",
                target=f"<= {TARGET_MB:g}",
                ok=total <= TARGET_MB,
                note=f"fresh venv + pip install of the checkout; biggest (MB): {biggest}",
            )
        ]
    c.emit(lines, args.json_only)


if __name__ == "__main__":
    main()
