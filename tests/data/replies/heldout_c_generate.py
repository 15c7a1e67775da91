"""Held-out reply sets C, D and E: written blind to the rules, measured before any fix.

Written by a helper that never opened daemon/inbox/rules/, classify.py, parse.py,
date_rules.py or the corpus bodies; its own MIME builder (heldout_c_mime.py), quotes
(heldout_c_quote.py) and clients (heldout_c_styles.py) follow /work/shared/MAIL-CLIENTS.md.
``python heldout_c_generate.py OUTDIR [c|d|…|l|…]`` writes set C (default) or the set named, with its
labels.yaml into OUTDIR; ``cuikuan classify --eval OUTDIR`` scores it. Labels follow
labels.yaml's conventions (dates from the reply's day in its tz; ambiguous = the kind that
makes cuikuan ask the PM). The untuned scores are in HELDOUT.md.

Set C untuned (179 replies, main c4cffaf): 162/179 = 90.5 %, dates 61/65 = 93.8 %,
3 dangerous (Cantonese 轉咗 in a bank-account question read as paid; "只付了一部分" as paid;
"付了付了，别催了" as dispute). Per kind and the full list: HELDOUT.md.
Set D untuned (123 replies, main 0e47630): 98/123 = 79.7 %, dates 36/48 = 75.0 %,
3 dangerous (two partial payments read as paid; "合同约定验收后90天付款，现在还没到付款期" as
a promise).
Set E untuned (172 replies, other trades and people, another blind author; main 3121bff):
127/172 = 73.8 %, dates 46/57 = 80.7 %, 12 dangerous (forwarded/unsure/scheduled read as
paid, 质保金-not-due and audit cuts missed, partial payments; categories in HELDOUT.md).
Set F untuned (192 replies, a third blind author; main 2a7cfc5): 135/192 = 70.3 %,
dates 34/52 = 65.4 %, 8 dangerous. Set G untuned (191 replies, same author, written while F
was fixed; main 4418d78): 144/191 = 75.4 %, dates 44/50 = 88.0 %, 7 dangerous. Set H untuned (197 replies, a fourth blind author; main
5884c49): 158/197 = 80.2 %, dates 51/60 = 85.0 %, 8 dangerous.
Set I untuned (203 replies, same author, written while H was fixed; main 22f5ee9): 180/203 =
88.7 %, dates 51/59 = 86.4 %, 8 dangerous; set H on that main 197/197.
Set J untuned (148 replies, a fifth blind author, other trades; main a893772): 123/148 =
83.1 %, dates 35/43 = 81.4 %, 11 dangerous.
Set K untuned (178 replies, a sixth blind author, 13 other trades; main bcdf462): 156/178 =
87.6 %, dates 46/53 = 86.8 %, 9 dangerous.
"""

from __future__ import annotations

import importlib
import sys
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout_c_mime import Reply  # noqa: E402
from heldout_c_styles import STYLES, UI, render  # noqa: E402

ZH_SENDERS = {
    "qqweb": ("陈经理", "1846203315@qq.com"), "qqapp": ("小陈", "2290117746@qq.com"),
    "exmail": ("陈佳丽", "chenjl@hzshuju.com"), "n163": ("陈佳丽", "chen_jl@163.com"),
    "n126": ("财务-赵", "zhao_cw@126.com"), "coremail": ("赵敏", "zhaomin@hzshuju.com.cn"),
    "mailmaster": ("陈经理", "chen_jl@163.com"), "mmios": ("陈佳丽", "chenjl2020@126.com"),
    "foxmail": ("", "caiwu@hzshuju.com"), "alimail": ("赵敏", "zhao.min@hzshuju.com"),
    "olzhcn": ("刘喆", "liuzhe@hzshuju.com"), "olzhcnplain": ("刘喆", "liuzhe@hzshuju.com"),
    "owazh": ("陈佳丽", "jiali.chen@hzshuju.onmicrosoft.com"), "olmobzh": ("陈佳丽", "jiali.chen@hzshuju.com"),
    "gmailzh": ("Jiali Chen", "chenjiali.hz@gmail.com"), "applezh": ("陈佳丽", "chenjl@icloud.com"),
    "ioszh": ("陈总", "boss.chen@hzshuju.com"), "tbzh": ("赵敏", "zhaomin@hzshuju.com"),
    "huawei": ("陈佳丽", "chenjl@hzshuju.com"), "qqhtml": ("陈经理", "1846203315@qq.com"),
    "sina": ("周会计", "zhoukj@sina.com"),
}  # fmt: skip
HANT_SENDERS = {
    "olzhtw": ("黃偉明", "wm.wong@kowloon-trading.com.hk"), "owazhtw": ("林淑芬", "sf.lin@taipei-soft.com.tw"),
    "gmailtw": ("Ada Chan", "ada.chan.hk@gmail.com"), "ioszhtw": ("陳先生", "kc.chan@kowloon-trading.com.hk"),
    "olmobtw": ("林淑芬", "sf.lin@taipei-soft.com.tw"),
}  # fmt: skip
EN_SENDERS = ("Jane Smith", "jane.smith@acme.example.com")


