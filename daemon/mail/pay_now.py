"""The pay-now block of every payment email (issue 13.4): copy-ready details, one reference.

Why: a client that has to hunt for the account or guesses the reference pays later, and
a client told by a forged email that "our bank account changed" pays a fraudster. So each
payment email (terms, notice, due, reminder, promise broken, demand, escalate) ends its
payment instructions with: account name, bank and account number (``bank_account`` of the
contract, else of ``settings``), the exact reference to write on the transfer (contract
and milestone), and the sentence that the company never changes its bank details by
email. Pure: config objects in, text out.

With ``pay_now`` (contract, else settings) a payment link and the company's collection QR
image, and for EUR accounts with an IBAN a generated SEPA (EPC) QR code
(:mod:`daemon.mail.qr`), are added to the payment letters (:func:`pay_now_extras`).
"""

from __future__ import annotations

import re
from typing import Any

from daemon.config.records import BankAccount, Config, Contract, Milestone, Settings
from daemon.domain import disputes, payments
from daemon.domain.state import StateView
from daemon.errors import TemplateError
from daemon.mail.parts import InlineImage
from daemon.mail.qr import collection_image, epc_qr

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
        if account.iban and _digits(account.iban) != _digits(account.account_number):
            lines.append(f"IBAN{sep}{_grouped(account.iban)}")
        if account.bic:
            lines.append(f"BIC (SWIFT){sep}{account.bic}")
    lines += [f"{text['reference']}{sep}{reference}" for reference in references]
    lines.append(text["never"])
    return "\n".join(lines)


def with_pay_now(
    settings: Settings, contract: Contract, milestone: Milestone | None, language: str
) -> str:
    """The contract's payment instructions followed by the pay-now block.

    Lines of the instructions that the block states again are left out: the account's
    name, bank and number when a ``bank_account`` is configured (written once, the way
    the block writes them), and any reference line (the block's exact reference is the
    one to write; ``Reference: HZ-2026-017`` beside ``HZ-2026-017 midterm`` would be two).
    """
    reference = payment_reference(contract, milestone)
    return instructions_with_block(settings, contract, [reference], language)


def instructions_with_block(
    settings: Settings, contract: Contract, references: list[str], language: str
) -> str:
    """:func:`with_pay_now` for a letter about several payments (one reference each)."""
    block = pay_now_lines(settings, contract, references, language)
    account = contract.bank_account or settings.bank_account
    kept = [
        line
        for line in contract.payment_instructions.strip().splitlines()
        if not _said_by_block(line, account)
    ]
    instructions = "\n".join(kept).strip()
    return f"{instructions}\n\n{block}" if instructions else block


_REFERENCE_LABELS = re.compile(
    r"^\s*(payment\s+)?(reference|ref\.?|remittance|附言|付款附言|备注|用途|摘要|汇款用途)\s*[:：]",
    re.I,
)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _grouped(iban: str) -> str:
    """An IBAN in groups of four, the way it is printed (DE89 3704 0044 ...)."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _said_by_block(line: str, account: BankAccount | None) -> bool:
    """Whether ``line`` of the instructions repeats what the pay-now block states."""
    if _REFERENCE_LABELS.match(line):
        return True
    if account is None or not line.strip():
        return False
    number = _digits(account.account_number)
    if len(number) >= 6 and number in _digits(line):
        return True
    value = re.split(r"[:：]", line, maxsplit=1)[-1].strip()
    return value in (account.account_name.strip(), account.bank.strip())


PAYMENT_STAGES = frozenset(
    {"terms", "notice", "due", "reminder", "promise_broken", "demand", "escalate", "suspend"}
)
"""The letters that ask for payment: they carry the link and the QR codes."""

_CAPTIONS: dict[str, dict[str, str]] = {
    "zh": {"qr": "扫码付款", "epc": "SEPA 转账二维码（请用银行 App 扫描）"},
    "en": {"qr": "Scan to pay", "epc": "SEPA transfer QR code (scan with your banking app)"},
}


def pay_now_extras(
    config: Config,
    contract: Contract,
    milestone: Milestone | None,
    stage: str,
    language: str,
    state: StateView,
) -> tuple[dict[str, Any] | None, tuple[InlineImage, ...]]:
    """The ``pay_now`` template context (link, images by cid) and the images to attach.

    For the payment stages only: the contract's ``pay_now`` (else ``settings.pay_now``)
    link and collection QR image, and for a EUR contract whose account has an IBAN a SEPA
    (EPC) code for what remains of the milestone. (None, ()) when there is nothing.
    """
    if stage not in PAYMENT_STAGES:
        return None, ()
    settings = config.settings
    extras = contract.pay_now or settings.pay_now
    account = contract.bank_account or settings.bank_account
    captions = _CAPTIONS.get(language, _CAPTIONS["en"])
    images: list[InlineImage] = []
    if extras is not None and extras.qr_image is not None:
        path = extras.qr_image
        path = path if path.is_absolute() else config.base_dir / path
        if not path.is_file():
            raise TemplateError(f"pay_now.qr_image {path} does not exist: fix the path")
        images.append(collection_image(path, extras.qr_caption or captions["qr"]))
    remaining = None
    if milestone is not None:
        ms = state.milestone(contract.id, milestone.id)
        remaining = disputes.undisputed(payments.paid_so_far(contract, milestone, ms), ms)
    epc_wanted = extras is None or extras.epc_qr
    iban = account.iban if account is not None and contract.currency == "EUR" else None
    if epc_wanted and account is not None and iban and remaining is not None and remaining > 0:
        reference, name = payment_reference(contract, milestone), account.account_name
        images.append(epc_qr(name, iban, remaining, reference, account.bic, captions["epc"]))
    link = extras.link if extras is not None else None
    if not images and not link:
        return None, ()
    context = {
        "link": link or "",
        "images": [{"cid": image.cid, "caption": image.caption} for image in images],
    }
    return context, tuple(images)
