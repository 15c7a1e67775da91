"""Where a sentence and a clause of a reply end, in Chinese and English: the one splitter the
reply readers share.

Why one: a reading looks at the words around a phrase (the clause of a date, the sentence of
a remainder); six readers each had their own boundary, with differences nobody chose (one
ended a sentence at "No. 5", another did not end it at ；). Here are the boundaries and the few
functions the readers need; a reader that needs another boundary takes a named variant below,
whose docstring says why.

What ends a sentence: 。！？!? ；; a line break, and a full stop after a word followed by a
space ("paid. We"), but not the full stop of "No. 5", "U.S.", "Mr.", of a date written
"15.12.2026" or of an amount ("1,234.50": no space after it). After a number a full stop ends
a sentence only before a capital or a Chinese character ("paid 5,000. We"; "item 3. then").
What ends a clause: a sentence end, and a comma (，or ",", not the comma of "18,000").

Pure: text and positions in, positions out.
"""

from __future__ import annotations

import re

_STOP_AFTER_WORD = (
    r"(?<=[A-Za-z)%\u4e00-\u9fff])"  # a word (or a bracket, a percent) before the full stop
    r"(?<!\b[A-Za-z])"  # not an initial, nor U.S. / e.g. / a.m.
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bvs)"  # a title goes on
    r"(?:(?!\.\s*[#\d])|(?<!\b[Nn]o)(?<!\bNO)(?<!\b[Nn]r)(?<!\b[Rr]ef)(?<!\b[Ii]nv)(?<!\bpp)"
    r"(?<!\b[Aa]cct)(?<!\b[Tt]el)(?<!\b[Ee]xt))"  # "No. 5", "Inv. 12", "Ref. #3": a number
    r"\.(?:\s|$)"
)
_STOP_AFTER_NUMBER = r"(?<=\d)\.(?=\s+[A-Z\u4e00-\u9fff])"
"""After a number only before a capital or Chinese ("paid 5,000. We"): "3. a" is a list."""
_SEMICOLON = r"[；;]"
_SENTENCE_MARKS = r"[。！？!?\n]"
_COMMA = r"[，]|,(?!\d{3}(?:\D|$))"
"""A comma, not the thousands' one ("18,000", "1,000,000")."""

FULL_STOP = re.compile(rf"{_SENTENCE_MARKS}|{_STOP_AFTER_WORD}|{_STOP_AFTER_NUMBER}")
"""A sentence end but a semicolon: for a day read from the day before it ("the meeting on
Thursday week; the bursar will pay the day after"), where ; joins the two halves of one
thought and "the day after" still points back across it."""
SENTENCE_END = re.compile(rf"{FULL_STOP.pattern}|{_SEMICOLON}")
"""What ends a sentence (module docstring)."""
CLAUSE_END = re.compile(rf"{SENTENCE_END.pattern}|{_COMMA}")
"""What ends a clause: a sentence end or a comma."""

CONTRAST_CLAUSE_END = re.compile(rf"{CLAUSE_END.pattern}|\bbut\b|但是|不过")
"""A clause end, and a contrast (but, 但是, 不过): for the tense of a payment, "已付一半，但是
余款下周付" and "paid, but will" hold two times; the words after the contrast are not the time
of the words before it."""

SPACED_CLAUSE_END = re.compile(rf"{CLAUSE_END.pattern}|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
"""A clause end, and a space between Chinese characters (phone chat has no commas: "你哋星期五先
搞掂 我哋下個禮拜三俾錢"): for the promised day, the chat clause of the payment's own words is
asked first, so a day of another deed in the chunk before it (our fix's Friday) is not taken.
Not a colon (付款日期：12月15日 is the date of the words before it)."""

CHAT_CLAUSE_END = re.compile(
    rf"{CLAUSE_END.pattern}|[：:]|\s[-–—]\s|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])"
)
"""A clause end, and a colon, a dash between spaces, and a space between Chinese characters
(phone chat has no commas: "钱已经转了 剩下的月底付"): for the second reading, which asks of a
remainder or a hedge whether the SAME short stretch of words says paid. The date readers do
not break there: a date after a colon (付款日期：12月15日) is the date of the words before it."""


def start_of(text: str, at: int, ends: re.Pattern[str] = CLAUSE_END) -> int:
    """Where the clause (or the sentence: ``ends``) of ``text`` holding position ``at`` starts:
    right after the last end before it (the whole text is searched, so an end's look-ahead
    sees past ``at``)."""
    start = 0
    for m in ends.finditer(text):
        if m.end() > at:
            break
        start = m.end()
    return start


def end_of(
    text: str, at: int, ends: re.Pattern[str] = CLAUSE_END, *, with_end: bool = False
) -> int:
    """Where the clause (or sentence) of ``text`` holding position ``at`` ends: at the first end
    from ``at`` on, or after it with ``with_end`` (so that a question mark is seen)."""
    m = ends.search(text, at)
    if m is None:
        return len(text)
    return m.end() if with_end else m.start()


def around(
    text: str, start: int, end: int, ends: re.Pattern[str] = CLAUSE_END, *, with_end: bool = False
) -> tuple[int, int]:
    """(start, end) of the clause (or sentence) of ``text`` around ``text[start:end]``."""
    return start_of(text, start, ends), end_of(text, end, ends, with_end=with_end)


def sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` around position ``at``, its end mark kept (so that a question
    mark is seen)."""
    begin, end = around(text, at, at, SENTENCE_END, with_end=True)
    return text[begin:end]


def clause_at(text: str, at: int) -> str:
    """The clause of ``text`` around position ``at``; chat's breaks (a space, a line) end it too."""
    begin, end = around(text, at, at, CHAT_CLAUSE_END)
    return text[begin:end]


def pieces(text: str, stop: int, ends: re.Pattern[str] = CLAUSE_END) -> list[str]:
    """The clauses (or sentences) of ``text[:stop]``, in order, none empty; the last one cut
    at ``stop``."""
    out: list[str] = []
    start = 0
    for m in ends.finditer(text):
        if m.start() >= stop:
            break
        out.append(text[start : m.start()])
        start = m.end()
    out.append(text[start:stop])
    return [p for p in out if p]
