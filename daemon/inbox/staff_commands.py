"""Read a command a staff member wrote on the first line of an email to cuikuan.

Why: staff steer the chase by replying to a reminder (or writing to the daemon) with one
line such as ``paid 12,000.00 2026-12-05`` or ``暂停 2027-01-10``. Parsing is pure and
returns either a :class:`StaffCommand` or a :class:`CommandError` whose message says what
was wrong and what is accepted, so the daemon can answer the sender with it.

Commands (case-insensitive; Chinese aliases in brackets)::

    paid [AMOUNT] [DATE]   (已付款, 已付, 付款)   e.g. paid ¥12,000 2026-12-05
    dispute [AMOUNT] [REASON] [WORDS]  (异议, 有异议, 爭議)  e.g. dispute 20,000 quality screen
                           REASON: amount, acceptance|quality, not_delivered, invoice, other
                           (金额, 验收|质量, 未交付, 发票, 其他); AMOUNT: only that part
    resolved [pay|waive] [NOTE] (已解决, 解决)  the dispute is settled, the chase resumes;
                           a part dispute: pay (owed again) or waive (written off)
    pause [UNTIL]          (暂停, 暫停)
    resume                 (恢复, 恢復)
    promise DATE           (承诺, 承諾)           e.g. promise 下周五
    note TEXT              (备注, 備註)
    stop                   (停止)
    waive interest         (免息, 免除利息)         no late-payment interest on the milestone
    charge interest        (恢复利息, 收取利息)     undo ``waive interest``: charged again
    accepted DATE|clear    (验收, 已验收)          the contract's acceptance date, or none
    approve                (批准, 同意发送)         send the hard step waiting for approval
    skip                   (跳过, 不发)             drop it (never sent)
    called: OUTCOME        (已致电, 电话)           e.g. called: will pay 12-15 (a date: a promise)
"""

from __future__ import annotations

import difflib
import logging
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Literal, get_args

from daemon.domain import disputes
from daemon.inbox.promise_dates import parse_date_text
from daemon.inbox.quotes import strip_quoted

logger = logging.getLogger(__name__)

Verb = Literal[
    "paid",
    "dispute",
    "pause",
    "resume",
    "promise",
    "note",
    "stop",
    "waive",
    "charge",
    "accepted",
    "approve",
    "skip",
    "called",
    "resolved",
]
VERBS: tuple[Verb, ...] = get_args(Verb)

ALIASES: dict[str, Verb] = {
    "paid": "paid",
    "已付款": "paid",
    "已付": "paid",
    "付款": "paid",
    "dispute": "dispute",
    "有异议": "dispute",
    "异议": "dispute",
    "異議": "dispute",
    "争议": "dispute",
    "爭議": "dispute",
    "pause": "pause",
    "暂停": "pause",
    "暫停": "pause",
    "resume": "resume",
    "恢复": "resume",
    "恢復": "resume",
    "promise": "promise",
    "承诺": "promise",
    "承諾": "promise",
    "note": "note",
    "备注": "note",
    "備註": "note",
    "stop": "stop",
    "停止": "stop",
    "waive": "waive",
    "免息": "waive",
    "免除利息": "waive",
    "免收利息": "waive",
    "charge": "charge",
    "恢复利息": "charge",
    "恢復利息": "charge",
    "恢复计息": "charge",
    "收取利息": "charge",
    "accepted": "accepted",
    "验收": "accepted",
    "已验收": "accepted",
    "驗收": "accepted",
    "已驗收": "accepted",
    "approve": "approve",
    "批准": "approve",
    "同意发送": "approve",
    "skip": "skip",
    "跳过": "skip",
    "不发": "skip",
    "called": "called",
    "已致电": "called",
    "电话": "called",
    "resolved": "resolved",
    "已解决": "resolved",
    "解决": "resolved",
    "已解決": "resolved",
    "解決": "resolved",
}
_CLEAR = frozenset({"clear", "none", "remove", "清除", "取消", "撤销", "撤銷", "无", "無"})
"""``accepted clear``: the acceptance date removed (no deemed acceptance either)."""
_WAIVED = ("interest", "late interest", "late-payment interest", "利息", "")

