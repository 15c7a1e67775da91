"""Categories behind held-out sets R and S's English misreadings and machine mail (notes:
/work/tools/notes/rs_en.md), each on a whole email (parse + classify), in other words than the
sets': other trades, other people. Every reply is dated Tuesday 1 December 2026, 10:00 in
Shanghai (month-first slashes).
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from tests.test_parse import text_mail
from tests.test_reply_en_heldout import SENT, read

SETS_RS_EN = [
    # a payment parked until we issue a credit note / a corrected invoice: an objection
    (
        "The retention release is on hold pending a credit note for the two missing manuals."
        " Send it over and we will pay the balance.",
        "dispute",
        None,
    ),
    ("Issue the CN for the short delivery and we'll pay the net figure.", "dispute", None),
    # our defect said beside the payment, in plain words
    (
        "We haven't paid because the scanner app crash when the batch is big.",
        "dispute",
        None,
    ),
    (
        "The stock module is still not updating the bin counts. Accounts asked me whether the"
        " payment should wait for it.",
        "dispute",
        None,
    ),
    ("Please repair the gate sensor first, then we pay.", "dispute", None),
    # a defect report alone is a support request
    (
        "One thing: the portal freezes when we export the monthly sheet. Can you look at it"
        " under the support contract?",
        "other",
        None,
    ),
    # part now, the rest only when our work does its job
    (
        "We transfer 40% this week and the other 60% once the weighbridge prints the tonnage"
        " correctly.",
        "dispute",
        None,
    ),
    # a copy refused: the original asked for, no refusal
    (
        "Our controller will not process it from a PDF copy. Please post the signed original.",
        "resend_request",
        None,
    ),
    # the payer's bank checking us as a new beneficiary: a question about our account
    (
        "HSBC stopped the transfer and flagged your account as a new payee; they need the"
        " beneficiary's registered office address and your SWIFT code before anything goes.",
        "bank_question",
        None,
    ),
    (
        "Quick one: is your account in HKD or RMB? Our treasury only holds HKD.",
        "bank_question",
        None,
    ),
    # paid in other words: a cheque couriered, money gone from our account, a transfer re-sent
    ("Couriered the check on Monday, you should have it Thursday.", "paid", None),
    ("Bank shows the GBP 6,200 left our account on 26/11.", "paid", None),
    ("Hi,\n\nRe-sent this morning to the corrected beneficiary name.", "paid", None),
    # a colleague told to pay, or to be got to pay: a promise
    ("Told our bookkeeper to release the funds Friday.", "promise", date(2026, 12, 4)),
    ("Asked Naledi to transfer the remaining amount.", "promise", None),
    ("Sure thing, I'll have Anneke settle it.", "promise", None),
    ("Approved this morning, Mirela wires it tomorrow.", "promise", date(2026, 12, 2)),
    ("We should be able to get the payment out by Christmas Eve.", "promise", date(2026, 12, 24)),
    # a day not kept, then "it will be done" another day
    (
        "Apologies, on Monday the transfer could not be made because of a cut-off. It will be"
        " done on Thursday.",
        "promise",
        date(2026, 12, 3),
    ),
    # dates in ERP and US forms
    ("We expect to remit on 18-Dec-2026.", "promise", date(2026, 12, 18)),
    ("Your bill sits in our 12/17 ACH batch.", "promise", date(2026, 12, 17)),
    (
        "Your invoice cleared approval, so it should land in your account 12/22.",
        "promise",
        date(2026, 12, 22),
    ),
    # the office shut for a long break: a delay told, its closing day no payment day
    (
        "Our club's treasurer's office closes for the summer break on 11 December and only"
        " reopens on 18 January. Your invoice will be paid then.",
        "more_time",
        None,
    ),
    # only a part payable now, the rest later: a request for time, not a part paid
    (
        "Because of the year-end freeze we can only pay a third now; the rest in February.",
        "more_time",
        None,
    ),
    ("We can only pay suppliers once our buyer pays us.", "other", None),
    # the work found good: acceptance
    ("The night-shift supervisors are happy with the new scheduling app.", "acceptance", None),
    # an invoice sent to the wrong channel: send it again, there
    (
        "Invoices e-mailed to this address are not processed. Invoices must be sent via our"
        " Peppol e-invoicing ID.",
        "resend_request",
        None,
    ),
    # (beyond the sets, same causes in other shapes) paid in other words
    ("Paid via Payoneer this afternoon, ref 5521.", "paid", None),
    ("Your cheque is in the post.", "paid", None),
    ("All done here - money's on its way.", "paid", None),
    ("Payment's been released from our end.", "paid", None),
    ("Cheque no. 18870 was couriered to your Pudong office on Friday.", "paid", None),
    ("I've just approved the transfer in our online banking.", "paid", None),
    # an objection asked as a question; payment made to wait for our credit
    ("Why should we pay for a survey nobody asked for?", "dispute", None),
    (
        "We'll clear the balance once you issue a credit for the two dead pixels panels.",
        "dispute",
        None,
    ),
    ("The bill is parked in our ERP until you issue a refund for the freight.", "dispute", None),
    ("Only 70% goes out now; the other 30% stays until the snag list is closed.", "dispute", None),
    # the work declared done
    ("It all runs fine now; you can consider the migration completed.", "acceptance", None),
    # time asked in other shapes
    (
        "Could you pause the reminders until our finance manager is back on the 9th?",
        "more_time",
        date(2026, 12, 9),
    ),
    ("Our budget for the fit-out is only released in the new fiscal year.", "more_time", None),
    # a paper of ours awaited, no fault named: a request for it (a corrected one is an objection)
    (
        "We can't release payment until we receive the stamped handover certificate.",
        "resend_request",
        None,
    ),
    ("We cannot pay until we receive a corrected invoice.", "dispute", None),
    # an inability up to a festive or period end: time, not a refusal
    ("We won't be able to settle it before the year-end, sorry.", "more_time", None),
    # a paid statement in the present
    ("No need to chase, it's paid.", "paid", None),
    # an earlier amount paid, this one not: no paid reading
    ("We paid the advance in August, but this one still needs our director.", "other", None),
    # an instalment gone through; an arrival still ahead
    ("The third tranche went through HSBC at noon.", "paid", None),
    (
        "The remittance should reflect in your account within 2 working days.",
        "promise",
        date(2026, 12, 3),
    ),
    # our work still unfinished
    ("The kitchen fit-out is still not complete, the extractor is missing.", "dispute", None),
    # instalments asked as a question, "if" included
    ("Could we make four monthly payments of 5k instead?", "more_time", None),
    ("Is it ok if we pay 40% now and 60% in March?", "more_time", None),
    # money sent to an old account of ours: a question about our account, not paid
    ("Our clerk wired it to your previous account by mistake. What now?", "bank_question", None),
    # unable to pay until their own customer pays: a delay told
    (
        "Our distributor hasn't paid us yet, so we can't pay you this week either.",
        "more_time",
        None,
    ),
    ("We cannot settle until our main contractor pays us.", "more_time", None),
    # the boss's word passed on
    ("The boss said to pay you next week.", "promise", None),
    # our IBAN asked for: a question about our account
    ("What's your IBAN? Our new treasury system needs it.", "bank_question", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), SETS_RS_EN, ids=[b for b, _, _ in SETS_RS_EN])
def test_sets_r_and_s_english_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body) == (kind, day)


def test_a_payment_held_for_the_client_s_own_approval_is_no_objection() -> None:
    assert read("The payment is on hold pending our board's approval next week.")[0] != "dispute"


def test_a_penalty_taken_off_is_held_for_the_pm() -> None:
    """ "We will pay minus the penalty": a part withheld (en-withheld's English twin), so the
    promise is not acted on alone."""
    mail = parse_message(
        text_mail("We will transfer the invoice minus the late-delivery penalty.", Date=SENT)
    )
    result = classify(mail, known_sender=True, learned=False)
    assert result.kind == "promise" and not result.confident


def test_an_english_sympa_refusal_is_a_bounce_to_the_list_not_its_owner() -> None:
    """A list server's refusal carries Auto-Submitted, but our mail was not delivered: a bounce,
    to the list's address (not the "-request" owner address it names)."""
    body = (
        "Your message for list buyers@lists.client.example has been rejected.\n"
        "You are not allowed to send messages to this list: only list members may post.\n"
        "Please contact the list owner: buyers-request@lists.client.example\n\n--\nSympa"
    )
    headers = {
        "From": "SYMPA <sympa@lists.client.example>",
        "Subject": "Message distribution: Authorization denied",
        "Auto_Submitted": "auto-replied",
    }
    result = classify(parse_message(text_mail(body, **headers)))
    assert result.kind == "bounce" and result.bounce is not None
    assert result.bounce.permanent
    assert result.bounce.recipients == ["buyers@lists.client.example"]
