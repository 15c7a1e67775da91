"""A rate of interest as a contract writes it: 万分之五/日, 0.05%, 年利率6%, 0.0005.

Why apart from :mod:`daemon.config.money_terms`: the config check reads the rate with it
and letters quote its period (:mod:`daemon.mail.interest_text`); the daemon must read it
without the config models (no pydantic in the long-lived process, issue 15).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Literal

ARABIC = r"\d+(?:\.\d+)?"
_PERCENT = re.compile(rf"^({ARABIC})\s*(%|‰|‱)$")
_CHINESE = re.compile(r"^(百|千|万)分之(.+)$")
_SCALE = {"%": 100, "‰": 1000, "‱": 10000, "百": 100, "千": 1000, "万": 10000}
_DAY_WORDS = ("每日", "每天", "日", "天", "/day", "per day", "a day", "daily")
_YEAR_WORDS = ("每年", "年利率", "年", "/year", "per year", "a year", "p.a.", "per annum")
_DIGITS = {"零": "0", "〇": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4"}
_DIGITS |= {"五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "点": "."}


def _chinese_number(text: str) -> Decimal:
    """``五`` -> 5, ``二点一`` -> 2.1, ``十`` -> 10, ``2.1`` -> 2.1 (small numbers only)."""
    text = text.strip()
    if re.fullmatch(ARABIC, text):
        return Decimal(text)
    if text == "十":
        return Decimal(10)
    match = re.fullmatch(r"([一二三四五六七八九两]?)十([一二三四五六七八九]?)", text)
    if match:
        tens = int(_DIGITS[match[1]]) if match[1] else 1
        units = int(_DIGITS[match[2]]) if match[2] else 0
        return Decimal(tens * 10 + units)
    if text and all(ch in _DIGITS for ch in text):
        return Decimal("".join(_DIGITS[ch] for ch in text))
    raise ValueError(text)


def parse_rate(written: str) -> tuple[Decimal, Literal["day", "year"] | None]:
    """The rate as a fraction, and the period the words name (None: they name none).

    ``万分之五/日`` -> (0.0005, "day"); ``0.05%`` -> (0.0005, None); ``年利率6%`` ->
    (0.06, "year"). ValueError when the text is no rate.
    """
    text = written.strip().lower()
    per: Literal["day", "year"] | None = None
    for words, period in ((_YEAR_WORDS, "year"), (_DAY_WORDS, "day")):
        for word in sorted(words, key=len, reverse=True):
            if text.startswith(word) or text.endswith(word):
                text = (text[len(word) :] if text.startswith(word) else text[: -len(word)]).strip()
                per = "year" if period == "year" else "day"
                break
        if per is not None:
            break
    text = text.strip(" /")
    try:
        if match := _PERCENT.match(text):
            return Decimal(match[1]) / _SCALE[match[2]], per
        if match := _CHINESE.match(text):
            return _chinese_number(match[2]) / _SCALE[match[1]], per
        return Decimal(text), per
    except (ValueError, InvalidOperation):
        raise ValueError(
            f"{written!r} is not a rate: write it as in the contract (万分之五, 0.05%, 6%) "
            "or as a fraction (0.0005)"
        ) from None
