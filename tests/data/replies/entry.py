"""One hand-written reply body with its label, before a client style and a thread are given.

Placeholders filled per reply: {pm} (how the client addresses our PM), {ms} (milestone
name), {amt} (amount due), {half} / {part} / {rest} (a part of it), {contract}, {me} (the
writer's name), {co} (the writer's company), {title} (contract title).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class Entry:
    kind: str
    lang: str
    text: str
    date: date | None = None
    sent: datetime | None = None
    """When the reply was written (client's local time); set whenever the text has a
    relative date, so the label can be checked by hand."""
    tz: str = "Asia/Shanghai"
    atts: tuple[str, ...] = ()
    """``"jpg:转账凭证.jpg"``, ``"pdf:回单.pdf"``."""
    dangerous: bool = False
    note: str = ""
    clients: tuple[str, ...] = ()
    """Client styles to write it in (default: the next ones for its language)."""
    html_only: bool = False
    below: bool = False
    sign: bool = True
    known: bool = True
    """The sender is a client contact (a newsletter address is not)."""
    extra: dict[str, str] = field(default_factory=dict)


def at(text: str) -> datetime:
    """``"2026-11-24 10:12"`` -> naive datetime (the client's local time)."""
    return datetime.fromisoformat(text)


def d(text: str) -> date:
    return date.fromisoformat(text)


DANGEROUS_KINDS = {"dispute", "bank_question", "auto_reply", "bounce"}


def E(
    kind: str, lang: str, text: str, date_: str | None = None, sent: str | None = None, **kw: object
) -> Entry:
    """Shorthand used by the body lists: ``E("promise", "zh", "…", "2026-12-05", "2026-11-24 10:12")``."""
    dangerous = bool(kw.pop("dangerous", kind in DANGEROUS_KINDS))
    return Entry(
        kind,
        lang,
        text,
        d(date_) if date_ else None,
        at(sent) if sent else None,
        dangerous=dangerous,
        **kw,  # type: ignore[arg-type]
    )
