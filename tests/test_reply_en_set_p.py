"""Categories behind held-out set P's English misreadings (notes: /work/tools/notes/pq_en.md),
each on a whole email (parse + classify), in other words than the set's: other trades, other
people. Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_reply_en_heldout import read

SET_P_EN = [
    # a number of ours to add before their auditor takes the invoice: a resend, no objection
    (
        "Can you send the invoice again showing our GST number 12-345-678? Our controller"
        " won't accept it without.",
        "resend_request",
        None,
    ),
    (
        "Kindly put our PO number on it and send it across again; head office can't accept"
        " the invoice without our PO number.",
        "resend_request",
        None,
    ),
    # ...but an invoice they will not accept for a defect stays an objection
    ("We won't accept the invoice without the corrected hourly rate.", "dispute", None),
    # a request to wait (a currency, a season) is a request for time, not a refusal
    (
        "Our peso is very weak this week. Could we hold off until the rate improves? I'd"
        " prefer not to convert at these levels.",
        "more_time",
        None,
    ),
    ("Is it possible to hold off the payment until January?", "more_time", None),
    ("Could we hold the payment until the exchange rate improves?", "more_time", None),
    ("We decided to hold the final payment.", "dispute", None),
    # ...while holding the milestone until our fix is a conditional refusal
    ("We're keeping the final instalment back until the sync errors are fixed.", "dispute", None),
    (
        "The app still crashes on the scanner tablets. We will hold stage 3 until this is"
        " resolved.",
        "dispute",
        None,
    ),
    ("Could we hold off until the patch is live?", "dispute", None),
    # a part paid "first", the rest tied to a later time: a partial payment, never paid
    (
        "We wired EUR 4,000 first. Balance EUR 2,500 will be after our audit in January.",
        "partial_payment",
        None,
    ),
    ("Sent SGD 3,000 for now, the rest will be in the new year.", "partial_payment", None),
    ("We paid GBP 5,000 today as a first instalment.", "partial_payment", None),
    ("We paid the invoice first thing this morning.", "paid", None),
    # patience asked without a day: a request for time (held for the PM)
    (
        "Our director is abroad and must sign the transfer. Kindly wait a few more days.",
        "more_time",
        None,
    ),
    # a one-word paid before a dash, an apology after it
    ("Settled - apologies, it slipped through our month-end run.", "paid", None),
    # an approval for payment of a fee with no work to accept: a promise, not acceptance
    ("Approved on our side. Accounts will pay it in the next cheque run.", "promise", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), SET_P_EN, ids=[b for b, _, _ in SET_P_EN])
def test_set_p_english_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body) == (kind, day)
