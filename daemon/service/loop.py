"""The daemon: wakes up on a schedule, runs ticks, reloads config, stops cleanly.

The ``schedule`` library only decides *when* to wake up; what to do is decided from the
stored state by the engine, so a missed wake-up (daemon down, laptop asleep) costs nothing:
the next tick catches up. Following rq/huey:

- signal handlers only set flags; the loop sleeps on ``stop.wait(timeout)`` so SIGTERM wakes
  it at once, and the email in flight is finished before exiting;
- every job runs inside its own ``try/except``: the loop lives on (``schedule`` itself
  would let the exception escape and never reschedule the job); a job that keeps failing
  backs off (1, 2, 4 … 300 s) and logs one line per change of state, the traceback only
  at DEBUG (:mod:`daemon.health`);
- the stop flag is read between the steps of a cycle, between inbound messages and
  between (and inside) SMTP transactions: a stop waits for one server reply at most;
- a bad config edit keeps the last good config in force; the errors are logged once per edit;
- a config edit is loaded only once the files have been still for a few seconds (at once on
  SIGHUP): a file written in two chunks is never loaded half-written (:mod:`daemon.domain.settle`);
- the inbox is read before each tick (so a "we paid" stops a reminder due the same tick), and
  in between whenever an :class:`~daemon.inbox.watcher.InboxWatcher` thread (IMAP IDLE, or
  Maildir polling) sees new mail. The watcher only wakes the loop: the main thread does all
  store and engine work (single writer).
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import FrameType
from zoneinfo import ZoneInfo

import schedule

from daemon.bank.credit import StatementError
from daemon.bank.folder import BankFolders, FolderResult, process_folder
from daemon.chase.engine import Engine, TickResult
from daemon.clock import Clock, SystemClock
from daemon.config.child import load_lean
from daemon.config.files import config_fingerprint
from daemon.config.records import Config
from daemon.domain.settle import StableWatch
from daemon.errors import ConfigError
from daemon.health import Backoff
from daemon.inbox.imap import ImapSource
from daemon.inbox.maildir_inbox import MaildirSource
from daemon.inbox.processor import InboxResult
from daemon.inbox.source import MailSource
from daemon.inbox.watcher import InboxWatcher
from daemon.outbox.morning import MorningList
from daemon.reports.history import record_reviews
from daemon.reports.statement_mail import Statements
from daemon.reports.summary_refresh import Refresher
from daemon.reports.weekly import carries_todays_list, maybe_send_weekly_report
from daemon.service.clock_watch import ClockWatch
from daemon.service.runtime import make_source, open_runtime
from daemon.service.sd_notify import Notifier

log = logging.getLogger(__name__)

CONFIG_CHECK_SECONDS = 2
WATCHER_JOIN_SECONDS = 5.0
"""How long a stop waits for the inbox watcher thread (it is a daemon thread after that)."""


def stop_budget(smtp_timeout: float, imap_timeout: float) -> float:
    """The longest a stop can take, in seconds, once SIGTERM has arrived.

    The stop flag is read between messages and between the steps of every transaction,
    so what is in flight is at most: one SMTP reply (the final dot's 250; an upload is
    abandoned before its dot), then three IMAP replies (the Sent copy of that email or
    the fetch in progress, filing the messages already handled, the logout), then the
    watcher's join. systemd's TimeoutStopSec must be above this for the maximum timeouts,
    or a stop could SIGKILL a transaction (tests/test_stop_and_backoff.py checks it).
    """
    return smtp_timeout + 3 * imap_timeout + WATCHER_JOIN_SECONDS


MAILDIR_WATCH_SECONDS = 60.0
"""How long one Maildir watch lasts (it polls every second inside)."""


class Daemon:
    """Owns the loop; everything it does goes through an :class:`Engine`."""

    def __init__(
        self,
        config_path: Path,
        config: Config,
        clock: Clock,
        *,
        clock_guard: bool | None = None,
        accept_clock: bool = False,
    ) -> None:
        """``clock_guard``: hold after a clock jump (default: with the wall clock only);
        ``accept_clock``: take the clock's time as true once (``run --accept-clock``)."""
        self.config_path = config_path
        self.clock = clock
        self.stop = threading.Event()
        self.reload_requested = threading.Event()
        self.notifier = Notifier.from_env()
        self.monotonic: Callable[[], float] = time.monotonic
        """Times config settling and the backoff of failing jobs (tests advance their own)."""
        self._watch = StableWatch(
            config_fingerprint(config_path), config.settings.config_stable_seconds
        )
        self._reported_fingerprint: object = None
        self.wake = threading.Event()
        """Set by the inbox watcher (and by a stop signal): run a cycle now."""
        self.cycle_done = threading.Event()
        self.summaries = Refresher(config_path)
        """Keeps the status and report summaries fresh, in a child process."""
        self.runtime = open_runtime(config, stop=self.stop, config_path=config_path)
        self.morning = MorningList()
        self.statements = Statements()
        self.engine: Engine = self.runtime.engine
        self.watcher: InboxWatcher | None = None
        self.backoffs: dict[str, Backoff] = {}
        """One per job (process_inbox, tick, reports, check_config): see daemon.health."""
        self.clock_watch: ClockWatch | None = None
        if clock_guard if clock_guard is not None else isinstance(clock, SystemClock):
            days = timedelta(days=config.settings.clock_jump_days)
            settings = config.settings
            self.clock_watch = ClockWatch(
                settings.data_dir,
                days,
                self.runtime.store,
                self.runtime.alerts,
                ZoneInfo(settings.timezone),
            )
            if accept_clock:
                self.clock_watch.allows(clock.now(), accept=True)

    def clock_ok(self) -> bool:
        """False while a clock jump is held (issue 10.3): then nothing acts."""
        return self.clock_watch is None or self.clock_watch.allows(self.clock.now())

    # -- one step -------------------------------------------------------------
    def process_inbox(self) -> InboxResult | None:
        """Act on new mail once (None when there is no inbox)."""
        inbox = self.runtime.inbox
        if inbox is None or not self.clock_ok():
            return None
        return inbox.process(self.clock.now())

    def process_bank(self) -> FolderResult | None:
        """Import the bank statements dropped in the watched folder (issue 16), before the
        tick: a milestone a credit paid gets its thank-you, not a reminder, this cycle."""
        if not self.clock_ok():
            return None
        now = self.clock.now()

        def report(exc: StatementError, failed: Path, folders: BankFolders) -> None:
            reason = f"row {exc.row}: {exc.reason}" if exc.row is not None else exc.reason
            with self.runtime.mailer.outbox.session(now):
                self.runtime.alerts.alert(
                    now,
                    "bank_statement_failed",
                    f"bank:{failed}",
                    file=exc.source,
                    reason=reason,
                    failed=str(failed),
                    incoming=str(folders.incoming),
                )

        return process_folder(self.runtime.store, self.engine.config, now, report=report)

    def cycle(self) -> None:
        """Read the inbox and the bank folder, then tick; each step guarded so one failing
        spares the others."""
        try:
            for step in (self.process_inbox, self.process_bank, self.tick, self.reports):
                if self.stop.is_set():
                    break
                self._guarded(step)
        finally:
            self.cycle_done.set()

    def reports(self) -> None:
        """Record reviews of contracts just fully paid; send the weekly report, the clients'
        monthly statements, the PM's daily list and (``routine_alerts: email``) the digest
        of unmatched mail when due."""
        if not self.clock_ok():
            return
        now = self.clock.now()
        config = self.engine.config
        record_reviews(config, self.runtime.store, now)
        maybe_send_weekly_report(config, self.runtime.mailer, now)
        self.statements.maybe_send(config, self.runtime.mailer, now)
        with self.runtime.mailer.outbox.session(now):
            store = self.runtime.store

            def weekly_carries_it() -> bool:
                return carries_todays_list(config, store.snapshot(), now)

            self.morning.maybe_send(config, self.runtime.mailer, now, defer=weekly_carries_it)
        if self.runtime.inbox is not None and config.settings.routine_alerts == "email":
            with self.runtime.mailer.outbox.session(now):
                self.runtime.inbox.digest.maybe_send(now)

    def tick(self) -> TickResult:
        if not self.clock_ok():
            return TickResult()
        now = self.clock.now()
        result = self.engine.tick(now)
        if result.sent or result.deferred or result.failed:
            log.info(
                "tick at %s: %d sent, %d skipped, %d deferred, %d failed",
                now.isoformat(timespec="seconds"),
                len(result.sent),
                len(result.skipped),
                len(result.deferred),
                len(result.failed),
            )
        self.notifier.status(
            f"last tick {now.isoformat(timespec='minutes')}: {len(result.sent)} sent, "
            f"{len(result.deferred)} deferred, {len(result.failed)} failed"
        )
        return result

    def check_config(self) -> None:
        """Reload the config if its files changed (or SIGHUP asked); keep the old one if bad."""
        fingerprint = config_fingerprint(self.config_path)
        forced = self.reload_requested.is_set()
        if not self._watch.should_load(fingerprint, self.monotonic(), force=forced):
            return
        self.reload_requested.clear()
        try:
            config = load_lean(self.config_path)
        except ConfigError as exc:
            if fingerprint != self._reported_fingerprint:
                self._reported_fingerprint = fingerprint
                log.error("config edit rejected, the last good config stays in force:\n%s", exc)
                self.runtime.alerts.alert(
                    self.clock.now(),
                    "config_error",
                    f"config:{fingerprint}",
                    errors=str(exc),
                )
            return
        self._watch.loaded_as(fingerprint)
        self._watch.stable_for = config.settings.config_stable_seconds
        self.engine.reconfigure(config)
        if self.runtime.inbox is not None:
            self.runtime.inbox.reconfigure(config)  # mail settings apply after a restart
        log.info(
            "config reloaded from %s: %d clients, %d contracts",
            self.config_path,
            len(config.clients),
            sum(len(c.contracts) for c in config.clients),
        )
        # A new client or a moved date should not wait for the next scheduled tick.
        self.tick()
        self.summaries.soon()  # status/report from a summary again after this tick

    # -- the loop -------------------------------------------------------------
    def run(self, *, once: bool = False) -> None:
        """Tick once (``once``) or until SIGTERM/SIGINT."""
        try:
            if once:
                self._guarded(self.process_inbox)
                self._guarded(self.process_bank)
                self.tick()
                self._guarded(self.reports)
                return
            self._install_signal_handlers()
            scheduler = schedule.Scheduler()
            tick_seconds = self.engine.config.settings.tick_seconds
            scheduler.every(tick_seconds).seconds.do(self.cycle)
            scheduler.every(CONFIG_CHECK_SECONDS).seconds.do(self._guarded, self.check_config)
            log.info("cuikuan running: a tick every %d s", tick_seconds)
            self.start_watcher()
            self.notifier.ready(f"running: a tick every {tick_seconds} s")
            self.cycle()
            mail_waiting = False
            while not self.stop.is_set():
                if self.reload_requested.is_set():
                    self._guarded(self.check_config)
                if self.wake.is_set():
                    self.wake.clear()
                    mail_waiting = True
                if mail_waiting and self._inbox_may_run():
                    mail_waiting = False
                    self.cycle()
                scheduler.run_pending()
                self.keep_summaries()
                self.notifier.ping_if_due(time.monotonic())
                idle = scheduler.idle_seconds
                self.wake.wait(timeout=max(0.0, min(idle if idle is not None else 1.0, 1.0)))
            log.info("stopping: signal received")
        finally:
            self.notifier.stopping()
            self.stop.set()
            if self.watcher is not None:
                self.watcher.join(timeout=WATCHER_JOIN_SECONDS)
            self.summaries.close()
            self.runtime.close()

    def keep_summaries(self) -> None:
        """Start the long way of ``status``/``report`` in a child when the kept summaries
        no longer hold (:mod:`daemon.reports.summary_refresh`); never fails the loop."""
        if not self.clock_ok():
            return
        try:
            self.summaries.maybe_start(self.clock.now(), self.monotonic())
        except Exception:  # noqa: BLE001 - a shortcut lost, nothing else
            log.exception("summary refresh")

    def _inbox_may_run(self) -> bool:
        """Whether the inbox step would read now: it is not sitting out a backoff and no
        clock jump is held.

        New mail that the watcher reports while the inbox backs off (the server was just
        restarted: this thread's connection failed, the watcher's new one sees the mail)
        is kept until the wait is over, not dropped: the watcher reports it once and then
        waits for a finished cycle, so a dropped report cost up to ``CYCLE_WAIT_SECONDS``.
        While a jump is held the report is kept too: a cycle would read nothing, and the
        watcher, still seeing mail beyond what was read, would report it again at once
        (a busy loop for as long as the hold lasts).
        """
        inbox = self.backoffs.get("process_inbox")
        return (inbox is None or inbox.ready()) and self.clock_ok()

    def start_watcher(self) -> None:
        """Start the thread that wakes the loop when mail arrives (own connection)."""
        inbox = self.runtime.inbox
        if inbox is None:
            return
        try:
            source = make_source(self.engine.config)
        except ConfigError as exc:
            log.error("no inbox watcher (the inbox is still read every tick): %s", exc)
            return
        imap = self.engine.config.settings.mail.imap
        timeout = float(imap.idle_renew_seconds) if imap is not None else MAILDIR_WATCH_SECONDS

        def sync(watched: MailSource) -> None:
            # Tell the watcher's source how far the main thread has read, so its wait
            # returns at once for mail beyond that, and only for such mail.
            if isinstance(watched, ImapSource):
                watched.fetch_new(inbox.published_cursor, limit=0)
            elif isinstance(watched, MaildirSource) and isinstance(inbox.source, MaildirSource):
                watched.follow(inbox.source.read_keys)

        self.watcher = InboxWatcher(
            source, sync, self.wake, self.cycle_done, self.stop, timeout=timeout
        )
        self.watcher.start()

    def _guarded(self, job: Callable[[], object]) -> None:
        """Run ``job`` unless it is backing off; its failures never stop the loop."""
        name = getattr(job, "__name__", str(job))
        backoff = self.backoffs.get(name)
        if backoff is None:
            backoff = self.backoffs[name] = Backoff(name, self.monotonic)
        if not backoff.ready():
            return
        try:
            job()
        except Exception as exc:
            backoff.failed(exc)
        else:
            backoff.succeeded()

    def _install_signal_handlers(self) -> None:
        def on_stop(signum: int, _frame: FrameType | None) -> None:
            log.info("received %s", signal.Signals(signum).name)
            self.stop.set()
            self.wake.set()

        def on_hup(_signum: int, _frame: FrameType | None) -> None:
            self.reload_requested.set()

        signal.signal(signal.SIGTERM, on_stop)
        signal.signal(signal.SIGINT, on_stop)
        signal.signal(signal.SIGHUP, on_hup)
