"""Categories behind held-out sets T and U's English misreadings and machine mail (notes:
/work/tools/notes/fixen.md), each on a whole email (parse + classify), in other words than the
sets': other trades, other people, other regions. Every reply is dated Tuesday 1 December 2026,
10:00 in Shanghai (month-first slashes).
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from daemon.inbox.quotes import forwarded_words
from tests.test_parse import text_mail
from tests.test_reply_en_heldout import SENT, read

SETS_TU_EN = [
    # money moved, a part of it kept back for a reason: a partial payment (held), never paid
    (
        "We paid USD 14,000 this morning and are keeping back 2,000 until the missing cables"
        " arrive.",
        "partial_payment",
        None,
    ),
    (
        "Transferred GBP 8,200 today; we're holding back £1,000 until the snagging is done.",
        "partial_payment",
        None,
    ),
    ("I've released 30k today and am holding 5k pending the credit note.", "partial_payment", None),
    (
        "Sent $12,000 today. We are holding $3,000 until the punch list is closed.",
        "partial_payment",
        None,
    ),
    # a payment run named by its weekday, still ahead
    ("Signed by our MD. It goes in Friday's supplier run.", "promise", date(2026, 12, 4)),
    ("Booked into Monday's EFT batch.", "promise", date(2026, 12, 7)),
    # regional words for a payment made
    ("Transferred this arvo, should land tomorrow.", "paid", None),
    ("We have duly effected the transfer this morning.", "paid", None),
    ("We have effected the payment this morning.", "paid", None),
    ("We banked in RM 9,800 this morning, pls check.", "paid", None),
    ("Already bank in to your account yesterday.", "paid", None),
    # ... and for a payment to come
    ("Our boss will bank in this Friday.", "promise", date(2026, 12, 4)),
    ("The TT is being arranged tomorrow.", "promise", date(2026, 12, 2)),
    ("We have the balance pencilled in for the 15th.", "promise", date(2026, 12, 15)),
    ("Wire slotted for Friday.", "promise", date(2026, 12, 4)),
    (
        "The cheque is post-dated 20/1/2027; our driver brings it Monday.",
        "promise",
        date(2027, 1, 20),
    ),
    # the payer's payments stopped for a time, told as a fact: a delay
    (
        "Head office has frozen outgoing payments; supplier payments resume in January.",
        "more_time",
        None,
    ),
    ("Payment runs are paused until the audit closes.", "more_time", None),
    ("Disbursements recommence once our new fiscal year opens in February.", "more_time", None),
    # time asked for a span, a payment promised after it: a request for time
    (
        "Bear with me for three more weeks please, the harvest money will come and I will pay.",
        "more_time",
        date(2026, 12, 22),
    ),
    ("Kindly extend us small time, we shall settle by month end.", "more_time", date(2026, 12, 31)),
    (
        "Allow me some more time and I will pay everything.",
        "more_time",
        None,
    ),
    ("We shall be in a position to settle on the 18th.", "promise", date(2026, 12, 18)),
    # a payer's habit is no payment made
    ("Supplier payments are processed at month end only.", "other", None),
    ("Supplier payments are released twice a month.", "other", None),
    # a transfer returned for the payer's own slip, sent again: a promise, no bank question
    (
        "The wire bounced back because our clerk typed the account name wrong; we will resend"
        " it on Thursday.",
        "promise",
        date(2026, 12, 3),
    ),
    # part sent, the balance promised
    (
        "We managed to transfer 5,000 today; the balance of 3,000 we will pay next week.",
        "partial_payment",
        None,
    ),
    (
        "We were able to pay GHS 40,000 today. The balance we shall clear next week.",
        "partial_payment",
        None,
    ),
    # objections in plain words
    ("Please fix the label printer first, then only we will pay.", "dispute", None),
    ("Rectify the leaking joints first then only payment will be processed.", "dispute", None),
    (
        "Not signing off stage 3 till we've discussed a refund for the downtime.",
        "dispute",
        None,
    ),
    ("We shouldn't pay until the dashboard shows data again.", "dispute", None),
    ("No way we pay for this before the pumps actually work.", "dispute", None),
    # ... and what only sounds like one
    ("Let me check with my manager first then only we pay.", "other", None),
    # colloquial acceptance after the work was checked
    ("Ran the payroll export twice, both fine. Good from my side.", "acceptance", None),
    ("Checked the new build, it's fine from my end.", "acceptance", None),
    ("Signed off the SAT this afternoon.", "acceptance", None),
    ("OK from me, see you at the meeting on Thursday.", "other", None),
    # the invoice reissued with the client's own order number, no fault said; a paper signed
    ("Can you reissue against PO 55012?", "resend_request", None),
    ("Please reissue the invoice quoting our order number 88121.", "resend_request", None),
    (
        "Please courier the tax invoice duly stamped and signed; payment will be released upon"
        " receipt.",
        "resend_request",
        None,
    ),
    # more regions: money put into our account; time asked plainly; "pay for what?"; fine
    # on our side after the fix
    ("Full amount deposited into your account this morning, kindly confirm.", "paid", None),
    ("It should be credited to your account by Friday.", "promise", date(2026, 12, 4)),
    ("Kindly allow us up to month end, the cocoa season is late.", "more_time", date(2026, 12, 31)),
    ("Pay for what? The weighbridge still shows zero.", "dispute", None),
    ("Working on our side now after the hotfix, thanks.", "acceptance", None),
    # a colleague named as having sent it, or "it should be gone now"
    ("Sorry for the delay, Tomasz sent it over on Monday.", "paid", None),
    ("It should be gone through by now.", "paid", None),
    ("You sent it yesterday but the PDF won't open.", "other", None),
]


ABSENCES = [
    # a colleague's absence told by a person, nothing about the payment: other, no learned guess
    ("Ms. Achieng is on annual leave until Monday; please write to me meanwhile.", "other", None),
    ("Jason is out of office till next week. I'll pass this on.", "other", None),
    # beside a payment meaning, that meaning is the reading (and its day, not the return's)
    (
        "Our director is abroad till the 8th. Payment is authorised and will be made on Thursday.",
        "promise",
        date(2026, 12, 3),
    ),
]


@pytest.mark.parametrize(("body", "kind", "day"), ABSENCES, ids=[b for b, _, _ in ABSENCES])
def test_a_colleague_s_absence_alone_is_no_promise(body: str, kind: str, day: date | None) -> None:
    mail = parse_message(text_mail(body, Date=SENT))
    result = classify(mail, known_sender=True, learned=True)
    assert (result.kind, result.promised_date) == (kind, day)
    assert not result.rule.startswith("learned")


@pytest.mark.parametrize(("body", "kind", "day"), SETS_TU_EN, ids=[b for b, _, _ in SETS_TU_EN])
def test_sets_t_and_u_english_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body) == (kind, day)


def test_a_part_held_back_beside_a_payment_is_held_for_the_pm() -> None:
    """A part kept back is an objection to that part: the partial payment is not acted on
    alone (like en-withheld)."""
    mail = parse_message(
        text_mail(
            "Wired EUR 9,500 yesterday, holding EUR 500 back for the damaged pallet.", Date=SENT
        )
    )
    result = classify(mail, known_sender=True, learned=False)
    assert result.kind == "partial_payment" and not result.confident


def test_our_forwarded_reminder_is_not_someone_s_answer() -> None:
    """A hand-off line above our own reminder forwarded whole ("Passing this to AP"): the
    reminder's bank block is ours, not a new account; blank lines it has must not make it look
    like a message with a quote cut below it."""
    text = (
        "Passing this to our AP team, they do the overseas payments.\n\n"
        "________________________________\n"
        "From: Example Tech Accounts <ar@example.cn>\n"
        "Sent: Monday, November 30, 2026 9:00 AM\n"
        "To: Priya Nair <priya@client.example>\n"
        "Subject: Payment reminder [CK-X-1-final]\n\n"
        "Dear Priya,\n\n\nThe final payment of USD 9,000.00 is overdue.\n\n"
        "How to pay:\nBank: Example Bank\nAccount number: 6222 0000 1111 2222\n"
        "SWIFT: EXBKCNSH\n\n\nKind regards,\n\nWang Ming\n"
    )
    assert forwarded_words(text) == ""
    result = classify(parse_message(text_mail(text, Date=SENT)), known_sender=True, learned=False)
    assert result.kind == "other"


def test_a_google_groups_refusal_is_a_bounce_to_the_group() -> None:
    """Google Groups refusing a post from outside says "Address not found" with
    Auto-Submitted: our mail was not delivered (a bounce), to the group's address (named only
    in the returned message's To)."""
    body = (
        "Hello ar@example.cn,\n\n"
        "The group you tried to contact (accounts) may not exist, or you may not have"
        " permission to post messages to the group.\n\nThanks,\n\nharbour-foods.example admins\n\n"
        "----- Original message -----\n\n"
        "From: Example Tech <ar@example.cn>\nTo: accounts@harbour-foods.example\n"
        "Subject: Payment reminder\n"
    )
    headers = {
        "From": "accounts@harbour-foods.example",
        "To": "ar@example.cn",
        "Subject": "Address not found",
        "Auto_Submitted": "auto-replied",
    }
    result = classify(parse_message(text_mail(body, **headers)))
    assert result.kind == "bounce" and result.bounce is not None
    assert result.bounce.permanent
    assert result.bounce.recipients == ["accounts@harbour-foods.example"]
