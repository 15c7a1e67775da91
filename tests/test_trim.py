"""Big mail is cut before parsing: attachment bodies go, text, names and headers stay."""

from __future__ import annotations

import base64
import os
from email.message import EmailMessage

from daemon.inbox.parse import parse_message
from daemon.inbox.trim import BASE64_KEEP_LINES, cut_attachment_bodies


def _big(text: str, attachment: int) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "pay@acme.cn", "ar@team.example", "Re: invoice"
    msg["Message-ID"] = "<big@acme.cn>"
    msg.set_content(text, cte="base64")
    msg.add_attachment(os.urandom(attachment), "application", "pdf", filename="slip.pdf")
    return msg.as_bytes()


def test_attachment_body_is_cut_and_what_the_classifier_reads_is_kept() -> None:
    text = "We paid this yesterday. " + "x" * 300_000
    raw = _big(text, 3_000_000)
    cut = cut_attachment_bodies(raw, 1_000_000)
    assert len(cut) < 1_000_000 < len(raw)
    mail = parse_message(raw)
    assert (mail.message_id, mail.from_addr, mail.attachments) == (
        "<big@acme.cn>",
        "pay@acme.cn",
        ("slip.pdf",),
    )
    assert mail.text.startswith("We paid this yesterday.") and mail.text_truncated
    assert mail.size == len(raw)


def test_cut_keeps_valid_base64_lines_and_small_mail_untouched() -> None:
    raw = _big("hello", 1_000_000)
    assert cut_attachment_bodies(raw, len(raw)) is raw
    cut = cut_attachment_bodies(raw, 1000)
    body = cut.split(b'filename="slip.pdf"', 1)[1].split(b"\n\n", 1)[1].split(b"\n--", 1)[0]
    lines = body.split()
    assert len(lines) == BASE64_KEEP_LINES
    assert base64.b64decode(b"".join(lines), validate=True)
