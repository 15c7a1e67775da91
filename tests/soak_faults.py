"""Faults the crash soak can add to its kills: a disk that fills and frees, and client replies.

Used by :mod:`tests.soak_support` (and so by ``bench/soak.py`` and the slow soak test):

* :class:`SmallDisk` mounts a small tmpfs on the daemon's data folder, and
  :class:`DiskFiller` fills it to the last byte and frees it again, over and over, while
  the daemon is being killed: every write of the daemon (spool, state, journal, history,
  archive) meets a full disk at some point. Mounting needs root (or CAP_SYS_ADMIN);
  :class:`MountRefused` says so clearly and the caller skips.
* :class:`ReplyStream` delivers client replies into the real Dovecot INBOX over LMTP
  during the kills, each answering an email the SMTP server already accepted, and
  :func:`replies_acted_on` counts afterwards how often each was acted on (a ``received``
  event in the history): exactly once each, or it was lost (0) or acted on twice (2+).

A reply is a promise to pay ("We will pay on 2026-12-20") about a milestone whose one due
email (a reminder) the server already accepted: a promise holds that milestone's later
reminders only, so it does not change which chase emails are due (the soak still expects
every one of them exactly once).
"""

from __future__ import annotations

import contextlib
import errno
import random
import shutil
import subprocess
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from daemon.clock import parse_now
from daemon.storage.store import Store
from tests.fixtures.dovecot import Dovecot
from tests.soak_result import SoakOptions


class MountRefused(RuntimeError):
    """A tmpfs cannot be mounted here (not root, no CAP_SYS_ADMIN, no mount command)."""


class SmallDisk:
    """A tmpfs of ``megabytes`` MB mounted on ``folder`` for the ``with`` block."""

    def __init__(self, folder: Path, megabytes: int) -> None:
        self.folder = folder
        self.megabytes = megabytes

    def __enter__(self) -> SmallDisk:
        self.folder.mkdir(parents=True, exist_ok=True)
        mount = shutil.which("mount")
        if mount is None:
            raise MountRefused("no mount command: the disk-full soak mounts a small tmpfs")
        done = subprocess.run(
            [mount, "-t", "tmpfs", "-o", f"size={self.megabytes}m", "tmpfs", str(self.folder)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            problem = done.stderr.strip() or f"exit {done.returncode}"
            raise MountRefused(
                f"cannot mount a tmpfs on {self.folder} ({problem}): the disk-full soak "
                "needs root (or CAP_SYS_ADMIN)"
            )
        return self

    def __exit__(self, *exc: object) -> None:
        subprocess.run(["umount", "-l", str(self.folder)], check=False, capture_output=True)


def fill(folder: Path, name: str = "filler") -> Path:
    """Write a file in ``folder`` until the file system refuses even one more byte."""
    filler = folder / name
    with open(filler, "wb", buffering=0) as fh:
        for size in (1 << 20, 65536, 4096, 512, 1):
            try:
                while fh.write(b"\0" * size):
                    pass
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
    return filler


class DiskFiller:
    """Fills ``folder`` for ``full`` seconds, frees it for ``free`` seconds, again and again.

    Both durations are drawn uniformly from (0.5×, 1.5×) of the given value, so the full
    periods land on every step of the daemon. ``stop()`` frees the disk for good.
    """

    def __init__(self, folder: Path, *, full: float, free: float, seed: int) -> None:
        self.folder = folder
        self.full, self.free = full, free
        self.rng = random.Random(seed)
        self.fills = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="disk-filler", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.free * self.rng.uniform(0.5, 1.5)):
            filler = fill(self.folder)
            self.fills += 1
            self._stop.wait(self.full * self.rng.uniform(0.5, 1.5))
            filler.unlink()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)
        with contextlib.suppress(FileNotFoundError):
            (self.folder / "filler").unlink()


def promise(reply_to: str, client: int, contract: str, n: int, now: str) -> tuple[str, bytes]:
    """(Message-ID, bytes) of a client's promise to pay, answering ``reply_to``."""
    msg = EmailMessage()
    mid = f"<soak-reply-{n}@client{client}.example.com>"
    msg["From"] = f"Buyer {client} <buyer{client}@client{client}.example.com>"
    msg["To"] = "ar@example.cn"
    msg["Subject"] = f"Re: {contract} second milestone"
    msg["Date"] = format_datetime(parse_now(now))
    msg["Message-ID"] = mid
    msg["In-Reply-To"] = reply_to
    msg["References"] = reply_to
    msg.set_content("Hello,\n\nWe will pay on 2026-12-20.\n\nRegards,\nBuyer\n")
    return mid, msg.as_bytes()


