"""``daemon.bank.likeness`` gives the scores rapidfuzz gives, so ``name_score`` keeps its meaning.

rapidfuzz is a test dependency only (issue 15: the install stays under 100 MB); these
compare with it on names like the ones banks print and on arbitrary text.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rapidfuzz import fuzz

from daemon.bank import likeness

NAMES = [
    ("杭州阿克米科技", "杭州阿克米科技"),
    ("杭州阿克米科技", "杭州市阿克米信息科技"),
    ("ACME WIDGETS", "Acme Widgets"),
    ("acme widgets", "widgets acme"),
    ("acme widgets", "acme widget"),
    ("北京星河", "上海星河"),
    ("", ""),
    ("a", ""),
]


@pytest.mark.parametrize(("a", "b"), NAMES)
def test_names_score_as_rapidfuzz_scores_them(a: str, b: str) -> None:
    assert likeness.ratio(a, b) == pytest.approx(fuzz.ratio(a, b))
    assert likeness.token_sort_ratio(a, b) == pytest.approx(fuzz.token_sort_ratio(a, b))


TEXT = st.text(alphabet="ab c阿克米\u3000-", max_size=20)


@given(TEXT, TEXT)
def test_any_text_scores_as_rapidfuzz_scores_it(a: str, b: str) -> None:
    assert likeness.ratio(a, b) == pytest.approx(fuzz.ratio(a, b))
    assert likeness.token_sort_ratio(a, b) == pytest.approx(fuzz.token_sort_ratio(a, b))


def test_word_order_does_not_matter_to_the_sorted_score() -> None:
    assert likeness.token_sort_ratio("Widgets Acme", "Acme Widgets") == 100.0
    assert likeness.ratio("Widgets Acme", "Acme Widgets") < 100.0
