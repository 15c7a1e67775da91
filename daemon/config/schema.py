"""The configuration schema: settings, clients, contracts and milestones.

These pydantic models are what ``config.yaml`` (and any file in ``clients_dir``) must
look like. Unknown keys are errors (``extra="forbid"``): a typo must never be silently
ignored. Money is ``Decimal``. Free text that ends up in mail headers is checked for
CR/LF so no YAML value can inject a header.

The loader (:mod:`daemon.config.loader`) turns validation errors into ``file:line: field: message``.
"""

from __future__ import annotations

import re
from datetime import time
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    Field,
    model_validator,
)

from daemon.config.bank import BankSettings
from daemon.config.company import BankAccount, InvoicingDetails
from daemon.config.fields import (
    Currency,
    Day,
    EmailAddress,
    HeaderText,
    Id,
    Language,
    Money,
    Person,
    Strict,
    TimeOfDay,
    TimeZoneName,
)
from daemon.config.limitation import LimitationSettings
from daemon.config.mail_settings import MailSettings
from daemon.config.money_terms import LateInterest, PayNow, StatementSettings
from daemon.config.reply_kinds import ReplyKind


class SendWindow(Strict):
    """Local time of day (client's timezone) inside which mail may be sent."""

    start: TimeOfDay = time(9, 0)
    end: TimeOfDay = time(17, 0)

    @model_validator(mode="after")
    def _start_before_end(self) -> SendWindow:
        if self.start >= self.end:
            raise ValueError("send_window.start must be before send_window.end")
        return self


HardStep = Literal["demand", "escalate", "suspend", "legal"]
"""The chase stages that may wait for the PM's approval (``policy.approval_required``)."""


class Policy(Strict):
    """When each stage of the chase happens. Days are calendar days unless stated."""

    notice_days: int = Field(7, ge=0, le=365)
    """Written notice this many days before the due date (or before the discount deadline)."""
    reminder_every_days: int = Field(7, ge=1, le=365)
    """While overdue and before the demand letter: a reminder every N days."""
    demand_after_days: int = Field(30, ge=1, le=3650)
    """Formal demand letter at this many days overdue."""
    demand_deadline_days: int = Field(10, ge=1, le=365)
    """The demand letter gives the client this many days to pay."""
    escalate_after_days: int = Field(45, ge=1, le=3650)
    """Supervisor and finance copied at this many days overdue."""
    legal_after_days: int = Field(60, ge=1, le=3650)
    """Legal counsel notified at this many days overdue."""
    send_window: SendWindow = SendWindow()
    quiet_after_reply_days: int = Field(3, ge=0, le=365)
    """After a client's non-committal reply, the next reminder waits this many days."""
    promise_grace_days: int = Field(2, ge=0, le=365)
    """A promise to pay by a date holds the chase until that date plus this many days."""
    await_pm_days: int = Field(5, ge=1, le=365)
    """A reply cuikuan is not sure of holds the chase this many days for the PM's answer."""
    answer_hold_days: int = Field(3, ge=0, le=365)
    """After cuikuan answers a routine request (invoice resent, bank details), the next
    reminder waits this many days."""
    suspend_after_days: int | None = Field(None, ge=1, le=3650)
    """Notice that work or service stops as the contract allows (暂停服务) at this many
    days overdue, between the escalation and legal; None (the default): no such notice."""
    approval_required: list[HardStep] = Field(default_factory=list)
    """Letters cuikuan prepares but sends only after the PM replies ``approve`` (or drops
    on ``skip``): any of demand, escalate, suspend, legal. Never sent on their own."""
    approval_remind_days: int = Field(3, ge=1, le=365)
    """A letter waiting this many days for approval is brought to the PM by email."""
    call_before_demand: bool = False
    """After each overdue reminder (before the demand letter) the daily list asks the PM
    to call the client (``clients[].phone``); a reply ``called: …`` records the outcome."""

    @model_validator(mode="after")
    def _stages_in_order(self) -> Policy:
        if not self.demand_after_days < self.escalate_after_days < self.legal_after_days:
            raise ValueError(
                "demand_after_days < escalate_after_days < legal_after_days must hold "
                f"(got {self.demand_after_days}, {self.escalate_after_days}, "
                f"{self.legal_after_days})"
            )
        suspend = self.suspend_after_days
        if suspend is not None and not self.escalate_after_days < suspend < self.legal_after_days:
            raise ValueError(
                "escalate_after_days < suspend_after_days < legal_after_days must hold (the "
                "suspension notice follows the escalation; got "
                f"{self.escalate_after_days}, {suspend}, {self.legal_after_days})"
            )
        return self


