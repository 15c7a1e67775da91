"""The limitation clock (诉讼时效): the last day the right to sue for a milestone's money.

Why: a debt that nobody sued for in time can no longer be enforced, and no chasing tool
watched that date (issue 14.5). The rule is the PRC Civil Code's by default; a
jurisdiction preset (``settings.limitation.jurisdiction`` or per client, see
:mod:`daemon.config.limitation`) sets the period and whether a demand restarts it (in
Hong Kong, Singapore, England and Japan only the debtor's acknowledgement or part payment
does), and ``years`` overrides the period:

* the period runs from the day the creditor knew or should have known its right was
  infringed (Art. 188): here the milestone's due date;
* a period in years ends on the corresponding day of the last year; when that month has no
  such day (29 February) it ends on the month's last day (Art. 201, 202);
* a demand for performance delivered to the debtor, or the debtor agreeing to perform,
  interrupts the period and it starts again from then (Art. 195). The demands counted are
  the formal letters cuikuan delivered to the client (:data:`DEMAND_STAGES`, recorded as
  ``sent``); the acknowledgements, the client's replies that name the milestone and say it
  paid, paid part, will pay or asks for time (:data:`ACKNOWLEDGING`), and payments of part
  of the amount (partial performance);
* a demand after the period ended revives nothing; a debtor agreeing to pay after it ended
  can no longer rely on it (Art. 192), so an acknowledgement counts at any time.

The date is deliberately the earlier reading wherever the law leaves room: the holiday
extension of Art. 203 is not applied and a reply matched only to the contract (not to the
milestone) restarts nothing, so the PM is never told there is more time than there is.

Pure: (due date, sends, events) in, a date out; no I/O.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from daemon.config.records import LimitationSettings
from daemon.domain.events import HistoryEvent, PaymentRecorded, Received
from daemon.domain.ledger import Ledger, MilestoneView
from daemon.domain.stages import BY_NAME
from daemon.domain.state import SendKey, SendRecord

DEFAULT_YEARS = 3
"""PRC Civil Code Art. 188."""
DEMAND_STAGES: frozenset[str] = frozenset(
    s.name for s in BY_NAME.values() if s.formal and s.client_facing
)
"""Formal letters to the debtor itself (demand, escalation): a demand for performance.
The legal referral goes to our counsel, not to the debtor, so it restarts nothing."""
ACKNOWLEDGING: frozenset[str] = frozenset({"paid", "partial_payment", "promise", "more_time"})
"""Reply kinds in which the debtor admits the debt: it says it paid (all or part), it will
pay, or it asks for time or instalments (a request to defer performance)."""
RESTART_EVENT_KINDS: frozenset[str] = frozenset({Received.KIND, PaymentRecorded.KIND})
"""The only history events :func:`restarts` reads: a reader may skip every other kind."""
WARN_DAYS: tuple[int, ...] = (90, 30, 7)
"""The PM is warned when this many days are left."""
WARN_SHOWN_DAYS = 7
"""Each warning stays on the daily list this many days (a list skipped on a weekend
does not lose it); in the last ``WARN_DAYS[-1]`` days it is on every list."""


@dataclass(frozen=True)
class Restart:
    """A day the period started again, and what restarted it (the evidence)."""

    day: date
    cause: str
    """``demand sent <message-id>``, ``client reply (promise) <message-id>``, ..."""
    demand: bool
    """True: a demand by us (revives nothing once expired); False: the debtor's own act."""


@dataclass(frozen=True)
class Limitation:
    """When the right to sue for one milestone expires, and the restart that set it."""

    expires: date
    last_restart: Restart | None = None


def add_years(day: date, years: int) -> date:
    """The corresponding day ``years`` later; 29 Feb without one becomes 28 Feb (Art. 202)."""
    year = day.year + years
    last = calendar.monthrange(year, day.month)[1]
    return date(year, day.month, min(day.day, last))


