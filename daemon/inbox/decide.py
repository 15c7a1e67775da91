"""What to do about one inbound email: a pure function from facts to a :class:`Decision`.

The processor (:mod:`daemon.inbox.processor`) gathers the facts (the parsed mail, its
classification, match and authorization, the state) and applies the decision. Keeping the
decision pure means every rule of issue 3 is a table test, and a crash-and-replay of the
same message decides exactly the same thing (outgoing emails have keys derived from the
inbound Message-ID, so the outbox never sends them twice).

Rules, for a client's own reply about a milestone:

* ``paid`` -> ``claimed_paid``: chasing stops, the client gets a short ``ack_paid`` (no
  amount claimed as received), the PM is asked to verify; the receipt (``thanks``) goes out
  only after staff confirm with ``paid`` (or ``paid:`` in the YAML).
* ``dispute`` -> ``disputed``; ``ack_dispute`` to the client's contacts; the PM is told.
* ``promise`` -> ``promised`` until the promised date + ``promise_grace_days`` (at the send
  window opening); without a date, until ``quiet_after_reply_days`` from now.
* ``auto_reply`` with a return date -> the next email waits for it (status unchanged).
* ``other`` on an open milestone -> the PM is asked (below); otherwise forwarded.
* a confident request for the invoice, our bank or invoicing details from an
  authenticated contact -> answered from the config at once, PM in copy, the chase waits
  ``answer_hold_days`` (:mod:`daemon.inbox.answers`);
* a confident acceptance ("验收合格") from an authenticated contact, when the YAML leaves
  the contract's acceptance date empty -> the day it wrote becomes the acceptance date,
  so "N days after acceptance" milestones start; the PM is told
  (:mod:`daemon.inbox.acceptance_reply`); a day promised beside it ("验收合格，12月18日
  付款") also makes the milestone ``promised``, as a promise reply does;
* not sure, or a kind only a person answers (partial payment, more time, a request the
  config cannot answer, acceptance, a question about our bank account) -> the PM is
  asked with one-word commands and the client gets nothing; a possible dispute holds as
  ``disputed``, the rest hold ``await_pm_days`` (:func:`needs_pm`); a paid, dispute or
  promise reading the second reading doubts (:mod:`daemon.inbox.second_reading`) is asked
  about naming the suspicion; a doubted dispute, or a promise waiting on a fix of ours,
  holds as a possible dispute.
* ``bounce`` (permanent) -> the config's addresses in it that the returned email went to
  are marked bad; the PM is told. Only a bounce with a null return path that returns an
  email cuikuan sent counts (:func:`~daemon.inbox.authorize.bounce_authentic`); any other
  goes to the PM and changes nothing.

A ``paused`` milestone stays paused for promise/other/auto-reply (staff paused it); a
``paid`` or ``stopped`` one is never moved by a client. Staff commands live in
:mod:`daemon.inbox.staff_actions`; the decision's parts in :mod:`daemon.inbox.facts`.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta
from email.utils import getaddresses

from daemon.config.records import Config
from daemon.domain.events import Bounced, PaymentRecorded
from daemon.domain.recipients import resolve_rule
from daemon.domain.stages import CLIENT
from daemon.domain.state import MilestoneState, MilestoneStatus, StateView
from daemon.inbox.acceptance_reply import client_acceptance
from daemon.inbox.answers import answer_request
from daemon.inbox.authorize import Authorization, bounce_authentic
from daemon.inbox.classify import Classification
from daemon.inbox.consolidated_reply import consolidated_reply
from daemon.inbox.contacts import client_contacts, contacts
from daemon.inbox.facts import (
    AWAITING_PM,
    SETTLED,
    Decision,
    Facts,
    OutgoingEmail,
    StateChange,
    change,
    clean_line,
    current,
    describe,
    effective_status,
    inbound_seq,
    key_for,
    later,
    money,
    pm_alert,
    policy,
    safe_id,
    synthetic_message_id,
    window_opening,
)
from daemon.inbox.matching import Match
from daemon.inbox.parse import InboundMail
from daemon.inbox.staff_actions import staff_decision
from daemon.mail.alert_texts import reading_text, text
from daemon.mail.doubt_texts import DOUBTED_DISPUTE, OPINED_DISPUTE, doubt_texts

logger = logging.getLogger(__name__)

__all__ = ["Decision", "OutgoingEmail", "decide", "inbound_seq", "synthetic_message_id"]


# --- the decision ----------------------------------------------------------------------


def decide(
    mail: InboundMail,
    classification: Classification,
    match: Match,
    auth: Authorization,
    config: Config,
    state: StateView,
    now: datetime,
    inbound_id: str,
) -> Decision:
    """What to do about ``mail`` (see the module docstring for the rules)."""
    f = Facts(mail, classification, match, auth, config, state, now, inbound_id)
    kind = classification.kind
    if mail.unreadable:
        email, event = pm_alert(
            f, "unreadable", {"size": mail.size, "reason": mail.reason or "?"}, quote=False
        )
        return Decision("unmatched", "unreadable", emails=(email,), events=(event,))
    if auth.role == "self":
        return Decision("unmatched", "own_mail")
    if kind == "bounce":
        return _bounce(f)
    if auth.role == "staff":
        return staff_decision(f)
    if not match.matched:
        if kind == "auto_reply":
            return Decision("unmatched", "ignored_auto_reply")
        email, event = pm_alert(f, "unmatched", describe(f))
        return Decision("unmatched", "forwarded_unmatched", emails=(email,), events=(event,))
    if not auth.allowed:
        if kind == "auto_reply":
            return Decision("unmatched", "ignored_auto_reply")
        # A client contact whose mail failed authentication: perhaps forged (issue 11.9).
        name = "suspicious" if auth.role == "client" else "unauthorized"
        email, event = pm_alert(f, name, {**describe(f), "reason": auth.reason})
        return Decision("unmatched", name, emails=(email,), events=(event,))
    if match.milestone is None:
        return consolidated_reply(f) if match.covers else _contract_level(f)
    return _client_reply(f)


_SURE: dict[str, tuple[MilestoneStatus, str, str]] = {
    "paid": ("claimed_paid", "claimed_paid", "ack_paid"),
    "dispute": ("disputed", "dispute", "ack_dispute"),
}
"""A sure paid or dispute reply: the milestone's new status (also the decision's action),
the PM alert and the client's acknowledgement."""


