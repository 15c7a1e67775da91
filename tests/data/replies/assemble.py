"""Put a reply together: headers, text and/or HTML alternative, attachments in a mixed part."""

from __future__ import annotations

from dataclasses import dataclass, replace

from mime_parts import CODEC, Attachment, attachment_part, message, multipart, text_part


@dataclass(frozen=True)
class Body:
    """How one client encodes its body."""

    charset: str
    text_cte: str
    html_cte: str
    alt_boundary: str
    mixed_boundary: str
    eol: str = "\n"
    """Line ends inside the encoded text (QQ: CRLF inside base64; NetEase: LF)."""
    preamble: str = ""
    rfc2231: bool = False
    fold: str = " "
    """How the Content-Type header's boundary parameter is folded after the ``;``."""
    text_params: str = ""
    """More text/plain parameters (Thunderbird: ``; format=flowed``)."""


def build(
    headers: list[str],
    body: Body,
    text: str | None,
    html: str | None,
    attachments: list[Attachment],
) -> bytes:
    """Headers + body; ``text=None`` makes an HTML-only message, ``html=None`` a text-only one."""
    if not _fits(body.charset, (text or "") + (html or "")):
        # What Outlook and Foxmail do when a character has no place in the legacy charset.
        body = replace(body, charset="utf-8", text_cte=_utf8_cte(body.text_cte))
        html = html.replace(f"charset={body.charset}", "charset=utf-8") if html else html
    leaves = []
    if text is not None:
        leaves.append(
            text_part(
                "text/plain",
                body.charset,
                body.text_cte,
                text,
                eol=body.eol,
                extra=body.text_params,
            )
        )
    if html is not None:
        leaves.append(text_part("text/html", body.charset, body.html_cte, html, eol=body.eol))
    if len(leaves) == 1:
        content = leaves[0]
    else:
        content = (
            f'Content-Type: multipart/alternative;{body.fold}boundary="{body.alt_boundary}"\n\n'
            + multipart("alternative", body.alt_boundary, leaves)
        )
    if attachments:
        parts = [content] + [
            attachment_part(
                a,
                body.charset if body.charset.lower() != "us-ascii" else "utf-8",
                rfc2231=body.rfc2231,
            )
            for a in attachments
        ]
        head = f'Content-Type: multipart/mixed;{body.fold}boundary="{body.mixed_boundary}"'
        return message(
            headers + [head], multipart("mixed", body.mixed_boundary, parts, body.preamble)
        )
    top_head, _, top_body = content.partition("\n\n")
    # A single part's own Content-Transfer-Encoding is the message's (QQ's top-level "8Bit"
    # belongs to its multipart form only).
    headers = [h for h in headers if not h.lower().startswith("content-transfer-encoding:")]
    if len(leaves) > 1 and body.preamble:
        top_body = body.preamble + "\n" + top_body
    return message(headers + top_head.split("\n"), top_body)


def _fits(charset: str, text: str) -> bool:
    try:
        text.encode(CODEC.get(charset, charset))
    except UnicodeEncodeError:
        return False
    return True


def _utf8_cte(cte: str) -> str:
    return "quoted-printable" if cte == "7bit" else cte
