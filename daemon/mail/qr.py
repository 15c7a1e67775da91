"""QR images for the pay-now block (issue 13.4), shown inline in the HTML part.

Why: a client that can scan pays at once, with the amount and reference filled in. Two
kinds: the static collection code the company supplies (its WeChat Pay / Alipay code:
``pay_now.qr_image``, a PNG or JPEG checked when the config loads), and, for a EUR
contract whose account has an IBAN, a SEPA credit-transfer code in the EPC format
(European Payments Council, "BCD" payload: name, IBAN, BIC, amount, remittance text)
that European banking apps read. The EPC payload is built here (:func:`epc_payload`) and
drawn with ``segno`` (pure Python, no image library) as PNG, the format every common
mail program shows inline.

The images travel as ``multipart/related`` parts referenced by ``cid:`` from the HTML
(:func:`daemon.mail.compose.compose_message`); their Content-IDs are fixed names, so the
same email always has the same bytes.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from daemon.mail.parts import InlineImage, image_subtype

if TYPE_CHECKING:
    from segno import QRCode


def collection_image(path: Path, caption: str) -> InlineImage:
    """The company's own collection code, read from ``path`` (checked at config load)."""
    data = path.read_bytes()
    subtype = image_subtype(data)
    if subtype is None:
        raise ValueError(f"{path} is not a PNG or JPEG image")
    return InlineImage("paynow-qr@cuikuan", data, subtype, caption)


def epc_payload(name: str, iban: str, amount: Decimal, text: str, bic: str | None) -> str:
    """The EPC069-12 "BCD" payload (version 002, UTF-8, SEPA credit transfer).

    Lines: service tag, version, character set (1 = UTF-8), identification, BIC, name
    (at most 70 characters), IBAN, ``EUR`` + amount, purpose (empty), structured
    reference (empty), remittance text (at most 140 characters).
    """
    if not Decimal("0.01") <= amount <= Decimal("999999999.99"):
        raise ValueError(f"an EPC QR code holds 0.01 to 999999999.99 EUR, not {amount}")
    lines = ["BCD", "002", "1", "SCT", bic or "", name.strip()[:70], iban]
    lines += [f"EUR{amount:.2f}", "", "", text.strip()[:140]]
    return "\n".join(lines)


EPC_CID = "paynow-epc@cuikuan"
"""The ``cid`` of a single payment's EPC code (a letter of several numbers its own)."""


def epc_qr(
    name: str,
    iban: str,
    amount: Decimal,
    remittance: str,
    bic: str | None,
    caption: str,
) -> InlineImage:
    """A SEPA (EPC) QR code: pay ``amount`` EUR to ``iban``, with ``remittance`` as text.

    Error correction M and no boosting, as EPC069-12 requires.
    """
    payload = epc_payload(name, iban, amount, remittance, bic)
    import segno  # 9 MB: only when a pay-now QR is drawn, not in every idle daemon

    code = segno.make(payload, error="m", boost_error=False, encoding="utf-8", micro=False)
    return InlineImage(EPC_CID, _png(code), "png", caption)


def _png(code: QRCode) -> bytes:
    out = io.BytesIO()
    code.save(out, kind="png", scale=5, border=4)
    return out.getvalue()