class ReplyStream:
    """Delivers up to ``count`` replies into ``user``'s INBOX, one every ``every`` seconds.

    ``answerable()`` lists (reply-to Message-ID, client number, contract) that may be
    answered now; each contract is answered once.
    """

    def __init__(
        self,
        dovecot: Dovecot,
        user: str,
        answerable: Callable[[], Iterable[tuple[str, int, str]]],
        *,
        count: int,
        every: float,
        now: str,
    ) -> None:
        self.dovecot, self.user = dovecot, user
        self.answerable = answerable
        self.count, self.every, self.now = count, every, now
        self.delivered: list[str] = []
        self.during_kills = 0
        """Replies delivered while the daemon was being killed (the rest came after)."""
        self._answered: set[str] = set()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="reply-stream", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        while len(self.delivered) < self.count and not self._stop.wait(self.every):
            self.deliver_one()

    def deliver_one(self) -> bool:
        """Deliver one reply if some contract can be answered; True if one was."""
        for reply_to, client, contract in self.answerable():
            if contract in self._answered:
                continue
            mid, raw = promise(reply_to, client, contract, len(self.delivered), self.now)
            sender = f"buyer{client}@client{client}.example.com"
            self.dovecot.deliver_lmtp(self.user, raw, sender=sender)
            self._answered.add(contract)
            self.delivered.append(mid)
            return True
        return False

    def kills_over(self) -> None:
        """The kills are over: count what came meanwhile, deliver what is answerable now.

        The stream goes on with the rest (answerable once the final run has sent their
        reminders: on a loaded machine the kills may end before it did) until
        :meth:`finish`; ``delivered`` is the live list the final run waits on.
        """
        self.during_kills = len(self.delivered)
        while len(self.delivered) < self.count and self.deliver_one():
            pass

    def finish(self) -> None:
        """Stop the stream (after the final run: nothing is delivered after it)."""
        self._stop.set()
        self._thread.join(timeout=30)


def replies_acted_on(state: Path, replies: Iterable[str]) -> Counter[str]:
    """How many ``received`` events the history holds for each of ``replies``."""
    wanted = set(replies)
    counts: Counter[str] = Counter({mid: 0 for mid in wanted})
    with Store(state, read_only=True) as store:
        for event in store.events():
            mid = event["data"].get("message_id")
            if event["kind"] == "received" and mid in wanted:
                counts[mid] += 1
    return counts


class Faults:
    """The disk filler and the reply stream of one soak (each only when asked for)."""

    def __init__(self) -> None:
        self.filler: DiskFiller | None = None
        self.stream: ReplyStream | None = None
        self.fills = 0
        self.replies: list[str] = []
        self.replies_during_kills = 0

    @staticmethod
    def describe(options: SoakOptions) -> str:
        text = ""
        if options.disk_mb:
            text += f", a {options.disk_mb} MB data disk that fills and frees"
        if options.replies:
            text += f", {options.replies} client replies arriving"
        return text

    def start(
        self,
        options: SoakOptions,
        root: Path,
        dovecot: Dovecot,
        answerable: Callable[[], list[tuple[str, int, str]]],
        *,
        user: str,
        now: str,
    ) -> None:
        if options.disk_mb:
            self.filler = DiskFiller(
                root / "data", full=options.disk_full, free=options.disk_free, seed=options.seed
            )
            self.filler.start()
        if options.replies:
            self.stream = ReplyStream(
                dovecot,
                user,
                answerable,
                count=options.replies,
                every=options.reply_every,
                now=now,
            )
            self.stream.start()

    def stop(self) -> None:
        """Free the disk for good (before the final run); the replies still owed keep
        coming as they become answerable (:attr:`replies` is the live list) until
        :meth:`finish`."""
        if self.filler is not None:
            self.filler.stop()
            self.fills = self.filler.fills
        if self.stream is not None:
            self.stream.kills_over()
            self.replies = self.stream.delivered
            self.replies_during_kills = self.stream.during_kills

    def owed(self) -> int:
        """Replies asked for and not delivered yet."""
        return self.stream.count - len(self.stream.delivered) if self.stream else 0

    def finish(self) -> None:
        """After the final run: no more replies."""
        if self.stream is not None:
            self.stream.finish()
