"""Categories behind held-out sets M, N and O's English misreadings (notes: mno_en.md), each on
a whole email (parse + classify), in other words than the sets': other trades, other people.
Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from tests.test_parse import text_mail
from tests.test_reply_en_heldout import SENT, read

# Each line a category (general cause), in other words than the sets'.
SET_MNO_EN = [
    # a first part paid, the rest (with its amount or share) tied to an event: partial
    (
        "We remitted EUR 6 000,00 this morning as the first part. The balance of EUR 4 000,00"
        " will follow once our insurer releases the claim.",
        "partial_payment",
        None,
    ),
    (
        "Sent USD 3,000 (30%) today. Balance 70% will be paid after the site audit.",
        "partial_payment",
        None,
    ),
    (
        "We transferred half today; the board approved the rest to go after the audit.",
        "partial_payment",
        None,
    ),
    # the rest paid now: the whole is paid, no remainder to come
    ("The remaining GBP 2,500 was wired today, so the invoice is now settled.", "paid", None),
    # "as soon as the funds are released" is when, not that; patience asked: more time
    (
        "Please bear with us a little. Our grant money is yet to arrive; we will pay as soon as"
        " the funds are released.",
        "more_time",
        None,
    ),
    # paid less, the rest said not owed: a dispute, never a thank-you
    (
        "Paid 8 000 today, i.e. the invoice less the downtime credit. The remaining 2 000 we do"
        " not consider owed.",
        "dispute",
        None,
    ),
    # refusal words that are a request: no invoice on file; an unverified account; system status
    (
        "We are unable to approve this: there is no invoice on file under our PO 88123."
        " Please resubmit it through the supplier mailbox.",
        "resend_request",
        None,
    ),
    (
        "Your e-mail footer gives a Plusgiro number we do not know. We will not pay to an account"
        " we cannot verify; please confirm which account is correct.",
        "bank_question",
        None,
    ),
    ("The invoice is blocked in 3-way match until our warehouse books the receipt.", "other", None),
    ("The transfer is not done yet, I will check with treasury on Monday.", "other", None),
    # an invoice to be reissued for something in it is an objection (labels.yaml's convention)
    (
        "Please send an invoice to our holding; the auditors will not accept the old one.",
        "dispute",
        None,
    ),
    # payment waiting on our fix, said as "if": a conditional refusal
    (
        "If the fix for the label printer is deployed this week and QA confirms it, we pay on"
        " the 18th. Otherwise the payment waits.",
        "dispute",
        None,
    ),
    ("I'm not going to approve this before the export to our ERP works.", "dispute", None),
    # a complaint about being chased is no objection to a payment made
    (
        "We already paid this on 27 November. It is not acceptable to be chased for a settled"
        " invoice.",
        "paid",
        None,
    ),
    # their customer paid them: not a payment to us
    (
        "Our distributor paid today, so the final payment will go out on Friday.",
        "promise",
        date(2026, 12, 4),
    ),
    # paid, in pay-run, means and non-native words
    ("Payment for invoice 2026-118 was issued by EFT on 2026-11-27.", "paid", None),
    ("Bank transfer done today itself, kindly confirm.", "paid", None),
    ("Betald / paid.", "paid", None),
    ("Paid it myself from the company account this afternoon.", "paid", None),
    ("Released in yesterday's run. Advice to follow.", "paid", None),
    ("Proof of payment attached.", "paid", None),
    ("POP attached.", "paid", None),
    # promises in non-native words
    (
        "The transfer is programmed for the 14/12, together with the other suppliers.",
        "promise",
        date(2026, 12, 14),
    ),
    ("I have scheduled the transfer for Friday (4.12).", "promise", date(2026, 12, 4)),
    (
        "Our bank promised to execute the transfer on Friday, 4 December.",
        "promise",
        date(2026, 12, 4),
    ),
    ("AP will include it in the cheque run on Friday.", "promise", date(2026, 12, 4)),
    ("Tomorrow we do the payment, for sure.", "promise", date(2026, 12, 2)),
    # more time in non-native words
    ("Could you kindly give us one more month? The customs release is late.", "more_time", None),
    ("Honestly, with the new capital controls I need some weeks.", "more_time", None),
    # acceptance
    ("The SAT protocol is signed today, scan attached.", "acceptance", None),
    ("All works now. I give my conformity for the installation.", "acceptance", None),
    # a refusal to pay twice is a payment claim; future mail to a new address is no request
    (
        "We settled the full USD 12,400 on 30/11, SWIFT copy attached. We will not pay twice.",
        "paid",
        None,
    ),
    ("Ms Lee has left; please send all statements to ap@example.org from now on.", "other", None),
    # NOT paid; the first part has its day
    ("We have NOT paid yet. The first 10,000 is planned for 12/4.", "promise", date(2026, 12, 4)),
    ("Hola Wang, Ana firmó, we pay el viernes 18/12. Saludos", "promise", date(2026, 12, 18)),
    # a day number ending the sentence before is not the day of the words
    (
        "Our offices close 24 Dec to Jan 4. Realistically we will need until mid-January.",
        "more_time",
        date(2027, 1, 15),
    ),
    # questions about our account
    ("Can this account receive NOK, or should we send EUR?", "bank_question", None),
    (
        "We could also pay to an account in Singapore if you have one. Which is better for you?",
        "bank_question",
        None,
    ),
]


@pytest.mark.parametrize(("body", "kind", "day"), SET_MNO_EN, ids=[b for b, _, _ in SET_MNO_EN])
def test_set_m_n_and_o_english_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body) == (kind, day)


def test_a_zoho_attribution_ends_the_person_s_words() -> None:
    """Zoho Mail quotes below "---- On <date> <name> wrote ---": our reminder's own words
    (bank details, "change our bank details") are not the client's."""
    body = (
        "We cannot release the payment until the weighing module is corrected.\n\n"
        "---- On Mon, 30 Nov 2026 09:00:00 +0800 Wang Ming <ar@example.cn> wrote ---\n\n"
        "Account number: 1234 5678. We never change our bank details by email."
    )
    result = classify(parse_message(text_mail(body, Date=SENT)), known_sender=True, learned=False)
    assert result.kind == "dispute"
    assert "Account number" not in result.text_considered


