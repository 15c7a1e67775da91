"""The pay-now block of every payment email (issue 13.4): copy-ready details, one reference.

Why: a client that has to hunt for the account or guesses the reference pays later, and
a client told by a forged email that "our bank account changed" pays a fraudster. So each
payment email (terms, notice, due, reminder, promise broken, demand, escalate) ends its
payment instructions with: account name, bank and account number (``bank_account`` of the
contract, else of ``settings``), the exact reference to write on the transfer (contract
and milestone), and the sentence that the company never changes its bank details by
email. Pure: config objects in, text out.
"""

from __future__ import annotations

from daemon.config.schema import Contract, Milestone, Settings

_TEXT: dict[str, dict[str, str]] = {
    "zh": {
        ":": "：",
        "account_name": "户名",
        "bank": "开户行",
        "account_number": "账号",
        "reference": "付款附言（请照写）",
        "never": "重要提示：我司从不通过电子邮件变更收款账户。如收到任何声称账户变更的邮件，"
        "请勿付款，并先电话联系我司项目经理核实。",
    },
    "en": {
        ":": ": ",
        "account_name": "Account name",
        "bank": "Bank",
        "account_number": "Account number",
        "reference": "Payment reference (write exactly)",
        "never": "Important: we never change our bank details by email. If an email tells you "
        "our account has changed, do not pay; call your project manager at our company first.",
    },
}


def payment_reference(contract: Contract, milestone: Milestone | None) -> str:
    """What the client writes on the transfer: the contract id, and the milestone's."""
    return contract.id if milestone is None else f"{contract.id} {milestone.id}"


def pay_now_block(
    settings: Settings, contract: Contract, milestone: Milestone | None, language: str
) -> str:
    """The block as plain lines (the HTML templates keep its line breaks)."""
    return pay_now_lines(settings, contract, [payment_reference(contract, milestone)], language)


def pay_now_lines(
    settings: Settings, contract: Contract, references: list[str], language: str
) -> str:
    """The block with one reference line per payment (a letter about several, issue 13.2)."""
    text = _TEXT.get(language, _TEXT["en"])
    sep = text[":"]
    account = contract.bank_account or settings.bank_account
    lines: list[str] = []
    if account is not None:
        lines += [
            f"{text['account_name']}{sep}{account.account_name}",
            f"{text['bank']}{sep}{account.bank}",
            f"{text['account_number']}{sep}{account.account_number}",
        ]
    lines += [f"{text['reference']}{sep}{reference}" for reference in references]
    lines.append(text["never"])
    return "\n".join(lines)


def with_pay_now(
    settings: Settings, contract: Contract, milestone: Milestone | None, language: str
) -> str:
    """The contract's payment instructions followed by the pay-now block."""
    block = pay_now_block(settings, contract, milestone, language)
    return f"{contract.payment_instructions.strip()}\n\n{block}"
