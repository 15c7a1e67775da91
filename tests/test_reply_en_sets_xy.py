"""Categories behind held-out sets X and Y's English misreadings (notes:
/work/tools/notes/fixen.md), each on a whole email (parse + classify, rules only), in other words
than the sets': other trades, other people, other regions. Every reply is dated Tuesday
1 December 2026, 10:00 in Shanghai (month-first slashes).
"""

from __future__ import annotations

from datetime import date

import pytest

from daemon.inbox.classify import classify
from daemon.inbox.parse import parse_message
from tests.test_answers import run
from tests.test_parse import text_mail
from tests.test_reply_en_heldout import SENT, read

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
    # a plan told in the past tense for a day ahead (Spanish/Portuguese "quedó programado")
    (
        "Informamos that the transfer was programmed for 18/12/2026 through Banco de Chile.",
        "promise",
        date(2026, 12, 18),
    ),
    ("Your payment was scheduled for Monday 14 December.", "promise", date(2026, 12, 14)),
    ("The payment was scheduled for Monday but it bounced.", "other", None),
    # an event of ours accepted: acceptance, before the payment it makes due
    ("The cut-over is accepted, thank you all.", "acceptance", None),
    ("Go-live accepted. We will process the invoice.", "acceptance", None),
    # the corrected deliverable accepted
    ("Our client accepted the revised drawings. Thanks for the quick fix.", "acceptance", None),
    ("The customer has accepted the amended documents.", "acceptance", None),
    ("The buyer has not accepted the reissued certificates.", "dispute", None),
    # a check done, then "OK from my side" (a long sentence between)
    (
        "Checked the payroll run again with the new rates for March, the figures are correct"
        " now. Good from our side.",
        "acceptance",
        None,
    ),
    ("Checked again, the figures are still wrong. Not OK from my side.", "other", None),
    # agreement to a split asked of us: instalments
    ("Could you confirm you are OK with the 50/50?", "more_time", None),
    ("Would your management be happy with half-half?", "more_time", None),
    ("We are OK with the 50/50 split of the travel costs you proposed.", "other", None),
    # a payment split over two days, told: a plan of instalments, no single day
    (
        "As agreed on the call, half by 20 December and the other half by 20 January.",
        "more_time",
        None,
    ),
    ("Half on Friday, the other half at the end of January.", "more_time", None),
    # an earlier part paid, said with the payer first: this one is still to come
    (
        "We paid the first instalment in September already. This one will be paid on Friday.",
        "promise",
        date(2026, 12, 4),
    ),
    ("We paid the first part today, the rest follows in January.", "partial_payment", None),
    # the last part paid now: paid, not a part
    ("The other half went out this morning, remittance attached.", "paid", None),
    ("Remaining half was paid today.", "paid", None),
    ("The balance half was paid today, POP attached.", "paid", None),
    ("The first half was sent today.", "partial_payment", None),
    # a part paid on a day, said as a note
    ("50% paid on 14/12, rest in January.", "partial_payment", None),
    ("Half paid this morning.", "partial_payment", None),
    ("Half paid on signing, half on delivery, per the contract.", "other", None),
]


@pytest.mark.parametrize(("body", "kind", "day"), SETS_XY_EN, ids=[b for b, _, _ in SETS_XY_EN])
def test_sets_x_and_y_english_categories(body: str, kind: str, day: date | None) -> None:
    assert read(body) == (kind, day)


@pytest.mark.parametrize(
    "text",
    [
        "Kindly send your company's bank certificate, our treasury needs it to add you as a"
        " supplier.",
        "Please send the invoice and a bank confirmation letter on your letterhead.",
        "请提供贵司的银行资信证明和发票。",
    ],
)
def test_a_paper_only_we_can_produce_is_answered_by_the_pm(text: str) -> None:
    """A request for a bank's letter or certificate on our account is a resend request (the
    corpus convention), but the config holds no such paper: our bank details sent in its place
    are no answer, the PM answers (set X hx129: 'we need a bank certificate of your
    company ... to register you as a foreign supplier')."""
    d = run(text)
    assert d.action == "asked_pm"
    assert [e.template for e in d.emails] == ["pm_alert"]


def test_plain_bank_details_asked_are_still_answered_from_the_config() -> None:
    assert run("Could you send us your bank details again?").action == "answered"


ASIDE = [
    # a colleague named to answer: who answers, nothing of the payment
    "Ms. Okafor from accounts will get back to you on this. Thanks for your patience.",
    "Our controller will be in touch about the invoice.",
    # a question about the product itself
    "The dashboard is slow in the mornings, can you look into it?",
    "Could you confirm in which country the patient data is hosted and whether backups leave"
    " the EU?",
]


@pytest.mark.parametrize("body", ASIDE)
def test_words_beside_the_payment_are_other_by_rule_not_a_guess(body: str) -> None:
    """Set Y hy148, hy120, hy142: no rule read them and the learned fallback guessed promise,
    more_time, bank_question; they say nothing of the payment: other with the rule's reason."""
    mail = parse_message(text_mail(body, Date=SENT))
    result = classify(mail, known_sender=True, learned=True)
    assert result.kind == "other"
    assert result.rule in ("en-colleague-follows-up", "en-product-question")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Dawit from finance will follow up and pay on Friday.", "promise"),
        ("Could you confirm in which country your bank account is held?", "bank_question"),
    ],
)
def test_beside_a_payment_meaning_that_meaning_is_the_reading(body: str, kind: str) -> None:
    mail = parse_message(text_mail(body, Date=SENT))
    assert classify(mail, known_sender=True, learned=True).kind == kind