def _client_reply(f: Facts) -> Decision:
    kind = f.classification.kind
    status = effective_status(f)
    ms = current(f)
    values = describe(f)
    if status in SETTLED:
        if kind == "auto_reply":
            return Decision("processed", "ignored_auto_reply")
        email, event = pm_alert(f, "settled", {**values, "status": status})
        return Decision("processed", "forwarded_settled", emails=(email,), events=(event,))
    base = replace(ms, last_contact=f.when)
    reason = "; ".join(f.classification.evidence)[:200]
    answered = answer_request(f, base, status) or client_acceptance(f)
    if answered is not None:  # a routine request or acceptance, from the config (issue 13)
        return _and_promised(f, base, status, reason, answered)
    asks = status == "open" or (status != "paused" and kind != "other")
    if asks and needs_pm(f.classification):
        return _ask_pm(f, base, status, reason)
    if kind in _SURE:
        new_status, alert, ack = _SURE[kind]
        new = replace(base, status=new_status, reason=f"client: {reason}", hold_until=None)
        email, event = pm_alert(f, alert, values)
        return Decision(
            "processed",
            new_status,
            changes=(change(f, new, f"reply:{kind}"),),
            emails=(_ack(f, ack), email),
            events=(event,),
        )
    if status == "paused" and kind in ("promise", "other", "auto_reply"):
        if kind == "auto_reply":
            return Decision("processed", "ignored_auto_reply")
        email, event = pm_alert(
            f, "other", {**values, "hold": text("no_hold", f.language, status=status)[1]}
        )
        return Decision("processed", "forwarded", emails=(email,), events=(event,))
    if kind == "promise":
        return _promise(f, base, reason)
    if kind == "auto_reply":
        back = f.classification.return_date
        if back is None or status != "open":
            return Decision("processed", "auto_reply")
        until = window_opening(f, back)
        if until <= f.now or (ms.hold_until is not None and ms.hold_until >= until):
            return Decision("processed", "auto_reply")
        new = replace(base, hold_until=until)
        return Decision(
            "processed", "held_auto_reply", changes=(change(f, new, "reply:auto_reply"),)
        )
    # other: forward; a quiet period so nobody is nagged mid-conversation
    changes: tuple[StateChange, ...] = ()
    if status == "open":
        until = later(ms.hold_until, f.now + timedelta(days=policy(f).quiet_after_reply_days))
        changes = (change(f, replace(base, hold_until=until), "reply:other"),)
        hold = text("hold", f.language, until=until.isoformat(timespec="minutes"))[1]
    else:
        hold = text("no_hold", f.language, status=status)[1]
    email, event = pm_alert(f, "other", {**values, "hold": hold})
    return Decision("processed", "forwarded", changes=changes, emails=(email,), events=(event,))


