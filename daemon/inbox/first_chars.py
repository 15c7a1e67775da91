"""A rule's pattern with the characters its matches can start with said first: the same matches,
found sooner.

Why: the reply rules are ~230 regexes run over every reply (``rulebook.find_signals``), and
most of them open with a chain of look-behinds ("not after 'once ', 'when ', …") that the
regex engine tries at every position of the text before it learns that no rule word starts
there. A look-ahead of the possible first characters (``(?=[wiof…])``) fails at most positions
in one step. The pattern is unchanged behind it: a match must start with one of those
characters, so every match, group and position is what the pattern alone finds. Where the first
characters cannot be known for sure (an empty match, a negated class, a back-reference, flags
switched inside), the pattern is left as it is.

Working the characters out costs about as much as compiling the rules again (~0.3 s for all of
them), which a one-file ``cuikuan classify`` or a daemon pass over three replies would not win
back (~1 ms a reply): :class:`QuickPatterns` hands out the patterns as written for a process's
first :data:`QUICK_AFTER` texts and the quick ones from then on (the daemon, ``classify
--eval``, many files at once).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from re import _constants as _c  # type: ignore[attr-defined]  # the parser re itself uses
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any, Protocol

_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def _char(code: int) -> str:
    return re.escape(chr(code))


def _class(items: Any) -> list[str] | None:
    """A character class's items as class source, or None (negated, or unknown)."""
    out: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(_char(av))
        elif op is _c.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None  # NEGATE and anything else: not sure
    return out


def _first(seq: Any) -> tuple[list[str], bool] | None:
    """(class items a match of ``seq`` can start with, whether it can match empty), or None."""
    found: list[str] = []
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the first character comes later
        if op is _c.LITERAL:
            return [*found, _char(av)], False
        if op is _c.IN:
            items = _class(av)
            if items is None:
                return None
            return [*found, *items], False
        if op in _REPEATS:
            low, _high, sub = av
            inner = _first(sub)
            if inner is None:
                return None
            found += inner[0]
            if low > 0 and not inner[1]:
                return found, False
            continue
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None  # (?i:…) inside: its case rules are not the class's
            inner = _first(sub)
        elif op is _c.BRANCH:
            inner = _branch(av[1])
        elif op is _c.ATOMIC_GROUP:
            inner = _first(av)
        else:
            return None  # ANY, NOT_LITERAL, back-references, conditionals: not sure
        if inner is None:
            return None
        found += inner[0]
        if not inner[1]:
            return found, False
    return found, True


def _branch(alternatives: Any) -> tuple[list[str], bool] | None:
    found: list[str] = []
    empty = False
    for alternative in alternatives:
        inner = _first(alternative)
        if inner is None:
            return None
        found += inner[0]
        empty = empty or inner[1]
    return found, empty


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """The class source of the characters every match of ``pattern`` starts with, or None."""
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - it compiled once already
        return None
    first = _first(parsed)
    if first is None or first[1] or not first[0]:
        return None
    return "[" + "".join(dict.fromkeys(first[0])) + "]"


def quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead of its first characters (the same matches), or itself."""
    chars = first_chars(pattern)
    if chars is None or _GLOBAL_FLAGS.match(pattern.pattern) or pattern.flags & re.VERBOSE:
        return pattern  # a leading (?i) must stay first; a verbose comment would eat the ")"
    try:
        return re.compile(f"(?={chars})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # pragma: no cover
        return pattern


QUICK_AFTER = 300
"""Texts read with the patterns as written before the quick ones are made: ~0.3 s of making
them pays for itself after ~300 texts."""


class _HasPattern(Protocol):
    @property
    def pattern(self) -> re.Pattern[str]: ...


class QuickPatterns:
    """The patterns of a set of rules as :func:`daemon.inbox.rulebook.find_signals` runs them:
    as written for the first :data:`QUICK_AFTER` texts, then each made :func:`quick`. Either
    way the same matches (module docstring)."""

    def __init__(self) -> None:
        self._texts = 0
        self._quick: tuple[re.Pattern[str], ...] | None = None

    def of(self, rules: Sequence[_HasPattern]) -> Sequence[re.Pattern[str]]:
        """The patterns to run on the next text, in the order of ``rules``."""
        if self._quick is not None:
            return self._quick
        self._texts += 1
        if self._texts <= QUICK_AFTER:
            return [r.pattern for r in rules]
        self._quick = tuple(quick(r.pattern) for r in rules)
        return self._quick
