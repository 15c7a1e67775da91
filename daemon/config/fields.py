"""The building blocks of the config schema: checked scalar types and the strict base model.

Why apart from :mod:`daemon.config.schema`: every model there is made of these (an id, an
address, a day, an amount of money, a timezone name), and the checks behind them (no line
break that could inject a mail header, a number that YAML read where a date was meant)
are the same everywhere; the models read better without them in between.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, time
from decimal import Decimal
from email.utils import parseaddr
from typing import Annotated, Any, Literal, Self
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
)

Language = Literal["zh", "en"]

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_EMAIL_RE = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def _check_id(value: str) -> str:
    if not _ID_RE.match(value):
        raise ValueError(
            f"{value!r} is not a valid id: use letters, digits, '-', '_' or '.', "
            "starting with a letter or digit, at most 64 characters"
        )
    return value


def _check_header_text(value: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError("must be a single line (line breaks could inject mail headers)")
    return value


def _check_email(value: str) -> str:
    _check_header_text(value)
    name, addr = parseaddr(value)
    if name or addr != value.strip() or not _EMAIL_RE.match(addr):
        raise ValueError(f"{value!r} is not an email address like name@example.com")
    return addr.lower()


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{value!r} is not an IANA timezone like Asia/Shanghai") from exc
    return value


def _check_currency(value: str) -> str:
    if not re.fullmatch(r"[A-Z]{3}", value):
        raise ValueError(f"{value!r} is not an ISO 4217 currency code like CNY or USD")
    return value


def _not_a_number(value: object) -> object:
    """Pydantic reads a number as a Unix timestamp; in YAML that is always a typo."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        raise ValueError(f"{value} is not a date or time: write 2026-12-18 or 09:00")
    return value


Day = Annotated[date, BeforeValidator(_not_a_number)]
TimeOfDay = Annotated[time, BeforeValidator(_not_a_number)]
Id = Annotated[str, AfterValidator(_check_id)]
HeaderText = Annotated[str, AfterValidator(_check_header_text)]
EmailAddress = Annotated[str, AfterValidator(_check_email)]
TimeZoneName = Annotated[str, AfterValidator(_check_timezone)]
Currency = Annotated[str, AfterValidator(_check_currency)]
Money = Annotated[Decimal, Field(ge=0, decimal_places=2)]


class Strict(BaseModel):
    """Base for every config model: unknown keys are errors, models are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def model_post_init(self, context: Any, /) -> None:
        """Share the set of given field names with every model given the same names.

        pydantic keeps, per instance, the set of fields the YAML gave: 216-728 bytes each,
        17.5 MB of the daemon's memory at 10,000 contracts (61,000 models) for ~30 distinct
        sets. The models are frozen, so pydantic never adds to an instance's set
        (``model_copy`` copies it first): equal sets can be one object.
        """
        self._share_fields_set()

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy (its own set first, as pydantic adds the updated names), then shared."""
        copied = super().model_copy(update=update, deep=deep)
        copied._share_fields_set()
        return copied

    def _share_fields_set(self) -> None:
        own = self.__pydantic_fields_set__
        one = _FIELDS_SETS.setdefault(frozenset(own), own)
        if one is not own:
            object.__setattr__(self, "__pydantic_fields_set__", one)


_FIELDS_SETS: dict[frozenset[str], set[str]] = {}
"""One set per distinct set of given field names (a few dozen: bounded by the schema)."""


class Person(Strict):
    """Someone mail goes to: a display name and an address."""

    name: HeaderText = ""
    email: EmailAddress
