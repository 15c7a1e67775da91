"""One email per client (issue 13.2): which planned chase emails go out as one letter.

Why: a client with three milestones due this week should get one letter listing the three,
not three letters in an hour. When several chase emails of one client are due in the same
tick (the same send window), :func:`group` puts them in a :class:`Consolidated` email
written in the strictest tone among them (:data:`STRICTNESS`).

Exactly once still holds per milestone stage: the consolidated email's Message-ID is its
first key's, and every key it covers is recorded under that one Message-ID in the same
store write (:meth:`daemon.storage.store.Store.record_pending`), so after a crash each
covered stage is pending (then sent) by that email and the planner never plans it alone.

Only stages written to the client's own contacts with the same recipient rule are joined:
:data:`JOINABLE`. The terms email (contract-level), the escalation (management in copy),
the legal referral (to counsel) and the thank-you letter always go alone. A client opts out
with ``consolidate: false`` (default: ``settings.consolidate``). Pure, no I/O.

A formal demand never shares a letter with a payment that is not yet overdue (the
:data:`NOT_YET_OVERDUE` stages: notice, due). Why: a demand letter (催款函) is the document a
court or the client's finance director reads as our claim; it must claim exactly the money
owed now. Listing next month's payment in it, even "for information", reads as demanding
money not due and blurs what the deadline applies to. A careful credit controller sends the
demand for the overdue money and, separately and politely, the notice of what falls due
next: :func:`group` does the same (the notices join each other if there are two or more).
The milder letters (reminder, promise follow-up) may list a not-yet-due payment beside the
overdue ones; their text asks only for the overdue ones and shows the others as upcoming
(:mod:`daemon.mail.consolidated`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from daemon.config.records import Config
from daemon.domain.emails import PlannedEmail
from daemon.domain.state import SendKey

STRICTNESS: tuple[str, ...] = ("notice", "due", "reminder", "promise_broken", "demand")
"""Joinable stages from the mildest to the strictest: a letter takes its strictest one's tone."""
JOINABLE: frozenset[str] = frozenset(STRICTNESS)
NOT_YET_OVERDUE: frozenset[str] = frozenset({"notice", "due"})
"""Stages of a payment not yet overdue: never joined into a formal demand."""
FORMAL: frozenset[str] = frozenset({"demand"})
"""Stages whose letter formally demands payment by a deadline."""


@dataclass(frozen=True)
class Consolidated:
    """Several chase emails of one client, sent as one letter.

    ``emails`` are in the order the letter lists them (contract, then milestone as planned);
    :attr:`key` (the first one's) names the letter: its Message-ID and ``X-Cuikuan-Key``.
    """

    emails: tuple[PlannedEmail, ...]

    @property
    def key(self) -> SendKey:
        return self.emails[0].key

    @property
    def covers(self) -> tuple[SendKey, ...]:
        """Every key the letter stands for, :attr:`key` first."""
        return tuple(e.key for e in self.emails)

    @property
    def stage(self) -> str:
        """The strictest stage among the emails: the letter's tone."""
        return max((e.key.stage for e in self.emails), key=STRICTNESS.index)

    @property
    def client(self) -> str:
        return self.emails[0].client

    @property
    def language(self) -> str:
        return self.emails[0].language

    @property
    def to(self) -> tuple[str, ...]:
        return self.emails[0].to

    @property
    def cc(self) -> tuple[str, ...]:
        return self.emails[0].cc

    @property
    def at(self) -> datetime:
        return min(e.at for e in self.emails)

    @property
    def thread(self) -> tuple[str, ...]:
        """Every covered milestone's earlier emails, for References (oldest thread first)."""
        return tuple(dict.fromkeys(mid for e in self.emails for mid in e.thread))

    @property
    def supersedes(self) -> tuple[SendKey, ...]:
        return tuple(k for e in self.emails for k in e.supersedes)


Outgoing = PlannedEmail | Consolidated
"""What the chase sends in a tick: a single planned email or a consolidated letter."""


def consolidates(config: Config, client_id: str) -> bool:
    """Whether ``client_id``'s chase emails of one tick are joined (client, else settings)."""
    client = next((c for c in config.clients if c.id == client_id), None)
    if client is not None and client.consolidate is not None:
        return client.consolidate
    return config.settings.consolidate


def group(config: Config, planned: Sequence[PlannedEmail]) -> list[Outgoing]:
    """``planned`` with the joinable emails of each client put together, order kept.

    Emails join when their client consolidates, their stage is :data:`JOINABLE`, and they
    go to the same addresses in the same language; a letter is only made of two or more
    emails. The letter takes the place of its first email in the list. A demand is not
    joined with a payment not yet overdue (:func:`letters`).
    """
    buckets: dict[tuple, list[PlannedEmail]] = {}
    for email in planned:
        if _joinable(config, email):
            buckets.setdefault(_bucket(email), []).append(email)
    parts: dict[int, list[PlannedEmail]] = {}
    for members in buckets.values():
        for letter in letters(members):
            for email in letter:
                parts[id(email)] = letter
    out: list[Outgoing] = []
    for email in planned:
        joined = parts.get(id(email), [])
        if len(joined) < 2:
            out.append(email)
        elif joined[0] is email:
            out.append(Consolidated(tuple(joined)))
    return out


def joined_in_plan(config: Config, planned: Sequence[PlannedEmail]) -> dict[SendKey, SendKey]:
    """For a forecast (``cuikuan plan``): each email that would go in a letter with others,
    mapped to that letter's key (its first email's).

    The engine joins the emails due in one tick; a forecast joins those planned for the
    same instant (the same send slot), which is when they would be due together.
    """
    by_at: dict[datetime, list[PlannedEmail]] = {}
    for email in planned:
        by_at.setdefault(email.at, []).append(email)
    out: dict[SendKey, SendKey] = {}
    for same in by_at.values():
        for item in group(config, same):
            if isinstance(item, Consolidated):
                out.update((key, item.key) for key in item.covers)
    return out


def letters(emails: Sequence[PlannedEmail]) -> list[list[PlannedEmail]]:
    """``emails`` (one client, one recipient list) split into the letters they make.

    All of them together, unless one is a formal demand (:data:`FORMAL`): then the payments
    not yet overdue (:data:`NOT_YET_OVERDUE`) make a letter of their own. Order is kept;
    a part of one email is sent alone.
    """
    if not any(e.key.stage in FORMAL for e in emails):
        return [list(emails)] if emails else []
    overdue = [e for e in emails if e.key.stage not in NOT_YET_OVERDUE]
    upcoming = [e for e in emails if e.key.stage in NOT_YET_OVERDUE]
    return [part for part in (overdue, upcoming) if part]


def _joinable(config: Config, email: PlannedEmail) -> bool:
    return (
        email.key.stage in JOINABLE
        and email.key.milestone is not None
        and consolidates(config, email.client)
    )


def _bucket(email: PlannedEmail) -> tuple:
    return (email.client, email.language, email.to, email.cc)
