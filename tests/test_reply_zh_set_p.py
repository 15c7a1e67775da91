"""Categories behind held-out set P's Chinese misreadings (zh, zh-Hant, Cantonese), each on a
whole email (parse + classify), worded apart from the set: other trades (a print works, a
tea garden, a dental lab, a freight forwarder, a bakery...), other people, other wording;
each case failed on the code before its fix.

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from tests.test_parse import text_mail
from tests.test_reply_scope import SENT, read

SET_P_CATEGORIES = [
    # the rest waiting for the client's own signature on a report (their step, not our fix):
    # a part paid, the rest to follow, no objection (the amount's thousands comma is no break)
    ("印刷费先付了30,000元，其余20,000元等结算单盖章后再付。", "partial_payment", None),
    # an invoice never received, "no invoice, cannot book it" its consequence: a resend
    (
        "出纳说一直没收到这期的发票，没有发票不能报销付款，请重新开一张寄来。",
        "resend_request",
        None,
    ),
    # Cantonese 轉咗 before a job or a team is a move, not money
    ("我已經轉咗部門，茶園嗰單以後請搵返Peter跟進。", "other", None),
]


@pytest.mark.parametrize(
    ("body", "kind", "day"), SET_P_CATEGORIES, ids=[b for b, *_ in SET_P_CATEGORIES]
)
def test_set_p_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body)[:2] == (kind, day)


def test_the_rest_waiting_for_the_acceptance_report_signed_is_no_acceptance_yet() -> None:
    assert read("牙科加工费余款等验收单签字后再付。")[0] != "acceptance"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # an absence template's own subject on a "Re:" with no machine header at all
        ("回复: 出差中", "本人12月2日至12月6日出差，急事请找销售部李先生。"),
        # no telling subject: the absence, its dates and "no mail meanwhile" in the words
        ("Re: [CK-C1-m1] 付款提醒", "本人12月2日至12月6日休假，期间无法及时回复邮件。"),
    ],
)
def test_an_absence_notice_without_machine_headers_is_an_auto_reply(
    subject: str, body: str
) -> None:
    mail = parse_message(text_mail(body, Date=SENT, Subject=subject))
    assert classify(mail, known_sender=True).kind == "auto_reply"