def _sender(style: str, opts: dict) -> tuple[str, str]:
    if "sender" in opts:
        return opts["sender"]
    return ZH_SENDERS.get(style) or HANT_SENDERS.get(style) or EN_SENDERS


def _tz(style: str, opts: dict) -> str:
    if "tz" in opts:
        return opts["tz"]
    if UI[style] == "en":
        return "Europe/London"
    if UI[style] == "zh-Hant":
        return "Asia/Taipei" if "taipei" in _sender(style, opts)[1] else "Asia/Hong_Kong"
    return "Asia/Shanghai"


def write(out: Path, entries: list[tuple], tag: str) -> list[str]:
    """Write the replies of ``entries`` as ``{tag}NNN_*.eml`` into ``out``; their label lines."""
    lines = []
    for n, (style, kind, due, body, opts) in enumerate(entries, 1):
        assert style in STYLES, style
        tz = _tz(style, opts)
        day = opts.get("day", date(2026, 12, 2))
        when = datetime.combine(day, time(8 + n % 9, (n * 13) % 60, n % 60), ZoneInfo(tz))
        lang = {"zh": "zh", "zh-Hant": "zhHant", "en": "en"}[UI[style]]
        thread = opts.get("thread", "en" if lang == "en" or style == "olzhtw" else "zh")
        r = Reply(n=n, tag=tag, body=body, when=when, thread=thread, sender=_sender(style, opts),
                  atts=list(opts.get("atts", [])), below=bool(opts.get("below")),
                  noquote=bool(opts.get("noquote")), stage=opts.get("stage", "reminder"),
                  seq=opts.get("seq", 1), inline=opts.get("inline", ("", "")),
                  earlier=opts.get("earlier", ""))  # fmt: skip
        name = f"h{tag}{n:03d}_{lang}_{style}_{kind}.eml"
        (out / name).write_bytes(opts["raw"](r) if "raw" in opts else render(style, r))
        lines.append(_label(name, kind, due, opts, tz))
    return lines


def _label(name: str, kind: str, due: date | None, opts: dict, tz: str) -> str:
    parts = [f"kind: {kind}", f"date: {due.isoformat() if due else 'null'}"]
    if opts.get("danger"):
        parts.append("dangerous: true")
    if tz != "Asia/Shanghai":
        parts.append(f'tz: "{tz}"')
    if opts.get("known") is False:
        parts.append("known_sender: false")
    if opts.get("note"):
        parts.append(f'note: "{opts["note"]}"')
    return f"{name}: {{{', '.join(parts)}}}"


def entries(which: str) -> list[tuple]:
    """Set ``which``'s entries: ``heldout_c_set_<which>.py`` names them ``<WHICH>_SET``.

    A new set is one new module; this function needs no edit (set C, the first, says ``C``).
    """
    module = importlib.import_module(f"heldout_c_set_{which}")
    return getattr(module, "C" if which == "c" else f"{which.upper()}_SET")


def main(out: Path, which: str = "c") -> int:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"h{which}[0-9][0-9][0-9]_*.eml"):
        old.unlink()
    lines = [
        f"# Held-out set {which.upper()} (heldout_c_generate.py): kind, date, dangerous, tz, note."
    ]
    lines += write(out, entries(which), which)
    (out / "labels.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} files in {out}")
    return len(lines) - 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2].lower() if len(sys.argv) > 2 else "c")
