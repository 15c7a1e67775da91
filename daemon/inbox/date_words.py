"""The words dates are written with: month names, weekday names (one table, each reader
taking the languages it should reach), Chinese weekday characters, numbers and ordinals as
words.

Why one module: the finders (:mod:`daemon.inbox.date_rules`, :mod:`daemon.inbox.date_relative`,
:mod:`daemon.inbox.date_weeks`, :mod:`daemon.inbox.date_windows`,
:mod:`daemon.inbox.date_festivals`) read the same words; a name added here is added for each
reader whose reach includes its language. Reaches differ on purpose (:func:`weekdays`):
English readers ("by Friday", "next Tuesday") read English with its common typos, every day
of the week; the ISO-week reader ("Thursday week 51", "torsdag v. 51") reads the work days
in the languages of offices that plan by week numbers, and no typos. A Swedish or German
weekday alone ("am Donnerstag") is no date: cuikuan would not know which week.
"""

from __future__ import annotations

from daemon.inbox.zh_numerals import DIGITS

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            (),
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))

WEEKDAY_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        ("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"),
        ("thursday", "thu", "thur", "thurs"), ("friday", "fri"), ("saturday", "sat"),
        ("sunday", "sun"),
    ),
    "en_typos": (
        ("mondy", "monay"), ("tuseday", "teusday"), ("wendesday", "wensday", "wednsday"),
        ("thrusday", "thursay"), ("fridy", "firday", "fiday", "frday"), (), (),
    ),
    "nordic": (("måndag",), ("tisdag",), ("onsdag",), ("torsdag",), ("fredag",), (), ()),
    "german": (("montag",), ("dienstag",), ("mittwoch",), ("donnerstag",), ("freitag",), (), ()),
    "finnish": (
        ("maanantai",), ("tiistai",), ("keskiviikko",), ("torstai",), ("perjantai",), (), (),
    ),
}  # fmt: skip
"""The weekdays' names by language, Monday first; a reader takes the languages it reaches."""


def weekdays(*languages: str, days: int = 7) -> dict[str, int]:
    """Each name of ``languages`` -> its weekday (Monday 0), for the first ``days`` days of the
    week only (5: the work days)."""
    return {
        name: day
        for language in languages
        for day, names in enumerate(WEEKDAY_NAMES[language][:days])
        for name in names
    }


def names_re(names: dict[str, int]) -> str:
    """A regex alternation of ``names``, longest first (so "thurs" is not read as "thu")."""
    return "|".join(sorted(names, key=len, reverse=True))


EN_WEEKDAYS = weekdays("en", "en_typos")
"""What English readers understand: every day, with the typos clients make."""
EN_WD_RE = names_re(EN_WEEKDAYS)
EN_FULL_WD_RE = "|".join(names[0] for names in WEEKDAY_NAMES["en"])
"""Monday ... Sunday in full: a weekday with no word before it ("we pay Friday")."""
ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}

ZH_NUMBERS = {**DIGITS, "十": 10}
"""One Chinese digit or 十 as a number (the digit table is zh_numerals')."""

EN_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()  # noqa: SIM905
    )
}
EN_NUMBERS.update({"a": 1, "a couple of": 2, "a few": 3, "fourteen": 14, "thirty": 30})
EN_COUNT = r"\d{1,3}|" + "|".join(sorted(EN_NUMBERS, key=len, reverse=True))


def en_int(token: str) -> int:
    token = token.lower()
    return int(token) if token.isdigit() else EN_NUMBERS[token]


ORD = r"(?:st|nd|rd|th)?"
_ORDINAL_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
EN_ORDINALS = {w: i for i, w in enumerate(_ORDINAL_UNITS, start=1)}
EN_ORDINALS.update({"twentieth": 20, "thirtieth": 30})
for _tens, _value in (("twenty", 20), ("thirty", 30)):
    for _unit, _n in list(EN_ORDINALS.items())[:9]:
        if _value + _n <= 31:
            EN_ORDINALS[f"{_tens}-{_unit}"] = EN_ORDINALS[f"{_tens} {_unit}"] = _value + _n
EN_ORDINAL_RE = "|".join(sorted(EN_ORDINALS, key=len, reverse=True))
"""Day numbers written as words ("on the tenth", "by the twenty-first")."""


def zh_int(token: str) -> int | None:
    """'3' -> 3, '三' -> 3, '十' -> 10, '两' -> 2."""
    if token.isdigit():
        return int(token)
    return ZH_NUMBERS.get(token)
