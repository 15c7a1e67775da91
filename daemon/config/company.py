"""The company's own details in the config: its collection account and invoicing details.

They are what cuikuan tells clients about us (the pay-now block, 开票信息 on request), so
each field is checked as it will be printed: header-safe text, IBAN/BIC check digits,
a tax number of the right shape.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field

from daemon.config.fields import HeaderText, Strict
from daemon.config.money_terms import check_bic, check_iban


class BankAccount(Strict):
    """The company's collection account, shown copy-ready in every payment email."""

    account_name: HeaderText = Field(min_length=1)
    bank: HeaderText = Field(min_length=1)
    account_number: HeaderText = Field(min_length=1)
    iban: Annotated[str, AfterValidator(check_iban)] | None = None
    """For a EUR contract, the pay-now block shows a SEPA (EPC) QR code with it."""
    bic: Annotated[str, AfterValidator(check_bic)] | None = None


def _check_tax_id(value: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 -]{4,38}[A-Za-z0-9]", value):
        raise ValueError(
            f"{value!r} is not a tax number: use the letters and digits of the 统一社会信用代码 "
            "(18 characters) or the VAT number, as printed on invoices"
        )
    return value


class InvoicingDetails(Strict):
    """The company's invoicing details (开票信息), sent when a client asks for them."""

    name: HeaderText = Field(min_length=1)
    """The registered company name (名称), exactly as on invoices."""
    tax_id: Annotated[str, AfterValidator(_check_tax_id)]
    """纳税人识别号 / 统一社会信用代码, or the VAT number."""
    address: HeaderText | None = Field(None, min_length=1)
    phone: HeaderText | None = Field(None, min_length=1)
    bank: HeaderText | None = Field(None, min_length=1)
    """开户行 for invoices."""
    account_number: HeaderText | None = Field(None, min_length=1)