_AMOUNT = re.compile(
    r"^([¥$€£]|rmb|cny|usd|eur)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d{1,2})?\s*(元|rmb|cny|usd|eur)?$",
    re.I,
)
_CURRENCIES = {"¥": "CNY", "元": "CNY", "rmb": "CNY", "cny": "CNY", "$": "USD", "usd": "USD"}
_CURRENCIES |= {"€": "EUR", "eur": "EUR", "£": "GBP"}
_CONNECTORS = re.compile(r"^\s*(until|till|to|on|by|直到|至|到|于)\s*$", re.I)
_ISO_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")


@dataclass(frozen=True)
class StaffCommand:
    """A command understood: the verb and whatever arguments it takes."""

    verb: Verb
    amount: Decimal | None = None
    day: date | None = None
    """paid: payment day; pause: until (None = until resumed); promise: promised day."""
    text: str = ""
    """dispute: reason; note: the note."""
    currency: str | None = None
    """paid: the currency written with the amount (``usd 100`` -> USD); None: not said."""
    code: str = ""
    """dispute: the reason code named (empty: read from the words); resolved: ``pay``,
    ``waive`` or empty."""


@dataclass(frozen=True)
class CommandError:
    """A line that is not a valid command, with a message for the person who wrote it."""

    line: str
    message: str


def _usage() -> str:
    return "commands: " + ", ".join(VERBS)


def _split_verb(line: str) -> tuple[str, str]:
    """('paid', '12000 2026-12-05') from 'paid 12000 2026-12-05'; CJK aliases need no space."""
    lowered = line.lower()
    for alias in sorted(ALIASES, key=len, reverse=True):
        if not lowered.startswith(alias):
            continue
        rest = line[len(alias) :]
        if alias.isascii() and rest and not (rest[0].isspace() or rest[0] in ":："):
            continue
        return alias, rest.lstrip(" \t:：,，")
    word = re.split(r"[\s:：]", line, maxsplit=1)
    return word[0], (word[1] if len(word) > 1 else "").strip()


def _parse_day(text: str, today: date) -> tuple[date | None, str]:
    """The date in ``text`` and the text without it."""
    found = parse_date_text(text, today)
    if found is None:
        return None, text
    day, start, end = found
    return day, (text[:start] + " " + text[end:]).strip()


_MONTH_DAY = re.compile(r"(?<![\d-])(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?![\d-])")


def _month_day(text: str, today: date) -> date | None:
    """``12-15`` / ``12/15`` / ``12月15日``: the next such day on or after ``today``."""
    match = _MONTH_DAY.search(text)
    if not match:
        return None
    for year in (today.year, today.year + 1):
        try:
            day = date(year, int(match[1]), int(match[2]))
        except ValueError:
            return None
        if day >= today:
            return day
    return None


def _parse_amount(text: str) -> tuple[Decimal, str | None] | None:
    """(amount, ISO currency or None) of ``¥40,000`` / ``usd 100`` / ``100元``."""
    match = _AMOUNT.match(text.strip())
    if not match:
        return None
    try:
        amount = Decimal(match[2].replace(",", "") + (match[3] or ""))
    except InvalidOperation:
        return None
    sign = (match[1] or match[4] or "").lower()
    return amount, _CURRENCIES.get(sign)


