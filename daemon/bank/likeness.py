"""How alike two names are, 0-100: the scores a payer's name is compared with (pure).

Why not a fuzzy-matching library: the two scores used are short and exact, and the one
library that offers them (rapidfuzz, 12 MB with its native parts) made the install alone
exceed the 100 MB budget of issue 15. These give the very numbers rapidfuzz's
``fuzz.ratio`` and ``fuzz.token_sort_ratio`` give (tests/test_bank_likeness.py checks
that against rapidfuzz itself, a test dependency), so ``settings.bank.name_score``
means what it meant.
"""

from __future__ import annotations


def ratio(a: str, b: str) -> float:
    """The normalised Indel similarity: 200 × (longest common subsequence) / (len a + len b)."""
    if not a and not b:
        return 100.0
    return 200.0 * _common_subsequence(a, b) / (len(a) + len(b))


def token_sort_ratio(a: str, b: str) -> float:
    """:func:`ratio` with each string's words sorted ("Widgets Acme" ≈ "Acme Widgets")."""
    return ratio(" ".join(sorted(a.split())), " ".join(sorted(b.split())))


def _common_subsequence(a: str, b: str) -> int:
    """Length of the longest common subsequence (one row of the table at a time: names
    are short, so the quadratic work is a few thousand steps)."""
    if len(b) > len(a):
        a, b = b, a
    row = [0] * (len(b) + 1)
    for ch in a:
        diagonal = 0
        for j, other in enumerate(b, 1):
            above = row[j]
            row[j] = diagonal + 1 if ch == other else max(above, row[j - 1])
            diagonal = above
    return row[-1]
