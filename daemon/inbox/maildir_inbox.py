"""Read replies from a local Maildir: the embedded default (``data/inbox``), no server needed.

A Maildir has no UIDs, so cursors do not fit: :meth:`MaildirSource.fetch_new` returns every
message still in the inbox (``new/`` and ``cur/``), and :meth:`mark_processed` renames the
file into a Maildir++ subfolder (``<inbox>/.processed`` or ``<inbox>/.unmatched``). A
handled message is therefore never seen again and nothing is ever deleted. A crash between
handling and filing shows the message once more; the caller dedupes by Message-ID.

UIDs are handed out per instance, in arrival order (file mtime, then name), and stay
stable for the life of the instance; ``uidvalidity`` is always 0.

The daemon's inbox watcher has an instance of its own. What counts as new for its
:meth:`~MaildirSource.wait_for_activity` is what the main thread's instance has not read
(:attr:`~MaildirSource.read_keys`, handed over by :meth:`~MaildirSource.follow`), as the
IMAP watcher waits beyond the main thread's cursor: a reply landing while the main thread
works is reported when it is done, not at the next tick.
"""

from __future__ import annotations

import logging
import mailbox
import os
import threading
import time
from collections.abc import Iterable
from email.parser import BytesHeaderParser
from pathlib import Path

from daemon.config.records import MaildirSettings
from daemon.errors import InboxError
from daemon.inbox.source import Cursor, InboundMessage, Outcome

logger = logging.getLogger(__name__)

INBOX_NAME = "INBOX"
_SUBFOLDERS = {"processed": "processed", "unmatched": "unmatched"}


