"""Categories behind held-out set Q's English misreadings (notes: /work/tools/notes/pq_en.md),
each on a whole email (parse + classify), in other words than the set's: other trades, other
people. Every reply is dated Tuesday 1 December 2026, 10:00 in Shanghai.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_reply_en_heldout import read

SET_Q_EN = [
    # payment tied to a module of ours that does not work yet, said as a plain "we will pay"
    (
        "Per the contract the second payment falls due when the export feature works. We will"
        " pay at that point.",
        "dispute",
        None,
    ),
    # ...or to the part of the delivery still missing
    (
        "Only two of the four warehouses are connected. We'll release the funds once the"
        " remaining two sites are live.",
        "dispute",
        None,
    ),
    ("We'll pay once our new ERP is up and running.", "promise", None),
    # a milestone held until our remedy, the payment named with its stage
    (
        "Until the double charges are refunded we are holding the second instalment.",
        "dispute",
        None,
    ),
    ("We are holding a payment run on Friday.", "promise", date(2026, 12, 4)),
    # our paper missing, named by a demonstrative: a request for it, not a refusal
    (
        "Without this certificate our bookkeeper cannot process the invoice. Please courier the"
        " original.",
        "resend_request",
        None,
    ),
    # an inability limited to now, with a request for time
    (
        "Our company cannot pay now; the season was bad. Please allow us some more time.",
        "more_time",
        None,
    ),
    # the transfer named by its scheme or in the payer's language
    ("SEPA sent yesterday, reference 88-1204.", "paid", None),
    ("The bonifico was executed on Friday by Intesa.", "paid", None),
    ("Our bookkeeper says the EFT went through this morning.", "paid", None),
    # a colleague will make the transfer: a promise
    ("Our treasurer will initiate the transfer after the board meeting.", "promise", None),
    # a dated payment run
    ("Your invoice is on the 12/15 ACH run.", "promise", date(2026, 12, 15)),
    # an acceptance said as "take this e-mail as our acceptance"
    (
        "Training went well and the users are happy. Please regard this e-mail as our formal"
        " acceptance.",
        "acceptance",
        None,
    ),
]


@pytest.mark.parametrize(("body", "kind", "day"), SET_Q_EN, ids=[b for b, _, _ in SET_Q_EN])
def test_set_q_english_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body) == (kind, day)
