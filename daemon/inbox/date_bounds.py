"""Bounds a client puts on a day: the last one ("最晚12月25号", "Tuesday at the latest") and a
lower one ("can only go out after the 15th", "not before the 20th", 最快也得1月上旬).

Why apart: :func:`daemon.inbox.promise_dates.find_promised_date` asks two questions of every
day it found; the words that answer them are their own list. A day said as the last one beats
a vaguer one beside it ("年底关账前支付，最晚12月25号" is the 25th); a lower bound promises no
day at all (the payment comes some time after it). Pure: text and a hit in, a yes or no out.
"""

from __future__ import annotations

import re

from daemon.inbox.date_rules import DateHit

_LATEST_BEFORE = re.compile(
    r"(?:(?:最晚|最迟|最遲)(?:也|都)?(?:不超过|不超過|不晚于|不晚於)?|不超过|不超過|不晚于|不晚於"
    r"|\bat the latest|\blatest(?: by| on)?|\b(?:no|not) later than)\W{0,3}$",
    re.I,
)
_LATEST_AFTER = re.compile(r"\W{0,3}(?:at the latest\b|latest\b|最晚|最迟|最遲)", re.I)
_ONLY_AFTER = re.compile(
    r"\bonly\b[^.;!?\n]{0,25}\bafter\s+(?:the\s+)?\d|\bnot (?:before|until)\s+(?:the\s+)?\d"
    r"|(?:过了|過了|过完|過完)\s*\d{1,2}\s*[号號日]"  # "过了15号再说": after it, no day
    # "最快也得1月上旬": at the earliest then (a lower bound); "最快明天到" is a hope, not one
    r"|(?:最快|最早)(?:也|都)?(?<=也|都|快|早)(?:要|得|只能|会|會|是)?(?<=也|都|要|得|能|会|會|是)"
    r"(?:等)?(?:到)?\s*(?:明年|下[个個]?月|\d{4}\s*年)?\s*(?:\d|[上中下]旬|[初中底末])",
    re.I,
)


def is_latest(text: str, hit: DateHit) -> bool:
    """A day given as the last one ("最晚12月25号", 最迟不超过12月9号, "Tuesday at the latest")."""
    return bool(
        _LATEST_BEFORE.search(text[max(0, hit.start - 20) : hit.start])
        or _LATEST_AFTER.match(text, hit.end)
    )


def only_after(text: str, hit: DateHit) -> bool:
    """A lower bound ("can only go out after the 15th", "not before the 20th"): no day."""
    return _ONLY_AFTER.search(text, max(0, hit.start - 40), hit.start + 16) is not None
