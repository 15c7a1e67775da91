"""The PM's daily action list: what only a person can settle, ranked, one line each.

Why: cuikuan acts alone where it can; everything else used to reach the PM as a stream of
separate alerts (issue 14). This is the same knowledge as one short list, ranked by money
at risk × days late, each line with a reason in the PM's language and the one-word reply
commands that settle it (sent with the milestone's token, e.g. ``paid [CK-C1-deposit]``).

Sources: claims to verify (``claimed_paid``), disputes (the client's words when recorded),
replies held for the PM (reason ``awaiting PM: …``), broken promises (promised date +
grace passed), bounced addresses of clients who still owe, inbound mail that matched
no contract — one line with a count, never one line per email —, bank credits only the
PM can place (:mod:`daemon.bank.review`), calls to make and letters waiting for the PM's
approval with a preview (:mod:`daemon.reports.todo_steps`), limitation warnings (90, 30,
7 days before the right to sue expires, :mod:`daemon.domain.limitation`: a demand is
proposed), and notes: the routine alerts of the last day that were not emailed
(:mod:`daemon.mail.urgency`).

Pure: :func:`todo` takes (config, state, now) and the history events; no I/O. Example::

    for action in todo(config, store.snapshot(), now, events):
        print(action.reason, action.commands)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta
from decimal import Decimal

from daemon.bank import review
from daemon.config.records import Config
from daemon.domain.disputes import is_part
from daemon.domain.events import HistoryEvent, Received
from daemon.domain.ledger import Ledger, MilestoneView
from daemon.domain.limitation import limitations, warning_due
from daemon.domain.state import StateView
from daemon.inbox.facts import AWAITING_PM
from daemon.mail import formatting
from daemon.reports import todo_disputes, todo_notes, todo_steps, todo_texts
from daemon.reports.todo_action import COMMANDS, JSON_KEYS, Action

__all__ = ["COMMANDS", "JSON_KEYS", "Action", "as_lines", "todo"]

_READING = re.compile(r"^[a-z_]+: ")
"""The reader's label before the client's words in a held reason (``more_time: …``)."""
UNMATCHED_DAYS = 7
"""Mail that matched no contract counts on the list for this many days."""
UNMATCHED_ACTIONS = frozenset({"forwarded_unmatched", "unreadable", "bounce_unverified"})
"""``received`` actions of mail cuikuan could not tie to a contract (:mod:`decide`)."""


def todo(
    config: Config, state: StateView, now: datetime, events: Iterable[HistoryEvent] = ()
) -> list[Action]:
    """The actions at ``now``, highest money at risk × days late first."""
    ledger = Ledger(config, state)
    lang = config.settings.language
    events = list(events)
    wait = config.settings.bank.claim_wait_days if review.statements_in_use(events) else 0
    actions = [a for view in ledger.milestones() if (a := _milestone_action(view, now, lang, wait))]
    actions += [_part_dispute(v, now, lang) for v in ledger.milestones() if is_part(v.state)]
    actions += _bad_addresses(ledger, now, lang)
    actions += _unmatched(events, now, lang)
    actions += _bank_credits(ledger, events, lang)
    actions += _limitation(ledger, events, now, lang)
    actions += [_step_action(step, now) for step in todo_steps.steps(ledger, events, now, lang)]
    actions += _notes(events, now, lang, {(a.contract, a.milestone) for a in actions})
    return sorted(actions, key=_rank_key)


def _rank_key(action: Action) -> tuple[Decimal, int, str, str]:
    return (-action.score, -action.days_late, action.contract or "~", action.milestone or "")


def _days_late(view: MilestoneView, now: datetime) -> int:
    due = view.due
    if due is None:
        return 0
    return max((now.astimezone(view.contract.timezone).date() - due).days, 0)


def _milestone_action(
    view: MilestoneView, now: datetime, lang: str, bank_wait: int = 0
) -> Action | None:
    """The action one milestone asks of the PM, if any.

    ``bank_wait``: while statements are imported, a claim waits this many working days
    for the bank to confirm it (:func:`daemon.bank.review.claim_waits`).
    """
    if view.paid_in_config:
        return None
    ms, status = view.state, view.status
    awaiting = ms.reason.startswith(AWAITING_PM)
    if status == "claimed_paid":
        if bank_wait and review.claim_waits(view, now, bank_wait):
            return None
        kind = "verify_payment"
    elif status == "disputed":
        kind = "possible_dispute" if awaiting else "dispute"
    elif awaiting and status == "open":
        kind = "pm_question"
    elif status == "promised" and ms.hold_until is not None and now >= ms.hold_until:
        kind = "broken_promise"
    else:
        return None
    said = ms.dispute_words if kind == "dispute" and ms.dispute_words else ms.reason
    words = _words(ms.promise_words if kind == "broken_promise" else said, lang)
    currency = view.contract.contract.currency
    promised = ms.promised_date
    reason = todo_texts.line(
        kind,
        lang,
        client=view.client.name,
        what=f"{view.milestone.name} / {view.contract.contract.title}",
        amount=formatting.format_money(view.amount, currency, lang),
        words=words,
        date=formatting.format_date(promised, lang) if promised else "?",
    )
    follow = todo_disputes.follow_up(view, now, lang) if kind == "dispute" else None
    if follow is not None:
        reason += " — " + follow.note
    if kind == "verify_payment" and bank_wait:
        reason += " — " + review.CLAIM_NOTE.get(lang, review.CLAIM_NOTE["en"]).format(
            days=bank_wait
        )
    return Action(
        kind,
        _one_line(reason),
        COMMANDS[kind],
        client=view.client.id,
        contract=view.contract.id,
        milestone=view.id,
        amount=view.amount,
        currency=currency,
        days_late=_days_late(view, now),
        follow_up=follow,
    )


def _part_dispute(view: MilestoneView, now: datetime, lang: str) -> Action:
    """A dispute of part of a milestone (the rest is still chased)."""
    text, part = todo_disputes.part_line(view, lang, _words(view.state.dispute_words, lang))
    follow = todo_disputes.follow_up(view, now, lang)
    return Action(
        "dispute",
        _one_line(text + (" — " + follow.note if follow else "")),
        todo_disputes.PART_COMMANDS,
        client=view.client.id,
        contract=view.contract.id,
        milestone=view.id,
        amount=part,
        currency=view.contract.contract.currency,
        days_late=_days_late(view, now),
        follow_up=follow,
    )


def _words(reason: str, lang: str) -> str:
    """The client's words (or the question) from a stored reason, without its prefix."""
    for prefix in (AWAITING_PM, "possible dispute: ", "client: "):
        if reason.startswith(prefix):
            reason = reason[len(prefix) :]
    reason = _READING.sub("", reason).strip()
    return f"“{reason[:120]}”" if reason else todo_texts.word("none", lang)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _bad_addresses(ledger: Ledger, now: datetime, lang: str) -> list[Action]:
    """One action per client with a bounced address who still owes money."""
    bad = ledger.state.bad_addresses
    actions: list[Action] = []
    seen: set[str] = set()
    for contract in ledger.contracts():
        client = contract.client
        if client.id in seen:
            continue
        seen.add(client.id)
        people = (*client.contacts.to, *client.contacts.cc)
        bounced = sorted({p.email.lower() for p in people} & bad)
        if not bounced:
            continue
        unpaid = [
            v
            for c in ledger.contracts()
            if c.client.id == client.id
            for v in ledger.milestones(c)
            if v.status not in ("paid", "stopped")
        ]
        if not unpaid:
            continue
        currency = unpaid[0].contract.contract.currency
        amount = sum((v.amount for v in unpaid), Decimal(0))
        reason = todo_texts.line(
            "bad_address",
            lang,
            client=client.name,
            addresses=", ".join(bounced),
            amount=formatting.format_money(amount, currency, lang),
        )
        actions.append(
            Action(
                "bad_address",
                _one_line(reason),
                COMMANDS["bad_address"],
                client=client.id,
                amount=amount,
                currency=currency,
                days_late=max(_days_late(v, now) for v in unpaid),
            )
        )
    return actions


