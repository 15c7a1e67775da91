"""English reply bodies (clients in Singapore, the UK, Germany, the US, Australia...)."""

from __future__ import annotations

from entry import E

N = "en"
J, P = "jpg:", "pdf:"

PAID = [
    E("paid", N, "Hi {pm},\n\nWe sent the wire yesterday. Please confirm receipt."),
    E("paid", N, "Remittance attached.", atts=(P + "Remittance Advice 2026-11-24.pdf",)),
    E(
        "paid",
        N,
        "Please see attached.",
        atts=(P + "remittance_advice_0045871.pdf",),
        note="only a remittance advice attached",
    ),
    E(
        "paid",
        N,
        "Hello,\n\nThis invoice was paid on 18 November. Our reference is PAY-77120.",
        sent="2026-11-23 09:30",
    ),
    E("paid", N, "We paid on Monday.", sent="2026-11-26 10:00", note="past tense, not next Monday"),
    E(
        "paid",
        N,
        "Hi, payment has been processed today and should reach your account within 1-2 business days.",
    ),
    E(
        "paid",
        N,
        "The funds were transferred this morning. Proof of payment attached.",
        atts=(J + "transfer_confirmation.jpg",),
    ),
    E("paid", N, "All settled on our side - we remitted the full amount last Friday."),
    E(
        "paid",
        N,
        "Hi {pm}, just checked with AP: the payment went out on the 20th.",
        sent="2026-11-24 16:10",
    ),
    E("paid", N, "We've already paid this. Could you check again with your bank?"),
    E("paid", N, "Paid in full via TT today, MT103 attached.", atts=(P + "MT103_copy.pdf",)),
    E("paid", N, "Transfer done. Screenshot attached.", atts=(J + "IMG_5521.jpg",)),
    E(
        "paid",
        N,
        "Dear {pm},\n\nPlease be informed that the above invoice has been settled. Kindly find the bank slip attached for your reference.",
        atts=(J + "bank slip.jpg",),
    ),
    E(
        "paid",
        N,
        "This was paid by cheque, which was posted to your office on 12 November.",
        sent="2026-11-24 11:00",
    ),
]

PARTIAL = [
    E(
        "partial_payment",
        N,
        "Hi {pm}, we have paid {part} of {amt} today; the balance will follow once the PO is amended.",
        dangerous=True,
    ),
    E(
        "partial_payment",
        N,
        "We've made a part payment of {half}. The rest is on hold pending the final deliverables.",
        dangerous=True,
    ),
    E(
        "partial_payment",
        N,
        "Please note we paid 50% this week as agreed with your sales team.",
        dangerous=True,
    ),
    E(
        "partial_payment",
        N,
        "Only the first half has been released so far - remittance attached.",
        atts=(P + "remittance_partial.pdf",),
        dangerous=True,
    ),
]

PROMISE = [
    E("promise", N, "Hi {pm}, we will pay by Friday next week.", "2026-12-04", "2026-11-24 10:00"),
    E(
        "promise",
        N,
        "This will go out in our next payment run on the 15th.",
        "2026-12-15",
        "2026-12-02 09:15",
    ),
    E(
        "promise",
        N,
        "Apologies for the delay - we'll settle this in two weeks.",
        "2026-12-09",
        "2026-11-25 14:00",
    ),
    E(
        "promise",
        N,
        "Expect payment by 15.12.2026 at the latest.",
        "2026-12-15",
        "2026-11-30 10:20",
        tz="Europe/Berlin",
    ),
    E(
        "promise",
        N,
        "We will transfer the amount on 1/15.",
        "2027-01-15",
        "2026-12-10 10:00",
        tz="America/New_York",
    ),
    E(
        "promise",
        N,
        "Payment is scheduled for 09/12/2026.",
        "2026-12-09",
        "2026-12-01 12:00",
        tz="Europe/London",
        note="day-first, UK sender",
    ),
    E(
        "promise",
        N,
        "Payment is scheduled for 12/09/2026.",
        "2026-12-09",
        "2026-12-01 12:00",
        tz="America/Chicago",
        note="month-first, US sender",
    ),
    E("promise", N, "We plan to pay by the end of the month.", "2026-12-31", "2026-12-03 09:00"),
    E("promise", N, "It will be paid within 30 days.", "2026-12-20", "2026-11-20 15:00"),
    E("promise", N, "We'll pay on Monday.", "2026-11-30", "2026-11-26 16:00"),
    E(
        "promise",
        N,
        "Our finance team confirmed it will be paid by December 18th.",
        "2026-12-18",
        "2026-12-01 10:45",
    ),
    E(
        "promise",
        N,
        "The invoice is approved and will be paid early next month.",
        "2026-12-05",
        "2026-11-23 11:30",
    ),
    E(
        "promise",
        N,
        "You should receive the funds within 5 business days.",
        "2026-12-08",
        "2026-12-01 09:30",
    ),
    E(
        "promise",
        N,
        "We haven't paid yet, but it's approved and will be released on Thursday.",
        "2026-12-03",
        "2026-11-30 13:00",
        note="negation then promise",
    ),
    E(
        "promise",
        N,
        "Our office is closed for the holidays; we'll process it after the Christmas break.",
        None,
        "2026-12-18 10:00",
        note="no date",
    ),
    E("promise", N, "Will pay tomorrow.", "2026-12-02", "2026-12-01 17:40"),
]

