"""The bank statement headers cuikuan knows without a ``mapping`` in the config.

Why apart from :mod:`daemon.config.bank`: the daemon reads statements with these and holds
its config as records (:mod:`daemon.config.records`), never importing pydantic; the model's
default ``credit_marks`` and the preset's are this one list.
"""

from __future__ import annotations

from daemon.config.records import ColumnMapping

CREDIT_MARKS = ("贷", "收", "收入", "来账", "C", "CR")
"""Marks of a credit in a debit/credit column (借贷标志)."""

PRESET = ColumnMapping(
    date=["交易日期", "记账日期", "入账日期", "交易时间", "日期", "Date", "Booking date"],
    amount=[
        "贷方发生额",
        "收入金额",
        "贷方金额",
        "收入",
        "来账金额",
        "Credit",
        "Credit amount",
        "Amount",
    ],
    payer=[
        "对方户名",
        "对方账户名称",
        "对方名称",
        "对方单位",
        "付款人名称",
        "付款方",
        "Payer",
        "Counterparty",
        "Name",
    ],
    account=["对方账号", "对方账户", "付款人账号", "对方卡号", "Payer account", "Account"],
    memo=["摘要", "用途", "附言", "备注", "交易附言", "Description", "Reference", "Memo"],
    reference=["交易流水号", "流水号", "银行流水号", "交易参考号", "凭证号", "Transaction ID"],
    currency=["币种", "货币", "Currency"],
    direction=["借贷标志", "借贷方向", "收支方向", "Dr/Cr"],
    credit_marks=list(CREDIT_MARKS),
)
"""The layouts most Chinese enterprise online banking exports, and plain English ones."""