class PolicyOverride(Strict):
    """Per-contract changes to the global policy; only the keys given are changed."""

    notice_days: int | None = Field(None, ge=0, le=365)
    reminder_every_days: int | None = Field(None, ge=1, le=365)
    demand_after_days: int | None = Field(None, ge=1, le=3650)
    demand_deadline_days: int | None = Field(None, ge=1, le=365)
    escalate_after_days: int | None = Field(None, ge=1, le=3650)
    legal_after_days: int | None = Field(None, ge=1, le=3650)
    send_window: SendWindow | None = None
    quiet_after_reply_days: int | None = Field(None, ge=0, le=365)
    promise_grace_days: int | None = Field(None, ge=0, le=365)
    await_pm_days: int | None = Field(None, ge=1, le=365)
    answer_hold_days: int | None = Field(None, ge=0, le=365)
    suspend_after_days: int | None = Field(None, ge=1, le=3650)
    approval_required: list[HardStep] | None = None
    approval_remind_days: int | None = Field(None, ge=1, le=365)
    call_before_demand: bool | None = None


class Discount(Strict):
    """Early-payment discount: ``percent`` off when paid at least ``days_before_due`` early."""

    percent: Decimal = Field(gt=0, lt=100)
    days_before_due: int = Field(ge=1, le=365)


class DueAfter(Strict):
    """A due date relative to a contract event that may be filled in later."""

    event: Id
    days: int = Field(ge=0, le=3650)


class Payment(Strict):
    """A payment the PM recorded by hand in YAML (the money arrived)."""

    on: Day
    amount: Money | None = None
    """Defaults to the milestone amount."""


class Milestone(Strict):
    """One payment of a contract: an amount or a percent, due on a date or after an event."""

    id: Id
    name: str
    amount: Money | None = None
    percent: Decimal | None = Field(None, gt=0, le=100)
    due: Day | None = None
    due_after: DueAfter | None = None
    invoice: Path | None = None
    """Invoice file to attach, relative to the config file that names it."""
    paid: Payment | None = None
    invoice_number: HeaderText | None = None
    """The invoice's number (发票号): a bank credit that quotes it is about this milestone."""

    @model_validator(mode="after")
    def _one_of_each(self) -> Milestone:
        if (self.amount is None) == (self.percent is None):
            raise ValueError("give exactly one of amount or percent")
        if (self.due is None) == (self.due_after is None):
            raise ValueError("give exactly one of due or due_after")
        return self


class AcceptanceRule(Strict):
    """How the acceptance date is known when the YAML leaves it empty (issue 13.7).

    A client's "验收合格 / accepted" reply or a staff ``accepted DATE`` fills
    ``events[event]``; with ``deemed_after_days`` the work counts as accepted that many
    days after ``events[after]`` (视为验收合格, as many Chinese contracts say) unless one
    of those came first. A date written in the YAML always wins.
    """

    event: Id = "acceptance"
    """The key of ``events`` that acceptance fills."""
    deemed_after_days: int | None = Field(None, ge=0, le=3650)
    after: Id = "delivery"
    """The key of ``events`` deemed acceptance counts from."""


