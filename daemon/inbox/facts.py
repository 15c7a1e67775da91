"""The vocabulary of inbox decisions: what a decision contains, and the facts it rests on.

:mod:`daemon.inbox.decide` (client replies, bounces) and
:mod:`daemon.inbox.staff_actions` (staff commands) produce a :class:`Decision` from
:class:`Facts`; :mod:`daemon.inbox.processor` applies it. All pure.

Emails caused by an inbound message get a :class:`~daemon.domain.state.SendKey` whose ``seq`` is
derived from the inbound Message-ID (:func:`inbound_seq`), so deciding twice about the same
message (a crash and a replay) names the same outgoing emails, which the outbox sends once.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cached_property
from typing import Any

from daemon.config.records import Config, Policy
from daemon.domain import resolve
from daemon.domain.calendar import send_slot
from daemon.domain.emails import reference_token
from daemon.domain.events import Alerted, HistoryEvent
from daemon.domain.ledger import Ledger
from daemon.domain.state import LearnedEvent, MilestoneState, SendKey, StateView
from daemon.inbox.authorize import Authorization
from daemon.inbox.classify import Classification
from daemon.inbox.matching import Match
from daemon.inbox.parse import InboundMail
from daemon.inbox.source import Outcome
from daemon.mail import formatting
from daemon.mail.alert_texts import text
from daemon.mail.spec import MailSpec
from daemon.mail.urgency import waits_for_list

MAX_QUOTED_CHARS = 8_000
"""At most this much of an inbound email is quoted to the PM."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
_ID_PART = r"[\x21-\x3b\x3d\x3f\x41-\x7e]{1,200}"  # printable ASCII but < > @
_SAFE_ID = re.compile(rf"^<{_ID_PART}@{_ID_PART}>$")
AWAITING_PM = "awaiting PM: "
"""Prefix of ``MilestoneState.reason`` while cuikuan waits for the PM's answer
(:mod:`daemon.chase.pm_wait` reminds the PM)."""
SETTLED = frozenset({"paid", "stopped"})
"""States no client reply moves."""


OutgoingEmail = MailSpec
"""An email to send because of the inbound one; the processor hands it to the Mailer."""


@dataclass(frozen=True)
class StateChange:
    contract: str
    milestone: str
    state: MilestoneState
    cause: str


@dataclass(frozen=True)
class Decision:
    """Everything one inbound email leads to."""

    outcome: Outcome
    action: str
    """A short label for logs and the ``received`` event (e.g. ``claimed_paid``)."""
    changes: tuple[StateChange, ...] = ()
    emails: tuple[OutgoingEmail, ...] = ()
    events: tuple[HistoryEvent, ...] = ()
    bad_addresses: tuple[tuple[str, str], ...] = ()
    """(address, reason) to never mail again."""
    dated: tuple[tuple[str, str, LearnedEvent], ...] = ()
    """(contract, event, date learned) to remember: acceptance by email (issue 13.7)."""


@dataclass(frozen=True)
class Facts:
    """The inputs of a decision, bundled so helpers take one argument."""

    mail: InboundMail
    classification: Classification
    match: Match
    auth: Authorization
    config: Config
    state: StateView
    now: datetime
    inbound_id: str

    @cached_property
    def ledger(self) -> Ledger:
        """Lookups over (config, state), built once per decision."""
        return Ledger(self.config, self.state)

    @property
    def language(self) -> str:
        return self.config.settings.language

    @property
    def when(self) -> datetime:
        """The message's date (not in the future), for ``last_contact``."""
        date_ = self.mail.date
        return self.now if date_ is None or date_ > self.now else date_


def inbound_seq(inbound_id: str) -> int:
    """A deterministic SendKey seq for emails caused by the inbound message ``inbound_id``."""
    return int(hashlib.sha256(inbound_id.encode("utf-8", "replace")).hexdigest()[:8], 16)


def synthetic_message_id(raw: bytes) -> str:
    """The id of a message without a Message-ID: ``<sha256-of-bytes@cuikuan.invalid>``."""
    return f"<{hashlib.sha256(raw).hexdigest()}@cuikuan.invalid>"


def safe_id(value: str) -> str | None:
    """``value`` if it is a plain ``<local@domain>`` Message-ID we may put in a header."""
    value = (value or "").strip()
    return value if _SAFE_ID.match(value) else None


