"""Categories behind held-out set ZA's misreadings (zh, zh-Hant, English from many regions),
each on a whole email (parse + classify, rules only), worded apart from the set: other trades
(a print shop, a cold store, a bus depot, a dental lab...), other people, other wording; each
case failed on the code before its fix, the counter-cases excepted (they must not change).

Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai unless a zone is given.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from tests.test_parse import text_mail

SENT = "Tue, 01 Dec 2026 10:00:00 +0800"


def read(body: str, zone: str = "Asia/Shanghai", sent: str = SENT) -> tuple[str, date | None]:
    mail = parse_message(text_mail(body, Date=sent, Subject="Re: Payment reminder [CK-T-1-m]"))
    result = classify(mail, tz=ZoneInfo(zone), known_sender=True, learned=False)
    return result.kind, result.promised_date


REFUSED = [
    # the payment not even talked about until our fix (先不谈, "then we talk about payment")
    "冷库温控报警的问题解决之前，尾款先不谈。",
    "系统对接搞定之前，二期款先不谈了。",
    "打印机换好以后再谈付款吧。",
    "接口調通之前，尾數先不談。",
    "Send us the corrected drawings first. Then we talk about payment.",
    "Get the scanner link working, then we can talk about the invoice.",
    "When the audit report from your side arrives we will talk about the balance.",
    # a dialect refusal ("ain't paying"), a charge billed twice said with -ing
    "We ain't paying a dime till the gate scanner reads the tags right.",
    "The portal is double-charging our tenants for parking, so the balance waits.",
    # a promise on condition of our fix ("as long as", "so long as", "on condition that")
    "We can pay on Friday as long as the export bug is fixed by then.",
    "gonna pay you monday so long as the rostering thing gets sorted",
    "We'll settle on the 15th on condition that the corrected invoice reaches us first.",
    "We pay on the 20th as long as the duplicate charges are fixed by then.",
    # taken out of today's run until our fix
    "I had to take it out of today's payment run until the duplicate charges are sorted.",
    # a payment someone in charge stopped over a fault of ours
    "Sorry, nothing went out. Our CFO stopped it because of the tax calculation error.",
    "The transfer was blocked by our GM due to the missing depot reports.",
    # the payment tied by the contract to a condition not met; a count short of it
    "The balance is tied to 60 days of uptime under the contract. We're at 41.",
    "Per the SOW the last instalment is linked to the source code handover, still pending.",
    "That is 12 days of clean data, not 30. If it holds we sign off on 22/12 and pay after.",
    # what we delivered still lacking a part
    "The shade report export still lacks the patient IDs, so the lab cannot use it. Please fix.",
    # not overdue, per the terms
    "Not overdue: the invoice is dated 25 November and our terms are 30 days.",
]


@pytest.mark.parametrize("body", REFUSED)
def test_objections_of_set_za_are_held_as_disputes(body: str) -> None:
    assert read(body)[0] == "dispute"


NOT_REFUSED = [
    # counter-cases: right before the change too
    "We can talk about payment terms when you visit in January.",
    "我们周五付款，其他的下次再谈。",
    "The payment was stopped by the bank for a compliance check, we will redo it tomorrow.",
    "It is paid now. Sorry for the delay, it was stopped because of the missing form.",
    "The new portal lacks a dark mode, any plans?",
    "Our own network still lacks bandwidth, nothing to do with you, payment Friday.",
    "We will pay on Friday as long as our bank is open.",
]


@pytest.mark.parametrize("body", NOT_REFUSED)
def test_no_objection_is_read_into_these(body: str) -> None:
    assert read(body)[0] != "dispute"


def test_an_answer_behind_the_writer_s_initials_in_our_quote_is_read() -> None:
    body = (
        "Hello Wang,\n\nPlease see inline.\n\nOlu\n\n________________________________\n"
        "From: Example Tech Accounts <ar@example.cn>\nSent: Monday, November 30, 2026 9:00 AM\n"
        "Subject: Payment reminder\n\n   Payment: Final payment\n   Due date: 25 November 2026\n"
        "[OA] Per section 6.1 this falls due 45 days after handover, i.e. mid-January. "
        "Not overdue.\n\nKind regards,\nWang Ming\n"
    )
    assert read(body)[0] == "dispute"


ACCEPTED = [
    "Stage 3 sign-off given; finance has been told.",
    "UAT sign-off granted this morning.",
    "Label printer fixed. Great job, thanks team.",
    "The sync works now, good work. Accounts will be in touch.",
    "The reports work now. Well done.",
]


@pytest.mark.parametrize("body", ACCEPTED)
def test_a_sign_off_given_or_a_fix_praised_is_acceptance(body: str) -> None:
    assert read(body)[0] == "acceptance"


@pytest.mark.parametrize(
    "body",
    [
        "No sign-off given yet.",
        "Thanks, the login is fixed.",
        "Not fixed yet. Good work otherwise.",
    ],
)
def test_no_sign_off_or_a_fix_alone_is_no_acceptance(body: str) -> None:
    # counter-cases: right before the change too
    assert read(body)[0] != "acceptance"


PROMISED = [
    # a day the client books or moves its payment to, told (not asked)
    ("尾款我們排在12/18（五）匯出，手續費我方負擔。", "promise", date(2026, 12, 18)),
    ("原訂12/15匯出的款項，因為盤點，延到12/21（一）匯出。", "promise", date(2026, 12, 21)),
    ("可否延到下個月再匯款？", "more_time", None),  # counter-case: asked, time (right before too)
    # learner's English: the time first, the verb bare
    ("Sorry we are not pay this month, buyer money late. Next month we pay ok", "promise", None),
    ("friday we pay sure, boss already agree", "promise", date(2026, 12, 4)),
    # the rest paid now, its amount written with a thousands comma
    ("余款12,400元昨天付了，这期款全部付清。", "paid", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), PROMISED, ids=[b for b, *_ in PROMISED])
def test_promises_and_payments_of_set_za(body: str, kind: str, day: date | None) -> None:
    assert read(body) == (kind, day)


def test_uruguay_writes_the_day_first() -> None:
    sent = "Wed, 02 Dec 2026 11:00:00 -0300"
    body = "The transfer is scheduled for 14/12, with our foreign payments."
    assert read(body, "America/Montevideo", sent) == ("promise", date(2026, 12, 14))
    body = "The transfer is scheduled for 10/12, with our foreign payments."
    assert read(body, "America/Montevideo", sent) == ("promise", date(2026, 12, 10))


def test_the_day_said_after_a_weekday_says_which_one() -> None:
    sent = "Thu, 10 Dec 2026 00:20:00 +0000"  # Thursday afternoon in Auckland
    body = "All approved. It will go out in Thursday's supplier run, i.e. the 17th."
    assert read(body, "Pacific/Auckland", sent) == ("promise", date(2026, 12, 17))


def read_rule(body: str) -> tuple[str, str]:
    mail = parse_message(text_mail(body, Date=SENT, Subject="Re: Payment reminder [CK-T-1-m]"))
    result = classify(mail, tz=ZoneInfo("Asia/Shanghai"), known_sender=True, learned=False)
    return result.kind, result.rule


@pytest.mark.parametrize(
    "body",
    [
        "Our MD is travelling and the invoice hasn't been approved yet. Once she signs it off "
        "it'll go in the next ACH run.",
        "It is still awaiting sign-off from the trustees; when that's done you'll be in the next "
        "supplier run.",
    ],
)
def test_a_run_without_a_day_beside_an_approval_still_pending_is_asked_about(body: str) -> None:
    # a hedge (labels.yaml): other, read by a rule, no learned guess
    assert read_rule(body) == ("other", "hedged-promise")


def test_an_approval_pending_beside_a_day_is_still_a_promise() -> None:
    # counter-case: right before the change too
    body = "The invoice hasn't been approved yet, it will go out next Friday."
    assert read(body) == ("promise", date(2026, 12, 11))


@pytest.mark.parametrize(
    "body", ["谢谢，读头换好了，仓库说这两天都没问题了", "感應器換好了，這幾天都沒有報警了"]
)
def test_a_part_replaced_and_no_trouble_since_is_a_support_follow_up(body: str) -> None:
    assert read_rule(body) == ("other", "zh-replaced-no-trouble-since")
