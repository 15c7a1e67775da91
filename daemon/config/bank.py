"""The ``settings.bank`` section: where statements are dropped and how their columns read.

Why: a PM exports the account's statement from online banking (CSV or Excel in the bank's
own layout, or MT940 / CAMT.053 / OFX) and drops it in a folder; cuikuan must know which
column holds the date, the credit amount, the payer and the words the payer wrote. The
usual Chinese enterprise online-banking headers (交易日期, 对方户名, 对方账号, 贷方发生额 or
收入金额, 摘要/用途/附言, 交易流水号) and common English ones are known without any setting
(:data:`~daemon.config.bank_preset.PRESET`); a bank with other headers gets a ``mapping``
in the config. Pure model.

Example (``config.yaml``)::

    settings:
      bank:
        currency: CNY
        mapping:                     # only for a layout the presets do not know
          date: [记账日]
          amount: [收款金额]
          payer: [付款方]
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from daemon.config.bank_preset import CREDIT_MARKS


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ColumnMapping(_Strict):
    """Header names of a CSV/Excel statement, per field; any one of each list may appear.

    Headers are compared without spaces, case, full-width forms and a unit in brackets
    (``收入金额(元)`` reads as ``收入金额``).
    """

    date: list[str] = Field(min_length=1)
    """The booking or transaction date."""
    amount: list[str] = Field(min_length=1)
    """The credit amount (贷方发生额, 收入金额), or a signed amount with ``direction``."""
    payer: list[str] = Field(min_length=1)
    """The payer's name (对方户名)."""
    account: list[str] = Field(default_factory=list)
    """The payer's account number (对方账号)."""
    memo: list[str] = Field(default_factory=list)
    """What the payer wrote (摘要, 用途, 附言); every one present is read."""
    reference: list[str] = Field(default_factory=list)
    """The bank's own transaction id (交易流水号), so a transaction is imported once."""
    currency: list[str] = Field(default_factory=list)
    direction: list[str] = Field(default_factory=list)
    """A debit/credit column (借贷标志); rows whose mark is not in ``credit_marks`` are skipped."""
    credit_marks: list[str] = Field(default_factory=lambda: list(CREDIT_MARKS))


class BankSettings(_Strict):
    """Bank statements: the folder watched, the column mapping, the matching knobs."""

    folder: Path | None = None
    """Statements are dropped in ``<folder>/incoming/``; read ones move to ``done/`` or
    ``failed/``. Default: ``<data_dir>/bank``."""
    currency: str = Field("CNY", pattern=r"^[A-Z]{3}$")
    """The account's currency, for statements that do not name one (most CSV exports)."""
    mapping: ColumnMapping | None = None
    """Column names of your bank's CSV/Excel export; default:
    :data:`~daemon.config.bank_preset.PRESET`."""
    encoding: Literal["auto", "utf-8", "gbk"] = "auto"
    """CSV text encoding; ``auto`` reads UTF-8 (with or without BOM), else GB18030/GBK."""
    claim_wait_days: int = Field(3, ge=1, le=60)
    """A client's "we paid" with no matching credit after this many working days goes to
    the PM's list."""
    name_score: int = Field(88, ge=50, le=100)
    """How alike (0-100, :mod:`daemon.bank.likeness`) a payer's name must be to the client's
    name or an alias."""
