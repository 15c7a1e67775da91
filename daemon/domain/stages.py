"""The one table of everything cuikuan mails: the chase stages and the other kinds of email.

Why one table: a stage used to be known in ten places (the planner's offsets, who it goes
to, whether the invoice is attached, whether it counts as a chase email in reports, which
stages a client can reply to, the template, its display name ...) and adding one meant
finding them all. Now each row of :data:`STAGES_TABLE` says all of it, and every other set
(:data:`STAGES`, :data:`INVOICE_STAGES`, ...) is derived here. ``tests/test_stages.py``
fails when a stage or mail kind lacks a template (zh and en) or a working recipient rule.

A :class:`~daemon.domain.state.SendKey` carries a name (its ``stage``): a chase stage below,
or one of :data:`OTHER_MAIL`. :func:`mail_kind` says which kind of mail a name is (chase,
alert, ack, staff reply, report); the Message-ID derivation does not depend on it.

Pure data, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MailKind = Literal["chase", "alert", "ack", "staff_reply", "report"]
"""What an outgoing email is, apart from its stage: a chase letter, a PM alert, an
acknowledgement to a client, a staff command's answer, or the weekly report."""

Role = Literal["client.to", "client.cc", "pm", "supervisor", "finance", "legal", "sender"]
"""Who a recipient rule names: the client's contacts, a person of ``settings``, or the
sender of the inbound email being answered (acks, staff replies)."""

CLIENT_ROLES: frozenset[Role] = frozenset({"client.to", "client.cc"})
STAFF_ROLES: frozenset[Role] = frozenset({"pm", "supervisor", "finance", "legal"})


@dataclass(frozen=True)
class Recipients:
    """Who an email goes to (``to``) and who is copied (``cc``), by role, in order."""

    to: tuple[Role, ...]
    cc: tuple[Role, ...] = ()

    @property
    def to_client(self) -> bool:
        """True when the client's own contacts receive it (so the client may reply to it)."""
        return bool(CLIENT_ROLES & set(self.to))


CLIENT = Recipients(to=("client.to",), cc=("client.cc",))
"""The client's contacts, as configured."""
PM = Recipients(to=("pm",))
SENDER = Recipients(to=("sender",))


@dataclass(frozen=True)
class Offset:
    """When a scheduled stage falls: its nominal day, before moving to a working day.

    ``anchor`` is the due date, or for ``"notice"`` the early-payment discount deadline
    when there is one (else the due date). ``days`` names the :class:`Policy` field added
    (subtracted when ``before``); None adds nothing. With ``every`` the stage repeats every
    ``policy.<every>`` days after the anchor (seq 1, 2, ...) while strictly before
    ``policy.<until>`` days.
    """

    anchor: Literal["due", "notice"] = "due"
    days: str | None = None
    before: bool = False
    every: str | None = None
    until: str | None = None


Trigger = Literal["contract_seen", "schedule", "paid", "promise_broken"]
"""What starts a stage: the contract first seen in the config (terms, contract-level),
the milestone's calendar (:class:`Offset`), its payment (thanks), or a promised date
that passed (plus grace) without the money (promise_broken)."""


@dataclass(frozen=True)
class Stage:
    """One stage of the chase: when, to whom, with what, and how it counts."""

    name: str
    trigger: Trigger
    recipients: Recipients
    titles: dict[str, str]
    """Display name per language (zh, en): the history list inside letters, reports."""
    offset: Offset | None = None
    """For ``trigger == "schedule"`` only."""
    chase: bool = True
    """Counts as a chase email (reports' "emails it took"; a reminder of money owed)."""
    invoice: bool = False
    """Carries the milestone's invoice file, when it has one."""
    evidence: bool = False
    """Carries the evidence pack (what was sent and said), when one can be built."""
    formal: bool = False
    """A formal letter: sent only after the earlier rungs really went out
    (:mod:`daemon.domain.ladder` has the rule of each)."""

    @property
    def template(self) -> str:
        """Templates are ``templates/<lang>/<template>.{subject,txt,html}.j2``."""
        return self.name

    @property
    def client_facing(self) -> bool:
        """The client receives it (and may reply to it)."""
        return self.recipients.to_client

    @property
    def contract_level(self) -> bool:
        """About the whole contract (no milestone in its key)."""
        return self.trigger == "contract_seen"

    @property
    def repeats(self) -> bool:
        """Sent several times (seq 1, 2, ...): the overdue reminder."""
        return self.offset is not None and self.offset.every is not None

    @property
    def wrote_to_client(self) -> bool:
        """Sent means "cuikuan wrote to the client about this milestone" (so thanks follow)."""
        return self.chase and self.client_facing


