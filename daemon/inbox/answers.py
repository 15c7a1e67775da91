"""Answers to routine requests (issue 13.6): the invoice again, our bank or invoicing details.

Why: a large share of client replies in collections are "please resend the invoice" or
"what are your bank details?". A person answering them costs days; the answer is in the
config. So for a confident ``resend_request`` from an authenticated contact of the
matched client (:mod:`daemon.inbox.authorize`), cuikuan answers in the thread at once,
the PM in copy:

* ``invoice`` -> the milestone's invoice file attached (only when it has one);
* ``bank_details`` -> the contract's payment instructions with the pay-now block
  (:mod:`daemon.mail.pay_now`), which says we never change bank details by email;
* ``invoicing_details`` (开票信息, tax number) -> ``settings.invoicing``.

and an open milestone's chase waits ``policy.answer_hold_days``. Anything it cannot
answer from the config (no invoice file, no ``settings.invoicing``, nothing recognisable
asked, a paper only we can produce: a bank's letter or certificate, a registration
certificate, a tax form), and any request that speaks of a *changed* or *new* account,
goes to the PM as before (:func:`daemon.inbox.decide.needs_pm`): a question about a change
of our bank account is a fraud pattern and is never answered by a machine.

The answer's send key derives from the request's Message-ID (:func:`~daemon.inbox.facts.key_for`):
the same message processed twice is answered once, a second request a day later again.
Pure: facts in, a :class:`~daemon.inbox.facts.Decision` (or None) out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Literal

from daemon.config.records import Config, Milestone
from daemon.domain.emails import message_id
from daemon.domain.events import Answered
from daemon.domain.ledger import Ledger
from daemon.domain.resolve import message_id_domain
from daemon.domain.state import MilestoneState, SendKey
from daemon.inbox.facts import (
    Decision,
    Facts,
    OutgoingEmail,
    StateChange,
    change,
    key_for,
    later,
    policy,
    safe_id,
)
from daemon.inbox.quotes import strip_quoted

Item = Literal["invoice", "bank_details", "invoicing_details"]
ITEMS: tuple[Item, ...] = ("invoice", "bank_details", "invoicing_details")
ANSWER = "answer"
"""The send key's name and the template of every answer."""
ANSWERABLE = frozenset({"open", "promised"})
"""Statuses in which a request is answered alone; held or disputed ones go to the PM."""

_ASKS: dict[Item, re.Pattern[str]] = {
    "invoicing_details": re.compile(
        r"开票|開票|税号|稅號|纳税人识别号|納稅人識別號|统一社会信用代码|統一社會信用代碼|"
        r"\binvoicing (?:details|information|info|data)|\bbilling (?:details|information|info)|"
        r"\b(?:tax|vat) (?:id|number|no\.?|registration)",
        re.I,
    ),
    "bank_details": re.compile(
        r"银行|銀行|开户行|開戶行|账户|帳戶|賬戶|账号|帳號|賬號|收款信息|收款资料|匯款資料|汇款信息|"
        r"\bbank|\b(?:account|payment|remittance|wire|banking) (?:details|information|info|"
        r"instructions|number)|\biban\b|\bswift\b",
        re.I,
    ),
    "invoice": re.compile(r"发票|發票|账单|帳單|賬單|\binvoices?\b|\bbill\b", re.I),
}
"""What a request names; a request naming none of them but "resend" means the invoice."""
_CHANGE = re.compile(
    r"变更|更改|更换|换了|改了|变了|有变|变动|新的|新账|新帐|另一|其他账|不一致|不一样|不同|"
    r"變更|更換|換了|變了|新帳|另一個|不一樣|"
    r"\b(?:change[sd]?|changing|new|updated?|different|another|other|correct|still)\b",
    re.I,
)
"""A change, a new account, a check of the account: the fraud pattern, never answered."""
_PAPER = re.compile(
    r"(?:银行|銀行)?(?:资信证明|資信證明|开户证明|開戶證明|开户许可证|開戶許可證|营业执照|營業執照)|"
    r"\bbank(?:ing)? (?:certificate|letter|reference)|"
    r"\b(?:bank|account|banking) (?:confirmation|verification|reference) (?:letter|certificate)|"
    r"\bletter from your bank\b|\bcertificaci[oó]n bancaria\b|"
    r"\b(?:company |business )?(?:registration|incorporation) certificate\b|"
    r"\bw-?8[a-z-]*\b|\bw-?9\b|\btax (?:residency )?certificate\b",
    re.I,
)
"""A paper only we can produce (a bank's letter or certificate on our account, a registration
certificate, a tax form): the config holds none, and our bank details sent in its place are no
answer (a vendor registration waits on it): the PM answers."""


def requested(text: str) -> tuple[Item, ...]:
    """What the client's own words ask for, in :data:`ITEMS` order (pure)."""
    return tuple(item for item in ITEMS if _ASKS[item].search(text))


