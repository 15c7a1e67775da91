"""Messages built the cheap way: header values folded once, text parts encoded once.

An :class:`~email.message.EmailMessage` turns every header value set on it into a header
object (a parse) and folds that again each time the message is written: for a tick's
letters, most of the CPU an email cost (issue 15). Here a value is folded once, by the
same policy (``email.policy.SMTP``: RFC 2047 encoded words, lines of at most 78
characters), and stored as its raw folded text (``Message.set_raw``), as a parsed message
holds its headers; a value that is plain ASCII and fits on its line is its own folded
form, and folded values that repeat (the sender, a client's contacts) come from a cache.
Text parts are encoded by the email package's own encoders, and :class:`FastMessage`
writes the tree without parsing again what was just built. Reading a header back
(``msg["Subject"]``) parses it then, as for a received message.
"""

from __future__ import annotations

import binascii
import random
import re
import sys
from collections.abc import Iterable, Iterator
from email import quoprimime
from email.message import EmailMessage, Message, MIMEPart
from email.policy import SMTP, Policy
from functools import lru_cache

POLICY = SMTP
MAX_LINE = 78
"""``POLICY.max_line_length``: longer header lines are folded, body lines encoded."""
CRLF = b"\r\n"


def fold(name: str, value: str) -> str:
    """``value`` folded for the header ``name`` (continuation lines start with a space),
    exactly as ``POLICY`` folds it when it writes a message.

    A structured value must be well-formed, as compose makes them: addresses as
    ``str(Address)`` writes them, a Date from ``format_datetime``, a Message-ID
    ``<left@right>`` (the policy would repair a malformed one; this writes it as it is).
    ``tests/test_mime_fast.py`` checks both ways agree."""
    if len(name) + 2 + len(value) <= MAX_LINE and _plain(value):
        return value
    return _fold(name, value)


def _plain(value: str) -> bool:
    """Printable ASCII with single spaces between words and nothing that reads as an
    encoded word: what the policy would write unchanged."""
    return (
        value.isascii()
        and value.isprintable()
        and value == value.strip()
        and "  " not in value
        and "=?" not in value
    )


@lru_cache(maxsize=1024)
def _fold(name: str, value: str) -> str:
    """The policy's own fold (a parse into a header object, then its fold), cached."""
    folded = POLICY.header_factory(name, value).fold(policy=POLICY)
    return folded[len(name) + 2 : -len(POLICY.linesep)].replace(POLICY.linesep, "\n")


def set_header(msg: Message, name: str, value: str) -> None:
    """Add the header ``name: value``, folded now (see the module docstring)."""
    msg.set_raw(name, fold(name, value))


class EncodedPart(MIMEPart):
    """A leaf part whose payload was encoded here: :class:`FastMessage` writes
    :attr:`encoded` as it is (``get_payload`` would parse the Content-Transfer-Encoding
    header again on every call)."""

    encoded: str


def text_part(text: str, subtype: str, cte: str) -> EncodedPart:
    """A ``text/<subtype>`` part in UTF-8, encoded as ``email.contentmanager`` would
    (``cte``: ``quoted-printable`` or ``base64``)."""
    lines = text.encode("utf-8").splitlines()
    if cte == "quoted-printable":
        body = b"\n".join(lines) + b"\n"
        encoded = quoprimime.body_encode(body.decode("latin-1"), MAX_LINE)
    elif cte == "base64":
        body = CRLF.join(lines) + CRLF
        step = MAX_LINE // 4 * 3
        chunks = (body[i : i + step] for i in range(0, len(body), step))
        encoded = "".join(binascii.b2a_base64(c).decode("ascii") for c in chunks)
    else:
        raise ValueError(f"unknown content transfer encoding {cte!r}")
    part = EncodedPart(policy=POLICY)
    part.set_raw("Content-Type", f'text/{subtype}; charset="utf-8"')
    part.set_raw("Content-Transfer-Encoding", cte)
    part.set_payload(encoded)
    part.encoded = encoded
    return part


def multipart(msg: Message, subtype: str, parts: Iterable[Message]) -> None:
    """Make ``msg`` a ``multipart/<subtype>`` of ``parts``, with a boundary none of
    their encoded bodies contains."""
    payload: list[Message | str] = list(parts)
    texts = list(_leaf_payloads(payload))
    while True:
        boundary = f"==============={random.randrange(sys.maxsize):019d}=="
        if not any(boundary in text for text in texts):
            break
    msg.set_raw("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"')
    msg.set_payload(payload)


def _leaf_payloads(parts: Iterable[Message | str]) -> Iterator[str]:
    for part in parts:
        if isinstance(part, str):
            continue
        payload = part.encoded if isinstance(part, EncodedPart) else part.get_payload()
        if isinstance(payload, list):
            yield from _leaf_payloads(payload)
        elif isinstance(payload, str):
            yield payload


class FastMessage(EmailMessage):
    """An EmailMessage built by this module: :meth:`as_bytes` writes the headers as they
    were folded and the parts as they were encoded; anything else (another policy, a
    part this module did not foresee) goes through the email package's generator.

    The composer also notes what the outbox needs, so that it does not parse the headers
    back: :attr:`message_id` and :attr:`recipients` (the To and Cc values, decoded).
    """

    message_id: str
    recipients: list[str]

    def as_bytes(self, unixfrom: bool = False, policy: Policy | None = None) -> bytes:
        if unixfrom or (policy is not None and policy is not POLICY) or self.policy is not POLICY:
            return super().as_bytes(unixfrom, policy)
        out: list[bytes] = []
        try:
            _write(self, out)
        except _Unforeseen:
            return super().as_bytes(unixfrom, policy)
        return b"".join(out)

    def __bytes__(self) -> bytes:
        return self.as_bytes()


class _Unforeseen(Exception):
    """A part :func:`_write` does not write the way the generator would."""


_BOUNDARY = re.compile(r'^multipart/[a-z]+;\n boundary="([^"]+)"$')
"""The Content-Type :func:`multipart` writes."""


def _write(msg: Message, out: list[bytes]) -> None:
    """Append ``msg`` as ``BytesGenerator`` writes it with ``POLICY`` (7-bit parts only)."""
    if msg.preamble is not None or msg.epilogue is not None:
        raise _Unforeseen
    try:
        content_type = None
        for name, value in msg.raw_items():
            out.append(POLICY.fold_binary(name, value))
            if name == "Content-Type":
                content_type = value
        out.append(CRLF)
        if isinstance(msg, EncodedPart):
            out.append(_crlf(msg.encoded))
            return
        payload = msg.get_payload()
        if isinstance(payload, list):
            found = _BOUNDARY.match(content_type) if isinstance(content_type, str) else None
            boundary = found.group(1) if found else msg.get_boundary()
            if not boundary or not payload:
                raise _Unforeseen
            mark = b"--" + boundary.encode("ascii")
            for part in payload:
                if not isinstance(part, Message):
                    raise _Unforeseen
                out.append(mark + CRLF)
                _write(part, out)
                out.append(CRLF)
            out.append(mark + b"--" + CRLF)
        elif isinstance(payload, str):
            out.append(_crlf(payload))
        elif payload is not None:
            raise _Unforeseen
    except UnicodeError as exc:  # 8-bit data: the generator knows what to do with it
        raise _Unforeseen from exc


def _crlf(text: str) -> bytes:
    """``text`` with CRLF line ends, as the generator writes a payload."""
    return text.encode("ascii").replace(b"\r\n", b"\n").replace(b"\r", b"\n").replace(b"\n", CRLF)
