"""One table of weekday names, each reader with its own reach (date_words.WEEKDAY_NAMES):
English readers read English with its typos, every day; the ISO-week reader reads the work
days in English, Nordic, German and Finnish, no typos. A foreign weekday alone is no date."""

from __future__ import annotations

from datetime import date

from daemon.inbox.date_words import EN_WEEKDAYS, weekdays, zh_int
from daemon.inbox.promise_dates import find_dates

BASE = date(2026, 11, 24)  # a Tuesday


def _rules(text: str) -> list[tuple[str, date]]:
    return [(h.rule, h.day) for h in find_dates(text, BASE)]


def test_english_readers_read_typos_and_every_day() -> None:
    assert _rules("we pay on thrusday") == [("en_weekday", date(2026, 11, 26))]
    assert _rules("by Saturday") == [("en_weekday", date(2026, 11, 28))]
    assert EN_WEEKDAYS["firday"] == 4


def test_a_nordic_or_german_weekday_alone_is_no_date() -> None:
    assert _rules("Zahlung am Donnerstag") == []
    assert _rules("betalning på torsdag") == []


def test_the_iso_week_reader_reads_planners_work_days_without_typos() -> None:
    assert _rules("Zahlung Donnerstag KW 51") == [("iso_week", date(2026, 12, 17))]
    assert _rules("maksu perjantai viikko 50") == [("iso_week", date(2026, 12, 11))]
    assert "iso_week" not in {rule for rule, _ in _rules("on thrusday week 51")}
    assert "iso_week" not in {rule for rule, _ in _rules("on Saturday week 51")}


def test_weekdays_takes_languages_and_the_first_days() -> None:
    work = weekdays("en", "nordic", days=5)
    assert work["fredag"] == 4
    assert "saturday" not in work
    assert weekdays("en")["sun"] == 6


def test_one_chinese_digit_table_serves_dates_and_counts() -> None:
    """date_words reads zh_numerals' digit table (no twin): Traditional 兩 is 2 in both."""
    assert [zh_int(t) for t in ("兩", "两", "十", "9", "x")] == [2, 2, 10, 9, None]