def parse_command(first_line: str, today: date) -> StaffCommand | CommandError:
    """Parse one command line; relative dates ("下周五", "next Friday") count from ``today``."""
    line = unicodedata.normalize("NFKC", first_line).strip()
    if not line:
        return CommandError(first_line, "empty command; " + _usage())
    alias, rest = _split_verb(line)
    verb = ALIASES.get(alias.lower())
    if verb is None:
        close = difflib.get_close_matches(alias.lower(), VERBS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return CommandError(first_line, f"unknown command '{alias}'{hint}; {_usage()}")

    if verb == "resume" and rest and rest.lower() in _WAIVED:
        verb = "charge"  # "恢复 利息" / "resume interest": the interest, not the chase
    if verb in ("resume", "stop", "approve", "skip"):
        return StaffCommand(verb)
    if verb == "waive":
        if rest.lower() not in _WAIVED or (alias.isascii() and not rest):
            return CommandError(first_line, "waive what? write 'waive interest' (or 免息)")
        return StaffCommand(verb)
    if verb == "charge":
        if rest.lower() not in _WAIVED or (alias.isascii() and not rest):
            return CommandError(first_line, "charge what? write 'charge interest' (or 恢复利息)")
        return StaffCommand(verb)
    if verb == "accepted":
        return _parse_accepted(first_line, rest, today)
    if verb == "dispute":
        return _parse_dispute(rest)
    if verb == "resolved":
        return _parse_resolved(rest)
    if verb in ("note", "called"):
        if verb == "note" and not rest:
            return CommandError(first_line, "note needs a text, e.g. 'note called the CFO'")
        if verb == "called":
            if not rest:
                return CommandError(first_line, "called: how did it go? e.g. 'called: no answer'")
            return StaffCommand(
                verb, day=_parse_day(rest, today)[0] or _month_day(rest, today), text=rest
            )
        return StaffCommand(verb, text=rest)
    if verb in ("pause", "promise"):
        day, leftover = _parse_day(rest, today)
        if day is None and (rest or verb == "promise"):
            example = "2026-12-10" if verb == "promise" else "2027-01-10 (or nothing)"
            got = f" '{rest}'" if rest else ""
            return CommandError(first_line, f"{verb} needs a date{got}: e.g. '{verb} {example}'")
        if _CONNECTORS.sub("", leftover).strip():
            return CommandError(first_line, f"{verb}: did not understand '{leftover}'")
        return StaffCommand(verb, day=day)
    return _parse_paid(first_line, rest, today)


def _parse_dispute(rest: str) -> StaffCommand:
    """``dispute [AMOUNT] [REASON] [WORDS]``: amount first (a part), then a reason name."""
    amount: Decimal | None = None
    head, _, tail = rest.partition(" ")
    parsed = _parse_amount(head) if head else None
    if parsed is not None:
        amount, rest = parsed[0], tail.strip()
    named = disputes.named_reason(rest)
    code, words = named if named is not None else ("", rest)
    return StaffCommand("dispute", amount=amount, text=words, code=code)


_SETTLE = {
    "pay": "pay",
    "paid": "pay",
    "付": "pay",
    "照付": "pay",
    "支付": "pay",
    "waive": "waive",
    "waived": "waive",
    "免除": "waive",
    "减免": "waive",
    "放弃": "waive",
}
"""``resolved pay`` (the disputed part is owed again) / ``resolved waive`` (written off)."""


def _parse_resolved(rest: str) -> StaffCommand:
    """``resolved [pay|waive] [NOTE]``."""
    lowered = rest.lower()
    for word in sorted(_SETTLE, key=len, reverse=True):
        tail = rest[len(word) :]
        if lowered.startswith(word) and not (word.isascii() and tail[:1].isalnum()):
            return StaffCommand("resolved", text=tail.strip(" \t:：,，"), code=_SETTLE[word])
    return StaffCommand("resolved", text=rest)


def _parse_accepted(first_line: str, rest: str, today: date) -> StaffCommand | CommandError:
    """``accepted 2026-12-01`` / ``验收 12月1日``: a date; ``accepted clear``: text 'clear'."""
    if rest.lower() in _CLEAR:
        return StaffCommand("accepted", text="clear")
    day, leftover = _parse_day(rest, today)
    if day is None or _CONNECTORS.sub("", leftover).strip():
        got = f" (got '{rest}')" if rest else ""
        return CommandError(
            first_line,
            f"accepted needs the acceptance date{got}: e.g. 'accepted 2026-12-01', "
            "or 'accepted clear' to remove it",
        )
    return StaffCommand("accepted", day=day)


def _parse_paid(first_line: str, rest: str, today: date) -> StaffCommand | CommandError:
    iso = _ISO_DATE.search(rest)
    if iso:
        day, leftover = _parse_day(iso.group(0), today)
        leftover = (rest[: iso.start()] + " " + rest[iso.end() :]).strip()
    else:
        day, leftover = _parse_day(rest, today)
    amount: Decimal | None = None
    currency: str | None = None
    if leftover:
        parsed = _parse_amount(leftover)
        if parsed is not None:
            amount, currency = parsed
        if amount is None:
            return CommandError(
                first_line,
                f"paid: did not understand '{leftover}'; "
                "use 'paid [AMOUNT] [DATE]', e.g. 'paid 12,000.00 2026-12-05'",
            )
    return StaffCommand("paid", amount=amount, day=day, currency=currency)


def first_command_line(text: str) -> str:
    """The first non-empty line of what the person wrote (quotes and signatures removed)."""
    for line in strip_quoted(text).splitlines():
        if line.strip():
            return line.strip()
    return ""
