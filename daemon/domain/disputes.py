"""Disputes as a workflow (issue 14.4): why the client disputes, and by when the PM answers.

Why: a dispute used to be one line of the client's words with no deadline, so a disputed
payment could sit unanswered for months. Each dispute now has a reason code — the one the
PM names (``dispute quality …``, :func:`named_reason`) or else one read from the words
(:data:`KEYWORDS`, first match wins; ``other`` when none) — and a follow-up deadline:
:data:`FOLLOW_UP_WORKING_DAYS` working days of the client's calendar after the dispute
was recorded. The other milestones of the contract are still chased (the planner holds
only the disputed one), and when the PM disputes only a part (``dispute 20,000 …``) the
rest of that milestone is chased too (:func:`undisputed`).

Pure: words, states and dates in; codes, amounts and dates out.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from daemon.domain.calendar import WorkCalendar
from daemon.domain.payments import ZERO, PaidSoFar
from daemon.domain.state import MilestoneState

REASONS: tuple[str, ...] = ("amount", "acceptance", "not_delivered", "invoice", "other")
"""amount (the sum is wrong), acceptance (quality / not accepted), not_delivered,
invoice (its details), other."""
KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("invoice", ("invoice", "发票", "發票", "开票", "税号", "抬头", "vat")),
    ("not_delivered", ("not delivered", "never received", "未交付", "没有交付", "未收到货")),
    ("acceptance", ("accept", "quality", "defect", "验收", "質量", "质量", "问题", "bug")),
    ("amount", ("amount", "wrong sum", "overcharg", "金额", "金額", "多收", "价格")),
)
"""Reason code -> words that show it (lower case), checked in this order."""
FOLLOW_UP_WORKING_DAYS = 5
NAMES: dict[str, str] = {
    "amount": "amount",
    "price": "amount",
    "金额": "amount",
    "金額": "amount",
    "价格": "amount",
    "acceptance": "acceptance",
    "quality": "acceptance",
    "验收": "acceptance",
    "驗收": "acceptance",
    "质量": "acceptance",
    "質量": "acceptance",
    "not_delivered": "not_delivered",
    "not-delivered": "not_delivered",
    "undelivered": "not_delivered",
    "未交付": "not_delivered",
    "没交付": "not_delivered",
    "未到货": "not_delivered",
    "invoice": "invoice",
    "发票": "invoice",
    "發票": "invoice",
    "other": "other",
    "其他": "other",
    "其它": "other",
}
"""The reason words a PM may write first after ``dispute`` (English and Chinese)."""


def named_reason(text: str) -> tuple[str, str] | None:
    """(code, the words after it) when ``text`` starts with a reason name, else None.

    ``quality screen flickers`` -> ("acceptance", "screen flickers"); a Chinese name needs
    no space after it and then stays in the words (``验收未通过`` -> ("acceptance", "验收未通过")).
    """
    lowered = text.lower()
    if lowered.startswith("not delivered"):
        return "not_delivered", text[len("not delivered") :].strip(" \t:：,，")
    for name in sorted(NAMES, key=len, reverse=True):
        if not lowered.startswith(name):
            continue
        rest = text[len(name) :]
        apart = not rest or rest[0].isspace() or rest[0] in ":：,，"
        if name.isascii() and not apart:
            continue
        return NAMES[name], (rest if apart else text).strip(" \t:：,，")
    return None


def reason_code(words: str) -> str:
    """The reason code of a dispute from the client's (or the PM's) words."""
    text = words.lower()
    for code, needles in KEYWORDS:
        if any(n in text for n in needles):
            return code
    return "other"


def follow_up_by(recorded: date, cal: WorkCalendar, days: int = FOLLOW_UP_WORKING_DAYS) -> date:
    """The ``days``-th working day after ``recorded``: when the PM should have answered."""
    day = recorded
    for _ in range(days):
        day = cal.next_working_day(day + timedelta(days=1))
    return day


LABELS: dict[str, dict[str, str]] = {
    "amount": {"en": "amount", "zh": "金额"},
    "acceptance": {"en": "acceptance/quality", "zh": "验收/质量"},
    "not_delivered": {"en": "not delivered", "zh": "未交付"},
    "invoice": {"en": "invoice details", "zh": "发票信息"},
    "other": {"en": "other", "zh": "其他"},
}
"""Each reason code in the PM's language."""


def label(code: str, lang: str) -> str:
    """The reason code in ``lang`` (English if unknown); an unknown code as itself."""
    names = LABELS.get(code)
    return names.get(lang, names["en"]) if names else code


def follow_up_note(
    words: str,
    recorded: date,
    cal: WorkCalendar,
    lang: str,
    code: str = "",
    today: date | None = None,
) -> str:
    """``reason: acceptance/quality, follow up by 2026-12-08`` in ``lang`` (English if unknown).

    ``code`` is the recorded reason (else read from ``words``); with ``today`` past the
    deadline the note says the follow-up is overdue.
    """
    name = label(code or reason_code(words), lang)
    deadline = follow_up_by(recorded, cal)
    by = deadline.isoformat()
    late = today is not None and today > deadline
    if lang == "zh":
        return f"原因：{name}，请于{by}前跟进" + ("（已逾期！）" if late else "")
    return f"reason: {name}, follow up by {by}" + (" (OVERDUE)" if late else "")


def is_part(ms: MilestoneState) -> bool:
    """Only a part of the milestone is disputed (the rest is still chased)."""
    return ms.dispute_amount is not None and ms.status not in ("paid", "stopped", "disputed")


def undisputed(so_far: PaidSoFar, ms: MilestoneState) -> Decimal:
    """What is still owed and not in dispute: the amount cuikuan goes on chasing."""
    part = ms.dispute_amount if is_part(ms) else None
    return max(so_far.remaining - (part or ZERO), ZERO)


def nothing_to_chase(so_far: PaidSoFar, ms: MilestoneState) -> bool:
    """A part dispute covers all that remains: the milestone waits for the PM like a dispute."""
    return is_part(ms) and undisputed(so_far, ms) == ZERO
