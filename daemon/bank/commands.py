"""Staff replies about a bank credit: ``match N`` and ``not ours`` (pure).

The PM's daily list shows a credit cuikuan could not place with numbered candidates and
its token, e.g. ``match 1 | match 2 | not ours [CK-BANK-1a2b3c4d5e6f]``. A staff member
answers with that on the first line of their own words (or the token in the subject):

* ``match N`` (``匹配 N``) — the credit pays candidate N, through the same path as a staff
  ``paid AMOUNT DATE`` with the bank's amount and date (:func:`record_payment`); the
  thank-you follows from the chase's next tick;
* ``not ours`` (``不是我们的``) — the credit is for something else; never matched again.

A credit already decided (paid, known, not ours) is never decided again, so the same
credit never pays two milestones; a paid or stopped milestone is never changed; a
credit in another currency than the contract is refused with how to record it by hand.
Only a verified staff sender (:mod:`daemon.inbox.authorize`) changes anything.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from daemon.bank.credit import Credit, payment_recorded
from daemon.bank.review import MATCH, NOT_OURS, token
from daemon.domain import payments, resolve
from daemon.domain.events import BankCredit, HistoryEvent, StaffCommandRun
from daemon.domain.receipts import record_payment
from daemon.inbox.facts import (
    Decision,
    Facts,
    OutgoingEmail,
    StateChange,
    clean_line,
    describe,
    key_for,
    pm_alert,
    safe_id,
)
from daemon.inbox.staff_actions import command_line

TOKEN_RE = re.compile(r"\[CK-BANK-([0-9a-f]{12})\]", re.I)
_MATCH = re.compile(r"^(?:match|匹配|对应)\s*(?:no\.?|#|第)?\s*(\d{1,2})\s*(?:个|项)?$", re.I)
_NOT_OURS = re.compile(r"^(?:not\s*ours|not\s*mine|不是我们的|非本公司|无关)$", re.I)


@dataclass(frozen=True)
class BankCommand:
    verb: str
    """``match`` or ``not ours``."""
    number: int | None = None


def credit_token(subject: str, text: str) -> str | None:
    """The credit id a staff email is about: a token on its command line, else the subject.

    The quoted daily list below a reply holds every credit's token, so only the command
    line and the subject count.
    """
    for place in (command_line(text), subject):
        found = TOKEN_RE.search(place or "")
        if found:
            return found.group(1).lower()
    return None


def parse(line: str) -> BankCommand | None:
    """``match 2`` / ``not ours`` (the token and spaces around it ignored), else None."""
    words = TOKEN_RE.sub(" ", unicodedata.normalize("NFKC", line)).strip(" \t:：,，.。")
    words = " ".join(words.split())
    found = _MATCH.match(words)
    if found:
        return BankCommand(MATCH, int(found.group(1)))
    if _NOT_OURS.match(words):
        return BankCommand(NOT_OURS)
    return None


def _staff_address(f: Facts) -> str:
    sender = f.mail.from_addr.lower()
    for address in resolve.staff_addresses(f.config.settings):
        if address.lower() == sender:
            return address
    return sender


def _answer(
    f: Facts,
    line: str,
    ok: bool,
    result: str,
    credit_id: str,
    events: tuple[HistoryEvent, ...] = (),
    changes: tuple[StateChange, ...] = (),
) -> Decision:
    inbound = safe_id(f.mail.message_id)
    reply = OutgoingEmail(
        key_for(f, "staff_reply"),
        "staff_reply",
        f.language,
        (_staff_address(f),),
        context={
            "ok": ok,
            "command": clean_line(TOKEN_RE.sub("", line).strip()),
            "result": result,
            "token": token(credit_id),
        },
        in_reply_to=inbound,
        references=tuple(i for i in (inbound,) if i),
    )
    run = StaffCommandRun(
        at=f.now,
        sender=f.mail.from_addr,
        command="bank",
        args=clean_line(line),
        ok=ok,
        result=result,
    )
    action = "staff_bank" if ok else "staff_error"
    return Decision("processed", action, changes=changes, emails=(reply,), events=(run, *events))


def decide(f: Facts, credit_id: str, credit: Credit | None, latest: BankCredit | None) -> Decision:
    """What a staff email about the credit ``credit_id`` does."""
    line = command_line(f.mail.text)
    if not f.auth.allowed:
        values = {**describe(f), "reason": f.auth.reason, "command": line[:200]}
        email, alerted = pm_alert(f, "staff_refused", values)
        refused = StaffCommandRun(
            at=f.now, sender=f.mail.from_addr, command="bank", args=line[:200], ok=False,
            result=f"refused: {f.auth.reason}",
        )  # fmt: skip
        return Decision("unmatched", "staff_refused", emails=(email,), events=(refused, alerted))
    command = parse(line)
    if command is None:
        return _answer(
            f, line, False, "write 'match N' (N: a candidate's number) or 'not ours' with the "
            f"credit's token, e.g. 'match 1 [CK-BANK-{credit_id}]'", credit_id,
        )  # fmt: skip
    if credit is None or latest is None:
        return _answer(f, line, False, f"no bank credit {credit_id} was imported", credit_id)
    if latest.outcome != "review":
        done = f"{latest.outcome} {latest.contract}/{latest.milestone}".rstrip("/None")
        return _answer(
            f, line, False, f"this credit was already decided ({done}); nothing changed", credit_id
        )
    if command.verb == NOT_OURS:
        event = _event(f, credit, latest, "not_ours", None, None)
        return _answer(f, line, True, "noted: not a client's payment", credit_id, events=(event,))
    return _match(f, line, credit, latest, command.number or 0)


def _event(
    f: Facts,
    credit: Credit,
    latest: BankCredit,
    outcome: str,
    contract: str | None,
    milestone: str | None,
) -> BankCredit:
    return BankCredit(
        at=f.now,
        contract=contract,
        milestone=milestone,
        credit=latest.credit,
        outcome=outcome,
        amount=credit.amount,
        currency=credit.currency,
        booked=credit.booked,
        payer=latest.payer,
        memo=latest.memo,
        reason=f"{latest.reason}; decided by staff",
        candidates=latest.candidates,
        by=f.mail.from_addr,
        statement=latest.statement,
    )


def _match(f: Facts, line: str, credit: Credit, latest: BankCredit, number: int) -> Decision:
    cid = latest.credit
    if not 1 <= number <= len(latest.candidates):
        count = len(latest.candidates)
        return _answer(f, line, False, f"there are {count} candidate(s): match 1..{count}", cid)
    key = latest.candidates[number - 1]
    contract, _, milestone = key.partition("/")
    view = f.ledger.milestone(contract, milestone)
    if view is None:
        return _answer(f, line, False, f"{key} is no longer in the config", cid)
    if view.status in ("paid", "stopped") or view.paid_in_config:
        return _answer(f, line, False, f"{key} is already {view.status}; nothing changed", cid)
    currency = view.contract.contract.currency
    if credit.currency != currency:
        return _answer(
            f, line, False, f"the credit is in {credit.currency} but {key} is in {currency}: "
            f"record what arrived in {currency} with 'paid AMOUNT DATE' on the milestone", cid,
        )  # fmt: skip
    by = f"bank {cid} matched by {f.mail.from_addr}"
    new, detail = record_payment(view, view.state, credit.amount, credit.booked, by)
    after = payments.paid_so_far(view.contract.contract, view.milestone, new)
    payment = payment_recorded(credit, contract, milestone, f.now, after)
    change = StateChange(contract, milestone, new, f"staff:bank match by {f.mail.from_addr}")
    result = f"{view.milestone.name} / {view.contract.contract.title}: {view.status} -> "
    result += f"{new.status}{detail}"
    events = (payment, _event(f, credit, latest, "paid", contract, milestone))
    return _answer(f, line, True, result, cid, events=events, changes=(change,))