def _unmatched(events: Iterable[HistoryEvent], now: datetime, lang: str) -> list[Action]:
    """At most one action: how many recent emails matched no contract."""
    since = now - timedelta(days=UNMATCHED_DAYS)
    count = sum(
        1
        for e in events
        if isinstance(e, Received) and e.action in UNMATCHED_ACTIONS and since <= e.at <= now
    )
    if not count:
        return []
    reason = todo_texts.line("unmatched_mail", lang, count=count, days=UNMATCHED_DAYS)
    return [Action("unmatched_mail", reason, COMMANDS["unmatched_mail"], count=count)]


def _step_action(step: todo_steps.Step, now: datetime) -> Action:
    """A call to make or a letter to approve (:mod:`daemon.reports.todo_steps`)."""
    view = step.view
    return Action(
        step.kind,
        _one_line(step.reason),
        COMMANDS[step.kind],
        client=view.client.id,
        contract=view.contract.id,
        milestone=view.id,
        amount=view.amount,
        currency=view.contract.contract.currency,
        days_late=_days_late(view, now),
    )


def _notes(
    events: list[HistoryEvent],
    now: datetime,
    lang: str,
    covered: set[tuple[str | None, str | None]],
) -> list[Action]:
    """The notes (:mod:`daemon.reports.todo_notes`) as lines of the list."""
    return [
        Action(
            "note", _one_line(n.text), (), contract=n.contract, milestone=n.milestone, count=n.count
        )
        for n in todo_notes.notes(events, now, lang, covered)
    ]