class MaildirSource:
    """:class:`daemon.inbox.source.MailSource` over a local Maildir."""

    def __init__(
        self,
        inbox: Path,
        *,
        outbox: Path | None = None,
        sent: Path | None = None,
        poll_seconds: float = 1.0,
    ) -> None:
        self.inbox = Path(inbox)
        self.outbox = Path(outbox) if outbox is not None else None
        self.sent = Path(sent) if sent is not None else None
        self.poll_seconds = poll_seconds
        try:
            self.inbox.parent.mkdir(parents=True, exist_ok=True)
            self._box = mailbox.Maildir(self.inbox, create=True)
        except OSError as exc:
            raise InboxError(f"cannot open the inbox Maildir {self.inbox}: {exc}") from exc
        self._uids: dict[str, int] = {}  # file key (name before ':') -> uid
        self._paths: dict[int, Path] = {}
        self._next_uid = 1
        self.more_waiting = False
        self.read_keys: frozenset[str] = frozenset()
        """The files :meth:`fetch_new` has returned (or found unreadable) that were still
        in the inbox at its last call (keys: the name before ':'). Replaced whole, never
        changed in place: another thread reads it."""

    @classmethod
    def from_settings(cls, settings: MaildirSettings, base_dir: Path = Path(".")) -> MaildirSource:
        """The embedded default: inbox and outbox from ``settings.mail.maildir``."""
        return cls(base_dir / settings.inbox, outbox=base_dir / settings.outbox)

    # --- MailSource --------------------------------------------------------------------

    def fetch_new(
        self, cursor: Cursor | None, limit: int | None = None
    ) -> tuple[list[InboundMessage], Cursor]:
        """Every message still in the inbox, oldest first (the cursor is not needed)."""
        messages: list[InboundMessage] = []
        self.more_waiting = False
        listing = self._listing()
        present = {_key(path.name) for path in listing}
        read = set(self.read_keys & present)
        for path in listing:
            if limit is not None and len(messages) >= limit:
                self.more_waiting = True
                break
            read.add(_key(path.name))  # also when unreadable: not news for the watcher
            try:
                raw = path.read_bytes()
            except OSError:  # moved away by someone else meanwhile, or unreadable
                continue
            uid = self._uid_for(path)
            messages.append(InboundMessage(uid, raw, INBOX_NAME, 0))
        self.read_keys = frozenset(read)
        return messages, (0, self._next_uid - 1)

    def follow(self, read_keys: frozenset[str]) -> None:
        """Count as read exactly the files another instance has read (the watcher's
        instance follows the main thread's): :meth:`wait_for_activity` then reports any
        other file, including one that landed while the main thread was busy."""
        self.read_keys = read_keys

    def mark_processed(self, msg: InboundMessage, outcome: Outcome) -> None:
        """Rename the message's file into ``.processed`` or ``.unmatched`` (atomic, same disk)."""
        path = self._paths.get(msg.uid)
        if path is None or not path.exists():
            logger.warning("Maildir message uid %s is no longer in %s", msg.uid, self.inbox)
            return
        folder = self._folder(_SUBFOLDERS[outcome])
        name = path.name
        if outcome == "processed":
            base, _, info = name.partition(":2,")
            flags = "".join(sorted(set(info) | {"S"}))
            target = folder / "cur" / f"{base}:2,{flags}"
        else:
            target = folder / path.parent.name / name
        try:
            os.replace(path, target)
        except OSError as exc:
            raise InboxError(f"cannot move {path} to {target}: {exc}") from exc
        self._paths.pop(msg.uid, None)

    def mark_processed_many(self, items: Iterable[tuple[InboundMessage, Outcome]]) -> None:
        """:meth:`mark_processed` each one (renames are local: nothing to batch); files all
        it can and raises the first :class:`InboxError` afterwards."""
        failure: InboxError | None = None
        for msg, outcome in items:
            try:
                self.mark_processed(msg, outcome)
            except InboxError as exc:
                failure = failure or exc
        if failure is not None:
            raise failure

    def append_sent(self, raw: bytes) -> None:
        """Store a copy in the ``sent`` Maildir if one is configured (the outbox already is)."""
        if self.sent is None:
            return
        message = mailbox.MaildirMessage(raw)
        message.set_flags("S")
        message.set_subdir("cur")
        try:
            mailbox.Maildir(self.sent, create=True).add(message)
        except OSError as exc:
            raise InboxError(f"cannot write to the sent Maildir {self.sent}: {exc}") from exc

    def contains_message_id(self, folder: str | None, message_id: str) -> bool:
        """Search the outbox and sent Maildirs (None or "Sent"), else an inbox subfolder."""
        wanted = _normalise_id(message_id)
        if folder is None or folder.lower() == "sent":
            roots = [p for p in (self.outbox, self.sent) if p is not None]
        elif folder.upper() == INBOX_NAME:
            roots = [self.inbox]
        else:
            roots = [self.inbox / f".{folder.strip('.')}"]
        parser = BytesHeaderParser()
        for root in roots:
            for path in _maildir_files(root):
                try:
                    with path.open("rb") as handle:
                        headers = parser.parse(handle)
                except OSError:
                    continue
                value = headers.get("Message-ID")
                if value is not None and _normalise_id(str(value)) == wanted:
                    return True
        return False

    def wait_for_activity(self, timeout: float, stop: threading.Event) -> bool:
        """Poll the inbox every ``poll_seconds``; True as soon as a file is there that is
        not in :attr:`read_keys` (not returned by :meth:`fetch_new`, or not followed)."""
        deadline = time.monotonic() + timeout
        while not stop.is_set():
            read = self.read_keys
            if any(_key(path.name) not in read for path in self._listing()):
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            stop.wait(min(self.poll_seconds, remaining))
        return False

    def close(self) -> None:
        """Nothing to release."""

    # --- internals ---------------------------------------------------------------------

    def _folder(self, name: str) -> Path:
        path = self.inbox / f".{name}"
        if not (path / "cur").is_dir():
            try:
                self._box.add_folder(name)
            except OSError as exc:
                raise InboxError(f"cannot create Maildir folder {path}: {exc}") from exc
        return path

    def _uid_for(self, path: Path) -> int:
        key = _key(path.name)
        uid = self._uids.get(key)
        if uid is None:
            uid = self._uids[key] = self._next_uid
            self._next_uid += 1
        self._paths[uid] = path
        return uid

    def _listing(self) -> list[Path]:
        """Files in new/ and cur/, oldest first."""
        found: list[tuple[float, str, Path]] = []
        for path in _maildir_files(self.inbox):
            try:
                found.append((path.stat().st_mtime, path.name, path))
            except OSError:
                continue
        return [path for _mtime, _name, path in sorted(found)]


def _key(name: str) -> str:
    return name.split(":", 1)[0]


def _maildir_files(root: Path) -> list[Path]:
    files: list[Path] = []
    for sub in ("new", "cur"):
        try:
            entries = list(os.scandir(root / sub))
        except OSError:
            continue
        files.extend(Path(e.path) for e in entries if not e.name.startswith(".") and e.is_file())
    return files


def _normalise_id(value: str) -> str:
    value = value.strip()
    return value if value.startswith("<") else f"<{value}>"
