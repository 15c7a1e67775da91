"""Build the MIME message for a rendered email: headers, text + HTML, attachments.

Headers are where mail goes wrong: a line break in a value injects a new header (a Bcc,
a second body). Every header value is checked here, whatever the config models already
promised, and :class:`HeaderInjectionError` is raised rather than a message sent.
Non-ASCII display names, subjects and filenames are encoded by ``email.policy.SMTP``
(RFC 2047 / RFC 2231), each value folded once (:mod:`daemon.mail.mime`: the email
package's header objects cost most of a tick's CPU). The Message-ID is derived from the
send key, so the same decision always produces the same Message-ID, and replies thread on
it.
"""

from __future__ import annotations

import logging
import mimetypes
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, parseaddr

from daemon.config.records import Config, Person
from daemon.domain.emails import PlannedEmail, message_id
from daemon.domain.ledger import Ledger
from daemon.domain.resolve import message_id_domain
from daemon.domain.state import SendKey
from daemon.errors import CuikuanError
from daemon.mail.mime import POLICY, FastMessage, multipart, set_header, text_part
from daemon.mail.rendering import RenderedEmail

logger = logging.getLogger(__name__)

KEY_HEADER = "X-Cuikuan-Key"
COVERS_HEADER = "X-Cuikuan-Covers"
"""Every key a consolidated email stands for (issue 13.2), space-separated."""
"""Header naming the send key (``contract/milestone/stage/seq``; ``-`` for no milestone)."""


class HeaderInjectionError(CuikuanError, ValueError):
    """A header value holds a line break (or other control character): refused."""


def compose(
    config: Config,
    planned: PlannedEmail,
    rendered: RenderedEmail,
    now: datetime,
    *,
    message_key: bytes,
) -> EmailMessage:
    """The complete message for ``planned``, dated ``now`` (in the client's timezone).

    ``message_key``: the installation's Message-ID key (``StateView.message_key``).
    """
    key = planned.key
    contract = Ledger(config).contract(key.contract)
    if contract is not None:
        now = now.astimezone(contract.timezone)
    references = tuple(planned.thread)
    return compose_message(
        config,
        to=planned.to,
        cc=planned.cc,
        rendered=rendered,
        message_id=message_id(key, message_id_domain(config), message_key),
        in_reply_to=references[-1] if references else None,
        references=references,
        now=now,
        key=key,
    )


def compose_message(
    config: Config,
    *,
    to: Sequence[str],
    rendered: RenderedEmail,
    message_id: str,
    now: datetime,
    cc: Sequence[str] = (),
    subject: str | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    auto_submitted: str | None = None,
    key: SendKey | None = None,
    covers: Sequence[SendKey] = (),
) -> EmailMessage:
    """A message from the configured sender: the chase, acks, PM alerts, reports alike.

    ``subject`` None means ``rendered.subject``. ``auto_submitted`` (e.g. ``auto-replied``
    for acknowledgements, RFC 3834) tells the other side's robots not to answer. ``key``
    adds the :data:`KEY_HEADER` naming the send key (the chase's emails carry it);
    ``covers`` the :data:`COVERS_HEADER` of a consolidated email (recovery reads both).
    """
    if not to:
        raise ValueError("an email needs at least one To address")
    mail = config.settings.mail
    names = _known_names(config)
    msg = FastMessage(policy=POLICY)
    msg.message_id = message_id
    msg.recipients = []
    _set(msg, "From", str(_address(mail.sender.name, mail.sender.email)))
    for header, values in (("To", to), ("Cc", cc)):
        if values:
            addresses = _addresses(values, names)
            _set(msg, header, addresses)
            msg.recipients.append(addresses)
    if mail.reply_to:
        _set(msg, "Reply-To", str(_address(names.get(mail.reply_to, ""), mail.reply_to)))
    _set(msg, "Subject", rendered.subject if subject is None else subject)
    _set(msg, "Date", format_datetime(now))
    _set(msg, "Message-ID", message_id)
    if in_reply_to:
        _set(msg, "In-Reply-To", in_reply_to)
    if references:
        _set(msg, "References", " ".join(references))
    if auto_submitted:
        _set(msg, "Auto-Submitted", auto_submitted)
    msg.set_raw("MIME-Version", "1.0")
    html: MIMEPart = text_part(rendered.html, "html", _cte(rendered.html))
    if rendered.inline:  # multipart/related: the HTML shows them by cid:
        images = []
        for image in rendered.inline:
            _check(image.cid, "Content-ID")
            part = MIMEPart(policy=POLICY)
            part.set_content(
                image.data, "image", image.subtype, cid=f"<{image.cid}>", disposition="inline"
            )
            images.append(part)
        related = MIMEPart(policy=POLICY)
        multipart(related, "related", [html, *images])
        html = related
    body = [text_part(rendered.text, "plain", _cte(rendered.text)), html]
    attachments = [*_attachments(rendered)]
    if attachments:
        alternative = MIMEPart(policy=POLICY)
        multipart(alternative, "alternative", body)
        multipart(msg, "mixed", [alternative, *attachments])
    else:
        multipart(msg, "alternative", body)
    if key is not None:
        _set(msg, KEY_HEADER, _key_text(key))
    if covers:
        _set(msg, COVERS_HEADER, " ".join(_key_text(k) for k in covers))
    logger.debug("composed %s to %d recipient(s)", message_id, len(to) + len(cc))
    return msg


