"""Staff commands by email: what ``paid``, ``pause``, ``resume``... do to a milestone (pure).

A staff member (PM, finance, ``settings.staff``) replies to any cuikuan email, or writes
with the ``[CK-...]`` token in the subject, and puts one command on the first line of
their own words (:func:`daemon.inbox.staff_commands.first_command_line`). The thread or
token names the milestone. cuikuan answers with what it did or what was wrong
(``staff_reply``), only ever to the staff address as written in the config.

An unverified staff sender (see :mod:`daemon.inbox.authorize`) changes nothing: the PM is
told, and the claimed sender gets no answer.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from daemon.domain import payments, resolve
from daemon.domain.emails import reference_token
from daemon.domain.events import HistoryEvent, PaymentRecorded, StaffCommandRun
from daemon.domain.payments import ZERO, PaidSoFar
from daemon.domain.receipts import record_payment
from daemon.domain.state import MilestoneState
from daemon.inbox import staff_disputes
from daemon.inbox.acceptance_reply import staff_accepted
from daemon.inbox.facts import (
    Decision,
    Facts,
    OutgoingEmail,
    StateChange,
    clean_line,
    current,
    describe,
    key_for,
    pm_alert,
    policy,
    safe_id,
    window_opening,
)
from daemon.inbox.matching import TOKEN_RE
from daemon.inbox.source import Outcome
from daemon.inbox.staff_approvals import letter_decision
from daemon.inbox.staff_calls import call_outcome
from daemon.inbox.staff_commands import (
    CommandError,
    StaffCommand,
    first_command_line,
    parse_command,
)
from daemon.inbox.staff_list_reply import list_reply_decision

logger = logging.getLogger(__name__)


def command_line(text: str) -> str:
    """The command: the first non-empty line, unless it is quoted text or an attribution.

    Checked on its own first, because :func:`first_command_line` over the whole text can
    take ``paid 80000 2026-12-05`` + blank line + ``On ... wrote:`` for one wrapped
    attribution and drop the command.
    """
    for raw in text.splitlines():
        if raw.strip():
            return first_command_line(raw) or first_command_line(text)
    return ""


def _staff_today(f: Facts) -> date:
    """The day the staff member wrote, in our own timezone (staff write in it)."""
    tz = ZoneInfo(f.config.settings.timezone)
    return (f.mail.date or f.now).astimezone(tz).date()


def _staff_address(f: Facts) -> str:
    """The configured spelling of the sender's staff address (never a Reply-To)."""
    sender = f.mail.from_addr.lower()
    for address in resolve.staff_addresses(f.config.settings):
        if address.lower() == sender:
            return address
    raise ValueError(f"{sender} is not a staff address")  # authorize() checked it


def _reply(f: Facts, ok: bool, command: str, result: str) -> OutgoingEmail:
    inbound = safe_id(f.mail.message_id)
    token = reference_token(f.match.contract, f.match.milestone) if f.match.contract else ""
    return OutgoingEmail(
        key_for(f, "staff_reply"),
        "staff_reply",
        f.language,
        (_staff_address(f),),
        context={"ok": ok, "command": clean_line(command), "result": result, "token": token},
        in_reply_to=inbound,
        references=tuple(i for i in (inbound,) if i),
    )


def _event(f: Facts, verb: str, args: str, ok: bool, result: str) -> StaffCommandRun:
    return StaffCommandRun(
        at=f.now,
        contract=f.match.contract,
        milestone=f.match.milestone,
        sender=f.mail.from_addr,
        command=verb,
        args=args,
        ok=ok,
        result=result,
    )


def _answer(
    f: Facts, line: str, verb: str, ok: bool, result: str, outcome: Outcome = "processed", **kw: Any
) -> Decision:
    args = line.split(None, 1)[1] if len(line.split(None, 1)) > 1 else ""
    return Decision(
        outcome,
        f"staff_{verb}" if ok else "staff_error",
        emails=(_reply(f, ok, line, result),),
        events=(_event(f, verb, args, ok, result),),
        **kw,
    )


