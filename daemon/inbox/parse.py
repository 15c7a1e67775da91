"""Turn the raw bytes of an inbound email into an :class:`InboundMail` the classifier can read.

Why a module of its own: real mail is hostile. GB2312-labelled text holds GBK-only bytes,
Chinese servers send raw 8-bit headers, charsets Python does not know appear, bounces hide
their facts in ``message/delivery-status`` parts that mail-parser does not expose. This
module absorbs all of that, so the classifier works on clean text, and it never raises:
whatever the bytes, the caller gets an ``InboundMail`` (``unreadable=True`` at worst).

One parse per message, by mail-parser: it builds the stdlib ``Message`` (its ``.message``)
and reads address lists and attachments from it; headers, bodies (with our own charset
fallbacks: GB18030, HKSCS) and delivery-status parts are read from that same ``Message``
rather than from a second parse, because mail-parser does not expose them as we need.

Usage::

    mail = parse_message(raw_bytes)
    mail.subject, mail.from_addr, mail.text
"""

from __future__ import annotations

import codecs
import email
import email.header
import email.parser
import email.utils
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from typing import Any

from daemon.inbox.quotes import html_to_text
from daemon.inbox.trim import cut_attachment_bodies

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 200_000
"""Bodies longer than this (in characters) are truncated before classification."""

_GB_ALIASES = (
    rb"gb2312|gb_2312(?:-80)?|gbk|x-gbk|cp936|ms936|windows-936|euc[-_]?cn|csgb2312|chinese"
)
_BIG5_ALIASES = frozenset({"big5", "big-5", "big5-tw", "csbig5", "x-x-big5", "cp950", "ms950"})
_CHARSET_PARAM = re.compile(
    rb'(charset\s*=\s*["\']?)(' + _GB_ALIASES + rb')(?=["\'\s;]|$)', re.I | re.M
)
_ENCODED_WORD = re.compile(rb"(=\?)(" + _GB_ALIASES + rb")(\?[bq]\?)", re.I)


@dataclass(frozen=True)
class InboundMail:
    """What the classifier needs to know about one inbound email. Sequences are tuples."""

    message_id: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    subject: str = ""
    from_addr: str = ""
    from_name: str = ""
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    date: datetime | None = None
    auto_submitted: str = ""
    precedence: str = ""
    x_autoreply: str = ""
    x_autorespond: str = ""
    x_qq_auto_reply: str = ""
    content_type: str = ""
    report_type: str = ""
    return_path: str | None = None
    """The Return-Path address; ``""`` for ``<>``, None when the header is absent."""
    authentication_results: tuple[str, ...] = ()
    list_id: str = ""
    list_unsubscribe: str = ""
    text: str = ""
    """Plain text of the body (HTML converted), at most MAX_TEXT_CHARS characters."""
    text_truncated: bool = False
    delivery_status: tuple[dict[str, str], ...] = ()
    """Per-recipient fields of ``message/delivery-status`` parts (lower-case keys)."""
    original_message_id: str = ""
    """Message-ID of the message a bounce returns (from its rfc822 or headers part)."""
    original_subject: str = ""
    attachments: tuple[str, ...] = ()
    size: int = 0
    unreadable: bool = False
    reason: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    """Every top-level header, decoded, last occurrence wins (lower-case names)."""


