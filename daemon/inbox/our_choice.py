"""Words said only for a choice the client leaves to us ("如果必须电汇，要等到下个月中旬").

Why: a reply that offers a way of paying and asks whether we accept it ("准备用承兑汇票支付，
贵司能否接受？") often adds what happens if we refuse: "如果必须电汇，要等到下个月中旬", "if you
insist on a wire, it will be mid-January". That branch is no promise and its day no promised
day until we choose it: the PM answers. A condition on a step of ours ("如果你们这周把发票重开，
财务下周三前付") is not such a choice: the client has chosen, and its promise stands.

Pure: text and a position in, a bool out. The rules' scope (:mod:`daemon.inbox.rulebook`) and
the dates (:mod:`daemon.inbox.date_context`) both ask it.
"""

from __future__ import annotations

import re

from daemon.inbox.clauses import start_of

_IF_WE_CHOOSE = re.compile(
    r"\s*(?:如果|假如|要是|倘若|若是?)(?:贵司|貴司|你们|你們|你方|你司|您)?(?:那边|那邊)?"
    r"(?:必须|必須|一定要|非要|非得|坚持|堅持|只能|只收|只接受)|"
    r"\s*if\s+(?:you\s+)?(?:must|insist|require|can\s+only\s+(?:accept|take))\b",
    re.I,
)
"""A clause that leaves a choice to us ("如果必须电汇", "if you insist on a wire")."""


def left_to_us(text: str, at: int) -> bool:
    """The clause of ``text`` holding ``at`` follows, after a comma, a clause that leaves a
    choice to us: it holds only if we choose so."""
    begin = start_of(text, at)
    if begin <= 0 or text[begin - 1] not in "，,":
        return False
    return _IF_WE_CHOOSE.match(text, start_of(text, begin - 1)) is not None
