"""Commands in the body of a reply to the daily list: one line each, each with its token.

Why: the daily list shows every line with its commands and token (``— reply: paid |
resume [CK-C1-m1]``), so a PM answers it by writing, in one reply::

    paid [CK-C1-m1]
    dispute 20,000 quality [CK-C2-final] screen flickers
    called: no answer [CK-B-1-final]

Only the subject's token was read before, so such a reply changed nothing (issue 14).
Now, when a staff email matches no milestone by thread or subject (a reply to the list
does not), each line of the sender's own words (quotes removed) that carries exactly one
``[CK-…]`` token is carried out as its own command on that milestone, with the same rules
as a single command (the sender was authenticated before this is reached). Lines that
look like the list quoted without ``>`` (``3. ACME … — reply: …``) are not commands. One
milestone takes one command per email. The PM gets one answer listing each line's result.

Pure: the facts in, one decision out; the single command is decided by the caller's
function (:func:`daemon.inbox.staff_actions.staff_decision`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from daemon.domain.events import StaffCommandRun
from daemon.inbox.facts import Decision, Facts, OutgoingEmail, clean_line, key_for, safe_id
from daemon.inbox.matching import TOKEN_RE, Match, token_table
from daemon.inbox.quotes import strip_quoted

_LIST_LINE = re.compile(r"^\s*\d{1,3}[.)]\s|\s[—-]\s(reply|回复)\s*:", re.I)
"""A line of the list itself (its rank, or its ``— reply:`` tail): quoted, not a command."""
MAX_LINES = 50
"""At most this many command lines are read from one email."""


def command_lines(text: str) -> list[tuple[str, str]]:
    """(the command without its token, the token) for each line that carries one token."""
    found: list[tuple[str, str]] = []
    for raw in strip_quoted(text).splitlines():
        tokens = TOKEN_RE.findall(raw)
        if len(tokens) != 1 or _LIST_LINE.search(raw):
            continue
        command = " ".join(TOKEN_RE.sub(" ", raw).split())
        found.append((command, tokens[0]))
    return found[:MAX_LINES]


def list_reply_decision(
    f: Facts, decide_one: Callable[[Facts], Decision], staff: str
) -> Decision | None:
    """The decision for a staff email with token lines in its body; None when it has none.

    ``staff`` is the sender's address as the config spells it (the answer goes there).
    """
    lines = command_lines(f.mail.text)
    if not lines:
        return None
    table = token_table(f.config)
    seen: set[tuple[str, str | None]] = set()
    parts: list[Decision] = []
    results: list[str] = []
    for command, token in lines:
        targets = table.get(token.lower(), [])
        said = f"{command} {token}"
        if len(targets) != 1 or targets[0][2] is None:
            why = "names no milestone of the config" if not targets else "is not one milestone"
            results.append(f"{said} → not done: {token} {why}")
            continue
        client, contract, milestone = targets[0]
        if (contract, milestone) in seen:
            results.append(f"{said} → not done: one command per milestone in one email")
            continue
        seen.add((contract, milestone))
        match = Match("token", client, contract, milestone, None, token)
        decision = decide_one(replace(f, mail=replace(f.mail, text=command), match=match))
        parts.append(decision)
        results.append(f"{said} → {_result(decision)}")
    ok = any(d.action.startswith("staff_") and d.action != "staff_error" for d in parts)
    return Decision(
        "processed" if ok else "unmatched",
        "staff_list_reply",
        changes=tuple(c for d in parts for c in d.changes),
        emails=(
            _answer(f, staff, ok, len(lines), results),
            *(e for d in parts for e in d.emails if e.key.stage != "staff_reply"),
        ),
        events=tuple(e for d in parts for e in d.events),
        dated=tuple(x for d in parts for x in d.dated),
    )


def _result(decision: Decision) -> str:
    """``done: …`` / ``not done: …`` from the decision's staff_command event."""
    for event in decision.events:
        if isinstance(event, StaffCommandRun):
            return f"{'done' if event.ok else 'not done'}: {event.result}"
    return f"not done: {decision.action}"


def _answer(f: Facts, staff: str, ok: bool, count: int, results: list[str]) -> OutgoingEmail:
    """One answer for the whole email, each line's result on its own line."""
    inbound = safe_id(f.mail.message_id)
    return OutgoingEmail(
        key_for(f, "staff_reply"),
        "staff_reply",
        f.language,
        (staff,),
        context={
            "ok": ok,
            "command": clean_line(f"{count} command line(s) in your reply to the list"),
            "result": "\n".join(results),
            "token": "",
        },
        in_reply_to=inbound,
        references=tuple(i for i in (inbound,) if i),
    )
