"""Money, dates and percentages as a client reads them, in Chinese or English.

Letters about money must show amounts the way the reader expects: ``¥50,000.00`` in a
Chinese letter, ``USD 12,000.00`` in an English one (the ISO code is unambiguous across
countries; "$" is not). All functions are pure wrappers around babel so templates and
reports format the same value the same way.

>>> format_money(Decimal("50000"), "CNY", "zh")
'¥50,000.00'
>>> format_money(Decimal("12000"), "USD", "en")
'USD 12,000.00'
>>> format_date(date(2026, 12, 1), "zh")
'2026年12月1日'
>>> format_date(date(2026, 12, 1), "en")
'1 December 2026'
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from daemon.domain.stages import STAGES_TABLE, is_stage
from daemon.domain.stages import stage as stage_info

if TYPE_CHECKING:
    from babel import Locale

# babel is imported by the functions that format, not here: this module's names (stage
# names, payment labels) are read by modules an idle daemon and `cuikuan status` load, and
# babel with its locale data is ~2 MB and ~0.03 s that they would pay for nothing.

LOCALES: dict[str, str] = {"zh": "zh_CN", "en": "en_GB"}
"""Babel locale for each language cuikuan writes in."""

_EN_MONEY_FORMAT = "¤¤ #,##0.00"
"""English letters name the currency by its ISO code: ``USD 12,000.00``."""

_DATE_FORMATS: dict[str, str] = {"zh": "y年M月d日", "en": "d MMMM y"}

_EVENT_NAMES: dict[str, dict[str, str]] = {
    "zh": {
        "acceptance": "验收",
        "delivery": "交付",
        "signing": "合同签订",
        "signature": "合同签订",
        "launch": "上线",
        "go-live": "上线",
        "golive": "上线",
        "invoice": "收到发票",
        "kickoff": "项目启动",
    },
    "en": {
        "acceptance": "acceptance",
        "delivery": "delivery",
        "signing": "signature of the contract",
        "signature": "signature of the contract",
        "launch": "go-live",
        "go-live": "go-live",
        "golive": "go-live",
        "invoice": "receipt of the invoice",
        "kickoff": "project kick-off",
    },
}


STAGE_NAMES: dict[str, dict[str, str]] = {
    lang: {s.name: s.titles[lang] for s in STAGES_TABLE} for lang in ("zh", "en")
}
"""Display name of each stage per language, from :data:`daemon.domain.stages.STAGES_TABLE`."""

LEGAL_COUNSEL = {"zh": "法务顾问", "en": "Counsel"}
"""How a letter to legal counsel greets them when settings.legal has no name."""


def locale_for(language: str) -> Locale:
    """The babel locale for ``language`` (``zh`` or ``en``); unknown languages are errors."""
    return _parsed_locale(_locale_tag(language))


def _locale_tag(language: str) -> str:
    try:
        return LOCALES[language]
    except KeyError:
        raise ValueError(
            f"unsupported language {language!r}: use one of {sorted(LOCALES)}"
        ) from None


@functools.cache
def _parsed_locale(tag: str) -> Locale:
    """Parsed once: babel parses a locale string on every call (~37 times per email)."""
    from babel import Locale

    return Locale.parse(tag)


@functools.lru_cache(maxsize=4096)
def format_money(amount: Decimal, currency: str, language: str) -> str:
    """``¥50,000.00`` (zh, local symbol) or ``USD 12,000.00`` (en, ISO code).

    Cached: a letter shows the same amounts several times (~11 calls per email, each
    ~0.1 ms in babel). Equal amounts (``1010`` and ``1010.00``) format alike, since the
    currency's digits are always shown."""
    from babel.numbers import format_currency

    locale = locale_for(language)
    if language == "en":
        return format_currency(amount, currency, format=_EN_MONEY_FORMAT, locale=locale)
    return format_currency(amount, currency, locale=locale)


def format_date(d: date | datetime, language: str) -> str:
    """``2026年12月1日`` (zh) or ``1 December 2026`` (en). A datetime gives its own date."""
    return _format_day(d.date() if isinstance(d, datetime) else d, language)


@functools.lru_cache(maxsize=4096)
def _format_day(d: date, language: str) -> str:
    """Cached: a tick's letters show the same few days (today, due dates, deadlines)."""
    from babel.dates import format_date as _babel_date

    return _babel_date(d, format=_DATE_FORMATS[language], locale=locale_for(language))


def format_percent(points: Decimal | int, language: str) -> str:
    """A percentage given in points (``2`` means 2 %): ``2%``, ``2.5%``."""
    from babel.numbers import format_percent as _babel_percent

    fraction = Decimal(points) / Decimal(100)
    return _babel_percent(fraction, format="#,##0.##%", locale=locale_for(language))


def event_name(event: str, language: str) -> str:
    """A readable name for a contract event id (``acceptance`` -> ``验收``); else the id."""
    _locale_tag(language)  # an unknown language is an error here too
    return _EVENT_NAMES[language].get(event.lower(), event)


def format_relative_due(event: str, days: int, language: str) -> str:
    """A due date not known yet: ``验收后30天`` / ``30 days after acceptance``."""
    name = event_name(event, language)
    if language == "zh":
        return f"{name}后{days}天" if days else f"{name}当日"
    if days == 0:
        return f"on {name}"
    unit = "day" if days == 1 else "days"
    return f"{days} {unit} after {name}"


def stage_name(stage: str, seq: int, lang: str) -> str:
    """``逾期提醒（第2次）`` / ``overdue reminder no. 2``: a stage as a letter names it."""
    name = STAGE_NAMES[lang].get(stage, stage)
    if is_stage(stage) and stage_info(stage).repeats and seq > 0:
        return f"{name}（第{seq}次）" if lang == "zh" else f"{name} no. {seq}"
    return name


_PAYMENT_WORDS = ("payment", "instalment", "installment")


def payment_label(name: str, language: str) -> str:
    """How a letter names a milestone's payment: ``Mid-term payment``, ``Deposit payment``.

    English letters say "the <label>"; a name that already says payment is not doubled
    ("the Mid-term payment payment"). Chinese names are used as they are (中期款).
    """
    if language != "en" or any(word in name.lower() for word in _PAYMENT_WORDS):
        return name
    return f"{name} payment"