def expiry(due: date, restarts: Iterable[Restart], years: int = DEFAULT_YEARS) -> Limitation:
    """The last day to sue: ``years`` after the due date or the latest valid restart.

    A restart before the due date changes nothing (the period had not started); a demand
    after the period ended revives nothing; an acknowledgement always restarts it.
    """
    result = Limitation(add_years(due, years))
    for restart in sorted(restarts, key=lambda r: r.day):
        if restart.day <= due:
            continue
        if restart.demand and restart.day > result.expires:
            continue
        result = Limitation(add_years(restart.day, years), restart)
    return result


def restarts(
    contract: str,
    milestone: str,
    sends: Mapping[SendKey, SendRecord],
    events: Iterable[HistoryEvent],
    timezone: tzinfo,
) -> list[Restart]:
    """Every recorded act that restarts the period of ``contract``/``milestone``.

    Days are taken in the contract's timezone (the debtor's local calendar day).
    """
    found = [
        Restart(r.at.astimezone(timezone).date(), f"{key.stage} sent {r.message_id}", True)
        for key, r in sends.items()
        if key.contract == contract
        and key.milestone == milestone
        and key.stage in DEMAND_STAGES
        and r.status == "sent"
    ]
    for e in events:
        if e.contract != contract or e.milestone != milestone:
            continue
        if isinstance(e, Received) and _acknowledges(e):
            cause = f"client reply ({e.reply_kind}) {e.message_id}".rstrip()
            found.append(Restart(e.at.astimezone(timezone).date(), cause, False))
        elif isinstance(e, PaymentRecorded) and e.verified and e.remaining:
            day = e.paid_on or e.at.astimezone(timezone).date()
            found.append(Restart(day, f"part payment {e.amount} {e.currency}".strip(), False))
    return found


def limitations(
    ledger: Ledger, events: Iterable[HistoryEvent], now: datetime
) -> dict[tuple[str, str], Limitation]:
    """The limitation of every unpaid milestone with a due date, as of ``now``.

    Keyed by (contract id, milestone id); paid milestones and milestones still waiting for
    their due date have none. Only what happened by ``now`` restarts the period.
    """
    by_milestone: dict[tuple[str, str], list[HistoryEvent]] = {}
    for e in events:
        if e.contract is not None and e.milestone is not None and e.at <= now:
            by_milestone.setdefault((e.contract, e.milestone), []).append(e)
    out: dict[tuple[str, str], Limitation] = {}
    for view in ledger.milestones():
        due = view.due
        if due is None or view.paid:
            continue
        key = (view.contract.id, view.id)
        sends = {k: r for k, r in ledger.sends(*key).items() if r.at <= now}
        rule = rule_of(ledger, view)
        found = restarts(*key, sends, by_milestone.get(key, ()), view.contract.timezone)
        if not rule.demand_restarts:  # the debtor's own acts only (e.g. Limitation Act s.29)
            found = [r for r in found if not r.demand]
        out[key] = expiry(due, found, rule.period_years)
    return out


def rule_of(ledger: Ledger, view: MilestoneView) -> LimitationSettings:
    """The client's rule when it has one, else the installation's."""
    return view.client.limitation or ledger.config.settings.limitation


def _acknowledges(e: Received) -> bool:
    """A client's reply, matched to the milestone, that admits the debt (not staff mail)."""
    return (
        bool(e.matched_via) and e.reply_kind in ACKNOWLEDGING and not e.action.startswith("staff")
    )


def warning_due(expires: date, today: date) -> int | None:
    """The warning (days left threshold of :data:`WARN_DAYS`) to show today, if any."""
    left = (expires - today).days
    if left < 0:
        return None
    for threshold in WARN_DAYS:
        if threshold - WARN_SHOWN_DAYS < left <= threshold:
            return threshold
    return WARN_DAYS[-1] if left <= WARN_DAYS[-1] else None