def _bank_credits(ledger: Ledger, events: list[HistoryEvent], lang: str) -> list[Action]:
    """One action per bank credit only the PM can place (issue 16)."""
    return [
        Action(
            "bank_credit",
            _one_line(line.reason),
            line.commands,
            amount=line.amount,
            currency=line.currency,
            ref=line.token,
        )
        for line in review.credit_lines(ledger, events, lang)
    ]


def _limitation(
    ledger: Ledger, events: list[HistoryEvent], now: datetime, lang: str
) -> list[Action]:
    """A warning 90, 30 and 7 days before the right to sue expires: send a demand."""
    out: list[Action] = []
    for (contract_id, milestone_id), clock in limitations(ledger, events, now).items():
        view = ledger.milestone(contract_id, milestone_id)
        if view is None or view.status == "stopped":
            continue
        today = now.astimezone(view.contract.timezone).date()
        if warning_due(clock.expires, today) is None:
            continue
        currency = view.contract.contract.currency
        reason = todo_texts.line(
            "limitation",
            lang,
            client=view.client.name,
            what=f"{view.milestone.name} / {view.contract.contract.title}",
            amount=formatting.format_money(view.paid_so_far.remaining, currency, lang),
            date=formatting.format_date(clock.expires, lang),
            days=(clock.expires - today).days,
        )
        out.append(
            Action(
                "limitation",
                _one_line(reason),
                COMMANDS["limitation"],
                client=view.client.id,
                contract=contract_id,
                milestone=milestone_id,
                amount=view.paid_so_far.remaining,
                currency=currency,
                days_late=_days_late(view, now),
            )
        )
    return out


def as_lines(actions: list[Action], lang: str) -> list[str]:
    """The list as text, one numbered line per action (for the terminal and the email)."""
    if not actions:
        return [todo_texts.word("empty", lang)]
    lines = [todo_texts.word("title", lang, count=len(actions))]
    reply = todo_texts.word("reply", lang)
    for rank, action in enumerate(actions, 1):
        line = f"{rank:>2}. {action.reason}"
        if action.commands:
            line += f" — {reply}: {' | '.join(action.commands)} {action.token or ''}".rstrip()
        lines.append(line)
    return lines