def clean_line(value: str, limit: int = 200) -> str:
    """``value`` without control characters, at most ``limit`` characters: header-safe."""
    return _CONTROL.sub(" ", value)[:limit]


def key_for(f: Facts, stage: str) -> SendKey:
    return SendKey(f.match.contract or "-", f.match.milestone, stage, inbound_seq(f.inbound_id))


def quoted(mail: InboundMail) -> str:
    if mail.unreadable:
        return ""
    body = mail.text[:MAX_QUOTED_CHARS]
    head = f"From: {mail.from_addr}\nSubject: {mail.subject}\n"
    if mail.date is not None:
        head += f"Date: {mail.date.isoformat()}\n"
    return head + "\n" + body


def pm_alert(
    f: Facts, name: str, values: Mapping[str, Any], *, quote: bool = True
) -> tuple[OutgoingEmail, Alerted]:
    """(email, alert event) telling the PM ``name`` (an :mod:`alert_texts` entry)."""
    title, body = text(name, f.language, **values)
    title = clean_line(title)  # it becomes the Subject
    pm = f.config.settings.pm.email
    listed = waits_for_list(f.config, name)
    context: dict[str, Any] = {
        "title": title,
        "body": body,
        "quoted": quoted(f.mail) if quote else "",
    }
    if listed:
        context["listed"] = True  # not emailed: the processor leaves it for the daily list
    email = OutgoingEmail(
        key_for(f, "pm_alert"),
        "pm_alert",
        f.language,
        (pm,),
        context=context,
        references=tuple(i for i in (safe_id(f.inbound_id),) if i),
        auto_submitted="auto-generated",
    )
    event = Alerted(
        at=f.now,
        contract=f.match.contract,
        milestone=f.match.milestone,
        title=title,
        body=body,
        name=name,
        listed=listed,
    )
    return email, event


def describe(f: Facts) -> dict[str, str]:
    """Values the alert texts use: who, what, amount, token, client."""
    m = f.match
    values = {
        "sender": f.mail.from_addr or "?",
        "subject": f.mail.subject or "",
        "client": m.client or "?",
        "what": m.contract or "?",
        "amount": "",
        "token": "",
        "kind": f.classification.kind,
    }
    if m.contract is None:
        return values
    found = f.ledger.find(m.contract, m.milestone)
    if found is None:
        return values
    client, contract, milestone = found
    values["client"] = client.name
    values["token"] = reference_token(contract.id, m.milestone)
    if milestone is None:
        values["what"] = contract.title
        return values
    values["what"] = f"{milestone.name} / {contract.title}"
    amount = resolve.milestone_amount(contract, milestone)
    values["amount"] = formatting.format_money(amount, contract.currency, f.language)
    return values


def money(f: Facts, amount: Decimal | None) -> str | None:
    """``amount`` as the PM reads money: in the matched contract's currency (``USD
    40,000.00``, ``¥40,000.00``), never a bare ``40000``; None stays None."""
    if amount is None:
        return None
    found = f.ledger.find(f.match.contract, f.match.milestone) if f.match.contract else None
    if found is None:  # no contract: no currency to name
        return f"{amount:,.2f}"
    return formatting.format_money(amount, found[1].currency, f.language)


def effective_status(f: Facts) -> str:
    """The matched milestone's status, ``paid:`` in the YAML first (see the ledger)."""
    assert f.match.contract is not None and f.match.milestone is not None
    return f.ledger.status(f.match.contract, f.match.milestone)


def current(f: Facts) -> MilestoneState:
    assert f.match.contract is not None and f.match.milestone is not None
    return f.state.milestone(f.match.contract, f.match.milestone)


def window_opening(f: Facts, day: date) -> datetime:
    """The opening of the matched client's send window on ``day`` (or the next working day)."""
    view = f.ledger.contract(f.match.contract or "")
    assert view is not None
    return send_slot(day, view.timezone, view.policy.send_window, view.calendar)


def policy(f: Facts) -> Policy:
    view = f.ledger.contract(f.match.contract or "")
    assert view is not None
    return view.policy


def change(f: Facts, state: MilestoneState, cause: str) -> StateChange:
    assert f.match.contract is not None and f.match.milestone is not None
    return StateChange(f.match.contract, f.match.milestone, state, cause)


def later(a: datetime | None, b: datetime) -> datetime:
    return b if a is None or b > a else a