STAGES_TABLE: tuple[Stage, ...] = (
    Stage(
        "terms",
        "contract_seen",
        CLIENT,
        {"zh": "付款安排确认函", "en": "payment schedule confirmation"},
        chase=False,
    ),
    Stage(
        "notice",
        "schedule",
        CLIENT,
        {"zh": "付款通知", "en": "payment notice"},
        Offset("notice", "notice_days", before=True),
        invoice=True,
    ),
    Stage(
        "due",
        "schedule",
        CLIENT,
        {"zh": "到期提醒", "en": "due-date reminder"},
        Offset(),
        invoice=True,
    ),
    Stage(
        "reminder",
        "schedule",
        CLIENT,
        {"zh": "逾期提醒", "en": "overdue reminder"},
        Offset(every="reminder_every_days", until="demand_after_days"),
        invoice=True,
    ),
    Stage(
        "demand",
        "schedule",
        CLIENT,
        {"zh": "催款函", "en": "formal demand for payment"},
        Offset(days="demand_after_days"),
        invoice=True,
        formal=True,
    ),
    Stage(
        "escalate",
        "schedule",
        Recipients(to=("client.to",), cc=("client.cc", "supervisor", "finance", "pm")),
        {"zh": "升级通知（抄送管理层及财务）", "en": "escalation (management and finance in copy)"},
        Offset(days="escalate_after_days"),
        invoice=True,
        formal=True,
    ),
    Stage(
        "suspend",
        "schedule",
        Recipients(to=("client.to",), cc=("client.cc", "pm")),
        {"zh": "暂停服务通知", "en": "notice of suspension of work"},
        Offset(days="suspend_after_days"),
        invoice=True,
        formal=True,
    ),
    Stage(
        "legal",
        "schedule",
        Recipients(to=("legal",), cc=("pm", "supervisor")),
        {"zh": "法务移交", "en": "referral to legal counsel"},
        Offset(days="legal_after_days"),
        evidence=True,
        formal=True,
    ),
    Stage(
        "promise_broken",
        "promise_broken",
        CLIENT,
        {"zh": "付款承诺跟进", "en": "follow-up on a payment promise"},
        invoice=True,
    ),
    Stage(
        "thanks",
        "paid",
        CLIENT,
        {"zh": "收款感谢函", "en": "thank-you for payment"},
        chase=False,
    ),
)
"""Every stage of the chase, in the order a milestone goes through them."""


@dataclass(frozen=True)
class OtherMail:
    """An email that is not a chase stage: its key's name, kind, template and recipients."""

    name: str
    kind: MailKind
    recipients: Recipients
    template: str = ""
    """The templates' name, when the mail borrows another's layout (default: ``name``)."""

    def __post_init__(self) -> None:
        if not self.template:
            object.__setattr__(self, "template", self.name)


OTHER_MAIL: tuple[OtherMail, ...] = (
    OtherMail("pm_alert", "alert", PM),
    OtherMail("pm_digest", "alert", PM, template="pm_alert"),
    OtherMail("pm_todo", "report", PM, template="pm_alert"),
    OtherMail("ack_paid", "ack", CLIENT),
    OtherMail("ack_dispute", "ack", CLIENT),
    OtherMail("answer", "ack", Recipients(to=("client.to",), cc=("client.cc", "pm"))),
    OtherMail("staff_reply", "staff_reply", SENDER),
    OtherMail("weekly_report", "report", PM),
    OtherMail("statement", "report", CLIENT),
)
"""Emails outside the chase, each sent once per key through the same outbox."""

BY_NAME: dict[str, Stage] = {s.name: s for s in STAGES_TABLE}
STAGES: tuple[str, ...] = tuple(s.name for s in STAGES_TABLE)
"""Every stage name, in chase order."""
STAGE_ORDER: dict[str, int] = {name: i for i, name in enumerate(STAGES)}
SCHEDULED: tuple[Stage, ...] = tuple(s for s in STAGES_TABLE if s.trigger == "schedule")
INVOICE_STAGES: frozenset[str] = frozenset(s.name for s in STAGES_TABLE if s.invoice)
FORMAL: tuple[str, ...] = tuple(s.name for s in STAGES_TABLE if s.formal)
"""Stages that need the earlier rungs really sent, in chase order."""
CHASE_STAGES: frozenset[str] = frozenset(s.name for s in STAGES_TABLE if s.chase)
CLIENT_FACING: frozenset[str] = frozenset(s.name for s in STAGES_TABLE if s.client_facing)
WROTE_TO_CLIENT: frozenset[str] = frozenset(s.name for s in STAGES_TABLE if s.wrote_to_client)
NOT_TO_CLIENT: frozenset[str] = frozenset(s.name for s in STAGES_TABLE if not s.client_facing)
"""Stages the client never sees (legal): kept out of client letters' References."""
TO_CLIENT: frozenset[str] = CLIENT_FACING | {m.name for m in OTHER_MAIL if m.recipients.to_client}
"""Every name of mail the client receives: client-facing stages and acknowledgements."""
TERMS: str = next(s.name for s in STAGES_TABLE if s.trigger == "contract_seen")
THANKS: str = next(s.name for s in STAGES_TABLE if s.trigger == "paid")
PROMISE_BROKEN: str = next(s.name for s in STAGES_TABLE if s.trigger == "promise_broken")
_OTHER_BY_NAME: dict[str, OtherMail] = {m.name: m for m in OTHER_MAIL}


def stage(name: str) -> Stage:
    """The stage called ``name``; ValueError naming the known stages otherwise."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown stage {name!r}; stages: {', '.join(STAGES)}") from None


def is_stage(name: str) -> bool:
    return name in BY_NAME


def mail_kind(name: str) -> MailKind:
    """The kind of mail a send key's ``stage`` names (``"chase"`` for every chase stage)."""
    if name in BY_NAME:
        return "chase"
    other = _OTHER_BY_NAME.get(name)
    if other is None:
        known = ", ".join([*STAGES, *_OTHER_BY_NAME])
        raise ValueError(f"unknown kind of mail {name!r}; known: {known}")
    return other.kind


def recipients_of(name: str) -> Recipients:
    """The recipient rule of a stage or other mail called ``name``."""
    if name in BY_NAME:
        return BY_NAME[name].recipients
    other = _OTHER_BY_NAME.get(name)
    if other is None:
        raise ValueError(f"no recipient rule for {name!r}")
    return other.recipients


def template_names() -> tuple[str, ...]:
    """Every template an outgoing email may need (each in zh and en)."""
    return (*(s.template for s in STAGES_TABLE), *(m.template for m in OTHER_MAIL))