class Contract(Strict):
    """A signed contract whose payments fall in milestones."""

    id: Id
    title: str
    currency: Currency = "CNY"
    total: Money
    signed: Day
    payment_instructions: str
    """How to pay: bank, account name and number, reference to quote. Multi-line text."""
    bank_account: BankAccount | None = None
    """This contract's collection account (default: ``settings.bank_account``)."""
    discount: Discount | None = None
    late_interest: LateInterest | None = None
    """Interest on late payment (rate as written, per day or year, from due or demand)."""
    pay_now: PayNow | None = None
    """A payment link and a collection QR image (default: ``settings.pay_now``)."""
    events: dict[Id, Day | None] = Field(default_factory=dict)
    """Dates of contract events (delivery, acceptance) that ``due_after`` refers to."""
    acceptance: AcceptanceRule | None = None
    """Deemed acceptance, or another event name for acceptance (default: ``acceptance``)."""
    policy: PolicyOverride | None = None
    milestones: list[Milestone] = Field(min_length=1)


class Contacts(Strict):
    """Client addresses: ``to`` receive the chase, ``cc`` are copied."""

    to: list[Person] = Field(min_length=1)
    cc: list[Person] = Field(default_factory=list)


_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-./]{4,30}$")


def _check_phone(value: str) -> str:
    """A number a person can dial: digits, an optional leading +, spaces, ( ) - . /."""
    digits = sum(c.isdigit() for c in value)
    if not _PHONE.match(value.strip()) or not 6 <= digits <= 20:
        raise ValueError(
            f"not a phone number: {value!r}; write digits with an optional leading + "
            "(e.g. '+86 571 8888 1234' or '0571-88881234')"
        )
    return value.strip()


Phone = Annotated[str, AfterValidator(_check_phone)]


class Client(Strict):
    """A client and its contracts."""

    id: Id
    name: HeaderText
    language: Language | None = None
    """Defaults to settings.language."""
    timezone: TimeZoneName | None = None
    """Defaults to settings.timezone."""
    calendar: str | None = None
    """Holiday calendar (country code understood by the ``holidays`` package), default settings."""
    contacts: Contacts
    phone: Phone | None = None
    """The number the PM calls between reminders (``policy.call_before_demand``)."""
    statement: bool = True
    """False: this client gets no monthly statement of account (``settings.statements``)."""
    contracts: list[Contract] = Field(default_factory=list)
    aliases: list[HeaderText] = Field(default_factory=list)
    """Other names it pays under (a parent company, an English name), for bank matching."""
    bank_accounts: list[HeaderText] = Field(default_factory=list)
    """Account numbers it pays from: a credit from one of them is this client's."""
    consolidate: bool | None = None
    """One letter for the chase emails due together (issue 13.2); default settings'."""
    limitation: LimitationSettings | None = None
    """This client's limitation period (another jurisdiction); default settings'."""


Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


class ReportSettings(Strict):
    """The weekly report emailed to the PM (``cuikuan report`` for the same on demand)."""

    weekly: bool = True
    """Email the PM a report every week."""
    weekday: Weekday = "mon"
    time: TimeOfDay = time(9, 0)
    """Local time (settings.timezone) on ``weekday`` when the report is sent."""


class AuthenticationSettings(Strict):
    """How cuikuan checks that an inbound email really comes from its From address."""

    alignment: Literal["strict", "relaxed"] = "strict"
    """DMARC alignment of a passing DKIM/SPF domain with the From domain: strict = equal;
    relaxed = same organizational domain (Public Suffix List)."""
    authserv_id: str | None = None
    """The authserv-id your receiving server writes in Authentication-Results (e.g.
    ``mx.example.cn``): only its headers count, all of them. Unset: the topmost one."""


class EvidenceSettings(Strict):
    """What cuikuan keeps, besides the emails, to prove them later (``cuikuan evidence``)."""

    dkim: bool = True
    """Check each client reply's DKIM signatures on arrival and keep the signing key as
    published then (:mod:`daemon.inbox.dkim_check`); false: no DNS lookups at all."""


