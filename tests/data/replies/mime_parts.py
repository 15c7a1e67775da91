"""Byte-level MIME pieces for the reply corpus generator: encoded words, base64, QP, parts.

Why by hand and not ``email.message``: the corpus must carry each client's own bytes (its
boundary shape, its line ends inside base64, its charset labels that lie, its header
folding), and the stdlib generator would normalise all of that away.
"""

from __future__ import annotations

import base64
import quopri
import random
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime

CODEC = {"gb2312": "gbk", "gbk": "gbk", "GBK": "gbk", "gb18030": "gb18030", "big5": "big5hkscs"}
"""Labels clients write -> the codec whose bytes they really send (labels lie: MAIL-CLIENTS)."""


def encode(text: str, charset: str) -> bytes:
    return text.encode(CODEC.get(charset, charset))


def b64_lines(data: bytes, *, eol: str = "\n", width: int = 76) -> str:
    """Base64 wrapped at ``width`` with ``eol`` line ends (clients differ: 76 or 72, CRLF or LF)."""
    flat = base64.b64encode(data).decode("ascii")
    return eol.join(flat[i : i + width] for i in range(0, len(flat), width)) or ""


def qp(data: bytes) -> str:
    """Quoted-printable, soft line breaks at 76 columns."""
    return quopri.encodestring(data, quotetabs=False).decode("ascii")


def word(text: str, charset: str, mode: str = "B", *, max_len: int = 75) -> list[str]:
    """RFC 2047 encoded words for ``text``, split on character boundaries to fit ``max_len``."""
    try:
        encode(text, charset)
    except UnicodeEncodeError:  # the client falls back to UTF-8 for this header
        charset = "utf-8"
    words: list[str] = []
    chunk = ""
    for ch in text:
        candidate = chunk + ch
        if len(_one(candidate, charset, mode)) > max_len and chunk:
            words.append(_one(chunk, charset, mode))
            chunk = ch
        else:
            chunk = candidate
    if chunk:
        words.append(_one(chunk, charset, mode))
    return words


def _one(text: str, charset: str, mode: str) -> str:
    raw = encode(text, charset)
    if mode.upper() == "B":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join(
            "_" if b == 0x20 else chr(b) if b < 128 and chr(b).isalnum() else f"={b:02X}"
            for b in raw
        )
    return f"=?{charset}?{mode}?{payload}?="


def folded(name: str, words: list[str], indent: str = " ") -> str:
    """``Name: w1`` + one continuation line per further word."""
    return f"{name}: " + f"\n{indent}".join(words)


def enc_header(name: str, text: str, charset: str, mode: str = "B", indent: str = " ") -> str:
    """A header holding ``text``: plain when ASCII, encoded words otherwise."""
    if text.isascii():
        return f"{name}: {text}"
    return folded(name, word(text, charset, mode), indent)


def addr(name: str, address: str, charset: str = "utf-8", *, quote_word: bool = False) -> str:
    """``Name <addr>``; non-ASCII names as an encoded word (QQ/Exmail put it in quotes)."""
    if not name:
        return f"<{address}>"
    if name.isascii():
        return f'"{name}" <{address}>' if quote_word or " " in name else f"{name} <{address}>"
    encoded = " ".join(word(name, charset))
    return f'"{encoded}" <{address}>' if quote_word else f"{encoded} <{address}>"


def rfc_date(when: datetime, suffix: str = "") -> str:
    return format_datetime(when) + suffix


def hexid(rng: random.Random, n: int, upper: bool = True) -> str:
    text = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return text.upper() if upper else text


def uuid(rng: random.Random, upper: bool = False) -> str:
    h = hexid(rng, 32, upper)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass(frozen=True)
class Attachment:
    name: str
    ctype: str
    data: bytes


def text_part(
    ctype: str, charset: str, cte: str, text: str, *, eol: str = "\n", extra: str = ""
) -> str:
    """One leaf part: headers, blank line, encoded body (``eol`` inside base64 content)."""
    data = encode(text.replace("\n", eol), charset)
    if cte == "base64":
        body = b64_lines(data)
    elif cte == "quoted-printable":
        body = qp(data)
    else:
        body = data.decode(CODEC.get(charset, charset))
    head = f'Content-Type: {ctype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {cte}'
    return f"{head}\n\n{body}"


def attachment_part(att: Attachment, charset: str = "utf-8", *, rfc2231: bool = False) -> str:
    """An attachment with its name the way most Chinese clients write it (RFC 2047 in quotes)
    or, for Thunderbird/Apple, RFC 2231 ``filename*=``."""
    if att.name.isascii():
        name_param = f'name="{att.name}"'
        file_param = f'filename="{att.name}"'
    elif rfc2231:
        from urllib.parse import quote

        name_param = f'name="{" ".join(word(att.name, charset))}"'
        file_param = f"filename*={charset.upper()}''{quote(att.name.encode(charset))}"
    else:
        encoded = " ".join(word(att.name, charset))
        name_param = f'name="{encoded}"'
        file_param = f'filename="{encoded}"'
    return (
        f"Content-Type: {att.ctype};\n\t{name_param}\n"
        f"Content-Transfer-Encoding: base64\n"
        f"Content-Disposition: attachment;\n\t{file_param}\n\n{b64_lines(att.data)}"
    )


def multipart(subtype: str, boundary: str, parts: list[str], preamble: str = "") -> str:
    """The body of a multipart (its Content-Type header is the caller's)."""
    out = [preamble] if preamble else []
    for part in parts:
        out.append(f"--{boundary}\n{part}")
    out.append(f"--{boundary}--\n")
    return "\n".join(out)


def message(headers: list[str], body: str) -> bytes:
    """Headers and body; the file keeps LF line ends like a Maildir copy. Headers are ASCII;
    an 8bit body is UTF-8 (the only charset the generator sends unencoded)."""
    head = "\n".join(headers).encode("ascii", errors="strict")
    return head + b"\n\n" + body.encode("utf-8")


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_lines(text: str, tag: str = "div") -> str:
    """Text as one ``<div>`` per line, empty lines as ``<div><br></div>`` (webmail editors)."""
    out = []
    for line in text.split("\n"):
        out.append(f"<{tag}>{html_escape(line) or '<br>'}</{tag}>")
    return "".join(out)


def tiny_jpeg(rng: random.Random) -> bytes:
    """A small JFIF file (header, a quantisation table, noise, EOI): what a phone photo of a
    bank slip looks like to a mail parser."""
    head = bytes.fromhex("FFD8FFE000104A46494600010101004800480000FFDB004300")
    table = bytes(rng.randrange(1, 64) for _ in range(64))
    sof = (
        bytes.fromhex("FFC0001108")
        + bytes([0x04, 0x38, 0x07, 0x80])
        + bytes.fromhex("03012200021101031101")
    )
    scan = bytes.fromhex("FFDA000C03010002110311003F00") + bytes(
        rng.randrange(0, 255) for _ in range(rng.randrange(600, 1400))
    )
    return head + table + sof + scan + bytes.fromhex("FFD9")


def tiny_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF (ASCII text) like a bank's e-receipt or a remittance advice."""
    stream = (
        "BT /F1 11 Tf 50 780 Td 14 TL "
        + " ".join("(" + ln.replace("(", "[").replace(")", "]") + ") '" for ln in [title, *lines])
        + " ET"
    )
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")