def staff_decision(f: Facts) -> Decision:
    """The decision for mail from a staff address (see the module docstring)."""
    kind = f.classification.kind
    if kind == "auto_reply":
        return Decision("unmatched", "ignored_staff_auto_reply")
    line = TOKEN_RE.sub("", command_line(f.mail.text)).strip()  # "paid [CK-…]" names one
    parsed = parse_command(line, _staff_today(f)) if line else CommandError(line, "empty command")
    verb = parsed.verb if isinstance(parsed, StaffCommand) else "?"
    if not f.auth.allowed:
        email, event = pm_alert(
            f, "staff_refused", {**describe(f), "reason": f.auth.reason, "command": line[:200]}
        )
        refused = _event(f, verb, line, False, f"refused: {f.auth.reason}")
        return Decision("unmatched", "staff_refused", emails=(email,), events=(refused, event))
    if not f.match.matched:
        listed = list_reply_decision(f, staff_decision, _staff_address(f))
        if listed is not None:
            return listed  # a reply to the daily list: one command per line (issue 14)
        if isinstance(parsed, CommandError):
            return Decision("unmatched", "staff_unmatched")  # ordinary mail, not a command
        return _answer(
            f,
            line,
            verb,
            False,
            "cuikuan cannot tell which milestone this is about: reply to a cuikuan email "
            "about it, or put its [CK-...] reference in the subject.",
            outcome="unmatched",
        )
    if isinstance(parsed, CommandError):
        return _answer(f, line, verb, False, parsed.message)
    if parsed.verb == "note":
        return _answer(f, line, "note", True, f"noted: {parsed.text}")
    if parsed.verb == "accepted":
        result, store, dated = staff_accepted(f, parsed.day)
        if store is None or dated is None:
            return _answer(f, line, "accepted", False, result)
        done = _answer(f, line, "accepted", True, result, dated=(store,))
        return replace(done, events=(*done.events, dated))
    if f.match.milestone is None and f.match.covers:
        return _answer(f, line, verb, False, _which_one(f.match.covers, line))
    if f.match.milestone is None:
        return _answer(
            f,
            line,
            verb,
            False,
            f"{f.match.contract} has several milestones: reply to an email about one of them.",
        )
    view = f.ledger.milestone(f.match.contract or "", f.match.milestone)
    if view is not None and view.paid_in_config:
        return _answer(
            f, line, verb, False, "this milestone is marked paid in the config file; edit it there."
        )
    currency = view.contract.contract.currency if view is not None else None
    if parsed.verb == "paid" and parsed.currency not in (None, currency):
        return _answer(
            f,
            line,
            verb,
            False,
            f"paid in {parsed.currency} but the contract is in {currency}: nothing recorded. "
            f"Write the amount that arrived in {currency}, e.g. 'paid 40,000'.",
        )
    if parsed.verb == "called":
        result, events, change = call_outcome(f, parsed)
        changes = (change,) if change is not None else ()
        decision = _answer(f, line, "called", True, result, changes=changes)
        return replace(decision, events=(*decision.events, *events))
    if parsed.verb in ("approve", "skip"):
        ok, result, events = letter_decision(f, parsed.verb)
        decision = _answer(f, line, parsed.verb, ok, result)
        return replace(decision, events=(*decision.events, *events))
    if parsed.verb == "waive" and view is not None and view.contract.contract.late_interest is None:
        result = "this contract charges no late-payment interest: nothing to waive."
        return _answer(f, line, verb, False, result)
    if parsed.verb == "charge" and not current(f).interest_waived:
        result = "late-payment interest is not waived on this milestone: nothing to undo."
        return _answer(f, line, verb, False, result)
    ms = current(f)
    if parsed.verb in ("dispute", "resolved"):
        changed, detail = staff_disputes.apply(
            parsed, ms, view, f"staff {f.mail.from_addr}", _staff_today(f)
        )
        if changed is None:
            return _answer(f, line, verb, False, detail)
        new = changed
    else:
        new, detail = _apply(f, parsed, ms)
    assert f.match.contract is not None and f.match.milestone is not None
    result = f"{describe(f)['what']}: {ms.status} -> {new.status}{detail}"
    cause = f"staff:{parsed.verb} by {f.mail.from_addr}"
    change = StateChange(f.match.contract, f.match.milestone, new, cause)
    decision = _answer(f, line, parsed.verb, True, result, changes=(change,))
    if parsed.verb == "paid" and parsed.amount is not None and view is not None:
        after = payments.paid_so_far(view.contract.contract, view.milestone, new)
        fact = _payment(f, parsed, after, currency or "")
        extra: tuple[HistoryEvent, ...] = (fact,)
        emails = decision.emails
        if fact.flag and f.mail.from_addr.lower() != f.config.settings.pm.email.lower():
            reading = f"over-payment recorded by {f.mail.from_addr}: {detail.lstrip(', ')}"
            values = {**describe(f), "reading": reading, "hold": "", "guess": ""}
            alert, alerted = pm_alert(f, "ask_pm", values)
            extra, emails = (*extra, alerted), (*emails, alert)
        decision = replace(decision, emails=emails, events=(*decision.events, *extra))
    return decision