PM_KINDS = frozenset(
    {"partial_payment", "more_time", "resend_request", "bank_question", "acceptance"}
)
"""Replies only a person can answer: cuikuan holds the chase and asks the PM."""


def needs_pm(c: Classification) -> bool:
    """True when cuikuan must not act alone: a kind only a person answers, a reply it did
    not understand, or a reading of paid/promise/dispute it is not sure of (issue 12)."""
    if c.kind in PM_KINDS or c.kind == "other":
        return True
    return c.kind in ("paid", "promise", "dispute") and not c.confident


def _ask_pm(f: Facts, base: MilestoneState, status: str, reason: str) -> Decision:
    """Hold the milestone, ask the PM (one-word commands), send the client nothing.

    A possible dispute holds as ``disputed`` (nothing chases it until the PM says
    ``resume``); anything else holds an open milestone ``await_pm_days``.
    """
    c = f.classification
    values = describe(f)
    evidence = "; ".join(c.evidence[:3])[:160] or c.rule
    doubted = doubt_texts(c.rule, c.evidence[-1] if c.evidence else "", f.language)
    objected = c.rule.startswith((DOUBTED_DISPUTE, OPINED_DISPUTE))
    held_objection = objected and c.kind != "bank_question"
    if c.kind == "dispute" or held_objection:
        # objection words the second reading doubts (or the learned model reads otherwise)
        # still hold as a possible dispute (the safe default); the PM hears the suspicion
        if doubted is not None:
            evidence = f"{doubted[0]}{'。' if f.language == 'zh' else '.'}{doubted[1]}"
        why = f"{AWAITING_PM}possible dispute: {reason}"
        new = replace(base, status="disputed", reason=why[:300], hold_until=None)
        email, event = pm_alert(f, "possible_dispute", {**values, "evidence": evidence})
        held = (change(f, new, "reply:possible_dispute"),)
        return Decision("processed", "possible_dispute", held, (email,), (event,))
    changes: tuple[StateChange, ...] = ()
    if status == "open":
        until = later(base.hold_until, f.now + timedelta(days=policy(f).await_pm_days))
        waiting = replace(base, hold_until=until, reason=f"{AWAITING_PM}{c.kind}: {reason}"[:300])
        changes = (change(f, waiting, f"reply:{c.kind}:ask_pm"),)
        hold = text("hold", f.language, until=until.isoformat(timespec="minutes"))[1]
    else:
        hold = text("no_hold", f.language, status=status)[1]
    if c.kind == "bank_question":
        email, event = pm_alert(f, "bank_question", {**values, "evidence": evidence})
        return Decision("processed", "bank_question", changes, (email,), (event,))
    unsure = None if c.confident else c.confidence
    reading = reading_text(c.kind, f.language, money(f, c.amount), unsure)
    guess = ""
    if doubted is not None:  # a paid/dispute reading doubted: the PM hears the suspicion
        reading, guess = doubted
    elif c.rule.startswith("learned:"):  # the fallback's guess: the PM sees what it came from
        words = ("、" if f.language == "zh" else ", ").join(f"“{w}”" for w in c.evidence[1:])
        guess = text("learned_guess", f.language, words=words or "?")[1]
        guess = " " + guess if f.language == "en" else guess
    values = {**values, "reading": reading, "hold": hold, "guess": guess}
    email, event = pm_alert(f, "ask_pm", values)
    if c.kind == "partial_payment":  # a claim, kept apart until the PM says `paid AMOUNT`
        claim = PaymentRecorded(
            at=f.now,
            contract=f.match.contract,
            milestone=f.match.milestone,
            amount=c.amount,
            source="client",
        )
        return Decision("processed", "asked_pm", changes, (email,), (event, claim))
    return Decision("processed", "asked_pm", changes, (email,), (event,))