MORE = [
    E(
        "more_time",
        N,
        "Hi {pm}, would it be possible to split this into three monthly instalments?",
    ),
    E(
        "more_time",
        N,
        "Could we have until the end of January to pay? Cash flow is tight this quarter.",
        "2027-01-31",
        "2026-12-02 10:00",
    ),
    E(
        "more_time",
        N,
        "We'd like to request a 30-day extension on this invoice. Please let me know if that works.",
    ),
    E("more_time", N, "Can we pay 50% now and the remainder in February? Please confirm."),
]

DISPUTE = [
    E(
        "dispute",
        N,
        "We cannot pay this invoice as issued: the PO number is missing and the VAT number is wrong.",
    ),
    E(
        "dispute",
        N,
        "The work is not complete. The reporting module was never delivered, so we are withholding payment.",
    ),
    E("dispute", N, "We won't pay until the outstanding defects are fixed."),
    E(
        "dispute",
        N,
        "Our contract says payment is due 60 days after acceptance, and acceptance hasn't happened.",
    ),
    E(
        "dispute",
        N,
        "We have not paid and will not pay for the extra hours - they were never approved.",
    ),
    E(
        "dispute",
        N,
        "The quality of the last batch was well below spec. We've raised a claim; this invoice is on hold.",
    ),
    E(
        "dispute",
        N,
        "The invoice is addressed to the wrong entity. It must be made out to our Singapore company.",
    ),
    E("dispute", N, "This doesn't match our records - we were quoted a lower figure."),
    E(
        "dispute",
        N,
        "Acceptance testing failed last week (report attached). No payment until it passes.",
        atts=(P + "UAT_report_v2.pdf",),
    ),
    E(
        "dispute",
        N,
        "Sorry, but we're not in a position to pay - the project was cancelled in October and we never received the deliverables.",
    ),
]

ACCEPT = [
    E(
        "acceptance",
        N,
        "Hi {pm}, good news: the system passed UAT and is formally accepted as of today.",
    ),
    E(
        "acceptance",
        N,
        "Signed acceptance certificate attached.",
        atts=(P + "Acceptance Certificate signed.pdf",),
    ),
    E("acceptance", N, "We confirm acceptance of the deliverables. Thanks to the team."),
]

RESEND = [
    E("resend_request", N, "Could you resend the invoice? I can't find it in our AP inbox."),
    E(
        "resend_request",
        N,
        "Please send me your bank details again, our system needs them on file before payment.",
    ),
    E(
        "resend_request",
        N,
        "Can you send a copy of the invoice addressed to accounts@ rather than to me?",
    ),
]

BANK = [
    E(
        "bank_question",
        N,
        "We received a letter saying your bank account has changed. Can you confirm the new details before we pay?",
    ),
    E(
        "bank_question",
        N,
        "Is the account in this email still correct? We were told to pay a different account in Hong Kong.",
    ),
    E(
        "bank_question",
        N,
        "Before we release funds, please confirm by phone that your IBAN has not changed.",
    ),
]

OTHER = [
    E(
        "other",
        N,
        "Thanks, I have forwarded this to our accounts payable team.",
        dangerous=True,
        note="forwarded, nothing paid",
    ),
    E("other", N, "Noted, thanks.", note="no commitment"),
    E(
        "other",
        N,
        "I've not paid this yet - let me check with finance and come back to you.",
        dangerous=True,
        note="negation",
    ),
    E("other", N, "I'm no longer with the company. Please contact procurement@ instead."),
    E("other", N, "Thanks {pm}. Who should I talk to about the renewal next year?"),
    E("other", N, "Received. I'll look into it.", dangerous=True),
]