class ReplySettings(Strict):
    """How replies are read: the PM's own phrases, per kind and language, without code."""

    phrases: dict[ReplyKind, dict[Literal["zh", "zh_hant", "en"], list[str]]] = Field(
        default_factory=dict
    )
    """e.g. ``{paid: {zh: [钱已落袋]}, dispute: {en: ["not what we ordered"]}}``."""
    learned: bool = True
    """A reply no rule reads gets the learned fallback's guess (daemon/inbox/fallback.py),
    always held for the PM with the words it came from; false: such a reply is ``other``."""


class Settings(Strict):
    """Who we are, who to tell, how to send, and the default policy."""

    company: HeaderText
    pm: Person
    supervisor: Person | None = None
    finance: Person | None = None
    legal: Person | None = None
    staff: list[EmailAddress] = Field(default_factory=list)
    """Extra addresses allowed to send commands by email (the PM and finance always are)."""
    require_authenticated_staff: bool = True
    """Staff commands need DKIM or SPF pass when the receiver added Authentication-Results."""
    authentication: AuthenticationSettings = AuthenticationSettings()
    evidence: EvidenceSettings = EvidenceSettings()
    language: Language = "zh"
    timezone: TimeZoneName = "Asia/Shanghai"
    calendar: str = "CN"
    policy: Policy = Policy()
    mail: MailSettings
    data_dir: Path = Path("data")
    templates_dir: Path | None = None
    """A folder whose files override the shipped templates, file by file."""
    clients_dir: Path | None = None
    """A folder of extra YAML files, each holding a ``clients:`` list."""
    tick_seconds: int = Field(60, ge=5, le=3600)
    clock_jump_days: int = Field(4, ge=1, le=3650)
    """Hold everything when the clock is this many days beyond the last activity."""
    unmatched_digest_minutes: int = Field(60, ge=1, le=1440)
    """With ``routine_alerts: email``: unmatched and unreadable mail is listed to the PM in
    one digest at most this often (with ``daily_list`` it is listed on the daily list)."""
    routine_alerts: Literal["daily_list", "email"] = "daily_list"
    """``daily_list``: only urgent PM alerts (:mod:`daemon.mail.urgency`) are emailed at
    once, the rest wait for the morning list; ``email``: every alert at once."""
    bank_account: BankAccount | None = None
    """The collection account in every payment email's pay-now block (a contract may differ)."""
    pay_now: PayNow | None = None
    """Default payment link / collection QR image of every contract (a contract may differ)."""
    statements: StatementSettings = StatementSettings()
    """The monthly statement of account to every client (``cuikuan statement`` on demand)."""
    invoicing: InvoicingDetails | None = None
    """开票信息: answered when a client asks for it (else the PM is asked)."""
    config_stable_seconds: int = Field(10, ge=0, le=600)
    """A changed config file is loaded once it has been unchanged this long (or on SIGHUP)."""
    new_contract_settle_minutes: int = Field(5, ge=0, le=1440)
    """A contract added to a running cuikuan sends its first email this long after it appears."""
    alert_after_hours: int = Field(4, ge=1, le=168)
    """Tell the PM when sending has been failing for this many hours."""
    report: ReportSettings = ReportSettings()
    replies: ReplySettings = ReplySettings()
    bank: BankSettings = BankSettings()
    """Bank statements dropped in a folder confirm payments (:mod:`daemon.config.bank`)."""
    limitation: LimitationSettings = LimitationSettings()
    """The limitation period; ``status`` shows its end, the daily list warns before it."""
    consolidate: bool = False
    """Join a client's chase emails due in the same send window into one letter
    (:mod:`daemon.domain.consolidation`); a client may say otherwise. Off by default so
    that an upgrade never changes what clients receive without the PM choosing it."""


class Config(Strict):
    """The whole configuration after loading ``config.yaml`` and every file in clients_dir."""

    settings: Settings
    clients: list[Client] = Field(default_factory=list)
    base_dir: Path = Path(".")
    """Folder of the main config file; relative paths in the config are resolved from it."""
