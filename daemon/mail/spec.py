"""What an email should be, before it is rendered: the one currency of everything sent.

The chase, PM alerts, acknowledgements, staff replies and the weekly report each decide
*what* to write and return a :class:`MailSpec`; :class:`daemon.outbox.mailer.Mailer`
renders it, composes the MIME message and hands it to the outbox. Pure data, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import Any

from daemon.domain.state import SendKey
from daemon.mail.parts import GeneratedFile


@dataclass(frozen=True)
class MailSpec:
    """One email to send, identified by ``key`` (its Message-ID derives from it).

    ``template`` names ``templates/<language>/<template>.{subject,txt,html}.j2``.
    ``letter`` True: a letter about ``key``'s contract/milestone, rendered with that
    milestone's full context (:func:`daemon.mail.context.context_for`) under
    ``context``. ``tag_key`` adds the ``X-Cuikuan-Key`` header (the chase's emails).
    ``timezone`` dates the message in that zone (default: ``now`` as given).
    ``covers``: a consolidated email's keys (``key`` first), each recorded as sent by it.
    """

    key: SendKey
    template: str
    language: str
    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    context: Mapping[str, Any] = field(default_factory=dict)
    letter: bool = False
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    auto_submitted: str | None = "auto-replied"
    attachments: tuple[Path, ...] = ()
    files: tuple[GeneratedFile, ...] = ()
    """Attachments made in memory (the statement's CSV)."""
    tag_key: bool = False
    timezone: tzinfo | None = None
    covers: tuple[SendKey, ...] = ()
