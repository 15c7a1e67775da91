"""The sentence a chase email carries when part of the payment is disputed or written off.

Why: when the PM records that the client disputes only part of a milestone
(``dispute 20,000 quality …``), cuikuan goes on chasing the rest, and the email must say
truthfully what is disputed and what is still due — never ask for the disputed money, never
hide that the question is open (issue 14.4). After ``resolved waive`` it says the part was
waived, so the amount now due matches what was agreed. Pure: state in, one sentence out.
"""

from __future__ import annotations

from decimal import Decimal

from daemon.domain import disputes
from daemon.domain.payments import ZERO, PaidSoFar
from daemon.domain.state import MilestoneState
from daemon.mail.formatting import format_money

_TEXTS = {
    "en": {
        "part": "[Part disputed] You have raised a question about {part} of this payment "
        "(reason: {reason}); we are resolving that part with you separately. {paid}"
        "The undisputed {undisputed} is not in question, and that is the amount now due.",
        "waived": "[Agreed reduction] As agreed, {waived} of this payment has been waived. "
        "{paid}{remaining} remains outstanding, and that is the amount now due.",
        "paid": "We have received {paid_so_far}. ",
    },
    "zh": {
        "part": "【部分异议】贵方对该笔款项中的{part}提出了异议（原因：{reason}），"
        "我方将与贵方另行协商解决该部分。{paid}无异议部分{undisputed}不受影响，请按此金额付款。",
        "waived": "【协商减免】经双方协商，该笔款项中的{waived}已予减免。{paid}尚欠{remaining}，"
        "请以尚欠金额为准。",
        "paid": "我方已收到{paid_so_far}。",
    },
}


def dispute_note(ms: MilestoneState, so_far: PaidSoFar, currency: str, lang: str) -> str | None:
    """The sentence for ``ms`` in ``lang`` (English if unknown); None when nothing to say."""
    texts = _TEXTS.get(lang, _TEXTS["en"])

    def money(amount: Decimal) -> str:
        return format_money(amount, currency, lang)

    paid = texts["paid"].format(paid_so_far=money(so_far.paid)) if so_far.paid > ZERO else ""
    if disputes.is_part(ms) and ms.dispute_amount is not None:
        return texts["part"].format(
            part=money(ms.dispute_amount),
            reason=disputes.label(ms.dispute_reason or "other", lang),
            paid=paid,
            undisputed=money(disputes.undisputed(so_far, ms)),
        )
    if ms.waived_amount and not so_far.settled:
        return texts["waived"].format(
            waived=money(ms.waived_amount), paid=paid, remaining=money(so_far.remaining)
        )
    return None
