"""MIME bytes for held-out sets C and D: parts, encoded words, attachments, the reply's facts.

Written apart from the corpus generator (and without reading the classifier's rules) so
that the held-out mail does not share its builder's habits with the mail the rules were
tuned on. Everything here is byte-level: charsets as the client labels them, base64 with
CRLF or LF line ends inside, quoted-printable, RFC 2047 words and RFC 2231 file names.
"""

from __future__ import annotations

import base64
import quopri
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from hashlib import sha1

# The contract and milestone each quoted reminder belongs to (set E adds its own threads).
CONTRACTS = {"zh": ("HZ-2026-017", "midterm"), "en": ("ACME-2026-03", "midterm")}


@dataclass
class Reply:
    """One client reply: who, when, which reminder it answers, what it says and carries."""

    n: int
    tag: str  # set letter, for unique ids: "c" or "d"
    body: str
    when: datetime  # aware, in the sender's zone
    thread: str  # the reminder being answered: "zh", "en" or a key set E adds to CONTRACTS
    sender: tuple[str, str]
    atts: list[str] = field(default_factory=list)
    below: bool = False  # the client answered below the quote
    noquote: bool = False  # the client deleted the quote
    stage: str = "reminder"
    seq: int = 1
    inline: tuple[str, str] = ("", "")  # answer written under the quoted line holding [0]
    earlier: str = ""  # the client's own earlier answer, quoted above our reminder

    @property
    def h(self) -> str:
        """A stable hex string for ids and boundaries."""
        return sha1(f"{self.tag}{self.n}{self.body}".encode()).hexdigest().upper()

    @property
    def ck_id(self) -> str:
        c, m = CONTRACTS[self.thread]
        readable = f"ck.{c}.{m}.{self.stage}.{self.seq}"
        n = int(sha1(readable.encode()).hexdigest(), 16)
        token = "".join(chr(97 + (n // 26**i) % 26) for i in range(17))  # 17 letters, as cuikuan's
        return f"<{readable}.{token}@example.cn>"

    @property
    def sent(self) -> datetime:
        """When our reminder went out (two days before the reply, 09:00 the sender's time)."""
        return (self.when - timedelta(days=2)).replace(hour=9, minute=0, second=0)


CODEC = {"gb2312": "gbk", "big5": "big5hkscs", "us-ascii": "utf-8"}


def codec(label: str) -> str:
    """The codec that writes what a client labels ``label`` (gb2312 holds GBK, big5 HKSCS)."""
    return CODEC.get(label.lower(), label)


def enc_word(text: str, charset: str = "utf-8", mode: str = "B") -> str:
    """RFC 2047 words for ``text``, split at characters so no word breaks a character."""
    words, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode(codec(charset))) > 42:
            words.append(chunk)
            chunk = ""
        chunk += ch
    words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(codec(charset))
        if mode == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode()}?=")
        else:
            q = "".join(
                chr(b)
                if (48 <= b < 58 or 65 <= b < 91 or 97 <= b < 123)
                else "_"
                if b == 32
                else f"={b:02X}"
                for b in raw
            )
            out.append(f"=?{charset}?Q?{q}?=")
    return "\r\n ".join(out)


def addr(name: str, email: str, charset: str = "utf-8", quoted: bool = False) -> str:
    """A From/To value; non-ASCII names as encoded words (QQ/Exmail put them in quotes)."""
    if not name:
        return email
    if name.isascii():
        return f'"{name}" <{email}>' if quoted else f"{name} <{email}>"
    w = enc_word(name, charset)
    return f'"{w}" <{email}>' if quoted else f"{w} <{email}>"


def b64(raw: bytes) -> bytes:
    s = base64.b64encode(raw)
    return b"\r\n".join(s[i : i + 76] for i in range(0, len(s), 76)) + b"\r\n"


def qp(raw: bytes) -> bytes:
    out = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
    return out.replace(b"\n", b"\r\n")


def encode_body(text: str, charset: str, cte: str, eol: str = "\r\n") -> bytes:
    raw = text.replace("\r\n", "\n").replace("\n", eol).encode(codec(charset))
    if cte == "base64":
        return b64(raw)
    if cte == "quoted-printable":
        return qp(raw)
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") + b"\r\n"


def part(
    ctype: str, charset: str, cte: str, text: str, eol: str = "\r\n", extra: str = ""
) -> bytes:
    head = f"Content-Type: {ctype}; charset={charset}{extra}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    return head.encode() + encode_body(text, charset, cte, eol)


def multipart(kind: str, boundary: str, parts: list[bytes], preamble: str = "") -> bytes:
    out = f'Content-Type: multipart/{kind};\r\n\tboundary="{boundary}"\r\n\r\n'.encode()
    if preamble:
        out += preamble.encode() + b"\r\n\r\n"
    for p in parts:
        out += f"--{boundary}\r\n".encode() + p + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


FAKE = {
    "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n%%EOF\n",
    "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00",
    "xlsx": b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
}
CTYPE = {
    "pdf": "application/pdf",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def attachment(name: str, style: str) -> bytes:
    """An attachment as ``style``'s client names it (RFC 2047 word, RFC 2231, or raw)."""
    ext = name.rsplit(".", 1)[-1].lower()
    ctype = CTYPE.get(ext, "application/octet-stream")
    data = FAKE.get("jpg" if ext == "jpeg" else ext, b"\x00" * 32)
    if name.isascii():
        fn = f'filename="{name}"'
        cn = f'name="{name}"'
    elif style in ("tben", "tbzh", "gmailen", "gmailzh", "gmailtw"):
        from urllib.parse import quote

        fn = f"filename*=UTF-8''{quote(name)}"
        cn = f'name="{enc_word(name)}"'
    else:
        cs = "gb18030" if style in ("qqweb", "foxmail", "n163", "olzhcn") else "utf-8"
        w = enc_word(name, cs)
        fn = f'filename="{w}"'
        cn = f'name="{w}"'
    head = (
        f"Content-Type: {ctype};\r\n\t{cn}\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Disposition: attachment;\r\n\t{fn}\r\n\r\n"
    )
    return head.encode() + b64(data)
