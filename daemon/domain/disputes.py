"""Disputes as a workflow (issue 14.4): why the client disputes, and by when the PM answers.

Why: a dispute used to be one line of the client's words with no deadline, so a disputed
payment could sit unanswered for months. Each dispute now gets a reason code read from
the client's words (:data:`KEYWORDS`, first match wins; ``other`` when none) and a
follow-up deadline: :data:`FOLLOW_UP_WORKING_DAYS` working days of the client's calendar
after the dispute was recorded. The other milestones of the contract are still chased
(the planner holds only the disputed one).

Pure: words and dates in, a code and a date out.
"""

from __future__ import annotations

from datetime import date, timedelta

from daemon.domain.calendar import WorkCalendar

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


def follow_up_note(words: str, recorded: date, cal: WorkCalendar, lang: str) -> str:
    """``reason: acceptance/quality, follow up by 2026-12-08`` in ``lang`` (English if unknown)."""
    label = LABELS[reason_code(words)]
    by = follow_up_by(recorded, cal).isoformat()
    if lang == "zh":
        return f"原因：{label['zh']}，请于{by}前跟进"
    return f"reason: {label['en']}, follow up by {by}"
