"""An email the chase wants sent, before it is rendered: the planner's output.

Its identity is a :class:`~daemon.domain.state.SendKey`; its Message-ID is derived from that key
alone, so the same decision always yields the same Message-ID. That is what lets the store,
the Sent folder and the inbox recognise an email across restarts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from daemon.domain.state import SendKey


@dataclass(frozen=True)
class PlannedEmail:
    """One email due at ``at`` (aware, in the client's timezone)."""

    key: SendKey
    at: datetime
    client: str
    language: str
    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    thread: tuple[str, ...] = ()
    """Message-IDs already sent in this milestone's thread, oldest first (for References)."""
    supersedes: tuple[SendKey, ...] = ()
    """Earlier stages that were missed (daemon down) and are skipped in favour of this one."""

    def as_row(self) -> dict[str, Any]:
        """The email as a row of ``cuikuan plan --json`` (and the report's upcoming list)."""
        return {
            "at": self.at.isoformat(),
            "client": self.client,
            "contract": self.key.contract,
            "milestone": self.key.milestone,
            "stage": self.key.stage,
            "seq": self.key.seq,
            "to": list(self.to),
            "cc": list(self.cc),
        }


def message_id(key: SendKey, domain: str) -> str:
    """The deterministic Message-ID of the email identified by ``key``."""
    milestone = key.milestone if key.milestone is not None else "-"
    return f"<ck.{key.contract}.{milestone}.{key.stage}.{key.seq}@{domain}>"


def reference_token(contract: str, milestone: str | None) -> str:
    """The token carried in every subject, e.g. ``[CK-C2026-01-deposit]``.

    Replies keep it, so a reply whose headers were stripped still finds its milestone.
    """
    return f"[CK-{contract}-{milestone}]" if milestone else f"[CK-{contract}]"