# Machine mail that carries a failure report: a bounce, whatever else its headers say.
MACHINE_BOUNCES = [
    # a list server refusing our post (no delivery-status part, not a reply)
    (
        "LISTSERV@LISTS.EXAMPLE.EDU",
        "Rejected posting to VENDORS@LISTS.EXAMPLE.EDU",
        "You are not authorized to send mail to the VENDORS list from your ar@example.cn account.",
        {},
        True,
    ),
    (
        "payables-owner@lists.example.com",
        "Request to mailing list Payables rejected",
        "Your message was rejected by the list moderator: non-members are not allowed to post.",
        {"Precedence": "bulk"},
        True,
    ),
    # a delay notice in a provider's own words, marked auto-generated
    (
        "postmaster@mail.example.net",
        "Courtesy notice: your message is still on its way",
        "Your e-mail could not be handed over to the recipient's server yet.\n\n"
        "    421 4.4.2 Connection timed out\n\nWe will keep trying for up to 3 days.",
        {"Auto_Submitted": "auto-generated"},
        False,
    ),
]


@pytest.mark.parametrize(
    ("sender", "subject", "body", "headers", "permanent"),
    MACHINE_BOUNCES,
    ids=[b[1] for b in MACHINE_BOUNCES],
)
def test_machine_mail_with_a_failure_report_is_a_bounce(
    sender: str, subject: str, body: str, headers: dict[str, str], permanent: bool
) -> None:
    mail = parse_message(text_mail(body, From=sender, Subject=subject, **headers))
    result = classify(mail)
    assert result.kind == "bounce"
    assert result.bounce is not None and result.bounce.permanent is permanent


def test_a_person_quoting_an_smtp_error_is_not_a_bounce() -> None:
    body = "Our server said 550 5.1.1 for your colleague's address; please resend to me instead."
    assert classify(parse_message(text_mail(body, Subject="RE: Payment reminder"))).kind != "bounce"
