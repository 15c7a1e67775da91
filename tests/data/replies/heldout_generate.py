"""The held-out replies: written apart from the rules, measured before any fix, then kept.

181 replies (every client of MAIL-CLIENTS.md, GB18030/GBK/Big5-HKSCS/UTF-8, base64/QP,
quoting above, below and inline, attachments) plus machine mail, written without reading
daemon/inbox/rules/ to measure the classifier on mail it was not tuned on: 91.7 % right,
dates 78.2 %, 3 dangerous errors before the fixes of that round. generate.py writes them
into the corpus (h###_*.eml, labels appended); ``python heldout_generate.py OUTDIR`` writes
them alone, with their own labels.yaml, into OUTDIR (to measure a classifier on them alone).
"""

from __future__ import annotations

import sys
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import heldout_bodies_b  # noqa: E402
from heldout_bodies import EN, HANT, ZH  # noqa: E402
from heldout_clients import Msg  # noqa: E402
from heldout_machine import MACHINE  # noqa: E402
from heldout_styles import STYLES  # noqa: E402

MAILBOX = {
    "qqweb": "1846203315@qq.com",
    "qqapp": "2290117746@qq.com",
    "n163": "chen_jl@163.com",
    "n126": "chenjl2020@126.com",
    "mailmaster": "chen_jl@163.com",
    "mmios": "chenjl2020@126.com",
    "gmail": "chen.jingli@gmail.com",
    "apple": "chen.jl@icloud.com",
}


def sender(style: str, ui: str, opts: dict) -> tuple[str, str]:
    if "sender" in opts:
        return opts["sender"]
    if ui == "en":
        return ("Jane Smith", "jane.smith@acme.example.com")
    if ui == "zh-Hant":
        return ("陳小姐", "chan@client.example.hk")
    return ("陈经理", MAILBOX.get(style, "chen@client.example.cn"))


def write(out: Path) -> list[str]:
    """Write every held-out reply into ``out``; return their labels.yaml lines.

    The first set, then the machine mail, then the second set (numbers stay stable)."""
    for old in out.glob("h[0-9][0-9][0-9]_*.eml"):
        old.unlink()
    n, lines = _people(out, (ZH, HANT, EN), 0)
    for slug, build, kind, note in MACHINE:
        n += 1
        name = f"h{n:03d}_{slug}_{kind}.eml"
        (out / name).write_bytes(build())
        lines.append(
            _label(name, kind, None, {"danger": kind != "paid", "note": note}, "Asia/Shanghai")
        )
    second = (heldout_bodies_b.ZH, heldout_bodies_b.HANT, heldout_bodies_b.EN)
    n, more = _people(out, second, n)
    return lines + more


def _people(out: Path, groups: tuple[list[tuple], ...], n: int) -> tuple[int, list[str]]:
    """Write the replies of ``groups`` numbered from ``n + 1``; (last number, label lines)."""
    lines: list[str] = []
    for group in groups:
        for style, ui, kind, day, body, opts in group:
            n += 1
            tz = opts.get("tz", "Asia/Shanghai")
            reply_day = opts.get("day", date(2026, 12, 2))
            when = datetime.combine(reply_day, time(9 + n % 8, (n * 7) % 60), ZoneInfo(tz))
            m = Msg(
                n=n,
                body=body,
                when=when,
                thread="en" if ui == "en" else "zh",
                sender=sender(style, ui, opts),
                atts=list(opts.get("atts", [])),
                ui=ui,
                below=bool(opts.get("below")),
                inline=str(opts.get("inline", "")),
                noquote=bool(opts.get("noquote")),
            )
            lang = {"zh": "zh", "zh-Hant": "zhHant", "en": "en"}[ui]
            name = f"h{n:03d}_{lang}_{style}_{kind}.eml"
            (out / name).write_bytes(STYLES[style](m))
            lines.append(_label(name, kind, day, opts, tz))
    return n, lines


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    lines = ["# Held-out replies (heldout_generate.py): kind, date, dangerous, tz, note."]
    lines += write(out)
    (out / "labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} files in {out}")


def _label(name: str, kind: str, day: date | None, opts: dict, tz: str) -> str:
    parts = [f"kind: {kind}", f"date: {day.isoformat() if day else 'null'}"]
    if opts.get("danger"):
        parts.append("dangerous: true")
    if tz != "Asia/Shanghai":
        parts.append(f'tz: "{tz}"')
    if opts.get("note"):
        parts.append(f'note: "{opts["note"]}"')
    return f"{name}: {{{', '.join(parts)}}}"


if __name__ == "__main__":
    main(Path(sys.argv[1]))