def _and_promised(
    f: Facts, base: MilestoneState, status: str, reason: str, answered: Decision
) -> Decision:
    """An acceptance with a day promised beside it ("验收合格，12月18日付款"): the acceptance
    is answered (its date recorded: the "N days after acceptance" clock starts) AND the
    milestone replied to is promised until that day, as a promise reply makes it; the PM
    hears both in the one alert an inbound mail gets. A milestone paused, disputed or
    claimed paid keeps its status."""
    c = f.classification
    if c.kind != "acceptance" or c.promised_date is None or status not in ("open", "promised"):
        return answered
    promised = _promise(f, base, reason)
    told = promised.emails[0].context
    also = f"\n\n{told['title']}\n{told['body']}" if "body" in told else ""
    emails = tuple(
        replace(e, context={**e.context, "body": f"{e.context['body']}{also}"})
        if e.template == "pm_alert" and "body" in e.context
        else e
        for e in answered.emails
    )
    return replace(
        answered,
        changes=answered.changes + promised.changes,
        emails=emails,
        events=answered.events + promised.events,
    )


def _promise(f: Facts, base: MilestoneState, reason: str) -> Decision:
    day = f.classification.promised_date
    if day is not None:
        until = window_opening(f, day + timedelta(days=policy(f).promise_grace_days))
    else:
        until = f.now + timedelta(days=policy(f).quiet_after_reply_days)
    words = clean_line(reason or f.mail.text.strip(), 300)
    new = replace(
        base,
        status="promised",
        promised_date=day,
        hold_until=until,
        reason=f"client: {reason}",
        promise_words=words,
        promise_made=f.when,
    )
    # the PM sees every promise: what was promised, in the client's words, and until when
    when = day.isoformat() if day is not None else text("no_date", f.language)[1]
    values = {**describe(f), "date": when, "words": words, "until": until.isoformat(" ", "minutes")}
    email, event = pm_alert(f, "promised", values)
    return Decision(
        "processed",
        "promised",
        changes=(change(f, new, "reply:promise"),),
        emails=(email,),
        events=(event,),
    )


def _ack(f: Facts, template: str) -> OutgoingEmail:
    """An acknowledgement, only to the milestone's configured client contacts.

    It threads on the client's own message and what that message references (emails the
    client received), never on cuikuan's internal mail.
    """
    view = f.ledger.contract(f.match.contract or "")
    assert view is not None
    to, cc = f.ledger.recipients(view.id, template)
    language = view.language
    inbound = safe_id(f.mail.message_id)
    thread = [i for i in (safe_id(r) for r in f.mail.references[-10:]) if i]
    if inbound:
        thread.append(inbound)
    return OutgoingEmail(
        key_for(f, template),
        template,
        language,
        to,
        cc,
        letter=True,
        in_reply_to=inbound,
        references=tuple(dict.fromkeys(thread)),
    )


