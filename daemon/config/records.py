"""The config as plain records: what every part of cuikuan holds once the config is loaded.

Generated from the pydantic models of :mod:`daemon.config.schema` by
``tests/test_config_records.py`` (which fails when this file is not current): do not edit.
Same class names, fields, order and types as the models, frozen and slotted, the models'
behaviour through the same mixins. Why: the models' validation (pydantic, ~11 MB) is needed
only while a config is loaded; the daemon loads it in a child process
(:mod:`daemon.config.child`) and never imports pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from pathlib import Path
from typing import Literal

from daemon.config.limitation_presets import Jurisdiction, LimitationRules
from daemon.config.reply_kinds import ReplyKind

HardStep = Literal["demand", "escalate", "suspend", "legal"]

Language = Literal["zh", "en"]

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """Record of :class:`daemon.config.fields.Person`."""

    name: str
    email: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AuthenticationSettings:
    """Record of :class:`daemon.config.schema.AuthenticationSettings`."""

    alignment: Literal["strict", "relaxed"]
    authserv_id: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceSettings:
    """Record of :class:`daemon.config.schema.EvidenceSettings`."""

    dkim: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class SendWindow:
    """Record of :class:`daemon.config.schema.SendWindow`."""

    start: time
    end: time


@dataclass(frozen=True, slots=True, kw_only=True)
class Policy:
    """Record of :class:`daemon.config.schema.Policy`."""

    notice_days: int
    reminder_every_days: int
    demand_after_days: int
    demand_deadline_days: int
    escalate_after_days: int
    legal_after_days: int
    send_window: SendWindow
    quiet_after_reply_days: int
    promise_grace_days: int
    await_pm_days: int
    answer_hold_days: int
    suspend_after_days: int | None
    approval_required: list[HardStep]
    approval_remind_days: int
    call_before_demand: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class MaildirSettings:
    """Record of :class:`daemon.config.mail_settings.MaildirSettings`."""

    outbox: Path
    inbox: Path


@dataclass(frozen=True, slots=True, kw_only=True)
class SmtpSettings:
    """Record of :class:`daemon.config.mail_settings.SmtpSettings`."""

    host: str
    port: int
    security: Literal["starttls", "ssl", "none"]
    username: str | None
    password_env: str | None
    password_file: Path | None
    timeout: float


@dataclass(frozen=True, slots=True, kw_only=True)
class ImapSettings:
    """Record of :class:`daemon.config.mail_settings.ImapSettings`."""

    host: str
    port: int
    security: Literal["ssl", "starttls", "none"]
    username: str
    password_env: str | None
    password_file: Path | None
    timeout: float
    mailbox: str
    sent_folder: str
    append_sent: bool
    processed_folder: str
    unmatched_folder: str
    after_processing: Literal["move", "flag"]
    idle_renew_seconds: int
    poll_seconds: int


@dataclass(frozen=True, slots=True, kw_only=True)
class MailSettings:
    """Record of :class:`daemon.config.mail_settings.MailSettings`."""

    sender: Person
    reply_to: str | None
    transport: Literal["maildir", "smtp"]
    maildir: MaildirSettings
    smtp: SmtpSettings | None
    imap: ImapSettings | None
    message_id_domain: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class BankAccount:
    """Record of :class:`daemon.config.company.BankAccount`."""

    account_name: str
    bank: str
    account_number: str
    iban: str | None
    bic: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class PayNow:
    """Record of :class:`daemon.config.money_terms.PayNow`."""

    link: str | None
    qr_image: Path | None
    qr_caption: str | None
    epc_qr: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementSettings:
    """Record of :class:`daemon.config.money_terms.StatementSettings`."""

    enabled: bool
    day: int


@dataclass(frozen=True, slots=True, kw_only=True)
class InvoicingDetails:
    """Record of :class:`daemon.config.company.InvoicingDetails`."""

    name: str
    tax_id: str
    address: str | None
    phone: str | None
    bank: str | None
    account_number: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportSettings:
    """Record of :class:`daemon.config.schema.ReportSettings`."""

    weekly: bool
    weekday: Weekday
    time: time


@dataclass(frozen=True, slots=True, kw_only=True)
class ReplySettings:
    """Record of :class:`daemon.config.schema.ReplySettings`."""

    phrases: dict[ReplyKind, dict[Literal["zh", "zh_hant", "en"], list[str]]]
    learned: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class ColumnMapping:
    """Record of :class:`daemon.config.bank.ColumnMapping`."""

    date: list[str]
    amount: list[str]
    payer: list[str]
    account: list[str]
    memo: list[str]
    reference: list[str]
    currency: list[str]
    direction: list[str]
    credit_marks: list[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class BankSettings:
    """Record of :class:`daemon.config.bank.BankSettings`."""

    folder: Path | None
    currency: str
    mapping: ColumnMapping | None
    encoding: Literal["auto", "utf-8", "gbk"]
    claim_wait_days: int
    name_score: int


@dataclass(frozen=True, slots=True, kw_only=True)
class LimitationSettings(LimitationRules):
    """Record of :class:`daemon.config.limitation.LimitationSettings`."""

    jurisdiction: Jurisdiction
    years: int | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Record of :class:`daemon.config.schema.Settings`."""

    company: str
    pm: Person
    supervisor: Person | None
    finance: Person | None
    legal: Person | None
    staff: list[str]
    require_authenticated_staff: bool
    authentication: AuthenticationSettings
    evidence: EvidenceSettings
    language: Language
    timezone: str
    calendar: str
    policy: Policy
    mail: MailSettings
    data_dir: Path
    templates_dir: Path | None
    clients_dir: Path | None
    tick_seconds: int
    clock_jump_days: int
    unmatched_digest_minutes: int
    routine_alerts: Literal["daily_list", "email"]
    bank_account: BankAccount | None
    pay_now: PayNow | None
    statements: StatementSettings
    invoicing: InvoicingDetails | None
    config_stable_seconds: int
    new_contract_settle_minutes: int
    alert_after_hours: int
    report: ReportSettings
    replies: ReplySettings
    bank: BankSettings
    limitation: LimitationSettings
    consolidate: bool