def normalize_charset(name: str | None, default: str = "utf-8") -> str:
    """A codec name Python knows for ``name``: the GB family becomes gb18030, unknown -> default."""
    if not name:
        return default
    label = name.strip().strip("\"'").lower()
    if re.fullmatch(_GB_ALIASES.decode(), label):
        return "gb18030"
    if label in ("unknown-8bit", "x-unknown", "8bit", "unknown"):
        return default
    if label == "ks_c_5601-1987":
        return "cp949"
    if label in _BIG5_ALIASES:
        return "big5hkscs"  # Hong Kong mail labelled big5 carries HKSCS characters (滙)
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):  # ValueError: a NUL in the label
        return default
    # hex, base64, rot13 ... are codecs but not text encodings: decoding with them raises
    return info.name if getattr(info, "_is_text_encoding", True) else default


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode body bytes with the declared charset, falling back without ever raising."""
    codec = normalize_charset(charset, default="")
    if codec:
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError):  # punycode, undefined: UnicodeError
            pass
    # Unlabelled or mislabelled 8-bit text from Chinese clients is usually GB; a label
    # Python does not know is more often a Western charset (qmail_08's ansi_x3.110-1983).
    unknown_label = bool(charset) and not codec
    fallbacks = ("utf-8", "cp1252") if unknown_label else ("utf-8", "gb18030", "cp1252")
    for fallback in fallbacks:
        try:
            return data.decode(fallback)
        except UnicodeDecodeError:
            continue
    try:
        return data.decode(codec or "latin-1", errors="replace")
    except (UnicodeError, LookupError):  # 'undefined' raises even with errors="replace"
        return data.decode("latin-1")


def _raw_header_bytes(value: str) -> bytes:
    """Undo the surrogateescape the stdlib applies to 8-bit header bytes."""
    return value.encode("ascii", errors="surrogateescape")


def decode_header_value(value: Any) -> str:
    """Decode a header (RFC 2047 words, raw UTF-8 or GB bytes) into clean single-line text."""
    if value is None:
        return ""
    if isinstance(value, email.header.Header):
        value = str(value)
    value = str(value)
    try:
        raw = _raw_header_bytes(value)
    except UnicodeEncodeError:
        raw = value.encode("utf-8", errors="replace")
    text = raw.decode("ascii") if raw.isascii() else decode_bytes(raw, None)
    text = re.sub(r"\r?\n[ \t]+", " ", text)  # unfold before decoding: folding is whitespace
    try:
        pieces = email.header.decode_header(text)
    except Exception:  # malformed encoded words: keep the text as it is
        pieces = [(text, None)]
    out: list[str] = []
    for chunk, charset in pieces:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset))
        else:
            out.append(chunk)
    return re.sub(r"\s*\r?\n\s*", " ", "".join(out)).strip()


def _rewrite_gb_labels(raw: bytes) -> bytes:
    """Relabel the GB2312/GBK family as gb18030 (its superset) in charset params and words."""
    raw = _CHARSET_PARAM.sub(rb"\1gb18030", raw)
    return _ENCODED_WORD.sub(rb"\1gb18030\3", raw)


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    return decode_bytes(payload, part.get_content_charset())


def _body_text(msg: Message) -> str:
    """Plain text of the readable body: text/plain parts, else HTML converted to text."""
    plain: list[str] = []
    html: list[str] = []
    for part in _walk_body(msg):
        ctype = part.get_content_type()
        if part.get_filename() or str(part.get("Content-Disposition", "")).lower().startswith(
            "attachment"
        ):
            continue
        if ctype == "text/plain":
            plain.append(_part_text(part))
        elif ctype == "text/html":
            html.append(_part_text(part))
    if any(p.strip() for p in plain):
        return "\n".join(plain)
    return "\n".join(html_to_text(h) for h in html)


def _walk_body(msg: Message) -> list[Message]:
    """Leaf parts of ``msg``, not descending into attached messages or delivery reports."""
    leaves: list[Message] = []
    stack = [msg]
    while stack and len(leaves) < 200:
        part = stack.pop(0)
        ctype = part.get_content_type()
        if ctype.startswith("message/") or ctype == "text/rfc822-headers":
            continue
        if part.is_multipart():
            payload = part.get_payload()
            if isinstance(payload, list):
                stack[0:0] = [p for p in payload if isinstance(p, Message)]
            continue
        leaves.append(part)
    return leaves


_DSN_FIELDS = ("final-recipient", "original-recipient", "action", "status", "diagnostic-code")
_DSN_TYPES = ("message/delivery-status", "message/global-delivery-status")


def _dsn_blocks(part: Message) -> list[Message]:
    payload = part.get_payload()
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    raw = part.get_payload(decode=True)
    text = decode_bytes(raw, "utf-8") if isinstance(raw, bytes) else str(payload)
    parser = email.parser.HeaderParser()
    return [parser.parsestr(block + "\n") for block in re.split(r"\r?\n\s*\r?\n", text)]


def _strip_type(value: str) -> str:
    """'rfc822; a@b' -> 'a@b'; 'smtp; 550 ...' -> '550 ...'."""
    return value.split(";", 1)[1].strip() if ";" in value else value.strip()


def _delivery_status(msg: Message) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for part in msg.walk():
        if part.get_content_type() not in _DSN_TYPES:
            continue
        for block in _dsn_blocks(part):
            fields = {f: decode_header_value(block.get(f, "")) for f in _DSN_FIELDS}
            if not (fields["final-recipient"] or fields["original-recipient"] or fields["action"]):
                continue
            recipient = fields["final-recipient"] or fields["original-recipient"]
            status = fields["status"].split()
            out.append(
                {
                    "final_recipient": _strip_type(recipient).strip("<>").lower(),
                    "original_recipient": _strip_type(fields["original-recipient"])
                    .strip("<>")
                    .lower(),
                    "action": fields["action"].lower(),
                    "status": status[0] if status else "",
                    "diagnostic": _strip_type(fields["diagnostic-code"]),
                }
            )
    return out


def _original_headers(msg: Message) -> Message | None:
    """Headers of the message a bounce returns, from message/rfc822 or text/rfc822-headers."""
    for part in msg.walk():
        ctype = part.get_content_type()
        if part is msg:
            continue
        if ctype == "message/rfc822":
            payload = part.get_payload()
            if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                return payload[0]
        elif ctype in ("text/rfc822-headers", "message/rfc822-headers"):
            raw = part.get_payload(decode=True)
            if isinstance(raw, bytes):
                return email.message_from_bytes(raw)
    return None


def _addresses(value: Any) -> list[str]:
    if not value:
        return []
    values = value if isinstance(value, list) else [value]
    try:
        pairs = email.utils.getaddresses([decode_header_value(v) for v in values])
    except Exception:
        return []
    return [addr.strip().lower() for _name, addr in pairs if "@" in addr]


def _parse_date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _msg_ids(value: str) -> list[str]:
    ids = re.findall(r"<[^<>\s]+>", value)
    return ids if ids else value.split()


def _raw_all(msg: Message, name: str) -> list[str]:
    """Every raw value of header ``name`` (8-bit bytes kept as surrogate escapes).

    ``Message.get`` under compat32 turns 8-bit header bytes into replacement characters;
    ``raw_items`` keeps them, so :func:`decode_header_value` can try UTF-8 then GB18030.
    """
    wanted = name.lower()
    return [str(v) for k, v in msg.raw_items() if k.lower() == wanted]


def _first_header(msg: Message, name: str) -> str:
    values = _raw_all(msg, name)
    return decode_header_value(values[0]) if values else ""


def _return_path(msg: Message) -> str | None:
    values = _raw_all(msg, "Return-Path")
    if not values:
        return None
    text = decode_header_value(values[0]).strip()
    match = re.search(r"<([^<>]*)>", text)
    return (match.group(1) if match else text).strip().lower()


TRIM_ABOVE_BYTES = 1024 * 1024
"""Bigger mail has its attachment bodies cut before the parse (:mod:`daemon.inbox.trim`)."""

Extras = tuple[list[tuple[str, str]], list[str], list[str], list[str]]


def _parse_once(raw: bytes) -> tuple[Message, Extras]:
    """The one parse: mail-parser's, giving its stdlib ``Message`` and From, To, Cc and
    attachment names. Should mail-parser fail on hostile input, the stdlib parses alone."""
    import mailparser  # ~9 MB: loaded when the first mail arrives, not by an idle daemon

    try:
        parsed = mailparser.parse_from_bytes(raw)
    except Exception as exc:
        logger.debug("mail-parser failed (%s); using the stdlib only", type(exc).__name__)
        return email.message_from_bytes(raw), ([], [], [], [])
    msg: Message = parsed.message
    try:
        from_ = [(str(n), str(a)) for n, a in (parsed.from_ or [])]
        to = [str(a).lower() for _n, a in (parsed.to or []) if "@" in str(a)]
        cc = [str(a).lower() for _n, a in (parsed.cc or []) if "@" in str(a)]
        names = [str(a.get("filename") or "") for a in parsed.attachments]
    except Exception as exc:  # its views are a convenience; the Message covers us
        logger.debug("mail-parser could not read %s", type(exc).__name__)
        return msg, ([], [], [], [])
    return msg, (from_, to, cc, [n for n in names if n])


def _parse(raw: bytes) -> InboundMail:
    fixed = _rewrite_gb_labels(cut_attachment_bodies(raw, TRIM_ABOVE_BYTES))
    msg, (mp_from, mp_to, mp_cc, mp_attachments) = _parse_once(fixed)
    if not msg.keys():
        return InboundMail(size=len(raw), unreadable=True, reason="no headers found")
    headers = {k.lower(): decode_header_value(v) for k, v in msg.raw_items()}

    from_name, from_addr = email.utils.parseaddr(headers.get("from", ""))
    if not from_addr and mp_from:
        from_name, from_addr = mp_from[0]
    text = _body_text(msg)
    truncated = len(text) > MAX_TEXT_CHARS
    original = _original_headers(msg)
    attachments = mp_attachments or [
        decode_header_value(p.get_filename()) for p in msg.walk() if p.get_filename()
    ]
    return InboundMail(
        message_id=_first_header(msg, "Message-ID").strip(),
        in_reply_to=" ".join(_msg_ids(_first_header(msg, "In-Reply-To"))[:1]),
        references=tuple(
            _msg_ids(" ".join(decode_header_value(v) for v in _raw_all(msg, "References")))
        ),
        subject=_first_header(msg, "Subject"),
        from_addr=from_addr.strip().lower(),
        from_name=from_name.strip(),
        to=tuple(_addresses(_raw_all(msg, "To")) or mp_to),
        cc=tuple(_addresses(_raw_all(msg, "Cc")) or mp_cc),
        date=_parse_date(_first_header(msg, "Date")),
        auto_submitted=_first_header(msg, "Auto-Submitted").lower(),
        precedence=_first_header(msg, "Precedence").lower(),
        x_autoreply=_first_header(msg, "X-Autoreply"),
        x_autorespond=_first_header(msg, "X-Autorespond"),
        x_qq_auto_reply=_first_header(msg, "X-QQ-AUTO-REPLY")
        or _first_header(msg, "X-QQ-HolidayReply"),
        content_type=msg.get_content_type(),
        report_type=str(msg.get_param("report-type", "") or "").lower(),
        return_path=_return_path(msg),
        authentication_results=tuple(
            decode_header_value(v) for v in _raw_all(msg, "Authentication-Results")
        ),
        list_id=_first_header(msg, "List-Id"),
        list_unsubscribe=_first_header(msg, "List-Unsubscribe"),
        text=text[:MAX_TEXT_CHARS],
        text_truncated=truncated,
        delivery_status=tuple(_delivery_status(msg)),
        original_message_id=_first_header(original, "Message-ID").strip() if original else "",
        original_subject=_first_header(original, "Subject") if original else "",
        attachments=tuple(attachments),
        size=len(raw),
        headers=headers,
    )


def parse_message(raw: bytes) -> InboundMail:
    """Parse ``raw`` into an :class:`InboundMail`. Never raises: see ``unreadable``/``reason``."""
    if not isinstance(raw, bytes | bytearray) or not raw or raw.isspace():  # no copy
        return InboundMail(size=len(raw or b""), unreadable=True, reason="empty message")
    try:
        return _parse(bytes(raw))
    except Exception as exc:  # hostile input must never crash the daemon
        logger.warning("unreadable message of %s bytes: %s", len(raw), type(exc).__name__)
        return InboundMail(size=len(raw), unreadable=True, reason=f"{type(exc).__name__}: {exc}")
