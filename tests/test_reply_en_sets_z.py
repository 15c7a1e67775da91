"""Categories behind held-out sets Z, ZB and ZC's English misreadings (notes:
/work/tools/notes/fixen.md), each on a whole email (parse + classify, rules only), in other words
than the sets': other trades, other people, other regions. Every reply is dated Tuesday
1 December 2026, 10:00 in Shanghai unless a zone is given (the zone says how 12/10 is read).
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.inbox.reading import read_words
from daemon.inbox.rulebook import rulebook
from tests.test_reply_en_heldout import read

SETS_Z_EN: list[tuple[str, str, date | None]] = [
    # a fix of ours demanded FIRST, the payment left unsaid (the reminder asked for it)
    (
        "The label printer cuts the barcodes in half on every pallet. Kindly rectify this first.",
        "dispute",
        None,
    ),
    (
        "drying kiln 2 shows 70C but the probe reads 55C, we lost a load. pls fix first",
        "dispute",
        None,
    ),
    ("Our drivers cannot log in since Monday. Sort it out first.", "dispute", None),
    ("Boss says solve the GPS problem first.", "dispute", None),
    (
        "The booking screen still double-charges walk-in guests. Pls sort this out first then we"
        " talk about the invoice.",
        "dispute",
        None,
    ),
    # ... never the payer's own step first, nor "first thing"
    ("We need to sort out our budget first, payment on Friday.", "promise", date(2026, 12, 4)),
    ("I will sort out the paperwork first thing tomorrow.", "other", None),
    ("Can you sort it out first thing on Monday?", "other", None),
    # ... and beside a payment said outright, the payment is the reading (held: an objection)
    (
        "We paid yesterday. Please fix the login issue first, the training is on Monday.",
        "paid",
        None,
    ),
    # the payment waits until ours is fixed, said bare
    (
        "Customer is angry about the reports. Director say final payment wait until fixed.",
        "dispute",
        None,
    ),
    ("Finance will release the retention once repaired.", "dispute", None),
    # the completion or acceptance of our work refused in other words
    ("We cannot confirm stage 3 is finish, the dryer still trips every night.", "dispute", None),
    (
        "We can't confirm that the installation is complete: two chillers alarm daily.",
        "dispute",
        None,
    ),
    (
        "Our plant manager is not signing the acceptance until the conveyor runs at full speed.",
        "dispute",
        None,
    ),
    ("The harbour master refuses to sign the handover certificate.", "dispute", None),
    ("Our engineer is refusing to sign the completion certificate.", "dispute", None),
    ("The site engineer signed the acceptance certificate today.", "acceptance", None),
    # the contract cited in a non-native form
    ("Contract say the yield must be above 95%, we get 88%.", "dispute", None),
    # the payment made subject to what we delivered working
    (
        "Three of the kiosks keep rebooting. The balance is conditional on all kiosks running"
        " for 30 days.",
        "dispute",
        None,
    ),
    ("Payment is subject to the scanners working at all four gates.", "dispute", None),
    ("The last tranche remains subject to the integration being fixed.", "dispute", None),
    (
        "We will pay on 15 December, subject to FX allocation from our bank.",
        "promise",
        date(2026, 12, 15),
    ),
    (
        "Payment will be processed in the next payment cycle i.e. 17/12/2026, subject to the"
        " acceptance certificate.",
        "promise",
        date(2026, 12, 17),
    ),
    (
        "Payment will go out on 10 December, subject to the invoice being received.",
        "promise",
        date(2026, 12, 10),
    ),
    # ... a fault beside a promise is no condition
    (
        "The scanners at gate 2 were offline yesterday, but the payment will go out on Friday.",
        "promise",
        date(2026, 12, 4),
    ),
    # the payment put after an event of our work, "not before"
    ("We pay after the line passes the 72-hour test, not before.", "dispute", None),
    ("Release of the retention after commissioning of all pumps, not before.", "dispute", None),
    ("We pay on Friday, not before.", "promise", date(2026, 12, 4)),
    ("We will pay on 17/12 as agreed, not before.", "promise", date(2026, 12, 17)),
    # the invoice issued to the wrong name, or not to be booked "like this"
    (
        "The invoice is addressed to Kanso Trading but our registered name is Kanso Trading FZE.",
        "dispute",
        None,
    ),
    ("Our auditor can't book it like this.", "dispute", None),
    ("Please make a new invoice with the correct company name.", "dispute", None),
    # paid said as Spanish/Portuguese English ("realizado")
    ("The transfer was realized yesterday through Itaú.", "paid", None),
    ("Transfer realized today, please confirm reception.", "paid", None),
    ("The transfer will be realized next 15/12.", "promise", date(2026, 12, 15)),
    ("The payment will be realized on 18/12/2026.", "promise", date(2026, 12, 18)),
    # what was sent was only a part
    (
        "The wire of 30/11 was only USD 12,500, the balance goes in January.",
        "partial_payment",
        None,
    ),
    (
        "Our payment on Monday was only EUR 4,000; the rest follows next week.",
        "partial_payment",
        None,
    ),
    # a named part of our work accepted
    ("Line 3 has been accepted, thank you.", "acceptance", None),
    ("Phase II was accepted by the steering committee on Friday.", "acceptance", None),
    ("Phase 2 was accepted by our plant manager yesterday. Accounts will pay.", "acceptance", None),
    # a payer's instruction passed on with its time; "next week Wednesday" is next week's
    ("Manager confirmed to pay next week Friday.", "promise", date(2026, 12, 11)),
    ("Hi Mr Wang, boss said pay next week Tuesday. Tks", "promise", date(2026, 12, 8)),
    ("We will pay this week Thursday.", "promise", date(2026, 12, 3)),
    ("Boss said pay attention to the new address.", "other", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), SETS_Z_EN, ids=[b for b, _, _ in SETS_Z_EN])
def test_sets_z_english_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body) == (kind, day)


DATED_BY_ZONE = [
    # a date after "push/move ... to", read by the sender's order
    ("Can we move the payment to 12/18?", "America/Chicago", "more_time", date(2026, 12, 18)),
    ("Could we push it back to 18/12?", "Europe/London", "more_time", date(2026, 12, 18)),
    ("Could we move this to 1/15?", "America/Los_Angeles", "more_time", date(2027, 1, 15)),
    ("Any chance we push this out to 1/8?", "America/New_York", "more_time", date(2027, 1, 8)),
    # the payer's run named by its day, ours placed in it
    (
        "Our next ACH batch is 12/17 and your invoice is in it.",
        "America/Chicago",
        "promise",
        date(2026, 12, 17),
    ),
    ("Our check run is 12/10.", "America/Chicago", "other", None),
    # a dotted day before a run (day.month in Europe)
    ("Approved, pay with the 17.12 run.", "Europe/Oslo", "promise", date(2026, 12, 17)),
    ("It goes with the 11.12 payment run.", "Europe/Berlin", "promise", date(2026, 12, 11)),
]


@pytest.mark.parametrize(
    ("body", "zone", "kind", "day"), DATED_BY_ZONE, ids=[b for b, _, _, _ in DATED_BY_ZONE]
)
def test_dates_said_by_the_senders_locale(
    body: str, zone: str, kind: str, day: date | None
) -> None:
    assert read(body, zone) == (kind, day)


def test_a_slip_named_pop_is_a_payment() -> None:
    """'POP' (proof of payment) as a word of the file's name is a slip (set Z hz148, a Zambian
    payer: 'Please find attached.' with POP_ExampleTech_USD31000.pdf); a pop-up is not."""
    book = rulebook()
    reading = read_words("Please find attached.", ("POP_Kibo_TZS_48m.pdf",), book)
    assert (reading.kind, reading.rule) == ("paid", "attachment:pop-named-file")
    assert read_words("Please find attached.", ("pop-up_banner_v2.pdf",), book).kind == "other"
    assert read_words("See attached.", ("population_report.pdf",), book).kind == "other"
