"""How each client writes the quoted mail's date, and the quoted reminder as HTML."""

from __future__ import annotations

from datetime import datetime

from mime_parts import html_escape
from world import Thread

WEEK_ZH = "一二三四五六日"


def half_day(when: datetime) -> str:
    """QQ's 12-hour clock words: 上午 / 中午 (12:xx) / 下午 / 晚上."""
    h = when.hour
    word = "上午" if h < 12 else "中午" if h == 12 else "下午" if h < 19 else "晚上"
    return f"{word}{(h - 1) % 12 + 1}:{when.minute:02d}"


def qq_web(when: datetime) -> str:
    return (
        f"{when.year}年{when.month}月{when.day}日(星期{WEEK_ZH[when.weekday()]}) {half_day(when)}"
    )


def zh_plain(when: datetime) -> str:
    """``2026年1月5日 10:30``: Outlook zh-CN, QQ app."""
    return f"{when.year}年{when.month}月{when.day}日 {when.hour}:{when.minute:02d}"


def en_outlook(when: datetime) -> str:
    """``Monday, January 5, 2026 10:30 AM``."""
    return when.strftime("%A, %B ") + f"{when.day}, {when.year} " + ampm(when)


def ampm(when: datetime, space: str = " ") -> str:
    return f"{(when.hour - 1) % 12 + 1}:{when.minute:02d}{space}{'AM' if when.hour < 12 else 'PM'}"


def reminder_html(thread: Thread) -> str:
    """Our reminder's HTML as the quoting client shows it (one div per line)."""
    rows = []
    for line in thread.quoted_text().split("\n"):
        rows.append(f"<div>{html_escape(line) if line else '<br>'}</div>")
    return "\n".join(rows)


def quote_lines(text: str, prefix: str = "> ") -> str:
    """``> `` on every line, a bare ``>`` for blank ones (Gmail, Apple, Thunderbird)."""
    return "\n".join((prefix + line) if line else prefix.rstrip() for line in text.split("\n"))


def wrap(text: str, width: int = 76) -> str:
    """Re-wrap long ASCII lines near ``width`` columns (Gmail's quote); CJK lines stay."""
    out = []
    for line in text.split("\n"):
        while len(line) > width and line.isascii() and " " in line[:width]:
            cut = line.rfind(" ", 0, width)
            out.append(line[:cut])
            line = line[cut + 1 :]
        out.append(line)
    return "\n".join(out)


def inline_answer(quoted: str, marker: str, answer: str) -> str:
    """``quoted`` (already ``> ``-prefixed) with ``answer`` after the first line holding
    ``marker``, set off by blank lines as people do when they answer point by point."""
    lines = quoted.split("\n")
    at = next((i for i, line in enumerate(lines) if marker in line), len(lines) - 1)
    return "\n".join(lines[: at + 1] + ["", answer, ""] + lines[at + 1 :])
