"""Categories behind held-out sets X and Y's English misreadings (notes:
/work/tools/notes/fixen.md), each on a whole email (parse + classify, rules only), in other words
than the sets': other trades, other people, other regions. Every reply is dated Tuesday
1 December 2026, 10:00 in Shanghai (month-first slashes).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_reply_en_heldout import read

SETS_XY_EN = [
    # a refusal said passively through others: never a colleague told to pay
    (
        "Head office has been told not to pay this until you replace the damaged panels.",
        "dispute",
        None,
    ),
    (
        "The HS codes on the packing list are wrong; our cashier has been told not to release"
        " payment until then.",
        "dispute",
        None,
    ),
    (
        "Kindly note our CFO has been told not to approve the milestone until the app stops"
        " crashing.",
        "dispute",
        None,
    ),
    # ... while a colleague told to pay is still a promise
    ("I told Fatima to release the payment on Friday.", "promise", date(2026, 12, 4)),
    # no payment before our remedy: the refusal first, the remedy after it
    ("No payment before the bug is fixed.", "dispute", None),
    ("There will be no payment before the missing units are delivered.", "dispute", None),
    ("No more payments till the invoice is corrected.", "dispute", None),
    ("No problem, payment before Friday.", "promise", date(2026, 12, 4)),
    # the payment waits for our fix to be confirmed by them
    ("Yours will be scheduled once Ahmed confirms the interface fix.", "dispute", None),
    ("It will only be paid after our QA verifies the patch.", "dispute", None),
    ("Payment will be approved when the site team confirms the repair.", "dispute", None),
    ("It will be scheduled once our CFO approves it.", "promise", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), SETS_XY_EN, ids=[b for b, _, _ in SETS_XY_EN])
def test_sets_x_and_y_english_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body) == (kind, day)