def _which_one(covers: tuple[tuple[str, str], ...], line: str) -> str:
    """Asking back when a command is about a letter that listed several payments."""
    tokens = [reference_token(c, m) for c, m in covers]
    return (
        f"this is about {len(tokens)} payments ({' '.join(tokens)}): nothing was done. "
        f"Write the command again with the payment's reference, e.g. '{line} {tokens[-1]}'."
    )


def _payment(f: Facts, cmd: StaffCommand, after: PaidSoFar, currency: str) -> PaymentRecorded:
    """The paid-amounts fact of a staff ``paid AMOUNT`` (verified money)."""
    return PaymentRecorded(
        at=f.now,
        contract=f.match.contract,
        milestone=f.match.milestone,
        amount=cmd.amount,
        currency=currency,
        paid_on=cmd.day or _staff_today(f),
        source="staff",
        verified=True,
        paid_total=after.paid,
        remaining=after.remaining,
        flag="over_payment" if after.over_paid > ZERO else "",
    )


def _paid(f: Facts, cmd: StaffCommand, ms: MilestoneState, by: str) -> tuple[MilestoneState, str]:
    """``paid [AMOUNT] [DATE]``: all of it, or a part (the milestone stays open, issue 13.1).

    Payments add up: ``paid 40,000`` then ``paid 60,000`` settle a 100,000 milestone.
    More than the amount is recorded and flagged; another currency records nothing.
    The rule is :func:`daemon.domain.receipts.record_payment`, shared with the bank.
    """
    view = f.ledger.milestone(f.match.contract or "", f.match.milestone)
    day = cmd.day or _staff_today(f)
    return record_payment(view, ms, cmd.amount, day, by, day_given=cmd.day is not None)


def _apply(f: Facts, cmd: StaffCommand, ms: MilestoneState) -> tuple[MilestoneState, str]:
    """The new state and a detail for the answer."""
    by = f"staff {f.mail.from_addr}"
    if cmd.verb == "paid":
        return _paid(f, cmd, ms, by)
    if cmd.verb == "pause":
        until = window_opening(f, cmd.day) if cmd.day is not None else None
        detail = f" until {until.isoformat(timespec='minutes')}" if until else " until resumed"
        return replace(ms, status="paused", hold_until=until, reason=f"{by}: pause"), detail
    if cmd.verb == "resume":
        state = replace(
            ms,
            status="open",
            hold_until=None,
            promised_date=None,
            reason=by,
            paid_on=None,
            paid_amount=None,
            **staff_disputes.CLEARED,
        )
        return state, ""
    if cmd.verb == "promise":
        assert cmd.day is not None  # parse_command requires it
        until = window_opening(f, cmd.day + timedelta(days=policy(f).promise_grace_days))
        state = replace(
            ms, status="promised", promised_date=cmd.day, hold_until=until, reason=f"{by}: promise"
        )
        return (
            state,
            f" ({cmd.day.isoformat()}, chase resumes {until.isoformat(timespec='minutes')})",
        )
    if cmd.verb == "waive":
        reason = f"{by}: late-payment interest waived"
        return replace(ms, interest_waived=True, reason=reason), " (late-payment interest waived)"
    if cmd.verb == "charge":
        reason = f"{by}: late-payment interest charged again"
        return replace(ms, interest_waived=False, reason=reason), " (interest charged again)"
    assert cmd.verb == "stop"
    return replace(ms, status="stopped", hold_until=None, reason=f"{by}: stop"), ""