def own_words(f: Facts) -> str:
    """The client's own words: what the classifier read, else the text without quotes."""
    return f.classification.text_considered or strip_quoted(f.mail.text)


def answer_request(f: Facts, base: MilestoneState | None, status: str | None) -> Decision | None:
    """The decision answering ``f``'s request, or None when the PM must answer it.

    ``base`` and ``status``: the matched milestone's state (``last_contact`` already set)
    and effective status; both None for a request about the whole contract.
    """
    c = f.classification
    if c.kind != "resend_request" or not c.confident or f.auth.role != "client":
        return None
    if not f.auth.allowed or f.match.contract is None:
        return None
    if status is not None and status not in ANSWERABLE:
        return None
    words = own_words(f)
    if _CHANGE.search(words) or _PAPER.search(words):
        return None
    found = f.ledger.find(f.match.contract, f.match.milestone)
    if found is None:
        return None
    milestone = found[2]
    asked = requested(words)
    if not asked and milestone is not None and milestone.invoice is not None:
        asked = ("invoice",)  # "could you resend it?" in the thread of a letter with it
    if not asked or not all(_can_answer(f.config, item, milestone) for item in asked):
        return None
    inbound = safe_id(f.mail.message_id)
    thread = [i for i in (safe_id(r) for r in f.mail.references[-10:]) if i]
    if inbound:
        thread.append(inbound)
    changes: tuple[StateChange, ...] = ()
    hold = None
    if base is not None and status == "open":
        hold = later(base.hold_until, f.now + timedelta(days=policy(f).answer_hold_days))
        why = f"answered the client's request ({', '.join(asked)}): chase waits"
        changes = (change(f, replace(base, hold_until=hold, reason=why), "reply:answered"),)
    email = answer_spec(
        f.config,
        f.ledger,
        key_for(f, ANSWER),
        asked,
        held=hold is not None,
        in_reply_to=inbound,
        references=tuple(dict.fromkeys(thread)),
    )
    if email is None:
        return None
    attachments = email.attachments
    event = Answered(
        at=f.now,
        contract=f.match.contract,
        milestone=f.match.milestone,
        items=asked,
        request_id=f.inbound_id,
        sender=f.mail.from_addr,
        message_id=message_id(email.key, message_id_domain(f.config), f.state.message_key),
        attachments=tuple(p.name for p in attachments),
        hold_until=hold,
    )
    return Decision("processed", "answered", changes=changes, emails=(email,), events=(event,))


def answer_spec(
    config: Config,
    ledger: Ledger,
    key: SendKey,
    asked: tuple[Item, ...],
    *,
    held: bool,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> OutgoingEmail | None:
    """The answer email about ``key``'s contract/milestone giving ``asked`` (None: nobody
    to send it to). ``cuikuan preview C M answer`` renders one with everything it can give."""
    view = ledger.contract(key.contract)
    found = ledger.find(key.contract, key.milestone)
    if view is None or found is None:
        return None
    milestone = found[2]
    attachments: tuple[Path, ...] = ()
    if "invoice" in asked and milestone is not None and milestone.invoice is not None:
        invoice = milestone.invoice
        attachments = (invoice if invoice.is_absolute() else config.base_dir / invoice,)
    to, cc = ledger.recipients(view.id, ANSWER)
    if not to:
        return None
    return OutgoingEmail(
        key,
        ANSWER,
        view.language,
        to,
        cc,
        context={"answer": _context(config, asked, attachments, held=held)},
        letter=True,
        in_reply_to=in_reply_to,
        references=references,
        attachments=attachments,
    )


def answerable(config: Config, milestone: Milestone | None) -> tuple[Item, ...]:
    """Everything the config can give about ``milestone`` (or its contract, for None)."""
    return tuple(item for item in ITEMS if _can_answer(config, item, milestone))


def _can_answer(config: Config, item: Item, milestone: Milestone | None) -> bool:
    if item == "invoice":
        return milestone is not None and milestone.invoice is not None
    if item == "invoicing_details":
        return config.settings.invoicing is not None
    return True  # payment_instructions are required on every contract


def _context(
    config: Config, asked: tuple[Item, ...], attachments: tuple[Path, ...], *, held: bool
) -> dict[str, object]:
    """What the answer templates show: which parts, and the invoicing details' lines."""
    details = config.settings.invoicing
    lines: list[tuple[str, str]] = []
    if details is not None and "invoicing_details" in asked:
        for field in ("name", "tax_id", "address", "phone", "bank", "account_number"):
            value = getattr(details, field)
            if value:
                lines.append((field, value))
    return {
        "held": held,
        "invoice": "invoice" in asked,
        "invoice_name": ", ".join(p.name for p in attachments),
        "bank_details": "bank_details" in asked,
        "invoicing_details": lines,
    }
