"""The PM's own steps on the daily list: calls to make, letters to approve (issue 14.2/14.3).

Why apart from :mod:`daemon.reports.todo`: these lines come from the policy and the
history (sends, ``call`` and ``approval`` events), not from a milestone's status.

* **Call** (``policy.call_before_demand``): after each overdue reminder, until the demand
  letter, the PM is asked to call the client: the phone from ``clients[].phone``, what is
  owed and what the client said last. A ``called: …`` reply after that reminder takes it
  off the list (:mod:`daemon.inbox.staff_calls`).
* **Approval**: a hard step prepared and held (:mod:`daemon.domain.approvals`), with its
  subject and the first words of the letter.

Pure: functions of (ledger, events, now).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from daemon.domain import approvals, stages
from daemon.domain.events import Called, HistoryEvent, Received
from daemon.domain.ledger import Ledger, MilestoneView
from daemon.mail import formatting
from daemon.reports import todo_texts

_CHASED = frozenset({"open"})
"""Only a milestone being chased gets a call (not promised, paused, disputed, paid...)."""


@dataclass(frozen=True)
class Step:
    kind: str
    """``call`` or ``approval``."""
    view: MilestoneView
    reason: str


def steps(ledger: Ledger, events: list[HistoryEvent], now: datetime, lang: str) -> list[Step]:
    return [*_calls(ledger, events, lang), *_approvals(ledger, events, lang)]


def _money(view: MilestoneView, lang: str) -> str:
    return formatting.format_money(view.amount, view.contract.contract.currency, lang)


def _what(view: MilestoneView) -> str:
    return f"{view.milestone.name} / {view.contract.contract.title}"


def _calls(ledger: Ledger, events: list[HistoryEvent], lang: str) -> Iterator[Step]:
    called: dict[tuple[str | None, str | None], datetime] = {}
    said: dict[tuple[str | None, str | None], str] = {}
    for e in events:
        if isinstance(e, Called):
            called[(e.contract, e.milestone)] = e.at
        elif isinstance(e, Received) and e.milestone:
            words = "; ".join(e.evidence) or e.subject
            said[(e.contract, e.milestone)] = " ".join(words.split())[:120]
    for view in ledger.milestones():
        if not view.contract.policy.call_before_demand or view.status not in _CHASED:
            continue
        sends = ledger.sends(view.contract.id, view.id)
        reminders = [r.at for k, r in sends.items() if k.stage == "reminder" and r.status == "sent"]
        if not reminders or any(k.stage in stages.FORMAL for k in sends):
            continue
        key = (view.contract.id, view.id)
        if key in called and called[key] >= max(reminders):
            continue
        phone = view.client.phone or todo_texts.word("no_phone", lang)
        last = f"“{said[key]}”" if key in said else todo_texts.word("none", lang)
        reason = todo_texts.line(
            "call",
            lang,
            client=view.client.name,
            phone=phone,
            what=_what(view),
            amount=_money(view, lang),
            words=last,
        )
        yield Step("call", view, reason)


def _approvals(ledger: Ledger, events: list[HistoryEvent], lang: str) -> Iterator[Step]:
    for asked in approvals.waiting(events, ledger.state.sends):
        view = ledger.milestone(asked.contract or "", asked.milestone)
        if view is None:
            continue
        reason = todo_texts.line(
            "approval",
            lang,
            letter=stages.stage(asked.stage).titles.get(lang, asked.stage),
            client=view.client.name,
            what=_what(view),
            amount=_money(view, lang),
            since=formatting.format_date(asked.at.date(), lang),
            subject=asked.subject,
            preview=asked.preview[:160],
        )
        yield Step("approval", view, reason)