def _contract_level(f: Facts) -> Decision:
    """A client wrote about a contract, not a milestone: hold on auto-reply, else forward."""
    kind = f.classification.kind
    if kind == "auto_reply":
        back = f.classification.return_date
        contract = f.ledger.contract(f.match.contract or "")
        if back is None or contract is None:
            return Decision("processed", "auto_reply")
        until = window_opening(f, back)
        if until <= f.now:
            return Decision("processed", "auto_reply")
        changes = []
        for view in f.ledger.milestones(contract):
            ms = view.state
            if view.status == "open" and later(ms.hold_until, until) == until:
                new = replace(ms, hold_until=until, last_contact=f.when)
                changes.append(StateChange(contract.id, view.id, new, "reply:auto_reply"))
        return Decision("processed", "held_auto_reply", changes=tuple(changes))
    answered = answer_request(f, None, None) or client_acceptance(f)
    if answered is not None:
        return answered
    email, event = pm_alert(f, "contract_level", describe(f))
    return Decision("processed", "forwarded_contract", emails=(email,), events=(event,))


def _bounce(f: Facts) -> Decision:
    info = f.classification.bounce
    recipients_ = [a.lower() for a in (info.recipients if info else [])]
    status = info.status if info and info.status else "?"
    permanent = bool(info and info.permanent)
    events = [
        Bounced(
            at=f.now,
            contract=f.match.contract,
            milestone=f.match.milestone,
            address=a,
            permanent=permanent,
            status=status,
            message_id=f.inbound_id,
        )
        for a in recipients_
    ]
    if not permanent:
        return Decision("processed", "delay_warning", events=tuple(events))
    returned, why = bounce_authentic(f.mail, f.state)
    if returned is None:  # a forged or foreign report must not stop a chase (issue 11.11)
        values = {"addresses": ", ".join(recipients_) or "?", "reason": why}
        email, event = pm_alert(f, "bounce_unverified", values)
        return Decision("unmatched", "bounce_unverified", emails=(email,), events=(event,))
    known = contacts(f.config).clients_of
    sent_to = {a.lower() for _name, a in getaddresses(list(returned.to))}
    bad = [a for a in recipients_ if a in known and a in sent_to]
    fresh = [a for a in bad if a not in f.state.bad_addresses]
    if not bad:
        email, event = pm_alert(f, "bounce_unknown", {"addresses": ", ".join(recipients_) or "?"})
        return Decision("processed", "bounce_unknown", emails=(email,), events=(*events, event))
    if not fresh:
        return Decision("processed", "bounce_repeated", events=tuple(events))
    values = {
        "addresses": ", ".join(fresh),
        "status": status,
        "them": "it" if len(fresh) == 1 else "them",
        "remaining": _remaining(f, frozenset(f.state.bad_addresses | set(fresh)), fresh),
    }
    email, event = pm_alert(f, "bounce", values)
    reason = f"bounced ({status}), reported by {f.inbound_id}"
    return Decision(
        "processed",
        "bounce",
        emails=(email,),
        events=(*events, event),
        bad_addresses=tuple((a, reason) for a in fresh),
    )


def _remaining(f: Facts, bad: frozenset[str], fresh: list[str]) -> str:
    """What the chase does next for each client that lost an address."""
    lines = []
    for client in f.config.clients:
        if not client_contacts(client) & set(fresh):
            continue
        to, _cc = resolve_rule(f.config.settings, client, CLIENT, bad)
        if to:
            lines.append(text("remaining", f.language, others=", ".join(to))[1])
        else:
            lines.append(text("none_left", f.language, client=client.name)[1])
    return "\n".join(lines)
