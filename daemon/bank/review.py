"""What the PM's daily list says about the bank (issue 16.2), in zh and en (pure).

Two kinds of line:

* a credit only the PM can place (:func:`credit_lines`): its date, amount, payer and
  words, why cuikuan did not decide, and the candidate milestones numbered for the
  one-word replies ``match N`` / ``not ours`` sent with the credit's ``[CK-BANK-…]`` token;
* a client's "we paid" with no matching credit (:func:`claim_waits` holds it off the list
  for ``settings.bank.claim_wait_days`` working days after the claim, while statements
  are being imported: the bank is expected to confirm it with no PM step).

:mod:`daemon.reports.todo` turns these into its ranked actions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from daemon.domain.events import BankCredit, HistoryEvent
from daemon.domain.ledger import Ledger, MilestoneView
from daemon.mail import formatting

TOKEN_PREFIX = "[CK-BANK-"
MATCH, NOT_OURS = "match", "not ours"

_LINE = {
    "en": "bank credit {date}, {amount} from {payer} (“{memo}”): {why}. {candidates}",
    "zh": "银行到账 {date}，{payer} 汇入 {amount}（“{memo}”）：{why}。{candidates}",
}
_WHY = {
    "ambiguous": {"en": "it fits more than one milestone", "zh": "可对应多个款项"},
    "over_payment": {"en": "more than is owed", "zh": "超过应付金额"},
    "currency": {"en": "in another currency than the contract", "zh": "币种与合同不符"},
    "discount_late": {
        "en": "the discounted amount, after the discount deadline",
        "zh": "按折扣金额支付，但已过折扣期限",
    },
    "partial": {"en": "a part payment naming no milestone", "zh": "部分付款，未注明款项"},
    "weak": {"en": "the payer or the words do not match well", "zh": "付款人或附言不完全相符"},
    "unknown_payer": {"en": "no client or milestone fits", "zh": "无法对应到客户或款项"},
}
_CANDIDATES = {"en": "Candidates: {list}", "zh": "候选：{list}"}
_NONE = {
    "en": "No candidate: answer 'not ours' or record it by hand",
    "zh": "无候选：请回复 not ours 或手工记录",
}
CLAIM_NOTE = {
    "en": "no matching credit on the bank statements after {days} working days",
    "zh": "{days}个工作日后银行对账单仍无对应到账",
}


@dataclass(frozen=True)
class CreditLine:
    """One credit waiting for the PM."""

    credit: str
    reason: str
    commands: tuple[str, ...]
    amount: Decimal | None
    currency: str

    @property
    def token(self) -> str:
        return token(self.credit)


def token(credit_id: str) -> str:
    """The reference a staff reply about the credit carries: ``[CK-BANK-1a2b3c4d5e6f]``."""
    return f"{TOKEN_PREFIX}{credit_id}]"


def pending(events: Iterable[HistoryEvent]) -> list[BankCredit]:
    """Credits whose latest outcome is ``review``, in the order they came."""
    latest: dict[str, BankCredit] = {}
    for event in events:
        if isinstance(event, BankCredit):
            latest.pop(event.credit, None)
            latest[event.credit] = event
    return [e for e in latest.values() if e.outcome == "review"]


def _tr(table: dict[str, str], lang: str) -> str:
    return table.get(lang, table["en"])


def _candidate(ledger: Ledger, key: str, lang: str) -> str:
    contract, _, milestone = key.partition("/")
    view = ledger.milestone(contract, milestone)
    if view is None:
        return key
    currency = view.contract.contract.currency
    money = formatting.format_money(view.paid_so_far.remaining, currency, lang)
    what = f"{view.milestone.name} / {view.contract.contract.title}"
    if lang == "zh":
        return f"{what}（{view.client.name}，{money}）"
    return f"{what} ({view.client.name}, {money})"


def credit_lines(ledger: Ledger, events: Iterable[HistoryEvent], lang: str) -> list[CreditLine]:
    """A line per credit waiting for the PM."""
    lines = []
    for event in pending(events):
        listed = [f"{n}. {_candidate(ledger, k, lang)}" for n, k in enumerate(event.candidates, 1)]
        joined = ("；" if lang == "zh" else "; ").join(listed)
        candidates = _tr(_CANDIDATES, lang).format(list=joined) if listed else _tr(_NONE, lang)
        amount = event.amount if event.amount is not None else Decimal(0)
        reason = _tr(_LINE, lang).format(
            date=formatting.format_date(event.booked, lang) if event.booked else "?",
            amount=formatting.format_money(amount, event.currency, lang),
            payer=event.payer or "?",
            memo=(event.memo or "-")[:80],
            why=_tr(_WHY.get(event.reason, _WHY["weak"]), lang),
            candidates=candidates,
        )
        commands = tuple(f"{MATCH} {n}" for n in range(1, len(event.candidates) + 1))
        lines.append(
            CreditLine(event.credit, reason, (*commands, NOT_OURS), event.amount, event.currency)
        )
    return lines


def statements_in_use(events: Iterable[HistoryEvent]) -> bool:
    """True once any statement credit was recorded: claims then wait for the bank."""
    return any(isinstance(e, BankCredit) for e in events)


def working_days_since(view: MilestoneView, since: date, today: date) -> int:
    """Working days (the client's calendar) after ``since`` up to and including ``today``."""
    calendar = view.contract.calendar
    days, day = 0, since
    while day < today and days < 366:
        day += timedelta(days=1)
        days += calendar.is_working_day(day)
    return days


def claim_waits(view: MilestoneView, now: datetime, wait_days: int) -> bool:
    """A claim still inside its wait for the bank to confirm it."""
    claimed = view.state.updated_at or view.state.last_contact
    if claimed is None:
        return False
    tz = view.contract.timezone
    return working_days_since(view, claimed.astimezone(tz).date(), now.astimezone(tz).date()) < (
        wait_days
    )
