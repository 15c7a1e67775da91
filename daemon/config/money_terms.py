"""Config models for the money clauses of a contract: late-payment interest, pay-now extras.

Why a module of their own: the contract clauses of issue 13 (``late_interest``, ``pay_now``,
per-client ``statement``) each carry their own parsing rules (a rate "as written" in the
contract, ``万分之五``; a cap that is an amount or a percentage), and
:mod:`daemon.config.schema` stays a list of fields. Same rules as there: unknown keys are
errors, models are immutable, every message says how to fix the value.

Example (YAML, under a contract)::

    late_interest: {rate: 万分之五, per: day, from: due, cap: 10%}
    pay_now: {link: "https://pay.example.cn/HZ-2026-017", qr_image: qr/wechat-pay.png}
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from daemon.config.rates import ARABIC, parse_rate


class _Strict(BaseModel):
    """Same base as :class:`daemon.config.schema.Strict` (that module imports this one)."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class InterestCap(_Strict):
    """The most interest a milestone can bear: an amount, or a percentage of the principal."""

    amount: Decimal | None = Field(None, ge=0, decimal_places=2)
    percent: Decimal | None = Field(None, gt=0, le=100)

    @model_validator(mode="before")
    @classmethod
    def _from_scalar(cls, value: Any) -> Any:
        """``cap: 5000.00`` is an amount, ``cap: 10%`` a percentage of the principal."""
        if isinstance(value, str) and value.strip().endswith("%"):
            return {"percent": value.strip()[:-1].strip()}
        if isinstance(value, str) and not re.fullmatch(ARABIC, value.strip()):
            hint = "write the cap as an amount (5000.00) or a percentage (10%)"
            raise ValueError(f"{value!r}: {hint}")
        if isinstance(value, int | float | Decimal | str) and not isinstance(value, bool):
            return {"amount": value}
        return value

    @model_validator(mode="after")
    def _one_of(self) -> InterestCap:
        if (self.amount is None) == (self.percent is None):
            raise ValueError("give the cap as an amount (5000.00) or a percentage (10%)")
        return self


class LateInterest(_Strict):
    """Interest the contract charges on a late payment (issue 13.5).

    ``rate`` is written as in the contract (``万分之五``, ``0.05%``, ``6%``) or as a
    fraction (``0.0005``); letters quote the words (``written``, filled from ``rate`` when
    it is text). ``per``: the rate is daily or yearly (actual/365). ``from``: interest runs
    from the day after the due date, or from the day after the demand letter went out.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    rate: Decimal = Field(gt=0)
    per: Literal["day", "year"]
    start: Literal["due", "demand"] = Field("due", alias="from")
    cap: InterestCap | None = None
    written: str | None = Field(None, min_length=1, max_length=40)
    """The rate as the contract words it (shown in letters); default: ``rate`` as written."""

    @model_validator(mode="before")
    @classmethod
    def _rate_as_written(cls, data: Any) -> Any:
        if not isinstance(data, dict) or not isinstance(data.get("rate"), str):
            return data
        words = data["rate"]
        try:
            rate, period = parse_rate(words)
        except ValueError:
            return data  # the field check below reports it
        out = {**data, "rate": rate}
        out.setdefault("written", words.strip())
        if period is not None and data.get("per") is None:
            out["per"] = period
        elif period is not None and data.get("per") != period:
            raise ValueError(f"rate {words!r} is a {period}ly rate but per is {data.get('per')!r}")
        return out

    @field_validator("rate", mode="before")
    @classmethod
    def _readable(cls, value: Any) -> Any:
        if isinstance(value, str):
            return parse_rate(value)[0]  # raises the message that says how to write it
        return value

    @model_validator(mode="after")
    def _plausible(self) -> LateInterest:
        if self.per == "day" and self.rate > Decimal("0.01"):
            raise ValueError(
                f"a daily rate of {self.rate * 100:f}% is more than 1% a day; if the contract "
                "says a yearly rate, write per: year (万分之五 a day is 0.0005)"
            )
        if self.per == "year" and self.rate > 1:
            raise ValueError(f"a yearly rate above 100% ({self.rate}): write 6% or 0.06")
        return self


class PayNow(_Strict):
    """Extras of the pay-now block (issue 13.4): a payment link and a collection QR image.

    ``qr_image`` is a PNG or JPEG the company supplies (its WeChat Pay / Alipay collection
    code), relative to the config file; it is shown inline in the HTML part. ``epc_qr``:
    for a EUR contract whose account has an IBAN, a SEPA (EPC) QR code is generated
    unless this is false.
    """

    link: str | None = Field(None, max_length=500)
    qr_image: Path | None = None
    qr_caption: str | None = Field(None, min_length=1, max_length=80)
    """What the image is (default: "Scan to pay")."""
    epc_qr: bool = True

    @field_validator("link")
    @classmethod
    def _https(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not re.fullmatch(r"https://[^\s<>\"]+", value):
            raise ValueError(f"{value!r} is not a link like https://pay.example.cn/INV-017")
        return value


class StatementSettings(_Strict):
    """The statement of account (对账单) each client gets once a month (issue 13.3)."""

    enabled: bool = True
    """False: no statement emails (``cuikuan statement`` still renders one)."""
    day: int = Field(1, ge=1, le=28)
    """Day of the month (client's timezone) from which the statement of the month before
    goes out: the first working day from then, inside the send window."""


def check_iban(value: str) -> str:
    """An IBAN with its check digits right (ISO 13616 mod 97), kept without spaces."""
    iban = re.sub(r"\s+", "", value).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", iban):
        raise ValueError(f"{value!r} is not an IBAN like DE89 3704 0044 0532 0130 00")
    digits = "".join(str(int(ch, 36)) for ch in iban[4:] + iban[:4])
    if int(digits) % 97 != 1:
        raise ValueError(f"{value!r} is not a valid IBAN (its check digits do not match)")
    return iban


def check_bic(value: str) -> str:
    """A BIC (SWIFT code) of 8 or 11 characters."""
    bic = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", bic):
        raise ValueError(f"{value!r} is not a BIC like COBADEFFXXX (8 or 11 characters)")
    return bic