def _attachments(rendered: RenderedEmail) -> Iterator[MIMEPart]:
    """The files attached to ``rendered`` (from disk, then made for this email)."""
    for path in rendered.attachments:
        ctype, encoding = mimetypes.guess_type(path.name)
        if ctype is None or encoding is not None:
            ctype = "application/octet-stream"
        maintype, subtype = ctype.split("/", 1)
        _check(path.name, "attachment filename")
        yield _attachment(path.read_bytes(), maintype, subtype, path.name)
    for made in rendered.files:
        _check(made.filename, "attachment filename")
        maintype, subtype = made.mime_type.split("/", 1)
        yield _attachment(made.data, maintype, subtype, made.filename)


def _attachment(data: bytes, maintype: str, subtype: str, filename: str) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    part.set_content(data, maintype, subtype, filename=filename)  # disposition: attachment
    return part


def _key_text(key: SendKey) -> str:
    milestone = key.milestone if key.milestone is not None else "-"
    return f"{key.contract}/{milestone}/{key.stage}/{key.seq}"


def _set(msg: EmailMessage, name: str, value: str) -> None:
    _check(value, name)
    set_header(msg, name, value)


_CONTROL = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")
"""Characters no header value may hold: C0 controls (CR, LF among them), DEL, NEL and the
Unicode line and paragraph separators."""


def _check(value: str, what: str) -> None:
    """Refuse CR, LF and other control characters: they could start a new header."""
    if _CONTROL.search(value):
        raise HeaderInjectionError(
            f"{what} {value[:60]!r} contains a line break or control character; "
            "refusing to build a message with it"
        )


def _address(name: str, email: str) -> Address:
    _check(name, "display name")
    _check(email, "address")
    local, sep, domain = email.rpartition("@")
    if not sep or not local or not domain:
        raise ValueError(f"{email!r} is not an email address")
    return Address(display_name=name, username=local, domain=domain)


def _addresses(values: Iterable[str], names: dict[str, str]) -> str:
    """Addresses from ``a@b`` or ``Name <a@b>``; known people get their configured name."""
    out = []
    for value in values:
        _check(value, "address")
        name, email = parseaddr(value)
        out.append(str(_address(name or names.get(email.lower(), ""), email)))
    return ", ".join(out)


_last_names: tuple[Config, dict[str, str]] | None = None


def _known_names(config: Config) -> dict[str, str]:
    """Display name of every person the config knows, by address: worked out once per
    config object (it walks every client; per email that made a tick quadratic)."""
    global _last_names
    if _last_names is None or _last_names[0] is not config:
        _last_names = (config, _names_in(config))
    return _last_names[1]


def _names_in(config: Config) -> dict[str, str]:
    s = config.settings
    people: list[Person | None] = [s.pm, s.supervisor, s.finance, s.legal, s.mail.sender]
    for client in config.clients:
        people.extend(client.contacts.to)
        people.extend(client.contacts.cc)
    return {p.email.lower(): p.name for p in people if p is not None and p.name}


def _cte(text: str) -> str:
    """Base64 for mostly non-ASCII text (Chinese), quoted-printable otherwise: 7-bit safe."""
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return "base64" if non_ascii * 5 > len(text) else "quoted-printable"