@dataclass(frozen=True, slots=True, kw_only=True)
class Contacts:
    """Record of :class:`daemon.config.schema.Contacts`."""

    to: list[Person]
    cc: list[Person]


@dataclass(frozen=True, slots=True, kw_only=True)
class Discount:
    """Record of :class:`daemon.config.schema.Discount`."""

    percent: Decimal
    days_before_due: int


@dataclass(frozen=True, slots=True, kw_only=True)
class InterestCap:
    """Record of :class:`daemon.config.money_terms.InterestCap`."""

    amount: Decimal | None
    percent: Decimal | None


@dataclass(frozen=True, slots=True, kw_only=True)
class LateInterest:
    """Record of :class:`daemon.config.money_terms.LateInterest`."""

    rate: Decimal
    per: Literal["day", "year"]
    start: Literal["due", "demand"]
    cap: InterestCap | None
    written: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class AcceptanceRule:
    """Record of :class:`daemon.config.schema.AcceptanceRule`."""

    event: str
    deemed_after_days: int | None
    after: str


@dataclass(frozen=True, slots=True, kw_only=True)
class PolicyOverride:
    """Record of :class:`daemon.config.schema.PolicyOverride`."""

    notice_days: int | None
    reminder_every_days: int | None
    demand_after_days: int | None
    demand_deadline_days: int | None
    escalate_after_days: int | None
    legal_after_days: int | None
    send_window: SendWindow | None
    quiet_after_reply_days: int | None
    promise_grace_days: int | None
    await_pm_days: int | None
    answer_hold_days: int | None
    suspend_after_days: int | None
    approval_required: list[HardStep] | None
    approval_remind_days: int | None
    call_before_demand: bool | None


@dataclass(frozen=True, slots=True, kw_only=True)
class DueAfter:
    """Record of :class:`daemon.config.schema.DueAfter`."""

    event: str
    days: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Payment:
    """Record of :class:`daemon.config.schema.Payment`."""

    on: date
    amount: Decimal | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Milestone:
    """Record of :class:`daemon.config.schema.Milestone`."""

    id: str
    name: str
    amount: Decimal | None
    percent: Decimal | None
    due: date | None
    due_after: DueAfter | None
    invoice: Path | None
    paid: Payment | None
    invoice_number: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Contract:
    """Record of :class:`daemon.config.schema.Contract`."""

    id: str
    title: str
    currency: str
    total: Decimal
    signed: date
    payment_instructions: str
    bank_account: BankAccount | None
    discount: Discount | None
    late_interest: LateInterest | None
    pay_now: PayNow | None
    events: dict[str, date | None]
    acceptance: AcceptanceRule | None
    policy: PolicyOverride | None
    milestones: list[Milestone]


@dataclass(frozen=True, slots=True, kw_only=True)
class Client:
    """Record of :class:`daemon.config.schema.Client`."""

    id: str
    name: str
    language: Language | None
    timezone: str | None
    calendar: str | None
    contacts: Contacts
    phone: str | None
    statement: bool
    contracts: list[Contract]
    aliases: list[str]
    bank_accounts: list[str]
    consolidate: bool | None
    limitation: LimitationSettings | None


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """Record of :class:`daemon.config.schema.Config`."""

    settings: Settings
    clients: list[Client]
    base_dir: Path


ALIASES: dict[str, dict[str, str]] = {
    "MailSettings": {"sender": "from"},
    "LateInterest": {"start": "from"},
}
"""Per record class: the YAML names of fields whose Python name differs."""
