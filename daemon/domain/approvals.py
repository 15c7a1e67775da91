"""Approval of hard steps: which letters wait for the PM's ``approve``, and where each stands.

Why: a demand letter, an escalation to the client's management, a suspension of work or a
referral to counsel changes a business relationship; a team may want a person to say yes
first (issue 14.3). With ``policy.approval_required`` naming such stages, cuikuan prepares
the letter when it falls due, shows it on the PM's daily list with a preview, and sends it
only after the PM replies ``approve`` (``skip`` drops it). It never goes on its own.

The PM's word is an :class:`~daemon.domain.events.Approval` event about the letter's
send key; a letter is only ever sent through the one outbox, so exactly-once holds as for
every email. Pure: functions of the policy, the events and the sends.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from daemon.config.records import Policy
from daemon.domain.events import Approval, HistoryEvent
from daemon.domain.state import SendKey, SendRecord

ASKED, APPROVED, SKIPPED, REMINDED = "asked", "approved", "skipped", "reminded"
DECISIONS = frozenset({APPROVED, SKIPPED})


def needs_approval(policy: Policy, stage: str) -> bool:
    """True when ``stage`` letters wait for the PM under ``policy``."""
    return stage in policy.approval_required


def key_of(event: Approval) -> SendKey:
    return SendKey(event.contract or "-", event.milestone, event.stage, event.seq)


@dataclass(frozen=True)
class Standing:
    """Where one letter stands: asked when (and with what preview), decided, reminded."""

    asked: Approval | None = None
    decision: Approval | None = None
    reminded: bool = False


def standing(events: Iterable[HistoryEvent], key: SendKey) -> Standing:
    """The approval standing of the letter ``key`` (latest decision wins)."""
    asked: Approval | None = None
    decision: Approval | None = None
    reminded = False
    for e in events:
        if not isinstance(e, Approval) or key_of(e) != key:
            continue
        if e.decision == ASKED and asked is None:
            asked = e
        elif e.decision in DECISIONS:
            decision = e
        elif e.decision == REMINDED:
            reminded = True
    return Standing(asked, decision, reminded)


def waiting(events: Iterable[HistoryEvent], sends: Mapping[SendKey, SendRecord]) -> list[Approval]:
    """The ``asked`` events of letters still waiting: no decision, not decided in the
    outbox (a letter the chase moved past is no longer waiting), oldest first."""
    asked: dict[SendKey, Approval] = {}
    decided: set[SendKey] = set()
    for e in events:
        if not isinstance(e, Approval):
            continue
        key = key_of(e)
        if e.decision == ASKED:
            asked.setdefault(key, e)
        elif e.decision in DECISIONS:
            decided.add(key)
    return [e for k, e in asked.items() if k not in decided and k not in sends]
