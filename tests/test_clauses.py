"""The one sentence and clause splitter of the reply readers (daemon/inbox/clauses.py): what
ends a sentence and a clause in Chinese and English, and the traps that must not (No. 5,
15.12.2026, U.S., an amount, the comma of 18,000)."""

from __future__ import annotations

import pytest

from daemon.inbox.clauses import (
    CHAT_CLAUSE_END,
    CLAUSE_END,
    CONTRAST_CLAUSE_END,
    FULL_STOP,
    SENTENCE_END,
    around,
    end_of,
    pieces,
    start_of,
)


def sentences(text: str) -> list[str]:
    return [p.strip() for p in pieces(text, len(text), SENTENCE_END) if p.strip()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("已付款。谢谢！请查收", ["已付款", "谢谢", "请查收"]),
        ("下周付？还是月底；我问问", ["下周付", "还是月底", "我问问"]),
        ("We paid. Thanks", ["We paid", "Thanks"]),
        ("Paid today! Any question? Call me", ["Paid today", "Any question", "Call me"]),
        ("line one\nline two", ["line one", "line two"]),
        ("已经转了. 请查收", ["已经转了", "请查收"]),
        ("We paid 50%. The rest follows", ["We paid 50%", "The rest follows"]),
        (
            "We sent USD 5,000. We will send the rest",
            ["We sent USD 5,000", "We will send the rest"],
        ),
        ("已付5000. 谢谢", ["已付5000", "谢谢"]),
        ("(see the slip). Thanks", ["(see the slip)", "Thanks"]),
    ],
)
def test_what_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Invoice No. 5 was paid on Monday",
        "invoice no. 12 is wrong",
        "Ref. #3 has been settled",
        "Inv. 2026-118 is paid",
        "we paid on 15.12.2026 as agreed",
        "paid in U.S. dollars from our account",
        "as agreed with Mr. Wang we paid",
        "we paid 1,234.50 yesterday",
        "we paid EUR 12.500,00 yesterday",
        "please see item 3. then call us",
        "paid e.g. by wire",
    ],
)
def test_traps_do_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_a_plain_no_still_ends_a_sentence() -> None:
    assert sentences("The answer is no. We will not pay") == ["The answer is no", "We will not pay"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("已付一半，余款下周付", ["已付一半", "余款下周付"]),
        ("paid half, the rest next week", ["paid half", " the rest next week"]),
        ("we paid 18,000 today, thanks", ["we paid 18,000 today", " thanks"]),
        ("we paid 1,000,000 today", ["we paid 1,000,000 today"]),
        ("on Dec 15, 2026 we pay", ["on Dec 15", " 2026 we pay"]),
        ("付款日期：12月15日", ["付款日期：12月15日"]),
    ],
)
def test_what_ends_a_clause(text: str, expected: list[str]) -> None:
    assert pieces(text, len(text), CLAUSE_END) == expected


def test_start_end_and_around() -> None:
    text = "已收到发票，因年底资金紧，下月5号付款。谢谢"
    at = text.index("年底")
    assert text[start_of(text, at) : end_of(text, at)] == "因年底资金紧"
    assert (
        text[slice(*around(text, at, at + 2, SENTENCE_END))]
        == "已收到发票，因年底资金紧，下月5号付款"
    )
    assert start_of(text, 0) == 0
    assert end_of(text, text.index("谢谢")) == len(text)


def test_the_end_itself_is_kept_when_asked() -> None:
    text = "能否下周付？谢谢"
    begin, finish = around(text, 2, 4, CLAUSE_END, with_end=True)
    assert text[begin:finish] == "能否下周付？"


def test_start_sees_past_the_position() -> None:
    """An end's look-ahead reads past ``at``: "5,000. We": the stop after the number is an end
    because a capital follows, even when ``at`` sits right after it."""
    text = "sent 5,000. We pay the rest"
    assert start_of(text, text.index("We")) == text.index(" We")


def test_pieces_cut_at_stop() -> None:
    text = "审批12月9日完成，审批后3个工作日内付款"
    assert pieces(text, text.index("3个"), CLAUSE_END) == ["审批12月9日完成", "审批后"]


def test_contrast_ends_a_clause_for_the_tense() -> None:
    text = "paid half but will pay the rest"
    assert pieces(text, len(text), CONTRAST_CLAUSE_END) == ["paid half ", " will pay the rest"]
    assert pieces("已付一半但是余款下周付", 11, CONTRAST_CLAUSE_END) == ["已付一半", "余款下周付"]
    assert pieces(text, len(text), CLAUSE_END) == [text]


def test_chat_breaks_a_clause_where_the_dates_do_not() -> None:
    """Phone chat has no commas: the second reading breaks on a space between Chinese, a
    colon, a dash; the date readers keep a date after a colon with its words."""
    chat = "钱已经转了 剩下的月底付"
    assert pieces(chat, len(chat), CHAT_CLAUSE_END) == ["钱已经转了", "剩下的月底付"]
    assert pieces(chat, len(chat), CLAUSE_END) == [chat]
    assert pieces("note: paid - rest later", 23, CHAT_CLAUSE_END) == ["note", " paid", "rest later"]


def test_a_semicolon_does_not_end_a_full_stop_sentence() -> None:
    """ "The meeting on Thursday week; the bursar will pay the day after": "the day after"
    reaches back across ；/; (date_pairs), which ends a sentence for every other reader."""
    text = "the meeting on Thursday week; the bursar will pay the day after"
    assert pieces(text, len(text), FULL_STOP) == [text]
    assert len(pieces(text, len(text), SENTENCE_END)) == 2
    assert pieces("周四开会。次日付款", 9, FULL_STOP) == ["周四开会", "次日付款"]
