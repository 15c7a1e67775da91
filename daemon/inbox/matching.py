"""Find which contract and milestone an inbound email is about (pure, no I/O).

Three clues, strongest first:

1. **thread** — an In-Reply-To / References Message-ID (or, for a bounce, the returned
   message's Message-ID) that cuikuan sent. Our ids look like
   ``<ck.CONTRACT.MILESTONE.STAGE.SEQ@domain>``, but ids may contain dots, so they are never
   parsed: they are looked up among the recorded sends (``StateView.sends``).
2. **token** — the subject's ``[CK-<contract>-<milestone>]`` / ``[CK-<contract>]``. Ids
   contain ``-``, so the token is not split either: every token the config can produce is
   put in a table and the subject's ``[CK-...]`` is looked up in it. A token two things
   share is ambiguous and ignored.
3. **sender** — the From address among a client's contacts (to + cc): the client's most
   recently chased milestone that is still open (or, failing that, its only contract).

A contract-level clue (the terms email, ``[CK-<contract>]``) is narrowed to a milestone
when the contract has exactly one milestone being chased.

A consolidated email (issue 13.2) is about several milestones: a reply to it (or a subject
with several tokens) is about the one milestone its own words name, by token, payment
reference or a name only one of them has (:func:`named_in_reply`); naming none or several,
the match keeps them all in ``covers`` with ``milestone`` None, and the PM is asked.

Usage::

    match = match_message(mail, config, state)
    if match.via is None: ...      # unmatched: forward to the PM
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from daemon.config.records import Client, Config, Contract
from daemon.domain import resolve
from daemon.domain.emails import reference_token
from daemon.domain.ledger import Ledger
from daemon.domain.stages import CLIENT_FACING
from daemon.domain.state import SendRecord, StateView
from daemon.inbox.contacts import client_contacts as client_contacts  # its old home
from daemon.inbox.contacts import contacts
from daemon.inbox.parse import InboundMail
from daemon.inbox.quotes import strip_quoted
from daemon.mail.pay_now import payment_reference

logger = logging.getLogger(__name__)

Via = Literal["thread", "token", "sender"]

TOKEN_RE = re.compile(r"\[CK-[^\]\s]{1,140}\]", re.I)
_SETTLED = frozenset({"paid", "stopped"})


@dataclass(frozen=True)
class Match:
    """What an inbound email is about. ``via`` None means unmatched."""

    via: Via | None = None
    client: str | None = None
    contract: str | None = None
    milestone: str | None = None
    send: SendRecord | None = None
    """The cuikuan email the message refers to (thread matches only)."""
    detail: str = ""
    """The Message-ID, token or address that matched, for the history."""
    covers: tuple[tuple[str, str], ...] = ()
    """(contract, milestone) of each payment a consolidated email listed, when the reply
    does not name exactly one of them (``milestone`` is None then)."""

    @property
    def matched(self) -> bool:
        return self.contract is not None


UNMATCHED = Match()


def find_client(config: Config, client_id: str | None) -> Client | None:
    for client in config.clients:
        if client.id == client_id:
            return client
    return None


def token_table(config: Config) -> dict[str, list[tuple[str, str, str | None]]]:
    """Lower-cased token -> every (client, contract, milestone) that produces it."""
    table: dict[str, list[tuple[str, str, str | None]]] = {}
    for client, contract in resolve.iter_contracts(config):
        targets = [(contract.id, None)] + [(contract.id, m.id) for m in contract.milestones]
        for contract_id, milestone_id in targets:
            token = reference_token(contract_id, milestone_id).lower()
            table.setdefault(token, []).append((client.id, contract_id, milestone_id))
    return table


def _ids(mail: InboundMail) -> list[str]:
    """Referenced Message-IDs, most relevant first: In-Reply-To, References newest first,
    then a bounce's returned message."""
    out: list[str] = []
    for mid in [mail.in_reply_to, *reversed(mail.references), mail.original_message_id]:
        mid = (mid or "").strip()
        if mid and mid not in out:
            out.append(mid)
    return out


def _by_thread(mail: InboundMail, ledger: Ledger) -> Match | None:
    for mid in _ids(mail):
        record = ledger.state.send_with_message_id(mid)
        if record is None:
            continue
        covered = [(k.contract, k.milestone) for k in record.covers if k.milestone is not None]
        if len(set(covered)) > 1:
            return _several(mail, "thread", record, mid, list(dict.fromkeys(covered)), ledger)
        found = ledger.find(record.key.contract, record.key.milestone)
        if found is None:
            logger.info("reply refers to %s, which is no longer in the config", mid)
            continue
        client, contract, milestone = found
        return _narrow(
            Match(
                "thread",
                client.id,
                contract.id,
                milestone.id if milestone else None,
                record,
                mid,
            ),
            contract,
            ledger,
        )
    return None


def _by_token(mail: InboundMail, ledger: Ledger) -> Match | None:
    tokens = TOKEN_RE.findall(mail.subject or "")
    if not tokens:
        return None
    table = token_table(ledger.config)
    named = [t[0] for t in (table.get(token.lower(), []) for token in tokens) if len(t) == 1]
    several = list(dict.fromkeys((c, m) for _client, c, m in named if m is not None))
    if len(several) > 1 and len({client for client, _c, _m in named}) == 1:
        return _several(mail, "token", None, " ".join(tokens), several, ledger)
    for token in tokens:
        targets = table.get(token.lower(), [])
        if len(targets) > 1:
            logger.warning("subject token %s is ambiguous in the config: ignored", token)
            continue
        if not targets:
            continue
        client_id, contract_id, milestone_id = targets[0]
        found = ledger.contract(contract_id)
        assert found is not None  # the table came from the config
        return _narrow(
            Match("token", client_id, contract_id, milestone_id, None, token),
            found.contract,
            ledger,
        )
    return None


def _several(
    mail: InboundMail,
    via: Via,
    record: SendRecord | None,
    detail: str,
    covered: list[tuple[str, str]],
    ledger: Ledger,
) -> Match | None:
    """A reply about a consolidated email: the one milestone it names, else all of them."""
    known = [(c, m) for c, m in covered if ledger.milestone(c, m) is not None]
    if not known:
        logger.info("reply refers to %s, whose payments are no longer in the config", detail)
        return None
    client = ledger.milestone(*known[0])
    assert client is not None
    client_id = client.client.id
    named = named_in_reply(mail, known, ledger)
    if len(named) == 1:
        contract, milestone = named[0]
        return Match(via, client_id, contract, milestone, record, detail)
    return Match(via, client_id, known[0][0], None, record, detail, covers=tuple(known))


def named_in_reply(
    mail: InboundMail, covered: list[tuple[str, str]], ledger: Ledger
) -> list[tuple[str, str]]:
    """The covered milestones the reply's own words name (quotes of our email ignored).

    A milestone is named by its token (``[CK-C-m]``), its payment reference (``C m``), or
    its name when no other covered milestone has that name (else its name together with
    its contract's id or title). A subject names by token only, and only when it does not
    carry every token of the letter (a plain "Re:" keeps them all).
    """
    own = strip_quoted(mail.text or "").casefold()
    subject_tokens = {t.lower() for t in TOKEN_RE.findall(mail.subject or "")}
    tokens = {(c, m): reference_token(c, m).lower() for c, m in covered}
    if set(tokens.values()) <= subject_tokens:
        subject_tokens = set()
    names: dict[str, int] = {}
    views = {pair: ledger.milestone(*pair) for pair in covered}
    for view in views.values():
        if view is not None:
            key = view.milestone.name.casefold()
            names[key] = names.get(key, 0) + 1
    found = []
    for pair, view in views.items():
        if view is None:
            continue
        contract = view.contract.contract
        name = view.milestone.name.casefold()
        token = tokens[pair]
        by_name = name in own and (
            names[name] == 1 or contract.id.casefold() in own or contract.title.casefold() in own
        )
        if (
            token in own
            or token in subject_tokens
            or payment_reference(contract, view.milestone).casefold() in own
            or by_name
        ):
            found.append(pair)
    return found


def _open(contract: Contract, milestone_id: str, ledger: Ledger) -> bool:
    view = ledger.milestone(contract.id, milestone_id)
    return view is not None and view.status not in _SETTLED


def _chase_sends(contract: Contract, milestone_id: str, ledger: Ledger) -> list[SendRecord]:
    """The client-facing emails sent about one milestone (the sends index: a reply never
    scans every send of the state)."""
    return [
        r
        for r in ledger.state.sends_of(contract.id, milestone_id)
        if r.key.stage in CLIENT_FACING and r.status == "sent"
    ]


def _chased(contract: Contract, ledger: Ledger) -> list[str]:
    """Milestones of ``contract`` with a chase email sent and not settled."""
    return [
        m.id
        for m in contract.milestones
        if _chase_sends(contract, m.id, ledger) and _open(contract, m.id, ledger)
    ]


def _narrow(match: Match, contract: Contract, ledger: Ledger) -> Match:
    """A contract-level match becomes a milestone match when only one milestone is chased."""
    if match.milestone is not None:
        return match
    chased = _chased(contract, ledger)
    if len(chased) == 1:
        return Match(match.via, match.client, match.contract, chased[0], match.send, match.detail)
    return match


def _by_sender(mail: InboundMail, ledger: Ledger) -> Match | None:
    sender = (mail.from_addr or "").lower()
    if not sender:
        return None
    clients = contacts(ledger.config).clients_of.get(sender, ())
    if len(clients) != 1:
        if len(clients) > 1:
            logger.info("sender is a contact of %d clients: not matched by sender", len(clients))
        return None
    client = clients[0]
    latest = _latest_chased(client.contracts, ledger)
    if latest is not None:
        return Match("sender", client.id, latest[0], latest[1], None, sender)
    if len(client.contracts) == 1:
        contract = client.contracts[0]
        return _narrow(
            Match("sender", client.id, contract.id, None, None, sender), contract, ledger
        )
    return Match("sender", client.id, None, None, None, sender)


def _latest_chased(contracts: Iterable[Contract], ledger: Ledger) -> tuple[str, str] | None:
    """(contract, milestone) of the open milestone that got the latest chase email (of
    emails sent at the same instant, the milestone first in the config)."""
    best: tuple[SendRecord, str, str] | None = None
    for contract in contracts:
        for milestone in contract.milestones:
            sends = _chase_sends(contract, milestone.id, ledger)
            if not sends or not _open(contract, milestone.id, ledger):
                continue
            latest = max(sends, key=lambda r: r.at)
            if best is None or latest.at > best[0].at:
                best = (latest, contract.id, milestone.id)
    return (best[1], best[2]) if best else None


def match_message(mail: InboundMail, config: Config, state: StateView) -> Match:
    """The best match for ``mail``: thread, then subject token, then sender; else UNMATCHED.

    A sender match without a contract (client with several contracts, none chased) has
    ``client`` set but ``contract`` None: the caller treats it as unmatched.
    """
    ledger = Ledger(config, state)
    for finder in (_by_thread, _by_token, _by_sender):
        found = finder(mail, ledger)
        if found is not None:
            return found
    return UNMATCHED
